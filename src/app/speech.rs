//! Read-aloud in the app: the visitor's commands start, pause and stop the reading thread;
//! the thread's reports move the highlight; a change of page carries reading on, and a
//! change of language, leaving the pages or the idle reset silences it at once.
//!
//! How speech is made and played is behind [`SpeechFactory`]: the kiosk's runs the system's
//! engines and `aplay`, a test's records what would have been played.

use std::path::PathBuf;
use std::sync::Arc;

use super::KioskApp;
use crate::config::Settings;
use crate::content::{Library, about_items, page_items};
use crate::model::{Reading, Screen, Session};
use crate::speech::reader::{Engines, Event, Job, Reader};
use crate::speech::script::{Readings, Sentence, sentences};
use crate::speech::{Engine, Festival, OpenJTalk, Rate, cache::Cache, sink};
use crate::ui::{Command, SpeechView};

/// How often the app looks at the reading thread while it speaks.
const POLL_SECS: f64 = 0.1;
/// How long a reading counts as listened to without news from the thread, past the end of
/// the sentence sounding (or, before the first, past the order): a thread or a player that
/// hangs must never keep the idle reset away for good.
const LISTEN_GRACE_SECS: f64 = 45.0;

/// Makes the reading thread for the settings in use.
pub trait SpeechFactory: Send + Sync + std::fmt::Debug {
    /// Read-aloud as `settings` ask for it, or why it cannot be offered.
    fn start(&self, settings: &Settings) -> Speech;
}

/// Read-aloud as it can be offered.
#[derive(Debug)]
pub struct Speech {
    /// The reading thread, when speech can be offered.
    pub reader: Option<Reader>,
    /// For the staff screen: the languages spoken, or why there is no speech.
    pub status: Result<Vec<String>, String>,
    /// The outputs staff can choose from.
    pub devices: Vec<String>,
}

impl Speech {
    /// No speech, for `reason`.
    pub fn off(reason: impl Into<String>) -> Self {
        Self {
            reader: None,
            status: Err(reason.into()),
            devices: Vec::new(),
        }
    }
}

/// The kiosk's speech: Open JTalk (Japanese) and Festival (English) as installed by the
/// system, played with `aplay` on the configured device; the Mei voice file and the audio
/// made ahead are kept under `dir`.
#[derive(Debug)]
pub struct SystemSpeech {
    /// Where the voice file is written and the audio cache kept.
    pub dir: PathBuf,
}

impl SpeechFactory for SystemSpeech {
    fn start(&self, settings: &Settings) -> Speech {
        if !settings.speech {
            return Speech::off("turned off in the settings (speech: false)");
        }
        let devices = sink::output_devices().unwrap_or_default();
        if let Err(error) = sink::check_output(&settings.speech_device) {
            tracing::warn!("read-aloud is not offered: {error}");
            return Speech {
                devices,
                ..Speech::off(error.to_string())
            };
        }
        let mut engines = Engines::new();
        let mut missing = Vec::new();
        match OpenJTalk::new(&self.dir) {
            Ok(engine) => {
                // やさしい日本語 is Japanese to the engine.
                let engine = Arc::new(engine) as Arc<dyn Engine>;
                engines.insert(crate::text::EASY_JAPANESE.to_owned(), Arc::clone(&engine));
                engines.insert("ja".to_owned(), engine);
            }
            Err(error) => missing.push(format!("ja: {error}")),
        }
        match Festival::new() {
            Ok(engine) => {
                engines.insert("en".to_owned(), Arc::new(engine) as Arc<dyn Engine>);
            }
            Err(error) => missing.push(format!("en: {error}")),
        }
        for why in &missing {
            tracing::warn!("read-aloud: {why}");
        }
        if engines.is_empty() {
            return Speech {
                devices,
                ..Speech::off(missing.join("; "))
            };
        }
        let mut languages: Vec<String> = engines.keys().cloned().collect();
        languages.sort();
        let sink = match sink::AplaySink::new(&settings.speech_device) {
            Ok(sink) => Box::new(sink),
            Err(error) => {
                tracing::warn!("read-aloud is not offered: {error}");
                return Speech {
                    devices,
                    ..Speech::off(error.to_string())
                };
            }
        };
        let cache = Cache::new(self.dir.join("cache"));
        Speech {
            reader: Some(Reader::start(engines, sink, Some(cache))),
            status: Ok(languages),
            devices,
        }
    }
}

