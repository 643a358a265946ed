//! Accessibility, proven on every screen: contrast of the theme tokens and of every piece of
//! text actually painted, target sizes and spacing, no clipped or overlapping text, labels
//! on everything that can be pressed, keyboard focus in reading order with a visible ring,
//! and a screen reader's view of the idle warning, the QR codes and the page dots.
//!
//! The full walk (every screen, both orientations, Japanese and English in both themes at
//! every text size, every other language at the two extremes) also writes
//! `docs/a11y-report.md`.

#![allow(
    clippy::expect_used,
    reason = "test helpers: a failed expect is a failed test (allow-expect-in-tests covers only #[test] functions)"
)]
#![allow(
    clippy::redundant_closure_for_method_calls,
    reason = "kittest's node type can be named only through its trait, so `|n| n.is_focused()` stays"
)]

mod common;

use std::fmt::Write as _;

use common::audit::{MIN_TARGET, MIN_TARGET_GAP, ScreenAudit, audit};
use common::{
    LANDSCAPE, PORTRAIT, advance, choose_language, config_paths_in, harness, harness_with_config,
    make_staff_gesture, start_visit, tap, tap_button,
};
use egui::accesskit::{Live, Role};
use egui_kittest::Harness;
use egui_kittest::kittest::{NodeT as _, Queryable as _};
use immuno_kiosk::KioskApp;
use immuno_kiosk::a11y::{self, BODY_TEXT, LARGE_TEXT, NON_TEXT};
use immuno_kiosk::config::{self, pin};
use immuno_kiosk::content::{ContentSource, Library};
use immuno_kiosk::ui::theme::{self, PairKind};

#[test]
fn every_colour_pair_of_both_themes_meets_wcag() {
    for (name, palette) in [
        ("standard", &theme::STANDARD),
        ("high contrast", &theme::HIGH_CONTRAST),
    ] {
        let pairs = palette.colour_pairs();
        assert!(pairs.len() >= 30, "{name}: only {} pairs", pairs.len());
        for pair in pairs {
            let ratio = a11y::contrast_ratio(pair.front, pair.back);
            let needed = match pair.kind {
                PairKind::Text => BODY_TEXT,
                PairKind::LargeText => LARGE_TEXT,
                PairKind::NonText => NON_TEXT,
            };
            assert!(
                ratio >= needed,
                "{name}: {} is {ratio:.2}:1, needs {needed}:1",
                pair.what
            );
        }
    }
    // The high-contrast theme is light on black with yellow accents.
    let hc = &theme::HIGH_CONTRAST;
    assert!(a11y::relative_luminance(hc.background) < 0.01);
    assert!(a11y::relative_luminance(hc.text) > 0.9);
    assert!(hc.accent.r() > 200 && hc.accent.g() > 200 && hc.accent.b() < 120);
    // And the standard one dark on light.
    let standard = &theme::STANDARD;
    assert!(
        a11y::relative_luminance(standard.text) < a11y::relative_luminance(standard.background)
    );
    const {
        assert!(
            theme::FOCUS_RING >= 3.0,
            "the focus ring is at least 3 px wide"
        );
    }
}

/// Where the walk is: screen size, language button, contrast, text size.
#[derive(Clone, Copy)]
struct Setup {
    size: egui::Vec2,
    orientation: &'static str,
    language: &'static str,
    high_contrast: bool,
    text_size: &'static str,
}

struct Row {
    screen: String,
    setup: Setup,
    audit: ScreenAudit,
}

const PIN: &str = "2468";

fn kiosk_with_pin(root: &std::path::Path, size: egui::Vec2) -> Harness<'static, KioskApp> {
    let paths = config_paths_in(root);
    let hash = pin::hash_pin(PIN).expect("hash");
    config::set_pin_hash(&paths, &hash).expect("set pin");
    harness_with_config(size, paths)
}

