//! The offline engines, run as the system's programs: Open JTalk with the Mei voice for
//! Japanese and Festival with the CMU US SLT HTS voice for English (issue 17 and its research
//! report chose both by measurement and listening).
//!
//! Text never reaches a command line: Open JTalk reads it on its input, Festival inside a
//! quoted Scheme string with every quote and backslash escaped. Every run has a time limit,
//! and files go to a private temporary directory.

use std::fmt::Write as _;
use std::io::{BufRead as _, BufReader, Read as _, Write as _};
use std::path::{Path, PathBuf};
use std::process::{Child, ChildStdin, Command, Stdio};
use std::sync::mpsc::{self, Receiver, RecvTimeoutError};
use std::sync::{Mutex, PoisonError};
use std::time::{Duration, Instant};

use blake2::{Blake2s256, Digest as _};
use wait_timeout::ChildExt as _;

use super::{Engine, Pcm, Rate, SpeechError};

/// The longest an engine may take for one sentence before it is killed: a hung engine must
/// not hang the reading thread. Each engine can be given another with `with_time_limit`.
pub const TIME_LIMIT: Duration = Duration::from_secs(30);

/// Where Debian's `open-jtalk-mecab-naist-jdic` installs Open JTalk's dictionary.
pub const OPEN_JTALK_DICTIONARY: &str = "/var/lib/mecab/dic/open-jtalk/naist-jdic";

/// The Mei voice (HTS Voice Mei © 2009-2013 Nagoya Institute of Technology, CC BY 3.0; see
/// `assets/voices/mei/`). Debian ships no Japanese voice in `main`, so the binary carries it.
pub const MEI_VOICE: &[u8] = include_bytes!("../../assets/voices/mei/mei_normal.htsvoice");

/// The file name the voice is written under, in the directory the caller gives.
pub const MEI_FILE_NAME: &str = "mei_normal.htsvoice";

/// Open JTalk reads one line of at most 1023 bytes and cuts the rest (in the middle of a
/// character if need be); longer text is given to it in pieces no longer than this.
const OPEN_JTALK_MAX_BYTES: usize = 900;

/// The speed at which Open JTalk speaks when only its reading is wanted. It has no option to
/// stop before the audio, which takes most of its time; the reading comes from the text
/// analysis before it, which the speed does not change, and five times the speed makes a
/// fifth of the audio (40 terms: 0.9 s instead of 3.5 s).
const READING_SPEED: f32 = 5.0;

/// Japanese speech with Open JTalk and the Mei voice.
#[derive(Debug)]
pub struct OpenJTalk {
    program: PathBuf,
    dictionary: PathBuf,
    voice: PathBuf,
    key: String,
    time_limit: Duration,
}

impl OpenJTalk {
    /// Finds `open_jtalk` on `PATH` and Debian's dictionary, and writes the Mei voice into
    /// `voice_dir` (a directory the kiosk may write, such as its cache directory).
    ///
    /// # Errors
    /// [`SpeechError::NotInstalled`] naming the Debian package that is missing, or
    /// [`SpeechError::Io`] when the voice cannot be written.
    pub fn new(voice_dir: &Path) -> Result<Self, SpeechError> {
        let program = find_program("open_jtalk", "open-jtalk")?;
        Self::with_paths(&program, Path::new(OPEN_JTALK_DICTIONARY), voice_dir)
    }

    /// As [`OpenJTalk::new`], with the program and dictionary given: for tests, and for a
    /// machine that has them elsewhere.
    ///
    /// # Errors
    /// As [`OpenJTalk::new`].
    pub fn with_paths(
        program: &Path,
        dictionary: &Path,
        voice_dir: &Path,
    ) -> Result<Self, SpeechError> {
        if !program.is_file() {
            return Err(SpeechError::NotInstalled {
                what: program.display().to_string(),
                package: "open-jtalk",
            });
        }
        let sys_dic = dictionary.join("sys.dic");
        let Ok(dictionary_meta) = std::fs::metadata(&sys_dic) else {
            return Err(SpeechError::NotInstalled {
                what: sys_dic.display().to_string(),
                package: "open-jtalk-mecab-naist-jdic",
            });
        };
        let voice = install_voice(voice_dir)?;
        let version = open_jtalk_version(program);
        let key = format!(
            "open_jtalk {version} mei_normal blake2s:{} naist-jdic {} bytes",
            hex(&Blake2s256::digest(MEI_VOICE)),
            dictionary_meta.len(),
        );
        Ok(Self {
            program: program.to_owned(),
            dictionary: dictionary.to_owned(),
            voice,
            key,
            time_limit: TIME_LIMIT,
        })
    }

    /// The same engine with another limit on each run than [`TIME_LIMIT`]: for a machine
    /// so busy that a sentence may wait long for a core, such as the full speech walk run
    /// beside builds at the lowest priority.
    #[must_use]
    pub const fn with_time_limit(mut self, limit: Duration) -> Self {
        self.time_limit = limit;
        self
    }

    /// Where the voice was written.
    pub fn voice_path(&self) -> &Path {
        &self.voice
    }

