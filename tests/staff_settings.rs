//! The staff settings screen on the real app, with real config files.

#![allow(
    clippy::expect_used,
    reason = "test helpers: a failed expect is a failed test (allow-expect-in-tests covers only #[test] functions)"
)]

mod common;

use common::{
    LANDSCAPE, advance, choose_language, config_paths_in, enter_pin, harness_with_config,
    make_staff_gesture, start_visit, tap, tap_button,
};
use egui::accesskit::Role;
use egui_kittest::kittest::Queryable as _;
use immuno_kiosk::config::{self, Settings, pin};
use immuno_kiosk::model::Screen;

/// A state directory whose nurses' settings hold the PIN 2468.
fn kiosk_with_pin(root: &std::path::Path) -> config::ConfigPaths {
    let paths = config_paths_in(root);
    let hash = pin::hash_pin("2468").expect("hash");
    config::set_pin_hash(&paths, &hash).expect("set pin");
    paths
}

fn unlock_into_settings(harness: &mut egui_kittest::Harness<'_, immuno_kiosk::KioskApp>) {
    start_visit(harness);
    make_staff_gesture(harness);
    enter_pin(harness, "2468");
    tap(harness, "設定…");
    harness.get_by_label("設定");
}

#[test]
fn staff_change_the_idle_timeout_and_default_language_and_the_next_reset_uses_them() {
    let root = tempfile::tempdir().expect("temp dir");
    let paths = kiosk_with_pin(root.path());
    let mut harness = harness_with_config(LANDSCAPE, paths.clone());
    unlock_into_settings(&mut harness);

    // 120 s down to 60 s: two steps of 30 s.
    harness.get_by_label("120秒");
    tap(&mut harness, "−30秒");
    tap(&mut harness, "−30秒");
    harness.get_by_label("60秒");
    // Starting language: English.
    // The last English button on the screen: the starting-language row (the others are the
    // visitor's language switch under the staff screen).
    let button = egui::accesskit::Role::Button;
    harness
        .get_all_by_role_and_label(button, "English")
        .last()
        .expect("English")
        .scroll_to_me();
    harness.run();
    harness
        .get_all_by_role_and_label(button, "English")
        .last()
        .expect("English")
        .click();
    harness.run();
    harness.get_by_label("保存していない変更があります。");
    tap(&mut harness, "保存");
    harness.get_by_label("保存しました。すぐに使われます。");

    // On disk, in the nurses' layer.
    let reloaded = config::load(&paths, immuno_kiosk::source::EMBEDDED_LOCALES);
    assert_eq!(reloaded.settings.idle_timeout_secs, 60);
    assert_eq!(reloaded.settings.default_locale, "en");

    // Lock, start a visit, leave it alone: the new timeout and language apply.
    tap(&mut harness, "職員メニューに戻る");
    tap(&mut harness, "職員メニューを閉じて鍵をかける");
    assert_eq!(harness.state().session().screen, Screen::Attract);
    tap(&mut harness, "Touch the screen to start");
    choose_language(&mut harness, "日本語");
    tap_button(&mut harness, "まず、知っておきたいこと");
    advance(&mut harness, 61.0);
    harness.get_by_role_and_label(Role::AlertDialog, "まだご覧になりますか？");
    advance(&mut harness, 30.0);
    let session = harness.state().session();
    assert_eq!(session.screen, Screen::Attract);
    assert_eq!(
        session.locale, "en",
        "the reset lands in the new default language"
    );
}

#[test]
fn discard_throws_the_draft_away() {
    let root = tempfile::tempdir().expect("temp dir");
    let paths = kiosk_with_pin(root.path());
    let mut harness = harness_with_config(LANDSCAPE, paths.clone());
    unlock_into_settings(&mut harness);
    tap(&mut harness, "＋30秒");
    harness.get_by_label("150秒");
    tap(&mut harness, "取り消し");
    harness.get_by_label("120秒");
    harness.get_by_label("変更はありません。");
    assert_eq!(
        config::load(&paths, immuno_kiosk::source::EMBEDDED_LOCALES)
            .settings
            .idle_timeout_secs,
        120
    );
}

