//! Checks within one locale: duplicate, empty and dangling definitions.

use super::Problem;
use super::fluent::{Def, Locale};
use super::glyphs::check_glyphs;
use super::pattern::is_blank;
use super::usage::check_unused_terms;
use crate::fonts::GlyphCoverage;

pub(super) fn check_locale(
    locale: &Locale<'_>,
    glyphs: &GlyphCoverage,
    problems: &mut Vec<Problem>,
) {
    check_duplicates(locale, problems);
    check_unused_terms(locale, problems);
    for def in &locale.defs {
        check_empty(def, problems);
        check_glyphs(def, locale.lang, glyphs, problems);
        check_references(def, locale, problems);
    }
}

fn check_duplicates(locale: &Locale<'_>, problems: &mut Vec<Problem>) {
    for def in &locale.defs {
        let Some(first) = locale.by_id.get(&def.id) else {
            continue;
        };
        if (first.path, first.line) != (def.path, def.line) {
            problems.push(Problem::new(
                def.path,
                def.line,
                format!(
                    "{} \"{}\" is defined twice in {}; the first definition is at {}:{}; \
                     keep only one",
                    def.kind, def.id, locale.lang, first.path, first.line
                ),
            ));
        }
    }
}

fn check_empty(def: &Def<'_>, problems: &mut Vec<Problem>) {
    if def.value.is_none() && def.attributes.is_empty() {
        problems.push(Problem::new(
            def.path,
            def.line,
            format!("{} \"{}\" is empty; write its text", def.kind, def.id),
        ));
    }
    if def.value.is_some_and(is_blank) {
        problems.push(Problem::new(
            def.path,
            def.line,
            format!(
                "{} \"{}\" is empty (only spaces); write its text",
                def.kind, def.id
            ),
        ));
    }
    for attribute in def.attributes.iter().filter(|a| is_blank(&a.value)) {
        problems.push(Problem::new(
            def.path,
            def.text.line_of_slice(attribute.id.name),
            format!(
                "attribute \"{}\" of {} \"{}\" is empty; write its text",
                attribute.id.name, def.kind, def.id
            ),
        ));
    }
}

fn check_references(def: &Def<'_>, locale: &Locale<'_>, problems: &mut Vec<Problem>) {
    for id in def.references() {
        if !locale.by_id.contains_key(&id) {
            problems.push(Problem::new(
                def.path,
                def.line,
                format!(
                    "{} \"{}\" refers to {{ {id} }}, which no {} file defines",
                    def.kind, def.id, locale.lang
                ),
            ));
        }
    }
}
