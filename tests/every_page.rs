//! Every one of the 11 pages, in every language, on both screen orientations and at every
//! text size: each resolves its words, shows no raw message id and no empty text, and
//! nothing sticks out past the screen's edges. A missing glyph panics the harness.

#![allow(
    clippy::expect_used,
    reason = "test helpers: a failed expect is a failed test (allow-expect-in-tests covers only #[test] functions)"
)]

mod common;

use std::collections::BTreeSet;

use common::{LANDSCAPE, PORTRAIT, choose_language, harness, start_visit, tap, tap_button};
use egui_kittest::kittest::{NodeT as _, Queryable as _};
use immuno_kiosk::content::{ContentSource, Library};
use immuno_kiosk::model::Screen;

/// Every message id of every locale file: none may ever be shown as text.
fn all_message_ids() -> BTreeSet<String> {
    let mut ids = BTreeSet::new();
    for locale in ContentSource::embedded().locales {
        for file in locale.files {
            let resource =
                fluent_syntax::parser::parse(file.text.as_str()).expect("shipped Fluent parses");
            for entry in resource.body {
                if let fluent_syntax::ast::Entry::Message(message) = entry {
                    ids.insert(message.id.name.to_owned());
                }
            }
        }
    }
    ids
}

fn check_screen(
    harness: &egui_kittest::Harness<'_, immuno_kiosk::KioskApp>,
    ids: &BTreeSet<String>,
    what: &str,
) {
    let width = harness.ctx.content_rect().width();
    let mut texts = 0;
    for node in harness.query_all_by(|_| true) {
        let ak = node.accesskit_node();
        let text = ak.label().or_else(|| ak.value()).unwrap_or_default();
        assert!(
            !ids.contains(text.trim()),
            "{what}: raw message id {text:?} is shown"
        );
        if ak.role() == egui::accesskit::Role::Label {
            assert!(!text.trim().is_empty(), "{what}: an empty text is shown");
            texts += 1;
        }
        if let Some(rect) = ak.bounding_box() {
            assert!(
                rect.x0 >= -1.0 && rect.x1 <= f64::from(width) + 1.0,
                "{what}: {text:?} sticks out of the screen: {rect:?}"
            );
        }
    }
    assert!(texts >= 8, "{what}: only {texts} texts on the screen");
}

/// The words of a message before its first variable: what every page's line starts with.
fn prefix(library: &Library, lang: &str, id: &str) -> String {
    let text = library.i18n.message(lang, id).expect("the message exists");
    let cut = text.find('{').unwrap_or(text.len());
    text[..cut].to_owned()
}

fn walk_every_page(size: egui::Vec2, lang: &str, text_size: &str) {
    let (library, _) = Library::load(&ContentSource::embedded()).expect("embedded content parses");
    let ids = all_message_ids();
    let mut harness = harness(size);
    start_visit(&mut harness);
    choose_language(&mut harness, &library.i18n.language_name(lang));
    tap(&mut harness, text_size);
    let next = library.i18n.message(lang, "nav-next").expect("nav-next");
    let home = library.i18n.message(lang, "nav-home").expect("nav-home");
    for (track_index, track) in library.spec.tracks.iter().enumerate() {
        let track_title = library
            .i18n
            .message(lang, &format!("track-{}-title", track.id))
            .expect("track title");
        tap_button(&mut harness, &track_title);
        for (page_index, page) in track.pages.iter().enumerate() {
            let what = format!("{} {lang} {text_size} {size:?}", page.id);
            assert_eq!(
                harness.state().session().screen,
                Screen::Page {
                    track: track_index,
                    page: page_index
                },
                "{what}"
            );
            for part in ["title", "lead"] {
                let text = library
                    .i18n
                    .message(lang, &format!("{}-{part}", page.id))
                    .expect("title and lead exist");
                assert!(
                    library.i18n.defines(lang, &format!("{}-{part}", page.id)),
                    "{what}: {part} is translated"
                );
                harness.get_by_label(&immuno_kiosk::text::plain(&text));
            }
            check_screen(&harness, &ids, &what);
            let source = prefix(&library, lang, "page-source");
            let reviewed = prefix(&library, lang, "content-reviewed");
            assert!(
                harness.query_by_label_contains(source.trim_end()).is_some(),
                "{what}: the source line shows"
            );
            assert!(
                harness
                    .query_by_label_contains(reviewed.trim_end())
                    .is_some(),
                "{what}: the review date shows"
            );
            if page_index + 1 < track.pages.len() {
                tap(&mut harness, &format!("{next} ▶"));
            }
        }
        tap(&mut harness, &home);
    }
}

#[test]
fn every_page_in_japanese_landscape() {
    for text_size in ["100%", "200%"] {
        walk_every_page(LANDSCAPE, "ja", text_size);
    }
}

#[test]
fn every_page_in_japanese_portrait() {
    for text_size in ["100%", "200%"] {
        walk_every_page(PORTRAIT, "ja", text_size);
    }
}

#[test]
fn every_page_in_english_landscape() {
    for text_size in ["200%", "100%"] {
        walk_every_page(LANDSCAPE, "en", text_size);
    }
}

#[test]
fn every_page_in_english_portrait() {
    for text_size in ["100%", "150%", "200%"] {
        walk_every_page(PORTRAIT, "en", text_size);
    }
}

/// Every other language, in landscape at 100 % and portrait at 200 %.
fn every_page_in(lang: &str) {
    walk_every_page(LANDSCAPE, lang, "100%");
    walk_every_page(PORTRAIT, lang, "200%");
}

#[test]
fn every_page_in_easy_japanese() {
    every_page_in("ja-x-easy");
}

#[test]
fn every_page_in_simplified_chinese() {
    every_page_in("zh-Hans");
}

#[test]
fn every_page_in_vietnamese() {
    every_page_in("vi");
}

#[test]
fn every_page_in_korean() {
    every_page_in("ko");
}

#[test]
fn every_page_in_filipino() {
    every_page_in("fil");
}

#[test]
fn every_page_in_nepali() {
    every_page_in("ne");
}

#[test]
fn every_page_in_brazilian_portuguese() {
    every_page_in("pt-BR");
}

#[test]
fn every_page_in_indonesian() {
    every_page_in("id");
}

#[test]
fn the_about_page_shows_the_general_note_and_the_review_date() {
    let mut harness = harness(LANDSCAPE);
    start_visit(&mut harness);
    tap_button(&mut harness, "まず、知っておきたいこと");
    harness.get_by_label_contains("内容の最終確認日：2026年12月2日");
    harness.get_by_label_contains("出典：");
    tap(&mut harness, "この情報について");
    harness.get_by_label("この情報について");
    assert_eq!(harness.state().session().screen, Screen::About);
    check_screen(&harness, &all_message_ids(), "about");
}
