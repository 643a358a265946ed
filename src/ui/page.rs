//! One page: tag, title, lead, body, then its sources and the review date. Scrolls by
//! dragging, with a visible scroll bar.

use egui::{Label, RichText, Ui};
use fluent_bundle::FluentValue;

use super::blocks::{blocks_ui, tag_ui};
use super::widgets::{BigButton, Emphasis, progress};
use super::{Command, View, theme};
use crate::content::PageSpec;
use crate::i18n::ids;
use crate::model::Screen;

/// The scrolling reading area of a page, or of the about screen.
pub fn page_body_ui(ui: &mut Ui, view: &View<'_>, commands: &mut Vec<Command>) {
    let scroll_id = view.session.screen;
    egui::ScrollArea::vertical()
        .id_salt(scroll_id)
        .scroll_source(egui::scroll_area::ScrollSource::ALL)
        .scroll_bar_visibility(egui::scroll_area::ScrollBarVisibility::AlwaysVisible)
        .auto_shrink([false, false])
        .show(ui, |ui| {
            reading_column_ui(ui, |ui| match view.session.screen {
                Screen::Page { track, page } => {
                    if let Some(spec) = view.library.page(track, page) {
                        page_ui(ui, view, spec, commands);
                    }
                }
                Screen::About => about_ui(ui, view),
                Screen::Attract | Screen::Home => {}
            });
        });
}

/// Centres a column no wider than [`theme::READING_WIDTH`].
fn reading_column_ui(ui: &mut Ui, add_contents: impl FnOnce(&mut Ui)) {
    let available = ui.available_width() - theme::SCROLL_BAR_WIDTH - theme::GAP;
    let width = available.min(theme::READING_WIDTH);
    ui.horizontal_top(|ui| {
        ui.add_space(((available - width) / 2.0).max(0.0));
        ui.vertical(|ui| {
            ui.set_width(width);
            ui.add_space(theme::GAP);
            add_contents(ui);
            ui.add_space(theme::GAP * 2.0);
        });
    });
}

fn page_ui(ui: &mut Ui, view: &View<'_>, spec: &PageSpec, commands: &mut Vec<Command>) {
    let palette = view.palette;
    if let Screen::Page { track, page } = view.session.screen
        && let Some(track_spec) = view.library.tracks().get(track)
    {
        // Which track and where in it, above the title.
        let progress = view.tr_with(
            ids::PAGE_PROGRESS,
            &[
                ("current", FluentValue::from(page + 1)),
                ("total", FluentValue::from(track_spec.pages.len())),
            ],
        );
        let track_title = view.tr(&format!("track-{}-title", track_spec.id));
        ui.label(
            RichText::new(format!("{track_title}   {progress}"))
                .font(theme::bold(view.chrome_size(theme::SMALL)))
                .color(palette.weak_text),
        );
    }
    if let Some(tag) = spec.tag.as_deref() {
        tag_ui(ui, view, tag);
    }
    ui.add(
        Label::new(
            RichText::new(view.tr(&format!("{}-title", spec.id)))
                .font(theme::bold(view.body_size(theme::TITLE)))
                .color(palette.accent),
        )
        .wrap(),
    );
    ui.add_space(theme::GAP);
    ui.add(
        Label::new(
            view.reading(view.tr(&format!("{}-lead", spec.id)), theme::LEAD, true)
                .color(palette.text),
        )
        .wrap(),
    );
    ui.add_space(theme::BLOCK_GAP);
    blocks_ui(ui, view, &spec.blocks);
    ui.separator();
    let sources = spec
        .sources
        .iter()
        .filter_map(|id| view.library.source(id))
        .map(|source| view.tr(&source.label))
        .collect::<Vec<_>>()
        .join(" / ");
    small_ui(
        ui,
        view,
        &view.tr_with(ids::PAGE_SOURCE, &[("sources", FluentValue::from(sources))]),
    );
    reviewed_ui(ui, view);
    if ui
        .add(BigButton::new(
            view.tr(ids::ABOUT_OPEN),
            view.chrome_size(theme::CHROME),
            palette,
        ))
        .clicked()
    {
        commands.push(Command::About);
    }
}

fn about_ui(ui: &mut Ui, view: &View<'_>) {
    ui.add(
        Label::new(
            RichText::new(view.tr(ids::ABOUT_TITLE))
                .font(theme::bold(view.body_size(theme::TITLE)))
                .color(view.palette.accent),
        )
        .wrap(),
    );
    ui.add_space(theme::BLOCK_GAP);
    blocks_ui(ui, view, &view.library.spec.about);
    reviewed_ui(ui, view);
}

fn reviewed_ui(ui: &mut Ui, view: &View<'_>) {
    let date = view.library.spec.reviewed;
    let text = view.tr_with(
        ids::CONTENT_REVIEWED,
        &[
            ("year", FluentValue::from(date.year)),
            ("month", FluentValue::from(date.month)),
            ("day", FluentValue::from(date.day)),
        ],
    );
    small_ui(ui, view, &text);
}

fn small_ui(ui: &mut Ui, view: &View<'_>, text: &str) {
    ui.add(
        Label::new(
            RichText::new(text)
                .font(theme::regular(view.chrome_size(theme::SMALL)))
                .color(view.palette.weak_text),
        )
        .wrap(),
    );
}

/// The bottom navigation of a page: back to start, progress, previous and next.
pub fn page_nav_ui(ui: &mut Ui, view: &View<'_>, commands: &mut Vec<Command>) {
    let size = view.chrome_size(theme::CHROME);
    let palette = view.palette;
    let button = egui::vec2(theme::MIN_TOUCH * 2.6, theme::MIN_TOUCH * 1.1);
    ui.horizontal(|ui| {
        if ui
            .add(BigButton::new(view.tr(ids::NAV_HOME), size, palette).min_size(button))
            .clicked()
        {
            commands.push(Command::Home);
        }
        let (track, page) = match view.session.screen {
            Screen::Page { track, page } => (track, page),
            _ => {
                return;
            }
        };
        let total = view.library.track_len(track);
        ui.with_layout(egui::Layout::right_to_left(egui::Align::Center), |ui| {
            let has_next = view.session.screen.has_next(total);
            if ui
                .add(
                    BigButton::new(format!("{} ▶", view.tr(ids::NAV_NEXT)), size, palette)
                        .emphasis(Emphasis::Primary)
                        .enabled(has_next)
                        .min_size(button),
                )
                .clicked()
            {
                commands.push(Command::Next);
            }
            if ui
                .add(
                    BigButton::new(format!("◀ {}", view.tr(ids::NAV_PREVIOUS)), size, palette)
                        .enabled(view.session.screen.has_previous())
                        .min_size(button),
                )
                .clicked()
            {
                commands.push(Command::Previous);
            }
            ui.with_layout(egui::Layout::top_down(egui::Align::Center), |ui| {
                let label = view.tr_with(
                    ids::PAGE_PROGRESS,
                    &[
                        ("current", FluentValue::from(page + 1)),
                        ("total", FluentValue::from(total)),
                    ],
                );
                progress(ui, palette, &label, page, total, size);
            });
        });
    });
}
