//! A figure in the exported site: its drawing inline as SVG, with the alt text as its
//! `<title>`, its labels as `<desc>` and as text drawn over it, so the printed page carries
//! the words and a screen reader names the figure.

use super::html::Html;
use crate::content::Figure;

/// The labels' size, in the drawing's units: about the kiosk's label size at 100 %.
const LABEL_SIZE: f32 = 30.0;
/// A label line holds about this many characters before it wraps onto a second.
const LABEL_LINE_CHARS: usize = 16;

/// Writes `figure`, whose drawing is `svg`. Only the elements and attributes a figure may
/// hold are copied (`figures::check`), so nothing from a content folder runs in the page.
pub(crate) fn figure(html: &mut Html, figure: &Figure, svg: Option<&str>) {
    let Some(doc) = svg.and_then(|svg| roxmltree::Document::parse(svg).ok()) else {
        return;
    };
    let root = doc.root_element();
    let title_id = format!("figure-{}-title", super::html::anchor("", &figure.id));
    let desc_id = format!("figure-{}-desc", super::html::anchor("", &figure.id));
    let labelled = format!("{title_id} {desc_id}");
    html.open("figure", &[("class", "figure")]);
    let mut attrs = vec![
        ("xmlns", "http://www.w3.org/2000/svg"),
        ("role", "img"),
        ("aria-labelledby", labelled.as_str()),
    ];
    if let Some(view_box) = root.attribute("viewBox") {
        attrs.push(("viewBox", view_box));
    }
    html.open("svg", &attrs);
    html.element("title", &[("id", &title_id)], &figure.alt.text);
    let labels: Vec<String> = figure
        .labels
        .iter()
        .map(|label| crate::text::parse_lenient(&label.text.text).plain)
        .collect();
    html.element("desc", &[("id", &desc_id)], &labels.join(" / "));
    for child in root.children().filter(roxmltree::Node::is_element) {
        copy(html, child);
    }
    let size = LABEL_SIZE.to_string();
    html.open(
        "g",
        &[
            ("class", "figure-labels"),
            ("font-size", &size),
            ("text-anchor", "middle"),
            ("aria-hidden", "true"),
        ],
    );
    for (label, words) in figure.labels.iter().zip(&labels) {
        let lines = wrap(words);
        let count = u16::try_from(lines.len()).unwrap_or(1);
        // The lines centred on the label's point, as the kiosk centres its box.
        let first = f32::from(label.y) - (f32::from(count) - 1.0) * LABEL_SIZE * 0.6;
        let x = label.x.to_string();
        for (index, line) in (0_u16..).zip(&lines) {
            let y = (first + f32::from(index) * LABEL_SIZE * 1.2).to_string();
            html.element(
                "text",
                &[("x", &x), ("y", &y), ("dominant-baseline", "middle")],
                line,
            );
        }
    }
    html.close().close().close();
}

/// A copy of `node` and what it holds, with only what a figure may hold.
fn copy(html: &mut Html, node: roxmltree::Node<'_, '_>) {
    let Some(tag) = crate::figures::allowed_element(node.tag_name().name()) else {
        return;
    };
    let attrs: Vec<(&str, &str)> = node
        .attributes()
        .filter(|a| crate::figures::attribute_problem(tag, a.name(), a.value()).is_none())
        .map(|a| (a.name(), a.value()))
        .collect();
    let children: Vec<_> = node
        .children()
        .filter(roxmltree::Node::is_element)
        .collect();
    if children.is_empty() {
        html.void(tag, &attrs);
        return;
    }
    html.open(tag, &attrs);
    for child in children {
        copy(html, child);
    }
    html.close();
}

/// A label's words in lines of about [`LABEL_LINE_CHARS`] characters, broken at spaces (a
/// Japanese label, with no spaces, stays one line, as it is written short).
fn wrap(words: &str) -> Vec<String> {
    let mut lines: Vec<String> = Vec::new();
    for word in words.split(' ') {
        match lines.last_mut() {
            Some(line) if line.chars().count() + 1 + word.chars().count() <= LABEL_LINE_CHARS => {
                line.push(' ');
                line.push_str(word);
            }
            _ => lines.push(word.to_owned()),
        }
    }
    lines
}

#[cfg(test)]
mod tests {
    use super::wrap;

    #[test]
    fn labels_wrap_at_spaces_and_japanese_stays_whole() {
        assert_eq!(wrap("checkpoint inhibitor"), ["checkpoint", "inhibitor"]);
        assert_eq!(wrap("T cell"), ["T cell"]);
        assert_eq!(
            wrap("免疫チェックポイント阻害薬"),
            ["免疫チェックポイント阻害薬"]
        );
    }
}
