//! Ruby markup, the notation of Aozora Bunko and novel sites that Japanese editors know:
//! `｜自由診療《じゆうしんりょう》` puts the reading over the text between `｜` and `《`;
//! without `｜`, `免疫《めんえき》` puts it over the run of kanji just before `《`.

use std::ops::Range;

/// The mark that opens an explicit base.
pub const BAR: char = '｜';
/// The marks around a reading.
pub const OPEN: char = '《';
/// See [`OPEN`].
pub const CLOSE: char = '》';

/// One reading over its base.
#[derive(Clone, Debug, PartialEq, Eq)]
pub struct Ruby {
    /// The base, as a range of `char`s of [`Marked::plain`].
    pub base: Range<usize>,
    /// The reading, in kana.
    pub reading: String,
}

/// Text with its markup taken out: what is shown on the line, and the readings over it.
#[derive(Clone, Debug, Default, PartialEq, Eq)]
pub struct Marked {
    /// The text without marks and readings.
    pub plain: String,
    /// The readings, in order, over bases that do not overlap.
    pub ruby: Vec<Ruby>,
}

impl Marked {
    /// The readings as a screen reader may say them after the text: 「自由診療：じゆうしんりょう」,
    /// one per base, separated by 「、」. Empty when there are none.
    pub fn readings_description(&self) -> String {
        let chars: Vec<char> = self.plain.chars().collect();
        self.ruby
            .iter()
            .map(|r| {
                let base: String = chars[r.base.clone()].iter().collect();
                format!("{base}：{}", r.reading)
            })
            .collect::<Vec<_>>()
            .join("、")
    }
}

/// What is wrong with a piece of markup, with the `char` offset in the source where it is.
#[derive(Clone, Debug, PartialEq, Eq, thiserror::Error)]
pub enum RubyError {
    /// `《` with no `》` after it.
    #[error("「《」 at character {at} is never closed with 「》」")]
    Unclosed {
        /// Offset of the `《`.
        at: usize,
    },
    /// `》` with no `《` before it.
    #[error("「》」 at character {at} closes nothing")]
    StrayClose {
        /// Offset of the `》`.
        at: usize,
    },
    /// `｜` that no reading follows.
    #[error("「｜」 at character {at} starts a base that no 《reading》 follows")]
    BarWithoutReading {
        /// Offset of the `｜`.
        at: usize,
    },
    /// `《》`.
    #[error("the reading at character {at} is empty")]
    EmptyReading {
        /// Offset of the `《`.
        at: usize,
    },
    /// `｜《…》`: nothing between the bar and the reading.
    #[error("the base before the reading at character {at} is empty")]
    EmptyBase {
        /// Offset of the `《`.
        at: usize,
    },
    /// A reading that is not all kana.
    #[error("the reading 「{reading}」 is not all kana")]
    NotKana {
        /// The reading.
        reading: String,
    },
    /// `《…》` after something other than kanji, with no `｜` to say where the base starts.
    #[error(
        "the reading at character {at} follows no kanji: mark where its base starts with 「｜」"
    )]
    NoKanjiBefore {
        /// Offset of the `《`.
        at: usize,
    },
}

/// Whether `c` is a kanji, for the implicit base: the CJK ideographs and the marks that
/// stand for one (々, 〆, ヶ).
pub fn is_kanji(c: char) -> bool {
    matches!(c,
        '\u{4E00}'..='\u{9FFF}'
        | '\u{3400}'..='\u{4DBF}'
        | '\u{F900}'..='\u{FAFF}'
        | '\u{20000}'..='\u{2FFFF}'
        | '々' | '〆' | 'ヶ')
}

/// Whether `c` may be in a reading: hiragana, katakana and the long-vowel mark.
fn is_kana(c: char) -> bool {
    matches!(c, '\u{3041}'..='\u{309F}' | '\u{30A0}'..='\u{30FF}')
}

/// Parses `text`, or says what is wrong with its markup.
///
/// # Errors
/// The first [`RubyError`] in the text, with where it is.
pub fn parse(text: &str) -> Result<Marked, RubyError> {
    let source: Vec<char> = text.chars().collect();
    let mut plain: Vec<char> = Vec::with_capacity(source.len());
    let mut ruby: Vec<Ruby> = Vec::new();
    let mut bar: Option<(usize, usize)> = None;
    let mut i = 0;
    while i < source.len() {
        match source[i] {
            BAR => bar = Some((plain.len(), i)),
            OPEN => {
                let close = source[i + 1..]
                    .iter()
                    .position(|&c| c == CLOSE)
                    .map(|p| i + 1 + p)
                    .ok_or(RubyError::Unclosed { at: i })?;
                let reading: String = source[i + 1..close].iter().collect();
                if reading.is_empty() {
                    return Err(RubyError::EmptyReading { at: i });
                }
                if !reading.chars().all(is_kana) {
                    return Err(RubyError::NotKana { reading });
                }
                let floor = ruby.last().map_or(0, |r| r.base.end);
                let start = if let Some((start, _)) = bar.take() {
                    if start == plain.len() {
                        return Err(RubyError::EmptyBase { at: i });
                    }
                    start
                } else {
                    let mut start = plain.len();
                    while start > floor && is_kanji(plain[start - 1]) {
                        start -= 1;
                    }
                    if start == plain.len() {
                        return Err(RubyError::NoKanjiBefore { at: i });
                    }
                    start
                };
                ruby.push(Ruby {
                    base: start..plain.len(),
                    reading,
                });
                i = close;
            }
            CLOSE => return Err(RubyError::StrayClose { at: i }),
            c => plain.push(c),
        }
        i += 1;
    }
    if let Some((_, at)) = bar {
        return Err(RubyError::BarWithoutReading { at });
    }
    Ok(Marked {
        plain: plain.into_iter().collect(),
        ruby,
    })
}

