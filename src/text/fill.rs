//! Filling lines: the greedy choice of breaks for a given width, preferring phrase
//! boundaries and falling back to any kinsoku-legal break only when a phrase is wider than
//! the line.

use std::ops::Range;

use super::breaks::Breaks;

/// The lines of a text whose `char`s have advance `widths`, no wider than `max_width`, as
/// `char` ranges (a line's trailing spaces and its newline are inside its range but take no
/// room). A single unbreakable piece wider than the line gets a line of its own and
/// overflows only if not even one `char` of it fits.
pub fn fill(chars: &[char], widths: &[f32], breaks: &Breaks, max_width: f32) -> Vec<Range<usize>> {
    let n = chars.len();
    let mut prefix = Vec::with_capacity(n + 1);
    let mut sum = 0.0;
    prefix.push(0.0);
    for w in widths {
        sum += w;
        prefix.push(sum);
    }
    // The room a line from `start` to `end` takes: its trailing spaces and newline hang.
    let room = |start: usize, end: usize| {
        let mut visible = end;
        while visible > start && (chars[visible - 1].is_whitespace()) {
            visible -= 1;
        }
        prefix[visible] - prefix[start]
    };
    let mut lines = Vec::new();
    let mut start = 0;
    // Allow for rounding in the measured widths.
    let max_width = max_width + 0.01;
    while start < n {
        let paragraph_end = (start + 1..=n).find(|&i| breaks.mandatory[i]).unwrap_or(n);
        if room(start, paragraph_end) <= max_width {
            lines.push(start..paragraph_end);
            start = paragraph_end;
            continue;
        }
        let fits = |end: usize| room(start, end) <= max_width;
        let last = |pick: &dyn Fn(usize) -> bool| {
            (start + 1..paragraph_end)
                .rev()
                .find(|&end| pick(end) && fits(end))
        };
        let end = last(&|i| breaks.preferred[i])
            .or_else(|| last(&|i| breaks.allowed[i]))
            .or_else(|| last(&|_| true))
            .unwrap_or(start + 1);
        lines.push(start..end);
        start = end;
    }
    lines
}

#[cfg(test)]
mod tests {
    use super::*;
    use crate::text::{Script, breaks, parse};

    fn lines(text: &str, script: Script, width_in_chars: f32) -> Vec<String> {
        let marked = parse(text).unwrap();
        let chars: Vec<char> = marked.plain.chars().collect();
        let widths = vec![1.0; chars.len()];
        let b = breaks(&marked, script);
        fill(&chars, &widths, &b, width_in_chars)
            .into_iter()
            .map(|r| chars[r].iter().collect::<String>().trim_end().to_owned())
            .collect()
    }

    #[test]
    fn a_line_breaks_between_phrases_when_the_phrase_fits() {
        // Ten characters a line: 「国立がん研究センター」 is ten and is never cut.
        let got = lines(
            "詳しくは国立がん研究センターのがん情報サービスを見てください",
            Script::Japanese,
            10.0,
        );
        assert!(
            got.iter().any(|l| l.contains("国立がん研究センター")),
            "{got:?}"
        );
        assert!(got.iter().all(|l| l.chars().count() <= 10), "{got:?}");
    }

    #[test]
    fn a_phrase_wider_than_the_line_breaks_inside_but_obeys_kinsoku() {
        let got = lines("がん相談支援センターです。", Script::Japanese, 4.0);
        assert!(got.iter().all(|l| l.chars().count() <= 4), "{got:?}");
        assert!(
            !got.iter()
                .any(|l| l.starts_with('。') || l.starts_with('ー')),
            "{got:?}"
        );
    }

    #[test]
    fn english_fills_at_spaces() {
        let got = lines("Only some cell therapies are proven", Script::Other, 12.0);
        assert_eq!(got, ["Only some", "cell", "therapies", "are proven"]);
    }

    #[test]
    fn a_word_wider_than_the_line_is_cut_only_then() {
        let got = lines("immunotherapy works", Script::Other, 5.0);
        assert_eq!(got[0].chars().count(), 5);
    }

    #[test]
    fn newlines_end_lines() {
        assert_eq!(
            lines("一行目\n二行目", Script::Japanese, 40.0),
            ["一行目", "二行目"]
        );
    }
}
