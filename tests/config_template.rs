//! `print-default-config`, `check-config`, and the pure parser's field rules.

mod config_support;

use config_support::{AVAILABLE, Kiosk, write};
use immuno_kiosk::config::{
    Settings, Severity, check_config, default_config_ron, parse_settings, pin,
};

#[test]
fn the_default_config_parses_back_to_the_defaults() {
    let text = default_config_ron();
    let (settings, warnings) = parse_settings(&text, AVAILABLE);
    assert_eq!(warnings, vec![]);
    assert_eq!(settings, Settings::default());
    for field in [
        "idle_timeout_secs",
        "(30-1800)",
        "(20-120)",
        "100, 150 or 200",
        "consultation",
        "content_dir",
        "locked: []",
    ] {
        assert!(text.contains(field), "{field} is documented");
    }
}

#[test]
fn checking_the_default_config_exits_0() {
    let kiosk = Kiosk::new();
    let file = kiosk.dir.path().join("default.ron");
    write(&file, default_config_ron());
    let report = check_config(Some(&file), &kiosk.paths, AVAILABLE);
    assert_eq!(report.exit_code, 0, "{}", report.text);
    assert!(
        report
            .text
            .contains("idle_timeout_secs: 120  (system config"),
        "{}",
        report.text
    );
}

#[test]
fn check_exits_1_on_warnings_and_2_on_errors() {
    let kiosk = Kiosk::new();
    let file = kiosk.dir.path().join("warn.ron");
    write(&file, "(\n    idle_timeout_secs: 5,\n)\n");
    let report = check_config(Some(&file), &kiosk.paths, AVAILABLE);
    assert_eq!(report.exit_code, 1, "{}", report.text);
    let first = report.text.lines().next().expect("a line");
    assert_eq!(
        first,
        format!(
            "{}:2:5: idle_timeout_secs: 5 is below the minimum of 30; using 30",
            file.display()
        )
    );
    assert!(report.text.contains(&format!(
        "idle_timeout_secs: 30  (system config {})",
        file.display()
    )));

    write(&file, "(idle_timeout_secs: 5");
    assert_eq!(
        check_config(Some(&file), &kiosk.paths, AVAILABLE).exit_code,
        2
    );
    let missing = kiosk.dir.path().join("missing.ron");
    assert_eq!(
        check_config(Some(&missing), &kiosk.paths, AVAILABLE).exit_code,
        2
    );
}

#[test]
fn checking_the_layers_shows_where_each_value_comes_from_but_never_the_pin_hash() {
    let kiosk = Kiosk::new();
    let hash = pin::hash_pin("8642").expect("hash");
    write(
        &kiosk.etc_file(),
        format!("(staff_pin_hash: {hash:?}, locked: [\"staff_pin_hash\"])"),
    );
    write(&kiosk.dropin("10-a.ron"), "(show_cursor: true)");
    let report = check_config(None, &kiosk.paths, AVAILABLE);
    assert_eq!(report.exit_code, 0, "{}", report.text);
    let drop_in = kiosk.dropin("10-a.ron").display().to_string();
    assert!(
        report
            .text
            .contains(&format!("show_cursor: true  (drop-in {drop_in})")),
        "{}",
        report.text
    );
    assert!(
        report.text.contains("staff_pin_hash: set  (system config"),
        "{}",
        report.text
    );
    assert!(
        report
            .text
            .contains("locked for the staff screen: staff_pin_hash"),
        "{}",
        report.text
    );
    assert!(!report.text.contains(&hash));
}

#[test]
fn numbers_are_clamped_and_snapped() {
    let (s, w) = parse_settings(
        "(idle_timeout_secs: 99999, idle_warning_secs: -3, default_text_scale: 180)",
        &[],
    );
    assert_eq!(
        (
            s.idle_timeout_secs,
            s.idle_warning_secs,
            s.default_text_scale.percent()
        ),
        (1800, 20, 200)
    );
    assert_eq!(w.len(), 3);
    assert!(
        w.iter()
            .all(|w| w.severity == Severity::Warning && w.line == Some(1))
    );
    // A tie goes to the smaller size.
    let (s, w) = parse_settings(
        "(default_text_scale: 125, idle_timeout_secs: 60.0, idle_warning_secs: 25.5)",
        &[],
    );
    assert_eq!(
        (
            s.default_text_scale.percent(),
            s.idle_timeout_secs,
            s.idle_warning_secs
        ),
        (100, 60, 30)
    );
    assert_eq!(w.len(), 2, "{w:?}");
}

