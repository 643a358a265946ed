//! The staff side: the PIN pad, the "not set up" notice and the staff menu. Touch only: no
//! physical keyboard is needed.

use std::path::PathBuf;

use egui::{RichText, Ui};

use super::notice::notice_text;
use super::settings::{SettingsView, settings_ui};
use super::usage::{UsageView, usage_ui};
use super::widgets::{BigButton, Emphasis};
use super::{Command, View, theme};
use crate::config::{LoadedConfig, Settings};
use crate::i18n::ids;
use crate::model::{Notice, Overlay, PinChangeStage, StaffScreen, StaffSession};
use crate::usage::{StoreStatus, Summary};

/// The staff screen to draw, with what it shows.
pub enum StaffView<'a> {
    /// The pad that unlocks staff mode.
    Pin {
        /// How many digits are typed.
        entered: usize,
        /// Why the last entry was refused, or that entry is locked out.
        notice: Option<&'a Notice>,
    },
    /// The gesture was made, but no staff PIN is configured.
    NotSetUp,
    /// The staff menu.
    Menu {
        /// Whether the pointer is currently shown.
        cursor_visible: bool,
    },
    /// The pad of a PIN change.
    ChangePin {
        /// Which entry it asks for.
        stage: &'a PinChangeStage,
        /// How many digits are typed.
        entered: usize,
        /// What the last entry came to.
        notice: Option<&'a Notice>,
    },
    /// The settings screen.
    Settings(SettingsView<'a>),
    /// The usage screen.
    Usage(UsageView<'a>),
}

/// The staff screen to draw, if one is open: the locked pad from the visit, or what
/// unlocked staff see. `saved` are the settings in use, `loaded` the config layers (when
/// the kiosk runs on config files) and `backup` the nurses' last-known-good copy;
/// `usage` the counts the usage screen shows and the state of their storage.
#[expect(
    clippy::too_many_arguments,
    reason = "each screen's data, asked for only when shown"
)]
pub fn staff_view<'a>(
    overlay: Option<&'a Overlay>,
    staff: Option<&'a mut StaffSession<Settings>>,
    cursor_visible: bool,
    saved: &'a Settings,
    loaded: Option<&'a LoadedConfig>,
    backup: impl FnOnce() -> Option<PathBuf>,
    available_locales: impl FnOnce() -> Vec<String>,
    usage: (Option<&'a Summary>, impl FnOnce() -> StoreStatus),
    speech: (&'a Result<Vec<String>, String>, &'a [String]),
) -> Option<StaffView<'a>> {
    let Some(staff) = staff else {
        return overlay.map(|overlay| match overlay {
            Overlay::Pin { digits, notice } => StaffView::Pin {
                entered: digits.chars().count(),
                notice: notice.as_ref(),
            },
            Overlay::StaffNotSetUp => StaffView::NotSetUp,
        });
    };
    let StaffSession { screen, notice, .. } = staff;
    let notice = notice.as_ref();
    Some(match screen {
        StaffScreen::Menu => StaffView::Menu { cursor_visible },
        StaffScreen::Usage { days } => StaffView::Usage(UsageView {
            days: *days,
            summary: usage.0,
            counting: saved.usage_counts,
            status: (usage.1)(),
            notice,
        }),
        StaffScreen::ChangePin { stage, digits, .. } => StaffView::ChangePin {
            stage,
            entered: digits.chars().count(),
            notice,
        },
        // Only the settings screen needs the file check and the language list.
        StaffScreen::Settings { draft } => StaffView::Settings(SettingsView {
            draft,
            saved,
            loaded,
            backup: backup(),
            available_locales: available_locales(),
            notice,
            speech,
        }),
    })
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
            let widest = if matches!(staff, StaffView::Settings(_) | StaffView::Usage(_)) {
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
                if let StaffView::Settings(settings) = staff {
                    settings_ui(ui, view, settings, commands);
                    return;
                }
                if let StaffView::Usage(usage) = &staff {
                    usage_ui(ui, view, usage, commands);
                    return;
                }
                ui.vertical_centered(|ui| match staff {
                    StaffView::Pin { entered, notice } => {
                        let notice = notice.map(|n| notice_text(view, n));
                        let close = Command::StaffClose;
                        let title = ids::STAFF_PIN_TITLE;
                        pin_pad_ui(ui, view, title, close, entered, notice.as_deref(), commands);
                    }
                    StaffView::ChangePin {
                        stage,
                        entered,
                        notice,
                    } => {
                        let title = match stage {
                            PinChangeStage::Current => ids::SETTINGS_PIN_CURRENT,
                            PinChangeStage::New => ids::SETTINGS_PIN_NEW,
                            PinChangeStage::Confirm { .. } => ids::SETTINGS_PIN_AGAIN,
                        };
                        let notice = notice.map(|n| notice_text(view, n));
                        let close = Command::CancelPinChange;
                        pin_pad_ui(ui, view, title, close, entered, notice.as_deref(), commands);
                    }
                    StaffView::NotSetUp => not_set_up_ui(ui, view, commands),
                    StaffView::Menu { cursor_visible } => {
                        menu_ui(ui, view, cursor_visible, commands);
                    }
                    StaffView::Settings(_) | StaffView::Usage(_) => {}
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
    let key = theme::PIN_KEY;
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
    ui.add(view.prose_at(&view.tr(ids::STAFF_NOT_SET_UP_BODY), theme::BODY, false));
    ui.add_space(theme::SECTION_GAP);
    close_button_ui(ui, view, Command::StaffClose, commands);
}

fn menu_ui(ui: &mut Ui, view: &View<'_>, cursor_visible: bool, commands: &mut Vec<Command>) {
    let palette = view.palette;
    title_ui(ui, view, ids::STAFF_MENU_TITLE);
    let wide = egui::vec2(ui.available_width(), theme::MENU_ENTRY_HEIGHT);
    let mut item = |ui: &mut Ui, id: &str, command: Command| {
        if ui
            .add(BigButton::new(view.tr(id), theme::CHROME, palette).min_size(wide))
            .clicked()
        {
            commands.push(command);
        }
    };
    item(ui, ids::STAFF_OPEN_SETTINGS, Command::OpenSettings);
    item(
        ui,
        ids::STAFF_OPEN_USAGE,
        Command::OpenUsage(super::usage::RANGES[0]),
    );
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
                .min_size(theme::CLOSE_BUTTON),
        )
        .clicked()
    {
        commands.push(close);
    }
}
