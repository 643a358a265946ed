//! A trial's figures need the trial named: a page that gives a result of a clinical trial
//! must cite that trial (a source with `trial: true`) on its source line, so a patient never
//! reads a trial's number as the National Cancer Center's own.

use fluent_bundle::{FluentBundle, FluentResource};

use super::Problem;
use super::budget::{build_bundle, resolve};
use super::position::RonText;
use crate::content::{Block, ContentSpec, PageSpec, ids};
use crate::source::{ContentSource, REFERENCE_LOCALE};

/// The word that says a text speaks of a clinical trial (試験, as in 臨床試験).
const TRIAL_WORD: &str = "試験";

/// Whether `text` holds a percentage: a digit followed by `%` or `％`.
fn has_percentage(text: &str) -> bool {
    let mut previous_digit = false;
    for c in text.chars() {
        if matches!(c, '%' | '％') && previous_digit {
            return true;
        }
        previous_digit = c.is_ascii_digit() || ('０'..='９').contains(&c);
    }
    false
}

/// One section of a page: the messages from one heading (or card or callout title) to the
/// next, in the reference locale, with the id of the first message that gives a figure.
#[derive(Default)]
struct Section {
    text: String,
    figure: Option<String>,
}

/// Splits a page into sections and reads them in the reference locale.
///
/// A section is what a reader takes as one passage: the page's title, lead and top-level
/// blocks up to the first heading; each heading and the blocks after it; each card or callout
/// on its own, split again at its headings.
fn sections(page: &PageSpec, bundle: &FluentBundle<FluentResource>) -> Vec<Section> {
    let mut out = vec![Section::default()];
    let mut add = |out: &mut Vec<Section>, id: &str| {
        let text = resolve(bundle, id).unwrap_or_default();
        if let Some(section) = out.last_mut() {
            if section.figure.is_none() && has_percentage(&text) {
                section.figure = Some(id.to_owned());
            }
            section.text.push_str(&text);
        }
    };
    add(&mut out, &ids::page_title(&page.id));
    add(&mut out, &ids::page_lead(&page.id));
    walk(&page.blocks, &mut out, &mut add);
    out
}

fn walk(blocks: &[Block], out: &mut Vec<Section>, add: &mut impl FnMut(&mut Vec<Section>, &str)) {
    for block in blocks {
        match block {
            Block::Heading(id) => {
                out.push(Section::default());
                add(out, id);
            }
            Block::Paragraph(id) => add(out, id),
            Block::Bullets(items) => {
                for id in items {
                    add(out, id);
                }
            }
            Block::Callout { title, blocks } | Block::Card { title, blocks, .. } => {
                out.push(Section::default());
                add(out, title);
                walk(blocks, out, add);
                // What follows the card belongs to the page again, not to the card.
                out.push(Section::default());
            }
            // A figure's words are labels and alt text, never a trial's figures.
            Block::Links(_) | Block::Consultation | Block::Figure(_) => {}
        }
    }
}

/// Reports every page that gives a trial figure but cites no trial.
///
/// A trial figure is recognised simply, in the reference locale (ja): a percentage in a
/// section that also says 試験 (trial). Figures from statements, reviews or price lists sit in
/// sections that do not speak of a trial, and need no trial source; a trial's figures are
/// introduced as the trial's ("臨床試験「CheckMate 067」では…"), which is what a reader needs
/// anyway. Which trial backs which figure is left to the editor: the rule only makes sure the
/// page names at least one.
pub(super) fn check_trial_sources(
    spec: &ContentSpec,
    ron: &RonText<'_>,
    source: &ContentSource,
    problems: &mut Vec<Problem>,
) {
    let Some(reference) = source.locale(REFERENCE_LOCALE) else {
        return;
    };
    let bundle = build_bundle(reference);
    for page in spec.tracks.iter().flat_map(|t| &t.pages) {
        let cites_trial = page.sources.iter().any(|id| {
            spec.sources
                .iter()
                .any(|source| source.id == *id && source.trial)
        });
        if cites_trial {
            continue;
        }
        let figure = sections(page, &bundle)
            .into_iter()
            .filter(|s| s.text.contains(TRIAL_WORD))
            .find_map(|s| s.figure);
        if let Some(message) = figure {
            problems.push(ron.problem(
                ron.line_of_field("id", &page.id, 0),
                format!(
                    "page \"{}\" gives a trial figure (\"{message}\": a percentage where the \
                     text speaks of a {TRIAL_WORD}), but none of its sources is a trial; add \
                     the trial as a source with `trial: true` and cite it",
                    page.id
                ),
            ));
        }
    }
}
