//! `export-html`: the static site says what the kiosk says, parses as XML, names its
//! languages, fetches nothing, and its QR codes lead where their captions say.

#![allow(
    clippy::expect_used,
    reason = "test helpers: a failed expect is a failed test (allow-expect-in-tests covers only #[test] functions)"
)]

use std::collections::BTreeSet;
use std::path::{Path, PathBuf};
use std::process::Command;

use fluent_bundle::FluentValue;
use immuno_kiosk::config::{ConsultationDesk, Settings};
use immuno_kiosk::content::{Block, ContentSource, Library, Tone};
use immuno_kiosk::i18n::ids;
use xml::{Element, Node, parse};

#[path = "export_html/xml.rs"]
mod xml;

const LANGUAGES: &[&str] = immuno_kiosk::source::EMBEDDED_LOCALES;

fn library() -> Library {
    Library::load(&ContentSource::embedded())
        .expect("embedded content parses")
        .0
}

/// Exports the embedded content with `settings` into a fresh temporary directory.
fn export(settings: &Settings) -> (tempfile::TempDir, Library) {
    let dir = tempfile::tempdir().expect("temp dir");
    let library = library();
    immuno_kiosk::export::export_html(&library, settings, dir.path()).expect("exports");
    (dir, library)
}

fn read(path: &Path) -> String {
    std::fs::read_to_string(path).unwrap_or_else(|err| panic!("{}: {err}", path.display()))
}

fn html_files(dir: &Path) -> Vec<PathBuf> {
    let mut files = Vec::new();
    for entry in std::fs::read_dir(dir).expect("readable") {
        let path = entry.expect("entry").path();
        if path.is_dir() {
            files.extend(html_files(&path));
        } else if path.extension().is_some_and(|e| e == "html") {
            files.push(path);
        }
    }
    files.sort();
    files
}

fn parsed(path: &Path) -> Element {
    parse(&read(path)).unwrap_or_else(|err| panic!("{}: {err}", path.display()))
}

#[test]
fn the_checker_rejects_broken_markup() {
    let good = "<!DOCTYPE html>\n<html lang=\"ja\"><head><meta charset=\"utf-8\" /></head>\
                <body><p class='a'>a &amp; b &#x2713; &#39;</p><!-- note --></body></html>\n";
    assert!(parse(good).is_ok(), "{:?}", parse(good));
    for broken in [
        "<html><p>never closed</html>",
        "<html><b><i>crossed</b></i></html>",
        "<html><head><meta charset=\"utf-8\"></head></html>",
        "<html><a href=index.html>unquoted</a></html>",
        "<html><p>fish & chips</p></html>",
        "<html><p>&nbsp;</p></html>",
        "<html><p a=\"1\" a=\"2\"></p></html>",
        "<html><p a=\"1\"b=\"2\"></p></html>",
        "<html></html><html></html>",
        "stray <html></html>",
        "<html><p>text</p>",
        "<html></p></html>",
        "<html><!-- unterminated </html>",
        "<html><p title=\"<\"></p></html>",
    ] {
        assert!(parse(broken).is_err(), "accepted: {broken}");
    }
}

#[test]
fn every_file_is_well_formed_with_charset_and_title() {
    let (dir, _) = export(&Settings::default());
    let files = html_files(dir.path());
    assert_eq!(files.len(), 1 + LANGUAGES.len(), "{files:?}");
    for file in files {
        let html = parsed(&file);
        assert_eq!(html.name, "html");
        assert!(
            read(&file).starts_with("<!DOCTYPE html>"),
            "{}",
            file.display()
        );
        let metas = html.find_all("meta");
        assert!(
            metas.iter().any(|m| m.attr("charset") == Some("utf-8")),
            "{}: meta charset",
            file.display()
        );
        // The document's own title, in its head (a figure's drawing has one of its own).
        let head = html.find_all("head");
        let titles = head
            .first()
            .map(|h| h.find_all("title"))
            .unwrap_or_default();
        assert!(
            titles.len() == 1 && !titles[0].text().trim().is_empty(),
            "{}: one title",
            file.display()
        );
    }
}

