//! The staff side: the PIN pad, the "not set up" notice and the staff menu. Touch only: no
//! physical keyboard is needed.

use egui::{RichText, Ui};

use super::settings::{SettingsView, settings_ui};
use super::widgets::{BigButton, Emphasis};
use super::{Command, View, theme};
use crate::i18n::ids;
use crate::model::{Overlay, PinChangeStage};

/// What the staff overlay needs besides the view.
pub struct StaffView<'a> {
    /// The open overlay.
    pub overlay: &'a Overlay,
    /// A notice under the PIN pad: wrong PIN, locked out.
    pub pin_notice: Option<&'a str>,
    /// Whether the pointer is currently shown.
    pub cursor_visible: bool,
    /// The settings screen's draft and sources, when it is open.
    pub settings: Option<SettingsView<'a>>,
}

/// Draws the staff overlay on top of everything.
pub fn staff_overlay_ui(
    ctx: &egui::Context,
    view: &View<'_>,
    staff: StaffView<'_>,
    commands: &mut Vec<Command>,
) {
    let palette = view.palette;
    let screen = ctx.content_rect();
    let StaffView {
        overlay,
        pin_notice,
        cursor_visible,
        settings,
    } = staff;
    egui::Area::new(egui::Id::unique("staff overlay"))
        .order(egui::Order::Foreground)
        .fixed_pos(screen.min)
        .show(ctx, |ui| {
            ui.painter().rect_filled(screen, 0.0, palette.background);
            super::widgets::touch_veil(ui, screen, egui::Id::unique("staff veil"));
            // Staff screens cover the visitor's screen: a screen reader reads only them.
            ui.ctx().accesskit_node_builder(ui.unique_id(), |node| {
                node.set_role(egui::accesskit::Role::Dialog);
                node.set_modal();
            });
            let widest = if matches!(overlay, Overlay::Settings) {
                theme::SETTINGS_WIDTH
            } else {
                theme::STAFF_WIDTH
            };
            let width = screen.width().min(widest) - 2.0 * theme::MARGIN;
            let column = egui::Rect::from_min_size(
                egui::pos2(
                    screen.center().x - width / 2.0,
                    screen.min.y + theme::MARGIN * 2.0,
                ),
                egui::vec2(width, screen.height() - theme::MARGIN * 4.0),
            );
            ui.scope_builder(egui::UiBuilder::new().max_rect(column), |ui| {
                if let (Overlay::Settings, Some(settings)) = (overlay, settings) {
                    settings_ui(ui, view, settings, commands);
                    return;
                }
                ui.vertical_centered(|ui| match overlay {
                    Overlay::Pin { digits } => {
                        let entered = digits.chars().count();
                        pin_pad_ui(
                            ui,
                            view,
                            ids::STAFF_PIN_TITLE,
                            Command::StaffClose,
                            entered,
                            pin_notice,
                            commands,
                        );
                    }
                    Overlay::ChangePin { stage, digits } => {
                        let title = match stage {
                            PinChangeStage::Current => ids::SETTINGS_PIN_CURRENT,
                            PinChangeStage::New => ids::SETTINGS_PIN_NEW,
                            PinChangeStage::Confirm { .. } => ids::SETTINGS_PIN_AGAIN,
                        };
                        let entered = digits.chars().count();
                        let close = Command::CancelPinChange;
                        pin_pad_ui(ui, view, title, close, entered, pin_notice, commands);
                    }
                    Overlay::StaffNotSetUp => not_set_up_ui(ui, view, commands),
                    Overlay::StaffMenu | Overlay::Settings => {
                        menu_ui(ui, view, cursor_visible, commands);
                    }
                });
            });
        });
}

fn title_ui(ui: &mut Ui, view: &View<'_>, id: &str) {
    ui.label(
        RichText::new(view.tr(id))
            .font(theme::bold(theme::TITLE))
            .color(view.palette.accent),
    );
    ui.add_space(theme::GAP);
}

