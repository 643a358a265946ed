//! Where a line may break, and where it should: UAX #14 at CSS's strict level (ICU4X's line
//! segmenter, with its Japanese tailoring), which keeps the kinsoku rules, and for Japanese
//! the phrase (文節) boundaries of `BudouX`, like CSS `word-break: auto-phrase`.

use icu_segmenter::LineSegmenter;
use icu_segmenter::options::{LineBreakOptions, LineBreakStrictness, LineBreakWordOption};

use super::ruby::Marked;

/// How a text's lines break.
#[derive(Clone, Copy, Debug, PartialEq, Eq, Hash)]
pub enum Script {
    /// Japanese: kinsoku at the strict level, preferring phrase boundaries.
    Japanese,
    /// Everything else: at spaces, never inside a word (nor at its hyphens).
    Other,
}

impl Script {
    /// The script of a locale's text.
    pub fn of_locale(locale: &str) -> Self {
        if locale == "ja" || locale.starts_with("ja-") {
            Self::Japanese
        } else {
            Self::Other
        }
    }
}

/// やさしい日本語: Japanese with readings over every kanji, always.
pub const EASY_JAPANESE: &str = "ja-x-easy";

/// Whether `locale` shows readings over every kanji whatever the visitor chose.
pub fn all_kanji_locale(locale: &str) -> bool {
    locale == EASY_JAPANESE
}

/// The break opportunities of a text, by `char` index: a line may start at `i` when
/// `allowed[i]`. Both vectors are one longer than the text.
#[derive(Clone, Debug, Default, PartialEq, Eq)]
pub struct Breaks {
    /// Where UAX #14 (strict) allows a break, less the places kept whole: inside a ruby base,
    /// inside a Latin word or a number with its unit.
    pub allowed: Vec<bool>,
    /// The allowed breaks a reader expects: at phrase boundaries in Japanese, after a space
    /// in any script.
    pub preferred: Vec<bool>,
    /// A line must end before `i` (a newline in the text).
    pub mandatory: Vec<bool>,
    /// Where a phrase (Japanese) or a word (other scripts) starts, allowed or not.
    pub phrase: Vec<bool>,
}

/// The break opportunities of `marked`'s plain text in `script`.
pub fn breaks(marked: &Marked, script: Script) -> Breaks {
    let text = &marked.plain;
    let chars: Vec<char> = text.chars().collect();
    let n = chars.len();
    // Byte offset to char index.
    let mut char_at = vec![0usize; text.len() + 1];
    for (index, (byte, c)) in text.char_indices().enumerate() {
        for slot in &mut char_at[byte..byte + c.len_utf8()] {
            *slot = index;
        }
    }
    char_at[text.len()] = n;

    let ja = icu_locale_core::langid!("ja");
    let mut options = LineBreakOptions::default();
    options.strictness = Some(LineBreakStrictness::Strict);
    options.word_option = Some(LineBreakWordOption::Normal);
    if script == Script::Japanese {
        options.content_locale = Some(&ja);
    }
    let segmenter = LineSegmenter::new_for_non_complex_scripts(options);
    let mut allowed = vec![false; n + 1];
    for byte in segmenter.segment_str(text) {
        allowed[char_at[byte]] = true;
    }
    let mut mandatory = vec![false; n + 1];
    for (i, &c) in chars.iter().enumerate() {
        if c == '\n' {
            mandatory[i + 1] = true;
            allowed[i + 1] = true;
        }
    }
    // Kept whole: a ruby base with its reading.
    for ruby in &marked.ruby {
        for slot in &mut allowed[ruby.base.start + 1..ruby.base.end] {
            *slot = false;
        }
    }
    for i in 1..n {
        let (before, after) = (chars[i - 1], chars[i]);
        // A Latin term (PD-1, CAR-T, MSI-H) stays whole: UAX #14 allows a break after its
        // hyphen. A number stays with its unit (2014年, 23.2％, 5年).
        let latin = |c: char| c.is_ascii_alphanumeric();
        if (before == '-' && latin(after) && i >= 2 && latin(chars[i - 2]))
            || (is_digit(before) && !after.is_whitespace() && !is_opening(after))
        {
            allowed[i] = false;
        }
    }
    allowed[0] = false;

    let mut preferred = vec![false; n + 1];
    let phrase = match script {
        Script::Japanese => phrase_boundaries(&chars),
        Script::Other => vec![false; n + 1],
    };
    let mut phrase = phrase;
    for i in 1..=n {
        phrase[i] |= chars[i - 1].is_whitespace() || i == n || mandatory[i];
        preferred[i] = allowed[i] && phrase[i];
    }
    Breaks {
        allowed,
        preferred,
        mandatory,
        phrase,
    }
}

