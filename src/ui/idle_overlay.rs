//! "Are you still reading?": a large countdown and a very large button. Any touch dismisses
//! it, and the visitor stays where they were.
//!
//! To a screen reader it is an alert dialog that takes the focus onto its button, the way an
//! ARIA `alertdialog` does: the focus moving in is what makes the screen reader say the
//! title and the sentence, once. Nothing in it is a live region, so the number that changes
//! every second is not read out every second; a screen reader is told the time left again
//! once, at [`ANNOUNCE_AT_SECS`]. The page behind the veil is hidden from it and cannot take
//! the focus while the warning is up.

use egui::RichText;
use egui::accesskit::{Live, Role};
use fluent_bundle::FluentValue;

use super::widgets::{BigButton, Emphasis, touch_veil};
use super::{Command, View, theme};
use crate::i18n::ids;

/// When this many seconds are left, a screen reader is told so (if the warning was up longer).
pub const ANNOUNCE_AT_SECS: u32 = 10;

/// Draws the warning on top of everything; `secs_left` counts down to the reset.
pub fn idle_overlay_ui(
    ctx: &egui::Context,
    view: &View<'_>,
    secs_left: f64,
    commands: &mut Vec<Command>,
) {
    let palette = view.palette;
    let screen = ctx.content_rect();
    #[expect(
        clippy::cast_possible_truncation,
        clippy::cast_sign_loss,
        reason = "a few seconds"
    )]
    let seconds = secs_left.ceil().max(0.0) as u32;
    // Everything drawn so far (the screen and its bars) is behind the veil: a screen reader
    // must not read it nor move into it while the warning is up.
    ctx.accesskit_node_builder(
        ctx.viewport_id().root_ui_id(),
        egui::accesskit::Node::set_hidden,
    );
    egui::Area::new(egui::Id::unique("idle warning"))
        // Above everything, the staff PIN pad included: a visitor who walked away from it is
        // warned too.
        .order(egui::Order::Tooltip)
        .fixed_pos(screen.min)
        .show(ctx, |ui| {
            // Tab and Shift+Tab stay inside the warning.
            ui.memory_mut(|m| m.set_modal_layer(ui.layer_id()));
            ui.painter().rect_filled(screen, 0.0, palette.veil);
            // The veil takes every touch, so the one that dismisses the warning cannot also
            // press something underneath.
            touch_veil(ui, screen, egui::Id::unique("idle veil"));
            let title = view.tr(ids::IDLE_TITLE);
            ui.ctx().accesskit_node_builder(ui.unique_id(), |node| {
                node.set_role(Role::AlertDialog);
                node.set_label(title.clone());
                node.set_modal();
                // Said by the focus moving in, not as a live region: see the module's notes.
                node.set_live(Live::Off);
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
                    super::widgets::dialog_frame(palette.background, palette.accent).show(
                        ui,
                        |ui| {
                            ui.vertical_centered(|ui| {
                                card_ui(ui, view, &title, seconds, commands);
                            });
                        },
                    );
                },
            );
        });
}

/// The words, the countdown and the button.
fn card_ui(
    ui: &mut egui::Ui,
    view: &View<'_>,
    title: &str,
    seconds: u32,
    commands: &mut Vec<Command>,
) {
    let palette = view.palette;
    let title = ui.label(RichText::new(title).font(theme::bold(view.chrome_size(theme::TITLE))));
    let number = ui.label(
        RichText::new(seconds.to_string())
            .font(theme::bold(theme::COUNTDOWN))
            .color(palette.accent),
    );
    // The title is the dialog's name, and the number alone says nothing the sentence below
    // does not: a screen reader skips both, so neither is said twice.
    for id in [title.id, number.id] {
        ui.ctx()
            .accesskit_node_builder(id, egui::accesskit::Node::set_hidden);
    }
    let countdown = |seconds: u32| {
        view.tr_with(
            ids::IDLE_COUNTDOWN,
            &[("seconds", FluentValue::from(seconds))],
        )
    };
    ui.label(RichText::new(countdown(seconds)).font(theme::regular(view.chrome_size(theme::BODY))));
    if seconds <= ANNOUNCE_AT_SECS && view.settings.idle_warning_secs > ANNOUNCE_AT_SECS {
        // Told once: the words never change while the node lives, so nothing is said again.
        // A node of no size that takes no room: nothing on the screen moves when it comes.
        let at = egui::Rect::from_min_size(ui.cursor().min, egui::Vec2::ZERO);
        let reminder = ui.interact(at, ui.scope_id().with("reminder"), egui::Sense::hover());
        let words = countdown(ANNOUNCE_AT_SECS);
        reminder.widget_info(|| egui::WidgetInfo::labeled(Role::Label, true, &words));
        ui.ctx().accesskit_node_builder(reminder.id, |node| {
            node.set_live(Live::Assertive);
        });
    }
    ui.add_space(theme::GAP * 2.0);
    let button = BigButton::new(
        view.tr(ids::IDLE_CONTINUE),
        view.chrome_size(theme::TITLE),
        palette,
    )
    .emphasis(Emphasis::Primary)
    .min_size(egui::vec2(ui.available_width() * 0.8, theme::HERO_TOUCH));
    let response = ui.add(button);
    if response.clicked() {
        commands.push(Command::KeepReading);
    } else if !response.has_focus() {
        // The focus moves into the warning as it opens, and stays there: a keyboard or a
        // screen reader is where the visitor's next press will act.
        response.request_focus();
    }
}
