//! Locked kiosk mode on the real app: idle warning and reset, close requests, the staff entry.

#![allow(
    clippy::expect_used,
    reason = "test helpers: a failed expect is a failed test (allow-expect-in-tests covers only #[test] functions)"
)]

mod common;

use common::{
    LANDSCAPE, advance, choose_language, enter_pin, harness, harness_with, harness_with_clock,
    hold, make_staff_gesture, start_visit, tap, tap_button,
};
use egui::accesskit::Role;
use egui_kittest::kittest::Queryable as _;
use immuno_kiosk::app::{Clock, ManualClock};
use immuno_kiosk::config::Settings;
use immuno_kiosk::model::{Screen, TextScale};

/// A visitor on page 3 of the core track, in English at 200 %, in high contrast.
fn visitor_on_page_three_in_english() -> egui_kittest::Harness<'static, immuno_kiosk::KioskApp> {
    let mut harness = harness(LANDSCAPE);
    start_visit(&mut harness);
    choose_language(&mut harness, "English");
    tap(&mut harness, "200%");
    tap(&mut harness, "High contrast");
    assert!(harness.state().session().high_contrast);
    tap_button(&mut harness, "Five things to know first");
    tap(&mut harness, "Next ▶");
    tap(&mut harness, "Next ▶");
    harness.get_by_label("3 / 5");
    harness
}

#[test]
fn a_visitor_left_alone_is_warned_then_the_kiosk_resets_to_japanese_at_100_percent() {
    let mut harness = visitor_on_page_three_in_english();
    advance(&mut harness, 119.0);
    assert!(
        harness
            .query_by_role_and_label(Role::AlertDialog, "Are you still reading?")
            .is_none()
    );
    advance(&mut harness, 1.5);
    harness.get_by_role_and_label(Role::AlertDialog, "Are you still reading?");
    harness.get_by_label("Keep reading");
    harness.get_by_label_contains("Returning to the start screen in 29 seconds");
    advance(&mut harness, 29.0);
    let session = harness.state().session();
    assert_eq!(session.screen, Screen::Attract);
    assert_eq!(session.locale, "ja");
    assert_eq!(session.text_scale, TextScale::Normal);
    assert!(!session.high_contrast);
    harness.get_by_label("画面にふれてください");
    assert!(
        harness
            .query_by_role_and_label(Role::AlertDialog, "Are you still reading?")
            .is_none()
    );
}

#[test]
fn a_touch_during_the_warning_keeps_the_visitor_on_page_three() {
    let mut harness = visitor_on_page_three_in_english();
    advance(&mut harness, 125.0);
    harness.get_by_role_and_label(Role::AlertDialog, "Are you still reading?");
    // A touch anywhere on the veil, not on the button.
    harness.drag_at(egui::pos2(100.0, 1000.0));
    harness.drop_at(egui::pos2(100.0, 1000.0));
    harness.run();
    assert!(
        harness
            .query_by_role_and_label(Role::AlertDialog, "Are you still reading?")
            .is_none()
    );
    harness.get_by_label("3 / 5");
    assert_eq!(
        harness.state().session().screen,
        Screen::Page { track: 0, page: 2 }
    );
    // The full timeout starts again from that touch.
    advance(&mut harness, 100.0);
    assert!(
        harness
            .query_by_role_and_label(Role::AlertDialog, "Are you still reading?")
            .is_none()
    );
}

#[test]
fn the_keep_reading_button_dismisses_the_warning() {
    let mut harness = visitor_on_page_three_in_english();
    advance(&mut harness, 130.0);
    common::press(&mut harness, "Keep reading");
    assert!(
        harness
            .query_by_role_and_label(Role::AlertDialog, "Are you still reading?")
            .is_none()
    );
    harness.get_by_label("3 / 5");
}

#[test]
fn close_requests_leave_the_kiosk_running_and_locked_whatever_keys_came_first() {
    let mut harness = visitor_on_page_three_in_english();
    for (key, modifiers) in [
        (egui::Key::F4, egui::Modifiers::ALT),
        (egui::Key::Escape, egui::Modifiers::NONE),
        (egui::Key::W, egui::Modifiers::CTRL),
        (egui::Key::Q, egui::Modifiers::CTRL),
    ] {
        // The keys themselves are dropped by `raw_input_hook` in the real window (unit-tested in
        // `kiosk_input` and run for real by scripts/escape-test.sh); the harness does not call
        // the hook, so here they only precede the close request.
        harness.key_press_modifiers(modifiers, key);
        harness.run();
        // What the window manager sends for Alt+F4 or its close button.
        harness
            .input_mut()
            .viewports
            .entry(egui::ViewportId::ROOT)
            .or_default()
            .events
            .push(egui::ViewportEvent::Close);
        harness.step();
        let commands = &harness.output().viewport_output[&egui::ViewportId::ROOT].commands;
        assert!(
            commands.contains(&egui::ViewportCommand::CancelClose),
            "the close after {modifiers:?}+{key:?} was cancelled"
        );
        assert!(!commands.contains(&egui::ViewportCommand::Close));
        harness.run();
    }
    assert_eq!(harness.state().closes_cancelled(), 4);
    assert!(!harness.state().is_quitting());
    harness.get_by_label("3 / 5");
}