fn is_digit(c: char) -> bool {
    c.is_ascii_digit() || ('０'..='９').contains(&c)
}

fn is_opening(c: char) -> bool {
    matches!(c, '（' | '「' | '『' | '【' | '〔' | '(' | '[')
}

/// The boundaries between `BudouX`'s phrases, by `char` index, one line at a time.
fn phrase_boundaries(chars: &[char]) -> Vec<bool> {
    let mut at = vec![false; chars.len() + 1];
    let mut start = 0;
    for line in chars.split(|&c| c == '\n') {
        let line_at = super::phrases::boundaries(line);
        for (i, &b) in line_at.iter().enumerate().take(line.len()) {
            at[start + i] |= b;
        }
        start += line.len() + 1;
    }
    at
}

#[cfg(test)]
mod tests {
    use super::*;
    use crate::text::ruby::parse;

    /// The text with `|` at every allowed break.
    fn allowed(text: &str, script: Script) -> String {
        let marked = parse(text).unwrap();
        let b = breaks(&marked, script);
        marked
            .plain
            .chars()
            .enumerate()
            .map(|(i, c)| {
                if b.allowed[i] {
                    format!("|{c}")
                } else {
                    c.to_string()
                }
            })
            .collect()
    }

    fn can_break_before(text: &str, index: usize) -> bool {
        breaks(&parse(text).unwrap(), Script::Japanese).allowed[index]
    }

    #[test]
    fn no_line_starts_with_closing_punctuation_small_kana_or_a_percent_sign() {
        for c in
            "、。，．）」』】〕ー・：；？！ぁぃぅぇぉっゃゅょゎァィゥェォッャュョヮヵヶ％".chars()
        {
            let text = format!("漢字{c}漢字");
            assert!(
                !can_break_before(&text, 2),
                "a line may start with {c} in {text}"
            );
        }
    }

    #[test]
    fn no_line_ends_with_opening_brackets() {
        for c in "（「『【〔".chars() {
            let text = format!("漢字{c}漢字");
            assert!(
                !can_break_before(&text, 3),
                "a line may end with {c} in {text}"
            );
        }
    }

    #[test]
    fn numbers_stay_with_their_units_and_latin_terms_stay_whole() {
        assert_eq!(allowed("2014年に承認", Script::Japanese), "2014年|に|承|認");
        assert!(!can_break_before("率は23.2％です", 6));
        assert!(!allowed("PD-1とCAR-Tの", Script::Japanese).contains("PD-|1"));
        assert!(!allowed("PD-1とCAR-Tの", Script::Japanese).contains("CAR-|T"));
    }

    #[test]
    fn a_ruby_base_is_never_split() {
        let text = "これは｜自由診療《じゆうしんりょう》です";
        assert!(allowed(text, Script::Japanese).contains("自由診療"));
    }

    #[test]
    fn phrases_are_preferred_in_japanese() {
        let marked = parse("国立がん研究センターの情報をもとに").unwrap();
        let b = breaks(&marked, Script::Japanese);
        let chars: Vec<char> = marked.plain.chars().collect();
        let preferred: String = chars
            .iter()
            .enumerate()
            .map(|(i, c)| {
                if b.preferred[i] {
                    format!("|{c}")
                } else {
                    c.to_string()
                }
            })
            .collect();
        // Inside 「研究センター」 a break is allowed but not preferred.
        assert!(b.allowed[5], "研|究 is a kinsoku-legal break");
        assert!(!preferred.contains("研|究"), "{preferred}");
        assert!(!preferred.contains("セ|ン"), "{preferred}");
    }

    #[test]
    fn english_breaks_only_at_spaces() {
        assert_eq!(
            allowed("Check-point drugs, among others", Script::Other),
            "Check-point |drugs, |among |others"
        );
    }

    #[test]
    fn a_newline_is_a_mandatory_break() {
        let b = breaks(&parse("一行目\n二行目").unwrap(), Script::Japanese);
        assert!(b.mandatory[4]);
        assert!(!b.mandatory[3]);
    }
}