    /// The katakana reading Open JTalk gives `text` (its text-analysis trace, punctuation
    /// dropped): what the readings test and the content check compare with the expected kana.
    ///
    /// # Errors
    /// The program could not run or its trace was unreadable.
    pub fn reading(&self, text: &str) -> Result<String, SpeechError> {
        let mut readings = self.readings(&[text])?;
        Ok(readings.pop().unwrap_or_default())
    }

    /// The readings of many short terms, in as few runs of Open JTalk as its 1023-byte line
    /// allows (about 60 glossary terms take two or three runs instead of 60): the terms are
    /// joined with 「。」 and the trace is split at those full stops. The result has one
    /// reading per term, the same as [`OpenJTalk::reading`] gives for each alone.
    ///
    /// # Errors
    /// The program could not run, or its trace did not split into one part per term (a term
    /// that holds 「。」 itself).
    pub fn readings(&self, texts: &[&str]) -> Result<Vec<String>, SpeechError> {
        let mut readings = Vec::with_capacity(texts.len());
        let mut batch: Vec<String> = Vec::new();
        let mut batch_bytes = 0;
        for text in texts {
            let term = one_line(text);
            if !batch.is_empty() && batch_bytes + term.len() + "。".len() > OPEN_JTALK_MAX_BYTES {
                readings.extend(self.read_batch(&batch)?);
                batch.clear();
                batch_bytes = 0;
            }
            batch_bytes += term.len() + "。".len();
            batch.push(term);
        }
        if !batch.is_empty() {
            readings.extend(self.read_batch(&batch)?);
        }
        Ok(readings)
    }

    /// One run of Open JTalk over `terms` joined with 「。」.
    fn read_batch(&self, terms: &[String]) -> Result<Vec<String>, SpeechError> {
        let scratch = scratch_dir()?;
        let trace = scratch.path().join("trace.txt");
        let wav = scratch.path().join("out.wav");
        let mut input = terms.join("。");
        input.push_str("。\n");
        let mut command = self.command(READING_SPEED, &wav);
        command.arg("-ot").arg(&trace);
        run(command, "open_jtalk", input.as_bytes(), self.time_limit)?;
        let text = read_file(&trace)?;
        let readings = split_readings(&String::from_utf8_lossy(&text));
        if readings.len() != terms.len() {
            return Err(SpeechError::Failed {
                program: "open_jtalk".to_owned(),
                detail: format!(
                    "{} readings for {} terms (a term holds 「。」?): {}",
                    readings.len(),
                    terms.len(),
                    terms.join(" / ")
                ),
            });
        }
        Ok(readings)
    }

    /// The phonemes Open JTalk says for `text`, from its own full-context labels (the current
    /// phoneme of each label, between `-` and `+`), in order, without the silences (`sil`,
    /// `pau`). Devoiced vowels (`I`, `U`) are given in lower case: they are the same vowel,
    /// whispered.
    ///
    /// # Errors
    /// The program could not run.
    pub fn phonemes(&self, text: &str) -> Result<Vec<String>, SpeechError> {
        let scratch = scratch_dir()?;
        let trace = scratch.path().join("trace.txt");
        let wav = scratch.path().join("out.wav");
        let mut command = self.command(READING_SPEED, &wav);
        command.arg("-ot").arg(&trace);
        run(
            command,
            "open_jtalk",
            format!("{}\n", one_line(text)).as_bytes(),
            self.time_limit,
        )?;
        Ok(label_phonemes(&String::from_utf8_lossy(&read_file(
            &trace,
        )?)))
    }

    /// `open_jtalk` with the dictionary, the voice, the speed (1 is the voice's own) and the
    /// output file; the text goes on its input.
    fn command(&self, speed: f32, wav: &Path) -> Command {
        let mut command = Command::new(&self.program);
        command
            .arg("-x")
            .arg(&self.dictionary)
            .arg("-m")
            .arg(&self.voice)
            .arg("-ow")
            .arg(wav);
        if (speed - 1.0).abs() > f32::EPSILON {
            command.arg("-r").arg(format!("{speed:.3}"));
        }
        command
    }

    /// Speaks one piece of at most [`OPEN_JTALK_MAX_BYTES`].
    fn synthesize_piece(&self, piece: &str, rate: Rate) -> Result<Pcm, SpeechError> {
        let scratch = scratch_dir()?;
        let wav = scratch.path().join("out.wav");
        let input = format!("{piece}\n");
        let speed = 1.0 / rate.stretch();
        run(
            self.command(speed, &wav),
            "open_jtalk",
            input.as_bytes(),
            self.time_limit,
        )?;
        Pcm::from_wav(&read_file(&wav)?)
    }
}

impl Engine for OpenJTalk {
    fn cache_key(&self) -> &str {
        &self.key
    }

    fn synthesize(&self, text: &str, rate: Rate) -> Result<Pcm, SpeechError> {
        let text = one_line(text);
        let mut out = Pcm {
            sample_rate: 48_000,
            samples: Vec::new(),
        };
        for piece in pieces(&text, OPEN_JTALK_MAX_BYTES) {
            let pcm = self.synthesize_piece(piece, rate)?;
            out.sample_rate = pcm.sample_rate;
            out.samples.extend_from_slice(&pcm.samples);
        }
        Ok(out)
    }
}

