//! The glossary (`glossary-…` entries): each has a term and an `.explanation`, and each term
//! occurs, as written, in the text of its language, so that the kiosk can find and mark it.
//! Marking is the kiosk's: it underlines a term at its first use on every page, so a term
//! the text uses is always marked.

use super::Problem;
use super::fluent::{Kind, Locale};
use crate::i18n::{GLOSSARY_EXPLANATION, GLOSSARY_PREFIX};

/// Whether `id` names a glossary entry, which the program uses by its prefix.
pub(super) fn is_glossary(id: &str) -> bool {
    id.starts_with(GLOSSARY_PREFIX)
}

use super::pattern::literal_text as joined;

/// Checks the glossary entries of `locale`.
pub(super) fn check_glossary(locale: &Locale<'_>, problems: &mut Vec<Problem>) {
    let text: String = locale
        .defs
        .iter()
        .filter(|def| def.kind == Kind::Message && !is_glossary(&def.id))
        .flat_map(|def| def.patterns().map(joined).collect::<Vec<_>>())
        .map(|text| crate::text::plain(&text))
        .collect::<Vec<_>>()
        .join("\n");
    for def in locale
        .defs
        .iter()
        .filter(|def| def.kind == Kind::Message && is_glossary(&def.id))
    {
        let term = def.value.map(joined).map(|t| crate::text::plain(t.trim()));
        let explained = def
            .attributes
            .iter()
            .any(|a| a.id.name == GLOSSARY_EXPLANATION && !joined(&a.value).trim().is_empty());
        if !explained {
            problems.push(Problem::new(
                def.path,
                def.line,
                format!(
                    "glossary entry \"{}\" has no .{GLOSSARY_EXPLANATION}: add one or two plain \
                     sentences",
                    def.id
                ),
            ));
        }
        match term {
            Some(term) if !term.is_empty() && text.contains(&term) => {}
            Some(term) if !term.is_empty() => problems.push(Problem::new(
                def.path,
                def.line,
                format!(
                    "glossary entry \"{}\": 「{term}」 occurs in no {} text, so no page can mark \
                     it; write the term exactly as the pages do, or remove the entry",
                    def.id, locale.lang
                ),
            )),
            _ => problems.push(Problem::new(
                def.path,
                def.line,
                format!(
                    "glossary entry \"{}\" has no term: its value is the term as the pages \
                     write it",
                    def.id
                ),
            )),
        }
    }
}
