//! Checks between the reference locale and another: the same messages, with the same
//! attributes and variables.

use std::collections::BTreeSet;

use super::Problem;
use super::fluent::{Def, Kind, Locale, unique_in_order};

pub(super) fn check_parity(
    reference: &Locale<'_>,
    other: &Locale<'_>,
    problems: &mut Vec<Problem>,
) {
    let mut previous: Option<&str> = None;
    // Terms are private to each locale (a language may need one another does not).
    for def in unique_in_order(reference).filter(|def| def.kind == Kind::Message) {
        match other.by_id.get(&def.id) {
            None => problems.push(missing_problem(def, previous, reference, other)),
            Some(translated) => compare_shapes(def, translated, problems),
        }
        if other.by_id.contains_key(&def.id) {
            previous = Some(&def.id);
        }
    }
    for def in unique_in_order(other).filter(|def| def.kind == Kind::Message) {
        if !reference.by_id.contains_key(&def.id) {
            problems.push(Problem::new(
                def.path,
                def.line,
                format!(
                    "{} \"{}\" is defined here but not in {}, the reference locale; \
                     remove it, or add it to {} first",
                    def.kind, def.id, reference.lang, reference.lang
                ),
            ));
        }
    }
}

fn missing_problem(
    def: &Def<'_>,
    previous: Option<&str>,
    reference: &Locale<'_>,
    other: &Locale<'_>,
) -> Problem {
    let place = previous.map_or_else(String::new, |id| format!(", after \"{id}\""));
    Problem::new(
        other.counterpart(def.path),
        1,
        format!(
            "{} \"{}\" is missing here but present in {} ({}:{}); translate it and add \
             it to this file{place}",
            def.kind, def.id, reference.lang, def.path, def.line
        ),
    )
}

fn compare_shapes(reference: &Def<'_>, translated: &Def<'_>, problems: &mut Vec<Problem>) {
    let mut report = |what: &str, expected: &BTreeSet<&str>, found: &BTreeSet<&str>| {
        let missing = expected.difference(found).copied().collect::<Vec<_>>();
        let extra = found.difference(expected).copied().collect::<Vec<_>>();
        if missing.is_empty() && extra.is_empty() {
            return;
        }
        problems.push(Problem::new(
            translated.path,
            translated.line,
            format!(
                "{} \"{}\" has different {what} than in ja ({}:{}): {}",
                translated.kind,
                translated.id,
                reference.path,
                reference.line,
                describe_difference(&missing, &extra)
            ),
        ));
    };
    report(
        "attributes",
        &reference.attribute_names(),
        &translated.attribute_names(),
    );
    let expected_vars = prefixed(&reference.variables());
    let found_vars = prefixed(&translated.variables());
    report(
        "variables",
        &expected_vars.iter().map(String::as_str).collect(),
        &found_vars.iter().map(String::as_str).collect(),
    );
}

fn prefixed(variables: &BTreeSet<&str>) -> BTreeSet<String> {
    variables.iter().map(|name| format!("${name}")).collect()
}

fn describe_difference(missing: &[&str], extra: &[&str]) -> String {
    let mut parts = Vec::new();
    if !missing.is_empty() {
        parts.push(format!("missing {}", missing.join(", ")));
    }
    if !extra.is_empty() {
        parts.push(format!("not in ja: {}", extra.join(", ")));
    }
    parts.join("; ")
}
