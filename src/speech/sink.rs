//! Where audio goes: ALSA's `aplay` as a child process (no `-dev` package and no C build,
//! which `cpal`/`rodio` would need), or a recording, for tests and machines with no sound
//! card. Stopping kills `aplay`, so silence is immediate.

use std::io::Write as _;
use std::path::{Path, PathBuf};
use std::process::{Child, Command, Stdio};
use std::sync::{Arc, Mutex, PoisonError};
use std::thread::JoinHandle;

use super::engine::{find_program, kill};
use super::{Pcm, Sink, SpeechError};

/// The ALSA device that discards everything: always there, so tests and measurements run
/// the real `aplay` on a machine with no sound card.
pub const NULL_DEVICE: &str = "null";

/// Plays through `aplay -q -D <device> -t wav -`, fed the WAV on its input from a thread so
/// that [`Sink::play`] returns at once.
#[derive(Debug)]
pub struct AplaySink {
    program: PathBuf,
    device: String,
    playing: Option<Playing>,
}

/// One `aplay` run and the thread feeding it.
#[derive(Debug)]
struct Playing {
    child: Child,
    feeder: Option<JoinHandle<()>>,
}

impl Playing {
    /// Kills `aplay` (if still running), reaps it and joins the feeder, which the closed
    /// pipe releases.
    fn end(mut self) {
        kill(&mut self.child);
        if let Some(feeder) = self.feeder.take() {
            let _ = feeder.join();
        }
    }
}

impl AplaySink {
    /// A sink for the ALSA `device` (a name from [`output_devices`], or `default`).
    ///
    /// # Errors
    /// [`SpeechError::NotInstalled`] when `aplay` (Debian package `alsa-utils`) is missing.
    pub fn new(device: &str) -> Result<Self, SpeechError> {
        Ok(Self::with_program(
            &find_program("aplay", "alsa-utils")?,
            device,
        ))
    }

    /// A sink that runs `program` as `aplay`: for tests.
    pub fn with_program(program: &Path, device: &str) -> Self {
        Self {
            program: program.to_owned(),
            device: device.to_owned(),
            playing: None,
        }
    }

    /// The process id of the `aplay` playing now, if any: lets a test check that it is gone
    /// after [`Sink::stop`].
    pub fn process_id(&self) -> Option<u32> {
        self.playing.as_ref().map(|p| p.child.id())
    }
}

impl Sink for AplaySink {
    fn play(&mut self, pcm: &Pcm) -> Result<(), SpeechError> {
        self.stop();
        let mut child = Command::new(&self.program)
            .args(["-q", "-D", &self.device, "-t", "wav", "-"])
            .stdin(Stdio::piped())
            .stdout(Stdio::null())
            .stderr(Stdio::null())
            .spawn()
            .map_err(|e| {
                if e.kind() == std::io::ErrorKind::NotFound {
                    SpeechError::NotInstalled {
                        what: self.program.display().to_string(),
                        package: "alsa-utils",
                    }
                } else {
                    SpeechError::Failed {
                        program: self.program.display().to_string(),
                        detail: format!("could not start: {e}"),
                    }
                }
            })?;
        let feeder = child.stdin.take().map(|mut stdin| {
            let wav = pcm.to_wav();
            std::thread::spawn(move || {
                // Fails only when aplay is stopped or dies, which is_playing then shows.
                let _ = stdin.write_all(&wav);
            })
        });
        self.playing = Some(Playing { child, feeder });
        Ok(())
    }

    fn is_playing(&mut self) -> bool {
        let Some(playing) = &mut self.playing else {
            return false;
        };
        match playing.child.try_wait() {
            Ok(None) => return true,
            Ok(Some(status)) if !status.success() => {
                tracing::warn!("aplay -D {} ended with {status}", self.device);
            }
            Ok(Some(_)) | Err(_) => {}
        }
        if let Some(done) = self.playing.take() {
            done.end();
        }
        false
    }

    fn stop(&mut self) {
        if let Some(playing) = self.playing.take() {
            playing.end();
        }
    }
}

impl Drop for AplaySink {
    fn drop(&mut self) {
        self.stop();
    }
}

/// The PCM output names `aplay -L` lists, for the staff screen's device choice.
///
/// # Errors
/// [`SpeechError::NotInstalled`] when `aplay` is missing; [`SpeechError::Failed`] when it
/// fails.
pub fn output_devices() -> Result<Vec<String>, SpeechError> {
    devices_from(&find_program("aplay", "alsa-utils")?)
}

/// Runs `aplay FLAG` to its end, with its output.
fn aplay_output(aplay: &Path, flag: &str) -> Result<std::process::Output, SpeechError> {
    Command::new(aplay)
        .arg(flag)
        .stdin(Stdio::null())
        .output()
        .map_err(|e| SpeechError::Failed {
            program: aplay.display().to_string(),
            detail: e.to_string(),
        })
}

