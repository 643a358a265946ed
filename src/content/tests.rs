//! The page layer against a small content set: the order of the items, their ids and
//! their words, and that a missing message never shows as its id.

use fluent_bundle::FluentValue;

use super::{
    Consultation, ContentSource, Item, Library, LocaleFiles, Localized, Message, Messages,
    SourceFile, Tone, Walker, about_items, legend, page_items, track_entries,
};
use crate::config::ConsultationDesk;

const CONTENT_RON: &str = r#"(
    reviewed: (year: 2026, month: 11, day: 24),
    tags: [
        (id: "proven", label: "tag-proven", icon: "✓", tone: Proven),
        (id: "broad", label: "tag-broad", icon: "△", tone: Caution),
    ],
    links: [
        (id: "ganjoho", url: "https://ganjoho.jp/", caption: "link-ganjoho"),
        (id: "cisc", url: "https://example.jp/cisc", caption: "link-cisc"),
    ],
    sources: [(id: "ncc", label: "source-ncc"), (id: "jsmo", label: "source-jsmo")],
    tracks: [
        (id: "core", max_chars: [], pages: [
            (id: "core-1", tag: Some("proven"), sources: ["ncc", "unknown", "jsmo"], blocks: [
                Heading("core-1-h"),
                Paragraph("core-1-p"),
                Bullets(["core-1-b1", "core-1-b2"]),
                Callout(title: "core-1-callout", blocks: [Paragraph("core-1-p")]),
                Card(title: "core-1-card", tag: Some("broad"), blocks: [
                    Links(["ganjoho", "nowhere"]),
                ]),
                Consultation,
            ]),
            (id: "core-2", sources: [], blocks: []),
        ]),
        (id: "details", max_chars: [], pages: [(id: "detail-1", sources: [], blocks: [])]),
    ],
    about: [Paragraph("about-p")],
)"#;

const JA: &str = "
track-core-title = 要点
track-core-summary = 五つの要点
track-details-title = 詳しく
track-details-summary = 六つの節
core-1-title = 一つ目
core-1-lead = 導入
core-1-h = 見出し
core-1-p = 段落
core-1-b1 = 点一
core-1-b2 = 点二
core-1-callout = 注意
core-1-card = カード
core-2-title = 二つ目
detail-1-title = 詳一
detail-1-lead = 詳一の導入
tag-proven = 効果あり
tag-broad = 広い意味
link-ganjoho = がん情報
link-cisc = 相談支援
source-ncc = 国がん
source-jsmo = 学会
page-progress = { $current } / { $total }
page-next-track = 次へ：{ $track }
page-source = 出典：{ $sources }
content-reviewed = { $year }年{ $month }月{ $day }日
qr-hint = 読み取ってください
qr-alt = QR：{ $caption }
consult-general-title = 相談
consult-general-body = 一般の案内
consult-support-center = 支援センター
consult-desk-title = 窓口
consult-desk-line = { $label }：{ $value }
consult-desk-location = 場所
consult-desk-phone = 電話
consult-desk-hours = 時間
legend-title = 見分け方
legend-proven = { $tag }：効果が証明
legend-broad = { $tag }：未証明も
about-title = この情報について
about-p = 説明
home-track-pages = { $count }ページ
";

/// English without `core-1-h` (it falls back to Japanese); `core-2-lead` is nowhere.
const EN: &str = "
track-core-title = Key points
track-details-title = Details
core-1-title = First
core-1-lead = Intro
core-1-p = Paragraph
page-progress = { $current } of { $total }
page-next-track = Go on: { $track }
";

fn library() -> Library {
    let locale = |lang: &str, text: &str| LocaleFiles {
        lang: lang.to_owned(),
        files: vec![SourceFile {
            path: format!("locales/{lang}/core.ftl"),
            text: text.to_owned(),
        }],
        status: None,
    };
    let source = ContentSource {
        structure: SourceFile {
            path: "assets/content.ron".to_owned(),
            text: CONTENT_RON.to_owned(),
        },
        locales: vec![locale("ja", JA), locale("en", EN)],
        figures: Vec::new(),
        terms: None,
    };
    let (library, problems) = Library::load(&source).expect("the test content parses");
    assert!(problems.is_empty(), "{problems:?}");
    library
}

