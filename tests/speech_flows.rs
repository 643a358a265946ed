//! Read-aloud through the real app (`egui_kittest`) with the real engines (Open JTalk, Festival)
//! and a recording sink in place of the sound card: what would have been played is asserted,
//! in order. The sink holds each sentence "playing" until the test finishes it, so the test
//! decides when a sentence ends; the app's clock is simulated. The tests wait for the engines'
//! threads (a sentence takes a fraction of a second to make), never for the clock.

#![allow(
    clippy::expect_used,
    reason = "test helpers: a failed expect is a failed test (allow-expect-in-tests covers only #[test] functions)"
)]

mod common;

use std::path::PathBuf;
use std::sync::Arc;
use std::time::{Duration, Instant};

use common::{LANDSCAPE, advance, choose_language, start_visit, tap, tap_button};
use egui::accesskit::Role;
use egui_kittest::Harness;
use egui_kittest::kittest::{NodeT as _, Queryable as _};
use immuno_kiosk::app::{Clock, Speech, SpeechFactory};
use immuno_kiosk::config::Settings;
use immuno_kiosk::content::{ContentSource, Library};
use immuno_kiosk::model::reading::{Rate, Volume};
use immuno_kiosk::model::{Reading, Screen};
use immuno_kiosk::speech::reader::{Engines, Reader};
use immuno_kiosk::speech::{Engine, Festival, OpenJTalk, RecordingSink};
use immuno_kiosk::{KioskApp, KioskOptions};

/// The real engines, playing into `sink`.
#[derive(Debug)]
struct Recorded {
    sink: RecordingSink,
    voice: PathBuf,
}

impl SpeechFactory for Recorded {
    fn start(&self, _: &Settings) -> Speech {
        let mut engines = Engines::new();
        let ja = OpenJTalk::new(&self.voice).expect("open_jtalk is installed (see the README)");
        let en = Festival::new().expect("festival is installed (see the README)");
        engines.insert("ja".to_owned(), Arc::new(ja) as Arc<dyn Engine>);
        engines.insert("en".to_owned(), Arc::new(en) as Arc<dyn Engine>);
        Speech {
            reader: Some(Reader::start(engines, Box::new(self.sink.clone()), None)),
            status: Ok(vec!["en".to_owned(), "ja".to_owned()]),
            devices: Vec::new(),
        }
    }
}

struct Kiosk {
    harness: Harness<'static, KioskApp>,
    sink: RecordingSink,
    _voice: tempfile::TempDir,
}

fn kiosk(settings: Settings, sink: RecordingSink) -> Kiosk {
    kiosk_at(LANDSCAPE, settings, sink)
}

fn kiosk_at(size: egui::Vec2, settings: Settings, sink: RecordingSink) -> Kiosk {
    let voice = tempfile::tempdir().expect("a temporary directory");
    let factory = Arc::new(Recorded {
        sink: sink.clone(),
        voice: voice.path().to_path_buf(),
    });
    let harness = Harness::builder()
        .with_size(size)
        .with_pixels_per_point(1.0)
        .build_eframe(move |cc| {
            let (library, _) =
                Library::load(&ContentSource::embedded()).expect("embedded content parses");
            KioskApp::new(
                &cc.egui_ctx,
                library,
                KioskOptions {
                    locked: true,
                    settings,
                    state_dir: None,
                    config: None,
                    clock: Clock::system(),
                    speech: Some(factory),
                },
            )
        });
    Kiosk {
        harness,
        sink,
        _voice: voice,
    }
}

impl Kiosk {
    /// Runs frames until `done` holds, or fails after a generous limit: the engines run on
    /// their own threads.
    fn until(&mut self, what: &str, done: impl Fn(&Self) -> bool) {
        let limit = Instant::now() + Duration::from_mins(1);
        while !done(self) {
            assert!(Instant::now() < limit, "never happened: {what}");
            // Wait for the next sentence to be played (or a moment), then let the app see it.
            self.sink
                .wait_for_play(self.played(), Duration::from_millis(50));
            self.harness.step();
        }
        self.harness.run();
    }

    fn played(&self) -> usize {
        self.sink.played().len()
    }

    fn reading(&self) -> Option<Reading> {
        self.harness.state().session().reading.clone()
    }

