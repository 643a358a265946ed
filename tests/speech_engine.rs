//! The read-aloud engines, sinks and cache against the real programs (Open JTalk, Festival,
//! aplay), no mocks. Needs the Debian packages open-jtalk, open-jtalk-mecab-naist-jdic,
//! festival, festvox-us-slt-hts and alsa-utils; audio goes to ALSA's `null` device, so no
//! sound card is needed.

#![allow(
    clippy::unwrap_used,
    reason = "test helpers: a failed unwrap is a failed test (allow-unwrap-in-tests covers only #[test] functions)"
)]

use std::collections::HashSet;
use std::path::Path;
use std::sync::{Arc, OnceLock};

use immuno_kiosk::speech::cache::Cache;
use immuno_kiosk::speech::engine::{Festival, MEI_FILE_NAME, MEI_VOICE, OpenJTalk};
use immuno_kiosk::speech::sink::{AplaySink, NULL_DEVICE, check_output, output_devices};
use immuno_kiosk::speech::{Engine, Pcm, Rate, Sink, SpeechError};

/// Speech is far louder than this; silence and near-silence are below it.
const RMS_FLOOR: f64 = 300.0;

fn japanese() -> &'static OpenJTalk {
    static ENGINE: OnceLock<(tempfile::TempDir, OpenJTalk)> = OnceLock::new();
    &ENGINE
        .get_or_init(|| {
            let dir = tempfile::tempdir().unwrap();
            let engine = OpenJTalk::new(dir.path()).unwrap();
            (dir, engine)
        })
        .1
}

fn english() -> &'static Festival {
    static ENGINE: OnceLock<Festival> = OnceLock::new();
    ENGINE.get_or_init(|| Festival::new().unwrap())
}

fn assert_speech(pcm: &Pcm, what: &str) {
    assert!(
        pcm.rms() > RMS_FLOOR,
        "{what}: rms {} is near silence",
        pcm.rms()
    );
    assert!(
        pcm.duration().as_millis() > 300,
        "{what}: only {:?}",
        pcm.duration()
    );
}

#[test]
fn japanese_speech_is_not_silent_and_grows_with_the_text() {
    let short = japanese().synthesize("免疫です。", Rate::Normal).unwrap();
    let long = japanese()
        .synthesize(
            "免疫チェックポイント阻害薬は、がん細胞がかけたブレーキを外す薬です。",
            Rate::Normal,
        )
        .unwrap();
    assert_eq!(short.sample_rate, 48_000);
    assert_speech(&short, "short ja");
    assert_speech(&long, "long ja");
    assert!(
        long.duration() > short.duration() * 2,
        "{:?} vs {:?}",
        long.duration(),
        short.duration()
    );
}

#[test]
fn english_speech_is_not_silent_and_grows_with_the_text() {
    let short = english().synthesize("Immune cells.", Rate::Normal).unwrap();
    let long = english()
        .synthesize(
            "Immunotherapy uses the body's own immune system to fight cancer.",
            Rate::Normal,
        )
        .unwrap();
    assert_eq!(short.sample_rate, 32_000);
    assert_speech(&short, "short en");
    assert_speech(&long, "long en");
    assert!(
        long.duration() > short.duration() * 2,
        "{:?} vs {:?}",
        long.duration(),
        short.duration()
    );
}

#[test]
fn slow_is_longer_than_normal_in_both_languages() {
    let ja = "治療の効果は人によって違います。";
    let en = "The effect of treatment differs from person to person.";
    let cases: [(&dyn Engine, &str); 2] = [(japanese(), ja), (english(), en)];
    for (engine, text) in cases {
        let normal = engine.synthesize(text, Rate::Normal).unwrap();
        let slow = engine.synthesize(text, Rate::Slow).unwrap();
        let ratio = slow.duration().as_secs_f64() / normal.duration().as_secs_f64();
        assert!(
            (1.15..1.35).contains(&ratio),
            "{text}: slow/normal = {ratio:.3}"
        );
        assert_speech(&slow, text);
    }
}

