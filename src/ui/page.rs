//! One page: tag, title, lead, body, then its sources and the review date. Scrolls by
//! dragging, with a visible scroll bar.

use egui::Ui;
use fluent_bundle::FluentValue;

use super::blocks::items_ui;
use super::chrome::legend_ui;
use super::widgets::{BigButton, Emphasis, progress};
use super::{Command, View, theme};
use crate::content::{self, Item};
use crate::i18n::ids;
use crate::model::Screen;

/// The scrolling reading area of a page, or of the about screen. Every time a page is
/// opened it starts at its top (the app forgets every scroll offset when the screen changes).
///
/// With `legend`, the legend of the two tags comes first in the column (on a short screen,
/// where it is not in the bottom bar).
pub fn page_body_ui(ui: &mut Ui, view: &View<'_>, legend: bool, commands: &mut Vec<Command>) {
    let area = egui::ScrollArea::vertical()
        .id_salt(view.session.screen)
        .scroll_bar_visibility(egui::scroll_area::ScrollBarVisibility::AlwaysVisible)
        .auto_shrink([false, false]);
    super::widgets::scroll_view(ui, area, |ui| match view.session.screen {
        Screen::Page { track, page } => {
            if view.library.page(track, page).is_some() {
                page_ui(ui, view, (track, page), legend, commands);
            }
        }
        Screen::About => reading_column_ui(ui, view, None, |ui, _| {
            if legend {
                legend_ui(ui, view);
            }
            about_ui(ui, view, commands);
        }),
        Screen::Attract | Screen::Home => {}
    });
}

/// Centres a column of reading text. It widens with the text size, so a line holds about as
/// many words at 200 % as at 100 %, and keeps a margin on a narrow portrait screen.
///
/// A page's `figure` stands beside the column when the screen has room for both and the
/// column still holds [`theme::MIN_COLUMN_CHARS`] characters a line; `add_contents` is told
/// the figure's width if it did, and otherwise draws the figure in the flow of the text,
/// above the body.
fn reading_column_ui(
    ui: &mut Ui,
    view: &View<'_>,
    figure: Option<&content::Figure>,
    add_contents: impl FnOnce(&mut Ui, Option<f32>),
) {
    let available = ui.available_width() - theme::SCROLL_BAR_WIDTH - theme::GAP;
    let widest = theme::READING_WIDTH * view.session.text_scale.factor().min(1.5);
    let room = available - 2.0 * theme::MARGIN;
    let figure_width = figure.map_or(0.0, |figure| {
        super::figure::fitted_width(ui, view, &figure.id, theme::FIGURE_WIDTH, f32::INFINITY)
    });
    let side_gap = theme::GAP * 2.0;
    let narrowest = theme::MIN_COLUMN_CHARS * view.body_size(theme::BODY);
    let beside = figure.filter(|_| room - figure_width - side_gap >= narrowest);
    let width = match beside {
        Some(_) => (room - figure_width - side_gap).min(widest),
        None => room.min(widest),
    };
    let total = width + beside.map_or(0.0, |_| side_gap + figure_width);
    let left = ((available - total) / 2.0).max(theme::MARGIN);
    let top = ui.cursor().top();
    let mut figure_bottom = top;
    if let Some(figure) = beside {
        // Drawn first, so a screen reader meets it with the page's start, as it would
        // above the text.
        let min = egui::pos2(
            ui.max_rect().left() + left + width + side_gap,
            top + theme::GAP,
        );
        let rect = egui::Rect::from_min_size(min, egui::vec2(figure_width, f32::INFINITY));
        let mut side = ui.new_child(egui::UiBuilder::new().max_rect(rect));
        let full = super::figure::full_width(view, theme::FIGURE_WIDTH);
        super::figure::figure_ui(&mut side, view, figure, figure_width, full);
        figure_bottom = side.min_rect().bottom();
    }
    ui.horizontal_top(|ui| {
        ui.add_space(left);
        ui.vertical(|ui| {
            ui.set_width(width);
            ui.add_space(theme::GAP);
            add_contents(ui, beside.map(|_| figure_width));
            ui.add_space(theme::GAP * 2.0);
        });
    });
    // A page shorter than its figure still scrolls to the figure's end.
    let short = figure_bottom - ui.cursor().top();
    if short > 0.0 {
        ui.add_space(short);
    }
}

