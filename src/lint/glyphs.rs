//! Characters the bundled font cannot show.

use fluent_syntax::unicode::unescape_unicode_to_string;

use super::Problem;
use super::fluent::Def;
use super::pattern::{Piece, walk_pattern};
use super::position::offset_in;
use crate::fonts::GlyphCoverage;

pub(super) fn check_glyphs(
    def: &Def<'_>,
    lang: &str,
    glyphs: &GlyphCoverage,
    problems: &mut Vec<Problem>,
) {
    let mut report = |line: usize, c: char| {
        problems.push(Problem::new(
            def.path,
            line,
            format!(
                "{} \"{}\": {} has no glyph in the bundled fonts of {lang} ({}) and would \
                 show as a box; use another character, or add it with scripts/fonts.py",
                def.kind,
                def.id,
                describe_char(c),
                GlyphCoverage::describe(lang)
            ),
        ));
    };
    for pattern in def.patterns() {
        walk_pattern(pattern, &mut |piece| match piece {
            Piece::Text(text) => {
                // Text is a slice of the file, so each character has its own line.
                let start = offset_in(def.text.text, text);
                for (index, c) in text
                    .char_indices()
                    .filter(|(_, c)| !glyphs.covers(lang, *c))
                {
                    report(start.map_or(def.line, |s| def.text.line_at(s + index)), c);
                }
            }
            Piece::Literal(literal) => {
                let line = def.text.line_of_slice(literal);
                let shown = unescape_unicode_to_string(literal);
                for c in shown.chars().filter(|c| !glyphs.covers(lang, *c)) {
                    report(line, c);
                }
            }
            Piece::Variable(_) | Piece::Message(_) | Piece::Term(_) => {}
        });
    }
}

/// `"→" (U+2192)`, or just the code for characters that do not print.
pub(super) fn describe_char(c: char) -> String {
    let code = format!("U+{:04X}", u32::from(c));
    if c.is_control() || c.is_whitespace() {
        format!("the invisible character {code}")
    } else {
        format!("\"{c}\" ({code})")
    }
}