/// Visits every screen once in `setup` and audits each.
fn walk(setup: Setup, rows: &mut Vec<Row>) {
    let (library, _) = Library::load(&ContentSource::embedded()).expect("embedded content parses");
    let lang = setup.language;
    let text = |id: &str| library.i18n.text(lang, id, &[]);
    let root = tempfile::tempdir().expect("temp dir");
    let mut harness = kiosk_with_pin(root.path(), setup.size);
    let mut record = |harness: &Harness<'_, KioskApp>, screen: &str| {
        rows.push(Row {
            screen: screen.to_owned(),
            setup,
            audit: audit(harness),
        });
    };
    harness.run();
    if setup.language == "ja" && !setup.high_contrast && setup.text_size == "100%" {
        // The attract screen always shows the defaults.
        record(&harness, "attract");
    }
    start_visit(&mut harness);
    choose_language(&mut harness, &library.i18n.language_name(lang));
    if setup.high_contrast {
        tap_button(&mut harness, &text("contrast-label"));
    }
    tap_button(&mut harness, setup.text_size);
    record(&harness, "home");
    for (track_index, track) in library.spec.tracks.iter().enumerate() {
        tap_button(&mut harness, &text(&format!("track-{}-title", track.id)));
        for (page_index, page) in track.pages.iter().enumerate() {
            record(&harness, &page.id);
            if track_index == 0 && page_index == 0 {
                tap_button(&mut harness, &text("about-open"));
                record(&harness, "about");
                tap_button(&mut harness, &format!("◀ {}", text("nav-back")));
            }
            if page_index + 1 < track.pages.len() {
                tap_button(&mut harness, &format!("{} ▶", text("nav-next")));
            }
        }
        tap_button(&mut harness, &text("nav-home"));
    }
    advance(&mut harness, 125.0);
    record(&harness, "idle warning");
    // Pressed where it is: a screen reader's move to it would already count as the
    // visitor's presence and close the warning.
    common::press(&mut harness, &text("idle-continue"));
    make_staff_gesture(&mut harness);
    record(&harness, "staff: PIN pad");
    for digit in PIN.chars() {
        tap_button(&mut harness, &digit.to_string());
    }
    tap_button(&mut harness, &text("staff-pin-enter"));
    record(&harness, "staff: menu");
    tap(&mut harness, &text("staff-open-settings"));
    record(&harness, "staff: settings");
}

fn setups() -> Vec<Setup> {
    let mut setups = Vec::new();
    for (size, orientation) in [(LANDSCAPE, "landscape"), (PORTRAIT, "portrait")] {
        for language in ["ja", "en"] {
            for high_contrast in [false, true] {
                for text_size in ["100%", "150%", "200%"] {
                    setups.push(Setup {
                        size,
                        orientation,
                        language,
                        high_contrast,
                        text_size,
                    });
                }
            }
        }
        // Every other language at the two ends: landscape at 100 % in the standard theme,
        // portrait at 200 % in high contrast.
        for language in immuno_kiosk::source::EMBEDDED_LOCALES
            .iter()
            .filter(|l| !["ja", "en"].contains(l))
        {
            let (high_contrast, text_size) = if orientation == "landscape" {
                (false, "100%")
            } else {
                (true, "200%")
            };
            setups.push(Setup {
                size,
                orientation,
                language,
                high_contrast,
                text_size,
            });
        }
    }
    setups
}

