//! One whole frame of the kiosk: the attract screen, or the top bar, the reading area and
//! the bottom bar; then the idle warning and the staff screens on top.

use egui::Rect;

use super::staff::StaffView;
use super::{Command, View, theme};
use crate::model::{IdlePhase, Screen};

/// What the layout remembers from one frame to the next.
#[derive(Debug)]
pub struct FrameLayout {
    /// Where the page was drawn in the last frame: swipes count only when they start there.
    pub reading_rect: Rect,
    /// Height of the bottom bar in the last frame: the reading area ends where it begins.
    bottom_bar_height: f32,
    /// The contrast whose visuals egui has, so they are set only when it changes.
    applied_contrast: Option<bool>,
    /// The window's size in pixels when it was last logged.
    logged_size: Option<[u32; 2]>,
}

impl Default for FrameLayout {
    fn default() -> Self {
        Self {
            reading_rect: Rect::NOTHING,
            bottom_bar_height: 0.0,
            applied_contrast: None,
            logged_size: None,
        }
    }
}

impl FrameLayout {
    /// Logs the window's size in pixels at start-up and whenever it changes (a compositor
    /// maximising the window, a new monitor mode), so IT can see in the journal that the kiosk
    /// fills the screen. Returns the size logged, if it changed.
    pub fn log_size(&mut self, ctx: &egui::Context) -> Option<[u32; 2]> {
        let (rect, ppp) = ctx.input(|i| (i.content_rect(), i.pixels_per_point));
        #[expect(
            clippy::cast_possible_truncation,
            clippy::cast_sign_loss,
            reason = "a window's size in pixels"
        )]
        let size = [
            (rect.width() * ppp).round().max(0.0) as u32,
            (rect.height() * ppp).round().max(0.0) as u32,
        ];
        if self.logged_size == Some(size) {
            return None;
        }
        self.logged_size = Some(size);
        tracing::info!("the window is {}×{} pixels", size[0], size[1]);
        Some(size)
    }

    /// Gives egui the visuals of the visitor's contrast choice, if it changed.
    pub fn apply_contrast(&mut self, ctx: &egui::Context, high_contrast: bool) {
        if self.applied_contrast != Some(high_contrast) {
            let visuals = theme::visuals(theme::palette(high_contrast));
            ctx.set_visuals_of(egui::Theme::Light, visuals.clone());
            ctx.set_visuals_of(egui::Theme::Dark, visuals);
            self.applied_contrast = Some(high_contrast);
        }
    }
}

/// Draws the frame into `ui` (the whole window) and returns what was asked for.
pub fn frame_ui(
    ui: &mut egui::Ui,
    view: &View<'_>,
    layout: &mut FrameLayout,
    idle_phase: Option<IdlePhase>,
    staff: Option<StaffView<'_>>,
    now: f64,
) -> Vec<Command> {
    let ctx = ui.ctx().clone();
    let palette = view.palette;
    let mut commands = Vec::new();
    let bar_frame = egui::Frame::new()
        .fill(palette.bar)
        .inner_margin(theme::BAR_PADDING);
    match view.session.screen {
        Screen::Attract => {
            egui::CentralPanel::default()
                .frame(egui::Frame::new().fill(palette.background))
                .show(ui, |ui| {
                    super::attract::attract_ui(ui, view, now, &mut commands);
                });
        }
        screen => {
            egui::Panel::top("top bar")
                .frame(bar_frame)
                .show(ui, |ui| super::chrome::top_bar_ui(ui, view, &mut commands));
            // The reading area and the bottom bar are laid out by hand rather than as
            // panels, so that they are built in the order they are seen: the top bar,
            // the page, then the legend and the navigation. A screen reader reads them,
            // and Tab moves through them, in that order.
            egui::CentralPanel::default()
                .frame(egui::Frame::new().fill(palette.background))
                .show(ui, |ui| {
                    reading_and_bottom_bar_ui(ui, view, layout, screen, bar_frame, &mut commands);
                });
        }
    }
    if let Some(term) = &view.session.glossary {
        super::glossary::card_ui(&ctx, view, term, &mut commands);
    }
    if view.session.choosing_language {
        super::languages::chooser_ui(&ctx, view, &mut commands);
    }
    if let Some(IdlePhase::Warning { secs_left }) = idle_phase {
        super::idle_overlay::idle_overlay_ui(&ctx, view, secs_left, &mut commands);
    }
    if let Some(staff) = staff {
        super::staff::staff_overlay_ui(&ctx, view, staff, &mut commands);
    }
    commands
}

