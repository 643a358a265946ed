//! The glossary a patient can touch: on every page a hard term is underlined at its first
//! use and named for a screen reader as a button ("用語の説明：…"); a touch opens a large card
//! with the term, its reading and a plain explanation, and a close button. The card never
//! covers the idle warning, and the idle reset closes it.

#![allow(
    clippy::expect_used,
    reason = "test helpers: a failed expect is a failed test (allow-expect-in-tests covers only #[test] functions)"
)]

mod common;

use common::{LANDSCAPE, PORTRAIT, advance, choose_language, harness, start_visit, tap_button};
use egui::accesskit::Role;
use egui_kittest::Harness;
use egui_kittest::kittest::{NodeT as _, Queryable as _};
use immuno_kiosk::KioskApp;
use immuno_kiosk::content::glossary::{Term, glossary};
use immuno_kiosk::content::{ContentSource, Library};

fn library() -> Library {
    Library::load(&ContentSource::embedded())
        .expect("embedded content parses")
        .0
}

/// The names of the term buttons a screen reader can reach now (none under a hidden node).
fn term_buttons(harness: &Harness<'_, KioskApp>, prefix: &str) -> Vec<String> {
    let mut names = Vec::new();
    let mut stack = vec![harness.root().accesskit_node()];
    while let Some(node) = stack.pop() {
        if node.is_hidden() {
            continue;
        }
        if node.role() == Role::Button
            && let Some(label) = node.label()
            && label.starts_with(prefix)
        {
            names.push(label);
        }
        let children: Vec<_> = node.children().collect();
        stack.extend(children.into_iter().rev());
    }
    names
}

/// Pages through track `track_title` until a page shows a term; returns it.
fn first_page_with_a_term(
    harness: &mut Harness<'_, KioskApp>,
    track_title: &str,
    next: &str,
    prefix: &str,
    terms: &[Term],
) -> Term {
    tap_button(harness, track_title);
    for _ in 0..6 {
        if let Some(name) = term_buttons(harness, prefix).first() {
            let plain = name.trim_start_matches(prefix);
            return terms
                .iter()
                .find(|t| t.plain == plain)
                .cloned()
                .expect("a marked term is in the glossary");
        }
        tap_button(harness, next);
    }
    panic!("no page of {track_title} marks a glossary term");
}

#[test]
fn every_entry_is_marked_on_some_page_and_each_page_marks_a_term_once() {
    let library = library();
    for (lang, prefix, next, home) in [
        ("ja", "用語の説明：", "次へ ▶", "はじめに戻る"),
        ("en", "Explain: ", "Next ▶", "Back to start"),
    ] {
        let terms = glossary(&library, lang);
        assert!(terms.len() >= 10, "{lang}: only {} terms", terms.len());
        let mut seen = std::collections::BTreeSet::new();
        let mut harness = harness(LANDSCAPE);
        start_visit(&mut harness);
        if lang == "en" {
            choose_language(&mut harness, "English");
        }
        for track in &library.spec.tracks {
            let title = library
                .i18n
                .text(lang, &format!("track-{}-title", track.id), &[]);
            tap_button(&mut harness, &title);
            for index in 0..track.pages.len() {
                let names = term_buttons(&harness, prefix);
                let unique: std::collections::BTreeSet<&String> = names.iter().collect();
                assert_eq!(
                    unique.len(),
                    names.len(),
                    "{lang}: a term marked twice: {names:?}"
                );
                seen.extend(names);
                if index + 1 < track.pages.len() {
                    tap_button(&mut harness, next);
                }
            }
            tap_button(&mut harness, home);
        }
        for term in &terms {
            assert!(
                seen.contains(&format!("{prefix}{}", term.plain)),
                "{lang}: 「{}」 is marked on no page",
                term.plain
            );
        }
    }
}

