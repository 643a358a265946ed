//! Every language a visitor can choose: the switch on every screen, the list that fits the
//! screen without scrolling, the languages hidden until reviewed, the honest line on the
//! about page, and stale translations after the Japanese changes.

#![allow(
    clippy::expect_used,
    reason = "test helpers: a failed expect is a failed test (allow-expect-in-tests covers only #[test] functions)"
)]

mod common;

use common::{
    LANDSCAPE, PORTRAIT, advance, choose_language, harness, harness_with, start_visit, tap_button,
};
use egui::accesskit::Role;
use egui_kittest::kittest::{By, Queryable as _};
use immuno_kiosk::config::{Settings, StaleTranslations};
use immuno_kiosk::content::{ContentSource, Library};
use immuno_kiosk::model::Screen;
use immuno_kiosk::source::EMBEDDED_LOCALES;

/// Each language's own name, as the list shows it.
const NAMES: &[(&str, &str)] = &[
    ("ja", "日本語"),
    ("ja-x-easy", "やさしい にほんご"),
    ("en", "English"),
    ("zh-Hans", "简体中文"),
    ("vi", "Tiếng Việt"),
    ("ko", "한국어"),
    ("fil", "Filipino"),
    ("ne", "नेपाली"),
    ("pt-BR", "Português (Brasil)"),
    ("id", "Bahasa Indonesia"),
];

fn switch() -> By<'static> {
    By::new().role(Role::Button).label_contains("Language")
}

#[test]
fn every_embedded_language_is_named_in_its_own_script() {
    let (library, _) = Library::load(&ContentSource::embedded()).expect("loads");
    assert_eq!(EMBEDDED_LOCALES.len(), NAMES.len());
    for (lang, name) in NAMES {
        assert_eq!(library.i18n.language_name(lang), *name, "{lang}");
    }
}

#[test]
fn the_switch_is_one_tap_from_every_visitor_screen() {
    let mut harness = harness(LANDSCAPE);
    start_visit(&mut harness);
    // Home, a page, the about page.
    for step in 0..3 {
        harness.get(switch()).click();
        harness.run();
        assert!(harness.state().session().choosing_language, "step {step}");
        harness.get_by_role(Role::Dialog);
        tap_button(&mut harness, "閉じる");
        assert!(!harness.state().session().choosing_language);
        match step {
            0 => tap_button(&mut harness, "まず、知っておきたいこと"),
            1 => tap_button(&mut harness, "この情報について"),
            _ => {}
        }
    }
    assert_eq!(harness.state().session().screen, Screen::About);
}

/// Opens the list at 200 % on a screen of `size` and checks every language is on screen,
/// not behind a scroll, as a touch target.
fn list_fits(size: egui::Vec2) {
    let mut harness = harness(size);
    start_visit(&mut harness);
    tap_button(&mut harness, "200%");
    harness.get(switch()).click();
    harness.run();
    let screen = egui::Rect::from_min_size(egui::Pos2::ZERO, size);
    for (_, name) in NAMES {
        let rect = harness.get_by_role_and_label(Role::Button, name).rect();
        assert!(
            screen.contains_rect(rect),
            "{name} at {rect:?} is off {size:?}"
        );
        assert!(
            rect.height() >= 44.0,
            "{name} is too small to touch: {rect:?}"
        );
    }
    let close = harness.get_by_role_and_label(Role::Button, "閉じる").rect();
    assert!(screen.contains_rect(close), "close at {close:?}");
}

#[test]
fn the_list_fits_a_landscape_screen_at_200_percent() {
    list_fits(LANDSCAPE);
}

#[test]
fn the_list_fits_a_portrait_screen_at_200_percent() {
    list_fits(PORTRAIT);
}

#[test]
fn the_list_fits_the_kiosk_screen_under_cage_at_200_percent() {
    list_fits(egui::vec2(1280.0, 720.0));
    list_fits(egui::vec2(720.0, 1280.0));
}

#[test]
fn choosing_each_language_shows_the_home_screen_in_it_and_back() {
    let mut harness = harness(LANDSCAPE);
    start_visit(&mut harness);
    for (lang, name) in NAMES.iter().skip(1).chain([&NAMES[0]]) {
        choose_language(&mut harness, name);
        assert_eq!(harness.state().session().locale, *lang);
        assert!(!harness.state().session().choosing_language);
        // The switch is there in every language, with the English word.
        harness.get(switch());
    }
}

