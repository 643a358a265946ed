//! `content.ron` on its own: that it parses, its ids are unique, its review date is real,
//! its icons show, its links are https and its references resolve.

use std::collections::{BTreeMap, BTreeSet};

use super::Problem;
use super::glyphs::describe_char;
use super::position::RonText;
use crate::content::{Block, ContentSpec, ids};
use crate::fonts::GlyphCoverage;
use crate::source::SourceFile;

pub(super) fn parse_structure(
    file: &SourceFile,
    problems: &mut Vec<Problem>,
) -> Option<ContentSpec> {
    match ContentSpec::parse(&file.text) {
        Ok(spec) => Some(spec),
        Err(error) => {
            problems.push(Problem::new(
                &file.path,
                error.span.start.line.max(1),
                format!(
                    "content.ron cannot be read (column {}): {}; nothing else in it was \
                     checked",
                    error.span.start.col, error.code
                ),
            ));
            None
        }
    }
}

pub(super) fn check_structure(
    spec: &ContentSpec,
    ron: &RonText<'_>,
    glyphs: &GlyphCoverage,
    problems: &mut Vec<Problem>,
) {
    check_review_date(spec, ron, problems);
    check_duplicate_ids(spec, ron, problems);
    check_tags(spec, ron, glyphs, problems);
    check_links(spec, ron, problems);
    check_page_references(spec, ron, problems);
}

fn check_review_date(spec: &ContentSpec, ron: &RonText<'_>, problems: &mut Vec<Problem>) {
    let date = spec.reviewed;
    if !(1..=12).contains(&date.month) || !(1..=31).contains(&date.day) {
        let line = ron
            .text
            .find("reviewed")
            .map_or(1, |offset| ron.line_at(offset));
        problems.push(ron.problem(
            line,
            format!(
                "the review date {}-{:02}-{:02} is not a real date",
                date.year, date.month, date.day
            ),
        ));
    }
}