    /// From the attract screen to the first page of the five points, once read-aloud has
    /// started (on a thread of its own, while the first frames are drawn).
    fn open_first_page(&mut self) {
        self.until("read-aloud has started", |k| {
            k.harness.state().speech_started()
        });
        start_visit(&mut self.harness);
        tap_button(&mut self.harness, "まず、知っておきたいこと");
    }
}

const FIRST: Screen = Screen::Page { track: 0, page: 0 };
const SECOND: Screen = Screen::Page { track: 0, page: 1 };

#[test]
fn read_pause_go_on_next_page_and_stop() {
    let mut k = kiosk(Settings::default(), RecordingSink::held());
    k.open_first_page();
    tap_button(&mut k.harness, "▶ 読み上げ");
    k.until("the first sentence sounds", |k| k.played() == 1);
    assert_eq!(k.reading(), Some(Reading::start(FIRST, "ja")));
    let first = &k.sink.played()[0];
    assert!(first.rms() > 300.0, "the title is heard, not silence");
    // The control says it is reading, to a screen reader too.
    let pause = k.harness.get_by_role_and_label(Role::Button, "一時停止");
    assert_eq!(
        pause.accesskit_node().description().as_deref(),
        Some("読み上げ中")
    );

    k.sink.finish();
    // The app moves on when the thread reports the sentence it started.
    k.until("the second sentence sounds", |k| {
        k.played() == 2 && k.reading().map(|r| r.sentence) == Some(1)
    });

    tap_button(&mut k.harness, "一時停止");
    let stops = k.sink.stops();
    assert!(stops >= 1, "pausing silenced the sound");
    let paused = k.reading().expect("still reading, paused");
    assert!(paused.paused);
    assert_eq!(paused.sentence, 1);
    let resume = k.harness.get_by_role_and_label(Role::Button, "続きを読む");
    assert_eq!(
        resume.accesskit_node().description().as_deref(),
        Some("一時停止中")
    );

    tap_button(&mut k.harness, "続きを読む");
    k.until("the paused sentence sounds again", |k| k.played() == 3);
    let played = k.sink.played();
    assert_eq!(
        played[2], played[1],
        "it goes on from the sentence it paused on"
    );

    tap_button(&mut k.harness, "次へ ▶");
    k.until("the next page's first sentence sounds", |k| {
        k.played() == 4 && k.reading().is_some_and(|r| r.screen == SECOND)
    });
    assert_eq!(k.reading(), Some(Reading::start(SECOND, "ja")));
    assert_ne!(k.sink.played()[3], played[0], "another page, another title");

    tap_button(&mut k.harness, "■ 停止");
    assert_eq!(k.reading(), None);
    assert!(k.sink.stops() > stops);
    k.harness.get_by_role_and_label(Role::Button, "▶ 読み上げ");
    // Nothing more is played once stopped.
    k.sink.finish();
    for _ in 0..20 {
        k.harness.step();
    }
    assert_eq!(k.played(), 4);
}

#[test]
fn a_whole_page_is_played_in_order_each_sentence_heard_and_longer_for_longer_text() {
    let mut k = kiosk(Settings::default(), RecordingSink::instant());
    k.open_first_page();
    let sentences = immuno_kiosk::app::screen_sentences(
        &Library::load(&ContentSource::embedded())
            .expect("content")
            .0,
        &Settings::default(),
        FIRST,
        "ja",
    );
    assert!(sentences.len() >= 8, "{sentences:?}");
    tap_button(&mut k.harness, "▶ 読み上げ");
    k.until("the page has been read to its end", |k| {
        k.played() == sentences.len() && k.reading().is_none()
    });
    let played = k.sink.played();
    for (pcm, sentence) in played.iter().zip(&sentences) {
        assert!(pcm.rms() > 300.0, "silent: {}", sentence.shown);
    }
    let (short, long) = sentences.iter().enumerate().fold((0, 0), |(s, l), (i, x)| {
        let len = |j: usize| sentences[j].spoken.chars().count();
        (
            if x.spoken.chars().count() < len(s) {
                i
            } else {
                s
            },
            if x.spoken.chars().count() > len(l) {
                i
            } else {
                l
            },
        )
    });
    assert!(
        played[long].duration() > played[short].duration() * 2,
        "{} is longer to say than {}",
        sentences[long].shown,
        sentences[short].shown
    );
}