/// The app's read-aloud state.
#[derive(Debug)]
pub(super) struct SpeechState {
    pub(super) factory: Option<Arc<dyn SpeechFactory>>,
    pub(super) speech: Speech,
    /// The sentences of the page being read.
    sentences: Vec<Sentence>,
    /// The number of the reading in progress (reports of others are stale).
    reading: Option<u64>,
    /// The sentence just changed: scroll it into view in the next frame.
    scroll: bool,
    /// Speech being started on a thread of its own (checking the output, writing the voice,
    /// starting Festival take a fraction of a second, which the first frame does not wait
    /// for); it is taken in when ready.
    starting: Option<std::sync::mpsc::Receiver<Speech>>,
    /// This frame's time (the app's clock, in seconds).
    now: f64,
    /// Until when a playing reading keeps the idle timer from running.
    listen_until: f64,
}

impl SpeechState {
    /// Starts speech with `factory`, if any, for `settings`, on a thread of its own.
    pub(super) fn new(factory: Option<Arc<dyn SpeechFactory>>, settings: &Settings) -> Self {
        let mut state = Self {
            factory,
            speech: Speech::off("not started (no speech in this run)"),
            sentences: Vec::new(),
            reading: None,
            scroll: false,
            starting: None,
            now: 0.0,
            listen_until: 0.0,
        };
        state.start(settings);
        state
    }

    /// Starts speech again for `settings` (the old reader stops when dropped).
    fn start(&mut self, settings: &Settings) {
        let Some(factory) = self.factory.clone() else {
            return;
        };
        self.speech = Speech::off("starting");
        let (sender, receiver) = std::sync::mpsc::channel();
        let settings = settings.clone();
        let spawned = std::thread::Builder::new()
            .name("speech start".to_owned())
            .spawn(move || {
                // The receiver is gone only if the app has already gone or restarted speech.
                sender.send(factory.start(&settings)).ok();
            });
        match spawned {
            Ok(_) => self.starting = Some(receiver),
            Err(error) => {
                tracing::warn!("read-aloud is not offered: cannot start a thread: {error}");
                self.speech = Speech::off(format!("cannot start a thread: {error}"));
            }
        }
    }
}

/// Every sentence to make ahead: the first of every page and of the about screen, in every
/// language that has an engine, at both speeds.
pub fn warm_up_list(
    library: &Library,
    settings: &Settings,
    speaks: impl Fn(&str) -> bool,
) -> Vec<(String, Rate, String)> {
    let desk = settings.consultation.as_ref();
    let mut out = Vec::new();
    for lang in library.i18n.languages().filter(|l| speaks(l)) {
        let readings = readings_of(library, lang);
        let mut pages = vec![about_items(library, lang, desk)];
        for track in 0..library.spec.tracks.len() {
            for page in 0..library.track_len(track) {
                pages.push(page_items(library, lang, desk, track, page));
            }
        }
        for items in pages {
            if let Some(first) = sentences(&items, &readings).into_iter().next() {
                for rate in [Rate::Normal, Rate::Slow] {
                    out.push((lang.to_owned(), rate, first.spoken.clone()));
                }
            }
        }
    }
    out
}

/// The reading overrides of `lang` (its own, never another language's).
fn readings_of(library: &Library, lang: &str) -> Readings {
    if !library
        .i18n
        .defines(lang, crate::i18n::ids::SPEECH_READINGS)
    {
        return Readings::default();
    }
    let text = library
        .i18n
        .message(lang, crate::i18n::ids::SPEECH_READINGS)
        .unwrap_or_default();
    // check-content reports a bad line; the kiosk reads with none rather than stop.
    Readings::parse(&text).unwrap_or_default()
}

