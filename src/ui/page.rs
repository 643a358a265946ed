//! One page: tag, title, lead, body, then its sources and the review date. Scrolls by
//! dragging, with a visible scroll bar.

use egui::{Label, Ui};
use fluent_bundle::FluentValue;

use super::blocks::{blocks_ui, tag_ui};
use super::widgets::{BigButton, Emphasis, progress};
use super::{Command, View, theme};
use crate::content::PageSpec;
use crate::i18n::ids;
use crate::model::Screen;

/// The scrolling reading area of a page, or of the about screen. Every time a page is
/// opened it starts at its top (the app forgets every scroll offset when the screen changes).
pub fn page_body_ui(ui: &mut Ui, view: &View<'_>, commands: &mut Vec<Command>) {
    let area = egui::ScrollArea::vertical()
        .id_salt(view.session.screen)
        .scroll_bar_visibility(egui::scroll_area::ScrollBarVisibility::AlwaysVisible)
        .auto_shrink([false, false]);
    super::widgets::scroll_view(ui, area, |ui| {
        reading_column_ui(ui, view, |ui| match view.session.screen {
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

/// Centres a column of reading text. It widens with the text size, so a line holds about as
/// many words at 200 % as at 100 %, and keeps a margin on a narrow portrait screen.
fn reading_column_ui(ui: &mut Ui, view: &View<'_>, add_contents: impl FnOnce(&mut Ui)) {
    let available = ui.available_width() - theme::SCROLL_BAR_WIDTH - theme::GAP;
    let widest = theme::READING_WIDTH * view.session.text_scale.factor().min(1.5);
    let width = (available - 2.0 * theme::MARGIN).min(widest);
    ui.horizontal_top(|ui| {
        ui.add_space(((available - width) / 2.0).max(theme::MARGIN));
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
    let Screen::Page { track, page } = view.session.screen else {
        return;
    };
    let track_len = view.library.track_len(track);
    if let Some(track_spec) = view.library.tracks().get(track) {
        // Which track and where in it, above the title.
        let progress = view.tr_with(
            ids::PAGE_PROGRESS,
            &[
                ("current", FluentValue::from(page + 1)),
                ("total", FluentValue::from(track_len)),
            ],
        );
        let track_title = view.tr(&format!("track-{}-title", track_spec.id));
        let breadcrumb = view.reading(format!("{track_title}   {progress}"), theme::SMALL, true);
        ui.add(Label::new(breadcrumb.color(palette.weak_text)).wrap());
    }
    if let Some(tag) = spec.tag.as_deref() {
        tag_ui(ui, view, tag);
    }
    let title = view.reading(view.tr(&format!("{}-title", spec.id)), theme::TITLE, true);
    ui.add(Label::new(title.color(palette.accent)).wrap());
    ui.add_space(theme::GAP);
    let lead = view.reading(view.tr(&format!("{}-lead", spec.id)), theme::LEAD, true);
    ui.add(Label::new(lead.color(palette.text)).wrap());
    ui.add_space(theme::BLOCK_GAP);
    blocks_ui(ui, view, &spec.blocks);
    next_track_ui(ui, view, track, page, track_len, commands);
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
    small_ui(ui, view, &reviewed_text(view));
    let about = BigButton::new(
        view.tr(ids::ABOUT_OPEN),
        view.chrome_size(theme::CHROME),
        palette,
    );
    if ui.add(about).clicked() {
        commands.push(Command::About);
    }
}

/// At the end of a track, the way on to the other one: a reader who finished the five core
/// points is offered the six detail sections, and the other way round.
fn next_track_ui(
    ui: &mut Ui,
    view: &View<'_>,
    track: usize,
    page: usize,
    track_len: usize,
    commands: &mut Vec<Command>,
) {
    if page + 1 < track_len {
        return;
    }
    let tracks = view.library.tracks();
    let other = (track + 1) % tracks.len().max(1);
    let Some(other_spec) = tracks.get(other).filter(|_| other != track) else {
        return;
    };
    let title = view.tr(&format!("track-{}-title", other_spec.id));
    let text = view.tr_with(ids::PAGE_NEXT_TRACK, &[("track", FluentValue::from(title))]);
    let button = BigButton::new(text, view.chrome_size(theme::CHROME), view.palette)
        .emphasis(Emphasis::Primary);
    if ui.add(button).clicked() {
        commands.push(Command::OpenTrack(other));
    }
    ui.add_space(theme::BLOCK_GAP);
}

fn about_ui(ui: &mut Ui, view: &View<'_>) {
    let title = view.reading(view.tr(ids::ABOUT_TITLE), theme::TITLE, true);
    ui.add(Label::new(title.color(view.palette.accent)).wrap());
    ui.add_space(theme::BLOCK_GAP);
    blocks_ui(ui, view, &view.library.spec.about);
    small_ui(ui, view, &reviewed_text(view));
}

/// "Content last reviewed: …" in the visitor's language.
pub fn reviewed_text(view: &View<'_>) -> String {
    let date = view.library.spec.reviewed;
    view.tr_with(
        ids::CONTENT_REVIEWED,
        &[
            ("year", FluentValue::from(date.year)),
            ("month", FluentValue::from(date.month)),
            ("day", FluentValue::from(date.day)),
        ],
    )
}

/// The source line and the review date: small, but growing with the text size like the rest
/// of the page.
fn small_ui(ui: &mut Ui, view: &View<'_>, text: &str) {
    let text = view.reading(text, theme::SMALL, false);
    ui.add(Label::new(text.color(view.palette.weak_text)).wrap());
}

/// The bottom navigation: back to start, and on a page its progress with previous and next,
/// or on the about screen the way back to the page it was opened from.
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
            Screen::About => {
                ui.with_layout(egui::Layout::right_to_left(egui::Align::Center), |ui| {
                    let back =
                        BigButton::new(format!("◀ {}", view.tr(ids::NAV_BACK)), size, palette)
                            .emphasis(Emphasis::Primary)
                            .min_size(button);
                    if ui.add(back).clicked() {
                        commands.push(Command::Back);
                    }
                });
                return;
            }
            Screen::Attract | Screen::Home => return,
        };
        let total = view.library.track_len(track);
        ui.with_layout(egui::Layout::right_to_left(egui::Align::Center), |ui| {
            // Laid out from the right, but made in reading order (the progress, previous,
            // then next), which is the order of the tree a screen reader reads and of Tab:
            // the room for each button is taken first, at its size from the last frame.
            let sizes_id = ui.scope_id().with("page nav button sizes");
            let last: [egui::Vec2; 2] = ui.data(|d| d.get_temp(sizes_id)).unwrap_or([button; 2]);
            let mut sizes = [button; 2];
            // At either end of a track there is nothing to go to: the button is left out
            // rather than greyed, and its room is kept so nothing else moves.
            let has_next = view.session.screen.has_next(total);
            let has_previous = view.session.screen.has_previous();
            let next_rect = if has_next {
                Some(ui.allocate_space(last[1]).1)
            } else {
                ui.add_space(button.x);
                None
            };
            let previous_rect = if has_previous {
                Some(ui.allocate_space(last[0]).1)
            } else {
                ui.add_space(button.x);
                None
            };
            ui.with_layout(egui::Layout::top_down(egui::Align::Center), |ui| {
                let args = [
                    ("current", FluentValue::from(page + 1)),
                    ("total", FluentValue::from(total)),
                ];
                let label = view.tr_with(ids::PAGE_PROGRESS, &args);
                let spoken = view.tr_with(ids::PAGE_PROGRESS_SPOKEN, &args);
                progress(ui, palette, (&label, &spoken), page, total, size);
            });
            let put = |ui: &mut Ui, rect: egui::Rect, widget: BigButton<'_>| {
                let layout = egui::Layout::right_to_left(egui::Align::Center);
                ui.new_child(egui::UiBuilder::new().max_rect(rect).layout(layout))
                    .add(widget)
            };
            if let Some(rect) = previous_rect {
                let previous =
                    BigButton::new(format!("◀ {}", view.tr(ids::NAV_PREVIOUS)), size, palette)
                        .min_size(button);
                let response = put(ui, rect, previous);
                sizes[0] = response.rect.size();
                if response.clicked() {
                    commands.push(Command::Previous);
                }
            }
            if let Some(rect) = next_rect {
                let next = BigButton::new(format!("{} ▶", view.tr(ids::NAV_NEXT)), size, palette)
                    .emphasis(Emphasis::Primary)
                    .min_size(button);
                let response = put(ui, rect, next);
                sizes[1] = response.rect.size();
                if response.clicked() {
                    commands.push(Command::Next);
                }
            }
            if sizes
                .iter()
                .zip(last)
                .any(|(now, before)| (*now - before).length() > 0.5)
            {
                ui.data_mut(|d| d.insert_temp(sizes_id, sizes));
                ui.ctx()
                    .request_discard("page navigation buttons changed size");
                ui.ctx().request_repaint();
            }
        });
    });
}
