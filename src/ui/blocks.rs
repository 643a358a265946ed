//! Draws a page's items from the page layer: breadcrumb, badges, title and lead, headings,
//! paragraphs, bullet lists, callouts, cards, QR codes, the consultation desk, the way on to
//! the other track, the source line and the review date.

use egui::{RichText, Ui};

use super::widgets::{self, BigButton, Emphasis, badge, framed};
use super::{Command, View, theme};
use crate::content::{Badge, Consultation, Desk, Item, Message, QrCode, QrRow};

/// Draws `items` in reading order, with the page's spacing between them. The next-track
/// link pushes its command to `commands`.
pub fn items_ui(ui: &mut Ui, view: &View<'_>, items: &[Item], commands: &mut Vec<Command>) {
    for (index, item) in items.iter().enumerate() {
        item_ui(ui, view, item, commands);
        let space = space_after(item, items.get(index + 1));
        if space > 0.0 {
            ui.add_space(space);
        }
    }
}

/// The room below an item: a title sits close to its lead, and every block of the body has
/// the same gap below it.
fn space_after(item: &Item, next: Option<&Item>) -> f32 {
    match item {
        Item::Title(_) if matches!(next, Some(Item::Lead(_))) => theme::GAP,
        Item::Breadcrumb { .. } | Item::Tag(_) | Item::SourceLine(_) | Item::Reviewed(_) => 0.0,
        Item::Title(_)
        | Item::Lead(_)
        | Item::Heading(_)
        | Item::Paragraph(_)
        | Item::Bullets(_)
        | Item::Callout { .. }
        | Item::Card { .. }
        | Item::QrCodes(_)
        | Item::Consultation(_)
        | Item::NextTrack(_)
        | Item::Figure(_) => theme::BLOCK_GAP,
    }
}

fn item_ui(ui: &mut Ui, view: &View<'_>, item: &Item, commands: &mut Vec<Command>) {
    let palette = view.palette;
    match item {
        Item::Breadcrumb { track, progress } => {
            // Which track and where in it, above the title.
            let text = format!("{}   {}", track.text, progress.text);
            ui.add(
                view.prose(&text, theme::SMALL, true)
                    .color(palette.weak_text),
            );
        }
        Item::Tag(tag) => tag_ui(ui, view, tag),
        Item::Title(title) => {
            let title = view.prose(&title.text, theme::TITLE, true);
            widgets::heading(&ui.add(title.color(palette.accent)), 1);
        }
        Item::Lead(lead) => {
            ui.add(
                view.prose(&lead.text, theme::LEAD, true)
                    .color(palette.text),
            );
        }
        Item::Heading(heading) => heading_ui(ui, view, heading, 2),
        Item::Paragraph(paragraph) => paragraph_ui(ui, view, paragraph),
        Item::Bullets(bullets) => {
            for bullet in bullets {
                bullet_ui(ui, view, bullet);
            }
        }
        Item::Callout { title, body } => {
            framed(ui, palette.callout, palette.callout_border, |ui| {
                let heading = ui.add(
                    view.prose(&title.text, theme::HEADING, true)
                        .color(palette.text),
                );
                widgets::heading(&heading, 3);
                ui.add_space(theme::GAP / 2.0);
                items_ui(ui, view, body, commands);
            });
        }
        Item::Card { tag, title, body } => framed(ui, palette.card, palette.outline, |ui| {
            if let Some(tag) = tag {
                tag_ui(ui, view, tag);
            }
            heading_ui(ui, view, title, 3);
            items_ui(ui, view, body, commands);
        }),
        Item::QrCodes(row) => qr_row_ui(ui, view, row),
        Item::Consultation(consultation) => consultation_ui(ui, view, consultation),
        Item::NextTrack(next) => {
            // At the end of a track, the way on to the other one.
            let button = BigButton::new(&next.text.text, view.chrome_size(theme::CHROME), palette)
                .emphasis(Emphasis::Primary);
            if ui.add(button).clicked() {
                commands.push(Command::OpenTrack(next.track));
            }
        }
        Item::SourceLine(line) => {
            ui.separator();
            small_ui(ui, view, line);
        }
        Item::Reviewed(reviewed) => small_ui(ui, view, reviewed),
        Item::Figure(figure) => {
            // In the flow of the text: centred, at its size for the text size, or narrower
            // on a narrow screen.
            let full = super::figure::full_width(view, theme::FIGURE_WIDTH);
            let width = super::figure::fitted_width(
                ui,
                view,
                &figure.id,
                theme::FIGURE_WIDTH,
                ui.available_width(),
            );
            ui.vertical_centered(|ui| super::figure::figure_ui(ui, view, figure, width, full));
        }
    }
}

