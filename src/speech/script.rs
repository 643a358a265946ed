//! A page as sentences to speak: the page layer's [`Item`]s, in reading order, cut into
//! sentences (Unicode's sentence breaks, ICU4X). Each sentence keeps where it is shown (its
//! message and its place in that message's text, for the highlight) and the words the
//! engine is given: the same text with every ruby reading in place of its base (the content
//! marks the reading of each hard term, `免疫《めんえき》`, `｜PD-1《ピーディーワン》`, and
//! that reading is what is said), then the content's reading overrides applied.
//!
//! The overrides are the `speech-readings` message of each language (`ui.ftl`): one word a
//! line, written with its reading as ruby, `生検《せいけん》` or `｜PD-1《ピーディーワン》`.
//! They exist where an engine reads a word wrong, so that an editor can fix a
//! mispronunciation without a programmer; the readings test proves every glossary term and
//! drug name is read as its ruby says.

use std::ops::Range;

use icu_segmenter::SentenceSegmenter;
use icu_segmenter::options::SentenceBreakInvariantOptions;

use crate::content::{Item, Message};
use crate::text::ruby;

/// One sentence of a page.
#[derive(Clone, Debug, PartialEq, Eq)]
pub struct Sentence {
    /// The message it is part of (`core-2-lead`).
    pub message_id: String,
    /// That message's text as written (with ruby markup): the highlight finds the block
    /// that shows it by this.
    pub message_text: String,
    /// Where it is in the message's text without ruby markup, in `char`s.
    pub range: Range<usize>,
    /// The sentence as shown (without ruby markup).
    pub shown: String,
    /// What the engine is given: the sentence with its ruby readings (as written) in place
    /// of their bases, then the reading overrides applied.
    pub spoken: String,
}

/// Words an engine reads wrong, with the reading it must use; longest word first, so that a
/// word inside a longer one is replaced only where the longer one is not.
#[derive(Clone, Debug, Default, PartialEq, Eq)]
pub struct Readings {
    words: Vec<(String, String)>,
}

/// A line of `speech-readings` that is not one word with its reading.
#[derive(Clone, Debug, PartialEq, Eq, thiserror::Error)]
#[error("line {line}: {problem}")]
pub struct ReadingsError {
    /// The line, from 1.
    pub line: usize,
    /// What is wrong with it.
    pub problem: String,
}

impl Readings {
    /// Reads the `speech-readings` message: one word a line with its reading as ruby over the
    /// whole word. Readings are given to the engine as written: Open JTalk says a word it
    /// does not know right in hiragana where katakana can trip it (ほうしゅつ is h o o sh u
    /// ts u, ホウシュツ came out as h o o sh i y u ts u). Blank
    /// lines are skipped.
    ///
    /// # Errors
    /// The first line that is not a word with one reading over all of it.
    pub fn parse(text: &str) -> Result<Self, ReadingsError> {
        let mut words = Vec::new();
        for (index, line) in text.lines().enumerate() {
            let line = line.trim();
            if line.is_empty() {
                continue;
            }
            let error = |problem: &str| ReadingsError {
                line: index + 1,
                problem: format!("{problem}: {line}"),
            };
            // ｜word《reading》 or word《reading》: the ruby notation, in every language (an
            // English reading is words, "｜PD-1《P D one》").
            let body = line.strip_prefix(ruby::BAR).unwrap_or(line);
            let parsed = body
                .strip_suffix(ruby::CLOSE)
                .and_then(|rest| rest.split_once(ruby::OPEN))
                .filter(|(word, reading)| {
                    !word.trim().is_empty()
                        && !reading.trim().is_empty()
                        && ![ruby::BAR, ruby::OPEN, ruby::CLOSE]
                            .iter()
                            .any(|mark| word.contains(*mark) || reading.contains(*mark))
                });
            let Some((word, reading)) = parsed else {
                return Err(error(
                    "write one word and its reading, as 生検《せいけん》 or ｜PD-1《ピーディーワン》",
                ));
            };
            words.push((word.trim().to_owned(), reading.trim().to_owned()));
        }
        words.sort_by_key(|(word, _)| std::cmp::Reverse(word.chars().count()));
        Ok(Self { words })
    }

    /// How many words have a reading.
    pub fn len(&self) -> usize {
        self.words.len()
    }

    /// Whether there are none.
    pub fn is_empty(&self) -> bool {
        self.words.is_empty()
    }

