//! The page layer's items as HTML: breadcrumb, badges, title and lead, headings, paragraphs,
//! bullet lists, safety callouts, cards, QR codes with their addresses, the consultation
//! desk, the way on to the other track, the source line and the review date, as
//! `ui/blocks.rs` draws them.

use super::context::Context;
use super::html::Html;
use crate::content::{Badge, Consultation, Desk, Item, QrCode, QrRow, Tone};

/// A badge: icon and words, never colour alone.
pub(crate) fn badge(html: &mut Html, icon: &str, text: &str, tone: Tone) {
    let class = match tone {
        Tone::Proven => "badge proven",
        Tone::Caution => "badge caution",
    };
    html.open("span", &[("class", class)]);
    html.element("span", &[("class", "icon"), ("aria-hidden", "true")], icon);
    html.text(" ").text(text).close();
}

/// Items in reading order. `level` is the heading level of the body's headings: 3 on the
/// page, 4 inside a card or callout (whose own title is a level-3 heading).
pub(crate) fn items(html: &mut Html, cx: &mut Context<'_>, items: &[Item], level: u8) {
    for item in items {
        self::item(html, cx, item, level);
    }
}

/// One item.
pub(crate) fn item(html: &mut Html, cx: &mut Context<'_>, item: &Item, level: u8) {
    match item {
        Item::Breadcrumb { track, progress } => {
            html.open("p", &[("class", "breadcrumb")]);
            html.element("span", &[("class", "track-title")], &track.text);
            html.text(" ");
            html.element("span", &[("class", "progress")], &progress.text);
            html.close();
        }
        Item::Tag(tag) => self::tag(html, tag),
        Item::Title(title) => {
            html.element("h2", &[], &title.text);
        }
        Item::Lead(lead) => {
            html.element("p", &[("class", "lead")], &lead.text);
        }
        Item::Heading(heading) => self::heading(html, level, &heading.text, &[]),
        Item::Paragraph(paragraph) => {
            html.open("p", &[]);
            html.text_with_terms(&paragraph.text, &cx.terms, &mut cx.marked);
            html.close();
        }
        Item::Bullets(bullets) => {
            html.open("ul", &[]);
            for bullet in bullets {
                html.open("li", &[]);
                html.text_with_terms(&bullet.text, &cx.terms, &mut cx.marked);
                html.close();
            }
            html.close();
        }
        Item::Callout { title, body } => {
            html.open("div", &[("class", "callout"), ("role", "note")]);
            heading(html, 3, &title.text, &[("class", "callout-title")]);
            items(html, cx, body, 4);
            html.close();
        }
        Item::Card { tag, title, body } => {
            html.open("div", &[("class", "card")]);
            if let Some(tag) = tag {
                self::tag(html, tag);
            }
            heading(html, 3, &title.text, &[]);
            items(html, cx, body, 4);
            html.close();
        }
        Item::QrCodes(row) => qr_row(html, cx, row),
        Item::Consultation(consultation) => self::consultation(html, cx, consultation),
        Item::NextTrack(next) => {
            // A link to the other track's first page; a track without pages has nowhere to go.
            if let Some(first) = &next.first_page {
                html.open("p", &[("class", "next-track no-print")]);
                let href = format!("#{}", super::html::anchor("", first));
                html.element("a", &[("href", &href)], &next.text.text);
                html.close();
            }
        }
        Item::SourceLine(line) => {
            html.element("p", &[("class", "source")], &line.text);
        }
        Item::Reviewed(reviewed) => {
            html.element("p", &[("class", "reviewed")], &reviewed.text);
        }
        Item::Figure(figure) => {
            let svg = cx.library.figures.get(&figure.id).map(String::as_str);
            super::figure::figure(html, figure, svg);
        }
    }
}

/// A page's or card's tag as its badge.
fn tag(html: &mut Html, tag: &Badge) {
    html.open("p", &[("class", "tag")]);
    badge(html, &tag.icon, &tag.label.text, tag.tone);
    html.close();
}

fn heading(html: &mut Html, level: u8, text: &str, attrs: &[(&str, &str)]) {
    let tag = if level <= 3 { "h3" } else { "h4" };
    html.element(tag, attrs, text);
}

/// QR codes with their captions and addresses, then the hint on how to use them.
fn qr_row(html: &mut Html, cx: &mut Context<'_>, row: &QrRow) {
    html.open("div", &[("class", "qr-row")]);
    for code in &row.codes {
        qr_card(html, cx, code);
    }
    html.close();
    html.element("p", &[("class", "qr-hint")], &row.hint.text);
}

/// One code: the image (its `alt` says where it leads), the caption, and the address as text
/// for those who type it or read it on paper.
fn qr_card(html: &mut Html, cx: &mut Context<'_>, code: &QrCode) {
    html.open("figure", &[("class", "qr")]);
    if let Some(image) = cx.qr.image(&code.url) {
        let src = format!("../{}", image.path);
        let side = image.side.to_string();
        html.void(
            "img",
            &[
                ("src", &src),
                ("alt", &code.alt.text),
                ("width", &side),
                ("height", &side),
            ],
        );
    }
    html.open("figcaption", &[]);
    html.element("span", &[("class", "caption")], &code.caption);
    html.text(" ");
    let url = code.url.as_str();
    if url.starts_with("https://") {
        html.element("a", &[("class", "url"), ("href", url)], url);
    } else {
        html.element("span", &[("class", "url")], url);
    }
    html.close().close();
}

/// The hospital's own desk from the settings, or the general advice with the national
/// centres, exactly as the kiosk chooses.
fn consultation(html: &mut Html, cx: &mut Context<'_>, consultation: &Consultation) {
    html.open("div", &[("class", "consultation")]);
    match consultation {
        Consultation::Desk(desk) => hospital_desk(html, cx, desk),
        Consultation::General {
            title,
            paragraphs,
            codes,
        } => {
            heading(html, 3, &title.text, &[]);
            for paragraph in paragraphs {
                html.element("p", &[], &paragraph.text);
            }
            qr_row(html, cx, codes);
        }
    }
    html.close();
}

fn hospital_desk(html: &mut Html, cx: &mut Context<'_>, desk: &Desk) {
    heading(html, 3, &desk.title.text, &[]);
    html.open("p", &[("class", "desk-name")]);
    html.element("strong", &[], &desk.name);
    html.close();
    for line in &desk.lines {
        html.element("p", &[], &line.text);
    }
    if let Some(code) = &desk.code {
        html.open("div", &[("class", "qr-row")]);
        qr_card(html, cx, code);
        html.close();
    }
}