/// The sentences read on `screen` in `lang`.
pub fn screen_sentences(
    library: &Library,
    settings: &Settings,
    screen: Screen,
    lang: &str,
) -> Vec<Sentence> {
    let desk = settings.consultation.as_ref();
    let items = match screen {
        Screen::Page { track, page } => page_items(library, lang, desk, track, page),
        Screen::About => about_items(library, lang, desk),
        Screen::Attract | Screen::Home => return Vec::new(),
    };
    sentences(&items, &readings_of(library, lang))
}

/// Whether read-aloud is offered on the visitor's screen, in their language.
fn offered(state: &SpeechState, session: &Session) -> bool {
    state
        .speech
        .reader
        .as_ref()
        .is_some_and(|r| r.speaks(&session.locale))
        && session.screen.can_be_read()
}

/// What the views need to know of read-aloud.
pub(super) fn speech_view<'a>(state: &'a SpeechState, session: &'a Session) -> SpeechView<'a> {
    let sentence = session
        .reading
        .as_ref()
        .filter(|r| r.screen == session.screen)
        .and_then(|r| state.sentences.get(r.sentence))
        .map(|s| (s.message_text.as_str(), (s.range.start, s.range.end)));
    SpeechView {
        offered: offered(state, session),
        reading: session.reading.as_ref(),
        sentence,
        scroll: state.scroll,
    }
}

impl KioskApp {
    /// Whether read-aloud is offered to the visitor now.
    fn speech_offered(&self) -> bool {
        offered(&self.speech, &self.session)
    }

    /// Starts reading the visitor's screen from `from`.
    fn start_reading(&mut self, from: usize) {
        let Some(reader) = self.speech.speech.reader.as_ref() else {
            return;
        };
        let screen = self.session.screen;
        let lang = self.session.locale.clone();
        self.speech.sentences = screen_sentences(&self.library, &self.settings, screen, &lang);
        if self.speech.sentences.is_empty() {
            self.session.reading = None;
            return;
        }
        let from = from.min(self.speech.sentences.len() - 1);
        let id = reader.read(Job {
            lang: lang.clone(),
            sentences: self.speech.sentences.clone(),
            from,
            rate: self.session.speech_rate,
            volume: self.session.speech_volume,
        });
        self.speech.reading = Some(id);
        self.speech.listen_until = self.speech.now + LISTEN_GRACE_SECS;
        let mut reading = Reading::start(screen, &lang);
        reading.sentence = from;
        self.session.reading = Some(reading);
        self.speech.scroll = true;
    }

    /// Silences speech at once.
    pub(super) fn stop_speech(&mut self) {
        if let Some(reader) = self.speech.speech.reader.as_ref()
            && self.speech.reading.take().is_some()
        {
            reader.stop();
        }
    }

    /// The visitor's read-aloud commands.
    pub(super) fn apply_speech(&mut self, command: &Command) {
        match *command {
            Command::ReadAloud if self.speech_offered() => self.start_reading(0),
            Command::PauseReading => {
                self.stop_speech();
                if let Some(reading) = &mut self.session.reading {
                    reading.paused = true;
                }
            }
            Command::ResumeReading => {
                let from = self.session.reading.as_ref().map_or(0, |r| r.sentence);
                self.start_reading(from);
            }
            Command::StopReading => {
                self.stop_speech();
                self.session.reading = None;
            }
            Command::SetSpeechRate(rate) => {
                self.session.speech_rate = rate;
                self.restart_if_playing();
            }
            Command::SetSpeechVolume(volume) => {
                self.session.speech_volume = volume;
                self.restart_if_playing();
            }
            _ => {}
        }
    }

    /// A new speed or volume is heard at once: the sentence sounding starts again with it.
    fn restart_if_playing(&mut self) {
        if let Some(reading) = &self.session.reading
            && reading.is_playing()
        {
            let from = reading.sentence;
            self.start_reading(from);
        }
    }

