//! Every glossary term and every drug name in the content is read aloud as it should be:
//! the phonemes of Open JTalk's own full-context labels for what the kiosk gives it (the text
//! with its ruby readings and the `speech-readings` overrides applied) must be the phonemes
//! of the expected reading.
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

/// The phonemes of a katakana reading, as Open JTalk's labels write them (`シ` is `sh i`,
/// `ティ` is `t i`, `ッ` is `cl`, `ン` is `N`, a long vowel mark repeats the vowel).
fn kana_phonemes(reading: &str) -> Result<Vec<String>, String> {
    // Each row of the kana table, its five kana (＿ where there is none) and their consonants.
    const ROWS: &[(&str, [&str; 5])] = &[
        ("アイウエオ", ["", "", "", "", ""]),
        ("カキクケコ", ["k", "k", "k", "k", "k"]),
        ("ガギグゲゴ", ["g", "g", "g", "g", "g"]),
        ("サシスセソ", ["s", "sh", "s", "s", "s"]),
        ("ザジズゼゾ", ["z", "j", "z", "z", "z"]),
        ("タチツテト", ["t", "ch", "ts", "t", "t"]),
        ("ダヂヅデド", ["d", "j", "z", "d", "d"]),
        ("ナニヌネノ", ["n", "n", "n", "n", "n"]),
        ("ハヒフヘホ", ["h", "h", "f", "h", "h"]),
        ("バビブベボ", ["b", "b", "b", "b", "b"]),
        ("パピプペポ", ["p", "p", "p", "p", "p"]),
        ("マミムメモ", ["m", "m", "m", "m", "m"]),
        ("ヤ＿ユ＿ヨ", ["y", "", "y", "", "y"]),
        ("ラリルレロ", ["r", "r", "r", "r", "r"]),
        ("ワ＿＿＿ヲ", ["w", "", "", "", ""]),
        ("ァィゥェォ", ["", "", "", "", ""]),
        ("ャ＿ュ＿ョ", ["", "", "", "", ""]),
        ("＿＿ヴ＿＿", ["", "", "v", "", ""]),
    ];
    const VOWELS: [&str; 5] = ["a", "i", "u", "e", "o"];
    let find = |c: char| {
        ROWS.iter().find_map(|(row, consonants)| {
            let at = row.chars().position(|k| k == c && k != '＿')?;
            Some((consonants[at], VOWELS[at]))
        })
    };
    let chars: Vec<char> = reading.chars().collect();
    let mut out: Vec<String> = Vec::new();
    let mut i = 0;
    while i < chars.len() {
        let c = chars[i];
        match c {
            'ン' => out.push("N".to_owned()),
            'ッ' => out.push("cl".to_owned()),
            'ー' => {
                let vowel = out.last().cloned().ok_or("ー with nothing before it")?;
                out.push(vowel);
            }
            _ => {
                let (consonant, vowel) = find(c).ok_or(format!("no phonemes for {c}"))?;
                let next = chars.get(i + 1).copied();
                let small =
                    next.and_then(|n| "ァィゥェォャュョ".contains(n).then(|| find(n)).flatten());
                if let (Some((_, small_vowel)), Some(n)) = (small, next) {
                    // A small kana: the consonant of the first with the small one's vowel;
                    // ャュョ add y to a plain consonant (キャ is ky a, シャ is sh a).
                    let yoon = "ャュョ".contains(n);
                    let consonant = match (consonant, yoon) {
                        ("", _) if c == 'ウ' => "w".to_owned(),
                        // デュ and テュ: d and t with a y.
                        (plain @ ("d" | "t"), true) => format!("{plain}y"),
                        (plain @ ("k" | "g" | "n" | "h" | "b" | "p" | "m" | "r"), true) => {
                            format!("{plain}y")
                        }
                        ("f", true) => "hy".to_owned(),
                        (other, _) => other.to_owned(),
                    };
                    if !consonant.is_empty() {
                        out.push(consonant);
                    }
                    out.push(small_vowel.to_owned());
                    i += 2;
                    continue;
                }
                if !consonant.is_empty() {
                    out.push(consonant.to_owned());
                }
                out.push(vowel.to_owned());
            }
        }
        i += 1;
    }
    Ok(out)
}

/// Phonemes compared as they sound: おう and えい are said as long vowels (しょう is
/// "sh o o", せい is "s e e"), whichever way they are written.
fn long_vowels(phonemes: &[String]) -> Vec<String> {
    let mut out: Vec<String> = Vec::with_capacity(phonemes.len());
    for phoneme in phonemes {
        let long = match (out.last().map(String::as_str), phoneme.as_str()) {
            (Some("o"), "u") => Some("o"),
            (Some("e"), "i") => Some("e"),
            _ => None,
        };
        out.push(long.unwrap_or(phoneme).to_owned());
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
    let mut wrong = Vec::new();
    for (((text, expected), spoken), heard) in cases.iter().zip(&spoken).zip(&heard) {
        // What is said: the phonemes of Open JTalk's own labels, against the expected
        // reading's; its text analysis (the reading it chose) is given to explain a miss.
        let want = long_vowels(&kana_phonemes(expected).unwrap_or_else(|e| panic!("{text}: {e}")));
        let said = long_vowels(&engine.phonemes(spoken).expect("open_jtalk labels the term"));
        if said != want {
            wrong.push(format!(
                "{text}: expected {expected} ({}), Open JTalk says {} (read as {heard}) for {spoken:?}",
                want.join(" "),
                said.join(" ")
            ));
        }
    }
    assert!(
        wrong.is_empty(),
        "misread (fix with ruby, or a line in speech-readings in locales/ja/ui.ftl):\n{}",
        wrong.join("\n")
    );
}

#[test]
fn kana_become_the_phonemes_open_jtalk_writes() {
    let phonemes = |kana: &str| kana_phonemes(kana).expect("kana").join(" ");
    assert_eq!(phonemes("メンエキ"), "m e N e k i");
    assert_eq!(phonemes("チェックポイント"), "ch e cl k u p o i N t o");
    assert_eq!(phonemes("ピーディーワン"), "p i i d i i w a N");
    assert_eq!(
        phonemes("シーティーエルエーフォー"),
        "sh i i t i i e r u e e f o o"
    );
    assert_eq!(phonemes("ジュヨウ"), "j u y o u");
    assert_eq!(phonemes("キョウ"), "ky o u");
    assert!(kana_phonemes("ーア").is_err());
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