/// Writes the embedded voice to `dir` unless an identical copy is there: written to a
/// temporary file and renamed, so a reader never sees half a voice.
fn install_voice(dir: &Path) -> Result<PathBuf, SpeechError> {
    let path = dir.join(MEI_FILE_NAME);
    if std::fs::read(&path).is_ok_and(|existing| existing == MEI_VOICE) {
        return Ok(path);
    }
    let io = |source| SpeechError::Io {
        path: path.display().to_string(),
        source,
    };
    std::fs::create_dir_all(dir).map_err(io)?;
    let mut temp = tempfile::NamedTempFile::new_in(dir).map_err(io)?;
    temp.write_all(MEI_VOICE).map_err(io)?;
    temp.as_file().sync_all().map_err(io)?;
    temp.persist(&path).map_err(|e| io(e.error))?;
    Ok(path)
}

/// The version Open JTalk prints in its usage text ("unknown" if it prints none).
fn open_jtalk_version(program: &Path) -> String {
    let Ok(output) = Command::new(program)
        .stdin(Stdio::null())
        .stdout(Stdio::piped())
        .stderr(Stdio::piped())
        .output()
    else {
        return "unknown".to_owned();
    };
    let text = String::from_utf8_lossy(&output.stdout) + String::from_utf8_lossy(&output.stderr);
    text.split_whitespace()
        .skip_while(|word| *word != "Version")
        .nth(1)
        .map_or_else(|| "unknown".to_owned(), str::to_owned)
}

/// The readings in Open JTalk's trace, one per part between full stops: field 9 of each line
/// of the text-analysis section, pauses and punctuation (read 「、」) dropped.
fn split_readings(trace: &str) -> Vec<String> {
    let mut readings = Vec::new();
    let mut current = String::new();
    let mut in_section = false;
    for line in trace.lines() {
        if line.starts_with('[') {
            in_section = line.starts_with("[Text analysis result]");
            continue;
        }
        if !in_section || line.trim().is_empty() {
            continue;
        }
        let fields: Vec<&str> = line.split(',').collect();
        let (Some(surface), Some(reading)) = (fields.first(), fields.get(8)) else {
            continue;
        };
        if *surface == "。" {
            readings.push(std::mem::take(&mut current));
        } else if *reading != "、" {
            current.push_str(reading);
        }
    }
    if !current.is_empty() {
        readings.push(current);
    }
    readings
}

/// The current phoneme of each line of the trace's `[Output label]` section.
fn label_phonemes(trace: &str) -> Vec<String> {
    let mut phonemes = Vec::new();
    let mut in_section = false;
    for line in trace.lines() {
        if line.starts_with('[') {
            in_section = line.starts_with("[Output label]");
            continue;
        }
        if !in_section {
            continue;
        }
        let Some(label) = line.split_whitespace().last() else {
            continue;
        };
        let current = label
            .split_once('-')
            .and_then(|(_, rest)| rest.split_once('+'))
            .map(|(phoneme, _)| phoneme);
        if let Some(phoneme) = current.filter(|p| !matches!(*p, "sil" | "pau" | "xx")) {
            // Devoiced vowels are written in upper case (N is a phoneme of its own).
            let voiced = match phoneme {
                "A" | "I" | "U" | "E" | "O" => phoneme.to_lowercase(),
                _ => phoneme.to_owned(),
            };
            phonemes.push(voiced);
        }
    }
    phonemes
}

/// English speech with Festival and the CMU US SLT HTS voice, from one long-lived
/// `festival` process fed a sentence at a time: a median of 0.2 s a sentence of the core
/// track instead of 0.6 s for a `text2wave` run, which loads the voice every time. The
/// process is started again if it dies or hangs; a [`Mutex`] lets several threads share it.
#[derive(Debug)]
pub struct Festival {
    program: PathBuf,
    key: String,
    scratch: tempfile::TempDir,
    server: Mutex<Option<FestivalServer>>,
    time_limit: Duration,
}

/// The Scheme that selects the voice.
const FESTIVAL_VOICE: &str = "voice_cmu_us_slt_arctic_hts";

/// Festival's Scheme heap, in cells. Its default (10 million) makes the process 330 MB
/// before it says a word; a million keeps it near 60 MB, and is ample for the pieces it is
/// given (it runs out, and crashes, near 3,000 characters in one utterance).
const FESTIVAL_HEAP_CELLS: &str = "1000000";

/// The longest text given to Festival as one utterance; longer text is given in pieces, cut
/// at punctuation, so that it stays well within [`FESTIVAL_HEAP_CELLS`].
const FESTIVAL_MAX_BYTES: usize = 600;

impl Festival {
    /// Finds `festival` on `PATH` and starts it with the voice.
    ///
    /// # Errors
    /// [`SpeechError::NotInstalled`] naming `festival` or `festvox-us-slt-hts`.
    pub fn new() -> Result<Self, SpeechError> {
        let program = find_program("festival", "festival")?;
        Self::with_program(&program)
    }