fn message(id: &str, text: &str) -> Message {
    Message {
        id: id.to_owned(),
        text: text.to_owned(),
    }
}

/// The kind of each item, listed by an exhaustive match like every other reader's.
fn kind(item: &Item) -> &'static str {
    match item {
        Item::Breadcrumb { .. } => "breadcrumb",
        Item::Tag(_) => "tag",
        Item::Title(_) => "title",
        Item::Lead(_) => "lead",
        Item::Heading(_) => "heading",
        Item::Paragraph(_) => "paragraph",
        Item::Bullets(_) => "bullets",
        Item::Callout { .. } => "callout",
        Item::Card { .. } => "card",
        Item::QrCodes(_) => "qr-codes",
        Item::Consultation(_) => "consultation",
        Item::NextTrack(_) => "next-track",
        Item::SourceLine(_) => "source-line",
        Item::Reviewed(_) => "reviewed",
        Item::Figure(_) => "figure",
    }
}

#[test]
fn a_page_reads_from_its_breadcrumb_to_its_review_date() {
    let items = page_items(&library(), "ja", None, 0, 0);
    let kinds: Vec<&str> = items.iter().map(kind).collect();
    assert_eq!(
        kinds,
        [
            "breadcrumb",
            "tag",
            "title",
            "lead",
            "heading",
            "paragraph",
            "bullets",
            "callout",
            "card",
            "consultation",
            "source-line",
            "reviewed"
        ]
    );
    assert_eq!(
        items.first(),
        Some(&Item::Breadcrumb {
            track: message("track-core-title", "要点"),
            progress: message("page-progress", "1 / 2"),
        })
    );
    assert_eq!(
        items.get(2),
        Some(&Item::Title(message("core-1-title", "一つ目")))
    );
    assert_eq!(
        items.get(6),
        Some(&Item::Bullets(vec![
            message("core-1-b1", "点一"),
            message("core-1-b2", "点二"),
        ]))
    );
    // Unknown sources are left out of the source line, the others joined in order.
    assert_eq!(
        items.get(10),
        Some(&Item::SourceLine(message(
            "page-source",
            "出典：国がん / 学会"
        )))
    );
    assert_eq!(
        items.last(),
        Some(&Item::Reviewed(message(
            "content-reviewed",
            "2026年11月24日"
        )))
    );
}

#[test]
fn every_message_of_a_page_comes_in_reading_order() {
    let items = page_items(&library(), "ja", None, 0, 0);
    let ids: Vec<&str> = items
        .iter()
        .flat_map(Item::messages)
        .map(|m| m.id.as_str())
        .collect();
    assert_eq!(
        ids,
        [
            "track-core-title",
            "page-progress",
            "tag-proven",
            "core-1-title",
            "core-1-lead",
            "core-1-h",
            "core-1-p",
            "core-1-b1",
            "core-1-b2",
            "core-1-callout",
            "core-1-p",
            "tag-broad",
            "core-1-card",
            "qr-alt",
            "qr-hint",
            "consult-general-title",
            "consult-general-body",
            "consult-support-center",
            "qr-alt",
            "qr-hint",
            "page-source",
            "content-reviewed",
        ]
    );
}

#[test]
fn a_card_holds_its_badge_and_its_codes_and_unknown_links_are_left_out() {
    let items = page_items(&library(), "ja", None, 0, 0);
    let Some(Item::Card { tag, title, body }) = items.get(8) else {
        panic!("the ninth item is the card: {items:#?}");
    };
    let tag = tag.as_ref().expect("the card is tagged");
    assert_eq!((tag.icon.as_str(), tag.tone), ("△", Tone::Caution));
    assert_eq!(tag.label, message("tag-broad", "広い意味"));
    assert_eq!(*title, message("core-1-card", "カード"));
    let [Item::QrCodes(row)] = body.as_slice() else {
        panic!("the card holds one row of codes: {body:#?}");
    };
    let urls: Vec<&str> = row.codes.iter().map(|c| c.url.as_str()).collect();
    assert_eq!(urls, ["https://ganjoho.jp/"]);
    let code = &row.codes[0];
    assert_eq!(code.caption, "がん情報");
    assert_eq!(code.caption_id.as_deref(), Some("link-ganjoho"));
    assert_eq!(code.alt, message("qr-alt", "QR：がん情報"));
    assert_eq!(row.hint, message("qr-hint", "読み取ってください"));
}

