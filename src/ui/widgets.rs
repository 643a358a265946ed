//! The few widgets every screen shares. Every button goes through [`BigButton`], so none can
//! be smaller than a finger, and every state shows in words or a mark as well as in colour.

use egui::text::{LayoutJob, TextFormat};
use egui::{Color32, Response, RichText, Sense, Ui, Vec2, Widget, WidgetInfo};

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
    selected: Option<bool>,
    /// Room left before the words for an icon the caller draws.
    icon_space: f32,
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
            selected: None,
            icon_space: 0.0,
        }
    }

    /// Leaves room before the words for an icon of `size` points, which the caller draws
    /// in the button's rect after adding it (the language switch's globe).
    #[inline]
    pub fn leading_icon(mut self, size: f32) -> Self {
        self.icon_space = size * 1.1;
        self
    }

    /// Filled instead of outlined.
    #[inline]
    pub fn emphasis(mut self, emphasis: Emphasis) -> Self {
        self.emphasis = emphasis;
        self
    }

    /// An option of a switch: filled and marked with a check when `selected`, and announced
    /// as pressed or not to a screen reader.
    #[inline]
    pub fn selected(mut self, selected: bool) -> Self {
        self.selected = Some(selected);
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

    /// Greyed out, struck through and inert when `false`.
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
            selected,
            icon_space,
        } = self;
        // A disabled button is plain, its words struck through in the secondary colour: it
        // reads as "not now" without relying on a faded colour, and stays legible.
        let emphasis = if enabled { emphasis } else { Emphasis::Normal };
        let (fill, text_color) = match emphasis {
            Emphasis::Normal if !enabled => (palette.button, palette.weak_text),
            Emphasis::Normal => (palette.button, palette.button_text),
            Emphasis::Primary => (palette.selected, palette.selected_text),
        };
        let font = if emphasis == Emphasis::Primary {
            theme::bold(size)
        } else {
            theme::regular(size)
        };
        let mut job = LayoutJob::default();
        let mut min_size = min_size;
        if let Some(selected) = selected {
            // The check mark shows only on the selected option; every option of a switch is
            // as wide as it would be with the mark, so nothing moves when the choice changes
            // and the words stay centred.
            let mark = format!("{} ", theme::CHECK_MARK);
            let mut marked = LayoutJob::default();
            marked.append(&mark, 0.0, TextFormat::simple(font.clone(), text_color));
            marked.append(&text, 0.0, TextFormat::simple(font.clone(), text_color));
            let marked_width = ui.fonts_mut(|f| f.layout_job(marked)).size().x;
            let padding = ui.spacing().button_padding.x;
            min_size.x = min_size.x.max(marked_width + 2.0 * padding);
            if selected {
                job.append(&mark, 0.0, TextFormat::simple(font.clone(), text_color));
            }
        }
        let strikethrough = if enabled {
            egui::Stroke::NONE
        } else {
            egui::Stroke::new(theme::OUTLINE, text_color)
        };
        job.append(
            &text,
            icon_space,
            TextFormat {
                strikethrough,
                ..TextFormat::simple(font, text_color)
            },
        );
        #[expect(
            clippy::disallowed_methods,
            clippy::disallowed_types,
            reason = "BigButton is the one place a button is made"
        )]
        let button = egui::Button::new(job)
            .fill(fill)
            .stroke(egui::Stroke::new(theme::OUTLINE, palette.outline))
            .corner_radius(theme::RADIUS)
            .min_size(min_size);
        let response = ui.add_enabled(enabled, button);
        // The name a screen reader says is the words alone; the state is said apart.
        response.widget_info(|| match selected {
            Some(selected) => WidgetInfo::selected(egui::Role::Button, enabled, selected, &text),
            None => WidgetInfo::labeled(egui::Role::Button, enabled, &text),
        });
        focus_ring(ui, &response, palette);
        response
    }
}

