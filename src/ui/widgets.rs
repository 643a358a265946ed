//! The few widgets every screen shares. Every button goes through [`BigButton`], so none can
//! be smaller than a finger.

use egui::{Color32, Response, RichText, Sense, Ui, Vec2, Widget};

use super::theme::{self, Palette};
use crate::content::Tone;

/// How a button stands out.
#[derive(Clone, Copy, Debug, PartialEq, Eq)]
pub enum Emphasis {
    /// An ordinary button: outlined.
    Normal,
    /// The main action on a screen, or the selected option of a switch: filled.
    Primary,
}

/// A button at least [`theme::MIN_TOUCH`] high and wide.
#[must_use = "add it with ui.add(...)"]
pub struct BigButton<'p> {
    text: String,
    size: f32,
    palette: &'p Palette,
    emphasis: Emphasis,
    min_size: Vec2,
    enabled: bool,
}

impl<'p> BigButton<'p> {
    /// A button with `text` at `size` points.
    pub fn new(text: impl Into<String>, size: f32, palette: &'p Palette) -> Self {
        Self {
            text: text.into(),
            size,
            palette,
            emphasis: Emphasis::Normal,
            min_size: Vec2::splat(theme::MIN_TOUCH),
            enabled: true,
        }
    }

    /// Filled instead of outlined.
    #[inline]
    pub fn emphasis(mut self, emphasis: Emphasis) -> Self {
        self.emphasis = emphasis;
        self
    }

    /// Filled when `selected`: for the options of a switch.
    #[inline]
    pub fn selected(self, selected: bool) -> Self {
        self.emphasis(if selected {
            Emphasis::Primary
        } else {
            Emphasis::Normal
        })
    }

    /// At least this big (never smaller than the touch minimum).
    #[inline]
    pub fn min_size(mut self, min_size: Vec2) -> Self {
        self.min_size = min_size.max(Vec2::splat(theme::MIN_TOUCH));
        self
    }

    /// Greyed out and inert when `false`.
    #[inline]
    pub fn enabled(mut self, enabled: bool) -> Self {
        self.enabled = enabled;
        self
    }
}

impl Widget for BigButton<'_> {
    fn ui(self, ui: &mut Ui) -> Response {
        let Self {
            text,
            size,
            palette,
            emphasis,
            min_size,
            enabled,
        } = self;
        let (fill, text_color) = match emphasis {
            Emphasis::Normal => (palette.button, palette.button_text),
            Emphasis::Primary => (palette.selected, palette.selected_text),
        };
        let font = if emphasis == Emphasis::Primary {
            theme::bold(size)
        } else {
            theme::regular(size)
        };
        let button = egui::Button::new(RichText::new(text).font(font).color(text_color))
            .fill(fill)
            .stroke(egui::Stroke::new(theme::OUTLINE, palette.outline))
            .corner_radius(theme::RADIUS)
            .min_size(min_size);
        ui.add_enabled(enabled, button)
    }
}

/// A badge for proven / broad-sense immunotherapy: icon, text and colour, never colour alone.
pub fn badge(
    ui: &mut Ui,
    palette: &Palette,
    icon: &str,
    label: &str,
    tone: Tone,
    size: f32,
) -> Response {
    let (fill, text_color) = palette.tone(tone);
    let text = RichText::new(format!("{icon} {label}"))
        .font(theme::bold(size))
        .color(text_color);
    // A badge never breaks inside: in a wrapping row it starts a new line when it would not
    // fit, and only a badge wider than the whole row is allowed to wrap.
    let margin = theme::BADGE_PADDING;
    let width = egui::WidgetText::from(text.clone())
        .into_galley(
            ui,
            Some(egui::TextWrapMode::Extend),
            f32::INFINITY,
            egui::TextStyle::Body,
        )
        .size()
        .x
        + margin.sum().x;
    // In a wrapping row, `available_width` is the whole row; what is left is up to the cursor.
    let left_on_row = ui.max_rect().right() - ui.cursor().min.x;
    if ui.layout().main_wrap() && left_on_row < width {
        ui.end_row();
    }
    egui::Frame::new()
        .fill(fill)
        .corner_radius(theme::RADIUS)
        .inner_margin(margin)
        .show(ui, |ui| {
            ui.add(egui::Label::new(text).wrap());
        })
        .response
}

/// "3 / 5" and a row of dots, the current one filled.
pub fn progress(
    ui: &mut Ui,
    palette: &Palette,
    label: &str,
    current: usize,
    total: usize,
    size: f32,
) {
    ui.vertical_centered(|ui| {
        ui.label(
            RichText::new(label)
                .font(theme::bold(size))
                .color(palette.text),
        );
        let dots_width = theme::DOT * 1.8 * total as f32;
        let (rect, _) = ui.allocate_exact_size(Vec2::new(dots_width, theme::DOT), Sense::hover());
        for i in 0..total {
            let center = egui::pos2(
                rect.left() + theme::DOT * (0.9 + 1.8 * i as f32),
                rect.center().y,
            );
            let radius = theme::DOT / 2.0;
            if i == current {
                ui.painter().circle_filled(center, radius, palette.accent);
            } else {
                ui.painter().circle_stroke(
                    center,
                    radius - 1.0,
                    egui::Stroke::new(theme::OUTLINE, palette.outline),
                );
            }
        }
    });
}

/// A framed box: a safety callout or a card.
pub fn framed<R>(
    ui: &mut Ui,
    fill: Color32,
    border: Color32,
    add_contents: impl FnOnce(&mut Ui) -> R,
) -> R {
    egui::Frame::new()
        .fill(fill)
        .stroke(egui::Stroke::new(theme::BORDER, border))
        .corner_radius(theme::RADIUS)
        .inner_margin(theme::CARD_PADDING)
        .show(ui, |ui| {
            ui.set_width(ui.available_width());
            add_contents(ui)
        })
        .inner
}
