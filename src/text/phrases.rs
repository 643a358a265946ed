//! Phrase (文節) boundaries of Japanese text, by `BudouX`'s model (`assets/budoux/ja.json`,
//! Apache License 2.0), scored exactly as `BudouX`'s own parser does: for each position, the
//! weights of the characters, pairs and triples around it, plus a base score of minus half
//! of all weights; a positive score starts a new phrase.

use std::collections::HashMap;
use std::sync::LazyLock;

/// Feature group → key (one to three characters) → weight, as the model file has it.
type Model = HashMap<String, HashMap<String, i32>>;

/// The feature groups, in the order [`boundaries`] reads them.
const GROUPS: [&str; 13] = [
    "UW1", "UW2", "UW3", "UW4", "UW5", "UW6", "BW1", "BW2", "BW3", "TW1", "TW2", "TW3", "TW4",
];

/// The model read once: for each group, its keys packed into a `u64` (up to three `char`s
/// of 21 bits), and the base score.
struct Packed {
    groups: Vec<HashMap<u64, i64>>,
    base: i64,
}

/// Up to three `char`s as one number.
fn pack(chars: &[char]) -> u64 {
    chars
        .iter()
        .fold(0, |key, &c| (key << 21) | u64::from(u32::from(c)))
}

static MODEL: LazyLock<Packed> = LazyLock::new(|| {
    // The model is part of the binary; a unit test proves it parses. Should it not, lines
    // still break legally, only not at phrases.
    let model: Model =
        ron::from_str(include_str!("../../assets/budoux/ja.json")).unwrap_or_default();
    let total: i64 = model
        .values()
        .flat_map(|g| g.values())
        .map(|&v| i64::from(v))
        .sum();
    let groups = GROUPS
        .iter()
        .map(|name| {
            model.get(*name).map_or_else(HashMap::new, |group| {
                group
                    .iter()
                    .map(|(key, &weight)| {
                        (pack(&key.chars().collect::<Vec<_>>()), i64::from(weight))
                    })
                    .collect()
            })
        })
        .collect();
    Packed {
        groups,
        base: -total / 2,
    }
});

/// Whether the model loaded (for the test that proves it does).
pub fn model_loaded() -> bool {
    MODEL.groups.iter().any(|g| !g.is_empty())
}

/// `at[i]` is true where a new phrase starts at `chars[i]` (never at 0).
pub fn boundaries(chars: &[char]) -> Vec<bool> {
    let model = &*MODEL;
    let n = chars.len();
    let mut at = vec![false; n + 1];
    let weight = |g: usize, range: std::ops::Range<usize>| -> i64 {
        model.groups[g]
            .get(&pack(&chars[range]))
            .copied()
            .unwrap_or(0)
    };
    for (i, slot) in at.iter_mut().enumerate().take(n).skip(1) {
        let mut score = model.base;
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
