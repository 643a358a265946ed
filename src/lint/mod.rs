//! The content lint: reads the Fluent files and `assets/content.ron` together and reports
//! every problem as `file:line: message`, so that a translator or editor finds it before a
//! patient does.
//!
//! Japanese (`ja`) is the reference locale: every other locale is compared with it. The lint
//! never stops at the first problem, and never panics on what it reads.
//!
//! This module holds the public API and runs the checks in order; each submodule is one
//! concern: `fluent` parses and indexes the `.ftl` files (`pattern` walks their patterns),
//! `entries`, `glyphs` and `parity` check them, `structure` checks `content.ron`, `usage`
//! matches the two, `budget` counts page lengths, `style` holds the wording rules (one word
//! for one thing, short sentences), `trials` makes a trial's figures name the trial, `figures` checks the drawings, and
//! `position` finds lines.

mod budget;
mod entries;
mod figures;
mod fluent;
mod glossary;
mod glyphs;
mod parity;
mod pattern;
mod position;
mod ruby;
mod structure;
mod style;
mod translation;
mod trials;
mod usage;

use std::fmt;

use crate::fonts::GlyphCoverage;
use crate::source::{ContentSource, REFERENCE_LOCALE};

pub use budget::{page_budget_ids, page_char_count};
pub use style::{Sentence, sentences};

use budget::check_budgets;
use entries::check_locale;
use fluent::{Locale, ParsedLocale};
use parity::check_parity;
use position::RonText;
use structure::{check_desk_links, check_structure, parse_structure};
use style::{check_sentences, check_style_locales, check_terms};
use trials::check_trial_sources;
use usage::{check_usage, content_uses};

/// One thing wrong with the content, at a place a person can open.
#[derive(Clone, Debug, PartialEq, Eq)]
pub struct Problem {
    /// The file, relative to the content root (`locales/en/core.ftl`).
    pub file: String,
    /// 1-based line in `file`.
    pub line: usize,
    /// What is wrong and what to do about it.
    pub message: String,
}

impl Problem {
    fn new(file: impl Into<String>, line: usize, message: impl Into<String>) -> Self {
        Self {
            file: file.into(),
            line,
            message: message.into(),
        }
    }
}

impl Problem {
    /// Whether this is a stale translation: reported, but not a fault that keeps a content
    /// folder from being used, since the kiosk handles it (`stale_translations`).
    #[must_use]
    pub fn is_stale(&self) -> bool {
        self.message.starts_with("stale:")
    }
}

impl fmt::Display for Problem {
    fn fmt(&self, f: &mut fmt::Formatter<'_>) -> fmt::Result {
        write!(f, "{}:{}: {}", self.file, self.line, self.message)
    }
}

/// What the lint needs to know beyond the content itself.
#[derive(Clone, Copy, Debug, Default)]
pub struct LintOptions<'a> {
    /// Fluent ids the program's own code uses (the `ui.ftl` chrome); they count as used.
    /// When there are any, the content is checked against the program itself, so the links
    /// the program names (the consultation block's national centres) must exist too; a
    /// fixture checked on its own passes none.
    pub code_ids: &'a [&'a str],
    /// Whether every kanji of the Japanese text must be in the embedded readings table
    /// (`assets/furigana/ja.ron`), as the shipped content must. A hospital's own content can
    /// have words the table lacks: under "all kanji" they show without a reading.
    pub readings_table: bool,
}

/// Checks the Fluent files and `content.ron` of `source`; an empty list means clean.
///
/// Problems are sorted by file, then line.
#[must_use]
pub fn check_content(
    source: &ContentSource,
    glyphs: &GlyphCoverage,
    options: &LintOptions<'_>,
) -> Vec<Problem> {
    let mut problems = Vec::new();
    let parsed: Vec<ParsedLocale<'_>> = source
        .locales
        .iter()
        .map(|files| ParsedLocale::parse(files, &mut problems))
        .collect();
    let locales: Vec<Locale<'_>> = parsed.iter().map(Locale::index).collect();
    for locale in &locales {
        check_locale(locale, glyphs, &mut problems);
        ruby::check_ruby(locale, options.readings_table, &mut problems);
        glossary::check_glossary(locale, &mut problems);
    }
    if let Some(reference) = locales.iter().find(|l| l.lang == REFERENCE_LOCALE) {
        for other in locales.iter().filter(|l| l.lang != REFERENCE_LOCALE) {
            check_parity(reference, other, &mut problems);
        }
    }
    translation::check_status(source, &locales, &mut problems);
    translation::check_term_table(source, &locales, &mut problems);
    if let Some(spec) = parse_structure(&source.structure, &mut problems) {
        let ron = RonText::new(&source.structure);
        check_structure(&spec, &ron, glyphs, &mut problems);
        if !options.code_ids.is_empty() {
            check_desk_links(&spec, &ron, &mut problems);
        }
        let uses = content_uses(&spec, &ron);
        check_usage(&uses, &ron, &locales, options.code_ids, &mut problems);
        check_budgets(&spec, &ron, source, &mut problems);
        check_style_locales(&spec, &ron, &locales, &mut problems);
        check_terms(&spec, &locales, &mut problems);
        check_sentences(&spec, &locales, &mut problems);
        check_trial_sources(&spec, &ron, source, &mut problems);
        figures::check_figures(&spec, &ron, source, &mut problems);
    }
    problems.sort_by(|a, b| (a.file.as_str(), a.line).cmp(&(b.file.as_str(), b.line)));
    problems.dedup();
    problems
}