/// A tag's badge.
fn tag_ui(ui: &mut Ui, view: &View<'_>, tag: &Badge) {
    ui.horizontal(|ui| {
        badge(
            ui,
            view,
            &tag.icon,
            &tag.label.text,
            tag.tone,
            view.chrome_size(theme::CHROME),
        );
    });
}

/// A heading of `level`, as a screen reader knows it too.
fn heading_ui(ui: &mut Ui, view: &View<'_>, heading: &Message, level: usize) {
    let heading = view.prose(&heading.text, theme::HEADING, true);
    widgets::heading(&ui.add(heading.color(view.palette.accent)), level);
}

fn paragraph_ui(ui: &mut Ui, view: &View<'_>, paragraph: &Message) {
    ui.add(view.prose_body(&paragraph.text, theme::BODY));
}

fn bullet_ui(ui: &mut Ui, view: &View<'_>, bullet: &Message) {
    let size = view.body_size(theme::BODY);
    ui.horizontal_top(|ui| {
        // Same line height as the item, so the dot sits on its first line.
        ui.label(
            RichText::new("●")
                .font(theme::regular(size * 0.6))
                .line_height(Some(size * theme::LINE_SPACING))
                .color(view.palette.accent),
        );
        ui.add(view.prose_body(&bullet.text, theme::BODY));
    });
}

/// The source line and the review date: small, but growing with the text size like the rest
/// of the page.
fn small_ui(ui: &mut Ui, view: &View<'_>, text: &Message) {
    ui.add(
        view.prose(&text.text, theme::SMALL, false)
            .color(view.palette.weak_text),
    );
}

/// QR codes with captions, wrapping onto more rows on a narrow screen, then the hint.
fn qr_row_ui(ui: &mut Ui, view: &View<'_>, row: &QrRow) {
    let caption_size = view.body_size(theme::SMALL);
    // Cards of different heights line up at their tops, wrapping onto more rows.
    let layout = egui::Layout::left_to_right(egui::Align::Min).with_main_wrap(true);
    ui.with_layout(layout, |ui| {
        for code in &row.codes {
            qr_card_ui(ui, view, code, caption_size);
        }
    });
    ui.add_space(theme::GAP);
    ui.add(
        view.prose(&row.hint.text, theme::SMALL, false)
            .color(view.palette.weak_text),
    );
}

fn qr_card_ui(ui: &mut Ui, view: &View<'_>, code: &QrCode, caption_size: f32) {
    // The card grows with its caption, so a larger text size never breaks words apart.
    let width = theme::QR_CARD_WIDTH * (caption_size / theme::SMALL).max(1.0);
    ui.allocate_ui(egui::vec2(width, 0.0), |ui| {
        framed(ui, view.palette.card, view.palette.outline, |ui| {
            ui.vertical_centered(|ui| {
                if let Some(texture) = view.qr.get(&code.url) {
                    ui.add(
                        egui::Image::new(texture)
                            .fit_to_exact_size(egui::Vec2::splat(theme::QR_SIDE))
                            .alt_text(&code.alt.text),
                    );
                }
                ui.add(view.prose_at(&code.caption, caption_size, true));
            });
        });
    });
}

/// The hospital's own desk from the config, or the general advice with the national centres.
fn consultation_ui(ui: &mut Ui, view: &View<'_>, consultation: &Consultation) {
    let palette = view.palette;
    framed(
        ui,
        palette.card,
        palette.selected,
        |ui| match consultation {
            Consultation::Desk(desk) => desk_ui(ui, view, desk),
            Consultation::General {
                title,
                paragraphs,
                codes,
            } => {
                heading_ui(ui, view, title, 3);
                for paragraph in paragraphs {
                    paragraph_ui(ui, view, paragraph);
                }
                ui.add_space(theme::GAP);
                qr_row_ui(ui, view, codes);
            }
        },
    );
}

fn desk_ui(ui: &mut Ui, view: &View<'_>, desk: &Desk) {
    heading_ui(ui, view, &desk.title, 3);
    ui.add(view.prose(&desk.name, theme::HEADING, true));
    for line in &desk.lines {
        ui.add(view.prose(&line.text, theme::BODY, false));
    }
    if let Some(code) = &desk.code {
        qr_card_ui(ui, view, code, view.chrome_size(theme::SMALL));
    }
}
