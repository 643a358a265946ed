//! What a drawing may hold: shapes in the four slot colours, no words, nothing that changes
//! how a colour shows (opacity, filters, masks) and nothing from outside the file.

use super::{SLOTS, slot_of};

/// One thing wrong with a drawing, at a line of its file.
#[derive(Clone, Debug, PartialEq, Eq)]
pub struct SvgProblem {
    /// 1-based line in the SVG file.
    pub line: usize,
    /// What is wrong and what to do.
    pub message: String,
}

/// The elements a drawing is made of.
const ELEMENTS: &[&str] = &[
    "svg", "g", "defs", "use", "path", "circle", "ellipse", "rect", "line", "polyline", "polygon",
];

/// Attributes that would let a colour show as something other than its slot, or that style
/// from outside the attributes the lint reads.
const FORBIDDEN_ATTRIBUTES: &[&str] = &[
    "style",
    "class",
    "opacity",
    "fill-opacity",
    "stroke-opacity",
    "filter",
    "mask",
    "clip-path",
];

/// Attributes that hold a colour.
const COLOUR_ATTRIBUTES: &[&str] = &["fill", "stroke", "color", "stop-color", "flood-color"];

/// The element's name as a `'static` string, if a figure may use it.
pub fn allowed_element(name: &str) -> Option<&'static str> {
    ELEMENTS.iter().copied().find(|allowed| *allowed == name)
}

/// What is wrong with attribute `attr="value"` on element `element`, if anything.
pub fn attribute_problem(element: &str, attr: &str, value: &str) -> Option<String> {
    let value = value.trim();
    if attr.starts_with("on") {
        Some(format!("`{attr}`: a figure runs no scripts"))
    } else if FORBIDDEN_ATTRIBUTES.contains(&attr) || attr.starts_with("font") {
        Some(format!(
            "`{attr}` is not allowed in a figure: every shape shows its slot colour as it is, \
             so the theme's contrast holds"
        ))
    } else if COLOUR_ATTRIBUTES.contains(&attr) && value != "none" && slot_of(value).is_none() {
        let slots = SLOTS.map(|(hex, _)| hex).join(", ");
        Some(format!(
            "{attr}=\"{value}\" is not one of the figure colours ({slots} or none): the theme \
             swaps only these"
        ))
    } else if attr == "href" && (element != "use" || !value.starts_with('#')) {
        Some(format!(
            "href=\"{value}\": a figure refers only to its own shapes, by <use href=\"#id\">"
        ))
    } else {
        None
    }
}

/// Every problem of `svg`, in file order; none for a drawing the kiosk can show as designed.
pub fn check(svg: &str) -> Vec<SvgProblem> {
    let doc = match roxmltree::Document::parse(svg) {
        Ok(doc) => doc,
        Err(err) => {
            return vec![SvgProblem {
                line: usize::try_from(err.pos().row).unwrap_or(1),
                message: format!("the drawing is not well-formed XML: {err}"),
            }];
        }
    };
    let mut problems = Vec::new();
    let line_of = |node: roxmltree::Node<'_, '_>| {
        usize::try_from(doc.text_pos_at(node.range().start).row).unwrap_or(1)
    };
    let root = doc.root_element();
    if root.tag_name().name() != "svg" {
        problems.push(SvgProblem {
            line: line_of(root),
            message: "the drawing's root element must be <svg>".to_owned(),
        });
    } else if super::view_box(svg).is_none() {
        problems.push(SvgProblem {
            line: line_of(root),
            message: "the drawing needs a viewBox with a width and height above 0: label \
                      anchors are given in its units"
                .to_owned(),
        });
    }
    for node in doc.descendants() {
        if node.is_text() && !node.text().is_some_and(|t| t.trim().is_empty()) {
            problems.push(SvgProblem {
                line: line_of(node),
                message: "the drawing holds text: words belong in Fluent, as the figure's \
                          labels"
                    .to_owned(),
            });
            continue;
        }
        if !node.is_element() {
            continue;
        }
        let name = node.tag_name().name();
        if allowed_element(name).is_none() {
            let why = match name {
                "text" | "tspan" | "title" | "desc" => {
                    "words belong in Fluent (the figure's alt text and labels)"
                }
                "image" => "a drawing holds no pictures, only shapes",
                "style" => "colours are written as fill and stroke attributes",
                _ => "use only <g>, <defs>, <use> and the basic shapes",
            };
            problems.push(SvgProblem {
                line: line_of(node),
                message: format!("<{name}> is not allowed in a figure: {why}"),
            });
        }
        for attribute in node.attributes() {
            if let Some(message) = attribute_problem(name, attribute.name(), attribute.value()) {
                problems.push(SvgProblem {
                    line: line_of(node),
                    message,
                });
            }
        }
    }
    if problems.is_empty()
        && let Err(err) = resvg::usvg::Tree::from_str(svg, &resvg::usvg::Options::default())
    {
        problems.push(SvgProblem {
            line: 1,
            message: format!("the drawing cannot be drawn: {err}"),
        });
    }
    problems
}

#[cfg(test)]
mod tests {
    use super::check;

    fn svg(body: &str) -> String {
        format!(
            "<svg xmlns=\"http://www.w3.org/2000/svg\" viewBox=\"0 0 800 500\">\n{body}\n</svg>"
        )
    }

    #[test]
    fn a_drawing_in_slot_colours_passes() {
        let good = svg(concat!(
            r##"<defs><circle id="c" r="5" fill="#9fc5e8" stroke="#1c1c1c"/></defs>"##,
            r##"<use href="#c" x="10" y="10"/><path d="M0 0L10 10" stroke="#1c1c1c" fill="none"/>"##
        ));
        assert_eq!(check(&good), []);
    }

    #[test]
    fn each_fault_is_named_at_its_line() {
        let cases = [
            (r#"<rect width="5" height="5" fill="red"/>"#, "fill=\"red\""),
            (
                r##"<rect width="5" height="5" fill="#9FC5E9"/>"##,
                "#9FC5E9",
            ),
            (
                r##"<rect width="5" height="5" opacity="0.5" fill="#ffffff"/>"##,
                "`opacity`",
            ),
            (
                r#"<rect width="5" height="5" style="fill:red"/>"#,
                "`style`",
            ),
            ("<text x=\"1\" y=\"1\">T細胞</text>", "<text>"),
            (r#"<image href="photo.png"/>"#, "<image>"),
            (r#"<use href="other.svg#c"/>"#, "href=\"other.svg#c\""),
            (r#"<linearGradient id="g"/>"#, "<linearGradient>"),
        ];
        for (body, expected) in cases {
            let problems = check(&svg(body));
            assert!(
                problems
                    .iter()
                    .any(|p| p.line == 2 && p.message.contains(expected)),
                "{body}: {problems:?}"
            );
        }
    }

    #[test]
    fn broken_files_and_missing_view_boxes_are_problems() {
        assert_eq!(check("<svg><g></svg>")[0].line, 1);
        assert!(
            check("<svg xmlns=\"http://www.w3.org/2000/svg\"/>")[0]
                .message
                .contains("viewBox")
        );
    }
}