/// Parses `text` for showing: broken markup (which the content lint refuses) loses its marks
/// and readings rather than showing them, so a visitor never sees 《 or ｜.
pub fn parse_lenient(text: &str) -> Marked {
    if let Ok(marked) = parse(text) {
        return marked;
    }
    let mut plain = String::with_capacity(text.len());
    let mut chars = text.chars().peekable();
    while let Some(c) = chars.next() {
        match c {
            BAR | CLOSE => {}
            OPEN => {
                let rest: String = chars.clone().collect();
                if rest.contains(CLOSE) {
                    for c in chars.by_ref() {
                        if c == CLOSE {
                            break;
                        }
                    }
                }
            }
            c => plain.push(c),
        }
    }
    Marked {
        plain,
        ruby: Vec::new(),
    }
}

/// The text without its markup: what a length budget counts and a screen reader names.
pub fn plain(text: &str) -> String {
    if text.contains([BAR, OPEN, CLOSE]) {
        parse_lenient(text).plain
    } else {
        text.to_owned()
    }
}

#[cfg(test)]
mod tests {
    use super::*;

    fn bases(marked: &Marked) -> Vec<(String, &str)> {
        let chars: Vec<char> = marked.plain.chars().collect();
        marked
            .ruby
            .iter()
            .map(|r| (chars[r.base.clone()].iter().collect(), r.reading.as_str()))
            .collect()
    }

    #[test]
    fn an_explicit_base_runs_from_the_bar() {
        let marked = parse("これは｜自由診療《じゆうしんりょう》です").unwrap();
        assert_eq!(marked.plain, "これは自由診療です");
        assert_eq!(
            bases(&marked),
            [("自由診療".to_owned(), "じゆうしんりょう")]
        );
        assert_eq!(marked.ruby[0].base, 3..7);
    }

    #[test]
    fn an_implicit_base_is_the_run_of_kanji_before_the_reading() {
        let marked = parse("がんの免疫《めんえき》療法《りょうほう》は").unwrap();
        assert_eq!(marked.plain, "がんの免疫療法は");
        assert_eq!(
            bases(&marked),
            [
                ("免疫".to_owned(), "めんえき"),
                ("療法".to_owned(), "りょうほう")
            ]
        );
    }

    #[test]
    fn a_bar_can_take_kana_and_latin_into_the_base() {
        let marked = parse("｜CAR-T細胞《カーティーさいぼう》").unwrap();
        assert_eq!(
            bases(&marked),
            [("CAR-T細胞".to_owned(), "カーティーさいぼう")]
        );
    }

    #[test]
    fn broken_markup_says_what_and_where() {
        assert_eq!(parse("免疫《めんえき"), Err(RubyError::Unclosed { at: 2 }));
        assert_eq!(parse("免疫》"), Err(RubyError::StrayClose { at: 2 }));
        assert_eq!(
            parse("｜免疫です"),
            Err(RubyError::BarWithoutReading { at: 0 })
        );
        assert_eq!(parse("免疫《》"), Err(RubyError::EmptyReading { at: 2 }));
        assert_eq!(parse("｜《めんえき》"), Err(RubyError::EmptyBase { at: 1 }));
        assert_eq!(
            parse("免疫《men》"),
            Err(RubyError::NotKana {
                reading: "men".to_owned()
            })
        );
        assert_eq!(
            parse("がん《がん》"),
            Err(RubyError::NoKanjiBefore { at: 2 })
        );
    }

    #[test]
    fn broken_markup_shows_no_marks() {
        assert_eq!(parse_lenient("免疫《めんえき").plain, "免疫めんえき");
        assert_eq!(parse_lenient("｜免疫です》").plain, "免疫です");
        assert_eq!(
            plain("｜自由診療《じゆうしんりょう》と免疫《めんえき》"),
            "自由診療と免疫"
        );
        assert_eq!(plain("no markup"), "no markup");
    }

    #[test]
    fn readings_are_described_for_a_screen_reader() {
        let marked = parse("｜自由診療《じゆうしんりょう》と免疫《めんえき》").unwrap();
        assert_eq!(
            marked.readings_description(),
            "自由診療：じゆうしんりょう、免疫：めんえき"
        );
    }
}