/// A thick ring just outside a control that has the keyboard focus, for visitors who use a
/// keyboard or a switch device instead of touch. A control that just got the focus from the keyboard is scrolled into view.
pub fn focus_ring(ui: &Ui, response: &Response, palette: &Palette) {
    if response.gained_focus() {
        response.scroll_to_me(None);
    }
    if response.has_focus() {
        ui.painter().rect_stroke(
            response.rect.expand(theme::FOCUS_GAP),
            theme::RADIUS,
            egui::Stroke::new(theme::FOCUS_RING, palette.focus),
            egui::StrokeKind::Outside,
        );
    }
}

/// A badge for proven / broad-sense immunotherapy: icon, text and colour, never colour alone.
/// Its words go through the text layer, so a reading over 広義 shows as ruby.
pub fn badge(
    ui: &mut Ui,
    view: &super::View<'_>,
    icon: &str,
    label: &str,
    tone: Tone,
    size: f32,
) -> Response {
    let (fill, text_color) = view.palette.tone(tone);
    let words = format!("{icon} {label}");
    let text = view
        .prose_at(&words, size, true)
        .line_height(size * theme::BADGE_LINE_SPACING)
        .color(text_color);
    // A badge never breaks inside: in a wrapping row it starts a new line when it would not
    // fit, and only a badge wider than the whole row is allowed to wrap.
    let margin = theme::BADGE_PADDING;
    let width = text.lay_out(ui.ctx(), f32::INFINITY).width + margin.sum().x;
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
            ui.add(text);
        })
        .response
}

