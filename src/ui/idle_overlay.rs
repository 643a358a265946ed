//! "Are you still reading?": a large countdown and a very large button. Any touch dismisses
//! it, and the visitor stays where they were.

use egui::RichText;
use fluent_bundle::FluentValue;

use super::widgets::{BigButton, Emphasis, touch_veil};
use super::{Command, View, theme};
use crate::i18n::ids;

/// Draws the warning on top of everything; `secs_left` counts down to the reset.
pub fn idle_overlay_ui(
    ctx: &egui::Context,
    view: &View<'_>,
    secs_left: f64,
    commands: &mut Vec<Command>,
) {
    let palette = view.palette;
    let screen = ctx.content_rect();
    egui::Area::new(egui::Id::unique("idle warning"))
        // Above everything, the staff PIN pad included: a visitor who walked away from it is
        // warned too.
        .order(egui::Order::Tooltip)
        .fixed_pos(screen.min)
        .show(ctx, |ui| {
            ui.painter().rect_filled(screen, 0.0, palette.veil);
            // The veil takes every touch, so the one that dismisses the warning cannot also
            // press something underneath.
            touch_veil(ui, screen, egui::Id::unique("idle veil"));
            // A screen reader announces the warning the moment it appears.
            let title = view.tr(ids::IDLE_TITLE);
            ui.ctx().accesskit_node_builder(ui.unique_id(), |node| {
                node.set_role(egui::accesskit::Role::AlertDialog);
                node.set_label(title.clone());
                node.set_live(egui::accesskit::Live::Assertive);
                node.set_modal();
            });
            let card = egui::Rect::from_center_size(
                screen.center(),
                egui::vec2(
                    screen.width().min(theme::DIALOG_WIDTH) - 2.0 * theme::MARGIN,
                    0.0,
                ),
            );
            ui.scope_builder(
                egui::UiBuilder::new().max_rect(egui::Rect::from_min_size(
                    card.min - egui::vec2(0.0, theme::DIALOG_HEIGHT / 2.0),
                    egui::vec2(card.width(), theme::DIALOG_HEIGHT),
                )),
                |ui| {
                    egui::Frame::new()
                        .fill(palette.background)
                        .stroke(egui::Stroke::new(theme::BORDER, palette.accent))
                        .corner_radius(theme::RADIUS)
                        .inner_margin(theme::DIALOG_PADDING)
                        .show(ui, |ui| {
                            ui.vertical_centered(|ui| {
                                ui.label(
                                    RichText::new(title)
                                        .font(theme::bold(view.chrome_size(theme::TITLE))),
                                );
                                #[expect(
                                    clippy::cast_possible_truncation,
                                    clippy::cast_sign_loss,
                                    reason = "a few seconds"
                                )]
                                let seconds = secs_left.ceil().max(0.0) as u32;
                                ui.label(
                                    RichText::new(seconds.to_string())
                                        .font(theme::bold(theme::COUNTDOWN))
                                        .color(palette.accent),
                                );
                                ui.label(
                                    RichText::new(view.tr_with(
                                        ids::IDLE_COUNTDOWN,
                                        &[("seconds", FluentValue::from(seconds))],
                                    ))
                                    .font(theme::regular(view.chrome_size(theme::BODY))),
                                );
                                ui.add_space(theme::GAP * 2.0);
                                let button = BigButton::new(
                                    view.tr(ids::IDLE_CONTINUE),
                                    view.chrome_size(theme::TITLE),
                                    palette,
                                )
                                .emphasis(Emphasis::Primary)
                                .min_size(egui::vec2(
                                    ui.available_width() * 0.8,
                                    theme::HERO_TOUCH,
                                ));
                                if ui.add(button).clicked() {
                                    commands.push(Command::KeepReading);
                                }
                            });
                        });
                },
            );
        });
}