#[test]
fn unreviewed_languages_can_be_hidden_leaving_japanese_alone_and_no_switch() {
    let settings = Settings {
        hide_unreviewed_locales: true,
        // A starting language that is hidden gives way to Japanese.
        default_locale: "en".to_owned(),
        ..Settings::default()
    };
    let mut harness = harness_with(LANDSCAPE, settings, None);
    start_visit(&mut harness);
    // No translation has been reviewed by a medical translator yet.
    assert_eq!(harness.state().session().locale, "ja");
    assert!(harness.query(switch()).is_none());
    assert!(harness.query_by_label("English").is_none());
}

#[test]
fn the_about_page_of_every_translation_says_it_is_not_yet_checked() {
    let (library, _) = Library::load(&ContentSource::embedded()).expect("loads");
    for (lang, name) in NAMES.iter().skip(1) {
        let mut harness = harness(LANDSCAPE);
        start_visit(&mut harness);
        choose_language(&mut harness, name);
        let text = |id: &str| library.i18n.message(lang, id).expect("the message");
        tap_button(&mut harness, &text("track-core-title"));
        open_about(&mut harness, &text("about-open"));
        let line = library
            .i18n
            .message(lang, "about-translation-unreviewed")
            .expect("the line");
        assert!(
            library.i18n.defines(lang, "about-translation-unreviewed"),
            "{lang} says it in its own language"
        );
        harness.get_by_label(&line);
    }
    // Japanese is the original: no such line.
    let mut harness = harness(LANDSCAPE);
    start_visit(&mut harness);
    tap_button(&mut harness, "まず、知っておきたいこと");
    open_about(&mut harness, "この情報について");
    assert!(harness.query_by_label_contains("医療翻訳者").is_none());
}

/// From a page, its button to the about page: scrolled to a screenful at a time, as a
/// screen reader does, then pressed.
fn open_about(harness: &mut egui_kittest::Harness<'_, immuno_kiosk::KioskApp>, label: &str) {
    let shown = |harness: &egui_kittest::Harness<'_, immuno_kiosk::KioskApp>| {
        harness
            .query_by_role_and_label(Role::Button, label)
            .is_some_and(|n| n.rect().area() > 0.0)
    };
    let mut steps = 0;
    while !shown(harness) {
        harness
            .query_by(|n| n.role() == Role::ScrollView)
            .expect("scroll view")
            .scroll_down();
        harness.run_steps(8);
        steps += 1;
        assert!(steps < 40, "{label:?} never came into view");
    }
    harness.get_by_role_and_label(Role::Button, label).click();
    harness.run();
    assert_eq!(harness.state().session().screen, Screen::About);
}

/// The shipped content in `dir`, with one Japanese message changed.
fn content_with_changed_japanese(dir: &std::path::Path) -> (String, String) {
    let source = ContentSource::embedded();
    let old = "core-1-title = ";
    let mut changed = None;
    for file in source.files() {
        let path = dir.join(&file.path);
        std::fs::create_dir_all(path.parent().expect("in the folder")).expect("mkdir");
        let mut text = file.text.clone();
        if file.path == "locales/ja/core.ftl" {
            let start = text.find(old).expect("core-1-title") + old.len();
            let end = start + text[start..].find('\n').expect("line end");
            // A real edit, in words the readings table knows.
            let new = text[start..end].replacen("私たちの", "", 1);
            changed = Some((text[start..end].to_owned(), new.clone()));
            text.replace_range(start..end, &new);
        }
        std::fs::write(path, text).expect("write");
    }
    changed.expect("changed")
}

