//! Draws a page's blocks: headings, paragraphs, bullet lists, callouts, cards, QR codes and
//! the consultation desk.

use egui::{Label, RichText, Ui};
use fluent_bundle::FluentValue;

use super::widgets::{self, badge, framed};
use super::{View, theme};
use crate::content::Block;
use crate::i18n::ids;

/// Draws `blocks` in order, with room between them.
pub fn blocks_ui(ui: &mut Ui, view: &View<'_>, blocks: &[Block]) {
    for block in blocks {
        block_ui(ui, view, block);
        ui.add_space(theme::BLOCK_GAP);
    }
}

fn block_ui(ui: &mut Ui, view: &View<'_>, block: &Block) {
    let palette = view.palette;
    match block {
        Block::Heading(id) => heading_ui(ui, view, id, 2),
        Block::Paragraph(id) => paragraph_ui(ui, view, id),
        Block::Bullets(items) => {
            for id in items {
                bullet_ui(ui, view, id);
            }
        }
        Block::Callout { title, blocks } => {
            framed(ui, palette.callout, palette.callout_border, |ui| {
                let heading = ui.label(
                    RichText::new(view.tr(title))
                        .font(theme::bold(view.body_size(theme::HEADING)))
                        .color(palette.text),
                );
                widgets::heading(&heading, 3);
                ui.add_space(theme::GAP / 2.0);
                blocks_ui(ui, view, blocks);
            })
        }
        Block::Card { title, tag, blocks } => framed(ui, palette.card, palette.outline, |ui| {
            if let Some(tag) = tag.as_deref() {
                tag_ui(ui, view, tag);
            }
            heading_ui(ui, view, title, 3);
            blocks_ui(ui, view, blocks);
        }),
        Block::Links(links) => links_ui(ui, view, links.iter().map(String::as_str)),
        Block::Consultation => consultation_ui(ui, view),
    }
}

/// A tag's badge, by tag id.
pub fn tag_ui(ui: &mut Ui, view: &View<'_>, tag: &str) {
    if let Some(spec) = view.library.tag(tag) {
        ui.horizontal(|ui| {
            badge(
                ui,
                view.palette,
                &spec.icon,
                &view.tr(&spec.label),
                spec.tone,
                view.chrome_size(theme::CHROME),
            );
        });
    }
}

/// A heading of `level`, as a screen reader knows it too.
fn heading_ui(ui: &mut Ui, view: &View<'_>, id: &str, level: usize) {
    let heading = view.reading(view.tr(id), theme::HEADING, true);
    widgets::heading(
        &ui.add(Label::new(heading.color(view.palette.accent)).wrap()),
        level,
    );
}

fn paragraph_ui(ui: &mut Ui, view: &View<'_>, id: &str) {
    ui.add(Label::new(view.reading(view.tr(id), theme::BODY, false)).wrap());
}

fn bullet_ui(ui: &mut Ui, view: &View<'_>, id: &str) {
    let size = view.body_size(theme::BODY);
    ui.horizontal_top(|ui| {
        // Same line height as the item, so the dot sits on its first line.
        ui.label(
            RichText::new("●")
                .font(theme::regular(size * 0.6))
                .line_height(Some(size * theme::LINE_SPACING))
                .color(view.palette.accent),
        );
        ui.add(Label::new(view.reading(view.tr(id), theme::BODY, false)).wrap());
    });
}

/// QR codes with captions, wrapping onto more rows on a narrow screen.
pub fn links_ui<'l>(ui: &mut Ui, view: &View<'_>, links: impl Iterator<Item = &'l str>) {
    let caption_size = view.body_size(theme::SMALL);
    // Cards of different heights line up at their tops, wrapping onto more rows.
    let row = egui::Layout::left_to_right(egui::Align::Min).with_main_wrap(true);
    ui.with_layout(row, |ui| {
        for id in links {
            let Some(link) = view.library.link(id) else {
                continue;
            };
            qr_card_ui(ui, view, &link.url, &view.tr(&link.caption), caption_size);
        }
    });
    ui.add_space(theme::GAP);
    let hint = view.reading(view.tr(ids::QR_HINT), theme::SMALL, false);
    ui.add(Label::new(hint.color(view.palette.weak_text)).wrap());
}

fn qr_card_ui(ui: &mut Ui, view: &View<'_>, url: &str, caption: &str, caption_size: f32) {
    // The card grows with its caption, so a larger text size never breaks words apart.
    let width = theme::QR_CARD_WIDTH * (caption_size / theme::SMALL).max(1.0);
    ui.allocate_ui(egui::vec2(width, 0.0), |ui| {
        framed(ui, view.palette.card, view.palette.outline, |ui| {
            ui.vertical_centered(|ui| {
                if let Some(texture) = view.qr.get(url) {
                    let alt = view.tr_with(
                        ids::QR_ALT,
                        &[
                            ("caption", FluentValue::from(caption)),
                            ("url", FluentValue::from(url)),
                        ],
                    );
                    ui.add(
                        egui::Image::new(texture)
                            .fit_to_exact_size(egui::Vec2::splat(theme::QR_SIDE))
                            .alt_text(alt),
                    );
                }
                let caption = RichText::new(caption)
                    .font(theme::bold(caption_size))
                    .line_height(Some(caption_size * theme::LINE_SPACING));
                ui.add(Label::new(caption).wrap());
            });
        });
    });
}

/// The hospital's own desk from the config, or the general advice with the national centres.
fn consultation_ui(ui: &mut Ui, view: &View<'_>) {
    let palette = view.palette;
    let body = theme::regular(view.body_size(theme::BODY));
    framed(ui, palette.card, palette.selected, |ui| {
        if let Some(desk) = view
            .settings
            .consultation
            .as_ref()
            .filter(|d| !d.name.trim().is_empty())
        {
            heading_ui(ui, view, ids::CONSULT_DESK_TITLE, 3);
            ui.label(RichText::new(&desk.name).font(theme::bold(view.body_size(theme::HEADING))));
            for (label, value) in [
                (ids::CONSULT_DESK_LOCATION, &desk.location),
                (ids::CONSULT_DESK_PHONE, &desk.phone),
                (ids::CONSULT_DESK_HOURS, &desk.hours),
            ] {
                if !value.trim().is_empty() {
                    ui.add(
                        Label::new(
                            RichText::new(view.tr_with(
                                ids::CONSULT_DESK_LINE,
                                &[
                                    ("label", FluentValue::from(view.tr(label))),
                                    ("value", FluentValue::from(value.as_str())),
                                ],
                            ))
                            .font(body.clone()),
                        )
                        .wrap(),
                    );
                }
            }
            if let Some(url) = desk.url.as_deref() {
                qr_card_ui(ui, view, url, &desk.name, view.chrome_size(theme::SMALL));
            }
        } else {
            heading_ui(ui, view, ids::CONSULT_GENERAL_TITLE, 3);
            paragraph_ui(ui, view, ids::CONSULT_GENERAL_BODY);
            paragraph_ui(ui, view, ids::CONSULT_SUPPORT_CENTER);
            ui.add_space(theme::GAP);
            links_ui(ui, view, ["cisc", "support-center"].into_iter());
        }
    });
}
