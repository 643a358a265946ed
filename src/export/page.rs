//! One language's page: the home text, every page of both tracks and the about page, with the
//! same words, tags, legend, source line, review date and consultation desk as the kiosk.
//!
//! The whole guide is one document per language, each kiosk page a `<section>` with its own
//! anchor: a hospital prints the guide in one go (every section starts a new sheet), the
//! browser's search finds any word, and a link to one section is still `ja/index.html#core-3`.

use fluent_bundle::FluentValue;

use super::blocks::{badge, blocks, tag};
use super::html::Html;
use super::qr_images::QrImages;
use crate::config::Settings;
use crate::content::{Library, PageSpec, Tone};
use crate::i18n::ids;

/// What the pages of one language are written from.
pub(crate) struct Context<'a> {
    /// Structure and words.
    pub(crate) library: &'a Library,
    /// The effective settings (the consultation desk).
    pub(crate) settings: &'a Settings,
    /// The language written.
    pub(crate) lang: &'a str,
    /// Every exported language, for the language links.
    pub(crate) languages: &'a [String],
    /// The QR codes, shared by all languages.
    pub(crate) qr: &'a mut QrImages,
}

impl Context<'_> {
    /// A message in the page's language (Japanese fallback, nothing if missing everywhere).
    pub(crate) fn tr(&self, id: &str) -> String {
        self.library.i18n.text(self.lang, id, &[])
    }

    /// A message with variables.
    pub(crate) fn tr_with(&self, id: &str, args: &[(&str, FluentValue<'_>)]) -> String {
        self.library.i18n.text(self.lang, id, args)
    }
}

/// The page of `cx.lang`, to be written to `<lang>/index.html`.
pub(crate) fn language_page(cx: &mut Context<'_>) -> String {
    let mut html = Html::document();
    let title = cx.tr(ids::APP_TITLE);
    head(&mut html, cx.lang, &title, "../style.css");
    html.open("body", &[]);
    home(&mut html, cx, &title);
    html.open("main", &[]);
    let tracks = cx.library.tracks();
    for (track_index, track) in tracks.iter().enumerate() {
        let track_anchor = anchor("track", &track.id);
        html.open("div", &[("class", "track"), ("id", &track_anchor)]);
        for page_index in 0..track.pages.len() {
            page(&mut html, cx, track_index, page_index);
        }
        html.close();
    }
    about(&mut html, cx);
    html.finish()
}

/// The root `index.html`: the title and one link a language, each in its own language.
pub(crate) fn root_page(library: &Library, lang: &str, languages: &[String]) -> String {
    let mut html = Html::document();
    let title = library.i18n.text(lang, ids::APP_TITLE, &[]);
    head(&mut html, lang, &title, "style.css");
    html.open("body", &[]).open("main", &[("class", "root")]);
    html.element("h1", &[], &title);
    html.open("ul", &[("class", "language-list")]);
    for other in languages {
        let href = format!("{other}/index.html");
        html.open("li", &[]);
        html.open(
            "a",
            &[("href", &href), ("hreflang", other), ("lang", other)],
        );
        html.element(
            "span",
            &[("class", "language-name")],
            &library.i18n.language_name(other),
        );
        html.element(
            "span",
            &[("class", "language-title")],
            &library.i18n.text(other, ids::APP_TITLE, &[]),
        );
        html.close().close();
    }
    html.close();
    html.finish()
}

/// `<html lang>` and the head: charset, viewport, title and the stylesheet.
fn head(html: &mut Html, lang: &str, title: &str, stylesheet: &str) {
    html.open(
        "html",
        &[("xmlns", "http://www.w3.org/1999/xhtml"), ("lang", lang)],
    );
    html.open("head", &[]);
    html.void("meta", &[("charset", "utf-8")]);
    html.void(
        "meta",
        &[
            ("name", "viewport"),
            ("content", "width=device-width, initial-scale=1"),
        ],
    );
    html.element("title", &[], title);
    html.void("link", &[("rel", "stylesheet"), ("href", stylesheet)]);
    html.close();
}

/// The home screen: title, introduction, the legend and one entry a track, each entry
/// listing its pages.
fn home(html: &mut Html, cx: &Context<'_>, title: &str) {
    html.open("header", &[("id", "top"), ("class", "home")]);
    language_links(html, cx);
    html.element("h1", &[], title);
    html.element("p", &[("class", "intro")], &cx.tr(ids::HOME_INTRO));
    html.element("p", &[("class", "hint no-print")], &cx.tr(ids::HOME_HINT));
    legend(html, cx);
    html.open("nav", &[("class", "tracks")]);
    for track in cx.library.tracks() {
        html.open("section", &[("class", "track-entry")]);
        let track_title = cx.tr(&format!("track-{}-title", track.id));
        html.open("h2", &[]);
        html.element(
            "a",
            &[("href", &format!("#{}", anchor("track", &track.id)))],
            &track_title,
        );
        html.close();
        html.element("p", &[], &cx.tr(&format!("track-{}-summary", track.id)));
        let pages = cx.tr_with(
            ids::HOME_TRACK_PAGES,
            &[("count", FluentValue::from(track.pages.len()))],
        );
        html.element("p", &[("class", "page-count")], &pages);
        html.open("ol", &[]);
        for page in &track.pages {
            html.open("li", &[]);
            let href = format!("#{}", anchor("", &page.id));
            html.element(
                "a",
                &[("href", &href)],
                &cx.tr(&format!("{}-title", page.id)),
            );
            html.close();
        }
        html.close();
        if let Some(first) = track.pages.first() {
            html.open("p", &[("class", "open-track no-print")]);
            let href = format!("#{}", anchor("", &first.id));
            html.element(
                "a",
                &[("href", &href)],
                &format!("{} →", cx.tr(ids::HOME_OPEN_TRACK)),
            );
            html.close();
        }
        html.close();
    }
    html.close();
    reviewed(html, cx);
    html.close();
}

/// The language switch of the top bar: every exported language in its own words.
fn language_links(html: &mut Html, cx: &Context<'_>) {
    html.open("nav", &[("class", "languages no-print")])
        .open("ul", &[]);
    for other in cx.languages {
        let href = format!("../{other}/index.html");
        let mut attrs = vec![
            ("href", href.as_str()),
            ("hreflang", other.as_str()),
            ("lang", other.as_str()),
        ];
        if other == cx.lang {
            attrs.push(("aria-current", "page"));
        }
        html.open("li", &[]);
        html.element("a", &attrs, &cx.library.i18n.language_name(other));
        html.close();
    }
    html.close().close();
}

/// The two badges and what each means, as on every kiosk screen.
fn legend(html: &mut Html, cx: &Context<'_>) {
    html.open("p", &[("class", "legend")]);
    html.element("strong", &[], &cx.tr(ids::LEGEND_TITLE));
    for (tone, text_id) in [
        (Tone::Proven, ids::LEGEND_PROVEN),
        (Tone::Caution, ids::LEGEND_BROAD),
    ] {
        let Some(tag) = cx.library.spec.tags.iter().find(|t| t.tone == tone) else {
            continue;
        };
        let text = cx.tr_with(text_id, &[("tag", FluentValue::from(cx.tr(&tag.label)))]);
        html.text(" ");
        badge(html, &tag.icon, &text, tone);
    }
    html.close();
}

/// One kiosk page: where it is in its track, the legend, its tag, title, lead and body, the
/// way on to the other track at the end, then sources, review date and navigation.
fn page(html: &mut Html, cx: &mut Context<'_>, track_index: usize, page_index: usize) {
    let library = cx.library;
    let Some(track) = library.tracks().get(track_index) else {
        return;
    };
    let Some(spec) = track.pages.get(page_index) else {
        return;
    };
    let total = track.pages.len();
    html.open(
        "section",
        &[("class", "page"), ("id", &anchor("", &spec.id))],
    );
    html.open("p", &[("class", "breadcrumb")]);
    let track_title = cx.tr(&format!("track-{}-title", track.id));
    html.element("span", &[("class", "track-title")], &track_title);
    html.text(" ");
    let progress = cx.tr_with(
        ids::PAGE_PROGRESS,
        &[
            ("current", FluentValue::from(page_index + 1)),
            ("total", FluentValue::from(total)),
        ],
    );
    html.element("span", &[("class", "progress")], &progress);
    html.close();
    legend(html, cx);
    if let Some(id) = spec.tag.as_deref() {
        tag(html, cx, id);
    }
    html.element("h2", &[], &cx.tr(&format!("{}-title", spec.id)));
    html.element(
        "p",
        &[("class", "lead")],
        &cx.tr(&format!("{}-lead", spec.id)),
    );
    blocks(html, cx, &spec.blocks, 3);
    if page_index + 1 == total {
        next_track(html, cx, track_index);
    }
    page_footer(html, cx, spec);
    page_nav(html, cx, track_index, page_index);
    html.close();
}

/// At the end of a track, the way on to the other one, as the kiosk offers it.
fn next_track(html: &mut Html, cx: &Context<'_>, track_index: usize) {
    let tracks = cx.library.tracks();
    let other = (track_index + 1) % tracks.len().max(1);
    let Some(other_spec) = tracks.get(other).filter(|_| other != track_index) else {
        return;
    };
    let Some(first) = other_spec.pages.first() else {
        return;
    };
    let title = cx.tr(&format!("track-{}-title", other_spec.id));
    let text = cx.tr_with(ids::PAGE_NEXT_TRACK, &[("track", FluentValue::from(title))]);
    html.open("p", &[("class", "next-track no-print")]);
    html.element(
        "a",
        &[("href", &format!("#{}", anchor("", &first.id)))],
        &text,
    );
    html.close();
}

/// The source line, the review date and the way to "about this information".
fn page_footer(html: &mut Html, cx: &Context<'_>, spec: &PageSpec) {
    html.open("footer", &[("class", "page-footer")]);
    let sources = spec
        .sources
        .iter()
        .filter_map(|id| cx.library.source(id))
        .map(|source| cx.tr(&source.label))
        .collect::<Vec<_>>()
        .join(" / ");
    let line = cx.tr_with(ids::PAGE_SOURCE, &[("sources", FluentValue::from(sources))]);
    html.element("p", &[("class", "source")], &line);
    reviewed(html, cx);
    html.open("p", &[("class", "about-link no-print")]);
    html.element("a", &[("href", "#about")], &cx.tr(ids::ABOUT_OPEN));
    html.close().close();
}

/// Previous, back to start and next, as on the kiosk's bottom bar; only on screen.
fn page_nav(html: &mut Html, cx: &Context<'_>, track_index: usize, page_index: usize) {
    let pages = cx
        .library
        .tracks()
        .get(track_index)
        .map_or(&[][..], |t| t.pages.as_slice());
    html.open("nav", &[("class", "page-nav no-print")]);
    if let Some(previous) = page_index.checked_sub(1).and_then(|i| pages.get(i)) {
        let href = format!("#{}", anchor("", &previous.id));
        let text = format!("◀ {}", cx.tr(ids::NAV_PREVIOUS));
        html.element("a", &[("href", &href), ("rel", "prev")], &text);
        html.text(" ");
    }
    html.element("a", &[("href", "#top")], &cx.tr(ids::NAV_HOME));
    if let Some(next) = pages.get(page_index + 1) {
        let href = format!("#{}", anchor("", &next.id));
        let text = format!("{} ▶", cx.tr(ids::NAV_NEXT));
        html.text(" ");
        html.element("a", &[("href", &href), ("rel", "next")], &text);
    }
    html.close();
}

/// "About this information": the general note, its basis and the review date.
fn about(html: &mut Html, cx: &mut Context<'_>) {
    html.open("section", &[("class", "page about"), ("id", "about")]);
    legend(html, cx);
    html.element("h2", &[], &cx.tr(ids::ABOUT_TITLE));
    let library = cx.library;
    blocks(html, cx, &library.spec.about, 3);
    html.open("footer", &[("class", "page-footer")]);
    reviewed(html, cx);
    html.close();
    html.open("nav", &[("class", "page-nav no-print")]);
    html.element("a", &[("href", "#top")], &cx.tr(ids::NAV_HOME));
    html.close().close();
}

/// "Content last reviewed: …" in the page's language.
fn reviewed(html: &mut Html, cx: &Context<'_>) {
    let date = cx.library.spec.reviewed;
    let text = cx.tr_with(
        ids::CONTENT_REVIEWED,
        &[
            ("year", FluentValue::from(date.year)),
            ("month", FluentValue::from(date.month)),
            ("day", FluentValue::from(date.day)),
        ],
    );
    html.element("p", &[("class", "reviewed")], &text);
}
/// An `id` for an anchor: `prefix-id` (or `id` alone), with anything but ASCII letters,
/// digits, `-` and `_` replaced, so a content folder's ids are always valid.
pub(crate) fn anchor(prefix: &str, id: &str) -> String {
    let clean: String = id
        .chars()
        .map(|c| {
            if c.is_ascii_alphanumeric() || c == '-' || c == '_' {
                c
            } else {
                '_'
            }
        })
        .collect();
    match (
        prefix.is_empty(),
        clean.starts_with(|c: char| c.is_ascii_alphabetic()),
    ) {
        (true, true) => clean,
        (true, false) => format!("p-{clean}"),
        (false, _) => format!("{prefix}-{clean}"),
    }
}

#[cfg(test)]
mod tests {
    use super::anchor;

    #[test]
    fn anchors_are_page_ids_made_safe() {
        assert_eq!(anchor("", "core-3"), "core-3");
        assert_eq!(anchor("track", "details"), "track-details");
        assert_eq!(anchor("", "3 ページ"), "p-3____");
        assert_eq!(anchor("", ""), "p-");
    }
}