    /// As [`Festival::new`] with the program given.
    ///
    /// # Errors
    /// As [`Festival::new`].
    pub fn with_program(program: &Path) -> Result<Self, SpeechError> {
        if !program.is_file() {
            return Err(SpeechError::NotInstalled {
                what: program.display().to_string(),
                package: "festival",
            });
        }
        let scratch = scratch_dir()?;
        let server = FestivalServer::start(program, TIME_LIMIT)?;
        let key = format!("festival {} {FESTIVAL_VOICE}", server.version);
        Ok(Self {
            program: program.to_owned(),
            key,
            scratch,
            server: Mutex::new(Some(server)),
            time_limit: TIME_LIMIT,
        })
    }

    /// The same engine with another limit on each sentence than [`TIME_LIMIT`], as
    /// [`OpenJTalk::with_time_limit`].
    #[must_use]
    pub fn with_time_limit(mut self, limit: Duration) -> Self {
        self.time_limit = limit;
        let server = self
            .server
            .get_mut()
            .unwrap_or_else(PoisonError::into_inner);
        if let Some(server) = server {
            server.time_limit = limit;
        }
        self
    }

    /// The process id of the running `festival` (none before the first start after a
    /// failure): lets a test kill it and see it come back.
    pub fn process_id(&self) -> Option<u32> {
        let server = self.server.lock().unwrap_or_else(PoisonError::into_inner);
        server.as_ref().map(|s| s.child.id())
    }
}

impl Engine for Festival {
    fn cache_key(&self) -> &str {
        &self.key
    }

    fn synthesize(&self, text: &str, rate: Rate) -> Result<Pcm, SpeechError> {
        let text = festival_text(text);
        if text.is_empty() {
            return Ok(Pcm {
                sample_rate: 32_000,
                samples: Vec::new(),
            });
        }
        let mut out = Pcm {
            sample_rate: 32_000,
            samples: Vec::new(),
        };
        for piece in pieces(&text, FESTIVAL_MAX_BYTES) {
            let pcm = self.synthesize_piece(piece, rate)?;
            out.sample_rate = pcm.sample_rate;
            out.samples.extend_from_slice(&pcm.samples);
        }
        Ok(out)
    }
}

impl Festival {
    /// Speaks one piece of at most [`FESTIVAL_MAX_BYTES`] on the long-lived process.
    fn synthesize_piece(&self, text: &str, rate: Rate) -> Result<Pcm, SpeechError> {
        let mut server = self.server.lock().unwrap_or_else(PoisonError::into_inner);
        // One more try on a fresh process, if the process had died before this sentence.
        for attempt in 0..2 {
            let running = match server.take() {
                Some(running) => running,
                None => FestivalServer::start(&self.program, self.time_limit)?,
            };
            let mut running = running;
            match running.speak(text, rate, self.scratch.path()) {
                Ok(pcm) => {
                    *server = Some(running);
                    return Ok(pcm);
                }
                Err(FestivalFailure::Died(detail)) if attempt == 0 => {
                    tracing::warn!("festival had stopped ({detail}); starting it again");
                }
                Err(FestivalFailure::Died(detail) | FestivalFailure::Hung(detail)) => {
                    return Err(festival_failed(detail));
                }
                Err(FestivalFailure::Error(error)) => {
                    *server = Some(running);
                    return Err(error);
                }
            }
        }
        Err(festival_failed("stopped twice".to_owned()))
    }
}

fn festival_failed(detail: String) -> SpeechError {
    SpeechError::Failed {
        program: "festival".to_owned(),
        detail,
    }
}

/// How a sentence sent to the long-lived process can fail.
enum FestivalFailure {
    /// The process is gone: start another.
    Died(String),
    /// The process took longer than its time limit and was killed.
    Hung(String),
    /// The process is fine, but this sentence failed.
    Error(SpeechError),
}

/// A running `festival --pipe`: Scheme in on its input, markers back on its error output
/// (which is not buffered, unlike its output).
#[derive(Debug)]
struct FestivalServer {
    child: Child,
    stdin: ChildStdin,
    lines: Receiver<String>,
    next: u64,
    version: String,
    time_limit: Duration,
}

impl FestivalServer {
    fn start(program: &Path, time_limit: Duration) -> Result<Self, SpeechError> {
        let mut child = Command::new(program)
            .args(["--heap", FESTIVAL_HEAP_CELLS, "--pipe"])
            .stdin(Stdio::piped())
            .stdout(Stdio::null())
            .stderr(Stdio::piped())
            .spawn()
            .map_err(|e| spawn_error(program, "festival", &e))?;
        let (Some(stdin), Some(stderr)) = (child.stdin.take(), child.stderr.take()) else {
            kill(&mut child);
            return Err(festival_failed("no pipes to the process".to_owned()));
        };
        let (sender, lines) = mpsc::channel();
        std::thread::Builder::new()
            .name("festival-stderr".to_owned())
            .spawn(move || {
                for line in BufReader::new(stderr).lines() {
                    let Ok(line) = line else { break };
                    if sender.send(line).is_err() {
                        break;
                    }
                }
            })
            .map_err(|e| festival_failed(format!("no thread to read it: {e}")))?;
        let mut server = Self {
            child,
            stdin,
            lines,
            next: 0,
            version: String::new(),
            time_limit,
        };
        let script = format!(
            "({FESTIVAL_VOICE})\n\
             (set! immuno_kiosk_params {FESTIVAL_VOICE_PARAMS})\n\
             (format stderr \"immuno-kiosk-version %s\\n\" festival_version)\n"
        );
        match server.send_and_wait(&script) {
            Ok(said) => {
                if said.iter().any(|line| line.contains("SIOD ERROR")) {
                    return Err(SpeechError::NotInstalled {
                        what: format!("the Festival voice {FESTIVAL_VOICE}"),
                        package: "festvox-us-slt-hts",
                    });
                }
                said.iter()
                    .find_map(|line| line.strip_prefix("immuno-kiosk-version "))
                    .and_then(|v| v.split_whitespace().next())
                    .unwrap_or("unknown")
                    .clone_into(&mut server.version);
                Ok(server)
            }
            Err(FestivalFailure::Error(e)) => Err(e),
            Err(FestivalFailure::Died(detail) | FestivalFailure::Hung(detail)) => {
                Err(festival_failed(format!("it did not start: {detail}")))
            }
        }
    }

