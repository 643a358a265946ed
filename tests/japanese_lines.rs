//! Japanese set as a Japanese reader expects, on every page of the real UI: every page in
//! Japanese at 100 %, 150 % and 200 %, landscape and portrait, laid out by the kiosk, and
//! every line it drew checked. No line starts with a character kinsoku forbids at a line's
//! start (closing brackets and punctuation, small kana, the long-vowel mark, ％) or ends with
//! an opening bracket; no reading is parted from its base; no phrase is broken unless it is
//! wider than the line. The test prints how many lines broke inside a phrase, and how many
//! egui's own wrapping broke there for the same text and width.
//!
//! With `LOOK_DIR` set, it also writes a screenshot of the first page with readings at each
//! text size, for looking at by eye.

#![allow(
    clippy::expect_used,
    reason = "test helpers: a failed expect is a failed test (allow-expect-in-tests covers only #[test] functions)"
)]

mod common;

use common::{LANDSCAPE, PORTRAIT, harness, start_visit, tap_button};
use egui_kittest::Harness;
use immuno_kiosk::KioskApp;
use immuno_kiosk::content::{ContentSource, Library};
use immuno_kiosk::text::{self, Script};
use immuno_kiosk::ui::prose;

const NO_START: &str =
    "、。，．）」』】〕ー・：；？！ぁぃぅぇぉっゃゅょゎァィゥェォッャュョヮヵヶ％";
const NO_END: &str = "（「『【〔";

#[derive(Default)]
struct Tally {
    lines: usize,
    breaks: usize,
    inside_phrase: usize,
    egui_inside_phrase: usize,
    egui_breaks: usize,
    problems: Vec<String>,
}

/// Checks every block drawn in the harness's last frame.
fn check_frame(harness: &Harness<'_, KioskApp>, tally: &mut Tally, place: &str) {
    for laid in prose::recorded_lines(&harness.ctx) {
        tally.lines += laid.lines.len();
        let marked = text::parse_lenient(&laid.source);
        if laid.script != Script::Japanese {
            continue;
        }
        // Phrases as BudouX finds them, and the spaces between words.
        let phrases = text::breaks(&marked, Script::Japanese).phrase;
        let mut at = 0;
        for (index, line) in laid.lines.iter().enumerate() {
            let first = line.text.chars().next();
            let last = line.text.chars().last();
            if let Some(c) = first
                && NO_START.contains(c)
                && index > 0
            {
                tally
                    .problems
                    .push(format!("{place}: a line starts with {c}: {:?}", line.text));
            }
            if let Some(c) = last
                && NO_END.contains(c)
                && index + 1 < laid.lines.len()
            {
                tally
                    .problems
                    .push(format!("{place}: a line ends with {c}: {:?}", line.text));
            }
            at += line.chars;
            if index + 1 < laid.lines.len() && !line.hard_end {
                tally.breaks += 1;
                if !phrases.get(at).copied().unwrap_or(true) {
                    tally.inside_phrase += 1;
                    if line.phrase_width <= laid.max_width {
                        tally.problems.push(format!(
                            "{place}: a phrase of {:.0} px that fits the {:.0} px line was broken after {:?}",
                            line.phrase_width, laid.max_width, line.text
                        ));
                    }
                }
            }
        }
        if laid.ruby_drawn != laid.ruby_total {
            tally.problems.push(format!(
                "{place}: {} of {} readings drawn in {:?}",
                laid.ruby_drawn, laid.ruby_total, laid.plain
            ));
        }
        // The same text and width, wrapped by egui as before.
        let font = laid.font.clone();
        let galley = harness.ctx.fonts_mut(|f| {
            f.layout(
                marked.plain.clone(),
                font,
                egui::Color32::BLACK,
                laid.max_width,
            )
        });
        let mut at = 0;
        for row in &galley.rows {
            at += row.char_count_excluding_newline().0;
            if row.ends_with_newline {
                at += 1;
            } else if at < marked.plain.chars().count() {
                tally.egui_breaks += 1;
                if !phrases.get(at).copied().unwrap_or(true) {
                    tally.egui_inside_phrase += 1;
                }
            }
        }
    }
}