#[test]
fn the_idle_warning_waits_while_speech_plays_and_the_reset_silences_it() {
    let settings = Settings {
        idle_timeout_secs: 60,
        idle_warning_secs: 20,
        ..Settings::default()
    };
    let mut k = kiosk(settings, RecordingSink::held());
    k.open_first_page();
    tap_button(&mut k.harness, "▶ 読み上げ");
    k.until("speech starts", |k| k.played() == 1);
    tap_button(&mut k.harness, "ゆっくり");
    tap_button(&mut k.harness, "大");
    // The sentence starts again with both (a first restart may sound before the second).
    k.until("the sentence starts again, slower and louder", |k| {
        let played = k.sink.played();
        played.len() >= 2
            && played[played.len() - 1].duration() > played[0].duration()
            && played[played.len() - 1].peak() > played[0].peak()
    });
    // Three minutes of listening, sentence after sentence, past the warning (at 60 s) and
    // the reset (at 80 s): no warning, no reset.
    let before = k.played();
    for more in 1..=9 {
        advance(&mut k.harness, 20.0);
        k.sink.finish();
        k.until("the next sentence sounds", |k| k.played() == before + more);
    }
    assert!(k.harness.query_by_label("まだご覧になりますか？").is_none());
    assert!(k.reading().is_some());
    // Paused, the visitor may have walked away: the timer runs again.
    tap_button(&mut k.harness, "一時停止");
    advance(&mut k.harness, 61.0);
    // Once speech is paused, the warning shows.
    k.harness
        .get_by_role_and_label(Role::AlertDialog, "まだご覧になりますか？");
    advance(&mut k.harness, 20.0);
    assert!(k.sink.stops() > 0);
    let session = k.harness.state().session();
    assert_eq!(session.screen, Screen::Attract);
    assert_eq!(session.reading, None);
    assert_eq!(session.speech_volume, Volume::Medium, "the volume is reset");
    assert_eq!(session.speech_rate, Rate::Normal);
}

#[test]
fn speech_that_hangs_does_not_keep_the_idle_reset_away() {
    let settings = Settings {
        idle_timeout_secs: 60,
        idle_warning_secs: 20,
        ..Settings::default()
    };
    let mut k = kiosk(settings, RecordingSink::held());
    k.open_first_page();
    tap_button(&mut k.harness, "▶ 読み上げ");
    k.until("speech starts", |k| k.played() == 1);
    // The sentence never ends (a player stuck on a broken output): the kiosk counts the
    // visitor as listening for the sentence's length and 45 s more, then as idle again.
    for _ in 0..30 {
        advance(&mut k.harness, 5.0);
    }
    assert_eq!(k.harness.state().session().screen, Screen::Attract);
    assert_eq!(k.reading(), None);
}

#[test]
fn a_language_change_stops_speech_at_once() {
    let mut k = kiosk(Settings::default(), RecordingSink::held());
    k.open_first_page();
    tap_button(&mut k.harness, "▶ 読み上げ");
    k.until("speech starts", |k| k.played() == 1);
    let stops = k.sink.stops();
    choose_language(&mut k.harness, "English");
    assert_eq!(k.reading(), None);
    assert!(k.sink.stops() > stops, "the Japanese sentence was cut off");
    // English is read by its own engine.
    tap_button(&mut k.harness, "▶ Read aloud");
    k.until("English speech starts", |k| k.played() == 2);
    assert_eq!(k.reading(), Some(Reading::start(FIRST, "en")));
    assert!(k.sink.played()[1].rms() > 300.0);
}

/// Runs frames until read-aloud has (again) finished starting on its thread.
fn wait_until_started(harness: &mut Harness<'static, KioskApp>) {
    let limit = Instant::now() + Duration::from_mins(1);
    while !harness.state().speech_started() {
        assert!(Instant::now() < limit, "read-aloud never finished starting");
        harness.step();
        std::thread::yield_now();
    }
}

/// Speech as a machine with no sound card has it; records the settings it was started with.
#[derive(Debug, Default)]
struct NoCard {
    devices: std::sync::Mutex<Vec<String>>,
}

impl SpeechFactory for NoCard {
    fn start(&self, settings: &Settings) -> Speech {
        self.devices
            .lock()
            .expect("not poisoned")
            .push(settings.speech_device.clone());
        Speech {
            devices: vec!["null".to_owned(), "default".to_owned()],
            ..Speech::off("no audio output: this machine has no sound card")
        }
    }
}