/// The report: one row per screen, text size and theme, each the worst over both languages
/// and both orientations.
fn report(rows: &[Row]) -> String {
    let mut keys: Vec<(String, &str, bool)> = Vec::new();
    for row in rows {
        let key = (
            row.screen.clone(),
            row.setup.text_size,
            row.setup.high_contrast,
        );
        if !keys.contains(&key) {
            keys.push(key);
        }
    }
    let min_target = rows
        .iter()
        .map(|r| r.audit.min_target)
        .fold(f32::INFINITY, f32::min);
    let min_gap = rows
        .iter()
        .map(|r| r.audit.min_gap)
        .fold(f32::INFINITY, f32::min);
    let min_contrast = rows
        .iter()
        .map(|r| r.audit.min_contrast)
        .fold(f64::INFINITY, f64::min);
    let clipped: usize = rows.iter().map(|r| r.audit.clipped).sum();
    let mut out = String::new();
    let _ = writeln!(out, "# Accessibility report\n");
    let _ = writeln!(
        out,
        "Written by `cargo test --test accessibility`, which fails if any figure misses its \
         target. Every screen was visited in landscape (1920×1080) and portrait (1080×1920), \
         in Japanese and English in both themes at every text size, and in every other \
         language in landscape at 100 % (standard theme) and portrait at 200 % (high \
         contrast); each row gives the worst of those visits.\n"
    );
    let _ = writeln!(
        out,
        "- Screens audited: {} ({} screen visits).\n\
         - Smallest target: **{min_target:.0} px** (target ≥ {MIN_TARGET:.0} px); least room \
         between two targets: **{min_gap:.0} px** (target ≥ {MIN_TARGET_GAP:.0} px).\n\
         - Lowest contrast of any painted text: **{min_contrast:.2}:1** (target ≥ \
         {BODY_TEXT}:1 for all text, the body-text level; the rule for text of 24 px and \
         more, which all text here is, would be {LARGE_TEXT}:1).\n\
         - Clipped or overlapping text nodes: **{clipped}**.\n",
        keys.len(),
        rows.len()
    );
    let _ = writeln!(
        out,
        "Targets are the nodes of the AccessKit tree that accept a click; contrast is measured \
         on the shapes each frame painted, text against the fills beneath it.\n"
    );
    let _ = writeln!(
        out,
        "| screen | text size | theme | targets (min px) | contrast (min ratio) | clipped nodes |"
    );
    let _ = writeln!(out, "|---|---|---|---|---|---|");
    for (screen, text_size, high_contrast) in &keys {
        let matching: Vec<&Row> = rows
            .iter()
            .filter(|r| {
                &r.screen == screen
                    && r.setup.text_size == *text_size
                    && r.setup.high_contrast == *high_contrast
            })
            .collect();
        let target = matching
            .iter()
            .map(|r| r.audit.min_target)
            .fold(f32::INFINITY, f32::min);
        let contrast = matching
            .iter()
            .map(|r| r.audit.min_contrast)
            .fold(f64::INFINITY, f64::min);
        let clipped: usize = matching.iter().map(|r| r.audit.clipped).sum();
        let theme = if *high_contrast {
            "high contrast"
        } else {
            "standard"
        };
        let _ = writeln!(
            out,
            "| {screen} | {text_size} | {theme} | {target:.0} | {contrast:.2} | {clipped} |"
        );
    }
    out
}

/// Every screen, every way it can be shown: the targets, text and contrast all pass, and the
/// report is written for people to read.
#[test]
fn every_screen_passes_the_audit_and_the_report_is_written() {
    // Two threads, one an orientation: the walk is the longest test, and CI has two cores.
    let setups = setups();
    let (landscape, portrait): (Vec<Setup>, Vec<Setup>) = setups
        .into_iter()
        .partition(|s| s.orientation == "landscape");
    let rows: Vec<Row> = std::thread::scope(|scope| {
        let walkers: Vec<_> = [landscape, portrait]
            .into_iter()
            .map(|setups| {
                scope.spawn(move || {
                    let mut rows = Vec::new();
                    for setup in setups {
                        walk(setup, &mut rows);
                    }
                    rows
                })
            })
            .collect();
        walkers
            .into_iter()
            .flat_map(|w| w.join().expect("a walk panicked"))
            .collect()
    });
    assert!(rows.len() > 300, "only {} screens audited", rows.len());
    let report = report(&rows);
    let path = std::path::Path::new(env!("CARGO_MANIFEST_DIR")).join("docs/a11y-report.md");
    std::fs::write(&path, &report).expect("write the report");
    let mut problems = Vec::new();
    for row in &rows {
        let s = row.setup;
        assert!(
            row.audit.texts > 0 || row.screen == "attract",
            "{}: no text",
            row.screen
        );
        for problem in &row.audit.problems {
            problems.push(format!(
                "{} ({} {} {} {}): {problem}",
                row.screen,
                s.orientation,
                s.language,
                s.text_size,
                if s.high_contrast { "HC" } else { "standard" }
            ));
        }
    }
    assert!(
        problems.is_empty(),
        "{} problems:\n{}",
        problems.len(),
        problems.join("\n")
    );
}

/// The label of the focused node and its rect, if anything has the focus.
fn focused(harness: &Harness<'_, KioskApp>) -> Option<(String, egui::Rect)> {
    let node = harness.query_by(|n| n.is_focused())?;
    let label = node.accesskit_node().label().unwrap_or_default();
    Some((label, node.rect()))
}