/// The page (or home) above, the legend and the navigation below, in that order.
fn reading_and_bottom_bar_ui(
    ui: &mut egui::Ui,
    view: &View<'_>,
    layout: &mut FrameLayout,
    screen: Screen,
    bar_frame: egui::Frame,
    commands: &mut Vec<Command>,
) {
    let whole = ui.max_rect();
    let legend_scrolls = ui.ctx().content_rect().height() < theme::SHORT_SCREEN;
    let bar_top = whole.bottom() - layout.bottom_bar_height;
    let reading = Rect::from_min_max(whole.min, egui::pos2(whole.right(), bar_top));
    ui.scope_builder(egui::UiBuilder::new().max_rect(reading), |ui| {
        egui::Frame::new()
            .inner_margin(theme::CENTRAL_PADDING)
            .show(ui, |ui| {
                ui.set_min_size(ui.available_size());
                if screen == Screen::Home {
                    super::home::home_ui(ui, view, legend_scrolls, commands);
                } else {
                    super::page::page_body_ui(ui, view, legend_scrolls, commands);
                }
            });
    });
    layout.reading_rect = reading;
    let bar_room = Rect::from_min_max(
        egui::pos2(whole.left(), bar_top),
        egui::pos2(whole.right(), f32::INFINITY),
    );
    let bar = ui.scope_builder(egui::UiBuilder::new().max_rect(bar_room), |ui| {
        bar_frame.show(ui, |ui| {
            ui.set_width(ui.available_width());
            if !legend_scrolls {
                super::chrome::legend_ui(ui, view);
            }
            if screen != Screen::Home {
                if !legend_scrolls {
                    ui.separator();
                }
                super::speech::speech_bar_ui(ui, view, commands);
                super::page::page_nav_ui(ui, view, commands);
            }
        })
    });
    let height = bar.inner.response.rect.height();
    if (height - layout.bottom_bar_height).abs() > 0.5 {
        // The bar changed height (a new size, language or screen): lay the frame out
        // again before anyone sees it.
        layout.bottom_bar_height = height;
        ui.ctx().request_discard("bottom bar height changed");
        // And once more after, in case this frame has no passes left.
        ui.ctx().request_repaint();
    }
}

#[cfg(test)]
mod tests {
    use super::FrameLayout;

    /// The size `log_size` reports in a frame of a `w`×`h` point window at `ppp`.
    fn size_in(
        layout: &mut FrameLayout,
        ctx: &egui::Context,
        w: f32,
        h: f32,
        ppp: f32,
    ) -> Option<[u32; 2]> {
        let mut logged = None;
        let input = egui::RawInput {
            screen_rect: Some(egui::Rect::from_min_size(
                egui::Pos2::ZERO,
                egui::vec2(w, h),
            )),
            ..Default::default()
        };
        ctx.set_pixels_per_point(ppp);
        let mut output = ctx.run_ui(input, |ui| logged = layout.log_size(ui.ctx()));
        // No renderer here to take the font atlas; egui asserts that none is dropped unseen.
        output.textures_delta.clear();
        logged
    }

    #[test]
    fn the_window_size_is_logged_at_start_and_on_every_change() {
        let ctx = egui::Context::default();
        let mut layout = FrameLayout::default();
        assert_eq!(
            size_in(&mut layout, &ctx, 800.0, 600.0, 1.0),
            Some([800, 600])
        );
        assert_eq!(
            size_in(&mut layout, &ctx, 800.0, 600.0, 1.0),
            None,
            "not every frame"
        );
        assert_eq!(
            size_in(&mut layout, &ctx, 1280.0, 720.0, 1.0),
            Some([1280, 720])
        );
    }
}