fn devices_from(aplay: &Path) -> Result<Vec<String>, SpeechError> {
    let output = aplay_output(aplay, "-L")?;
    if !output.status.success() {
        return Err(SpeechError::Failed {
            program: format!("{} -L", aplay.display()),
            detail: format!(
                "{}: {}",
                output.status,
                String::from_utf8_lossy(&output.stderr).trim()
            ),
        });
    }
    Ok(parse_device_list(&String::from_utf8_lossy(&output.stdout)))
}

/// The names in `aplay -L` output: the lines that do not start with a space (the indented
/// lines describe the name above them).
fn parse_device_list(listing: &str) -> Vec<String> {
    listing
        .lines()
        .filter(|line| !line.is_empty() && !line.starts_with(char::is_whitespace))
        .map(|line| line.trim().to_owned())
        .collect()
}

/// Whether speech can be played on `device`: the kiosk hides the read-aloud button, logs one
/// WARN and shows the reason on the staff screen when it cannot.
///
/// The device [`NULL_DEVICE`] is always usable.
///
/// # Errors
/// [`SpeechError::NotInstalled`] when `aplay` is missing; [`SpeechError::NoDevice`] with the
/// reason when there is no sound card or `device` is not one of the outputs.
pub fn check_output(device: &str) -> Result<(), SpeechError> {
    let aplay = find_program("aplay", "alsa-utils")?;
    if device == NULL_DEVICE {
        return Ok(());
    }
    let cards = std::fs::read_to_string("/proc/asound/cards").ok();
    check_cards(cards.as_deref())?;
    let card_list = aplay_output(&aplay, "-l")?;
    let said =
        String::from_utf8_lossy(&card_list.stdout) + String::from_utf8_lossy(&card_list.stderr);
    if said.contains("no soundcards found") {
        return Err(SpeechError::NoDevice(
            "no sound card: aplay -l finds none".to_owned(),
        ));
    }
    check_listed(device, &devices_from(&aplay)?)
}

/// The verdict of `/proc/asound/cards` (`None`: the file is missing).
fn check_cards(cards: Option<&str>) -> Result<(), SpeechError> {
    match cards {
        None => Err(SpeechError::NoDevice(
            "no sound card: /proc/asound/cards does not exist (no ALSA driver is loaded)"
                .to_owned(),
        )),
        Some(text) if text.trim().is_empty() || text.contains("no soundcards") => Err(
            SpeechError::NoDevice("no sound card: /proc/asound/cards lists none".to_owned()),
        ),
        Some(_) => Ok(()),
    }
}

/// Whether `device` is among `listed` (the output of `aplay -L`). A device written with
/// arguments (`hw:1,0`, `plughw:CARD=PCH`) is accepted when its plugin (`hw`, `plughw`) is
/// listed with any arguments.
fn check_listed(device: &str, listed: &[String]) -> Result<(), SpeechError> {
    let plugin = |name: &str| name.split(':').next().unwrap_or_default().to_owned();
    let found = listed.iter().any(|name| name == device)
        || (device.contains(':') && listed.iter().any(|name| plugin(name) == plugin(device)));
    if found {
        Ok(())
    } else {
        Err(SpeechError::NoDevice(format!(
            "the output {device:?} is not one of those aplay -L lists ({})",
            listed.join(", ")
        )))
    }
}

/// A sink that plays nothing and remembers everything: for tests, and for a machine with no
/// sound card. Clones share one recording, so a test keeps a handle while the reader owns
/// another.
#[derive(Clone, Debug, Default)]
pub struct RecordingSink {
    inner: Arc<(Mutex<Recording>, std::sync::Condvar)>,
}

#[derive(Debug, Default)]
struct Recording {
    played: Vec<Pcm>,
    stops: usize,
    playing: bool,
    held: bool,
}

impl RecordingSink {
    /// A play stays playing until [`RecordingSink::finish`] (or a stop): the test decides
    /// when a sentence has been heard, and nothing waits for time to pass.
    pub fn held() -> Self {
        Self::with_hold(true)
    }

    /// A play ends at once: for machines with no sound card, and tests that do not care
    /// when each sentence ends.
    pub fn instant() -> Self {
        Self::with_hold(false)
    }

    fn with_hold(held: bool) -> Self {
        Self {
            inner: Arc::new((
                Mutex::new(Recording {
                    held,
                    ..Recording::default()
                }),
                std::sync::Condvar::new(),
            )),
        }
    }