fn settings_with_pin(pin: &str) -> Settings {
    use argon2::password_hash::{PasswordHasher as _, SaltString};
    let salt = SaltString::encode_b64(b"fixed test salt!").expect("salt");
    let hash = argon2::Argon2::default()
        .hash_password(pin.as_bytes(), &salt)
        .expect("hash")
        .to_string();
    Settings {
        staff_pin_hash: Some(hash),
        ..Settings::default()
    }
}

#[test]
fn the_staff_gesture_opens_the_pin_pad_and_only_the_right_pin_unlocks() {
    let state = tempfile::tempdir().expect("temp dir");
    let mut harness = harness_with(
        LANDSCAPE,
        settings_with_pin("2468"),
        Some(state.path().to_path_buf()),
    );
    start_visit(&mut harness);
    make_staff_gesture(&mut harness);
    harness.get_by_label("職員用：暗証番号を入力してください");

    enter_pin(&mut harness, "1357");
    harness.get_by_label_contains("暗証番号が違います");
    assert!(!harness.state().staff_unlocked());
    assert!(harness.query_by_label("職員メニュー").is_none());

    enter_pin(&mut harness, "2468");
    assert!(harness.state().staff_unlocked());
    harness.get_by_label("職員メニュー");
    harness.get_by_label("マウスの矢印を表示する");
    assert!(
        harness.query_by_label("キオスクを終了する").is_none(),
        "quit is offered only with allow_quit"
    );
    tap(&mut harness, "職員メニューを閉じて鍵をかける");
    assert!(!harness.state().staff_unlocked());
    assert_eq!(harness.state().session().screen, Screen::Attract);
}

#[test]
fn a_gesture_with_only_one_corner_does_nothing() {
    let mut harness = harness_with(LANDSCAPE, settings_with_pin("2468"), None);
    start_visit(&mut harness);
    hold(&mut harness, egui::pos2(1900.0, 20.0), 12.0);
    assert!(
        harness
            .query_by_label("職員用：暗証番号を入力してください")
            .is_none()
    );
}

#[test]
fn without_a_pin_the_gesture_says_staff_entry_is_not_set_up() {
    let mut harness = harness(LANDSCAPE);
    start_visit(&mut harness);
    make_staff_gesture(&mut harness);
    harness.get_by_label("職員用の入口は、まだ設定されていません");
    harness.get_by_label_contains("immuno-kiosk set-pin");
    tap(&mut harness, "閉じる");
    assert!(harness.state().session().overlay.is_none());
}

#[test]
fn five_wrong_pins_lock_staff_entry_and_the_lockout_survives_a_restart() {
    let state = tempfile::tempdir().expect("temp dir");
    let settings = settings_with_pin("2468");
    let mut harness = harness_with(
        LANDSCAPE,
        settings.clone(),
        Some(state.path().to_path_buf()),
    );
    start_visit(&mut harness);
    make_staff_gesture(&mut harness);
    for _ in 0..5 {
        enter_pin(&mut harness, "0000");
    }
    harness.get_by_label_contains("入力を一時的に止めています");
    enter_pin(&mut harness, "2468");
    assert!(
        !harness.state().staff_unlocked(),
        "the right PIN is refused during a lock-out"
    );
    drop(harness);

    let mut restarted = harness_with(LANDSCAPE, settings, Some(state.path().to_path_buf()));
    start_visit(&mut restarted);
    make_staff_gesture(&mut restarted);
    restarted.get_by_label_contains("入力を一時的に止めています");
    enter_pin(&mut restarted, "2468");
    assert!(!restarted.state().staff_unlocked());
}

#[test]
fn a_pin_lockout_runs_out_on_the_wall_clock_and_the_pad_accepts_again() {
    let clock = ManualClock::at(1_800_000_000);
    let mut harness = harness_with_clock(
        LANDSCAPE,
        settings_with_pin("2468"),
        None,
        Clock::new(clock.clone()),
    );
    start_visit(&mut harness);
    make_staff_gesture(&mut harness);
    for _ in 0..5 {
        enter_pin(&mut harness, "0000");
    }
    harness.get_by_label_contains("入力を一時的に止めています");
    enter_pin(&mut harness, "2468");
    assert!(
        !harness.state().staff_unlocked(),
        "refused during the lock-out"
    );

    clock.advance(59);
    enter_pin(&mut harness, "2468");
    assert!(
        !harness.state().staff_unlocked(),
        "still refused a second before the minute is up"
    );

    clock.advance(1);
    enter_pin(&mut harness, "2468");
    assert!(harness.state().staff_unlocked(), "the pad accepts again");
    harness.get_by_label("職員メニュー");
}

