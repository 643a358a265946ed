//! Read-aloud: what a page says, from the page layer, spoken sentence by sentence. No egui.
//!
//! - [`script`]: a page's items become sentences, each with the words it shows (for the
//!   highlight) and the words the engine is given (ruby readings and the content's reading
//!   overrides applied).
//! - [`engine`]: the offline engines, run as the system's programs: Open JTalk with the Mei
//!   voice for Japanese, Festival with the CMU US SLT HTS voice for English.
//! - [`pcm`]: synthesised audio, in memory and as WAV.
//! - [`sink`]: where audio goes: ALSA's `aplay`, or a recording for tests and machines with
//!   no sound card.
//! - [`cache`]: audio kept on disk, so that the first sentence of every page is ready before
//!   anyone asks.
//! - [`reader`]: the thread that synthesises ahead and plays, driven by the app.

pub mod cache;
pub mod engine;
pub mod pcm;
pub mod reader;
pub mod script;
pub mod sink;

/// Synthesised speech: mono, 16-bit samples at `sample_rate` (48 kHz from Open JTalk with
/// Mei, 32 kHz from Festival's HTS voice). Methods are in [`pcm`].
#[derive(Clone, Debug, Default, PartialEq, Eq)]
pub struct Pcm {
    /// Samples a second.
    pub sample_rate: u32,
    /// The samples, in order.
    pub samples: Vec<i16>,
}

/// An offline speech engine for one language. Shared by the reading thread and the cache's
/// warm-up, so it is `Send + Sync`; synthesis blocks until the audio is made.
pub trait Engine: Send + Sync {
    /// The engine and voice, with anything that changes the sound (for example
    /// `open_jtalk 1.11 mei_normal sha256:…`): part of every cache key, so audio made by
    /// another voice is never played.
    fn cache_key(&self) -> &str;

    /// Speaks `text` (one sentence, plain text, readings already applied) at `rate`.
    ///
    /// # Errors
    /// The engine could not run, or gave no audio.
    fn synthesize(&self, text: &str, rate: Rate) -> Result<Pcm, SpeechError>;
}

/// Where audio is played. `play` returns at once; the sound goes on until it ends or
/// [`Sink::stop`] is called.
pub trait Sink: Send {
    /// Starts playing `pcm`, stopping whatever was playing.
    ///
    /// # Errors
    /// The output could not be opened.
    fn play(&mut self, pcm: &Pcm) -> Result<(), SpeechError>;

    /// Whether the last `play` is still sounding.
    fn is_playing(&mut self) -> bool;

    /// Silences the output at once.
    fn stop(&mut self);
}

pub use crate::model::reading::{Rate, Volume};
pub use engine::{Festival, OpenJTalk};
pub use sink::{AplaySink, RecordingSink};

/// Why speech failed or cannot be offered. Each says what is missing and how to fix it.
#[derive(Debug, thiserror::Error)]
pub enum SpeechError {
    /// An engine's program or data is not installed.
    #[error("{what} is not installed (Debian package {package})")]
    NotInstalled {
        /// What is missing: a program or a file, by its path.
        what: String,
        /// The Debian package that provides it.
        package: &'static str,
    },
    /// No sound card or output device.
    #[error("no audio output: {0}")]
    NoDevice(String),
    /// A program ran but failed.
    #[error("{program} failed: {detail}")]
    Failed {
        /// The program.
        program: String,
        /// What it said, or its exit status.
        detail: String,
    },
    /// Audio that is not the WAV expected.
    #[error("unreadable audio: {0}")]
    BadAudio(String),
    /// Reading or writing a file.
    #[error("{path}: {source}")]
    Io {
        /// The file.
        path: String,
        /// What went wrong.
        source: std::io::Error,
    },
}