// ---------------------------------------------------------------------------------------
// The words: what the kiosk shows, message by message.
// ---------------------------------------------------------------------------------------

fn escape(text: &str) -> String {
    let plain = |text: &str| {
        text.replace('&', "&amp;")
            .replace('<', "&lt;")
            .replace('>', "&gt;")
    };
    // Ruby markup becomes <ruby>base<rt>reading</rt></ruby>.
    let marked = immuno_kiosk::text::parse_lenient(text);
    let chars: Vec<char> = marked.plain.chars().collect();
    let mut out = String::new();
    let mut at = 0;
    for ruby in &marked.ruby {
        out += &plain(&chars[at..ruby.base.start].iter().collect::<String>());
        let base: String = chars[ruby.base.clone()].iter().collect();
        out += "<ruby>";
        out += &plain(&base);
        out += "<rt>";
        out += &plain(&ruby.reading);
        out += "</rt></ruby>";
        at = ruby.base.end;
    }
    out + &plain(&chars[at..].iter().collect::<String>())
}

/// `html` without the links of glossary terms (`<a class="term" href="#…">…</a>`).
fn unlink_terms(html: &str) -> String {
    let mut out = String::with_capacity(html.len());
    let mut rest = html;
    while let Some(at) = rest.find("<a class=\"term\"") {
        out.push_str(&rest[..at]);
        let Some(open_end) = rest[at..].find('>') else {
            break;
        };
        let after = &rest[at + open_end + 1..];
        let Some(close) = after.find("</a>") else {
            break;
        };
        out.push_str(&after[..close]);
        rest = &after[close + 4..];
    }
    out.push_str(rest);
    out
}

#[test]
fn a_glossary_term_links_to_its_entry_once_a_page() {
    let (dir, library) = export(&Settings::default());
    for lang in LANGUAGES {
        let html = read(&dir.path().join(lang).join("index.html"));
        let terms = immuno_kiosk::content::glossary::glossary(&library, lang);
        assert!(terms.len() >= 10, "{lang}: {} terms", terms.len());
        for term in &terms {
            let target = format!("<dt id=\"{}\">", term.id);
            assert!(
                html.contains(&target),
                "{lang}: no glossary entry for {}",
                term.id
            );
            let link = format!("<a class=\"term\" href=\"#{}\">", term.id);
            assert!(
                html.contains(&link),
                "{lang}: {} is linked from no page",
                term.id
            );
        }
        for section in html.split("<section class=\"page\"").skip(1) {
            for term in &terms {
                let link = format!("href=\"#{}\"", term.id);
                assert!(
                    section.matches(&link).count() <= 1,
                    "{lang}: {} linked twice on a page",
                    term.id
                );
            }
        }
    }
}

#[test]
fn readings_are_ruby_elements_and_no_markup_is_left() {
    let (dir, _) = export(&Settings::default());
    let ja = read(&dir.path().join("ja").join("index.html"));
    assert!(
        ja.contains("<ruby>免疫<rt>めんえき</rt></ruby>"),
        "no ruby for 免疫"
    );
    assert!(
        ja.contains("<ruby>T細胞<rt>ティーさいぼう</rt></ruby>"),
        "no ruby for T細胞"
    );
    for lang in LANGUAGES {
        let html = read(&dir.path().join(lang).join("index.html"));
        assert!(
            !html.contains(['｜', '《', '》']),
            "{lang}: ruby markup left in the export"
        );
    }
}

