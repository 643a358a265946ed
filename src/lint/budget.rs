//! Length budgets: how many characters a page has, and whether that fits its track's
//! `max_chars` for each locale.

use fluent_bundle::{FluentBundle, FluentResource};
use unic_langid::LanguageIdentifier;

use super::Problem;
use super::position::RonText;
use crate::content::{ContentSpec, IdsOnly, Item, PageSpec, Walker};
use crate::source::{ContentSource, LocaleFiles};

/// Bidi isolation marks Fluent may put around placeables; layout, not characters a reader
/// reads, so the budget does not count them.
const ISOLATION_MARKS: [char; 2] = ['\u{2068}', '\u{2069}'];

/// The Fluent ids whose text counts towards a page's length budget, in reading order:
/// title, lead, then every heading, paragraph, bullet and callout or card title of its
/// blocks. Link captions and the consultation block are not counted.
///
/// They are the page layer's items (what the kiosk shows), each kind of item counted or
/// not below.
#[must_use]
pub fn page_budget_ids(page: &PageSpec) -> Vec<String> {
    let spec = ContentSpec::default();
    let mut ids = Vec::new();
    for item in Walker::new(&spec, IdsOnly).page_text(page) {
        push_budget_ids(item, &mut ids);
    }
    ids
}

/// Counts a page's characters as the budget does: the Unicode scalar values of the resolved
/// text of every id in [`page_budget_ids`], without Fluent's bidi isolation marks.
///
/// `text_of` resolves one Fluent id in the locale being counted; an id it cannot resolve
/// counts as empty (the lint reports missing ids separately). Ruby markup counts only its
/// base: `｜自由診療《じゆうしんりょう》` is 4 characters.
#[must_use]
pub fn page_char_count<S: AsRef<str>>(
    page: &PageSpec,
    mut text_of: impl FnMut(&str) -> Option<S>,
) -> usize {
    page_budget_ids(page)
        .iter()
        .filter_map(|id| text_of(id))
        .map(|text| {
            // The text as shown: ruby markup and its readings are not counted.
            crate::text::plain(text.as_ref())
                .chars()
                .filter(|c| !ISOLATION_MARKS.contains(c))
                .count()
        })
        .sum()
}

/// Whether each kind of item counts towards the budget: the words a page itself says do, its
/// badges, codes, desk and the lines every page has do not.
fn push_budget_ids(item: Item, ids: &mut Vec<String>) {
    match item {
        Item::Title(message)
        | Item::Lead(message)
        | Item::Heading(message)
        | Item::Paragraph(message) => ids.push(message.id),
        Item::Bullets(items) => ids.extend(items.into_iter().map(|m| m.id)),
        Item::Callout { title, body } | Item::Card { title, body, .. } => {
            ids.push(title.id);
            for inner in body {
                push_budget_ids(inner, ids);
            }
        }
        // The labels are read on the page; the alt text is for those who cannot see it.
        Item::Figure(figure) => ids.extend(figure.labels.into_iter().map(|label| label.text.id)),
        Item::Breadcrumb { .. }
        | Item::Tag(_)
        | Item::QrCodes(_)
        | Item::Consultation(_)
        | Item::NextTrack(_)
        | Item::SourceLine(_)
        | Item::Reviewed(_) => {}
    }
}

pub(super) fn build_bundle(locale: &LocaleFiles) -> FluentBundle<FluentResource> {
    let lang: LanguageIdentifier = locale.lang.parse().unwrap_or_default();
    let mut bundle = FluentBundle::new(vec![lang]);
    bundle.set_use_isolating(false);
    // A file nested too deep would overflow the parser's stack; the checks above report it.
    for file in locale
        .files
        .iter()
        .filter(|f| f.fluent_too_deep().is_none())
    {
        let resource =
            FluentResource::try_new(file.text.clone()).unwrap_or_else(|(partial, _)| partial);
        // Duplicates and syntax errors are reported by the checks above; what remains is
        // what the kiosk would show.
        let _ = bundle.add_resource(resource);
    }
    bundle
}

/// The text of message `id` as the kiosk shows it, without arguments.
pub(super) fn resolve(bundle: &FluentBundle<FluentResource>, id: &str) -> Option<String> {
    let pattern = bundle.get_message(id)?.value()?;
    let mut errors = Vec::new();
    Some(
        bundle
            .format_pattern(pattern, None, &mut errors)
            .into_owned(),
    )
}

pub(super) fn check_budgets(
    spec: &ContentSpec,
    ron: &RonText<'_>,
    source: &ContentSource,
    problems: &mut Vec<Problem>,
) {
    let bundles: Vec<(&str, FluentBundle<FluentResource>)> = source
        .locales
        .iter()
        .map(|locale| (locale.lang.as_str(), build_bundle(locale)))
        .collect();
    for track in &spec.tracks {
        let track_line = ron.line_of_field("id", &track.id, 0);
        for (lang, _) in &bundles {
            if !track.max_chars.iter().any(|(l, _)| l == lang) {
                problems.push(ron.problem(
                    track_line,
                    format!(
                        "track \"{}\" has no max_chars budget for locale \"{lang}\"; add one",
                        track.id
                    ),
                ));
            }
        }
        for (lang, max) in &track.max_chars {
            let Some((_, bundle)) = bundles.iter().find(|(l, _)| l == lang) else {
                problems.push(ron.problem(
                    track_line,
                    format!(
                        "track \"{}\" has a max_chars budget for locale \"{lang}\", but there \
                         is no locales/{lang}/ folder",
                        track.id
                    ),
                ));
                continue;
            };
            for page in &track.pages {
                let count = page_char_count(page, |id| resolve(bundle, id));
                if count > *max {
                    problems.push(ron.problem(
                        ron.line_of_field("id", &page.id, 0),
                        format!(
                            "page \"{}\" has {count} characters in {lang}, over the \"{}\" \
                             track's budget of {max}; shorten its {lang} text by {}",
                            page.id,
                            track.id,
                            count - max
                        ),
                    ));
                }
            }
        }
    }
}