#[test]
fn staff_mode_locks_itself_after_two_minutes_without_a_touch() {
    let mut harness = harness_with(LANDSCAPE, settings_with_pin("2468"), None);
    start_visit(&mut harness);
    make_staff_gesture(&mut harness);
    enter_pin(&mut harness, "2468");
    assert!(harness.state().staff_unlocked());
    advance(&mut harness, 119.0);
    assert!(harness.state().staff_unlocked());
    advance(&mut harness, 2.0);
    assert!(!harness.state().staff_unlocked());
    assert_eq!(harness.state().session().screen, Screen::Attract);
}

#[test]
fn a_pin_pad_left_open_is_warned_about_and_closed_by_the_idle_reset() {
    let mut harness = harness_with(LANDSCAPE, settings_with_pin("2468"), None);
    start_visit(&mut harness);
    make_staff_gesture(&mut harness);
    harness.get_by_label("職員用：暗証番号を入力してください");
    advance(&mut harness, 121.0);
    harness.get_by_role_and_label(Role::AlertDialog, "まだご覧になりますか？");
    advance(&mut harness, 30.0);
    assert!(harness.state().session().overlay.is_none());
    assert_eq!(harness.state().session().screen, Screen::Attract);
    assert!(
        harness
            .query_by_label("職員用：暗証番号を入力してください")
            .is_none()
    );
}

#[test]
fn the_next_visitor_finds_every_page_scrolled_back_to_the_top() {
    let mut harness = harness(LANDSCAPE);
    start_visit(&mut harness);
    tap_button(&mut harness, "まず、知っておきたいこと");
    let title = "私たちの体は免疫によって発生したがん細胞を排除しています";
    let top = harness.get_by_label(title).rect().top();
    common::drag_content_up(&mut harness);
    assert!(
        harness.get_by_label(title).rect().top() < top,
        "the page scrolled"
    );

    advance(&mut harness, 200.0);
    advance(&mut harness, 1.0);
    assert_eq!(harness.state().session().screen, Screen::Attract);
    start_visit(&mut harness);
    tap_button(&mut harness, "まず、知っておきたいこと");
    assert!(
        (harness.get_by_label(title).rect().top() - top).abs() < 1.0,
        "back at the top"
    );
}

#[test]
fn stray_taps_on_the_pin_pad_do_not_count_as_wrong_pins() {
    let mut harness = harness_with(LANDSCAPE, settings_with_pin("2468"), None);
    start_visit(&mut harness);
    make_staff_gesture(&mut harness);
    for _ in 0..6 {
        enter_pin(&mut harness, "1");
    }
    harness.get_by_label_contains("この入力は数えません");
    enter_pin(&mut harness, "2468");
    assert!(
        harness.state().staff_unlocked(),
        "no lock-out from short entries"
    );
}

#[test]
fn the_pointer_is_hidden_unless_the_config_shows_it() {
    let mut hidden = harness(LANDSCAPE);
    start_visit(&mut hidden);
    assert_eq!(
        hidden.output().platform_output.cursor_icon,
        egui::CursorIcon::None
    );

    let settings = immuno_kiosk::config::Settings {
        show_cursor: true,
        ..immuno_kiosk::config::Settings::default()
    };
    let mut shown = harness_with(LANDSCAPE, settings, None);
    start_visit(&mut shown);
    assert_ne!(
        shown.output().platform_output.cursor_icon,
        egui::CursorIcon::None
    );
}

/// How long the app asked egui to wait before the next frame, after the last one.
fn next_frame_in(harness: &egui_kittest::Harness<'_, immuno_kiosk::KioskApp>) -> f64 {
    harness
        .output()
        .viewport_output
        .get(&egui::ViewportId::ROOT)
        .expect("the root viewport")
        .repaint_delay
        .as_secs_f64()
}

/// A kiosk waits far more than it is used: untouched, it draws a frame only when something
/// is due. On the attract screen that is the next small shift against burn-in, every two
/// minutes; on a page, the idle warning. (Each frame costs about 50 ms of CPU with software
/// rendering, so this is what keeps idle CPU under 0.1 %; `scripts/bench.sh` measures it.)
#[test]
fn an_untouched_kiosk_draws_no_frame_until_one_is_due() {
    let mut harness = harness(LANDSCAPE);
    harness.run();
    let attract = next_frame_in(&harness);
    assert!(
        (119.0..=121.0).contains(&attract),
        "attract screen: next frame in {attract} s"
    );
    // Two minutes on, it shifts and again waits two minutes.
    advance(&mut harness, attract);
    let again = next_frame_in(&harness);
    assert!((119.0..=121.0).contains(&again), "then in {again} s");

    start_visit(&mut harness);
    tap_button(&mut harness, "まず、知っておきたいこと");
    let page = next_frame_in(&harness);
    assert!(
        (119.0..=121.0).contains(&page),
        "a page: next frame when the idle warning is due, in {page} s"
    );
}