#[test]
fn a_touched_term_opens_its_card_which_closes() {
    let library = library();
    let terms = glossary(&library, "ja");
    for size in [LANDSCAPE, PORTRAIT] {
        let mut harness = harness(size);
        start_visit(&mut harness);
        let term = first_page_with_a_term(
            &mut harness,
            "まず、知っておきたいこと",
            "次へ ▶",
            "用語の説明：",
            &terms,
        );
        let explanation = immuno_kiosk::text::plain(&term.explanation);
        assert!(harness.query_by_label(&explanation).is_none());
        tap_button(&mut harness, &format!("用語の説明：{}", term.plain));
        // The card: the term (its reading as the description when it has one), the
        // explanation, a close button, and nothing of the page behind it for a screen reader.
        harness.get_by_label(&explanation);
        harness.get_by_role_and_label(Role::Dialog, "用語の説明");
        assert!(
            term_buttons(&harness, "用語の説明：").is_empty(),
            "the page's terms are still reachable behind the card"
        );
        tap_button(&mut harness, "閉じる");
        assert!(
            harness.query_by_label(&explanation).is_none(),
            "the card stayed open"
        );
        assert!(!term_buttons(&harness, "用語の説明：").is_empty());
    }
}

#[test]
fn the_idle_warning_is_above_the_card_and_the_idle_reset_closes_it() {
    let library = library();
    let terms = glossary(&library, "ja");
    let mut harness = harness(LANDSCAPE);
    start_visit(&mut harness);
    let term = first_page_with_a_term(
        &mut harness,
        "まず、知っておきたいこと",
        "次へ ▶",
        "用語の説明：",
        &terms,
    );
    tap_button(&mut harness, &format!("用語の説明：{}", term.plain));
    let explanation = immuno_kiosk::text::plain(&term.explanation);
    harness.get_by_label(&explanation);
    // Two minutes on: the idle warning is over the card, and its button answers a touch.
    advance(&mut harness, 125.0);
    let keep = harness.get_by_role_and_label(Role::Button, "続けて読む");
    let card_layer = harness
        .ctx
        .memory(|m| m.layer_id_at(keep.rect().center()))
        .expect("a layer under the warning's button");
    assert_eq!(
        card_layer.order,
        egui::Order::Tooltip,
        "the card covers the warning"
    );
    // Left alone, the visit ends and the card goes with it.
    advance(&mut harness, 40.0);
    harness.get_by_label("画面にふれてください");
    start_visit(&mut harness);
    assert!(
        harness.query_by_label(&explanation).is_none(),
        "the card outlived the visit"
    );
}

/// With `LOOK_DIR` set: screenshots of an open card in ja and en at 100 % and 200 %, in both
/// orientations, for looking at by eye. Without it, the same flow runs and checks the card's
/// close button is inside the window.
#[test]
fn the_open_card_fits_the_window_in_both_languages_and_sizes() {
    let library = library();
    let look = std::env::var_os("LOOK_DIR").map(std::path::PathBuf::from);
    for (lang, prefix, next, close) in [
        ("ja", "用語の説明：", "次へ ▶", "閉じる"),
        ("en", "Explain: ", "Next ▶", "Close"),
    ] {
        let terms = glossary(&library, lang);
        for (size, orientation) in [(LANDSCAPE, "landscape"), (PORTRAIT, "portrait")] {
            for scale in ["100%", "200%"] {
                let mut harness = harness(size);
                start_visit(&mut harness);
                if lang == "en" {
                    choose_language(&mut harness, "English");
                }
                tap_button(&mut harness, scale);
                let track = library.i18n.text(lang, "track-core-title", &[]);
                let term = first_page_with_a_term(&mut harness, &track, next, prefix, &terms);
                tap_button(&mut harness, &format!("{prefix}{}", term.plain));
                let button = harness.get_by_role_and_label(Role::Button, close).rect();
                let window = harness.ctx.content_rect();
                assert!(
                    window.contains_rect(button),
                    "{lang} {orientation} {scale}: the close button {button:?} is outside the window"
                );
                if let Some(dir) = &look
                    && let Ok(image) = harness.render()
                {
                    let name = format!(
                        "card-{lang}-{orientation}-{}.png",
                        scale.trim_end_matches('%')
                    );
                    image.save(dir.join(name)).expect("write a screenshot");
                }
            }
        }
    }
}
