//! Plain wording: one word for one thing (the `terms` of `content.ron`) and sentences short
//! enough to follow (its `max_sentence_chars`).

use fluent_syntax::ast;

use super::Problem;
use super::fluent::{Def, Locale, unique_in_order};
use super::pattern::{Piece, walk_pattern};
use super::position::{RonText, offset_in};
use crate::content::{ContentSpec, TermSpec};

/// Reports a term or a sentence budget for a locale that has no `locales/<lang>/` folder: a
/// misspelt language would switch the rule off without a word.
pub(super) fn check_style_locales(
    spec: &ContentSpec,
    ron: &RonText<'_>,
    locales: &[Locale<'_>],
    problems: &mut Vec<Problem>,
) {
    let known = |lang: &str| locales.iter().any(|l| l.lang == lang);
    for term in spec.terms.iter().filter(|t| !known(&t.lang)) {
        problems.push(ron.problem(
            ron.line_of_field("use", &term.preferred, 0),
            format!(
                "the term \"{}\" is for locale \"{}\", but there is no locales/{}/ folder",
                term.preferred, term.lang, term.lang
            ),
        ));
    }
    for (lang, _) in spec.max_sentence_chars.iter().filter(|(l, _)| !known(l)) {
        problems.push(
            ron.problem(
                ron.text
                    .find("max_sentence_chars")
                    .map_or(1, |offset| ron.line_at(offset)),
                format!(
                    "max_sentence_chars has a budget for locale \"{lang}\", but there is no \
                 locales/{lang}/ folder"
                ),
            ),
        );
    }
}

/// Reports every banned variant of a term in the locale the term is for, at its line.
///
/// A variant inside one of the term's `except` words, or inside its preferred form, is not a
/// variant: 保険 inside 保険診療 is a different word. Variants that begin or end with an ASCII
/// letter or digit match whole words only, so "pee" does not match "speed".
pub(super) fn check_terms(spec: &ContentSpec, locales: &[Locale<'_>], problems: &mut Vec<Problem>) {
    for locale in locales {
        let terms: Vec<&TermSpec> = spec
            .terms
            .iter()
            .filter(|t| t.lang == locale.lang)
            .collect();
        if terms.is_empty() {
            continue;
        }
        for def in unique_in_order(locale) {
            for pattern in def.patterns() {
                walk_pattern(pattern, &mut |piece| {
                    if let Piece::Text(text) | Piece::Literal(text) = piece {
                        for term in &terms {
                            report_variants(def, text, term, problems);
                        }
                    }
                });
            }
        }
    }
}

fn report_variants(def: &Def<'_>, text: &str, term: &TermSpec, problems: &mut Vec<Problem>) {
    let start = offset_in(def.text.text, text);
    for variant in term.not.iter().filter(|v| !v.is_empty()) {
        for (index, _) in text.match_indices(variant.as_str()) {
            let end = index + variant.len();
            if !whole_word(text, index, end, variant) || excepted(text, index, end, term) {
                continue;
            }
            let line = start.map_or(def.line, |s| def.text.line_at(s + index));
            problems.push(Problem::new(
                def.path,
                line,
                format!(
                    "{} \"{}\": \"{variant}\" is a variant of \"{}\"; the content uses one \
                     word for one thing (terms in content.ron), so write \"{}\"",
                    def.kind, def.id, term.preferred, term.preferred
                ),
            ));
        }
    }
}

fn whole_word(text: &str, start: usize, end: usize, variant: &str) -> bool {
    let word = |c: char| c.is_ascii_alphanumeric();
    let before_ok = !variant.starts_with(word)
        || !text
            .get(..start)
            .and_then(|s| s.chars().next_back())
            .is_some_and(word);
    let after_ok = !variant.ends_with(word)
        || !text
            .get(end..)
            .and_then(|s| s.chars().next())
            .is_some_and(word);
    before_ok && after_ok
}

/// Whether the variant at `start..end` lies inside an occurrence of the preferred form or of
/// one of the term's exceptions.
fn excepted(text: &str, start: usize, end: usize, term: &TermSpec) -> bool {
    std::iter::once(&term.preferred)
        .chain(&term.except)
        .filter(|word| !word.is_empty())
        .any(|word| {
            text.match_indices(word.as_str())
                .any(|(at, _)| at <= start && end <= at + word.len())
        })
}

/// Where a sentence ends.
const SENTENCE_ENDS: [char; 6] = ['。', '！', '？', '!', '?', '．'];

/// One sentence of a message, as the sentence-length rule counts it.
#[derive(Clone, Debug, PartialEq, Eq)]
pub struct Sentence {
    /// The sentence as written, ruby readings left out.
    pub text: String,
    /// Characters on the line: every character except whitespace and ruby markup.
    pub chars: usize,
}

/// Splits a message's text into sentences and counts each as the sentence budget does.
///
/// A sentence ends at 。！？ (or the end of the message: a bullet is one sentence). What a
/// reader sees on the line counts: whitespace, the ruby marks `｜` and `《…》` readings, which
/// are drawn above the line, do not; readings written in brackets, 「語（よみ）」, do, since
/// they take room on the line.
#[must_use]
pub fn sentences(text: &str) -> Vec<Sentence> {
    let mut out = Vec::new();
    let mut current = String::new();
    let mut in_ruby = false;
    for c in text.chars() {
        match c {
            '《' => in_ruby = true,
            '》' if in_ruby => in_ruby = false,
            '｜' => {}
            _ if in_ruby || c.is_whitespace() => {}
            _ => {
                current.push(c);
                if SENTENCE_ENDS.contains(&c) {
                    push_sentence(&mut out, &mut current);
                }
            }
        }
    }
    push_sentence(&mut out, &mut current);
    out
}

fn push_sentence(out: &mut Vec<Sentence>, current: &mut String) {
    if !current.is_empty() {
        let text = std::mem::take(current);
        let chars = text.chars().count();
        out.push(Sentence { text, chars });
    }
}

/// The text a message shows, as far as the file says it: its literal text, with placeables
/// (whose values come from the program) left out and only the top level of the pattern read.
fn plain_text<'a>(pattern: &'a ast::Pattern<&'a str>) -> Vec<&'a str> {
    pattern
        .elements
        .iter()
        .filter_map(|element| match element {
            ast::PatternElement::TextElement { value } => Some(*value),
            ast::PatternElement::Placeable { .. } => None,
        })
        .collect()
}

/// Reports every sentence of a message value longer than its locale's `max_sentence_chars`,
/// at the message's line.
pub(super) fn check_sentences(
    spec: &ContentSpec,
    locales: &[Locale<'_>],
    problems: &mut Vec<Problem>,
) {
    for (lang, max) in &spec.max_sentence_chars {
        let Some(locale) = locales.iter().find(|l| l.lang == lang) else {
            continue;
        };
        for def in unique_in_order(locale) {
            let Some(value) = def.value else { continue };
            let text: String = plain_text(value).concat();
            for sentence in sentences(&text).into_iter().filter(|s| s.chars > *max) {
                let opening: String = sentence.text.chars().take(16).collect();
                problems.push(Problem::new(
                    def.path,
                    def.line,
                    format!(
                        "{} \"{}\": a sentence of {} characters, over the budget of {max} \
                         for {lang} (max_sentence_chars in content.ron); split it: \
                         \"{opening}…\"",
                        def.kind, def.id, sentence.chars
                    ),
                ));
            }
        }
    }
}
