//! The attract screen on any output: cage's headless 1280×720, a compositor's 800×600 default,
//! portrait panels.

use egui_kittest::Harness;

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