#[test]
fn hostile_text_is_spoken_not_obeyed() {
    let hostile_en = r#"He said "stop" (now); a \ backslash, ')) "(quit)" \" and a
new line."#;
    let pcm = english().synthesize(hostile_en, Rate::Normal).unwrap();
    assert_speech(&pcm, "hostile en");
    // The process survived: the next sentence is spoken too.
    let after = english().synthesize("Still here.", Rate::Normal).unwrap();
    assert_speech(&after, "after hostile en");

    let hostile_ja = "「引用」と\"quote\"、(括弧)\\バックスラッシュ\n改行; rm -rf / $(reboot)";
    let pcm = japanese().synthesize(hostile_ja, Rate::Normal).unwrap();
    assert_speech(&pcm, "hostile ja");
}

#[test]
fn a_long_japanese_paragraph_is_spoken_whole() {
    // Open JTalk reads at most 1023 bytes of a line; this is 1,350.
    let paragraph = "免疫の細胞は、体の中をめぐって、異物を見つけると攻撃します。".repeat(15);
    assert!(paragraph.len() > 1200);
    let whole = japanese().synthesize(&paragraph, Rate::Normal).unwrap();
    let one = japanese()
        .synthesize(
            "免疫の細胞は、体の中をめぐって、異物を見つけると攻撃します。",
            Rate::Normal,
        )
        .unwrap();
    let ratio = whole.duration().as_secs_f64() / one.duration().as_secs_f64();
    assert!(
        (13.0..17.0).contains(&ratio),
        "15 sentences = {ratio:.2} × one"
    );
}

#[test]
fn a_long_english_paragraph_is_spoken_whole() {
    // Festival runs out of its heap near 3,000 characters in one utterance: this is 3,300.
    let sentence = "Scientists describe how immunity and cancer cells interact in three stages, \
                    and T cells that have learned these marks travel to the cancer and attack \
                    the cancer cells. ";
    let paragraph = sentence.repeat(20);
    let whole = english().synthesize(&paragraph, Rate::Normal).unwrap();
    let one = english().synthesize(sentence, Rate::Normal).unwrap();
    let ratio = whole.duration().as_secs_f64() / one.duration().as_secs_f64();
    assert!(
        (17.0..23.0).contains(&ratio),
        "20 sentences = {ratio:.2} × one"
    );
}

#[test]
fn the_voice_is_written_once_and_reused() {
    let dir = tempfile::tempdir().unwrap();
    let first = OpenJTalk::new(dir.path()).unwrap();
    let path = dir.path().join(MEI_FILE_NAME);
    assert_eq!(first.voice_path(), path);
    assert_eq!(std::fs::read(&path).unwrap(), MEI_VOICE);
    let written = std::fs::metadata(&path).unwrap().modified().unwrap();
    let first_inode = inode(&path);

    let second = OpenJTalk::new(dir.path()).unwrap();
    assert_eq!(
        inode(&path),
        first_inode,
        "an identical voice is not rewritten"
    );
    assert_eq!(
        std::fs::metadata(&path).unwrap().modified().unwrap(),
        written
    );
    assert_eq!(first.cache_key(), second.cache_key());

    // A damaged copy is replaced.
    std::fs::write(&path, b"not a voice").unwrap();
    let _third = OpenJTalk::new(dir.path()).unwrap();
    assert_eq!(std::fs::read(&path).unwrap(), MEI_VOICE);
    assert_eq!(
        std::fs::read_dir(dir.path()).unwrap().count(),
        1,
        "no temporary file is left"
    );
}

fn inode(path: &Path) -> u64 {
    use std::os::unix::fs::MetadataExt as _;
    std::fs::metadata(path).unwrap().ino()
}

#[test]
fn the_cache_keys_name_engine_and_voice() {
    let ja = japanese().cache_key();
    assert!(ja.starts_with("open_jtalk 1."), "{ja}");
    assert!(ja.contains(" mei_normal blake2s:"), "{ja}");
    let en = english().cache_key();
    assert!(en.starts_with("festival 2.5"), "{en}");
    assert!(en.contains("voice_cmu_us_slt_arctic_hts"), "{en}");
}