    /// Synthesises one sentence into a file of its own in `dir` and reads it back.
    fn speak(&mut self, text: &str, rate: Rate, dir: &Path) -> Result<Pcm, FestivalFailure> {
        let wav = dir.join(format!("sentence-{}.wav", self.next));
        let speed = 1.0 / rate.stretch();
        let script = format!(
            "(set! hts_engine_params (append immuno_kiosk_params (list (list \"-r\" {speed:.3}))))\n\
             (utt.save.wave (utt.synth (Utterance Text \"{}\")) \"{}\" 'riff)\n",
            scheme_string(text),
            scheme_string(&wav.display().to_string()),
        );
        let said = self.send_and_wait(&script)?;
        let bytes = std::fs::read(&wav);
        let _ = std::fs::remove_file(&wav);
        let errors: Vec<&String> = said.iter().filter(|l| l.contains("ERROR")).collect();
        match bytes {
            Ok(bytes) if errors.is_empty() => Pcm::from_wav(&bytes).map_err(FestivalFailure::Error),
            Ok(_) | Err(_) => Err(FestivalFailure::Error(festival_failed(format!(
                "no audio for {text:?}: {}",
                if errors.is_empty() {
                    said.join(" / ")
                } else {
                    errors
                        .iter()
                        .map(|s| s.as_str())
                        .collect::<Vec<_>>()
                        .join(" / ")
                }
            )))),
        }
    }

    /// Sends `script` followed by a marker, and returns what Festival said before the marker.
    fn send_and_wait(&mut self, script: &str) -> Result<Vec<String>, FestivalFailure> {
        self.next += 1;
        let marker = format!("immuno-kiosk-done-{}", self.next);
        let all = format!("{script}(format stderr \"{marker}\\n\")\n");
        if let Err(e) = self
            .stdin
            .write_all(all.as_bytes())
            .and_then(|()| self.stdin.flush())
        {
            kill(&mut self.child);
            return Err(FestivalFailure::Died(e.to_string()));
        }
        let deadline = Instant::now() + self.time_limit;
        let mut said = Vec::new();
        loop {
            let left = deadline.saturating_duration_since(Instant::now());
            match self.lines.recv_timeout(left) {
                Ok(line) if line == marker => return Ok(said),
                Ok(line) => said.push(line),
                Err(RecvTimeoutError::Timeout) => {
                    kill(&mut self.child);
                    return Err(FestivalFailure::Hung(format!(
                        "no answer in {}; killed",
                        seconds(self.time_limit)
                    )));
                }
                Err(RecvTimeoutError::Disconnected) => {
                    kill(&mut self.child);
                    return Err(FestivalFailure::Died(if said.is_empty() {
                        "it exited".to_owned()
                    } else {
                        said.join(" / ")
                    }));
                }
            }
        }
    }
}

impl Drop for FestivalServer {
    fn drop(&mut self) {
        kill(&mut self.child);
    }
}

/// The voice's own engine parameters, kept so that the rate can be set afresh each time.
const FESTIVAL_VOICE_PARAMS: &str = "cmu_us_slt_arctic_hts::hts_engine_params";

/// `text` as Festival should get it: one line, typographic punctuation made plain ASCII
/// (Festival reads bytes, and would spell out or drop the rest), other characters outside
/// ASCII dropped.
fn festival_text(text: &str) -> String {
    let mut out = String::with_capacity(text.len());
    for c in text.chars() {
        match c {
            '\u{2018}' | '\u{2019}' | '\u{2032}' => out.push('\''),
            '\u{201C}' | '\u{201D}' | '\u{2033}' => out.push('"'),
            '\u{2013}' | '\u{2014}' | '\u{2015}' => out.push_str(", "),
            '\u{2026}' => out.push_str("..."),
            '\u{00A0}' | '\u{2009}' | '\u{202F}' | '\u{3000}' => out.push(' '),
            c if c.is_control() => out.push(' '),
            c if c.is_ascii() => out.push(c),
            _ => {}
        }
    }
    out.split_whitespace().collect::<Vec<_>>().join(" ")
}

