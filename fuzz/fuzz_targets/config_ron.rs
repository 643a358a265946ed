//! The pure config parser on any text: usable settings, warnings inside the text, and
//! nothing of a text that is unusable as a whole.

#![no_main]

mod common;

use immuno_kiosk::config::{Settings, Severity, parse_settings};
use libfuzzer_sys::fuzz_target;

fuzz_target!(|data: &[u8]| {
    let text = String::from_utf8_lossy(data);
    let lines = 1 + text.matches('\n').count();
    for available in [&["ja", "en"][..], &[]] {
        let (settings, warnings) = parse_settings(&text, available);
        common::assert_usable(&settings, available);
        for warning in &warnings {
            assert!(!warning.message.trim().is_empty());
            if let Some(line) = warning.line {
                assert!((1..=lines).contains(&line), "{warning:?}");
            }
        }
        if warnings.iter().any(|w| w.severity == Severity::Error) {
            assert_eq!(settings, Settings::default());
        }
    }
});