/// Every text the kiosk shows on the home screen, the legend, the 11 pages and the about
/// page in `lang`, resolved the way the screens resolve them (`ui/home.rs`, `ui/chrome.rs`,
/// `ui/page.rs`, `ui/blocks.rs`), with the default settings' general consultation advice.
fn kiosk_texts(library: &Library, lang: &str) -> Vec<(String, String)> {
    let mut texts = Vec::new();
    let tr = |id: &str, args: &[(&str, FluentValue<'_>)]| library.i18n.text(lang, id, args);
    let mut add = |what: String, text: String| texts.push((what, text));
    for id in [
        ids::APP_TITLE,
        ids::HOME_INTRO,
        ids::HOME_HINT,
        ids::LEGEND_TITLE,
    ] {
        add(id.to_owned(), tr(id, &[]));
    }
    add(
        ids::HOME_OPEN_TRACK.to_owned(),
        tr(ids::HOME_OPEN_TRACK, &[]),
    );
    for (tone, id) in [
        (Tone::Proven, ids::LEGEND_PROVEN),
        (Tone::Caution, ids::LEGEND_BROAD),
    ] {
        let tag = library
            .spec
            .tags
            .iter()
            .find(|t| t.tone == tone)
            .expect("tag");
        let label = tr(&tag.label, &[]);
        add(id.to_owned(), tr(id, &[("tag", FluentValue::from(label))]));
    }
    let date = library.spec.reviewed;
    let reviewed = tr(
        ids::CONTENT_REVIEWED,
        &[
            ("year", FluentValue::from(date.year)),
            ("month", FluentValue::from(date.month)),
            ("day", FluentValue::from(date.day)),
        ],
    );
    add(ids::CONTENT_REVIEWED.to_owned(), reviewed);
    add(ids::ABOUT_OPEN.to_owned(), tr(ids::ABOUT_OPEN, &[]));
    let tracks = library.tracks();
    for (index, track) in tracks.iter().enumerate() {
        let total = track.pages.len();
        for part in ["title", "summary"] {
            let id = format!("track-{}-{part}", track.id);
            add(id.clone(), tr(&id, &[]));
        }
        let count = &[("count", FluentValue::from(total))];
        add(
            ids::HOME_TRACK_PAGES.to_owned(),
            tr(ids::HOME_TRACK_PAGES, count),
        );
        let other = &tracks[(index + 1) % tracks.len()];
        let other_title = tr(&format!("track-{}-title", other.id), &[]);
        let next = tr(
            ids::PAGE_NEXT_TRACK,
            &[("track", FluentValue::from(other_title))],
        );
        add(ids::PAGE_NEXT_TRACK.to_owned(), next);
        for (page_index, page) in track.pages.iter().enumerate() {
            let progress = tr(
                ids::PAGE_PROGRESS,
                &[
                    ("current", FluentValue::from(page_index + 1)),
                    ("total", FluentValue::from(total)),
                ],
            );
            add(format!("{} progress", page.id), progress);
            for part in ["title", "lead"] {
                let id = format!("{}-{part}", page.id);
                add(id.clone(), tr(&id, &[]));
            }
            if let Some(tag) = page.tag.as_deref() {
                let tag = library.tag(tag).expect("known tag");
                add(tag.label.clone(), tr(&tag.label, &[]));
            }
            block_texts(library, lang, &page.blocks, &mut add);
            let sources = page
                .sources
                .iter()
                .map(|id| tr(&library.source(id).expect("known source").label, &[]))
                .collect::<Vec<_>>()
                .join(" / ");
            let line = tr(ids::PAGE_SOURCE, &[("sources", FluentValue::from(sources))]);
            add(format!("{} source line", page.id), line);
        }
    }
    add(ids::ABOUT_TITLE.to_owned(), tr(ids::ABOUT_TITLE, &[]));
    block_texts(library, lang, &library.spec.about, &mut add);
    texts
}

/// The texts of `blocks` (`ui/blocks.rs`), recursively.
fn block_texts(
    library: &Library,
    lang: &str,
    blocks: &[Block],
    add: &mut dyn FnMut(String, String),
) {
    let tr = |id: &str| library.i18n.text(lang, id, &[]);
    let link = |id: &str, add: &mut dyn FnMut(String, String)| {
        let link = library.link(id).expect("known link");
        add(link.caption.clone(), tr(&link.caption));
        add(format!("{id} url"), link.url.clone());
        add(ids::QR_HINT.to_owned(), tr(ids::QR_HINT));
    };
    for block in blocks {
        match block {
            Block::Heading(id) | Block::Paragraph(id) => add(id.clone(), tr(id)),
            Block::Bullets(items) => {
                for id in items {
                    add(id.clone(), tr(id));
                }
            }
            Block::Callout { title, blocks } => {
                add(title.clone(), tr(title));
                block_texts(library, lang, blocks, add);
            }
            Block::Card { title, tag, blocks } => {
                if let Some(tag) = tag.as_deref() {
                    let label = &library.tag(tag).expect("known tag").label;
                    add(label.clone(), tr(label));
                }
                add(title.clone(), tr(title));
                block_texts(library, lang, blocks, add);
            }
            Block::Links(links) => {
                for id in links {
                    link(id, add);
                }
            }
            Block::Consultation => {
                for id in [
                    ids::CONSULT_GENERAL_TITLE,
                    ids::CONSULT_GENERAL_BODY,
                    ids::CONSULT_SUPPORT_CENTER,
                ] {
                    add(id.to_owned(), tr(id));
                }
                link("cisc", add);
                link("support-center", add);
            }
            Block::Figure(figure) => {
                add(figure.alt.clone(), tr(&figure.alt));
                for label in &figure.labels {
                    add(label.text.clone(), tr(&label.text));
                }
            }
        }
    }
}

#[test]
fn every_text_the_kiosk_shows_is_in_the_export_of_its_language() {
    let (dir, library) = export(&Settings::default());
    for lang in LANGUAGES {
        // A glossary term's first use on a page is a link; the words are the same.
        let html = read(&dir.path().join(lang).join("index.html"));
        let html = unlink_terms(&html);
        let texts = kiosk_texts(&library, lang);
        assert!(texts.len() > 300, "{lang}: only {} texts", texts.len());
        for (what, text) in texts {
            assert!(
                !text.trim().is_empty(),
                "{lang}: {what} resolves to nothing"
            );
            assert!(
                !text.contains(['\u{2068}', '\u{2069}']),
                "{lang}: {what} has bidi isolation marks"
            );
            assert!(
                html.contains(&escape(&text)),
                "{lang}: {what} = {text:?} is missing"
            );
        }
        assert!(
            !html.contains(['\u{2068}', '\u{2069}']),
            "{lang}: no bidi isolation marks"
        );
    }
}

#[test]
fn every_page_shows_the_legend_source_line_and_review_date_and_tags_with_icon_and_words() {
    let (dir, library) = export(&Settings::default());
    for lang in LANGUAGES {
        let html = parsed(&dir.path().join(lang).join("index.html"));
        let sections: Vec<&Element> = html
            .find_all("section")
            .into_iter()
            .filter(|s| {
                s.attr("class")
                    .is_some_and(|c| c.split(' ').any(|c| c == "page"))
            })
            .collect();
        assert_eq!(
            sections.len(),
            11 + 1,
            "{lang}: 11 pages and the about page"
        );
        for section in &sections {
            let id = section.attr("id").unwrap_or_default();
            let classes = |e: &Element, class: &str| {
                e.attr("class")
                    .is_some_and(|c| c.split(' ').any(|c| c == class))
            };
            let with_class = |class: &str| {
                section
                    .find_all("p")
                    .into_iter()
                    .filter(|p| classes(p, class))
                    .count()
            };
            assert_eq!(with_class("legend"), 1, "{lang} {id}: legend");
            assert_eq!(with_class("reviewed"), 1, "{lang} {id}: review date");
            if id != "about" {
                assert_eq!(with_class("source"), 1, "{lang} {id}: source line");
            }
            for badge in section.find_all("span") {
                if classes(badge, "badge") {
                    let icon = badge
                        .find_all("span")
                        .into_iter()
                        .find(|s| classes(s, "icon"))
                        .map(Element::text)
                        .unwrap_or_default();
                    assert!(
                        library.spec.tags.iter().any(|t| t.icon == icon),
                        "{lang} {id}: a badge without its icon"
                    );
                    assert!(
                        badge.text().trim().chars().count() > icon.chars().count() + 2,
                        "{lang} {id}: a badge without words"
                    );
                }
            }
        }
    }
}

// ---------------------------------------------------------------------------------------
// Languages, links, images.
// ---------------------------------------------------------------------------------------

#[test]
fn each_page_and_each_text_in_another_language_names_its_language() {
    let (dir, library) = export(&Settings::default());
    let own_words = |lang: &str| {
        [
            library.i18n.language_name(lang),
            library.i18n.text(lang, ids::APP_TITLE, &[]),
        ]
    };
    let root = parsed(&dir.path().join("index.html"));
    assert_eq!(root.attr("lang"), Some("ja"), "the default language");
    for (file, lang) in [
        ("index.html", "ja"),
        ("ja/index.html", "ja"),
        ("en/index.html", "en"),
    ] {
        let html = parsed(&dir.path().join(file));
        assert_eq!(html.attr("lang"), Some(lang), "{file}");
        let mut links = BTreeSet::new();
        html.walk("", &mut |element, in_lang| {
            if let Some(target) = element.attr("hreflang") {
                assert_eq!(
                    element.attr("lang"),
                    Some(target),
                    "{file}: link to {target}"
                );
                links.insert(target.to_owned());
            }
            for child in &element.children {
                let Node::Text(text) = child else { continue };
                // Words two languages share (the title in ja and ja-x-easy) belong to both.
                let shared = own_words(in_lang).iter().any(|w| w == text.trim());
                for other in LANGUAGES.iter().copied().filter(|l| *l != in_lang) {
                    assert!(
                        shared || !own_words(other).iter().any(|w| w == text.trim()),
                        "{file}: {text:?} is {other} inside lang={in_lang}"
                    );
                }
            }
        });
        assert_eq!(
            links,
            LANGUAGES
                .iter()
                .map(|l| (*l).to_owned())
                .collect::<BTreeSet<_>>(),
            "{file}"
        );
    }
}

/// Whether `reference` is a path inside the export: no scheme, not absolute, no `..` out.
fn is_relative(reference: &str) -> bool {
    let before_slash = reference.split('/').next().unwrap_or_default();
    !before_slash.contains(':') && !reference.starts_with('/') && !reference.starts_with('\\')
}

fn css_urls(css: &str) -> Vec<String> {
    css.split("url(")
        .skip(1)
        .map(|rest| {
            let inner = rest.split(')').next().unwrap_or_default().trim();
            inner.trim_matches(|c| c == '"' || c == '\'').to_owned()
        })
        .collect()
}

#[test]
fn nothing_is_fetched_and_every_relative_path_exists() {
    let (dir, _) = export(&Settings::default());
    let root = dir.path();
    let mut checked = 0;
    for file in html_files(root) {
        let html = parsed(&file);
        let base = file.parent().expect("in the export");
        let ids_in = |path: &Path| {
            let mut ids = BTreeSet::new();
            parsed(path).walk("", &mut |e, _| {
                if let Some(id) = e.attr("id") {
                    ids.insert(id.to_owned());
                }
            });
            ids
        };
        assert!(
            html.find_all("script").is_empty(),
            "{}: no scripts",
            file.display()
        );
        html.walk("", &mut |element, _| {
            let fetched = match element.name.as_str() {
                "link" => element.attr("href"),
                _ => element.attr("src"),
            };
            if let Some(reference) = fetched {
                assert!(
                    is_relative(reference),
                    "{}: fetches {reference}",
                    file.display()
                );
                assert!(
                    base.join(reference).is_file(),
                    "{}: {reference}",
                    file.display()
                );
                checked += 1;
            }
            if element.name == "a" {
                let href = element.attr("href").expect("every link has an href");
                if href.starts_with("https://") {
                    return;
                }
                assert!(is_relative(href), "{}: {href}", file.display());
                let (path, fragment) = href.split_once('#').unwrap_or((href, ""));
                let target = if path.is_empty() {
                    file.clone()
                } else {
                    base.join(path)
                };
                assert!(target.is_file(), "{}: link to {href}", file.display());
                if !fragment.is_empty() {
                    assert!(
                        ids_in(&target).contains(fragment),
                        "{}: {href}",
                        file.display()
                    );
                }
            }
        });
    }
    assert!(checked >= 10, "stylesheets and images were checked");

    let css = read(&root.join("style.css"));
    assert_eq!(css.matches("@font-face").count(), 2, "regular and bold");
    assert!(css.contains("@media print"));
    assert!(!css.contains("@import"));
    let urls = css_urls(&css);
    assert_eq!(urls.len(), 2, "{urls:?}");
    for url in urls {
        assert!(is_relative(&url), "the stylesheet fetches {url}");
        assert!(root.join(&url).is_file(), "{url}");
    }
    let font = |name: &str| std::fs::read(root.join("fonts").join(name)).expect("font copied");
    assert!(font("BIZUDPGothic-Regular.ttf") == immuno_kiosk::fonts::REGULAR);
    assert!(font("BIZUDPGothic-Bold.ttf") == immuno_kiosk::fonts::BOLD);
    assert!(read(&root.join("fonts/OFL.txt")).contains("SIL OPEN FONT LICENSE"));
}

fn decode_png(path: &Path) -> String {
    let image = image::open(path)
        .unwrap_or_else(|err| panic!("{}: {err}", path.display()))
        .into_luma8();
    let (width, height) = (image.width() as usize, image.height() as usize);
    #[expect(
        clippy::cast_possible_truncation,
        reason = "x and y are below the width and height, which came from u32"
    )]
    let mut prepared = rqrr::PreparedImage::prepare_from_greyscale(width, height, |x, y| {
        image.get_pixel(x as u32, y as u32).0[0]
    });
    let grids = prepared.detect_grids();
    assert_eq!(grids.len(), 1, "{}: one code", path.display());
    grids[0].decode().expect("decodes").1
}

