//! The kiosk's window on Wayland: fullscreen is asked for once, after the first frame, through
//! the same wrapper `main` puts around the app (see `display::FullscreenWhenShown`).

use egui::ViewportCommand;
use egui_kittest::Harness;
use immuno_kiosk::display::FullscreenWhenShown;

struct Blank;

impl eframe::App for Blank {
    fn ui(&mut self, ui: &mut egui::Ui, _frame: &mut eframe::Frame) {
        ui.label("page");
    }
}

fn fullscreen_requests(harness: &Harness<'_, FullscreenWhenShown<Blank>>) -> usize {
    harness
        .output()
        .viewport_output
        .values()
        .flat_map(|v| &v.commands)
        .filter(|c| **c == ViewportCommand::Fullscreen(true))
        .count()
}

#[test]
fn fullscreen_is_asked_for_once_the_first_frame_is_shown() {
    let mut harness = Harness::builder().build_eframe(|_| FullscreenWhenShown::new(Blank, true));
    harness.step();
    assert_eq!(fullscreen_requests(&harness), 0, "not with the first frame");
    harness.step();
    assert_eq!(
        fullscreen_requests(&harness),
        1,
        "at the start of the second"
    );
    for _ in 0..3 {
        harness.step();
        assert_eq!(fullscreen_requests(&harness), 0, "and never again");
    }
}

#[test]
fn on_x11_fullscreen_is_left_to_the_window_builder() {
    let mut harness = Harness::builder().build_eframe(|_| FullscreenWhenShown::new(Blank, false));
    for _ in 0..4 {
        harness.step();
        assert_eq!(fullscreen_requests(&harness), 0);
    }
}

mod common;

/// Every text the attract screen paints, as screen rectangles.
fn painted_text_rects(harness: &Harness<'_, immuno_kiosk::KioskApp>) -> Vec<egui::Rect> {
    harness
        .output()
        .shapes
        .iter()
        .filter_map(|clipped| match &clipped.shape {
            egui::Shape::Text(text) => Some(text.visual_bounding_rect()),
            _ => None,
        })
        .collect()
}

#[test]
fn the_attract_screen_fits_any_output() {
    // cage's headless output, a compositor's 800×600 default, and portrait panels.
    for (w, h) in [
        (1280.0, 720.0),
        (800.0, 600.0),
        (720.0, 1280.0),
        (1080.0, 1920.0),
    ] {
        let mut harness = common::harness(egui::vec2(w, h));
        harness.run();
        let screen = egui::Rect::from_min_size(egui::Pos2::ZERO, egui::vec2(w, h));
        let rects = painted_text_rects(&harness);
        assert!(
            rects.len() >= 4,
            "title, two invitations, subtitle at {w}×{h}"
        );
        for rect in rects {
            assert!(
                screen.contains_rect(rect),
                "text at {rect:?} is cut off by the {w}×{h} screen"
            );
        }
    }
}
