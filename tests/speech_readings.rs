//! Every glossary term and every drug name in the content is read aloud as it should be:
//! Open JTalk's own analysis of what the kiosk gives it (the text with its ruby readings and
//! the `speech-readings` overrides applied) must give the expected reading, in katakana.
//!
//! The expected reading of a glossary term is its ruby (the content says how it is read);
//! drug names and the medical words Open JTalk's dictionary reads wrong are in [`TABLE`].
//! Needs `open-jtalk` and `open-jtalk-mecab-naist-jdic` (see the README).

#![allow(
    clippy::expect_used,
    reason = "test helpers: a failed expect is a failed test (allow-expect-in-tests covers only #[test] functions)"
)]

use immuno_kiosk::content::{ContentSource, Item, Library, Message, glossary::glossary};
use immuno_kiosk::i18n::ids;
use immuno_kiosk::speech::OpenJTalk;
use immuno_kiosk::speech::script::{Readings, katakana, sentences};
use immuno_kiosk::text::ruby;

/// Terms and the reading a listener must hear: every drug the content names, and the
/// words a general dictionary reads another way (生検 is not なまけん in a hospital).
const TABLE: &[(&str, &str)] = &[
    ("ニボルマブ", "ニボルマブ"),
    ("ペムブロリズマブ", "ペムブロリズマブ"),
    ("イピリムマブ", "イピリムマブ"),
    ("アテゾリズマブ", "アテゾリズマブ"),
    ("アベルマブ", "アベルマブ"),
    ("デュルバルマブ", "デュルバルマブ"),
    ("セミプリマブ", "セミプリマブ"),
    ("トレメリムマブ", "トレメリムマブ"),
    ("チスレリズマブ", "チスレリズマブ"),
    ("ブリナツモマブ", "ブリナツモマブ"),
    ("テクリスタマブ", "テクリスタマブ"),
    ("エルラナタマブ", "エルラナタマブ"),
    ("エプコリタマブ", "エプコリタマブ"),
    ("タルラタマブ", "タルラタマブ"),
    ("インターロイキン", "インターロイキン"),
    ("生検", "セイケン"),
    ("好中球", "コウチュウキュウ"),
    ("悪心", "オシン"),
    ("奏効率", "ソウコウリツ"),
    ("腫瘍", "シュヨウ"),
    ("白血球", "ハッケッキュウ"),
    ("抗体", "コウタイ"),
];

/// What the reading is compared on: katakana only, without punctuation or spaces, and each
/// long-vowel mark written as the vowel it lengthens (ビー and ビイ sound the same, and Open
/// JTalk's dictionary writes either).
fn normalised(reading: &str) -> String {
    const ROWS: [(&str, char); 5] = [
        ("アカサタナハマヤラワガザダバパァャヮ", 'ア'),
        ("イキシチニヒミリギジヂビピィ", 'イ'),
        ("ウクスツヌフムユルグズヅブプゥュヴ", 'ウ'),
        ("エケセテネヘメレゲゼデベペェ", 'エ'),
        ("オコソトノホモヨロヲゴゾドボポォョ", 'オ'),
    ];
    let mut out = String::new();
    for c in katakana(reading).chars() {
        if c.is_whitespace() || "、。・，．,.()（）".contains(c) {
            continue;
        }
        let vowel = (c == 'ー')
            .then(|| out.chars().last())
            .flatten()
            .and_then(|before| ROWS.iter().find(|(row, _)| row.contains(before)))
            .map(|(_, vowel)| *vowel);
        out.push(vowel.unwrap_or(c));
    }
    out
}

/// A term's reading from its ruby: each base replaced by its reading. `None` if a kanji is
/// left without one (such a term belongs in [`TABLE`]).
fn ruby_reading(text: &str) -> Option<String> {
    let marked = ruby::parse(text).ok()?;
    let chars: Vec<char> = marked.plain.chars().collect();
    let mut out = String::new();
    let mut i = 0;
    while i < chars.len() {
        if let Some(r) = marked.ruby.iter().find(|r| r.base.start == i) {
            out.push_str(&r.reading);
            i = r.base.end;
        } else {
            if ruby::is_kanji(chars[i]) {
                return None;
            }
            out.push(chars[i]);
            i += 1;
        }
    }
    Some(normalised(&out))
}

#[test]
fn every_glossary_term_and_drug_name_is_read_as_expected() {
    let (library, _) = Library::load(&ContentSource::embedded()).expect("embedded content");
    let readings = Readings::parse(
        &library
            .i18n
            .message("ja", ids::SPEECH_READINGS)
            .expect("ja has speech-readings"),
    )
    .expect("speech-readings parses");
    let mut cases: Vec<(String, String)> = Vec::new();
    for term in glossary(&library, "ja") {
        if TABLE.iter().any(|(word, _)| *word == term.plain) {
            continue;
        }
        let expected = ruby_reading(&term.text).unwrap_or_else(|| {
            panic!(
                "glossary term {} ({}) has kanji without a reading: give it ruby, or put it in TABLE",
                term.plain, term.id
            )
        });
        cases.push((term.text.clone(), expected));
    }
    assert!(cases.len() >= 20, "the glossary has its terms: {cases:?}");
    for (word, reading) in TABLE {
        cases.push(((*word).to_owned(), normalised(reading)));
    }
    // What the kiosk gives the engine for each term, exactly as it would in a sentence.
    let spoken: Vec<String> = cases
        .iter()
        .map(|(text, _)| {
            let items = [Item::Paragraph(Message {
                id: "term".to_owned(),
                text: text.clone(),
            })];
            sentences(&items, &readings)
                .into_iter()
                .map(|s| s.spoken)
                .collect::<String>()
        })
        .collect();
    let voice = tempfile::tempdir().expect("a temporary directory");
    let engine = OpenJTalk::new(voice.path()).expect("open_jtalk is installed (see the README)");
    let refs: Vec<&str> = spoken.iter().map(String::as_str).collect();
    let heard = engine.readings(&refs).expect("open_jtalk reads the terms");
    assert_eq!(heard.len(), cases.len());
    let wrong: Vec<String> = cases
        .iter()
        .zip(&spoken)
        .zip(&heard)
        .filter(|(((_, expected), _), heard)| normalised(heard) != *expected)
        .map(|(((text, expected), spoken), heard)| {
            format!("{text}: expected {expected}, Open JTalk reads {spoken:?} as {heard}")
        })
        .collect();
    assert!(
        wrong.is_empty(),
        "misread (fix with ruby, or a line in speech-readings in locales/ja/ui.ftl):\n{}",
        wrong.join("\n")
    );
}

#[test]
fn without_the_overrides_open_jtalk_would_misread_the_medical_words() {
    // The table is needed: proven by reading the same words with no overrides.
    let voice = tempfile::tempdir().expect("a temporary directory");
    let engine = OpenJTalk::new(voice.path()).expect("open_jtalk is installed (see the README)");
    let heard = engine
        .readings(&["生検", "好中球", "悪心"])
        .expect("open_jtalk reads the words");
    assert_ne!(normalised(&heard[0]), "セイケン", "{heard:?}");
    assert_ne!(normalised(&heard[1]), "コウチュウキュウ", "{heard:?}");
    assert_ne!(normalised(&heard[2]), "オシン", "{heard:?}");
}
