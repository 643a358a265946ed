//! A page's body: headings, paragraphs, bullet lists, safety callouts, cards with their
//! badges, QR codes with their addresses, and the consultation desk, as `ui/blocks.rs`
//! draws them.

use fluent_bundle::FluentValue;

use super::html::Html;
use super::page::Context;
use crate::config::ConsultationDesk;
use crate::content::{Block, Tone};
use crate::i18n::ids;

/// The message describing a QR code image (`caption`, `url`); a content set without it gets
/// the caption as the image's text.
const QR_ALT: &str = "qr-alt";

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

/// A page's or card's tag as its badge, by tag id (nothing for an unknown tag).
pub(crate) fn tag(html: &mut Html, cx: &Context<'_>, id: &str) {
    if let Some(spec) = cx.library.tag(id) {
        html.open("p", &[("class", "tag")]);
        badge(html, &spec.icon, &cx.tr(&spec.label), spec.tone);
        html.close();
    }
}

/// A page's body. `level` is the heading level of its headings: 3 on the page, 4 inside a
/// card or callout (whose own title is a level-3 heading).
pub(crate) fn blocks(html: &mut Html, cx: &mut Context<'_>, blocks: &[Block], level: u8) {
    for block in blocks {
        match block {
            Block::Heading(id) => heading(html, level, &cx.tr(id), &[]),
            Block::Paragraph(id) => {
                html.element("p", &[], &cx.tr(id));
            }
            Block::Bullets(items) => {
                html.open("ul", &[]);
                for id in items {
                    html.element("li", &[], &cx.tr(id));
                }
                html.close();
            }
            Block::Callout {
                title,
                blocks: inner,
            } => {
                html.open("div", &[("class", "callout"), ("role", "note")]);
                heading(html, 3, &cx.tr(title), &[("class", "callout-title")]);
                self::blocks(html, cx, inner, 4);
                html.close();
            }
            Block::Card {
                title,
                tag: card_tag,
                blocks: inner,
            } => {
                html.open("div", &[("class", "card")]);
                if let Some(id) = card_tag.as_deref() {
                    tag(html, cx, id);
                }
                heading(html, 3, &cx.tr(title), &[]);
                self::blocks(html, cx, inner, 4);
                html.close();
            }
            Block::Links(links) => {
                let links: Vec<(String, String)> = links
                    .iter()
                    .filter_map(|id| cx.library.link(id))
                    .map(|link| (link.url.clone(), cx.tr(&link.caption)))
                    .collect();
                qr_row(html, cx, &links);
            }
            Block::Consultation => consultation(html, cx),
        }
    }
}

fn heading(html: &mut Html, level: u8, text: &str, attrs: &[(&str, &str)]) {
    let tag = if level <= 3 { "h3" } else { "h4" };
    html.element(tag, attrs, text);
}

/// QR codes with their captions and addresses, then the hint on how to use them.
fn qr_row(html: &mut Html, cx: &mut Context<'_>, links: &[(String, String)]) {
    html.open("div", &[("class", "qr-row")]);
    for (url, caption) in links {
        qr_card(html, cx, url, caption);
    }
    html.close();
    html.element("p", &[("class", "qr-hint")], &cx.tr(ids::QR_HINT));
}

/// One code: the image (its `alt` says where it leads), the caption, and the address as text
/// for those who type it or read it on paper.
fn qr_card(html: &mut Html, cx: &mut Context<'_>, url: &str, caption: &str) {
    html.open("figure", &[("class", "qr")]);
    if let Some(image) = cx.qr.image(url) {
        let src = format!("../{}", image.path);
        let side = image.side.to_string();
        // The words the kiosk gives a screen reader for a code, where the content has them;
        // the caption, which names where the code leads, otherwise.
        let alt = cx
            .library
            .i18n
            .message_with(
                cx.lang,
                QR_ALT,
                &[
                    ("caption", FluentValue::from(caption)),
                    ("url", FluentValue::from(url)),
                ],
            )
            .unwrap_or_else(|| caption.to_owned());
        html.void(
            "img",
            &[
                ("src", &src),
                ("alt", &alt),
                ("width", &side),
                ("height", &side),
            ],
        );
    }
    html.open("figcaption", &[]);
    html.element("span", &[("class", "caption")], caption);
    html.text(" ");
    if url.starts_with("https://") {
        html.element("a", &[("class", "url"), ("href", url)], url);
    } else {
        html.element("span", &[("class", "url")], url);
    }
    html.close().close();
}

/// The hospital's own desk from the settings, or the general advice with the national
/// centres, exactly as the kiosk chooses.
fn consultation(html: &mut Html, cx: &mut Context<'_>) {
    html.open("div", &[("class", "consultation")]);
    let settings = cx.settings;
    match settings
        .consultation
        .as_ref()
        .filter(|desk| !desk.name.trim().is_empty())
    {
        Some(desk) => hospital_desk(html, cx, desk),
        None => {
            heading(html, 3, &cx.tr(ids::CONSULT_GENERAL_TITLE), &[]);
            html.element("p", &[], &cx.tr(ids::CONSULT_GENERAL_BODY));
            html.element("p", &[], &cx.tr(ids::CONSULT_SUPPORT_CENTER));
            let links: Vec<(String, String)> = ["cisc", "support-center"]
                .into_iter()
                .filter_map(|id| cx.library.link(id))
                .map(|link| (link.url.clone(), cx.tr(&link.caption)))
                .collect();
            qr_row(html, cx, &links);
        }
    }
    html.close();
}

fn hospital_desk(html: &mut Html, cx: &mut Context<'_>, desk: &ConsultationDesk) {
    heading(html, 3, &cx.tr(ids::CONSULT_DESK_TITLE), &[]);
    html.open("p", &[("class", "desk-name")]);
    html.element("strong", &[], &desk.name);
    html.close();
    for (label, value) in [
        (ids::CONSULT_DESK_LOCATION, &desk.location),
        (ids::CONSULT_DESK_PHONE, &desk.phone),
        (ids::CONSULT_DESK_HOURS, &desk.hours),
    ] {
        if !value.trim().is_empty() {
            let line = cx.tr_with(
                ids::CONSULT_DESK_LINE,
                &[
                    ("label", FluentValue::from(cx.tr(label))),
                    ("value", FluentValue::from(value.as_str())),
                ],
            );
            html.element("p", &[], &line);
        }
    }
    if let Some(url) = desk.url.as_deref() {
        html.open("div", &[("class", "qr-row")]);
        qr_card(html, cx, url, &desk.name);
        html.close();
    }
}