/// Every QR figure of `file`: (alt, caption, printed URL, URL the image decodes to).
fn qr_figures(file: &Path) -> Vec<(String, String, String, String)> {
    let html = parsed(file);
    let base = file.parent().expect("in the export");
    html.find_all("figure")
        .into_iter()
        .filter(|figure| figure.attr("class") == Some("qr"))
        .map(|figure| {
            let img = figure.find_all("img");
            let img = img.first().expect("a code image");
            let link = figure.find_all("a");
            let link = link.first().expect("the address as a link");
            let caption = figure
                .find_all("span")
                .into_iter()
                .find(|s| s.attr("class") == Some("caption"))
                .map(Element::text)
                .unwrap_or_default();
            let href = link.attr("href").expect("href");
            assert_eq!(link.text(), href, "the address is printed as it is");
            let decoded = decode_png(&base.join(img.attr("src").expect("src")));
            (
                img.attr("alt").expect("alt").to_owned(),
                caption,
                href.to_owned(),
                decoded,
            )
        })
        .collect()
}

#[test]
fn every_qr_code_decodes_to_the_address_printed_next_to_it() {
    let (dir, library) = export(&Settings::default());
    for lang in LANGUAGES {
        let mut shown = BTreeSet::new();
        for (alt, caption, url, decoded) in qr_figures(&dir.path().join(lang).join("index.html")) {
            assert_eq!(decoded, url, "{lang}");
            // The kiosk's own words for a code's image where the content has them, else the
            // caption: either way they say where the code leads.
            let expected = library
                .i18n
                .message_with(
                    lang,
                    "qr-alt",
                    &[
                        ("caption", FluentValue::from(caption.as_str())),
                        ("url", FluentValue::from(url.as_str())),
                    ],
                )
                .unwrap_or_else(|| caption.clone());
            assert!(!caption.trim().is_empty(), "{lang}: {url} has a caption");
            assert!(
                alt.contains(&caption),
                "{lang}: the alt says where {url} leads"
            );
            assert_eq!(alt, expected, "{lang}: {url}");
            shown.insert(url);
        }
        let linked: BTreeSet<String> = library.spec.links.iter().map(|l| l.url.clone()).collect();
        assert_eq!(shown, linked, "{lang}: every official page is offered");
    }
}