#[test]
fn editing_a_japanese_message_makes_every_translation_of_it_stale() {
    let dir = tempfile::tempdir().expect("temp dir");
    let (_, new) = content_with_changed_japanese(dir.path());
    let source = ContentSource::from_dir(dir.path()).expect("reads");
    let problems = immuno_kiosk::kiosk_content::check(&source).expect("fonts");
    let stale: Vec<String> = problems
        .iter()
        .filter(|p| p.is_stale())
        .map(ToString::to_string)
        .collect();
    // Every translation, at the line of its core-1-title, and nothing else is wrong.
    assert_eq!(stale.len(), EMBEDDED_LOCALES.len() - 1, "{stale:#?}");
    for lang in EMBEDDED_LOCALES.iter().skip(1) {
        let path = format!("locales/{lang}/core.ftl");
        let text = std::fs::read_to_string(dir.path().join(&path)).expect("read");
        let line = 1 + text
            .lines()
            .position(|l| l.starts_with("core-1-title ="))
            .expect("translated");
        let expected = format!("{path}:{line}: stale: ja changed since this was translated");
        assert!(
            stale.iter().any(|p| p.starts_with(&expected)),
            "{expected} in {stale:#?}"
        );
    }
    assert!(
        problems.iter().all(immuno_kiosk::lint::Problem::is_stale),
        "{problems:#?}"
    );
    // The kiosk shows the new Japanese in place of the stale English, or, if so configured,
    // the old English.
    let library = Library::from_checked_dir(dir.path()).expect("a stale folder is still used");
    assert_eq!(
        library.i18n.message("en", "core-1-title").as_deref(),
        Some(new.as_str())
    );
    assert!(library.i18n.is_stale("en", "core-1-title"));
    assert!(!library.i18n.is_stale("en", "core-2-title"));
    library.i18n.set_stale_shows_reference(false);
    assert_ne!(
        library.i18n.message("en", "core-1-title").as_deref(),
        Some(new.as_str())
    );
}

#[test]
fn a_page_with_a_stale_message_says_so_in_the_visitor_language() {
    let dir = tempfile::tempdir().expect("temp dir");
    content_with_changed_japanese(dir.path());
    for (policy, note) in [
        (
            StaleTranslations::Japanese,
            "Part of this page has changed in the Japanese original. That part is shown in Japanese.",
        ),
        (
            StaleTranslations::Mark,
            "Part of this page was translated before the Japanese original changed. For the latest content, see the Japanese page.",
        ),
    ] {
        let settings = Settings {
            content_dir: Some(dir.path().to_path_buf()),
            stale_translations: policy,
            ..Settings::default()
        };
        let mut harness = common::harness_with_content(LANDSCAPE, settings);
        start_visit(&mut harness);
        choose_language(&mut harness, "English");
        tap_button(&mut harness, "Five things to know first");
        harness.get_by_label(note);
        // The next page has nothing stale, and no note.
        tap_button(&mut harness, "Next ▶");
        assert!(harness.query_by_label(note).is_none());
    }
}

/// How full egui's glyph atlas is: the share of its height in use.
#[expect(
    clippy::redundant_closure_for_method_calls,
    reason = "the method path is not general enough over the borrow fonts() lends"
)]
fn atlas_fill(harness: &egui_kittest::Harness<'_, immuno_kiosk::KioskApp>) -> f32 {
    harness.ctx.fonts(|fonts| fonts.font_atlas_fill_ratio())
}

/// The five core pages in Japanese at 200 %, from home.
fn read_the_core_pages_large(harness: &mut egui_kittest::Harness<'_, immuno_kiosk::KioskApp>) {
    tap_button(harness, "200%");
    tap_button(harness, "まず、知っておきたいこと");
    for _ in 1..5 {
        tap_button(harness, "次へ ▶");
    }
}

#[test]
fn the_glyph_atlas_starts_over_with_each_language_and_each_visit() {
    let mut harness = harness(LANDSCAPE);
    start_visit(&mut harness);
    read_the_core_pages_large(&mut harness);
    let japanese = atlas_fill(&harness);
    // English shares Japanese's fonts, so only the start-over empties the atlas of the
    // Japanese glyphs.
    choose_language(&mut harness, "English");
    harness.run();
    let english = atlas_fill(&harness);
    assert!(
        english < japanese / 2.0,
        "after the Japanese pages {japanese}, in English {english}"
    );
    choose_language(&mut harness, "日本語");
    tap_button(&mut harness, "はじめに戻る");
    read_the_core_pages_large(&mut harness);
    let again = atlas_fill(&harness);
    // Left alone, the kiosk goes back to its attract screen: the visit's glyphs go too.
    advance(&mut harness, 400.0);
    advance(&mut harness, 400.0);
    assert_eq!(harness.state().session().screen, Screen::Attract);
    let attract = atlas_fill(&harness);
    assert!(
        attract < again / 2.0,
        "after the Japanese pages {again}, on the attract screen {attract}"
    );
}