    /// After this frame's commands: reading follows the visitor to the next page, and stops
    /// on anything else (a new language, home, the idle reset).
    pub(super) fn follow_reading(&mut self) {
        let Some(reading) = self.session.reading.clone() else {
            self.stop_speech();
            return;
        };
        let before = reading.screen;
        match reading.follow(self.session.screen, &self.session.locale) {
            None => {
                self.stop_speech();
                self.session.reading = None;
            }
            Some(next) if next.screen != before => {
                self.stop_speech();
                self.start_reading(0);
            }
            Some(_) => {}
        }
    }

    /// Takes the reading thread's reports: the sentence sounding, the end, a failure.
    pub(super) fn poll_speech(&mut self, now: f64) {
        self.speech.scroll = false;
        self.speech.now = now;
        if let Some(starting) = &self.speech.starting {
            match starting.try_recv() {
                Ok(speech) => {
                    self.speech.speech = speech;
                    self.speech.starting = None;
                    self.warm_up_speech();
                }
                Err(std::sync::mpsc::TryRecvError::Empty) => {}
                Err(std::sync::mpsc::TryRecvError::Disconnected) => {
                    tracing::warn!("read-aloud is not offered: its start failed");
                    self.speech.speech = Speech::off("its start failed");
                    self.speech.starting = None;
                }
            }
        }
        let Some(reader) = self.speech.speech.reader.as_ref() else {
            return;
        };
        for event in reader.poll() {
            match event {
                Event::Speaking {
                    reading,
                    index,
                    first_sound,
                    length,
                } if Some(reading) == self.speech.reading => {
                    self.speech.listen_until = now + length.as_secs_f64() + LISTEN_GRACE_SECS;
                    if let Some(ms) = first_sound.map(|d| d.as_millis()) {
                        tracing::info!(first_sound_ms = ms, "read-aloud started");
                    }
                    if let Some(current) = &mut self.session.reading {
                        current.sentence = index;
                        self.speech.scroll = true;
                    }
                }
                Event::Finished { reading } if Some(reading) == self.speech.reading => {
                    self.speech.reading = None;
                    self.session.reading = None;
                }
                Event::Failed { reading, error } if Some(reading) == self.speech.reading => {
                    tracing::warn!("read-aloud stopped: {error}");
                    self.speech.reading = None;
                    self.session.reading = None;
                }
                _ => {}
            }
        }
    }

    /// Whether the visitor is listening: a reading plays, and the thread has given news of it
    /// recently enough.
    pub(super) fn listening(&self, now: f64) -> bool {
        self.session
            .reading
            .as_ref()
            .is_some_and(Reading::is_playing)
            && now < self.speech.listen_until
    }

    /// While speech plays or is being started, the app looks at it this often, in seconds.
    pub(super) fn secs_until_speech_poll(&self) -> Option<f64> {
        (self.speech.starting.is_some()
            || self
                .session
                .reading
                .as_ref()
                .is_some_and(Reading::is_playing))
        .then_some(POLL_SECS)
    }

    /// Whether read-aloud has finished starting (whether or not it can be offered).
    pub fn speech_started(&self) -> bool {
        self.speech.starting.is_none()
    }

    /// New settings: speech is started again if whether, or where, it plays changed.
    pub(super) fn restart_speech(&mut self, before: &Settings) {
        if before.speech == self.settings.speech
            && before.speech_device == self.settings.speech_device
        {
            return;
        }
        self.stop_speech();
        self.session.reading = None;
        let settings = self.settings.clone();
        self.speech.start(&settings);
    }

    /// Makes the first sentence of every page ahead, in the background.
    pub(super) fn warm_up_speech(&self) {
        if let Some(reader) = self.speech.speech.reader.as_ref() {
            let list = warm_up_list(&self.library, &self.settings, |lang| reader.speaks(lang));
            reader.warm_up(list);
        }
    }
}