    /// `text` with every word that has a reading replaced by it, longest word first and
    /// never inside a replacement already made.
    pub fn apply(&self, text: &str) -> String {
        // Pieces of the text, each either untouched (true) or already a reading (false).
        let mut pieces: Vec<(String, bool)> = vec![(text.to_owned(), true)];
        for (word, reading) in &self.words {
            let mut next = Vec::with_capacity(pieces.len());
            for (piece, open) in pieces {
                if !open || !piece.contains(word.as_str()) {
                    next.push((piece, open));
                    continue;
                }
                let mut parts = piece.split(word.as_str()).peekable();
                while let Some(part) = parts.next() {
                    if !part.is_empty() {
                        next.push((part.to_owned(), true));
                    }
                    if parts.peek().is_some() {
                        next.push((reading.clone(), false));
                    }
                }
            }
            pieces = next;
        }
        pieces.into_iter().map(|(piece, _)| piece).collect()
    }
}

/// Hiragana as katakana (the form Open JTalk's dictionary writes readings in, for comparing
/// readings); other
/// characters as they are.
pub fn katakana(text: &str) -> String {
    text.chars()
        .map(|c| match c {
            'ぁ'..='ゖ' | 'ゝ' | 'ゞ' => char::from_u32(u32::from(c) + 0x60).unwrap_or(c),
            _ => c,
        })
        .collect()
}

/// The messages read aloud from `items`, in reading order: what a page says, without what is
/// only for the eyes or for a phone. The breadcrumb (the title says where the page is), QR
/// codes and their hint, and a figure's labels (its alt text says what they say) are left
/// out.
pub fn spoken_messages(items: &[Item]) -> Vec<&Message> {
    let mut out = Vec::new();
    for item in items {
        push_spoken(item, &mut out);
    }
    out
}

fn push_spoken<'a>(item: &'a Item, out: &mut Vec<&'a Message>) {
    match item {
        Item::Breadcrumb { .. } | Item::QrCodes(_) => {}
        Item::Figure(figure) => out.push(&figure.alt),
        Item::Callout { title, body } => {
            out.push(title);
            for inner in body {
                push_spoken(inner, out);
            }
        }
        Item::Card { tag, title, body } => {
            out.extend(tag.iter().map(|badge| &badge.label));
            out.push(title);
            for inner in body {
                push_spoken(inner, out);
            }
        }
        Item::Consultation(crate::content::Consultation::General {
            title, paragraphs, ..
        }) => {
            out.push(title);
            out.extend(paragraphs);
        }
        Item::Consultation(crate::content::Consultation::Desk(desk)) => {
            out.push(&desk.title);
            out.extend(&desk.lines);
        }
        Item::Tag(_)
        | Item::Title(_)
        | Item::Lead(_)
        | Item::Heading(_)
        | Item::Paragraph(_)
        | Item::Bullets(_)
        | Item::NextTrack(_)
        | Item::SourceLine(_)
        | Item::Reviewed(_) => out.extend(item.messages()),
    }
}

/// The sentences of `items`, in reading order, with `readings` applied to what is spoken.
/// A sentence with nothing to say (only punctuation or space) is left out.
pub fn sentences(items: &[Item], readings: &Readings) -> Vec<Sentence> {
    let segmenter = SentenceSegmenter::new(SentenceBreakInvariantOptions::default());
    let mut out = Vec::new();
    for message in spoken_messages(items) {
        let marked = ruby::parse_lenient(&message.text);
        let plain = &marked.plain;
        let bounds: Vec<usize> = segmenter.segment_str(plain).collect();
        for pair in bounds.windows(2) {
            let (start, end) = (pair[0], pair[1]);
            let piece = &plain[start..end];
            let shown = piece.trim();
            if !shown.chars().any(char::is_alphanumeric) {
                continue;
            }
            // The range of the trimmed sentence, in chars.
            let lead = piece.len() - piece.trim_start().len();
            let from = plain[..start + lead].chars().count();
            let to = from + shown.chars().count();
            // A list written "a / b" is heard as a list, not as "a slash b".
            let said = with_ruby_readings(&marked, from..to).replace(" / ", ", ");
            out.push(Sentence {
                message_id: message.id.clone(),
                message_text: message.text.clone(),
                range: from..to,
                shown: shown.to_owned(),
                spoken: readings
                    .apply(&said)
                    .split_whitespace()
                    .collect::<Vec<_>>()
                    .join(" "),
            });
        }
    }
    out
}

/// The `range` (in `char`s) of `marked`'s text, with each ruby base inside it replaced by its
/// reading, as written.
fn with_ruby_readings(marked: &ruby::Marked, range: Range<usize>) -> String {
    let chars: Vec<char> = marked.plain.chars().collect();
    let mut out = String::new();
    let mut i = range.start;
    while i < range.end {
        let base = marked
            .ruby
            .iter()
            .find(|r| r.base.start == i && r.base.end <= range.end);
        if let Some(r) = base {
            out.push_str(&r.reading);
            i = r.base.end;
        } else {
            out.push(chars[i]);
            i += 1;
        }
    }
    out
}

#[cfg(test)]
mod tests {
    use super::*;

