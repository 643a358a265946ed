//! The home screen: title, one line on what the kiosk is, and one very large entry per track.

use egui::{RichText, Sense, Ui, WidgetInfo};

use super::{Command, View, theme};
use crate::content;
use crate::i18n::ids;

/// Draws the home screen. It scrolls, so that at the largest text size nothing is cut off.
/// With `legend`, the legend of the two tags comes after the entries (on a short screen,
/// where it is not in the bottom bar; the entries come first, for they are what home is for).
pub fn home_ui(ui: &mut Ui, view: &View<'_>, legend: bool, commands: &mut Vec<Command>) {
    let area = egui::ScrollArea::vertical()
        .id_salt("home")
        .auto_shrink([false, false]);
    super::widgets::scroll_view(ui, area, |ui| {
        header_ui(ui, view);
        entries_ui(ui, view, commands);
        if legend {
            ui.add_space(theme::GAP * 2.0);
            super::chrome::legend_ui(ui, view);
        }
    });
}

fn header_ui(ui: &mut Ui, view: &View<'_>) {
    let palette = view.palette;
    ui.vertical_centered(|ui| {
        ui.add_space(theme::GAP * 2.0);
        let title_size = view.chrome_size(theme::HOME_TITLE);
        ui.add(
            view.prose_at(&view.tr(ids::APP_TITLE), title_size, true)
                .color(palette.accent),
        );
        ui.add_space(theme::GAP);
        ui.add(view.prose(&view.tr(ids::HOME_INTRO), theme::BODY, false));
        ui.add(
            view.prose(&view.tr(ids::HOME_HINT), theme::BODY, false)
                .color(palette.weak_text),
        );
        ui.add_space(theme::GAP * 2.0);
    });
}

/// The track entries: side by side in landscape, stacked in portrait.
fn entries_ui(ui: &mut Ui, view: &View<'_>, commands: &mut Vec<Command>) {
    let tracks = content::track_entries(view.library, &view.session.locale);
    let screen = ui.ctx().content_rect();
    let portrait = screen.width() < screen.height();
    let available = ui.available_width() - theme::SCROLL_BAR_WIDTH;
    let width = available.min(if portrait {
        theme::READING_WIDTH
    } else {
        theme::READING_WIDTH * 1.5
    });
    ui.horizontal_top(|ui| {
        ui.add_space(((available - width) / 2.0).max(0.0));
        ui.vertical(|ui| {
            ui.set_width(width);
            let mut each = |ui: &mut Ui, index: usize| {
                let Some(track) = tracks.get(index) else {
                    return;
                };
                let (title, summary) = (&track.title.text, &track.summary.text);
                let texts = (
                    title.as_str(),
                    summary.as_str(),
                    track.page_count.text.as_str(),
                );
                if entry_ui(ui, view, texts, track.figure.as_ref()) {
                    commands.push(Command::OpenTrack(track.index));
                }
            };
            if portrait {
                for index in 0..tracks.len() {
                    each(ui, index);
                    ui.add_space(theme::GAP * 2.0);
                }
            } else {
                ui.columns(tracks.len().max(1), |columns| {
                    for (index, column) in columns.iter_mut().enumerate() {
                        each(column, index);
                    }
                });
            }
        });
    });
}

/// One very large entry; the whole card is the touch target. Returns whether it was tapped.
/// `texts` are the track's title, summary and page count; `figure` its emblem, if any.
fn entry_ui(
    ui: &mut Ui,
    view: &View<'_>,
    (title, summary, pages): (&str, &str, &str),
    figure: Option<&content::Figure>,
) -> bool {
    let palette = view.palette;
    let frame = egui::Frame::new()
        .fill(palette.card)
        .stroke(egui::Stroke::new(theme::BORDER, palette.selected))
        .corner_radius(theme::RADIUS)
        .inner_margin(theme::ENTRY_PADDING)
        .show(ui, |ui| {
            // Said by the button below, as its name and description.
            ui.ctx()
                .accesskit_node_builder(ui.unique_id(), egui::accesskit::Node::set_hidden);
            ui.set_width(ui.available_width());
            ui.set_min_height(theme::HERO_TOUCH * 1.6);
            // Left-aligned, not justified like the columns around it: justified English
            // spreads a short line into gaps.
            ui.with_layout(egui::Layout::top_down(egui::Align::Min), |ui| {
                if let Some(figure) = figure {
                    // The emblem above the title, at its size for the text size or the
                    // card's width, whichever is less; it says nothing the title does not.
                    let full = super::figure::full_width(view, theme::TRACK_FIGURE_WIDTH);
                    let width = full.min(ui.available_width());
                    super::figure::figure_ui(ui, view, figure, width, full);
                    ui.add_space(theme::GAP);
                }
                ui.add(view.prose(title, theme::TITLE, true).color(palette.accent));
                ui.add(view.prose(summary, theme::BODY, false));
                ui.add_space(theme::GAP);
                ui.horizontal_wrapped(|ui| {
                    let chrome = theme::bold(view.chrome_size(theme::CHROME));
                    ui.label(
                        RichText::new(pages)
                            .font(chrome.clone())
                            .color(palette.weak_text),
                    );
                    ui.add_space(theme::GAP);
                    egui::Frame::new()
                        .fill(palette.selected)
                        .corner_radius(theme::RADIUS)
                        .inner_margin(theme::BAR_PADDING)
                        .show(ui, |ui| {
                            ui.label(
                                RichText::new(format!("{} →", view.tr(ids::HOME_OPEN_TRACK)))
                                    .font(chrome)
                                    .color(palette.selected_text),
                            );
                        });
                });
            });
        });
    let response = ui.interact(
        frame.response.rect,
        ui.scope_id().with(("track entry", title)),
        Sense::click(),
    );
    // One control to a screen reader, as it is one to a finger: the button is named by the
    // track's title and says the rest ("… 5 pages. Read") as its description; the words
    // painted on the card are not read again as labels of their own.
    response.widget_info(|| WidgetInfo::labeled(egui::Role::Button, true, title));
    let open = view.tr(ids::HOME_OPEN_TRACK);
    ui.ctx().accesskit_node_builder(response.id, |node| {
        node.set_description(format!("{summary} {pages} {open}"));
    });
    super::widgets::focus_ring(ui, &response, palette);
    response.clicked()
}
