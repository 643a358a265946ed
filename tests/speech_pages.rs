//! Every page, and the about page, is spoken in Japanese and in English: each message a
//! visitor hears has its sentences, nothing of the markup or the layout reaches the engine,
//! and the engines make audible speech of it.
//!
//! The full walk, every sentence of every page through the engines (about six minutes of one
//! core, spread over every core: three on two), is ignored by a plain `cargo test`; CI runs it
//! in a step of its own:
//! `cargo test --locked --test speech_pages -- --ignored`.

#![allow(
    clippy::expect_used,
    reason = "test helpers: a failed expect is a failed test (allow-expect-in-tests covers only #[test] functions)"
)]

use std::sync::Arc;
use std::time::Duration;

use immuno_kiosk::app::screen_sentences;
use immuno_kiosk::config::Settings;
use immuno_kiosk::content::{ContentSource, Library, about_items, page_items};
use immuno_kiosk::model::Screen;
use immuno_kiosk::model::reading::Rate;
use immuno_kiosk::speech::engine::TIME_LIMIT;
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

/// The engine for `lang`, with `limit` on each sentence.
fn engine(lang: &str, voice: &std::path::Path, limit: Duration) -> Arc<dyn Engine> {
    match lang {
        "ja" | "ja-x-easy" => Arc::new(
            OpenJTalk::new(voice)
                .expect("open_jtalk is installed (see the README)")
                .with_time_limit(limit),
        ),
        _ => Arc::new(
            Festival::new()
                .expect("festival is installed (see the README)")
                .with_time_limit(limit),
        ),
    }
}

/// The limit on one sentence in the full walk. CI runs the walk at the lowest priority beside
/// the release build and the soak, where a sentence can wait minutes for a core (with the
/// kiosk's 30 s, one was killed there after waiting). The walk checks what is heard, not how
/// fast it is made: this limit is only for an engine that hangs.
const WALK_TIME_LIMIT: Duration = Duration::from_mins(10);

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
        let engine = engine(lang, voice.path(), TIME_LIMIT);
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

/// One sentence of the full walk: its language, screen, and the text shown and spoken.
struct Job {
    lang: &'static str,
    screen: Screen,
    shown: String,
    spoken: String,
}

/// Speaks one sentence and checks it is heard and long enough for its words.
fn check_heard(engine: &dyn Engine, job: &Job) {
    let Job {
        lang,
        screen,
        shown,
        spoken,
    } = job;
    let pcm = engine
        .synthesize(spoken, Rate::Normal)
        .expect("the engine speaks");
    assert!(
        pcm.rms() > 300.0,
        "{lang} {screen:?}: {shown:?} is not heard"
    );
    // At least a fifth of a second a word (or four kana): nothing is skipped.
    let units = if lang.starts_with("ja") {
        spoken.chars().count() / 4
    } else {
        spoken.split_whitespace().count()
    };
    let least = 0.2 * f32::from(u16::try_from(units).unwrap_or(u16::MAX));
    assert!(
        pcm.duration().as_secs_f32() >= least,
        "{lang} {screen:?}: {shown:?} lasts {:?}, too short for its words",
        pcm.duration()
    );
}

#[test]
#[ignore = "heavy (about three minutes on two cores): CI runs it in a step of its own: `cargo test --locked --test speech_pages -- --ignored`"]
fn every_sentence_of_every_page_is_heard_in_both_languages() {
    let library = library();
    let voice = tempfile::tempdir().expect("a temporary directory");
    let mut jobs = Vec::new();
    for lang in ["ja", "ja-x-easy", "en"] {
        for screen in screens(&library) {
            for sentence in screen_sentences(&library, &Settings::default(), screen, lang) {
                jobs.push(Job {
                    lang,
                    screen,
                    shown: sentence.shown,
                    spoken: sentence.spoken,
                });
            }
        }
    }
    // The sentences are independent, and each is a run of an engine: they are spoken on
    // every core, each worker with engines of its own (Festival speaks one sentence at a
    // time per process; Open JTalk is a process per sentence).
    let workers = std::thread::available_parallelism().map_or(1, std::num::NonZero::get);
    let next = std::sync::atomic::AtomicUsize::new(0);
    let heard: usize = std::thread::scope(|scope| {
        let handles: Vec<_> = (0..workers)
            .map(|_| {
                scope.spawn(|| {
                    let (mut japanese, mut english): (Option<Arc<dyn Engine>>, _) = (None, None);
                    let mut heard = 0;
                    loop {
                        let index = next.fetch_add(1, std::sync::atomic::Ordering::Relaxed);
                        let Some(job) = jobs.get(index) else {
                            return heard;
                        };
                        let slot = if job.lang.starts_with("ja") {
                            &mut japanese
                        } else {
                            &mut english
                        };
                        let engine = slot
                            .get_or_insert_with(|| engine(job.lang, voice.path(), WALK_TIME_LIMIT));
                        check_heard(engine.as_ref(), job);
                        heard += 1;
                    }
                })
            })
            .collect();
        handles
            .into_iter()
            .map(|handle| match handle.join() {
                Ok(heard) => heard,
                Err(panic) => std::panic::resume_unwind(panic),
            })
            .sum()
    });
    eprintln!("{heard} sentences heard on {workers} workers");
    assert_eq!(heard, jobs.len(), "every sentence was spoken");
    assert!(heard > 400, "{heard}");
}