    fn lock(&self) -> std::sync::MutexGuard<'_, Recording> {
        self.inner.0.lock().unwrap_or_else(PoisonError::into_inner)
    }

    /// Waits until more than `seen` plays have been recorded, or `timeout` has passed;
    /// returns how many there are. For tests that wait on the reading thread without
    /// spinning.
    pub fn wait_for_play(&self, seen: usize, timeout: std::time::Duration) -> usize {
        let recording = self.lock();
        let (recording, _) = self
            .inner
            .1
            .wait_timeout_while(recording, timeout, |r| r.played.len() <= seen)
            .unwrap_or_else(PoisonError::into_inner);
        recording.played.len()
    }

    /// Everything played, in order.
    pub fn played(&self) -> Vec<Pcm> {
        self.lock().played.clone()
    }

    /// How many times [`Sink::stop`] was called.
    pub fn stops(&self) -> usize {
        self.lock().stops
    }

    /// Ends the current play, as the end of the audio would.
    pub fn finish(&self) {
        self.lock().playing = false;
    }

    /// Whether a play is sounding, without needing `&mut`.
    pub fn playing(&self) -> bool {
        self.lock().playing
    }
}

impl Sink for RecordingSink {
    fn play(&mut self, pcm: &Pcm) -> Result<(), SpeechError> {
        let mut recording = self.lock();
        recording.played.push(pcm.clone());
        recording.playing = recording.held;
        self.inner.1.notify_all();
        Ok(())
    }

    fn is_playing(&mut self) -> bool {
        self.playing()
    }

    fn stop(&mut self) {
        let mut recording = self.lock();
        recording.stops += 1;
        recording.playing = false;
    }
}

#[cfg(test)]
mod tests {
    use super::*;

    fn pcm(n: i16) -> Pcm {
        Pcm {
            sample_rate: 48_000,
            samples: vec![n; 4],
        }
    }

    #[test]
    fn a_held_recording_plays_until_finished_and_keeps_the_order() {
        let handle = RecordingSink::held();
        let mut sink: Box<dyn Sink> = Box::new(handle.clone());
        assert!(!sink.is_playing());
        sink.play(&pcm(1)).unwrap();
        assert!(sink.is_playing());
        assert!(sink.is_playing(), "still playing: only finish() ends it");
        handle.finish();
        assert!(!sink.is_playing());
        sink.play(&pcm(2)).unwrap();
        sink.stop();
        assert!(!sink.is_playing());
        assert_eq!(handle.played(), vec![pcm(1), pcm(2)]);
        assert_eq!(handle.stops(), 1);
    }

    #[test]
    fn an_instant_recording_ends_each_play_at_once() {
        let handle = RecordingSink::instant();
        let mut sink = handle.clone();
        sink.play(&pcm(3)).unwrap();
        assert!(!sink.is_playing());
        sink.play(&pcm(4)).unwrap();
        assert_eq!(handle.played(), vec![pcm(3), pcm(4)]);
        assert_eq!(handle.stops(), 0);
    }

    #[test]
    fn aplay_l_names_are_the_unindented_lines() {
        let listing = "null\n    Discard all samples\ndefault\n    Default ALSA Output\nhw:CARD=PCH,DEV=0\n    HDA Intel PCH, ALC892 Analog\n    Direct hardware device\n";
        assert_eq!(
            parse_device_list(listing),
            vec!["null", "default", "hw:CARD=PCH,DEV=0"]
        );
        assert!(parse_device_list("").is_empty());
    }

    #[test]
    fn no_cards_is_no_device_with_the_reason() {
        let missing = check_cards(None).unwrap_err().to_string();
        assert!(
            missing.contains("/proc/asound/cards does not exist"),
            "{missing}"
        );
        let none = check_cards(Some("--- no soundcards ---\n"))
            .unwrap_err()
            .to_string();
        assert!(none.contains("lists none"), "{none}");
        let one = " 0 [PCH            ]: HDA-Intel - HDA Intel PCH\n";
        assert!(check_cards(Some(one)).is_ok());
    }

    #[test]
    fn a_device_must_be_listed() {
        let listed: Vec<String> = [
            "null",
            "default",
            "hw:CARD=PCH,DEV=0",
            "plughw:CARD=PCH,DEV=0",
        ]
        .map(str::to_owned)
        .to_vec();
        assert!(check_listed("default", &listed).is_ok());
        assert!(check_listed("hw:CARD=PCH,DEV=0", &listed).is_ok());
        assert!(check_listed("plughw:1,0", &listed).is_ok());
        let err = check_listed("pulse", &listed).unwrap_err();
        assert!(
            matches!(err, SpeechError::NoDevice(ref why) if why.contains("\"pulse\"")),
            "{err}"
        );
        assert!(check_listed("default", &["null".to_owned()]).is_err());
    }
}