#[test]
fn a_missing_program_or_dictionary_names_the_package() {
    let dir = tempfile::tempdir().unwrap();
    let err = OpenJTalk::with_paths(
        Path::new("/nonexistent/open_jtalk"),
        Path::new(immuno_kiosk::speech::engine::OPEN_JTALK_DICTIONARY),
        dir.path(),
    )
    .unwrap_err();
    assert!(
        matches!(err, SpeechError::NotInstalled { package: "open-jtalk", ref what } if what.contains("/nonexistent/open_jtalk")),
        "{err}"
    );
    let err = OpenJTalk::with_paths(
        Path::new("/usr/bin/open_jtalk"),
        Path::new("/nonexistent/naist-jdic"),
        dir.path(),
    )
    .unwrap_err();
    assert!(
        matches!(
            err,
            SpeechError::NotInstalled {
                package: "open-jtalk-mecab-naist-jdic",
                ..
            }
        ),
        "{err}"
    );
    assert!(
        err.to_string().contains("open-jtalk-mecab-naist-jdic"),
        "{err}"
    );
    let err = Festival::with_program(Path::new("/nonexistent/festival")).unwrap_err();
    assert!(
        matches!(
            err,
            SpeechError::NotInstalled {
                package: "festival",
                ..
            }
        ),
        "{err}"
    );
}

#[test]
fn festival_comes_back_after_its_process_dies() {
    let engine = Festival::new().unwrap();
    let pid = engine.process_id().unwrap();
    std::process::Command::new("kill")
        .args(["-9", &pid.to_string()])
        .status()
        .unwrap();
    let pcm = engine.synthesize("Back again.", Rate::Normal).unwrap();
    assert_speech(&pcm, "after a restart");
    assert_ne!(engine.process_id(), Some(pid));
}

#[test]
fn festival_serves_several_threads() {
    let engine = Arc::new(Festival::new().unwrap());
    let threads: Vec<_> = ["One sentence.", "Another sentence.", "A third one here."]
        .into_iter()
        .map(|text| {
            let engine = Arc::clone(&engine);
            std::thread::spawn(move || engine.synthesize(text, Rate::Normal).unwrap())
        })
        .collect();
    for thread in threads {
        assert_speech(&thread.join().unwrap(), "threaded");
    }
}

#[test]
fn readings_in_one_run_equal_readings_one_by_one() {
    let terms = [
        "免疫",
        "ニボルマブ",
        "免疫チェックポイント阻害薬",
        "免疫関連有害事象",
        "生検",
        "1型糖尿病",
        "PD-1",
        "副作用、",
    ];
    let together = japanese().readings(&terms).unwrap();
    let alone: Vec<String> = terms
        .iter()
        .map(|t| japanese().reading(t).unwrap())
        .collect();
    assert_eq!(together, alone);
    assert_eq!(together[0], "メンエキ");
    assert_eq!(together[1], "ニボルマブ");
    assert_eq!(together[2], "メンエキチェックポイントソガイヤク");
    assert_eq!(together[3], "メンエキカンレンユウガイジショウ");
    // Open JTalk's own (wrong) reading: why content carries reading overrides.
    assert_eq!(together[4], "ナマケン");
    assert_eq!(together[7], "フクサヨウ");
}

#[test]
fn many_readings_are_batched_within_the_line_limit() {
    // 90 terms of 8 characters: far more than one 1023-byte line holds.
    let terms: Vec<String> = (0..90).map(|_| "免疫療法の効果".to_owned()).collect();
    let refs: Vec<&str> = terms.iter().map(String::as_str).collect();
    let readings = japanese().readings(&refs).unwrap();
    assert_eq!(readings.len(), 90);
    assert!(readings.iter().all(|r| r == &readings[0]), "{readings:?}");
    assert_eq!(readings[0], japanese().reading("免疫療法の効果").unwrap());
}

#[test]
fn aplay_plays_to_null_and_stops_at_once() {
    let pcm = japanese()
        .synthesize("音を出して、止めます。", Rate::Normal)
        .unwrap();
    // Ten copies: long enough (tens of seconds) that it is still playing when stopped.
    let long = Pcm {
        sample_rate: pcm.sample_rate,
        samples: pcm.samples.repeat(10),
    };
    let mut sink = AplaySink::new(NULL_DEVICE).unwrap();
    sink.play(&long).unwrap();
    assert!(sink.is_playing());
    let pid = sink.process_id().unwrap();
    sink.stop();
    assert!(!sink.is_playing());
    assert!(
        !Path::new(&format!("/proc/{pid}")).exists(),
        "aplay {pid} is gone, not a zombie"
    );

    // Playing again replaces the first; dropping the sink stops it.
    sink.play(&long).unwrap();
    let first = sink.process_id().unwrap();
    sink.play(&long).unwrap();
    assert!(!Path::new(&format!("/proc/{first}")).exists());
    let second = sink.process_id().unwrap();
    drop(sink);
    assert!(!Path::new(&format!("/proc/{second}")).exists());
}

