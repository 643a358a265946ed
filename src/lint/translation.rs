//! Checks that need the translation's history and the term table: stale translations (the
//! Japanese changed since), a status file that does not parse, and the fixed wording of the
//! two kinds of immunotherapy in every language (`locales/README.md`).

use super::Problem;
use super::fluent::{Def, Locale, unique_in_order};
use super::pattern::{Piece, walk_pattern};
use crate::i18n::status::{LocaleStatus, MessageState, StatusFile, message_hashes};
use crate::source::{ContentSource, REFERENCE_LOCALE, SourceFile};

/// Lists every stale message of every translated locale at its line, and reports a status
/// file that does not parse.
pub(super) fn check_status(
    source: &ContentSource,
    locales: &[Locale<'_>],
    problems: &mut Vec<Problem>,
) {
    let Some(reference) = source.locale(REFERENCE_LOCALE) else {
        return;
    };
    let reference_hashes = message_hashes(reference.files.iter().map(|f| f.text.as_str()));
    for files in source.locales.iter().filter(|l| l.lang != REFERENCE_LOCALE) {
        let Some(status_file) = &files.status else {
            continue;
        };
        let parsed = match StatusFile::parse(&status_file.text) {
            Ok(parsed) => parsed,
            Err(err) => {
                problems.push(Problem::new(
                    &status_file.path,
                    err.span.start.line,
                    format!(
                        "the translation status does not parse ({}); fix it, or make it again \
                         with `immuno-kiosk mark-translated {}`",
                        err.code, files.lang
                    ),
                ));
                continue;
            }
        };
        let hashes = message_hashes(files.files.iter().map(|f| f.text.as_str()));
        let status = LocaleStatus::compute(&reference_hashes, &hashes, Some(&parsed));
        let Some(locale) = locales.iter().find(|l| l.lang == files.lang) else {
            continue;
        };
        for (id, _) in status
            .states
            .iter()
            .filter(|(_, s)| **s == MessageState::Stale)
        {
            let Some(def) = locale.by_id.get(id) else {
                continue;
            };
            let why = if parsed.messages.contains_key(id) {
                "ja changed since this was translated"
            } else {
                "no record of the Japanese this was translated from"
            };
            problems.push(Problem::new(
                def.path,
                def.line,
                format!(
                    "stale: {why}; translate \"{id}\" again from ja, then run \
                     `immuno-kiosk mark-translated {} {id}`",
                    files.lang
                ),
            ));
        }
        for (index, line) in status_file.text.lines().enumerate() {
            if let Some(id) = recorded_id(line)
                && !reference_hashes.contains_key(id)
            {
                problems.push(Problem::new(
                    &status_file.path,
                    index + 1,
                    format!(
                        "\"{id}\" is recorded here but is not a message in ja; run \
                         `immuno-kiosk mark-translated {}` to drop it",
                        files.lang
                    ),
                ));
            }
        }
    }
}

/// The id a status file's line records (`"core-1-title": (`), if it records one.
fn recorded_id(line: &str) -> Option<&str> {
    let rest = line.trim_start().strip_prefix('"')?;
    let (id, after) = rest.split_once('"')?;
    after.trim_start().starts_with(':').then_some(id)
}

/// One row of the term table: a locale and its two fixed wordings, with the row's line.
#[derive(Debug, PartialEq, Eq)]
pub(super) struct TermRow {
    lang: String,
    proven: String,
    broad: String,
    line: usize,
}

/// The rows of the term table: the first Markdown table whose header names both Japanese
/// terms.
pub(super) fn term_rows(file: &SourceFile) -> Vec<TermRow> {
    let mut rows = Vec::new();
    let mut in_table = false;
    for (index, line) in file.text.lines().enumerate() {
        let line = line.trim();
        if !line.starts_with('|') {
            if in_table {
                break;
            }
            continue;
        }
        let cells: Vec<&str> = line.trim_matches('|').split('|').map(str::trim).collect();
        if !in_table {
            in_table = cells.iter().any(|c| c.contains(PROVEN_JA))
                && cells.iter().any(|c| c.contains(BROAD_JA));
            continue;
        }
        if cells
            .iter()
            .all(|c| c.chars().all(|ch| ch == '-' || ch == ':'))
        {
            continue;
        }
        if let [lang, proven, broad] = cells.as_slice() {
            rows.push(TermRow {
                lang: (*lang).to_owned(),
                proven: (*proven).to_owned(),
                broad: (*broad).to_owned(),
                line: index + 1,
            });
        }
    }
    rows
}

/// 免疫療法（効果あり）, as the Japanese writes it.
const PROVEN_JA: &str = "免疫療法（効果あり）";
/// 免疫療法（広義）, as the Japanese reads without its ruby.
const BROAD_JA: &str = "免疫療法（広義）";

/// The text of a message (value and attributes) without markup, for finding a wording.
fn plain_text(def: &Def<'_>) -> String {
    let mut out = String::new();
    for pattern in def.patterns() {
        walk_pattern(pattern, &mut |piece| {
            if let Piece::Text(text) | Piece::Literal(text) = piece {
                out.push_str(text);
            }
        });
        out.push('\n');
    }
    crate::text::plain(&out)
}

/// Every locale keeps the two wordings of its row wherever the Japanese has them.
pub(super) fn check_term_table(
    source: &ContentSource,
    locales: &[Locale<'_>],
    problems: &mut Vec<Problem>,
) {
    let Some(file) = &source.terms else {
        return;
    };
    let rows = term_rows(file);
    let Some(reference) = locales.iter().find(|l| l.lang == REFERENCE_LOCALE) else {
        return;
    };
    for row in &rows {
        if !locales.iter().any(|l| l.lang == row.lang) {
            problems.push(Problem::new(
                &file.path,
                row.line,
                format!(
                    "the term table has a row for \"{}\", but there is no locales/{}/ folder",
                    row.lang, row.lang
                ),
            ));
        }
    }
    for locale in locales {
        let Some(row) = rows.iter().find(|r| r.lang == locale.lang) else {
            problems.push(Problem::new(
                &file.path,
                1,
                format!(
                    "the term table has no row for \"{}\": add its fixed wordings for {PROVEN_JA} \
                     and {BROAD_JA}",
                    locale.lang
                ),
            ));
            continue;
        };
        for def in unique_in_order(reference) {
            let ja = plain_text(def);
            let Some(own) = locale.by_id.get(&def.id) else {
                continue;
            };
            let text = plain_text(own).to_lowercase();
            for (ja_term, wording) in [(PROVEN_JA, &row.proven), (BROAD_JA, &row.broad)] {
                if ja.contains(ja_term) && !text.contains(&wording.to_lowercase()) {
                    problems.push(Problem::new(
                        own.path,
                        own.line,
                        format!(
                            "{} \"{}\": the Japanese says {ja_term}; write it as \"{wording}\" \
                             here, the fixed wording of {} in {}",
                            own.kind, own.id, locale.lang, file.path
                        ),
                    ));
                }
            }
        }
    }
}

#[cfg(test)]
mod tests {
    use super::{TermRow, recorded_id, term_rows};
    use crate::source::SourceFile;

    #[test]
    fn the_term_table_is_read_from_the_first_table_naming_both_terms() {
        let file = SourceFile {
            path: "locales/README.md".into(),
            text: "# T\n\n| a | b |\n|---|---|\n| x | y |\n\n\
                   | locale | 免疫療法（効果あり） | 免疫療法（広義） |\n|---|---|---|\n\
                   | en | Proven immunotherapy | Immunotherapy in the broad sense |\n"
                .into(),
        };
        assert_eq!(
            term_rows(&file),
            [TermRow {
                lang: "en".into(),
                proven: "Proven immunotherapy".into(),
                broad: "Immunotherapy in the broad sense".into(),
                line: 9,
            }]
        );
    }

    #[test]
    fn a_status_line_names_its_message() {
        assert_eq!(
            recorded_id("        \"core-1\": (source: \"ab\"),"),
            Some("core-1")
        );
        assert_eq!(recorded_id("    messages: {"), None);
        assert_eq!(recorded_id("// \"x\": y"), None);
    }
}