#[test]
fn the_last_page_of_a_track_leads_on_to_the_other_track() {
    let library = library();
    let first = page_items(&library, "ja", None, 0, 0);
    assert!(!first.iter().any(|i| matches!(i, Item::NextTrack(_))));
    let last = page_items(&library, "ja", None, 0, 1);
    let Some(Item::NextTrack(next)) = last.iter().find(|i| matches!(i, Item::NextTrack(_))) else {
        panic!("no way on from the last page: {last:#?}");
    };
    assert_eq!(next.track, 1);
    assert_eq!(next.first_page.as_deref(), Some("detail-1"));
    assert_eq!(next.text, message("page-next-track", "次へ：詳しく"));
    let kinds: Vec<&str> = last.iter().map(kind).collect();
    assert_eq!(
        kinds,
        [
            "breadcrumb",
            "title",
            "lead",
            "next-track",
            "source-line",
            "reviewed"
        ]
    );
    let back = page_items(&library, "en", None, 1, 0);
    assert!(back.contains(&Item::NextTrack(super::NextTrack {
        track: 0,
        first_page: Some("core-1".to_owned()),
        text: message("page-next-track", "Go on: Key points"),
    })));
}

#[test]
fn a_page_that_does_not_exist_has_no_items() {
    let library = library();
    assert!(page_items(&library, "ja", None, 0, 2).is_empty());
    assert!(page_items(&library, "ja", None, 5, 0).is_empty());
}

#[test]
fn a_missing_translation_falls_back_to_japanese_and_a_missing_message_to_nothing() {
    let library = library();
    let items = page_items(&library, "en", None, 0, 0);
    assert!(items.contains(&Item::Heading(message("core-1-h", "見出し"))));
    assert!(items.contains(&Item::Paragraph(message("core-1-p", "Paragraph"))));
    let second = page_items(&library, "en", None, 0, 1);
    assert!(second.contains(&Item::Lead(message("core-2-lead", ""))));
    for lang in ["ja", "en", "fr"] {
        let mut all = about_items(&library, lang, None);
        for (track, entry) in track_entries(&library, lang).iter().enumerate() {
            for page in 0..entry.pages.len() {
                all.extend(page_items(&library, lang, None, track, page));
            }
        }
        for message in all.iter().flat_map(Item::messages) {
            assert_ne!(message.text, message.id, "{lang}: a raw id is shown");
        }
    }
}

#[test]
fn without_a_named_desk_the_consultation_block_gives_the_general_advice() {
    let library = library();
    let blank = ConsultationDesk {
        name: "  ".to_owned(),
        phone: "03-0000-0000".to_owned(),
        ..ConsultationDesk::default()
    };
    for desk in [None, Some(&blank)] {
        let items = page_items(&library, "ja", desk, 0, 0);
        let Some(Item::Consultation(Consultation::General {
            title,
            paragraphs,
            codes,
        })) = items.get(9)
        else {
            panic!("no general advice: {items:#?}");
        };
        assert_eq!(*title, message("consult-general-title", "相談"));
        assert_eq!(paragraphs.len(), 2);
        // The content defines only one of the two national centres.
        let urls: Vec<&str> = codes.codes.iter().map(|c| c.url.as_str()).collect();
        assert_eq!(urls, ["https://example.jp/cisc"]);
    }
}

#[test]
fn a_named_desk_shows_its_filled_in_lines_and_its_code() {
    let desk = ConsultationDesk {
        name: "がん相談支援センター".to_owned(),
        phone: "03-0000-0000".to_owned(),
        hours: " ".to_owned(),
        url: Some("https://example.jp/soudan".to_owned()),
        ..ConsultationDesk::default()
    };
    let items = page_items(&library(), "ja", Some(&desk), 0, 0);
    let Some(Item::Consultation(Consultation::Desk(shown))) = items.get(9) else {
        panic!("no desk: {items:#?}");
    };
    assert_eq!(shown.title, message("consult-desk-title", "窓口"));
    assert_eq!(shown.name, "がん相談支援センター");
    assert_eq!(
        shown.lines,
        [message("consult-desk-line", "電話：03-0000-0000")]
    );
    let code = shown.code.as_ref().expect("the desk's page as a code");
    assert_eq!(code.caption, "がん相談支援センター");
    assert_eq!(code.caption_id, None);
    assert_eq!(code.alt, message("qr-alt", "QR：がん相談支援センター"));
}

