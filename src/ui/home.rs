//! The home screen: title, one line on what the kiosk is, and one very large entry per track.

use egui::{RichText, Sense, Ui, WidgetInfo};
use fluent_bundle::FluentValue;

use super::{Command, View, theme};
use crate::i18n::ids;

/// Draws the home screen.
pub fn home_ui(ui: &mut Ui, view: &View<'_>, commands: &mut Vec<Command>) {
    let palette = view.palette;
    ui.vertical_centered(|ui| {
        ui.add_space(theme::GAP * 2.0);
        ui.label(
            RichText::new(view.tr(ids::APP_TITLE))
                .font(theme::bold(view.chrome_size(theme::HOME_TITLE)))
                .color(palette.accent),
        );
        ui.add_space(theme::GAP);
        ui.label(
            RichText::new(view.tr(ids::HOME_INTRO))
                .font(theme::regular(view.body_size(theme::BODY))),
        );
        ui.label(
            RichText::new(view.tr(ids::HOME_HINT))
                .font(theme::regular(view.body_size(theme::BODY)))
                .color(palette.weak_text),
        );
        ui.add_space(theme::GAP * 2.0);
    });

    let tracks = view.library.tracks();
    let area = ui.available_rect_before_wrap();
    let portrait = area.width() < area.height();
    let gap = theme::GAP * 2.0;
    #[expect(clippy::cast_precision_loss, reason = "two tracks")]
    let count = tracks.len().max(1) as f32;
    let size = if portrait {
        egui::vec2(
            area.width().min(theme::READING_WIDTH),
            ((area.height() - gap * (count - 1.0)) / count).min(theme::HERO_TOUCH * 3.0),
        )
    } else {
        egui::vec2(
            ((area.width() - gap * (count - 1.0)) / count).min(theme::READING_WIDTH * 0.7),
            area.height().min(theme::HERO_TOUCH * 3.0),
        )
    };
    let step = if portrait {
        egui::vec2(0.0, size.y + gap)
    } else {
        egui::vec2(size.x + gap, 0.0)
    };
    let total = size + step * (count - 1.0);
    let origin = egui::pos2(area.center().x - total.x / 2.0, area.top());
    for (index, track) in tracks.iter().enumerate() {
        #[expect(clippy::cast_precision_loss, reason = "two tracks")]
        let rect = egui::Rect::from_min_size(origin + step * index as f32, size);
        let title = view.tr(&format!("track-{}-title", track.id));
        let summary = view.tr(&format!("track-{}-summary", track.id));
        let pages = view.tr_with(
            ids::HOME_TRACK_PAGES,
            &[("count", FluentValue::from(track.pages.len()))],
        );
        let tapped = ui
            .scope_builder(egui::UiBuilder::new().max_rect(rect), |ui| {
                entry_ui(ui, view, &title, &summary, &pages)
            })
            .inner;
        if tapped {
            commands.push(Command::OpenTrack(index));
        }
    }
}

/// One very large entry; the whole card is the touch target. Returns whether it was tapped.
fn entry_ui(ui: &mut Ui, view: &View<'_>, title: &str, summary: &str, pages: &str) -> bool {
    let palette = view.palette;
    let frame = egui::Frame::new()
        .fill(palette.card)
        .stroke(egui::Stroke::new(theme::BORDER, palette.selected))
        .corner_radius(theme::RADIUS)
        .inner_margin(egui::Margin::same(28))
        .show(ui, |ui| {
            ui.set_min_size(ui.available_size());
            ui.label(
                RichText::new(title)
                    .font(theme::bold(view.body_size(theme::TITLE)))
                    .color(palette.accent),
            );
            ui.label(RichText::new(summary).font(theme::regular(view.body_size(theme::BODY))));
            ui.add_space(theme::GAP);
            ui.horizontal(|ui| {
                ui.label(
                    RichText::new(pages)
                        .font(theme::bold(view.chrome_size(theme::CHROME)))
                        .color(palette.weak_text),
                );
                ui.with_layout(egui::Layout::right_to_left(egui::Align::Center), |ui| {
                    egui::Frame::new()
                        .fill(palette.selected)
                        .corner_radius(theme::RADIUS)
                        .inner_margin(egui::Margin::symmetric(24, 12))
                        .show(ui, |ui| {
                            ui.label(
                                RichText::new(format!("{} →", view.tr(ids::HOME_OPEN_TRACK)))
                                    .font(theme::bold(view.chrome_size(theme::CHROME)))
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
    response.widget_info(|| WidgetInfo::labeled(egui::Role::Button, true, title));
    response.clicked()
}