/// Whether a focus ring (at least 3 px, in the theme's focus colour) is painted around `rect`.
fn ring_around(harness: &Harness<'_, KioskApp>, rect: egui::Rect) -> bool {
    fn find(shape: &egui::Shape, rect: egui::Rect, colour: egui::Color32) -> bool {
        match shape {
            egui::Shape::Vec(shapes) => shapes.iter().any(|s| find(s, rect, colour)),
            egui::Shape::Rect(r) => {
                r.stroke.width >= 3.0
                    && r.stroke.color == colour
                    && r.rect.contains_rect(rect)
                    && r.rect.area() < rect.expand(20.0).area()
            }
            _ => false,
        }
    }
    let palette = theme::palette(harness.state().session().high_contrast);
    harness
        .output()
        .shapes
        .iter()
        .any(|c| find(&c.shape, rect, palette.focus))
}

/// Presses Tab `stops` times; at every stop the focused control is in view and ringed.
fn tab_through(harness: &mut Harness<'_, KioskApp>, stops: usize) -> Vec<(String, egui::Rect)> {
    let mut seen = Vec::new();
    for _ in 0..stops {
        harness.key_press(egui::Key::Tab);
        harness.run();
        let (label, rect) = focused(harness).expect("Tab puts the focus somewhere");
        assert!(
            ring_around(harness, rect),
            "no focus ring around {label:?} at {rect:?}"
        );
        assert!(
            harness.ctx.content_rect().contains_rect(rect),
            "the focused {label:?} is out of view at {rect:?}"
        );
        seen.push((label, rect));
    }
    seen
}

#[test]
fn tab_moves_through_the_controls_in_reading_order_with_a_ring_in_both_themes() {
    for high_contrast in [false, true] {
        let mut harness = harness(LANDSCAPE);
        start_visit(&mut harness);
        if high_contrast {
            tap_button(&mut harness, "見やすい配色");
        }
        tap_button(&mut harness, "まず、知っておきたいこと");
        tap_button(&mut harness, "次へ ▶");
        // A visitor who used the screen first: the focus starts from nothing.
        harness.ctx.memory_mut(egui::Memory::stop_text_input);
        harness.run();
        let stops = tab_through(&mut harness, 20);
        let labels: Vec<&str> = stops.iter().map(|(l, _)| l.as_str()).collect();
        // The top bar first, left to right, then the page, then the navigation at the bottom.
        let order = [
            "言語 / Language",
            "100%",
            "150%",
            "200%",
            "見やすい配色",
            "なし",
            "むずかしい言葉",
            "すべての漢字",
            "この情報について",
            "はじめに戻る",
            "◀ 前へ",
            "次へ ▶",
        ];
        let mut at = 0;
        for want in order {
            let found = labels[at..]
                .iter()
                .position(|l| *l == want)
                .unwrap_or_else(|| panic!("{want:?} not reached in order: {labels:?}"));
            at += found + 1;
        }
        // Nothing in the page comes before the top bar, nor after the bottom bar.
        let bar_bottom = stops[7].1.bottom();
        assert!(
            stops[..8]
                .iter()
                .all(|(_, r)| r.bottom() <= bar_bottom + 1.0)
        );
        let pos = |label: &str| labels.iter().position(|l| *l == label).expect(label);
        assert!(stops[pos("この情報について")].1.top() > bar_bottom);
        assert!(stops[pos("はじめに戻る")].1.top() > stops[pos("この情報について")].1.top());
    }
}

#[test]
fn enter_presses_the_focused_control_and_shift_tab_goes_back() {
    let mut harness = harness(LANDSCAPE);
    harness.run();
    // On the attract screen, Enter starts the visit.
    harness.key_press(egui::Key::Enter);
    harness.run();
    assert_eq!(
        harness.state().session().screen,
        immuno_kiosk::model::Screen::Home
    );
    tab_through(&mut harness, 2);
    assert_eq!(focused(&harness).expect("focus").0, "100%");
    harness.key_press_modifiers(egui::Modifiers::SHIFT, egui::Key::Tab);
    harness.run();
    assert_eq!(focused(&harness).expect("focus").0, "言語 / Language");
    // Enter opens the list of languages; Tab moves through it, Enter chooses.
    harness.key_press(egui::Key::Enter);
    harness.run();
    assert!(harness.state().session().choosing_language);
    let mut stops = Vec::new();
    while stops.len() < 12
        && stops
            .last()
            .is_none_or(|(l, _): &(String, _)| l != "English")
    {
        stops.extend(tab_through(&mut harness, 1));
    }
    assert_eq!(
        stops.first().map(|s| s.0.as_str()),
        Some("日本語"),
        "{stops:?}"
    );
    assert_eq!(
        stops.last().map(|s| s.0.as_str()),
        Some("English"),
        "{stops:?}"
    );
    harness.key_press(egui::Key::Enter);
    harness.run();
    assert_eq!(harness.state().session().locale, "en");
    assert!(!harness.state().session().choosing_language);
    // Space works too: the 150 % option, three stops from the start.
    tab_through(&mut harness, 3);
    assert_eq!(focused(&harness).expect("focus").0, "150%");
    harness.key_press(egui::Key::Space);
    harness.run();
    assert_eq!(harness.state().session().text_scale.percent(), 150);
}

