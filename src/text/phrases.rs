//! Phrase (文節) boundaries of Japanese text, by `BudouX`'s model (`assets/budoux/ja.json`,
//! Apache License 2.0), scored exactly as `BudouX`'s own parser does: for each position, the
//! weights of the characters, pairs and triples around it, plus a base score of minus half
//! of all weights; a positive score starts a new phrase.

use std::collections::HashMap;
use std::sync::LazyLock;

/// Feature group → key (one to three characters) → weight.
type Model = HashMap<String, HashMap<String, i32>>;

static MODEL: LazyLock<(Model, i64)> = LazyLock::new(|| {
    // The model is part of the binary; a unit test proves it parses. Should it not, lines
    // still break legally, only not at phrases.
    let model: Model =
        ron::from_str(include_str!("../../assets/budoux/ja.json")).unwrap_or_default();
    let total: i64 = model
        .values()
        .flat_map(|g| g.values())
        .map(|&v| i64::from(v))
        .sum();
    (model, -total / 2)
});

/// Whether the model loaded (for the test that proves it does).
pub fn model_loaded() -> bool {
    !MODEL.0.is_empty()
}

/// `at[i]` is true where a new phrase starts at `chars[i]` (never at 0).
pub fn boundaries(chars: &[char]) -> Vec<bool> {
    let (model, base) = &*MODEL;
    let n = chars.len();
    let mut at = vec![false; n + 1];
    let group = |name: &str| model.get(name);
    let groups: [Option<&HashMap<String, i32>>; 13] = [
        group("UW1"),
        group("UW2"),
        group("UW3"),
        group("UW4"),
        group("UW5"),
        group("UW6"),
        group("BW1"),
        group("BW2"),
        group("BW3"),
        group("TW1"),
        group("TW2"),
        group("TW3"),
        group("TW4"),
    ];
    let mut key = String::with_capacity(12);
    let mut weight = |g: usize, range: std::ops::Range<usize>| -> i64 {
        let Some(map) = groups[g] else { return 0 };
        key.clear();
        key.extend(&chars[range]);
        map.get(&key).map_or(0, |&v| i64::from(v))
    };
    for (i, slot) in at.iter_mut().enumerate().take(n).skip(1) {
        let mut score = *base;
        if i > 2 {
            score += weight(0, i - 3..i - 2);
        }
        if i > 1 {
            score += weight(1, i - 2..i - 1);
        }
        score += weight(2, i - 1..i);
        score += weight(3, i..i + 1);
        if i + 1 < n {
            score += weight(4, i + 1..i + 2);
        }
        if i + 2 < n {
            score += weight(5, i + 2..i + 3);
        }
        if i > 1 {
            score += weight(6, i - 2..i);
        }
        score += weight(7, i - 1..i + 1);
        if i + 1 < n {
            score += weight(8, i..i + 2);
        }
        if i > 2 {
            score += weight(9, i - 3..i);
        }
        if i > 1 {
            score += weight(10, i - 2..i + 1);
        }
        if i + 1 < n {
            score += weight(11, i - 1..i + 2);
        }
        if i + 2 < n {
            score += weight(12, i..i + 3);
        }
        *slot = score > 0;
    }
    at
}

#[cfg(test)]
mod tests {
    use super::*;

    fn phrases(text: &str) -> Vec<String> {
        let chars: Vec<char> = text.chars().collect();
        let at = boundaries(&chars);
        let mut out = vec![String::new()];
        for (i, c) in chars.iter().enumerate() {
            if at[i] {
                out.push(String::new());
            }
            if let Some(last) = out.last_mut() {
                last.push(*c);
            }
        }
        out
    }

    #[test]
    fn the_model_is_embedded_and_parses() {
        assert!(model_loaded());
    }

    /// The same phrases as `BudouX`'s own Python parser gives with this model.
    #[test]
    fn phrases_match_budoux() {
        assert_eq!(
            phrases("詳しくは国立がん研究センターのがん情報サービスを見てください"),
            [
                "詳しくは",
                "国立がん研究センターの",
                "がん情報サービスを",
                "見てください"
            ]
        );
        assert_eq!(
            phrases("がん相談支援センターでは、だれでも無料で相談できます。"),
            [
                "がん相談支援センターでは、",
                "だれでも",
                "無料で",
                "相談できます。"
            ]
        );
    }
}