#[test]
fn a_short_play_to_null_ends_by_itself() {
    let pcm = Pcm {
        sample_rate: 48_000,
        samples: vec![0; 480],
    };
    let mut sink = AplaySink::new(NULL_DEVICE).unwrap();
    sink.play(&pcm).unwrap();
    let pid = sink.process_id().unwrap();
    // aplay -D null returns as soon as it has read its input; reaping is what is tested,
    // so wait for the process itself, not for time.
    while sink.is_playing() {
        std::thread::yield_now();
    }
    assert!(!Path::new(&format!("/proc/{pid}")).exists());
}

#[test]
fn this_machine_has_null_but_no_card() {
    assert!(check_output(NULL_DEVICE).is_ok());
    assert!(output_devices().unwrap().contains(&"null".to_owned()));
    if Path::new("/proc/asound/cards").exists() {
        return; // a machine with a sound card: nothing more to assert here
    }
    let err = check_output("default").unwrap_err();
    assert!(
        matches!(err, SpeechError::NoDevice(ref why) if why.contains("no sound card")),
        "{err}"
    );
}

#[test]
fn the_cache_round_trips_and_drops_damaged_files() {
    let dir = tempfile::tempdir().unwrap();
    let cache = Cache::new(dir.path().join("speech"));
    let pcm = english()
        .synthesize("Cached speech.", Rate::Normal)
        .unwrap();
    let key = Cache::key(english().cache_key(), Rate::Normal, "Cached speech.");
    assert_eq!(cache.get(&key), None);
    cache.put(&key, &pcm).unwrap();
    assert_eq!(cache.get(&key), Some(pcm.clone()));
    assert!(cache.size_bytes() >= pcm.to_wav().len() as u64);

    let file = dir.path().join("speech").join(format!("{key}.wav"));
    let wav = std::fs::read(&file).unwrap();
    std::fs::write(&file, &wav[..=wav.len() / 2]).unwrap();
    assert_eq!(cache.get(&key), None, "a damaged file is a miss");
    assert!(!file.exists(), "and is removed");

    cache.put(&key, &pcm).unwrap();
    let other = Cache::key(english().cache_key(), Rate::Slow, "Cached speech.");
    cache.put(&other, &pcm).unwrap();
    cache.retain(&HashSet::from([other.clone()])).unwrap();
    assert_eq!(cache.get(&key), None);
    assert_eq!(cache.get(&other), Some(pcm));
}

/// Sentences of the core track, as the engines get them (ruby readings in place of their
/// base is the script's job; here the annotations are only dropped).
fn core_sentences(locale: &str, count: usize) -> Vec<String> {
    let ftl = std::fs::read_to_string(format!("locales/{locale}/core.ftl")).unwrap();
    let mut sentences = Vec::new();
    for line in ftl.lines() {
        let Some((id, value)) = line.split_once(" = ") else {
            continue;
        };
        if !id.starts_with("core-") {
            continue;
        }
        let plain = strip_ruby(value);
        let ends: &[char] = if locale == "ja" {
            &['。']
        } else {
            &['.', '?']
        };
        for sentence in plain.split_inclusive(ends) {
            let sentence = sentence.trim();
            if sentence.chars().count() >= 20 {
                sentences.push(sentence.to_owned());
            }
        }
    }
    sentences.truncate(count);
    sentences
}

/// `text` without its ruby annotations (`免疫《めんえき》` becomes `免疫`).
fn strip_ruby(text: &str) -> String {
    let mut plain = String::new();
    let mut in_ruby = false;
    for c in text.chars() {
        match c {
            '《' => in_ruby = true,
            '》' => in_ruby = false,
            '｜' => {}
            c if !in_ruby => plain.push(c),
            _ => {}
        }
    }
    plain
}

fn median_and_max(mut millis: Vec<u128>) -> (u128, u128) {
    millis.sort_unstable();
    (millis[millis.len() / 2], millis[millis.len() - 1])
}