#[test]
fn a_configured_desk_replaces_the_general_advice_with_its_own_qr_code() {
    let desk = ConsultationDesk {
        name: "がん相談支援センター & <患者窓口>".to_owned(),
        location: "本館1階".to_owned(),
        phone: "03-0000-0000".to_owned(),
        hours: String::new(),
        url: Some("https://hospital.example.jp/soudan/?a=1&b=2".to_owned()),
    };
    let settings = Settings {
        consultation: Some(desk.clone()),
        ..Settings::default()
    };
    let (dir, library) = export(&settings);
    let file = dir.path().join("ja/index.html");
    let html = read(&file);
    assert!(html.contains(&escape(&desk.name)));
    let tr = |id: &str| library.i18n.text("ja", id, &[]);
    let location = library.i18n.text(
        "ja",
        ids::CONSULT_DESK_LINE,
        &[
            ("label", FluentValue::from(tr(ids::CONSULT_DESK_LOCATION))),
            ("value", FluentValue::from(desk.location.as_str())),
        ],
    );
    assert!(html.contains(&escape(&location)), "{location}");
    assert!(html.contains(&tr(ids::CONSULT_DESK_TITLE)));
    assert!(
        !html.contains(&tr(ids::CONSULT_GENERAL_TITLE)),
        "no general advice"
    );
    assert!(
        !html.contains(&tr(ids::CONSULT_DESK_HOURS)),
        "an empty line is left out"
    );
    let desk_url = desk.url.as_deref().expect("url");
    assert!(
        qr_figures(&file)
            .iter()
            .any(|(alt, _, url, decoded)| url == desk_url
                && decoded == desk_url
                && alt.contains(&desk.name))
    );
}

