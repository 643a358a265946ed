//! The one harness every UI test uses: the real app at a real screen size.

#![allow(
    clippy::expect_used,
    reason = "test helpers: a failed expect is a failed test (allow-expect-in-tests covers only #[test] functions)"
)]
#![allow(dead_code, reason = "each test binary uses a different part")]

pub mod audit;

use egui::Vec2;
use egui_kittest::Harness;
use egui_kittest::kittest::Queryable as _;
use immuno_kiosk::app::Clock;
use immuno_kiosk::config::Settings;
use immuno_kiosk::content::{ContentSource, Library};
use immuno_kiosk::{KioskApp, KioskOptions};

/// Landscape, the usual kiosk screen.
pub const LANDSCAPE: Vec2 = Vec2::new(1920.0, 1080.0);
/// Portrait, a screen turned on its side.
pub const PORTRAIT: Vec2 = Vec2::new(1080.0, 1920.0);

/// The locked kiosk with the embedded content and `settings`, at `size` points, 1 px a point.
pub fn harness_with(
    size: Vec2,
    settings: Settings,
    state_dir: Option<std::path::PathBuf>,
) -> Harness<'static, KioskApp> {
    harness_with_clock(size, settings, state_dir, Clock::system())
}

/// As [`harness_with`], with the wall clock (which dates the PIN lock-out) given.
pub fn harness_with_clock(
    size: Vec2,
    settings: Settings,
    state_dir: Option<std::path::PathBuf>,
    clock: Clock,
) -> Harness<'static, KioskApp> {
    let (library, problems) =
        Library::load(&ContentSource::embedded()).expect("embedded content parses");
    assert!(
        problems.is_empty(),
        "embedded content problems: {problems:?}"
    );
    kiosk_harness(size, library, settings, state_dir, clock)
}

/// The locked kiosk showing `library`, at `size` points, 1 px a point.
fn kiosk_harness(
    size: Vec2,
    library: Library,
    settings: Settings,
    state_dir: Option<std::path::PathBuf>,
    clock: Clock,
) -> Harness<'static, KioskApp> {
    Harness::builder()
        .with_size(size)
        .with_pixels_per_point(1.0)
        .build_eframe(move |cc| {
            KioskApp::new(
                &cc.egui_ctx,
                library,
                KioskOptions {
                    locked: true,
                    settings,
                    state_dir,
                    config: None,
                    clock,
                    speech: None,
                },
            )
        })
}

/// The locked kiosk with default settings.
pub fn harness(size: Vec2) -> Harness<'static, KioskApp> {
    harness_with(size, Settings::default(), None)
}

/// The current simulated time.
pub fn now(harness: &Harness<'_, KioskApp>) -> f64 {
    harness.ctx.input(|i| i.time)
}

/// Moves the simulated clock forward and runs a frame at the new time.
pub fn advance(harness: &mut Harness<'_, KioskApp>, secs: f64) {
    let t = now(harness) + secs;
    harness.input_mut().time = Some(t);
    harness.step();
    harness.run();
}

/// Taps the node with exactly this label.
pub fn tap(harness: &mut Harness<'_, KioskApp>, label: &str) {
    harness.get_by_label(label).scroll_to_me();
    harness.run();
    harness.get_by_label(label).click();
    harness.run();
}

/// Taps the button with exactly this label (when a text with the same words is also shown).
pub fn tap_button(harness: &mut Harness<'_, KioskApp>, label: &str) {
    let button = egui::accesskit::Role::Button;
    harness.get_by_role_and_label(button, label).scroll_to_me();
    harness.run();
    harness.get_by_role_and_label(button, label).click();
    harness.run();
}

/// Presses the button with exactly this label where it is, with no screen-reader action
/// before (a screen reader's scroll counts as the visitor's activity, as a touch does).
pub fn press(harness: &mut Harness<'_, KioskApp>, label: &str) {
    harness
        .get_by_role_and_label(egui::accesskit::Role::Button, label)
        .click();
    harness.run();
}

/// From the attract screen to home.
pub fn start_visit(harness: &mut Harness<'_, KioskApp>) {
    harness.run();
    tap(harness, "画面にふれてください");
}