fn time_each(sentences: &[String], mut speak: impl FnMut(&str)) -> (u128, u128) {
    let millis = sentences
        .iter()
        .map(|s| {
            let start = std::time::Instant::now();
            speak(s);
            start.elapsed().as_millis()
        })
        .collect();
    median_and_max(millis)
}

/// The figures for the issue's note: time per sentence of the core track in both
/// languages and rates, Festival long-lived against a `text2wave` run per sentence, and
/// Festival's peak memory. `cargo test --test speech_engine -- --ignored --nocapture`.
#[test]
#[ignore = "a measurement, not a check: run by hand for the figures"]
fn measure_synthesis_times() {
    let ja = core_sentences("ja", 10);
    let en = core_sentences("en", 10);
    assert_eq!((ja.len(), en.len()), (10, 10));
    let voice_dir = tempfile::tempdir().unwrap();
    let start = std::time::Instant::now();
    let jtalk = OpenJTalk::new(voice_dir.path()).unwrap();
    eprintln!(
        "OpenJTalk::new (voice written): {} ms",
        start.elapsed().as_millis()
    );
    let start = std::time::Instant::now();
    let festival = Festival::new().unwrap();
    eprintln!(
        "Festival::new (process started, voice loaded): {} ms",
        start.elapsed().as_millis()
    );

    let mut audio_secs = 0.0;
    for (name, engine, sentences) in [
        ("ja", &jtalk as &dyn Engine, &ja),
        ("en", &festival as &dyn Engine, &en),
    ] {
        for rate in [Rate::Normal, Rate::Slow] {
            let (median, max) = time_each(sentences, |s| {
                let pcm = engine.synthesize(s, rate).unwrap();
                audio_secs += pcm.duration().as_secs_f64();
            });
            eprintln!("{name} {rate:?}: median {median} ms, max {max} ms per sentence");
        }
    }
    eprintln!("audio made: {audio_secs:.1} s");

    let scratch = tempfile::tempdir().unwrap();
    let (median, max) = time_each(&en, |s| {
        let text = scratch.path().join("in.txt");
        let wav = scratch.path().join("out.wav");
        std::fs::write(&text, s).unwrap();
        let status = std::process::Command::new("text2wave")
            .args(["-eval", "(voice_cmu_us_slt_arctic_hts)"])
            .arg(&text)
            .arg("-o")
            .arg(&wav)
            .status()
            .unwrap();
        assert!(status.success());
    });
    eprintln!("en Normal, one text2wave run a sentence: median {median} ms, max {max} ms");

    let pid = festival.process_id().unwrap();
    let memory = || {
        let status = std::fs::read_to_string(format!("/proc/{pid}/status")).unwrap();
        status
            .lines()
            .filter(|l| l.starts_with("VmHWM") || l.starts_with("VmRSS"))
            .map(|l| l.split_whitespace().collect::<Vec<_>>().join(" "))
            .collect::<Vec<_>>()
            .join(", ")
    };
    eprintln!("festival --pipe after 30 sentences: {}", memory());
    for _ in 0..10 {
        for s in &en {
            festival.synthesize(s, Rate::Normal).unwrap();
        }
    }
    assert_eq!(festival.process_id(), Some(pid));
    eprintln!("festival --pipe after 130 sentences: {}", memory());
    let glossary = std::fs::read_to_string("locales/ja/glossary.ftl").unwrap();
    let terms: Vec<String> = glossary
        .lines()
        .filter_map(|l| l.strip_prefix("glossary-")?.split_once(" = "))
        .map(|(_, value)| strip_ruby(value))
        .collect();
    let refs: Vec<&str> = terms.iter().map(String::as_str).collect();
    let start = std::time::Instant::now();
    let together = jtalk.readings(&refs).unwrap();
    let batched = start.elapsed().as_millis();
    let start = std::time::Instant::now();
    let alone: Vec<String> = refs.iter().map(|t| jtalk.reading(t).unwrap()).collect();
    eprintln!(
        "readings of {} glossary terms: {batched} ms batched, {} ms one by one",
        terms.len(),
        start.elapsed().as_millis()
    );
    assert_eq!(together, alone);
    eprintln!("ja sentences: {ja:?}");
    eprintln!("en sentences: {en:?}");
}