/// `text` as the inside of a Scheme string literal: backslash and double quote escaped,
/// control characters (newlines among them) made spaces. Nothing in it can end the string.
fn scheme_string(text: &str) -> String {
    let mut out = String::with_capacity(text.len() + 8);
    for c in text.chars() {
        match c {
            '\\' => out.push_str("\\\\"),
            '"' => out.push_str("\\\""),
            c if c.is_control() => out.push(' '),
            c => out.push(c),
        }
    }
    out
}

/// `text` on one line, its whitespace runs made single spaces: both programs read a line.
fn one_line(text: &str) -> String {
    text.split_whitespace().collect::<Vec<_>>().join(" ")
}

/// `text` cut into pieces of at most `max` bytes, after a 「、」, 「。」, comma, full stop or
/// space where one is near the end of a piece, and at a character boundary otherwise.
fn pieces(text: &str, max: usize) -> Vec<&str> {
    let mut out = Vec::new();
    let mut rest = text.trim();
    while rest.len() > max {
        let mut cut = max;
        while !rest.is_char_boundary(cut) {
            cut -= 1;
        }
        let window = &rest[..cut];
        let at = window
            .char_indices()
            .filter(|&(_, c)| matches!(c, '、' | '。' | ',' | '.' | ' ' | '，' | '！' | '？'))
            .map(|(i, c)| i + c.len_utf8())
            .next_back()
            .filter(|&i| i > max / 2)
            .unwrap_or(cut);
        let (piece, tail) = rest.split_at(at);
        out.push(piece.trim());
        rest = tail.trim_start();
    }
    if !rest.is_empty() {
        out.push(rest);
    }
    out
}

/// A private temporary directory for an engine's files (mode 0700, removed when dropped).
fn scratch_dir() -> Result<tempfile::TempDir, SpeechError> {
    tempfile::Builder::new()
        .prefix("immuno-kiosk-speech-")
        .tempdir()
        .map_err(|source| SpeechError::Io {
            path: std::env::temp_dir().display().to_string(),
            source,
        })
}

fn read_file(path: &Path) -> Result<Vec<u8>, SpeechError> {
    std::fs::read(path).map_err(|source| SpeechError::Io {
        path: path.display().to_string(),
        source,
    })
}

/// Runs `command` with `input` on its standard input, killing it after `limit`.
fn run(mut command: Command, name: &str, input: &[u8], limit: Duration) -> Result<(), SpeechError> {
    let failed = |detail: String| SpeechError::Failed {
        program: name.to_owned(),
        detail,
    };
    let mut child = command
        .stdin(Stdio::piped())
        .stdout(Stdio::null())
        .stderr(Stdio::piped())
        .spawn()
        .map_err(|e| spawn_error(Path::new(name), "", &e))?;
    let stdin = child.stdin.take();
    let input = input.to_vec();
    let writer = std::thread::spawn(move || {
        if let Some(mut stdin) = stdin {
            // A program that stops reading early shows in its exit status, not here.
            let _ = stdin.write_all(&input);
        }
    });
    let stderr = child.stderr.take();
    let reader = std::thread::spawn(move || {
        let mut said = String::new();
        if let Some(mut stderr) = stderr {
            let _ = stderr.read_to_string(&mut said);
        }
        said
    });
    let status = match child.wait_timeout(limit) {
        Ok(Some(status)) => status,
        Ok(None) => {
            kill(&mut child);
            let _ = writer.join();
            let _ = reader.join();
            return Err(failed(format!(
                "ran longer than {}; killed",
                seconds(limit)
            )));
        }
        Err(e) => {
            kill(&mut child);
            return Err(failed(e.to_string()));
        }
    };
    let _ = writer.join();
    let said = reader.join().unwrap_or_default();
    if status.success() {
        Ok(())
    } else {
        Err(failed(format!("{status}: {}", said.trim())))
    }
}

/// A limit as a person reads it: "30 s", "0.2 s".
fn seconds(limit: Duration) -> String {
    let secs = limit.as_secs_f64();
    if limit.subsec_millis() == 0 {
        format!("{secs:.0} s")
    } else {
        format!("{secs} s")
    }
}

/// Kills `child` if it still runs, and reaps it so that no zombie is left.
pub(crate) fn kill(child: &mut Child) {
    if let Ok(None) = child.try_wait() {
        let _ = child.kill();
    }
    let _ = child.wait();
}

fn spawn_error(program: &Path, package: &'static str, error: &std::io::Error) -> SpeechError {
    if error.kind() == std::io::ErrorKind::NotFound && !package.is_empty() {
        SpeechError::NotInstalled {
            what: program.display().to_string(),
            package,
        }
    } else {
        SpeechError::Failed {
            program: program.display().to_string(),
            detail: format!("could not start: {error}"),
        }
    }
}

/// The executable `name` in a directory of `PATH`, or `NotInstalled` naming `package`.
pub(crate) fn find_program(name: &str, package: &'static str) -> Result<PathBuf, SpeechError> {
    std::env::var_os("PATH")
        .iter()
        .flat_map(std::env::split_paths)
        .map(|dir| dir.join(name))
        .find(|path| is_executable(path))
        .ok_or(SpeechError::NotInstalled {
            what: format!("{name} (not found on PATH)"),
            package,
        })
}