/// The locked kiosk as `main` starts it: settings loaded from the config layers in `paths`.
pub fn harness_with_config(
    size: Vec2,
    paths: immuno_kiosk::config::ConfigPaths,
) -> Harness<'static, KioskApp> {
    harness_with_config_and_speech(size, paths, None)
}

/// As [`harness_with_config`], with read-aloud made by `speech`.
pub fn harness_with_config_and_speech(
    size: Vec2,
    paths: immuno_kiosk::config::ConfigPaths,
    speech: Option<std::sync::Arc<dyn immuno_kiosk::app::SpeechFactory>>,
) -> Harness<'static, KioskApp> {
    Harness::builder()
        .with_size(size)
        .with_pixels_per_point(1.0)
        .build_eframe(move |cc| {
            let (library, _) =
                Library::load(&ContentSource::embedded()).expect("embedded content parses");
            let loaded = immuno_kiosk::config::load(&paths, immuno_kiosk::source::EMBEDDED_LOCALES);
            KioskApp::new(
                &cc.egui_ctx,
                library,
                KioskOptions {
                    locked: true,
                    settings: loaded.settings.clone(),
                    state_dir: paths.state_dir.clone(),
                    config: Some(immuno_kiosk::app::ConfigHandle { paths, loaded }),
                    clock: Clock::system(),
                    speech,
                },
            )
        })
}

/// Config paths inside `root`: `root/etc/config.ron`, `root/etc/config.d/`, `root/state/`.
pub fn config_paths_in(root: &std::path::Path) -> immuno_kiosk::config::ConfigPaths {
    immuno_kiosk::config::ConfigPaths {
        etc_file: root.join("etc/config.ron"),
        etc_file_required: false,
        etc_dropin_dir: Some(root.join("etc/config.d")),
        state_dir: Some(root.join("state")),
    }
}

/// Holds a finger at `pos` for `secs` of simulated time.
pub fn hold(harness: &mut Harness<'_, KioskApp>, pos: egui::Pos2, secs: f64) {
    harness.drag_at(pos);
    harness.step();
    let mut held = 0.0;
    while held < secs {
        advance(harness, 0.5);
        held += 0.5;
    }
    harness.drop_at(pos);
    harness.run();
}

/// The hidden staff gesture: top-left for 5 s, then top-right for 5 s.
pub fn make_staff_gesture(harness: &mut Harness<'_, KioskApp>) {
    let width = harness.ctx.content_rect().width();
    hold(harness, egui::pos2(20.0, 20.0), 5.5);
    hold(harness, egui::pos2(width - 20.0, 20.0), 5.5);
}

/// Types a PIN on the pad and presses 決定.
pub fn enter_pin(harness: &mut Harness<'_, KioskApp>, pin: &str) {
    for digit in pin.chars() {
        tap_button(harness, &digit.to_string());
    }
    tap_button(harness, "決定");
}

/// A finger dragging the page content up by 500 points, in steps, as a real drag arrives.
pub fn drag_content_up(harness: &mut Harness<'_, KioskApp>) {
    harness.drag_at(egui::pos2(900.0, 800.0));
    harness.run();
    for y in (300..800).rev().step_by(50) {
        #[allow(clippy::cast_precision_loss, reason = "small screen coordinates")]
        harness.hover_at(egui::pos2(900.0, y as f32));
        harness.run();
    }
    harness.drop_at(egui::pos2(900.0, 300.0));
    harness.run();
}

/// Switches language as a visitor does: the switch on the top bar (its words always include
/// "Language"), then the language by its own name in the list.
pub fn choose_language(harness: &mut Harness<'_, KioskApp>, name: &str) {
    use egui_kittest::kittest::Queryable as _;
    let switch = || {
        egui_kittest::kittest::By::new()
            .role(egui::accesskit::Role::Button)
            .label_contains("Language")
    };
    harness.get(switch()).scroll_to_me();
    harness.run();
    harness.get(switch()).click();
    harness.run();
    tap_button(harness, name);
}

/// The locked kiosk with the content the settings name (`content_dir`), as `main` loads it.
pub fn harness_with_content(size: Vec2, settings: Settings) -> Harness<'static, KioskApp> {
    let library = Library::for_kiosk(settings.content_dir.as_deref()).expect("content loads");
    kiosk_harness(size, library, settings, None, Clock::system())
}
