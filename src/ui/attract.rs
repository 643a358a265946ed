//! The attract screen: a calm invitation to touch, in every enabled language, drifting
//! slowly so a still image never burns into the panel.

use egui::{Align2, Sense, Ui, WidgetInfo};

use super::{Command, View, theme};
use crate::i18n::ids;

/// Draws the attract screen; a touch anywhere starts a visit.
pub fn attract_ui(ui: &mut Ui, view: &View<'_>, time: f64, commands: &mut Vec<Command>) {
    let rect = ui.max_rect();
    let palette = view.palette;
    let painter = ui.painter();
    painter.rect_filled(rect, 0.0, palette.background);

    // A slow drift, a full cycle every 40 to 50 minutes; frames are two minutes apart
    // (theme::ATTRACT_FRAME_SECS), so each step moves the content by at most about 20 points.
    let (dx, dy) = drift(time);
    let offset = egui::vec2(dx, dy) * theme::ATTRACT_DRIFT;
    let shortest = rect.width().min(rect.height());
    for (i, (fx, fy, fr)) in [(0.2, 0.25, 0.35), (0.85, 0.7, 0.45), (0.55, 0.95, 0.3)]
        .into_iter()
        .enumerate()
    {
        let sign = if i % 2 == 0 { 1.0 } else { -1.0 };
        let center = rect.min + egui::vec2(rect.width() * fx, rect.height() * fy) + offset * sign;
        painter.circle_filled(center, shortest * fr, palette.attract_shape);
    }

    let center = rect.center() + offset * 0.5;
    // A handful of locales: exact in f32.
    #[expect(clippy::cast_precision_loss, reason = "a handful of locales")]
    let lines = view.settings.locales.len() as f32;
    // One line a language, smaller when they would not all fit the screen's height (ten
    // languages on a 720-point screen). From the title's top to the subtitle's bottom:
    // half a title, 1.5 lines to the first language, 1.4 a language, half a subtitle.
    // Lines are as tall as 1.3 times their size; the drift moves the block by up to half
    // its amplitude.
    let span = |a: f32| a * (0.65 + 1.5 + 1.4 * lines) + theme::LEAD * 0.65;
    let room = rect.height() - 2.0 * theme::MARGIN - theme::ATTRACT_DRIFT;
    let attract = if span(theme::ATTRACT) <= room {
        theme::ATTRACT
    } else {
        ((room - theme::LEAD * 0.65) / (0.65 + 1.5 + 1.4 * lines)).max(theme::ATTRACT * 0.4)
    };
    let mut y = center.y - span(attract) / 2.0 + attract * 0.5;
    // Every line fits the width of the screen, whatever its size: a narrow portrait panel or
    // a small output shrinks a line rather than cutting it at both ends.
    let max_width = (rect.width() - 2.0 * theme::MARGIN).max(theme::MARGIN);
    let line = |y: f32, text: String, font: egui::FontId, color: egui::Color32| {
        fitted_line(
            painter,
            egui::pos2(center.x, y),
            text,
            font,
            color,
            max_width,
        );
    };
    line(
        y,
        view.tr(ids::APP_TITLE),
        theme::bold(theme::HOME_TITLE),
        palette.accent,
    );
    y += attract * 1.5;
    // The very first frame shows the language the visit starts in; the others follow a
    // frame later, in their places, so the kiosk's first frame does not wait for glyphs of
    // ten scripts.
    let first_frame = ui.ctx().cumulative_frame_nr() == 0;
    if first_frame {
        ui.ctx().request_repaint();
    }
    for lang in &view.settings.locales {
        let Some(text) = view.library.i18n.message(lang, ids::ATTRACT_TOUCH) else {
            continue;
        };
        if !first_frame || *lang == view.session.locale {
            line(y, text, theme::bold(attract), palette.text);
        }
        y += attract * 1.4;
    }
    if let Some(subtitle) = view
        .library
        .i18n
        .message(&view.session.locale, ids::ATTRACT_SUBTITLE)
    {
        line(y, subtitle, theme::regular(theme::LEAD), palette.weak_text);
    }

    let response = ui.interact(rect, ui.scope_id().with("attract"), Sense::click_and_drag());
    let label = view.tr(ids::ATTRACT_TOUCH);
    response.widget_info(|| WidgetInfo::labeled(egui::Role::Button, true, &label));
    // A keyboard or switch user starts with Enter or Space, wherever the focus is.
    let key_start =
        ui.input(|i| i.key_pressed(egui::Key::Enter) || i.key_pressed(egui::Key::Space));
    if response.clicked() || response.drag_started() || key_start {
        commands.push(Command::Start);
    }
}

/// Paints one line centred on `center`, at a smaller size if it is wider than `max_width`.
fn fitted_line(
    painter: &egui::Painter,
    center: egui::Pos2,
    text: String,
    font: egui::FontId,
    color: egui::Color32,
    max_width: f32,
) {
    let mut galley = painter.layout_no_wrap(text.clone(), font.clone(), color);
    let width = galley.size().x;
    if width > max_width {
        let smaller = egui::FontId::new(font.size * max_width / width, font.family);
        galley = painter.layout_no_wrap(text, smaller, color);
    }
    let rect = Align2::CENTER_CENTER.anchor_size(center, galley.size());
    painter.galley(rect.min, galley, color);
}

/// Where the drift is at `time`, each coordinate in -1..=1.
fn drift(time: f64) -> (f32, f32) {
    // Periods of 40 and 50 minutes: each two-minute step moves at most about 20 points.
    let x = (time / 377.0).sin();
    let y = (time / 487.0).cos();
    #[expect(clippy::cast_possible_truncation, reason = "a value in -1..=1")]
    (x as f32, y as f32)
}