fn is_executable(path: &Path) -> bool {
    use std::os::unix::fs::PermissionsExt as _;
    std::fs::metadata(path).is_ok_and(|m| m.is_file() && m.permissions().mode() & 0o111 != 0)
}

/// Lower-case hexadecimal.
pub(crate) fn hex(bytes: &[u8]) -> String {
    bytes
        .iter()
        .fold(String::with_capacity(bytes.len() * 2), |mut s, b| {
            let _ = write!(s, "{b:02x}");
            s
        })
}

#[cfg(test)]
mod tests {
    #[test]
    fn the_current_phoneme_of_each_label_without_silences() {
        let trace = "[Output label]\n\
            0 100 xx^xx-sil+m=e/A:xx\n\
            100 200 xx^sil-m+e=N/A:-4\n\
            200 300 sil^m-e+N=e/A:-4\n\
            250 300 m^e-N+e=k/A:-3\n\
            300 400 e^k-I+ch=e/A:1\n\
            400 500 e^N-pau+sil=xx/A:xx\n\
            [Global parameter]\n\
            0 1 not-a+label\n";
        assert_eq!(label_phonemes(trace), ["m", "e", "N", "i"]);
    }

    use super::*;

    #[test]
    fn scheme_strings_cannot_be_escaped_from() {
        assert_eq!(scheme_string(r#"say "hi""#), r#"say \"hi\""#);
        assert_eq!(scheme_string(r"a\b"), r"a\\b");
        assert_eq!(scheme_string("a\"\\\"b"), "a\\\"\\\\\\\"b");
        assert_eq!(scheme_string("one\ntwo\r\tthree"), "one two  three");
        assert_eq!(scheme_string("(quit) ')"), "(quit) ')");
        // A trailing backslash must not escape the closing quote.
        assert_eq!(scheme_string("end\\"), "end\\\\");
        // Every quote in the result is escaped by an odd run of backslashes.
        for hostile in [r#"\""#, r#"\\""#, "\"\"\\\\\\", r#"x") (quit) ("#] {
            let quoted = scheme_string(hostile);
            let bytes = quoted.as_bytes();
            for (i, b) in bytes.iter().enumerate() {
                if *b == b'"' {
                    let run = bytes[..i].iter().rev().take_while(|&&c| c == b'\\').count();
                    assert_eq!(run % 2, 1, "an unescaped quote in {quoted}");
                }
            }
            assert_eq!(
                bytes.iter().rev().take_while(|&&c| c == b'\\').count() % 2,
                0,
                "a trailing escape in {quoted}"
            );
        }
    }

    #[test]
    fn festival_gets_plain_ascii_on_one_line() {
        assert_eq!(
            festival_text("The body\u{2019}s \u{201C}own\u{201D} cells\u{2014}T cells\u{2026}"),
            "The body's \"own\" cells, T cells..."
        );
        assert_eq!(
            festival_text("line one\nline two\r\n\ttab"),
            "line one line two tab"
        );
        assert_eq!(festival_text("免疫 immune"), "immune");
        assert_eq!(festival_text("  \n "), "");
    }

    #[test]
    fn long_text_is_cut_at_punctuation_within_the_limit() {
        let sentence = "あいうえお、".repeat(40); // 720 bytes
        let text = format!("{sentence}{sentence}");
        let parts = pieces(&text, 900);
        assert!(parts.len() >= 2);
        assert_eq!(parts.concat(), text);
        for part in &parts {
            assert!(part.len() <= 900);
            assert!(part.ends_with('、'), "{part}");
        }
        // No punctuation at all: cut at a character boundary.
        let plain = "あ".repeat(700);
        let parts = pieces(&plain, 900);
        assert_eq!(parts.concat(), plain);
        assert!(parts.iter().all(|p| p.len() <= 900));
        assert_eq!(pieces("短い。", 900), vec!["短い。"]);
        assert!(pieces("   ", 900).is_empty());
    }

    /// Writes an executable shell script to `dir/name` and runs it once with no input, so
    /// that the file is no longer being written when the engine starts it (a file another
    /// thread has just written can be "busy" for a moment).
    fn stand_in(dir: &Path, name: &str, body: &str) -> PathBuf {
        use std::os::unix::fs::PermissionsExt as _;
        let path = dir.join(name);
        std::fs::write(&path, format!("#!/bin/sh\n{body}")).expect("the script is written");
        std::fs::set_permissions(&path, std::fs::Permissions::from_mode(0o755))
            .expect("the script is made executable");
        for _ in 0..100 {
            match Command::new(&path).stdin(Stdio::null()).output() {
                Err(e) if e.raw_os_error() == Some(26) => {
                    std::thread::sleep(Duration::from_millis(10));
                }
                _ => break,
            }
        }
        path
    }

    /// Speaks `text` on `engine`, which hangs, and checks that it fails well before the
    /// stand-in's minute is up, as `program` failing with `detail`; returns the error.
    fn killed(engine: &dyn Engine, text: &str, program: &str, detail: &str) -> SpeechError {
        let started = Instant::now();
        let Err(error) = engine.synthesize(text, Rate::Normal) else {
            panic!("a hung engine is an error");
        };
        assert!(
            started.elapsed() < Duration::from_secs(20),
            "{:?}",
            started.elapsed()
        );
        assert!(
            matches!(&error, SpeechError::Failed { program: p, detail: d }
                if p == program && d == detail),
            "{error:?}"
        );
        error
    }

    #[test]
    fn a_hung_open_jtalk_is_killed_at_its_time_limit() {
        let dir = tempfile::tempdir().expect("a temporary directory");
        // Answers the version question, and hangs when asked to speak.
        let program = stand_in(
            dir.path(),
            "open_jtalk",
            "case \"$1\" in -x) exec sleep 60 ;; esac\necho 'Open JTalk Version 1.11'\n",
        );
        let dictionary = dir.path().join("dic");
        std::fs::create_dir(&dictionary).expect("a dictionary directory");
        std::fs::write(dictionary.join("sys.dic"), b"").expect("a dictionary file");
        let engine = OpenJTalk::with_paths(&program, &dictionary, dir.path())
            .expect("the stand-in is accepted")
            .with_time_limit(Duration::from_millis(300));
        assert!(engine.cache_key().starts_with("open_jtalk 1.11 "));
        killed(
            &engine,
            "こんにちは。",
            "open_jtalk",
            "ran longer than 0.3 s; killed",
        );
    }

    #[test]
    fn a_hung_festival_is_killed_at_its_time_limit_and_started_again() {
        let dir = tempfile::tempdir().expect("a temporary directory");
        // Answers the start-up script with its marker, and hangs on the first sentence.
        let program = stand_in(
            dir.path(),
            "festival",
            "while read -r line; do\n\
             case \"$line\" in\n\
             *utt.synth*) exec sleep 60 ;;\n\
             *immuno-kiosk-done-1*) echo immuno-kiosk-done-1 >&2 ;;\n\
             esac\n\
             done\n",
        );
        let engine = Festival::with_program(&program)
            .expect("the stand-in starts")
            .with_time_limit(Duration::from_millis(300));
        assert!(engine.process_id().is_some(), "the stand-in runs");
        let hung = "no answer in 0.3 s; killed";
        killed(&engine, "Hello.", "festival", hung);
        // The hung process is gone; the next sentence starts another, which answers its
        // start-up (else the error would say it did not start) and hangs in turn.
        assert_eq!(engine.process_id(), None);
        killed(&engine, "Hello.", "festival", hung);
    }

    #[test]
    fn readings_are_split_at_full_stops_and_punctuation_dropped() {
        let trace = "\
[Text analysis result]
免疫,名詞,一般,*,*,*,*,免疫,メンエキ,メンエキ,0/4,C2,-1
。,記号,句点,*,*,*,*,。,、,、,0/0,*,0
生,接頭詞,名詞接続,*,*,*,*,生,ナマ,ナマ,2/2,P2,0
、,記号,読点,*,*,*,*,、,、,、,0/0,*,0
検,名詞,サ変接続,*,*,*,*,検,ケン,ケン,0/2,C3,1
。,記号,句点,*,*,*,*,。,、,、,0/0,*,0

[Output label]
xx^xx-sil+m=e/A:xx
";
        assert_eq!(split_readings(trace), vec!["メンエキ", "ナマケン"]);
        assert!(split_readings("[Output label]\nfoo,bar\n").is_empty());
    }

    #[test]
    fn a_missing_program_is_not_installed_with_its_package() {
        let err = find_program("surely-no-such-program-here", "some-package").unwrap_err();
        assert!(
            matches!(
                err,
                SpeechError::NotInstalled {
                    package: "some-package",
                    ..
                }
            ),
            "{err}"
        );
    }

    /// A `festival` that knows no voice: it answers every marker, and says what real
    /// Festival says when the voice package is missing.
    const FESTIVAL_WITHOUT_VOICE: &str = r#"#!/bin/sh
while IFS= read -r line; do
  case "$line" in
    "(voice_cmu_us_slt_arctic_hts)") echo "SIOD ERROR: unbound variable : voice_cmu_us_slt_arctic_hts" >&2 ;;
    *immuno-kiosk-done-*) echo "$line" | sed 's/.*"\(immuno-kiosk-done-[0-9]*\).*/\1/' >&2 ;;
  esac
done
"#;

    #[test]
    fn festival_without_its_voice_names_the_voice_package() {
        use std::os::unix::fs::PermissionsExt as _;
        let dir = tempfile::tempdir().unwrap();
        let program = dir.path().join("festival");
        std::fs::write(&program, FESTIVAL_WITHOUT_VOICE).unwrap();
        std::fs::set_permissions(&program, std::fs::Permissions::from_mode(0o755)).unwrap();
        let err = Festival::with_program(&program).unwrap_err();
        assert!(
            matches!(
                err,
                SpeechError::NotInstalled {
                    package: "festvox-us-slt-hts",
                    ..
                }
            ),
            "{err}"
        );
    }

    #[test]
    fn hex_is_lower_case_and_padded() {
        assert_eq!(hex(&[0, 1, 0xab, 0xff]), "0001abff");
    }
}