// ---------------------------------------------------------------------------------------
// The command, as IT runs it.
// ---------------------------------------------------------------------------------------

fn kiosk(state_dir: &Path) -> Command {
    let mut command = Command::new(env!("CARGO_BIN_EXE_immuno-kiosk"));
    command.env("IMMUNO_KIOSK_STATE_DIR", state_dir);
    command
}

#[test]
fn the_command_uses_the_config_writes_into_an_existing_directory_and_keeps_other_files() {
    let work = tempfile::tempdir().expect("temp dir");
    let config = work.path().join("config.ron");
    std::fs::write(
        &config,
        "(consultation: (name: \"患者相談窓口 & がん相談\", phone: \"03-1234-5678\", \
         url: Some(\"https://hospital.example.jp/soudan/\")))\n",
    )
    .expect("write config");
    let site = work.path().join("site");
    std::fs::create_dir(&site).expect("mkdir");
    std::fs::write(site.join("notes.txt"), "ours").expect("write");
    for _ in 0..2 {
        let output = kiosk(work.path())
            .arg("--config")
            .arg(&config)
            .arg("export-html")
            .arg(&site)
            .output()
            .expect("runs");
        let stdout = String::from_utf8_lossy(&output.stdout);
        assert!(
            output.status.success(),
            "{stdout}{}",
            String::from_utf8_lossy(&output.stderr)
        );
        assert!(
            stdout.contains("wrote ") && stdout.contains("ja, ja-x-easy, en"),
            "{stdout}"
        );
    }
    assert_eq!(
        read(&site.join("notes.txt")),
        "ours",
        "other files are left alone"
    );
    let ja = read(&site.join("ja/index.html"));
    assert!(
        ja.contains("患者相談窓口 &amp; がん相談"),
        "the configured desk"
    );
    assert!(ja.contains("https://hospital.example.jp/soudan/"));
    for file in html_files(&site) {
        parsed(&file);
    }
}