/// Words without `qr-alt`, as an older content folder may be.
struct WithoutQrAlt<'a>(Localized<'a>);

impl Messages for WithoutQrAlt<'_> {
    fn format(&self, id: &str, args: &[(&str, FluentValue<'_>)]) -> Option<String> {
        (id != "qr-alt").then(|| self.0.format(id, args)).flatten()
    }
}

#[test]
fn a_code_without_its_alt_message_is_described_by_its_caption() {
    let library = library();
    let messages = WithoutQrAlt(Localized {
        i18n: &library.i18n,
        lang: "ja",
    });
    let items = Walker::new(&library.spec, messages).page(0, 0);
    let alts: Vec<&Message> = items
        .iter()
        .flat_map(Item::messages)
        .filter(|m| m.id == "qr-alt")
        .collect();
    assert_eq!(
        alts,
        [
            &message("qr-alt", "がん情報"),
            &message("qr-alt", "相談支援")
        ]
    );
}

#[test]
fn the_about_page_has_its_title_blocks_and_review_date() {
    let items = about_items(&library(), "ja", None);
    assert_eq!(
        items,
        [
            Item::Title(message("about-title", "この情報について")),
            Item::Paragraph(message("about-p", "説明")),
            Item::Reviewed(message("content-reviewed", "2026年11月24日")),
        ]
    );
}

#[test]
fn the_legend_explains_proven_first_then_broad_sense() {
    let legend = legend(&library(), "ja");
    assert_eq!(legend.title, message("legend-title", "見分け方"));
    let entries: Vec<(&str, Tone, &str)> = legend
        .entries
        .iter()
        .map(|e| (e.icon.as_str(), e.tone, e.text.text.as_str()))
        .collect();
    assert_eq!(
        entries,
        [
            ("✓", Tone::Proven, "効果あり：効果が証明"),
            ("△", Tone::Caution, "広い意味：未証明も"),
        ]
    );
}

#[test]
fn the_home_screen_lists_each_track_with_its_pages() {
    let tracks = track_entries(&library(), "ja");
    assert_eq!(tracks.len(), 2);
    let core = &tracks[0];
    assert_eq!((core.index, core.id.as_str()), (0, "core"));
    assert_eq!(core.title, message("track-core-title", "要点"));
    assert_eq!(core.summary, message("track-core-summary", "五つの要点"));
    assert_eq!(core.page_count, message("home-track-pages", "2ページ"));
    let pages: Vec<(&str, &str)> = core
        .pages
        .iter()
        .map(|p| (p.id.as_str(), p.title.text.as_str()))
        .collect();
    assert_eq!(pages, [("core-1", "一つ目"), ("core-2", "二つ目")]);
    assert_eq!(tracks[1].index, 1);
}

#[test]
fn every_message_of_the_shipped_content_resolves_in_every_language() {
    let (library, problems) = Library::load(&ContentSource::embedded()).expect("embedded");
    assert!(problems.is_empty(), "{problems:?}");
    let desk = ConsultationDesk {
        name: "窓口".to_owned(),
        location: "1階".to_owned(),
        phone: "03".to_owned(),
        hours: "9-17".to_owned(),
        url: Some("https://example.jp/".to_owned()),
    };
    for lang in crate::source::EMBEDDED_LOCALES {
        for desk in [None, Some(&desk)] {
            let mut all = about_items(&library, lang, desk);
            for (track, entry) in track_entries(&library, lang).iter().enumerate() {
                for page in 0..entry.pages.len() {
                    all.extend(page_items(&library, lang, desk, track, page));
                }
            }
            for message in all.iter().flat_map(Item::messages) {
                assert!(!message.text.is_empty(), "{lang}: {} is empty", message.id);
                assert!(
                    library.i18n.defines(lang, &message.id),
                    "{lang}: {}",
                    message.id
                );
            }
        }
    }
}