#[test]
fn without_a_sound_card_there_is_no_button_and_the_staff_screen_says_why() {
    let root = tempfile::tempdir().expect("a temporary directory");
    let paths = common::config_paths_in(root.path());
    let hash = immuno_kiosk::config::pin::hash_pin("2468").expect("hash");
    immuno_kiosk::config::set_pin_hash(&paths, &hash).expect("set pin");
    let factory = Arc::new(NoCard::default());
    let mut harness = common::harness_with_config_and_speech(
        LANDSCAPE,
        paths,
        Some(Arc::clone(&factory) as Arc<dyn SpeechFactory>),
    );
    wait_until_started(&mut harness);
    start_visit(&mut harness);
    tap_button(&mut harness, "まず、知っておきたいこと");
    assert!(harness.query_by_label("▶ 読み上げ").is_none());
    common::make_staff_gesture(&mut harness);
    common::enter_pin(&mut harness, "2468");
    tap(&mut harness, "設定…");
    harness
        .get_by_label_contains("読み上げは使えません。IT 担当者に伝えてください：no audio output: this machine has no sound card");
    // Staff choose the silent output from the list; saving starts speech again with it.
    tap_button(&mut harness, "null");
    tap_button(&mut harness, "保存");
    wait_until_started(&mut harness);
    assert_eq!(
        *factory.devices.lock().expect("not poisoned"),
        ["default", "null"],
        "speech was started at start-up, then again with the saved output"
    );
}

/// The sentence being read is brought into view: in Japanese on the landscape screen at
/// 100 %, and in English in portrait at 200 %. With `LOOK_DIR` set, every screen, language
/// and text size is checked, and a screenshot of each, in both themes, written there.
#[test]
fn the_sentence_read_is_scrolled_into_view() {
    let look = std::env::var_os("LOOK_DIR").map(PathBuf::from);
    let library = Library::load(&ContentSource::embedded())
        .expect("content")
        .0;
    for size in [LANDSCAPE, common::PORTRAIT] {
        for (language, lang) in [("日本語", "ja"), ("English", "en")] {
            for scale in ["100%", "200%"] {
                let checked = (size == LANDSCAPE && lang == "ja" && scale == "100%")
                    || (size == common::PORTRAIT && lang == "en" && scale == "200%");
                if look.is_none() && !checked {
                    continue;
                }
                let text = |id: &str| library.i18n.text(lang, id, &[]);
                let mut k = kiosk_at(size, Settings::default(), RecordingSink::held());
                k.until("read-aloud has started", |k| {
                    k.harness.state().speech_started()
                });
                start_visit(&mut k.harness);
                choose_language(&mut k.harness, language);
                tap_button(&mut k.harness, scale);
                tap_button(&mut k.harness, &text("track-core-title"));
                tap_button(&mut k.harness, &format!("▶ {}", text("speech-read")));
                let sentences = immuno_kiosk::app::screen_sentences(
                    &library,
                    &Settings::default(),
                    FIRST,
                    lang,
                );
                // A sentence far down the page: the last paragraph's.
                let target = sentences
                    .iter()
                    .rposition(|s| s.message_id.contains("-p-"))
                    .expect("the page has paragraphs");
                for played in 1..=target {
                    k.until("the next sentence sounds", |k| k.played() == played);
                    k.sink.finish();
                }
                k.until("the last paragraph sounds", |k| {
                    k.played() == target + 1 && k.reading().map(|r| r.sentence) == Some(target)
                });
                let shown = immuno_kiosk::text::plain(&sentences[target].message_text);
                let in_view = k
                    .harness
                    .query_all_by_label(&shown)
                    .map(|node| node.rect())
                    .any(|rect| rect.bottom() > 0.0 && rect.top() < size.y * 0.8);
                assert!(
                    in_view,
                    "{size:?} {language} {scale}: {shown:?} was not brought into view"
                );
                if let Some(dir) = &look {
                    for theme in ["light", "dark"] {
                        if theme == "dark" {
                            tap_button(&mut k.harness, &text("contrast-label"));
                        }
                        if let Ok(image) = k.harness.render() {
                            let file = format!(
                                "speech-{lang}-{}x{}-{}-{theme}.png",
                                size.x,
                                size.y,
                                scale.trim_end_matches('%')
                            );
                            image.save(dir.join(file)).expect("write a screenshot");
                        }
                    }
                }
            }
        }
    }
}