#[test]
fn an_unwritable_directory_is_a_clear_error_not_a_panic() {
    let work = tempfile::tempdir().expect("temp dir");
    let file = work.path().join("plain-file");
    std::fs::write(&file, "not a directory").expect("write");
    for (target, says) in [
        (file.join("site"), "cannot create the directory"),
        (file.clone(), "is not a directory"),
    ] {
        let output = kiosk(work.path())
            .arg("export-html")
            .arg(&target)
            .output()
            .expect("runs");
        let stderr = String::from_utf8_lossy(&output.stderr);
        assert_eq!(output.status.code(), Some(1), "{stderr}");
        assert!(!stderr.contains("panicked"), "{stderr}");
        assert!(
            stderr.contains("cannot export the HTML site to"),
            "{stderr}"
        );
        assert!(stderr.contains(says), "{stderr}");
        assert!(stderr.contains(&target.display().to_string()), "{stderr}");
    }
    assert_eq!(read(&file), "not a directory", "the file is untouched");
}

#[test]
fn help_names_the_export_command() {
    let work = tempfile::tempdir().expect("temp dir");
    let help = kiosk(work.path()).arg("--help").output().expect("runs");
    assert!(String::from_utf8_lossy(&help.stdout).contains("export-html"));
}

#[test]
fn every_figure_is_inline_svg_named_by_its_alt_text_with_its_labels_as_text() {
    let (dir, library) = export(&Settings::default());
    for lang in LANGUAGES {
        let root = parsed(&dir.path().join(lang).join("index.html"));
        let figures: Vec<&Element> = root
            .find_all("figure")
            .into_iter()
            .filter(|f| f.attr("class") == Some("figure"))
            .collect();
        let mut expected = Vec::new();
        for track in library.tracks() {
            for page in &track.pages {
                for block in &page.blocks {
                    if let Block::Figure(figure) = block {
                        expected.push(figure);
                    }
                }
            }
        }
        assert_eq!(figures.len(), expected.len(), "{lang}: one figure a page");
        for (figure, spec) in figures.iter().zip(expected) {
            let svg = figure.find_all("svg");
            let svg = svg.first().expect("an inline svg");
            assert_eq!(svg.attr("role"), Some("img"));
            let title = svg.find_all("title");
            let title = title.first().expect("a title");
            assert_eq!(
                title.text(),
                library.i18n.text(lang, &spec.alt, &[]),
                "{lang} {}: the alt text is the title",
                spec.id
            );
            let labelled = svg.attr("aria-labelledby").unwrap_or_default();
            assert!(labelled.contains(title.attr("id").unwrap_or("none")));
            let drawn: String = svg
                .find_all("text")
                .iter()
                .map(|t| t.text())
                .collect::<Vec<_>>()
                .join(" ");
            for label in &spec.labels {
                for word in library.i18n.text(lang, &label.text, &[]).split(' ') {
                    assert!(
                        drawn.contains(word),
                        "{lang} {}: label word {word:?} not drawn",
                        spec.id
                    );
                }
            }
            assert!(
                !svg.find_all("path").is_empty() || !svg.find_all("circle").is_empty(),
                "{lang} {}: the drawing's shapes are copied",
                spec.id
            );
        }
        let css = read(&dir.path().join("style.css"));
        assert!(
            css.contains(".figure"),
            "the print stylesheet keeps figures whole"
        );
    }
}