#[test]
fn the_settings_screen_shows_origins_locked_keys_and_file_problems() {
    let root = tempfile::tempdir().expect("temp dir");
    let paths = kiosk_with_pin(root.path());
    std::fs::create_dir_all(root.path().join("etc/config.d")).expect("mkdir");
    std::fs::write(
        root.path().join("etc/config.ron"),
        "(idle_timeout_secs: 300, locked: [\"idle_timeout_secs\"])\n",
    )
    .expect("write etc");
    std::fs::write(
        root.path().join("etc/config.d/10-broken.ron"),
        "(idle_warning_secs: 30,,)\n",
    )
    .expect("write drop-in");
    let mut harness = harness_with_config(LANDSCAPE, paths);
    unlock_into_settings(&mut harness);
    harness.get_by_label("300秒");
    harness.get_by_label("IT部門が固定しているため、ここでは変えられません。");
    harness.get_by_label_contains("設定元：システム設定");
    harness.get_by_label("設定ファイルの問題");
    harness.get_by_label_contains("10-broken.ron:1:");
    harness.get_by_label_contains("バージョン：");
}

#[test]
fn staff_change_the_pin_on_the_pad() {
    let root = tempfile::tempdir().expect("temp dir");
    let paths = kiosk_with_pin(root.path());
    let mut harness = harness_with_config(LANDSCAPE, paths.clone());
    unlock_into_settings(&mut harness);
    tap(&mut harness, "暗証番号を変える…");
    harness.get_by_label("今の暗証番号を入力してください");
    enter_pin(&mut harness, "2468");
    harness.get_by_label("新しい暗証番号（4～12けた）を入力してください");
    enter_pin(&mut harness, "97531");
    harness.get_by_label("新しい暗証番号を、もう一度入力してください");
    enter_pin(&mut harness, "97531");
    harness.get_by_label("暗証番号を変えました。");
    let hash = config::load(&paths, immuno_kiosk::source::EMBEDDED_LOCALES)
        .settings
        .staff_pin_hash
        .expect("a PIN is set");
    assert!(pin::verify_pin(&hash, "97531"));
    assert!(!pin::verify_pin(&hash, "2468"));
}

#[test]
fn a_config_dropped_into_config_d_changes_the_kiosk_after_a_restart() {
    let root = tempfile::tempdir().expect("temp dir");
    let paths = config_paths_in(root.path());
    let mut before = harness_with_config(LANDSCAPE, paths.clone());
    before.run();
    assert_eq!(before.state().session().locale, "ja");
    drop(before);

    std::fs::create_dir_all(root.path().join("etc/config.d")).expect("mkdir");
    std::fs::write(
        root.path().join("etc/config.d/50-ward.ron"),
        "(default_locale: \"en\", consultation: (name: \"Cancer Counselling Desk\", location: \"Main building, 1st floor\", phone: \"03-0000-0000\", hours: \"Weekdays 9:00-16:00\"))\n",
    )
    .expect("write drop-in");

    let mut after = harness_with_config(LANDSCAPE, paths);
    after.run();
    assert_eq!(after.state().session().locale, "en");
    after.get_by_label("Touch the screen to start").click();
    after.run();
    tap_button(&mut after, "Five things to know first");
    for _ in 0..3 {
        tap(&mut after, "Next ▶");
    }
    after.get_by_label("4 / 5");
    after.get_by_label("This hospital's consultation desk");
    after.get_by_label("Cancer Counselling Desk");
    after.get_by_label("Where: Main building, 1st floor");
}

#[test]
fn cancelling_a_pin_change_returns_to_the_settings_with_the_draft_kept() {
    let root = tempfile::tempdir().expect("temp dir");
    let paths = kiosk_with_pin(root.path());
    let mut harness = harness_with_config(LANDSCAPE, paths.clone());
    unlock_into_settings(&mut harness);
    tap(&mut harness, "＋30秒");
    tap(&mut harness, "暗証番号を変える…");
    harness.get_by_label("今の暗証番号を入力してください");
    tap(&mut harness, "閉じる");
    assert!(harness.state().staff_unlocked(), "still in staff mode");
    harness.get_by_label("150秒");
    harness.get_by_label("保存していない変更があります。");
    let hash = config::load(&paths, immuno_kiosk::source::EMBEDDED_LOCALES)
        .settings
        .staff_pin_hash
        .expect("a PIN is set");
    assert!(pin::verify_pin(&hash, "2468"), "the PIN is unchanged");
}

#[test]
fn a_value_the_validation_drops_is_named_after_saving() {
    let root = tempfile::tempdir().expect("temp dir");
    let paths = kiosk_with_pin(root.path());
    let mut harness = harness_with_config(LANDSCAPE, paths);
    unlock_into_settings(&mut harness);
    // A desk page that is not https:// is not kept.
    harness.get_by_label("ページのアドレス（https://、QRコードで表示）");
    let field = harness
        .get_all_by_role(egui::accesskit::Role::TextInput)
        .nth(4)
        .expect("the URL field");
    field.scroll_to_me();
    harness.run();
    let field = harness
        .get_all_by_role(egui::accesskit::Role::TextInput)
        .nth(4)
        .expect("the URL field");
    field.click();
    harness.run();
    harness
        .get_all_by_role(egui::accesskit::Role::TextInput)
        .nth(4)
        .expect("field")
        .type_text("http://example.jp/");
    harness.run();
    tap(&mut harness, "保存");
    harness.get_by_label_contains("次の値は使えない値だったため、元のままです：consultation");
}

