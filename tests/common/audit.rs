//! The accessibility audit of one screen as a test sees it: the AccessKit tree that
//! `egui_kittest` exposes, and the shapes the frame painted.

use egui::Rect;
use egui::accesskit::{Action, Role};
use egui_kittest::Harness;
use egui_kittest::kittest::{AccessKitNode, NodeT as _};
use immuno_kiosk::KioskApp;
use immuno_kiosk::a11y::{self, ScreenReaderTree};
use immuno_kiosk::ui::theme;

/// Smallest side of anything a finger can press, in pixels.
pub const MIN_TARGET: f32 = 64.0;
/// Least room between two targets, in pixels.
pub const MIN_TARGET_GAP: f32 = 8.0;

/// What one screen measured.
#[derive(Clone, Debug)]
pub struct ScreenAudit {
    /// Smallest side of the smallest target, in pixels.
    pub min_target: f32,
    /// Least room between two targets, in pixels (infinite with fewer than two).
    pub min_gap: f32,
    /// Lowest contrast ratio of any painted text.
    pub min_contrast: f64,
    /// Text nodes cut off by the window (outside any scrolling area) or overlapping another.
    pub clipped: usize,
    /// Number of targets and of text nodes seen.
    pub targets: usize,
    /// Number of text nodes seen.
    pub texts: usize,
    /// Everything that misses a target, in words.
    pub problems: Vec<String>,
}

/// A node as the audit needs it: its rect, and the part of it a person can see.
struct Seen {
    what: String,
    rect: Rect,
    visible: Rect,
    scrolls: bool,
}

/// A node's whole box, as laid out: the tree a screen reader gets has the boxes inside a
/// scroll view cut down to what it shows, and a target's size is its whole box.
fn rect_of(node: &AccessKitNode<'_>, ctx: &egui::Context) -> Option<Rect> {
    let (id, _) = node.locate();
    let b = ctx
        .with_plugin::<ScreenReaderTree, _>(|tree| tree.laid_out_bounds(id))
        .flatten()
        .or_else(|| node.bounding_box())?;
    #[expect(clippy::cast_possible_truncation, reason = "screen coordinates")]
    Some(Rect::from_min_max(
        egui::pos2(b.x0 as f32, b.y0 as f32),
        egui::pos2(b.x1 as f32, b.y1 as f32),
    ))
}

fn is_hidden(node: &AccessKitNode<'_>) -> bool {
    std::iter::successors(Some(*node), AccessKitNode::parent).any(|n| n.is_hidden())
}

/// The nearest scrolling area around `node`, if any.
fn scroll_area_of(node: &AccessKitNode<'_>, ctx: &egui::Context) -> Option<Rect> {
    std::iter::successors(node.parent(), AccessKitNode::parent)
        .find(|n| n.role() == Role::ScrollView)
        .and_then(|n| rect_of(&n, ctx))
}

fn name_of(node: &AccessKitNode<'_>) -> String {
    node.label()
        .or_else(|| node.value())
        .unwrap_or_default()
        .trim()
        .to_owned()
}

fn seen(node: &AccessKitNode<'_>, window: Rect, ctx: &egui::Context) -> Option<Seen> {
    let rect = rect_of(node, ctx)?;
    let scroll = scroll_area_of(node, ctx);
    let clip = scroll.map_or(window, |s| s.intersect(window));
    Some(Seen {
        what: format!("{:?} {:?}", node.role(), name_of(node)),
        rect,
        visible: rect.intersect(clip),
        scrolls: scroll.is_some(),
    })
}

fn distance(a: Rect, b: Rect) -> f32 {
    let dx = (b.min.x - a.max.x).max(a.min.x - b.max.x).max(0.0);
    let dy = (b.min.y - a.max.y).max(a.min.y - b.max.y).max(0.0);
    dx.hypot(dy)
}

/// Whether `name` is a glossary term's, as `term-open` names it in any language.
pub fn is_inline_term(name: &str) -> bool {
    static PREFIXES: std::sync::LazyLock<Vec<String>> = std::sync::LazyLock::new(|| {
        let source = immuno_kiosk::content::ContentSource::embedded();
        source
            .locales
            .iter()
            .flat_map(|l| l.files.iter())
            .flat_map(|f| f.text.lines())
            .filter_map(|line| line.strip_prefix("term-open = "))
            .map(|value| value[..value.find('{').unwrap_or(value.len())].to_owned())
            .filter(|prefix| !prefix.is_empty())
            .collect()
    });
    PREFIXES
        .iter()
        .any(|prefix| name.starts_with(prefix.as_str()))
}

