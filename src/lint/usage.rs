//! Which Fluent ids `content.ron` and the program use, and which are defined: ids used but
//! defined nowhere, and messages and terms defined but used by nothing.

use std::collections::BTreeSet;

use super::Problem;
use super::fluent::{Kind, Locale, unique_in_order};
use super::position::RonText;
use super::structure::for_each_block;
use crate::content::{Block, ContentSpec, FigureSpec, ids};
use crate::source::REFERENCE_LOCALE;

/// One Fluent id used by `content.ron`, the line to report it at and what it is for.
pub(super) struct Use {
    id: String,
    line: usize,
    role: String,
}

pub(super) fn content_uses(spec: &ContentSpec, ron: &RonText<'_>) -> Vec<Use> {
    let mut uses = Vec::new();
    let mut add = |id: &str, line: usize, role: String| {
        uses.push(Use {
            id: id.to_owned(),
            line,
            role,
        });
    };
    for tag in &spec.tags {
        add(
            &tag.label,
            ron.line_of_field("label", &tag.label, 0),
            format!("label of tag \"{}\"", tag.id),
        );
    }
    for link in &spec.links {
        add(
            &link.caption,
            ron.line_of_field("caption", &link.caption, 0),
            format!("caption of link \"{}\"", link.id),
        );
    }
    for source in &spec.sources {
        add(
            &source.label,
            ron.line_of_field("label", &source.label, 0),
            format!("name of source \"{}\"", source.id),
        );
    }
    for track in &spec.tracks {
        let line = ron.line_of_field("id", &track.id, 0);
        add(
            &ids::track_title(&track.id),
            line,
            format!("title of track \"{}\"", track.id),
        );
        add(
            &ids::track_summary(&track.id),
            line,
            format!("summary of track \"{}\"", track.id),
        );
        if let Some(figure) = &track.figure {
            add_figure_uses(
                figure,
                ron,
                &format!("on the home entry of track \"{}\"", track.id),
                &mut add,
            );
        }
        for page in &track.pages {
            let line = ron.line_of_field("id", &page.id, 0);
            add(
                &ids::page_title(&page.id),
                line,
                format!("title of page \"{}\"", page.id),
            );
            add(
                &ids::page_lead(&page.id),
                line,
                format!("lead of page \"{}\"", page.id),
            );
            add_block_uses(
                &page.blocks,
                ron,
                &format!("text on page \"{}\"", page.id),
                &mut add,
            );
        }
    }
    add_block_uses(&spec.about, ron, "text on the about page", &mut add);
    uses
}

fn add_block_uses(
    blocks: &[Block],
    ron: &RonText<'_>,
    role: &str,
    add: &mut impl FnMut(&str, usize, String),
) {
    for_each_block(blocks, &mut |block| match block {
        Block::Heading(id) | Block::Paragraph(id) => add(id, ron.line_of(id), role.to_owned()),
        Block::Bullets(ids) => {
            for id in ids {
                add(id, ron.line_of(id), role.to_owned());
            }
        }
        Block::Callout { title, .. } | Block::Card { title, .. } => {
            add(title, ron.line_of_field("title", title, 0), role.to_owned());
        }
        Block::Figure(figure) => add_figure_uses(figure, ron, role, add),
        Block::Links(_) | Block::Consultation => {}
    });
}

/// A figure's alt text and its labels.
fn add_figure_uses(
    figure: &FigureSpec,
    ron: &RonText<'_>,
    role: &str,
    add: &mut impl FnMut(&str, usize, String),
) {
    add(
        &figure.alt,
        ron.line_of_field("alt", &figure.alt, 0),
        format!("alt text of figure \"{}\", {role}", figure.id),
    );
    for label in &figure.labels {
        add(
            &label.text,
            ron.line_of_field("text", &label.text, 0),
            format!("label of figure \"{}\", {role}", figure.id),
        );
    }
}

pub(super) fn check_usage(
    uses: &[Use],
    ron: &RonText<'_>,
    locales: &[Locale<'_>],
    code_ids: &[&str],
    problems: &mut Vec<Problem>,
) {
    for content_use in uses {
        let defined = locales
            .iter()
            .filter_map(|locale| locale.by_id.get(&content_use.id))
            .collect::<Vec<_>>();
        if defined.is_empty() {
            problems.push(ron.problem(
                content_use.line,
                format!(
                    "message \"{}\" ({}) is used here but no locale defines it; add it to \
                     the ja and every other locale's .ftl files",
                    content_use.id, content_use.role
                ),
            ));
        }
        for def in defined.into_iter().filter(|def| def.value.is_none()) {
            problems.push(Problem::new(
                def.path,
                def.line,
                format!(
                    "message \"{}\" ({}) has attributes but no text of its own; write its text",
                    def.id, content_use.role
                ),
            ));
        }
    }
    check_code_ids(locales, code_ids, problems);
    check_unused(uses, locales, code_ids, problems);
}

fn check_code_ids(locales: &[Locale<'_>], code_ids: &[&str], problems: &mut Vec<Problem>) {
    let Some(reference) = locales.iter().find(|l| l.lang == REFERENCE_LOCALE) else {
        return;
    };
    for id in code_ids {
        if locales.iter().all(|locale| !locale.by_id.contains_key(*id)) {
            problems.push(Problem::new(
                reference.counterpart("ui.ftl"),
                1,
                format!(
                    "message \"{id}\" is used by the kiosk program but no locale defines it; \
                     add it to ui.ftl (or the .ftl file it belongs in) of ja and every other \
                     locale"
                ),
            ));
        }
    }
}

fn check_unused(
    uses: &[Use],
    locales: &[Locale<'_>],
    code_ids: &[&str],
    problems: &mut Vec<Problem>,
) {
    let mut in_use: BTreeSet<String> = uses.iter().map(|u| u.id.clone()).collect();
    in_use.extend(code_ids.iter().map(|id| (*id).to_owned()));
    in_use.extend(locales.iter().flat_map(Locale::references));
    let reference = locales.iter().find(|l| l.lang == REFERENCE_LOCALE);
    // A message missing from the reference locale is already reported by the parity check.
    let known = |id: &str| reference.is_none_or(|r| r.by_id.contains_key(id));
    let mut reported = BTreeSet::new();
    for locale in locales {
        for def in unique_in_order(locale).filter(|def| def.kind == Kind::Message) {
            // The program uses every glossary entry (by its prefix); `glossary` checks them.
            if !in_use.contains(&def.id)
                && !super::glossary::is_glossary(&def.id)
                && known(&def.id)
                && reported.insert(def.id.clone())
            {
                problems.push(Problem::new(
                    def.path,
                    def.line,
                    format!(
                        "message \"{}\" is not used by content.ron, by another message or by \
                         the program; remove it, or use it in content.ron",
                        def.id
                    ),
                ));
            }
        }
    }
}

/// Terms are private to their locale: one is unused when no entry of its own locale uses it.
pub(super) fn check_unused_terms(locale: &Locale<'_>, problems: &mut Vec<Problem>) {
    let in_use = locale.references();
    for def in unique_in_order(locale).filter(|def| def.kind == Kind::Term) {
        if !in_use.contains(&def.id) {
            problems.push(Problem::new(
                def.path,
                def.line,
                format!(
                    "term \"{}\" is not used by any message in {}; remove it",
                    def.id, locale.lang
                ),
            ));
        }
    }
}
