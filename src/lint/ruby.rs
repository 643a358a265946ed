//! Ruby (furigana) markup: well formed in Japanese, absent elsewhere, and, for the shipped
//! content, every kanji readable by the readings table of the "all kanji" choice.

use super::Problem;
use super::fluent::{Def, Locale};
use super::pattern::literal_text;
use crate::source::REFERENCE_LOCALE;
use crate::text::{self, ruby};

/// The text pieces of each of `def`'s patterns, joined (placeables left out).
fn pattern_texts(def: &Def<'_>) -> Vec<String> {
    def.patterns().map(literal_text).collect()
}

/// Checks every entry of `locale`. `readings_table`: also name the kanji the embedded
/// readings table cannot read.
pub(super) fn check_ruby(locale: &Locale<'_>, readings_table: bool, problems: &mut Vec<Problem>) {
    let japanese = locale.lang == REFERENCE_LOCALE || locale.lang == crate::text::EASY_JAPANESE;
    for def in &locale.defs {
        for joined in pattern_texts(def) {
            if def.id == crate::i18n::ids::SPEECH_READINGS {
                // Read-aloud's reading overrides use ruby in every language: one word a line
                // with the reading the engine must say.
                if let Err(err) = crate::speech::script::Readings::parse(&joined) {
                    problems.push(Problem::new(
                        def.path,
                        def.line,
                        format!("{} \"{}\": {err}", def.kind, def.id),
                    ));
                }
                continue;
            }
            if !japanese {
                if joined.contains([ruby::BAR, ruby::OPEN, ruby::CLOSE]) {
                    problems.push(Problem::new(
                        def.path,
                        def.line,
                        format!(
                            "{} \"{}\": ruby markup (｜, 《, 》) is for Japanese readings only; \
                             {} text never uses it",
                            def.kind, def.id, locale.lang
                        ),
                    ));
                }
                continue;
            }
            match text::parse(&joined) {
                Err(err) => problems.push(Problem::new(
                    def.path,
                    def.line,
                    format!("{} \"{}\": {err}", def.kind, def.id),
                )),
                Ok(mut marked) if readings_table => {
                    for word in text::readings::annotate(&mut marked) {
                        problems.push(Problem::new(
                            def.path,
                            def.line,
                            format!(
                                "{} \"{}\": the readings table has no reading for 「{word}」: \
                                 run scripts/furigana.py, or add it to \
                                 assets/furigana/overrides.tsv",
                                def.kind, def.id
                            ),
                        ));
                    }
                }
                Ok(_) => {}
            }
        }
    }
}