/// "3 / 5" and a row of dots, the current one filled, the others hollow; a screen reader hears the
/// dots as a progress indicator named `spoken` ("page 3 of 5").
pub fn progress(
    ui: &mut Ui,
    palette: &Palette,
    (label, spoken): (&str, &str),
    current: usize,
    total: usize,
    size: f32,
) {
    #[expect(
        clippy::cast_precision_loss,
        reason = "a track has a handful of pages, far below where a float loses a count"
    )]
    ui.vertical_centered(|ui| {
        ui.label(
            RichText::new(label)
                .font(theme::bold(size))
                .color(palette.text),
        );
        let dots_width = theme::DOT * 1.8 * total as f32;
        let (rect, response) =
            ui.allocate_exact_size(Vec2::new(dots_width, theme::DOT), Sense::hover());
        response.widget_info(|| {
            let mut info = WidgetInfo::labeled(egui::Role::ProgressIndicator, true, spoken);
            info.value = Some((current + 1) as f64);
            info
        });
        // Without its range a screen reader can say "3" but not "3 of 5", nor a percentage.
        ui.ctx().accesskit_node_builder(response.id, |node| {
            node.set_min_numeric_value(1.0);
            node.set_max_numeric_value(total as f64);
        });
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

/// A veil over the whole screen that takes every touch meant for what lies beneath a dialog.
/// It cannot take the keyboard focus, and a screen reader neither sees it nor can press it.
pub fn touch_veil(ui: &Ui, rect: egui::Rect, id: egui::Id) {
    let response = ui.interact(rect, id, Sense::CLICK | Sense::DRAG);
    ui.ctx().accesskit_node_builder(response.id, |node| {
        node.remove_action(egui::accesskit::Action::Click);
        node.set_hidden();
    });
}

/// Marks a piece of text as a heading of `level` (1 for a page's title, 2 for its sections,
/// 3 inside a box), so a screen reader can list the headings and jump between them. egui
/// calls every text a label, and a label's words are its value: a heading's are its name.
pub fn heading(response: &Response, level: usize) {
    response.ctx.accesskit_node_builder(response.id, |node| {
        let words = node.value().map(str::to_owned);
        node.set_role(egui::accesskit::Role::Heading);
        node.set_level(level);
        if let Some(words) = words {
            node.clear_value();
            node.set_label(words);
        }
    });
}

/// A vertical scrolling area, scrolled by dragging the content (or a wheel). Its bar shows
/// where the visitor is on a long page, but is too thin for a finger, so it takes no touch.
/// A screen reader knows the area as one scroll view that says how far it is scrolled, and
/// scrolls it a screenful at a time with its scroll up and down actions. All of its content
/// stays in the tree, scrolled into view or not, so a screen reader can read the whole page;
/// [`crate::a11y::clip_to_scroll_views`] cuts each box down to the part that is seen.
pub fn scroll_view<R>(
    ui: &mut Ui,
    area: egui::ScrollArea,
    add_contents: impl FnOnce(&mut Ui) -> R,
) -> R {
    use egui::accesskit::Action;
    let builder = egui::UiBuilder::new().accessibility_role(egui::accesskit::Role::ScrollView);
    ui.scope_builder(builder, |ui| {
        let id = ui.unique_id();
        let source = egui::scroll_area::ScrollSource {
            scroll_bar: false,
            ..egui::scroll_area::ScrollSource::ALL
        };
        // A screenful less a little, so the line at the edge is seen again after the step.
        let step = (ui.available_height() * 0.8).max(theme::MIN_TOUCH);
        let mut screens = 0.0_f32;
        ui.input_mut(|input| {
            input.consume_accesskit_action_requests(id, |request| match request.action {
                Action::ScrollDown => {
                    screens += 1.0;
                    true
                }
                Action::ScrollUp => {
                    screens -= 1.0;
                    true
                }
                _ => false,
            });
        });
        let mut area = area.scroll_source(source);
        // The area's own id, kept from the last frame, to read how far it is scrolled.
        let area_id_key = id.with("scroll area id");
        if screens != 0.0 {
            let offset = ui
                .data(|d| d.get_temp::<egui::Id>(area_id_key))
                .and_then(|area_id| egui::scroll_area::State::load(ui.ctx(), area_id))
                .map_or(0.0, |state| state.clamped_offset().y);
            area = area.vertical_scroll_offset((offset + screens * step).max(0.0));
        }
        let output = area.show(ui, add_contents);
        ui.data_mut(|d| d.insert_temp(area_id_key, output.id));
        let rect = output.inner_rect;
        let scroll_max = (output.content_size.y - rect.height()).max(0.0);
        let scroll_y = output.state.clamped_offset().y;
        ui.ctx().accesskit_node_builder(id, |node| {
            node.set_bounds(egui::accesskit::Rect {
                x0: rect.min.x.into(),
                y0: rect.min.y.into(),
                x1: rect.max.x.into(),
                y1: rect.max.y.into(),
            });
            node.set_scroll_y(scroll_y.into());
            node.set_scroll_y_min(0.0);
            node.set_scroll_y_max(scroll_max.into());
            if scroll_y > 0.5 {
                node.add_action(Action::ScrollUp);
            }
            if scroll_y < scroll_max - 0.5 {
                node.add_action(Action::ScrollDown);
            }
        });
        output.inner
    })
    .inner
}

/// A layer over the whole screen, under the idle warning: the page behind is veiled, takes
/// no touch, and is not read by a screen reader while the layer is open. `add` draws the
/// layer's contents (a card, a list).
pub fn modal_layer(
    ctx: &egui::Context,
    id: &'static str,
    palette: &Palette,
    add: impl FnOnce(&mut Ui),
) {
    let screen = ctx.content_rect();
    ctx.accesskit_node_builder(
        ctx.viewport_id().root_ui_id(),
        egui::accesskit::Node::set_hidden,
    );
    egui::Area::new(egui::Id::unique(id))
        .order(egui::Order::Foreground)
        .fixed_pos(screen.min)
        .show(ctx, |ui| {
            ui.memory_mut(|m| m.set_modal_layer(ui.layer_id()));
            ui.painter().rect_filled(screen, 0.0, palette.veil);
            add(ui);
        });
}

/// The frame of a dialog over the screen (the glossary card, the list of languages, the idle
/// warning): `fill` inside a `border` line, with the dialog's padding.
pub fn dialog_frame(fill: Color32, border: Color32) -> egui::Frame {
    egui::Frame::new()
        .fill(fill)
        .stroke(egui::Stroke::new(theme::BORDER, border))
        .corner_radius(theme::RADIUS)
        .inner_margin(theme::DIALOG_PADDING)
}