fn walk(size: egui::Vec2, scale: &str, tally: &mut Tally, look: Option<&std::path::Path>) {
    let (library, _) = Library::load(&ContentSource::embedded()).expect("embedded content parses");
    let mut harness = harness(size);
    start_visit(&mut harness);
    tap_button(&mut harness, scale);
    prose::record_lines(&harness.ctx, true);
    let text = |id: &str| library.i18n.text("ja", id, &[]);
    for track in &library.spec.tracks {
        tap_button(&mut harness, &text(&format!("track-{}-title", track.id)));
        for (page_index, page) in track.pages.iter().enumerate() {
            harness.run();
            prose::recorded_lines(&harness.ctx);
            harness.run();
            let place = format!("{}×{} {scale} {}", size.x, size.y, page.id);
            check_frame(&harness, tally, &place);
            if let Some(dir) = look
                && page_index == 0
            {
                let name = format!("{}-{}x{}-{scale}.png", page.id, size.x, size.y);
                if let Ok(image) = harness.render() {
                    image
                        .save(dir.join(name.replace('%', "")))
                        .expect("write a screenshot");
                }
            }
            if page_index + 1 < track.pages.len() {
                tap_button(&mut harness, &format!("{} ▶", text("nav-next")));
            }
        }
        tap_button(&mut harness, &text("nav-home"));
    }
}

#[test]
fn every_japanese_line_keeps_kinsoku_readings_and_phrases() {
    let look = std::env::var_os("LOOK_DIR").map(std::path::PathBuf::from);
    let mut tally = Tally::default();
    for size in [LANDSCAPE, PORTRAIT] {
        for scale in ["100%", "150%", "200%"] {
            walk(size, scale, &mut tally, look.as_deref());
        }
    }
    eprintln!(
        "{} lines; {} breaks, {} inside a phrase (each in a phrase wider than its line); \
         egui's own wrapping of the same text: {} breaks, {} inside a phrase",
        tally.lines, tally.breaks, tally.inside_phrase, tally.egui_breaks, tally.egui_inside_phrase
    );
    assert!(tally.lines > 500, "only {} lines were checked", tally.lines);
    assert!(tally.problems.is_empty(), "{}", tally.problems.join("\n"));
}

/// The readings on the current screen: how many blocks show any, and how many in all.
fn readings_shown(harness: &mut Harness<'_, KioskApp>) -> usize {
    prose::record_lines(&harness.ctx, true);
    harness.run();
    prose::recorded_lines(&harness.ctx);
    harness.run();
    let shown = prose::recorded_lines(&harness.ctx)
        .iter()
        .map(|laid| laid.ruby_drawn)
        .sum();
    prose::record_lines(&harness.ctx, false);
    shown
}

#[test]
fn the_furigana_switch_changes_the_readings_and_the_idle_reset_restores_it() {
    use egui_kittest::kittest::{NodeT as _, Queryable as _};
    let mut harness = harness(LANDSCAPE);
    start_visit(&mut harness);
    tap_button(&mut harness, "まず、知っておきたいこと");
    let hard_terms = readings_shown(&mut harness);
    assert!(
        hard_terms > 0,
        "the first page shows no readings by default"
    );
    // A screen reader hears the word once, with its reading as the description.
    let lead =
        harness.get_by_label("体には、がん細胞を見つけて取り除く「免疫」という仕組みがあります。");
    assert_eq!(
        lead.accesskit_node().description(),
        Some("免疫：めんえき".to_owned()),
        "the reading is the lead's description"
    );
    tap_button(&mut harness, "なし");
    assert_eq!(
        readings_shown(&mut harness),
        0,
        "readings shown with ふりがな off"
    );
    tap_button(&mut harness, "すべての漢字");
    let all = readings_shown(&mut harness);
    assert!(
        all > hard_terms * 3,
        "all kanji: {all} readings, hard terms: {hard_terms}"
    );
    // Left alone, the kiosk goes back to the attract screen and forgets the choice.
    common::advance(&mut harness, 400.0);
    common::advance(&mut harness, 400.0);
    start_visit(&mut harness);
    tap_button(&mut harness, "まず、知っておきたいこと");
    assert_eq!(
        readings_shown(&mut harness),
        hard_terms,
        "the idle reset keeps the choice"
    );
}
