//! The editorial rules of the content, checked on the shipped structure: safety callouts
//! where safety is at stake, the hospital's desk where patients are told to ask, the
//! proven / broad-sense tags, sources on every page.

#![allow(
    clippy::expect_used,
    reason = "test helpers: a failed expect is a failed test (allow-expect-in-tests covers only #[test] functions)"
)]

use immuno_kiosk::content::{Block, ContentSource, Library, PageSpec};

fn library() -> Library {
    Library::load(&ContentSource::embedded())
        .expect("content parses")
        .0
}

fn page<'l>(library: &'l Library, id: &str) -> &'l PageSpec {
    library
        .spec
        .tracks
        .iter()
        .flat_map(|t| &t.pages)
        .find(|p| p.id == id)
        .unwrap_or_else(|| panic!("page {id} exists"))
}

fn has_block(blocks: &[Block], wanted: &dyn Fn(&Block) -> bool) -> bool {
    blocks.iter().any(|block| {
        wanted(block)
            || match block {
                Block::Callout { blocks, .. } | Block::Card { blocks, .. } => {
                    has_block(blocks, wanted)
                }
                _ => false,
            }
    })
}

#[test]
fn the_tracks_hold_five_core_points_and_six_detail_sections() {
    let library = library();
    let ids: Vec<Vec<&str>> = library
        .spec
        .tracks
        .iter()
        .map(|t| t.pages.iter().map(|p| p.id.as_str()).collect())
        .collect();
    assert_eq!(
        ids,
        [
            vec!["core-1", "core-2", "core-3", "core-4", "core-5"],
            vec![
                "detail-1", "detail-2", "detail-3", "detail-4", "detail-5", "detail-6"
            ],
        ]
    );
}

#[test]
fn safety_callouts_are_on_the_pages_that_need_them() {
    let library = library();
    for id in ["core-4", "core-5", "detail-4", "detail-5"] {
        let callout = |b: &Block| matches!(b, Block::Callout { .. });
        assert!(
            has_block(&page(&library, id).blocks, &callout),
            "{id} has a callout"
        );
    }
}

#[test]
fn the_consultation_desk_is_shown_where_patients_are_told_to_ask() {
    let library = library();
    for id in ["core-4", "detail-6"] {
        let desk = |b: &Block| matches!(b, Block::Consultation);
        assert!(
            has_block(&page(&library, id).blocks, &desk),
            "{id} shows the desk"
        );
    }
}

#[test]
fn every_page_cites_known_sources() {
    let library = library();
    for page in library.spec.tracks.iter().flat_map(|t| &t.pages) {
        assert!(!page.sources.is_empty(), "{} has sources", page.id);
        for source in &page.sources {
            assert!(
                library.source(source).is_some(),
                "{} cites a known source",
                page.id
            );
        }
    }
}

/// A figure is credited to the kind of source it comes from, never only to the National
/// Cancer Center: trial results to the named trial, approval dates to the drug makers and
/// the ministry, death rates to medical reviews, costs to clinics' prices.
#[test]
fn figures_are_credited_to_the_kind_of_source_they_come_from() {
    let library = library();
    for (page_id, wanted) in [
        ("core-5", &["checkmate-067", "jsmo-statements"][..]),
        ("detail-2", &["makers", "mhlw"][..]),
        ("detail-3", &["keynote-001", "checkmate-067"][..]),
        ("detail-4", &["reviews"][..]),
        (
            "detail-5",
            &["clinic-prices", "patients-federation", "mhlw"][..],
        ),
    ] {
        let sources = &page(&library, page_id).sources;
        for source in wanted {
            assert!(
                sources.iter().any(|s| s == source),
                "{page_id} cites {source}: {sources:?}"
            );
        }
    }
    let trials: Vec<&str> = library
        .spec
        .sources
        .iter()
        .filter(|s| s.trial)
        .map(|s| s.id.as_str())
        .collect();
    assert_eq!(trials, ["keynote-001", "checkmate-067"]);
    // Each trial is named on the page too, where its figures are.
    let heading = |id: &str| library.i18n.message("ja", id).unwrap_or_default();
    assert!(heading("detail-3-survival-h-lung").contains("KEYNOTE-001"));
    assert!(heading("detail-3-survival-h-melanoma").contains("CheckMate 067"));
}

/// In Japanese marking a check (レ点) can mean "wrong", △ "partly right" and × "wrong":
/// the proven badge shows the circle that means "right", the broad-sense badge the note
/// mark ※ ("read the note"), neither of which says right or wrong about a treatment.
#[test]
fn badge_marks_read_as_intended_in_japan() {
    let library = library();
    let icon = |id: &str| {
        library
            .spec
            .tags
            .iter()
            .find(|t| t.id == id)
            .map(|t| t.icon.clone())
            .unwrap_or_default()
    };
    assert_eq!(icon("proven"), "◯");
    assert_eq!(icon("broad"), "※");
}

#[test]
fn both_kinds_of_immunotherapy_are_tagged_with_text_icon_and_tone() {
    let library = library();
    let tags: Vec<&str> = library.spec.tags.iter().map(|t| t.id.as_str()).collect();
    assert_eq!(tags, ["proven", "broad"]);
    for tag in &library.spec.tags {
        assert!(!tag.icon.trim().is_empty(), "{} has an icon", tag.id);
        let label = library.i18n.message("ja", &tag.label).expect("badge text");
        assert!(label.contains("免疫療法（"), "{label}");
    }
    assert_eq!(
        library
            .i18n
            .message("ja", "tag-proven")
            .map(|t| immuno_kiosk::text::plain(&t))
            .as_deref(),
        Some("免疫療法（効果あり）")
    );
    assert_eq!(
        library
            .i18n
            .message("ja", "tag-broad")
            .map(|t| immuno_kiosk::text::plain(&t))
            .as_deref(),
        Some("免疫療法（広義）")
    );
    // Tags are used on pages or cards after the distinction is explained.
    let tagged = library
        .spec
        .tracks
        .iter()
        .flat_map(|t| &t.pages)
        .filter(|p| {
            p.tag.is_some()
                || has_block(&p.blocks, &|b| {
                    matches!(b, Block::Card { tag: Some(_), .. })
                })
        })
        .count();
    assert!(tagged >= 6, "{tagged} pages carry a tag");
}

#[test]
fn page_titles_keep_the_press_release_wording() {
    let library = library();
    for (id, title) in [
        (
            "core-1",
            "私たちの体は免疫によって発生したがん細胞を排除しています",
        ),
        (
            "core-2",
            "免疫療法は、免疫本来の力を回復させてがんを治療する方法です",
        ),
        ("core-3", "効果が明らかな免疫療法は限られています"),
        (
            "core-4",
            "自由診療で行われる免疫療法（広義）では慎重な確認が必要です",
        ),
        ("core-5", "免疫療法（効果あり）にもリスクがあります"),
        ("detail-1", "免疫療法全般について"),
        ("detail-2", "免疫療法（効果あり）の種類"),
        ("detail-3", "免疫療法（効果あり）の効果について"),
        ("detail-4", "生活と療養・副作用"),
        (
            "detail-5",
            "研究開発が行われている免疫療法（広義）～慎重な確認が必要な免疫療法",
        ),
        ("detail-6", "医師には何を聞けばよいか"),
    ] {
        assert_eq!(
            library
                .i18n
                .message("ja", &format!("{id}-title"))
                .map(|t| immuno_kiosk::text::plain(&t))
                .as_deref(),
            Some(title),
            "{id}"
        );
    }
}
