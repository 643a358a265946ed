//! One language's page: the home text, every page of both tracks and the about page, with the
//! same words, tags, legend, source line, review date and consultation desk as the kiosk.
//!
//! The whole guide is one document per language, each kiosk page a `<section>` with its own
//! anchor: a hospital prints the guide in one go (every section starts a new sheet), the
//! browser's search finds any word, and a link to one section is still `ja/index.html#core-3`.

use super::blocks::{self, badge};
use super::context::Context;
use super::html::{Html, anchor};
use crate::content::{Item, Library};
use crate::i18n::ids;

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
    glossary(&mut html, cx);
    html.finish()
}

/// The glossary: every term with its reading and explanation, each the target of the links
/// from the pages.
fn glossary(html: &mut Html, cx: &Context<'_>) {
    if cx.terms.is_empty() {
        return;
    }
    html.open("section", &[("class", "glossary"), ("id", "glossary")]);
    html.element("h2", &[], &cx.tr(ids::GLOSSARY_TITLE));
    html.open("dl", &[]);
    let mut terms: Vec<&crate::content::glossary::Term> = cx.terms.iter().collect();
    terms.sort_by(|a, b| a.id.cmp(&b.id));
    for term in terms {
        html.open("dt", &[("id", &term.id)])
            .text(&term.text)
            .close();
        html.element("dd", &[], &term.explanation);
    }
    html.close();
    html.close();
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
fn home(html: &mut Html, cx: &mut Context<'_>, title: &str) {
    html.open("header", &[("id", "top"), ("class", "home")]);
    language_links(html, cx);
    html.element("h1", &[], title);
    html.element("p", &[("class", "intro")], &cx.tr(ids::HOME_INTRO));
    html.element("p", &[("class", "hint no-print")], &cx.tr(ids::HOME_HINT));
    legend(html, cx);
    html.open("nav", &[("class", "tracks")]);
    for track in cx.walker().tracks() {
        html.open("section", &[("class", "track-entry")]);
        html.open("h2", &[]);
        html.element(
            "a",
            &[("href", &format!("#{}", anchor("track", &track.id)))],
            &track.title.text,
        );
        html.close();
        html.element("p", &[], &track.summary.text);
        html.element("p", &[("class", "page-count")], &track.page_count.text);
        html.open("ol", &[]);
        for page in &track.pages {
            html.open("li", &[]);
            let href = format!("#{}", anchor("", &page.id));
            html.element("a", &[("href", &href)], &page.title.text);
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
    let legend = cx.walker().legend();
    html.open("p", &[("class", "legend")]);
    html.element("strong", &[], &legend.title.text);
    for entry in &legend.entries {
        html.text(" ");
        badge(html, &entry.icon, &entry.text.text, entry.tone);
    }
    html.close();
}

/// One kiosk page: where it is in its track, the legend, its tag, title, lead and body, the
/// way on to the other track at the end, then sources, review date and navigation.
fn page(html: &mut Html, cx: &mut Context<'_>, track_index: usize, page_index: usize) {
    let Some(spec) = cx.library.page(track_index, page_index) else {
        return;
    };
    let items = cx.walker().page(track_index, page_index);
    // Each page links a term at its own first use, as the kiosk marks it.
    cx.marked.clear();
    html.open(
        "section",
        &[("class", "page"), ("id", &anchor("", &spec.id))],
    );
    page_items(html, cx, &items, true);
    page_nav(html, cx, track_index, page_index);
    html.close();
}

/// A page's items with the legend under its breadcrumb, and the source line and review date
/// in its footer, followed by the way to "about this information" when `about_link`.
fn page_items(html: &mut Html, cx: &mut Context<'_>, items: &[Item], about_link: bool) {
    let mut legend_written = false;
    let mut footer_open = false;
    for item in items {
        if !legend_written && !matches!(item, Item::Breadcrumb { .. }) {
            legend(html, cx);
            legend_written = true;
        }
        if !footer_open && matches!(item, Item::SourceLine(_) | Item::Reviewed(_)) {
            html.open("footer", &[("class", "page-footer")]);
            footer_open = true;
        }
        blocks::item(html, cx, item, 3);
    }
    if about_link {
        html.open("p", &[("class", "about-link no-print")]);
        html.element("a", &[("href", "#about")], &cx.tr(ids::ABOUT_OPEN));
        html.close();
    }
    if footer_open {
        html.close();
    }
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
    let items = cx.walker().about();
    page_items(html, cx, &items, false);
    html.open("nav", &[("class", "page-nav no-print")]);
    html.element("a", &[("href", "#top")], &cx.tr(ids::NAV_HOME));
    html.close().close();
}

/// "Content last reviewed: …" in the page's language.
fn reviewed(html: &mut Html, cx: &mut Context<'_>) {
    let reviewed = Item::Reviewed(cx.walker().reviewed());
    blocks::item(html, cx, &reviewed, 3);
}