/// Every `id:` in document order, with what it names.
fn declared_ids(spec: &ContentSpec) -> Vec<(&'static str, &str)> {
    let mut ids: Vec<(&'static str, &str)> = Vec::new();
    ids.extend(spec.tags.iter().map(|t| ("tag", t.id.as_str())));
    ids.extend(spec.links.iter().map(|l| ("link", l.id.as_str())));
    ids.extend(spec.sources.iter().map(|s| ("source", s.id.as_str())));
    for track in &spec.tracks {
        ids.push(("track", &track.id));
        ids.extend(track.pages.iter().map(|p| ("page", p.id.as_str())));
    }
    ids
}

fn check_duplicate_ids(spec: &ContentSpec, ron: &RonText<'_>, problems: &mut Vec<Problem>) {
    let mut seen_value: BTreeMap<&str, usize> = BTreeMap::new();
    let mut seen_kind: BTreeMap<(&str, &str), usize> = BTreeMap::new();
    for (kind, id) in declared_ids(spec) {
        let nth = seen_value.entry(id).or_default();
        let line = ron.line_of_field("id", id, *nth);
        *nth += 1;
        let count = seen_kind.entry((kind, id)).or_default();
        *count += 1;
        if *count == 2 {
            let first = ron.line_of_field("id", id, 0);
            problems.push(ron.problem(
                line,
                format!(
                    "there are two {kind}s with the id \"{id}\" (the first is on line \
                     {first}); give this one another id"
                ),
            ));
        }
    }
}

fn check_tags(
    spec: &ContentSpec,
    ron: &RonText<'_>,
    glyphs: &GlyphCoverage,
    problems: &mut Vec<Problem>,
) {
    for tag in &spec.tags {
        let line = ron.line_of_field("icon", &tag.icon, 0);
        if tag.icon.is_empty() {
            problems.push(ron.problem(
                ron.line_of_field("id", &tag.id, 0),
                format!("tag \"{}\" has no icon; give it one character", tag.id),
            ));
        }
        for c in tag
            .icon
            .chars()
            .filter(|c| !glyphs.covers(crate::source::REFERENCE_LOCALE, *c))
        {
            problems.push(ron.problem(
                line,
                format!(
                    "the icon of tag \"{}\", {}, has no glyph in the bundled font \
                     (BIZ UDPGothic); choose another character",
                    tag.id,
                    describe_char(c)
                ),
            ));
        }
    }
}

fn check_links(spec: &ContentSpec, ron: &RonText<'_>, problems: &mut Vec<Problem>) {
    for link in &spec.links {
        let secure = link
            .url
            .strip_prefix("https://")
            .is_some_and(|rest| !rest.is_empty() && !rest.contains(char::is_whitespace));
        if !secure {
            problems.push(ron.problem(
                ron.line_of_field("url", &link.url, 0),
                format!(
                    "link \"{}\" has the URL \"{}\", which is not a valid https:// address; \
                     the kiosk only shows https:// links",
                    link.id, link.url
                ),
            ));
        }
    }
}

fn check_page_references(spec: &ContentSpec, ron: &RonText<'_>, problems: &mut Vec<Problem>) {
    let tags: BTreeSet<&str> = spec.tags.iter().map(|t| t.id.as_str()).collect();
    let links: BTreeSet<&str> = spec.links.iter().map(|l| l.id.as_str()).collect();
    let sources: BTreeSet<&str> = spec.sources.iter().map(|s| s.id.as_str()).collect();
    let mut unknown = |kind: &str, id: &str, known: &BTreeSet<&str>, page: &str| {
        if !known.contains(id) {
            problems.push(ron.problem(
                ron.line_of(id),
                format!(
                    "{page} refers to {kind} \"{id}\", but no {kind} has that id; \
                     fix the id or add the {kind} to the {kind}s list"
                ),
            ));
        }
    };
    for track in &spec.tracks {
        for page in &track.pages {
            let name = format!("page \"{}\"", page.id);
            if let Some(tag) = &page.tag {
                unknown("tag", tag, &tags, &name);
            }
            for source in &page.sources {
                unknown("source", source, &sources, &name);
            }
            for_each_block(&page.blocks, &mut |block| match block {
                Block::Card { tag: Some(tag), .. } => unknown("tag", tag, &tags, &name),
                Block::Links(ids) => {
                    for id in ids {
                        unknown("link", id, &links, &name);
                    }
                }
                _ => {}
            });
        }
    }
    for_each_block(&spec.about, &mut |block| {
        if let Block::Links(ids) = block {
            for id in ids {
                unknown("link", id, &links, "the about page");
            }
        }
    });
}

/// The consultation block, when no hospital desk is configured, shows the national centres'
/// codes by link id ([`ids::GENERAL_DESK_LINKS`]): content with a consultation block must
/// define those links, or the kiosk shows the advice without its codes.
pub(super) fn check_desk_links(spec: &ContentSpec, ron: &RonText<'_>, problems: &mut Vec<Problem>) {
    let mut consultation = false;
    let mut find = |block: &Block| consultation |= matches!(block, Block::Consultation);
    for track in &spec.tracks {
        for page in &track.pages {
            for_each_block(&page.blocks, &mut find);
        }
    }
    for_each_block(&spec.about, &mut find);
    if !consultation {
        return;
    }
    let line = ron
        .text
        .find("Consultation")
        .map_or(1, |offset| ron.line_at(offset));
    for id in ids::GENERAL_DESK_LINKS {
        if !spec.links.iter().any(|link| link.id == id) {
            problems.push(ron.problem(
                line,
                format!(
                    "the consultation block shows the link \"{id}\" when no hospital desk is \
                     configured, but no link has that id; add it to the links list"
                ),
            ));
        }
    }
}

/// Calls `visit` on every block, depth first, including those inside callouts and cards.
pub(super) fn for_each_block<'a>(blocks: &'a [Block], visit: &mut impl FnMut(&'a Block)) {
    for block in blocks {
        visit(block);
        if let Block::Callout { blocks, .. } | Block::Card { blocks, .. } = block {
            for_each_block(blocks, visit);
        }
    }
}
