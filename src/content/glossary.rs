//! The glossary: hard terms with a plain explanation, from the `glossary-…` entries of each
//! language's Fluent files (`glossary.ftl`). The kiosk underlines a term where a page first
//! uses it, and a touch opens its card; export-html links it to a glossary section.

use super::library::Library;

/// One term.
#[derive(Clone, Debug, PartialEq, Eq)]
pub struct Term {
    /// The entry's id (`glossary-checkpoint-inhibitor`).
    pub id: String,
    /// The term as the pages write it, with ruby markup in Japanese.
    pub text: String,
    /// The term without markup: what is looked for in a page's text.
    pub plain: String,
    /// One or two plain sentences.
    pub explanation: String,
}

/// The glossary of `lang`, longest term first, so that a term inside a longer one
/// (免疫 in 免疫チェックポイント阻害薬) is found only where the longer one is not.
pub fn glossary(library: &Library, lang: &str) -> Vec<Term> {
    let mut terms: Vec<Term> = library
        .i18n
        .glossary(lang)
        .into_iter()
        .map(|(id, text, explanation)| Term {
            plain: crate::text::plain(&text),
            id,
            text,
            explanation,
        })
        .filter(|term| !term.plain.is_empty())
        .collect();
    terms.sort_by_key(|term| std::cmp::Reverse(term.plain.chars().count()));
    terms
}

/// Where in `plain` the terms not yet in `marked` first occur: `(char range, term index)`,
/// in text order, none overlapping. Each term found is added to `marked`, so that a page
/// marks a term only at its first use.
pub fn first_uses(
    plain: &str,
    terms: &[Term],
    marked: &mut Vec<String>,
) -> Vec<(std::ops::Range<usize>, usize)> {
    let mut found: Vec<(std::ops::Range<usize>, usize)> = Vec::new();
    // Latin letters match in any case ("Immune checkpoint inhibitors" at a sentence's
    // start); the lowered text has the same byte offsets.
    let lowered = plain.to_ascii_lowercase();
    for (index, term) in terms.iter().enumerate() {
        if marked.contains(&term.id) {
            continue;
        }
        let wanted = term.plain.to_ascii_lowercase();
        let mut search = 0;
        while let Some(at) = lowered[search..].find(&wanted) {
            let byte = search + at;
            search = byte + wanted.len();
            if !whole_word(plain, byte, byte + wanted.len()) {
                continue;
            }
            let start = plain[..byte].chars().count();
            let range = start..start + term.plain.chars().count();
            if found
                .iter()
                .all(|(r, _)| r.end <= range.start || range.end <= r.start)
            {
                found.push((range, index));
                marked.push(term.id.clone());
                break;
            }
        }
    }
    found.sort_by_key(|(range, _)| range.start);
    found
}

/// Whether `plain[start..end]` is a whole word where it begins or ends with a Latin letter or
/// digit: "approved" is not inside "Unapproved", "T cell" not inside "CAR-T cell" (an English
/// plural "s" may follow). Japanese has no spaces between words, so a kana or kanji edge
/// always counts.
fn whole_word(plain: &str, start: usize, end: usize) -> bool {
    let latin = |c: char| c.is_ascii_alphanumeric() || c == '-';
    let first = plain[start..end].chars().next();
    let last = plain[start..end].chars().next_back();
    let before = plain[..start].chars().next_back();
    let mut after = plain[end..].chars();
    let next = after.next();
    let open_start = first.is_none_or(|c| !latin(c)) || before.is_none_or(|c| !latin(c));
    let open_end = last.is_none_or(|c| !latin(c))
        || match next {
            None => true,
            Some('s') => after.next().is_none_or(|c| !latin(c)),
            Some(c) => !latin(c),
        };
    open_start && open_end
}

#[cfg(test)]
mod tests {
    use super::*;

    fn term(id: &str, plain: &str) -> Term {
        Term {
            id: id.to_owned(),
            text: plain.to_owned(),
            plain: plain.to_owned(),
            explanation: String::new(),
        }
    }

    #[test]
    fn a_term_is_marked_once_at_its_first_use_and_the_longest_wins() {
        let terms = vec![
            term("long", "免疫チェックポイント阻害薬"),
            term("short", "免疫"),
        ];
        let mut marked = Vec::new();
        let uses = first_uses(
            "免疫チェックポイント阻害薬は免疫を助けます",
            &terms,
            &mut marked,
        );
        assert_eq!(uses, [(0..13, 0), (14..16, 1)]);
        assert!(first_uses("免疫と免疫チェックポイント阻害薬", &terms, &mut marked).is_empty());
    }

    #[test]
    fn latin_terms_match_whole_words_in_any_case_and_their_plural() {
        let terms = vec![
            term("approved", "approved"),
            term("t-cell", "T cell"),
            term("inhibitor", "immune checkpoint inhibitor"),
        ];
        let mut marked = Vec::new();
        let uses = first_uses(
            "Unapproved CAR-T cells. Immune checkpoint inhibitors were approved for T cells.",
            &terms,
            &mut marked,
        );
        let text: Vec<char> =
            "Unapproved CAR-T cells. Immune checkpoint inhibitors were approved for T cells."
                .chars()
                .collect();
        let words: Vec<String> = uses
            .iter()
            .map(|(r, _)| text[r.clone()].iter().collect())
            .collect();
        assert_eq!(words, ["Immune checkpoint inhibitor", "approved", "T cell"]);
    }
}