/// Audits the screen the harness shows now.
#[expect(
    clippy::too_many_lines,
    reason = "one walk over the tree with every rule beside the node it reads"
)]
pub fn audit(harness: &Harness<'_, KioskApp>) -> ScreenAudit {
    let window = harness.ctx.content_rect();
    let mut problems = Vec::new();
    let all: Vec<AccessKitNode<'_>> = harness
        .root()
        .children_recursive()
        .map(|n| n.accesskit_node())
        .filter(|n| !is_hidden(n))
        .collect();
    // A modal dialog (the idle warning, the staff screens) covers everything else: only it
    // can be seen and pressed, and only it is read.
    let modal = all.iter().rev().find(|n| n.is_modal()).copied();
    let nodes: Vec<AccessKitNode<'_>> = all
        .into_iter()
        .filter(|n| modal.is_none_or(|m| n.is_descendant_of(&m)))
        .collect();

    // Targets: everything that can be pressed.
    let mut targets = Vec::new();
    for node in nodes
        .iter()
        .filter(|n| n.data().supports_action(Action::Click))
    {
        let name = name_of(node);
        if name.is_empty() {
            problems.push(format!("a {:?} target has no label", node.role()));
        }
        let Some(seen) = seen(node, window, &harness.ctx) else {
            problems.push(format!("target {name:?} has no bounds"));
            continue;
        };
        let side = seen.rect.width().min(seen.rect.height());
        // A glossary term inside a sentence is an inline target (WCAG 2.5.8's exception):
        // its size is the text's, and the card it opens has a full-size close button.
        if is_inline_term(&name) {
            continue;
        }
        if side < MIN_TARGET {
            problems.push(format!("target {} is {side:.0} px", seen.what));
        }
        let inside = if seen.scrolls {
            seen.rect.min.x >= window.min.x - 0.5 && seen.rect.max.x <= window.max.x + 0.5
        } else {
            window.expand(0.5).contains_rect(seen.rect)
        };
        if !inside {
            problems.push(format!(
                "target {} is off screen at {:?}",
                seen.what, seen.rect
            ));
        }
        targets.push(seen);
    }
    let mut min_gap = f32::INFINITY;
    let shown: Vec<&Seen> = targets.iter().filter(|t| t.visible.is_positive()).collect();
    for (i, a) in shown.iter().enumerate() {
        for b in &shown[i + 1..] {
            let gap = distance(a.visible, b.visible);
            min_gap = min_gap.min(gap);
            if gap < MIN_TARGET_GAP {
                problems.push(format!(
                    "targets {} and {} are {gap:.1} px apart",
                    a.what, b.what
                ));
            }
        }
    }

    // Text: inside the window or a scrolling area, and never on top of other text.
    let mut clipped = 0;
    let texts: Vec<Seen> = nodes
        .iter()
        .filter(|n| n.role() == Role::Label && !name_of(n).is_empty())
        .filter_map(|n| seen(n, window, &harness.ctx))
        .collect();
    for text in &texts {
        let fits = if text.scrolls {
            text.rect.min.x >= window.min.x - 0.5 && text.rect.max.x <= window.max.x + 0.5
        } else {
            window.expand(0.5).contains_rect(text.rect)
        };
        if !fits {
            clipped += 1;
            problems.push(format!("text {} is cut off at {:?}", text.what, text.rect));
        }
    }
    let shown: Vec<&Seen> = texts.iter().filter(|t| t.visible.is_positive()).collect();
    for (i, a) in shown.iter().enumerate() {
        for b in &shown[i + 1..] {
            let overlap = a.visible.intersect(b.visible);
            if overlap.is_positive() && overlap.area() > 1.0 {
                clipped += 1;
                problems.push(format!("text {} overlaps text {}", a.what, b.what));
            }
        }
    }

    // Contrast of every piece of text the frame painted, on what it was painted on.
    let palette = theme::palette(harness.state().session().high_contrast);
    let painted = a11y::painted_text(&harness.output().shapes, palette.background);
    let mut min_contrast = f64::INFINITY;
    for text in &painted {
        min_contrast = min_contrast.min(text.contrast());
        // Every text is held to the body-text level (7:1), stricter than the 4.5:1 that
        // text of 24 px and more needs: on this kiosk all text is at least 24 px.
        if !text.passes() || text.contrast() < a11y::BODY_TEXT {
            problems.push(format!(
                "text {:?} at {:.0} px has contrast {:.2}:1 ({:?} on {:?})",
                text.text,
                text.size,
                text.contrast(),
                text.color,
                text.background
            ));
        }
    }
    if painted.is_empty() {
        problems.push("no text painted".to_owned());
    }

    ScreenAudit {
        min_target: targets
            .iter()
            .map(|t| t.rect.width().min(t.rect.height()))
            .fold(f32::INFINITY, f32::min),
        min_gap,
        min_contrast,
        clipped,
        targets: targets.len(),
        texts: texts.len(),
        problems,
    }
}
