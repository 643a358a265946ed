//! Readings for every word with kanji, for the ふりがな choice "all kanji": a table of words
//! and their readings (`assets/furigana/ja.ron`), made from a dictionary when the content
//! changes (`scripts/furigana.py`, with `MeCab` and `IPADIC`) and embedded in the binary, so
//! nothing is looked up at run time. The content lint names any kanji the table cannot read.

use std::collections::HashMap;
use std::sync::LazyLock;

use super::ruby::{Marked, Ruby, is_kanji};

/// Word (kanji, with any kana inside it) → reading in hiragana.
static TABLE: LazyLock<HashMap<String, String>> = LazyLock::new(|| {
    // Part of the binary; a unit test proves it parses.
    ron::from_str(include_str!("../../assets/furigana/ja.ron")).unwrap_or_default()
});

/// The longest word in the table, in `char`s.
static LONGEST: LazyLock<usize> =
    LazyLock::new(|| TABLE.keys().map(|k| k.chars().count()).max().unwrap_or(0));

/// How many words the table has.
pub fn table_len() -> usize {
    TABLE.len()
}

/// Adds a reading over every run of kanji in `marked` that has none, from the table: the
/// longest word of the table that starts at each kanji. Returns the kanji runs (as text)
/// left without a reading.
pub fn annotate(marked: &mut Marked) -> Vec<String> {
    let chars: Vec<char> = marked.plain.chars().collect();
    let mut covered = vec![false; chars.len()];
    for ruby in &marked.ruby {
        for slot in &mut covered[ruby.base.clone()] {
            *slot = true;
        }
    }
    let mut added = Vec::new();
    let mut missing = Vec::new();
    let mut i = 0;
    while i < chars.len() {
        if covered[i] || !is_kanji(chars[i]) {
            i += 1;
            continue;
        }
        let longest = (*LONGEST).min(chars.len() - i);
        let found = (1..=longest).rev().find_map(|len| {
            let span = &chars[i..i + len];
            if span.iter().any(|&c| !is_kanji(c)) && !is_kanji(span[len - 1]) {
                return None;
            }
            if span.iter().enumerate().any(|(k, _)| covered[i + k]) {
                return None;
            }
            let word: String = span.iter().collect();
            TABLE.get(&word).map(|reading| (len, reading.clone()))
        });
        if let Some((len, reading)) = found {
            added.push(Ruby {
                base: i..i + len,
                reading,
            });
            i += len;
        } else {
            let start = i;
            while i < chars.len() && is_kanji(chars[i]) && !covered[i] {
                i += 1;
            }
            missing.push(chars[start..i].iter().collect());
        }
    }
    marked.ruby.extend(added);
    marked.ruby.sort_by_key(|r| r.base.start);
    missing
}

#[cfg(test)]
mod tests {
    use super::*;
    use crate::text::parse;

    #[test]
    fn the_table_is_embedded_and_parses() {
        assert!(table_len() > 100, "{} words", table_len());
    }

    #[test]
    fn every_kanji_word_gets_a_reading_and_marked_ones_keep_theirs() {
        let mut marked = parse("｜自由診療《じゆうしんりょう》は免疫の治療です").unwrap();
        let missing = annotate(&mut marked);
        assert!(missing.is_empty(), "{missing:?}");
        let chars: Vec<char> = marked.plain.chars().collect();
        let got: Vec<(String, &str)> = marked
            .ruby
            .iter()
            .map(|r| (chars[r.base.clone()].iter().collect(), r.reading.as_str()))
            .collect();
        assert_eq!(got[0], ("自由診療".to_owned(), "じゆうしんりょう"));
        assert!(got.contains(&("免疫".to_owned(), "めんえき")), "{got:?}");
        assert!(got.contains(&("治療".to_owned(), "ちりょう")), "{got:?}");
    }
}