fn pin_pad_ui(
    ui: &mut Ui,
    view: &View<'_>,
    title: &str,
    close: Command,
    entered: usize,
    notice: Option<&str>,
    commands: &mut Vec<Command>,
) {
    let palette = view.palette;
    title_ui(ui, view, title);
    // One dot a digit typed, and empty dots up to the shortest PIN.
    ui.label(
        RichText::new("●".repeat(entered) + &"○".repeat(4usize.saturating_sub(entered)))
            .font(theme::bold(theme::TITLE)),
    );
    if let Some(notice) = notice {
        ui.label(
            RichText::new(notice)
                .font(theme::bold(theme::BODY))
                .color(palette.notice_text),
        );
    }
    ui.add_space(theme::GAP);
    let key = egui::vec2(theme::MIN_TOUCH * 2.2, theme::MIN_TOUCH * 1.2);
    let rows: [[&str; 3]; 4] = [
        ["1", "2", "3"],
        ["4", "5", "6"],
        ["7", "8", "9"],
        ["C", "0", "OK"],
    ];
    for row in rows {
        ui.horizontal(|ui| {
            ui.add_space((ui.available_width() - 3.0 * key.x - 2.0 * theme::GAP).max(0.0) / 2.0);
            for cell in row {
                let (text, emphasis) = match cell {
                    "C" => (view.tr(ids::STAFF_PIN_CLEAR), Emphasis::Normal),
                    "OK" => (view.tr(ids::STAFF_PIN_ENTER), Emphasis::Primary),
                    digit => (digit.to_owned(), Emphasis::Normal),
                };
                let clicked = ui
                    .add(
                        BigButton::new(text, theme::TITLE, palette)
                            .emphasis(emphasis)
                            .min_size(key),
                    )
                    .clicked();
                if clicked {
                    commands.push(match cell {
                        "C" => Command::PinClear,
                        "OK" => Command::PinSubmit,
                        digit => Command::PinDigit(digit.chars().next().unwrap_or('0')),
                    });
                }
            }
        });
    }
    ui.add_space(theme::GAP);
    close_button_ui(ui, view, close, commands);
}

fn not_set_up_ui(ui: &mut Ui, view: &View<'_>, commands: &mut Vec<Command>) {
    title_ui(ui, view, ids::STAFF_NOT_SET_UP_TITLE);
    ui.add(
        egui::Label::new(
            RichText::new(view.tr(ids::STAFF_NOT_SET_UP_BODY))
                .font(theme::regular(theme::BODY))
                .line_height(Some(theme::BODY * theme::LINE_SPACING)),
        )
        .wrap(),
    );
    ui.add_space(theme::GAP * 2.0);
    close_button_ui(ui, view, Command::StaffClose, commands);
}

fn menu_ui(ui: &mut Ui, view: &View<'_>, cursor_visible: bool, commands: &mut Vec<Command>) {
    let palette = view.palette;
    title_ui(ui, view, ids::STAFF_MENU_TITLE);
    let wide = egui::vec2(ui.available_width(), theme::MIN_TOUCH * 1.2);
    let mut item = |ui: &mut Ui, id: &str, command: Command| {
        if ui
            .add(BigButton::new(view.tr(id), theme::CHROME, palette).min_size(wide))
            .clicked()
        {
            commands.push(command);
        }
    };
    item(ui, ids::STAFF_OPEN_SETTINGS, Command::OpenSettings);
    if cursor_visible {
        item(ui, ids::STAFF_HIDE_CURSOR, Command::SetCursorVisible(false));
    } else {
        item(ui, ids::STAFF_SHOW_CURSOR, Command::SetCursorVisible(true));
    }
    if view.settings.allow_quit {
        item(ui, ids::STAFF_QUIT, Command::Quit);
    }
    item(ui, ids::STAFF_LOCK, Command::StaffClose);
    ui.add_space(theme::GAP);
    ui.label(
        RichText::new(view.tr(ids::STAFF_AUTO_LOCK))
            .font(theme::regular(theme::SMALL))
            .color(palette.weak_text),
    );
}

fn close_button_ui(ui: &mut Ui, view: &View<'_>, close: Command, commands: &mut Vec<Command>) {
    if ui
        .add(
            BigButton::new(view.tr(ids::STAFF_CANCEL), theme::CHROME, view.palette)
                .min_size(egui::vec2(theme::MIN_TOUCH * 3.0, theme::MIN_TOUCH)),
        )
        .clicked()
    {
        commands.push(close);
    }
}