/// A page's items, then the way to "about this information".
fn page_ui(
    ui: &mut Ui,
    view: &View<'_>,
    (track, page): (usize, usize),
    legend: bool,
    commands: &mut Vec<Command>,
) {
    let mut items = content::page_items(
        view.library,
        &view.session.locale,
        view.settings.consultation.as_ref(),
        track,
        page,
    );
    let figure = items.iter().find_map(|item| match item {
        Item::Figure(figure) => Some(figure.clone()),
        _ => None,
    });
    reading_column_ui(ui, view, figure.as_ref(), |ui, beside| {
        if legend {
            legend_ui(ui, view);
        }
        if beside.is_some() {
            items.retain(|item| !matches!(item, Item::Figure(_)));
        }
        // The next page's drawing is made ahead at this page's size (all page figures share
        // one shape), so it opens with its drawing.
        if let Some((t, p)) = next_page(view, track, page) {
            let blocks = view.library.page(t, p).map_or(&[][..], |p| &p.blocks[..]);
            if let Some(next) = blocks.iter().find_map(|block| match block {
                content::Block::Figure(spec) => Some(&spec.id),
                _ => None,
            }) {
                let width = beside.unwrap_or_else(|| {
                    let room = ui.available_width();
                    super::figure::fitted_width(ui, view, next, theme::FIGURE_WIDTH, room)
                });
                super::figure::prepare(ui.ctx(), view, next, width);
            }
        }
        stale_note_ui(ui, view, &items);
        items_with_terms_ui(ui, view, &items, commands);
        let about = BigButton::new(
            view.tr(ids::ABOUT_OPEN),
            view.chrome_size(theme::CHROME),
            view.palette,
        );
        if ui.add(about).clicked() {
            commands.push(Command::About);
        }
    });
}

/// The page a visitor most likely opens next from `page` of `track`: the next one, or at a
/// track's end the other track's first. (The page before was on screen a moment ago, and is
/// still kept.)
fn next_page(view: &View<'_>, track: usize, page: usize) -> Option<(usize, usize)> {
    if page + 1 < view.library.track_len(track) {
        Some((track, page + 1))
    } else if view.library.tracks().len() > 1 {
        Some(((track + 1) % view.library.tracks().len(), 0))
    } else {
        None
    }
}

/// "About this information": its items, as a page has them.
fn about_ui(ui: &mut Ui, view: &View<'_>, commands: &mut Vec<Command>) {
    let items = content::about_items(
        view.library,
        &view.session.locale,
        view.settings.consultation.as_ref(),
    );
    translation_note_ui(ui, view);
    stale_note_ui(ui, view, &items);
    items_with_terms_ui(ui, view, &items, commands);
}

/// On a page some of whose messages were translated before their Japanese changed: a note
/// that they are shown in Japanese, or that they may be out of date, as configured.
fn stale_note_ui(ui: &mut Ui, view: &View<'_>, items: &[Item]) {
    let lang = &view.session.locale;
    let i18n = &view.library.i18n;
    let stale = items
        .iter()
        .flat_map(Item::messages)
        .any(|message| i18n.is_stale(lang, &message.id));
    if !stale {
        return;
    }
    let id = if i18n.stale_shows_reference() {
        ids::STALE_SHOWN_IN_JAPANESE
    } else {
        ids::STALE_MARKED
    };
    note_ui(ui, view, &view.tr(id));
}

/// On the about page of a translation: whether a medical translator has checked it.
fn translation_note_ui(ui: &mut Ui, view: &View<'_>) {
    let lang = &view.session.locale;
    if lang == crate::i18n::REFERENCE_LOCALE {
        return;
    }
    let Some(status) = view.library.i18n.status(lang) else {
        return;
    };
    let text = match status.reviewed_on() {
        Some(day) => view.tr_with(
            ids::ABOUT_TRANSLATION_REVIEWED,
            &[("date", FluentValue::from(day))],
        ),
        None => view.tr(ids::ABOUT_TRANSLATION_UNREVIEWED),
    };
    note_ui(ui, view, &text);
}

/// A short framed note in the reading column, in neither badge's colour: it is about the
/// translation, not the treatment.
fn note_ui(ui: &mut Ui, view: &View<'_>, text: &str) {
    egui::Frame::new()
        .fill(view.palette.card)
        .stroke(egui::Stroke::new(theme::OUTLINE, view.palette.outline))
        .corner_radius(theme::RADIUS)
        .inner_margin(theme::BADGE_PADDING)
        .show(ui, |ui| {
            ui.set_width(ui.available_width());
            ui.add(view.prose(text, theme::SMALL, false));
        });
    ui.add_space(theme::GAP);
}

/// A page's or the about page's items, with each glossary term marked at its first use; a
/// touched term opens its card.
fn items_with_terms_ui(ui: &mut Ui, view: &View<'_>, items: &[Item], commands: &mut Vec<Command>) {
    let marks = super::glossary::TermMarks::new(ui.ctx(), view);
    let view = &View {
        terms: Some(&marks),
        ..*view
    };
    items_ui(ui, view, items, commands);
    commands.extend(marks.command());
}

/// "Content last reviewed: …" in the visitor's language.
pub fn reviewed_text(view: &View<'_>) -> String {
    let messages = content::Localized {
        i18n: &view.library.i18n,
        lang: &view.session.locale,
    };
    content::Walker::new(&view.library.spec, messages)
        .reviewed()
        .text
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
