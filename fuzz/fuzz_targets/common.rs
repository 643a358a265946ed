//! Checks shared by the fuzz targets: what must hold whatever the input.

#![allow(dead_code, reason = "each target uses a different subset")]

use std::path::Path;
use std::sync::OnceLock;

use immuno_kiosk::config::{IDLE_TIMEOUT_SECS, IDLE_WARNING_SECS, Settings};
use immuno_kiosk::content::ContentSource;
use immuno_kiosk::fonts::GlyphCoverage;
use immuno_kiosk::lint::{LintOptions, Problem};

/// Settings the kiosk can run on. `available` empty: any locale is allowed.
pub fn assert_usable(settings: &Settings, available: &[&str]) {
    assert!(IDLE_TIMEOUT_SECS.contains(&settings.idle_timeout_secs));
    assert!(IDLE_WARNING_SECS.contains(&settings.idle_warning_secs));
    assert!([100, 150, 200].contains(&settings.default_text_scale.percent()));
    assert!(!settings.locales.is_empty());
    for locale in &settings.locales {
        assert!(available.is_empty() || available.contains(&locale.as_str()));
    }
    assert!(settings.locales.contains(&settings.default_locale));
    if let Some(desk) = &settings.consultation {
        for text in [&desk.name, &desk.location, &desk.phone, &desk.hours] {
            assert!(text.chars().count() <= 200);
        }
        if let Some(url) = &desk.url {
            assert!(url.to_ascii_lowercase().starts_with("https://"));
        }
    }
}

/// Each lint problem names a file of the content (or the counterpart a translation lacks)
/// and a line inside it, and says something.
pub fn assert_well_formed(source: &ContentSource, problems: &[Problem]) {
    let files: Vec<_> = std::iter::once(&source.structure)
        .chain(source.locales.iter().flat_map(|l| l.files.iter()))
        .collect();
    for problem in problems {
        assert!(!problem.message.trim().is_empty(), "{problem}");
        assert!(problem.line >= 1, "{problem}");
        match files.iter().find(|f| f.path == problem.file) {
            Some(file) => {
                let lines = 1 + file.text.matches('\n').count();
                assert!(problem.line <= lines, "line past the end: {problem}");
            }
            None => assert!(
                problem.file.starts_with("locales/") && problem.line == 1,
                "a file that is not in the content: {problem}"
            ),
        }
    }
}

/// The small, clean content the lint tests start from (`tests/fixtures/content/clean`).
pub fn fixture() -> ContentSource {
    static CLEAN: OnceLock<ContentSource> = OnceLock::new();
    CLEAN
        .get_or_init(|| {
            let dir = concat!(
                env!("CARGO_MANIFEST_DIR"),
                "/../tests/fixtures/content/clean"
            );
            ContentSource::from_dir(Path::new(dir)).expect("the clean fixture reads")
        })
        .clone()
}

/// The content lint as `check-content` runs it: with the program's own ids for the real
/// content, without them for the fixture (which lacks the screen frame's messages).
pub fn lint(source: &ContentSource) -> Vec<Problem> {
    static GLYPHS: OnceLock<GlyphCoverage> = OnceLock::new();
    let glyphs = GLYPHS.get_or_init(|| GlyphCoverage::bundled().expect("the bundled fonts parse"));
    let real = source.locales.iter().any(|l| l.files.len() > 1);
    let options = LintOptions {
        code_ids: if real {
            immuno_kiosk::i18n::ids::ALL
        } else {
            &[]
        },
    };
    immuno_kiosk::lint::check_content(source, glyphs, &options)
}