    fn message(id: &str, text: &str) -> Message {
        Message {
            id: id.to_owned(),
            text: text.to_owned(),
        }
    }

    #[test]
    fn japanese_sentences_keep_their_place_in_the_shown_text() {
        let items = vec![
            Item::Title(message("t", "免疫《めんえき》の話")),
            Item::Paragraph(message(
                "p",
                "T細胞が働きます。がんは、ブレーキをかけます！\n次の行です",
            )),
        ];
        let sentences = sentences(&items, &Readings::default());
        let shown: Vec<&str> = sentences.iter().map(|s| s.shown.as_str()).collect();
        assert_eq!(
            shown,
            [
                "免疫の話",
                "T細胞が働きます。",
                "がんは、ブレーキをかけます！",
                "次の行です"
            ]
        );
        let plain = "T細胞が働きます。がんは、ブレーキをかけます！\n次の行です";
        for sentence in &sentences[1..] {
            assert_eq!(sentence.message_id, "p");
            let cut: String = plain
                .chars()
                .skip(sentence.range.start)
                .take(sentence.range.len())
                .collect();
            assert_eq!(cut, sentence.shown);
        }
    }

    #[test]
    fn english_sentences_split_after_a_full_stop_and_keep_abbreviation_free_text_whole() {
        let items = vec![Item::Lead(message(
            "l",
            "Immunotherapy helps some people. It does not help everyone? Ask your doctor.",
        ))];
        let shown: Vec<String> = sentences(&items, &Readings::default())
            .into_iter()
            .map(|s| s.shown)
            .collect();
        assert_eq!(
            shown,
            [
                "Immunotherapy helps some people.",
                "It does not help everyone?",
                "Ask your doctor."
            ]
        );
    }

    #[test]
    fn readings_replace_the_longest_word_first_and_never_inside_a_reading() {
        let readings = Readings::parse(
            "生検《せいけん》\n\n｜PD-1《ピーディーワン》\n｜PD-1抗体《ピーディーワンこうたい》",
        )
        .expect("valid");
        assert_eq!(readings.len(), 3);
        assert_eq!(
            readings.apply("生検とPD-1抗体とPD-1"),
            "せいけんとピーディーワンこうたいとピーディーワン"
        );
    }

    #[test]
    fn a_line_without_one_whole_reading_names_its_line() {
        let error =
            Readings::parse("生検《せいけん》\n生検と《せいけん》悪心").expect_err("refused");
        assert_eq!(error.line, 2);
        assert!(error.problem.contains("生検と"), "{error}");
        assert!(Readings::parse("｜PD-1《 》").is_err());
        assert!(Readings::parse("《せいけん》").is_err());
        let english = Readings::parse("｜PD-L1《P D L one》").expect("a reading in words");
        assert_eq!(english.apply("PD-L1 and PD-1"), "P D L one and PD-1");
    }

    #[test]
    fn what_is_only_for_the_eyes_is_not_read() {
        use crate::content::{Figure, FigureLabel, QrRow};
        let items = vec![
            Item::Breadcrumb {
                track: message("track", "まず"),
                progress: message("progress", "1 / 5"),
            },
            Item::Figure(Figure {
                id: "core-1".to_owned(),
                alt: message("alt", "T細胞の図。"),
                labels: vec![FigureLabel {
                    text: message("label", "T細胞"),
                    x: 1,
                    y: 1,
                }],
            }),
            Item::QrCodes(QrRow {
                codes: Vec::new(),
                hint: message("hint", "スマートフォンで読み取れます。"),
            }),
        ];
        let ids: Vec<String> = sentences(&items, &Readings::default())
            .into_iter()
            .map(|s| s.message_id)
            .collect();
        assert_eq!(ids, ["alt"]);
    }

    #[test]
    fn ruby_readings_are_what_is_said() {
        let items = vec![Item::Paragraph(message(
            "p",
            "免疫《めんえき》を使う｜PD-1《ピーディーワン》の薬。生検のあと。",
        ))];
        let readings = Readings::parse("生検《せいけん》").expect("valid");
        let spoken: Vec<String> = sentences(&items, &readings)
            .into_iter()
            .map(|s| s.spoken)
            .collect();
        assert_eq!(
            spoken,
            ["めんえきを使うピーディーワンの薬。", "せいけんのあと。"]
        );
    }

    #[test]
    fn a_slash_between_sources_is_a_pause_not_a_word() {
        let items = vec![Item::SourceLine(message("s", "Based on: A / B / C"))];
        let spoken: Vec<String> = sentences(&items, &Readings::default())
            .into_iter()
            .map(|s| s.spoken)
            .collect();
        assert_eq!(spoken, ["Based on: A, B, C"]);
    }

    #[test]
    fn katakana_turns_only_hiragana() {
        assert_eq!(katakana("せいけんとT細胞ゝ"), "セイケントT細胞ヽ");
    }
}
