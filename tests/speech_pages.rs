//! Every page, and the about page, is spoken in Japanese and in English: each message a
//! visitor hears has its sentences, nothing of the markup or the layout reaches the engine,
//! and the engines make audible speech of it.
//!
//! The full walk, every sentence of every page through the engines (about two minutes), is
//! ignored by a plain `cargo test`; CI runs it in a step of its own:
//! `cargo test --locked --test speech_pages -- --ignored`.

#![allow(
    clippy::expect_used,
    reason = "test helpers: a failed expect is a failed test (allow-expect-in-tests covers only #[test] functions)"
)]

use std::sync::Arc;

use immuno_kiosk::app::screen_sentences;
use immuno_kiosk::config::Settings;
use immuno_kiosk::content::{ContentSource, Library, about_items, page_items};
use immuno_kiosk::model::Screen;
use immuno_kiosk::model::reading::Rate;
use immuno_kiosk::speech::script::spoken_messages;
use immuno_kiosk::speech::{Engine, Festival, OpenJTalk};

fn library() -> Library {
    Library::load(&ContentSource::embedded())
        .expect("embedded content parses")
        .0
}

/// Every page and the about screen.
fn screens(library: &Library) -> Vec<Screen> {
    let mut out = vec![Screen::About];
    for track in 0..library.spec.tracks.len() {
        for page in 0..library.track_len(track) {
            out.push(Screen::Page { track, page });
        }
    }
    out
}

fn engine(lang: &str, voice: &std::path::Path) -> Arc<dyn Engine> {
    match lang {
        "ja" | "ja-x-easy" => {
            Arc::new(OpenJTalk::new(voice).expect("open_jtalk is installed (see the README)"))
        }
        _ => Arc::new(Festival::new().expect("festival is installed (see the README)")),
    }
}

#[test]
fn every_message_a_visitor_hears_has_its_sentences_and_no_markup() {
    let library = library();
    let settings = Settings::default();
    let screens = screens(&library);
    assert_eq!(screens.len(), 12, "11 pages and the about screen");
    for lang in ["ja", "ja-x-easy", "en"] {
        for &screen in &screens {
            let items = match screen {
                Screen::Page { track, page } => page_items(&library, lang, None, track, page),
                _ => about_items(&library, lang, None),
            };
            let sentences = screen_sentences(&library, &settings, screen, lang);
            for message in spoken_messages(&items) {
                if !message.text.chars().any(char::is_alphanumeric) {
                    continue;
                }
                assert!(
                    sentences.iter().any(|s| s.message_id == message.id),
                    "{lang} {screen:?}: {} is never read",
                    message.id
                );
            }
            for sentence in &sentences {
                assert!(
                    !sentence.spoken.contains(['｜', '《', '》', '\n'])
                        && !sentence.spoken.contains(" / "),
                    "{lang} {screen:?}: markup reaches the engine: {:?}",
                    sentence.spoken
                );
            }
            // The title comes first, as on the screen.
            assert!(
                !sentences.is_empty(),
                "{lang} {screen:?} has nothing to say"
            );
        }
    }
}

#[test]
fn the_first_sentence_of_every_page_is_heard_in_both_languages() {
    let library = library();
    let voice = tempfile::tempdir().expect("a temporary directory");
    for lang in ["ja", "ja-x-easy", "en"] {
        let engine = engine(lang, voice.path());
        for screen in screens(&library) {
            let sentences = screen_sentences(&library, &Settings::default(), screen, lang);
            let first = &sentences[0];
            let pcm = engine
                .synthesize(&first.spoken, Rate::Normal)
                .expect("the engine speaks");
            assert!(
                pcm.rms() > 300.0 && pcm.duration().as_secs_f32() > 0.3,
                "{lang} {screen:?}: {:?} is not heard",
                first.shown
            );
        }
    }
}

#[test]
#[ignore = "heavy (about two minutes): CI runs it in a step of its own: `cargo test --locked --test speech_pages -- --ignored`"]
fn every_sentence_of_every_page_is_heard_in_both_languages() {
    let library = library();
    let voice = tempfile::tempdir().expect("a temporary directory");
    let mut heard = 0;
    for lang in ["ja", "ja-x-easy", "en"] {
        let engine = engine(lang, voice.path());
        for screen in screens(&library) {
            for sentence in screen_sentences(&library, &Settings::default(), screen, lang) {
                let pcm = engine
                    .synthesize(&sentence.spoken, Rate::Normal)
                    .expect("the engine speaks");
                assert!(
                    pcm.rms() > 300.0,
                    "{lang} {screen:?}: {:?} is not heard",
                    sentence.shown
                );
                // At least a fifth of a second a word (or four kana): nothing is skipped.
                let units = if lang.starts_with("ja") {
                    sentence.spoken.chars().count() / 4
                } else {
                    sentence.spoken.split_whitespace().count()
                };
                let least = 0.2 * f32::from(u16::try_from(units).unwrap_or(u16::MAX));
                assert!(
                    pcm.duration().as_secs_f32() >= least,
                    "{lang} {screen:?}: {:?} lasts {:?}, too short for its words",
                    sentence.shown,
                    pcm.duration()
                );
                heard += 1;
            }
        }
    }
    eprintln!("{heard} sentences heard");
    assert!(heard > 400, "{heard}");
}