/// A copy of the shipped content in `dir`, with one change to a track title.
fn content_copy_with_new_track_title(dir: &std::path::Path) {
    let source = immuno_kiosk::content::ContentSource::embedded();
    for file in source.files() {
        let path = dir.join(&file.path);
        std::fs::create_dir_all(path.parent().expect("in the folder")).expect("mkdir");
        let text = file.text.replace(
            "track-core-title = まず、知っておきたいこと",
            "track-core-title = はじめに知っておきたい5つのこと",
        );
        std::fs::write(path, text).expect("write");
    }
}

/// Types `text` into the settings screen's replacement-content-folder field.
fn type_content_dir(harness: &mut egui_kittest::Harness<'_, immuno_kiosk::KioskApp>, text: &str) {
    const FIELD: &str = "差し替えの内容フォルダー（空なら内蔵の内容）";
    let input = egui::accesskit::Role::TextInput;
    harness.get_by_role_and_label(input, FIELD).scroll_to_me();
    harness.run();
    harness.get_by_role_and_label(input, FIELD).click();
    harness.run();
    harness.get_by_role_and_label(input, FIELD).type_text(text);
    harness.run();
}

#[test]
fn a_content_folder_that_fails_check_content_is_refused_when_saving() {
    let root = tempfile::tempdir().expect("temp dir");
    let paths = kiosk_with_pin(root.path());
    let mut harness = harness_with_config(LANDSCAPE, paths.clone());
    unlock_into_settings(&mut harness);
    let broken = concat!(
        env!("CARGO_MANIFEST_DIR"),
        "/tests/fixtures/content/insecure_link"
    );
    type_content_dir(&mut harness, broken);
    tap(&mut harness, "保存");
    harness.get_by_label_contains("保存できませんでした");
    harness.get_by_label_contains("check-content");
    assert_eq!(
        config::load(&paths, immuno_kiosk::source::EMBEDDED_LOCALES)
            .settings
            .content_dir,
        None,
        "nothing saved"
    );
}

#[test]
fn a_checked_content_folder_is_used_as_soon_as_it_is_saved() {
    let root = tempfile::tempdir().expect("temp dir");
    let paths = kiosk_with_pin(root.path());
    let content = root.path().join("content");
    content_copy_with_new_track_title(&content);
    let mut harness = harness_with_config(LANDSCAPE, paths);
    unlock_into_settings(&mut harness);
    type_content_dir(&mut harness, &content.display().to_string());
    tap(&mut harness, "保存");
    harness.get_by_label("保存しました。すぐに使われます。");
    tap(&mut harness, "職員メニューに戻る");
    tap(&mut harness, "職員メニューを閉じて鍵をかける");
    start_visit(&mut harness);
    harness.get_by_role_and_label(
        egui::accesskit::Role::Button,
        "はじめに知っておきたい5つのこと",
    );
}

/// A kiosk that runs on its settings alone, with no config files to save to; the PIN is 2468.
fn kiosk_without_config_files() -> egui_kittest::Harness<'static, immuno_kiosk::KioskApp> {
    let settings = Settings {
        staff_pin_hash: Some(pin::hash_pin("2468").expect("hash")),
        ..Settings::default()
    };
    common::harness_with(LANDSCAPE, settings, None)
}

#[test]
fn a_notice_is_worded_in_the_language_on_screen() {
    let mut harness = kiosk_without_config_files();
    unlock_into_settings(&mut harness);
    tap(&mut harness, "＋30秒");
    tap(&mut harness, "保存");
    harness.get_by_label("保存できませんでした：設定ファイルが使われていません。");
    assert!(
        harness.query_by_label_contains("config files").is_none(),
        "no English on the Japanese staff screen"
    );

    let mut harness = kiosk_without_config_files();
    start_visit(&mut harness);
    choose_language(&mut harness, "English");
    make_staff_gesture(&mut harness);
    for digit in "2468".chars() {
        tap_button(&mut harness, &digit.to_string());
    }
    tap_button(&mut harness, "Enter");
    tap(&mut harness, "Settings…");
    tap(&mut harness, "+30 s");
    tap_button(&mut harness, "Save");
    harness.get_by_label("Could not save: no config files are in use.");
    assert!(
        harness.query_by_label_contains("保存").is_none(),
        "no Japanese on the English staff screen"
    );
}