#[test]
fn locales_are_canonical_unique_and_never_empty() {
    let (s, w) = parse_settings(
        "(locales: [\"EN\", \"ja\", \"en\"], default_locale: \"ja\")",
        AVAILABLE,
    );
    assert_eq!(
        (s.locales, s.default_locale),
        (vec!["en".to_owned(), "ja".to_owned()], "ja".to_owned())
    );
    assert_eq!(w.len(), 1, "the repeat: {w:?}");
    let (s, w) = parse_settings(
        "(locales: [\"fr\", \"not a tag!\", 3], default_locale: \"en\")",
        AVAILABLE,
    );
    assert_eq!(
        s.locales,
        immuno_kiosk::source::EMBEDDED_LOCALES,
        "nothing usable left: the field is ignored"
    );
    assert_eq!(s.default_locale, "en");
    assert_eq!(w.len(), 4, "{w:?}");
    let (s, _) = parse_settings("(locales: [])", AVAILABLE);
    assert_eq!(s.locales, immuno_kiosk::source::EMBEDDED_LOCALES);
}

#[test]
fn consultation_texts_are_trimmed_and_capped() {
    let long = "あ".repeat(250);
    let text = format!(
        "(consultation: (name: \"  相談室 \", hours: {long:?}, url: \"https://example.jp/a\"))"
    );
    let (s, w) = parse_settings(&text, &[]);
    let desk = s.consultation.expect("a desk");
    assert_eq!(desk.name, "相談室");
    assert_eq!(desk.hours.chars().count(), 200);
    assert_eq!(desk.url.as_deref(), Some("https://example.jp/a"));
    assert_eq!(w.len(), 1, "{w:?}");
    for url in [
        "\"http://example.jp\"",
        "\"https://\"",
        "\"https://exa mple.jp\"",
        "\"javascript:alert(1)\"",
        "42",
    ] {
        let (s, w) = parse_settings(
            &format!("(consultation: Some((name: \"x\", url: Some({url}))))"),
            &[],
        );
        assert_eq!(s.consultation.and_then(|d| d.url), None, "{url}");
        assert_eq!(w.len(), 1, "{url}");
    }
    let (s, w) = parse_settings("(consultation: None, content_dir: \"\")", &[]);
    assert_eq!((s.consultation, s.content_dir, w), (None, None, vec![]));
}

#[test]
fn the_parser_takes_anything_without_panicking() {
    let mut seed = 0x9e37_79b9_7f4a_7c15_u64;
    let alphabet = "(){}[]:,\"'/*#!rSomeNone0123456789.-_ \n\tidle_timeout_secslocalesあ\\";
    let chars: Vec<char> = alphabet.chars().collect();
    for _ in 0..2000 {
        seed ^= seed << 13;
        seed ^= seed >> 7;
        seed ^= seed << 17;
        let len = usize::try_from(seed % 40).expect("small");
        let text: String = (0..len)
            .map(|i| {
                let pick = (seed >> (i % 32)).wrapping_add(i as u64) % chars.len() as u64;
                chars[usize::try_from(pick).expect("small")]
            })
            .collect();
        let (settings, _) = parse_settings(&text, AVAILABLE);
        assert!(
            !settings.locales.is_empty() && settings.locales.contains(&settings.default_locale)
        );
    }
}

#[test]
fn a_flood_of_warnings_is_summed_up() {
    let entries = vec!["\"xx\""; 500].join(", ");
    let (settings, warnings) = parse_settings(&format!("(locales: [{entries}])"), AVAILABLE);
    assert_eq!(settings.locales, immuno_kiosk::source::EMBEDDED_LOCALES);
    assert_eq!(warnings.len(), 51);
    let last = warnings.last().expect("a summary");
    assert_eq!(last.message, "451 more warnings in this file are not shown");
}

/// The packages install `packaging/config.ron` as `/etc/immuno-kiosk/config.ron`: it must be
/// exactly what `print-default-config` prints, so it parses to the built-in defaults.
#[test]
fn the_packaged_system_config_is_the_default_template() {
    let packaged = include_str!("../packaging/config.ron");
    assert_eq!(
        packaged,
        immuno_kiosk::config::default_config_ron(),
        "regenerate with: cargo run -- print-default-config > packaging/config.ron"
    );
}