#[test]
fn a_screen_reader_hears_the_idle_warning_the_qr_codes_the_dots_and_the_chosen_options() {
    use egui::accesskit::Toggled;
    let mut harness = harness(LANDSCAPE);
    start_visit(&mut harness);
    tap_button(&mut harness, "まず、知っておきたいこと");

    // The chosen language and text size are "pressed", the others not, and the choice is
    // marked with a check as well as by colour.
    let toggled = |harness: &Harness<'_, KioskApp>, label: &str| {
        harness
            .get_by_role_and_label(Role::Button, label)
            .accesskit_node()
            .toggled()
    };
    assert_eq!(toggled(&harness, "100%"), Some(Toggled::True));
    assert_eq!(toggled(&harness, "200%"), Some(Toggled::False));
    let checks = |harness: &Harness<'_, KioskApp>| -> Vec<egui::Rect> {
        a11y::painted_text(&harness.output().shapes, theme::STANDARD.background)
            .iter()
            .filter(|t| t.text.contains(theme::CHECK_MARK))
            .map(|t| t.rect)
            .collect()
    };
    let has_check = |harness: &Harness<'_, KioskApp>, label: &str| {
        let rect = harness.get_by_role_and_label(Role::Button, label).rect();
        checks(harness).iter().any(|c| rect.contains_rect(*c))
    };
    assert!(has_check(&harness, "100%"));
    assert!(!has_check(&harness, "150%") && !has_check(&harness, "見やすい配色"));
    // In the list of languages, the language shown is pressed and checked.
    tap_button(&mut harness, "言語 / Language");
    assert_eq!(toggled(&harness, "日本語"), Some(Toggled::True));
    assert_eq!(toggled(&harness, "English"), Some(Toggled::False));
    assert!(has_check(&harness, "日本語") && !has_check(&harness, "English"));
    tap_button(&mut harness, "閉じる");

    // The dots are a progress indicator that says which page of how many.
    let dots = harness.get_by_role(Role::ProgressIndicator);
    assert_eq!(
        dots.accesskit_node().label().as_deref(),
        Some("全5ページ中 1ページ目")
    );
    assert_eq!(dots.accesskit_node().numeric_value(), Some(1.0));

    // Each QR code is an image named for where it leads, and the page's figure is named by
    // what it shows.
    let mut images: Vec<String> = harness
        .get_all_by_role(Role::Image)
        .filter_map(|n| n.accesskit_node().label())
        .collect();
    let figure = "左では、T細胞ががん細胞を攻撃して取り除いています。";
    let figures: Vec<String> = images.extract_if(.., |l| l.starts_with(figure)).collect();
    assert_eq!(figures.len(), 1, "the figure of core 1: {figures:?}");
    assert!(!images.is_empty());
    for label in &images {
        assert!(
            label.starts_with("QRコード：") && label.contains("https://"),
            "{label:?}"
        );
    }

    // The broad-sense and proven tags carry an icon and words, not only a colour.
    for label in [
        "◯ 免疫療法（効果あり）：効果が証明された治療",
        "※ 免疫療法（広義）：効果が証明されていない治療も含む",
    ] {
        harness.get_by_label(label);
    }

    // The idle warning is an alert dialog that is said by the focus moving into it (not by
    // a live region, which would read the countdown out every second), and while it is up
    // only it is read. tests/screen_reader.rs follows it through the countdown.
    advance(&mut harness, 125.0);
    let warning = harness.get_by_role_and_label(Role::AlertDialog, "まだご覧になりますか？");
    let node = warning.accesskit_node();
    assert_eq!(node.data().live(), Some(Live::Off));
    assert!(node.is_modal());
    let continue_button = harness.get_by_role_and_label(Role::Button, "続けて読む");
    assert!(
        continue_button
            .accesskit_node()
            .is_descendant_of(&warning.accesskit_node())
    );
    assert!(continue_button.is_focused());
}
