//! Accessibility measures that need no window: WCAG 2.x contrast, and the contrast of every
//! piece of text a frame actually paints, read from the shapes egui produced. And the last
//! touch to the tree a screen reader gets: the window's name, and boxes that show only the
//! part of a node a person can see.
//!
//! The tests and the accessibility report use these on every screen; the theme's own
//! declared colour pairs are checked with [`contrast_ratio`] too.

use egui::accesskit::{self, NodeId, Role, TreeUpdate};
use egui::epaint::{ClippedShape, Shape};
use egui::{Color32, Pos2, Rect};

/// The least contrast for body text (WCAG 2.x level AAA).
pub const BODY_TEXT: f64 = 7.0;
/// The least contrast for large text, 24 px and up (WCAG 2.x level AA for normal text).
pub const LARGE_TEXT: f64 = 4.5;
/// The least contrast for focus rings, outlines and badges against what surrounds them.
pub const NON_TEXT: f64 = 3.0;
/// Text at least this many pixels high counts as large.
pub const LARGE_TEXT_PX: f32 = 24.0;

/// A colour's relative luminance, 0 for black to 1 for white (WCAG 2.x definition).
pub fn relative_luminance(color: Color32) -> f64 {
    fn channel(value: u8) -> f64 {
        let c = f64::from(value) / 255.0;
        if c <= 0.040_45 {
            c / 12.92
        } else {
            ((c + 0.055) / 1.055).powf(2.4)
        }
    }
    let [r, g, b, _] = color.to_srgba_unmultiplied();
    0.2126 * channel(r) + 0.7152 * channel(g) + 0.0722 * channel(b)
}

/// The WCAG 2.x contrast ratio of two opaque colours: 1 (none) to 21 (black on white).
pub fn contrast_ratio(a: Color32, b: Color32) -> f64 {
    let (la, lb) = (relative_luminance(a), relative_luminance(b));
    let (light, dark) = if la >= lb { (la, lb) } else { (lb, la) };
    (light + 0.05) / (dark + 0.05)
}

/// The least contrast text of `size_px` needs.
pub fn needed_for_text(size_px: f32) -> f64 {
    if size_px >= LARGE_TEXT_PX {
        LARGE_TEXT
    } else {
        BODY_TEXT
    }
}

/// One run of text of one colour, as painted in a frame, and what it was painted on.
#[derive(Clone, Debug, PartialEq)]
pub struct PaintedText {
    /// The words.
    pub text: String,
    /// Where the whole text shape lies on the screen, in points.
    pub rect: Rect,
    /// Size of the font, in points.
    pub size: f32,
    /// The text's colour.
    pub color: Color32,
    /// The colour beneath the middle of the text: every fill painted before it there,
    /// blended in order over the screen's background.
    pub background: Color32,
}

impl PaintedText {
    /// Its contrast ratio.
    pub fn contrast(&self) -> f64 {
        contrast_ratio(self.color, self.background)
    }

    /// Whether it reaches the contrast its size needs.
    pub fn passes(&self) -> bool {
        self.contrast() >= needed_for_text(self.size)
    }
}

/// A filled shape that text may be painted on.
struct Fill {
    area: Area,
    clip: Rect,
    color: Color32,
}

enum Area {
    Rect(Rect),
    Circle { center: Pos2, radius: f32 },
}

impl Fill {
    fn covers(&self, point: Pos2) -> bool {
        self.clip.contains(point)
            && match self.area {
                Area::Rect(rect) => rect.contains(point),
                Area::Circle { center, radius } => center.distance(point) <= radius,
            }
    }
}

/// Every visible run of text in `shapes` (a frame's output, in paint order) with the colour
/// it was painted on. `screen` is the window's own background. Left out: text that is fully
/// clipped (scrolled out of view), fully transparent runs, and text that something painted
/// later covers (the page beneath a dialog and its veil).
pub fn painted_text(shapes: &[ClippedShape], screen: Color32) -> Vec<PaintedText> {
    let mut items = Vec::new();
    for clipped in shapes {
        collect(&clipped.shape, clipped.clip_rect, &mut items);
    }
    let mut texts = Vec::new();
    for (index, item) in items.iter().enumerate() {
        let Item::Text { shape, point } = item else {
            continue;
        };
        let fills = |range: &[Item]| -> Vec<Color32> {
            range
                .iter()
                .filter_map(|item| match item {
                    Item::Fill(fill) if fill.covers(*point) => Some(fill.color),
                    _ => None,
                })
                .collect()
        };
        if !fills(&items[index + 1..]).is_empty() {
            continue;
        }
        let background = fills(&items[..index])
            .into_iter()
            .fold(screen, |under, fill| blend(fill, under));
        let rect = shape.visual_bounding_rect();
        for section in &shape.galley.job.sections {
            let color = shape.override_text_color.unwrap_or(
                if section.format.color == Color32::PLACEHOLDER {
                    shape.fallback_color
                } else {
                    section.format.color
                },
            );
            let range = section.byte_range.start.0..section.byte_range.end.0;
            let words = shape.galley.job.text.get(range).unwrap_or_default();
            if color.a() == 0 || words.trim().is_empty() {
                continue;
            }
            texts.push(PaintedText {
                text: words.to_owned(),
                rect,
                size: section.format.font_id.size,
                color: blend(color, background),
                background,
            });
        }
    }
    texts
}

enum Item<'s> {
    Fill(Fill),
    Text {
        shape: &'s egui::epaint::TextShape,
        point: Pos2,
    },
}

fn collect<'s>(shape: &'s Shape, clip: Rect, items: &mut Vec<Item<'s>>) {
    match shape {
        Shape::Vec(shapes) => {
            for shape in shapes {
                collect(shape, clip, items);
            }
        }
        Shape::Rect(rect) if rect.fill.a() > 0 => items.push(Item::Fill(Fill {
            area: Area::Rect(rect.rect),
            clip,
            color: rect.fill,
        })),
        Shape::Circle(circle) if circle.fill.a() > 0 => items.push(Item::Fill(Fill {
            area: Area::Circle {
                center: circle.center,
                radius: circle.radius,
            },
            clip,
            color: circle.fill,
        })),
        Shape::Text(text) => {
            let visible = text.visual_bounding_rect().intersect(clip);
            if visible.is_positive() {
                items.push(Item::Text {
                    shape: text,
                    point: visible.center(),
                });
            }
        }
        _ => {}
    }
}

/// `top` (premultiplied, as egui keeps colours) painted over the opaque `under`.
fn blend(top: Color32, under: Color32) -> Color32 {
    let alpha = f32::from(top.a()) / 255.0;
    let mix = |t: u8, u: u8| {
        let value = f32::from(t) + f32::from(u) * (1.0 - alpha);
        #[expect(
            clippy::cast_possible_truncation,
            clippy::cast_sign_loss,
            reason = "clamped to a byte"
        )]
        let byte = value.round().clamp(0.0, 255.0) as u8;
        byte
    };
    #[expect(
        clippy::disallowed_methods,
        reason = "the contrast measure makes the colour the eye sees, not a theme colour"
    )]
    let seen = Color32::from_rgb(
        mix(top.r(), under.r()),
        mix(top.g(), under.g()),
        mix(top.b(), under.b()),
    );
    seen
}

/// Makes sure every frame's tree is finished by [`ScreenReaderTree`] before it leaves the
/// frame. Called once, when the app is made.
pub fn install(ctx: &egui::Context) {
    if ctx.plugin_opt::<ScreenReaderTree>().is_none() {
        ctx.add_plugin(ScreenReaderTree::default());
    }
}

/// Names the window for a screen reader (egui leaves its root node nameless; the title the
/// window manager shows is not part of the tree). Called once a frame; `name` (the title in
/// the visitor's language) is only asked for when a screen reader is listening.
pub fn name_window(ctx: &egui::Context, name: impl FnOnce() -> String) {
    ctx.accesskit_node_builder(egui::accesskit_root_id(), |node| node.set_label(name()));
}

/// Finishes each frame's accessibility tree: see [`clip_to_scroll_views`]. Keeps the boxes
/// egui laid out before they were cut, for the accessibility audit: a button's size is its
/// whole box, seen or not.
#[derive(Debug, Default)]
pub struct ScreenReaderTree {
    laid_out: std::collections::HashMap<NodeId, accesskit::Rect>,
}

impl ScreenReaderTree {
    /// The box egui laid out for node `id` in the last frame, if it was cut down.
    pub fn laid_out_bounds(&self, id: NodeId) -> Option<accesskit::Rect> {
        self.laid_out.get(&id).copied()
    }
}

impl egui::Plugin for ScreenReaderTree {
    fn debug_name(&self) -> &'static str {
        "screen reader tree"
    }

    fn output_hook(&mut self, _ctx: &egui::Context, output: &mut egui::FullOutput) {
        if let Some(update) = output.platform_output.accesskit_update.as_mut() {
            self.laid_out = clip_to_scroll_views(update);
        }
    }
}

/// Cuts every node's box down to the part its scroll views show. egui gives a node inside a
/// scroll area its whole box, even when most of it lies under the bottom bar or far below the
/// fold: a screen reader that clicks at the middle of such a box, or shows it on a braille
/// display as "on screen", is wrong. A node scrolled wholly out of view keeps a box of no
/// size on the edge it left by; it stays in the tree, so the whole page can still be read,
/// and can be scrolled into view with its `ScrollIntoView` action.
///
/// A scroll view is a node with [`Role::ScrollView`] or one that clips its children. Nodes
/// below a node with its own transform are left as they are (egui sets none but the root's).
/// Returns the boxes as they were before, of the nodes whose box it cut.
pub fn clip_to_scroll_views(
    update: &mut TreeUpdate,
) -> std::collections::HashMap<NodeId, accesskit::Rect> {
    let mut laid_out = std::collections::HashMap::new();
    let Some(root) = update.tree.as_ref().map(|tree| tree.root) else {
        return laid_out;
    };
    let index: std::collections::HashMap<NodeId, usize> = update
        .nodes
        .iter()
        .enumerate()
        .map(|(i, (id, _))| (*id, i))
        .collect();
    // Depth first, each node with the clip of the scroll views above it.
    let mut stack: Vec<(NodeId, Option<accesskit::Rect>)> = vec![(root, None)];
    let mut seen = std::collections::HashSet::new();
    while let Some((id, clip)) = stack.pop() {
        let Some(&i) = index.get(&id) else {
            continue;
        };
        if !seen.insert(id) {
            continue;
        }
        let Some((_, node)) = update.nodes.get_mut(i) else {
            continue;
        };
        let is_root = id == root;
        if !is_root && node.transform().is_some() {
            // Another coordinate space: nothing above clips it in a way we can compute here.
            stack.extend(node.children().iter().map(|child| (*child, None)));
            continue;
        }
        let whole = node.bounds();
        let bounds = whole.map(|bounds| match clip {
            Some(clip) => clip_box(bounds, clip),
            None => bounds,
        });
        if let (Some(bounds), Some(whole)) = (bounds, whole)
            && bounds != whole
        {
            node.set_bounds(bounds);
            laid_out.insert(id, whole);
        }
        let clips = !is_root && (node.role() == Role::ScrollView || node.clips_children());
        let child_clip = match (clips, bounds) {
            (true, Some(bounds)) => Some(bounds),
            _ => clip,
        };
        stack.extend(
            node.children()
                .iter()
                .rev()
                .map(|child| (*child, child_clip)),
        );
    }
    laid_out
}

/// The part of `bounds` inside `clip`; when none is, a box of no size on the edge of `clip`
/// nearest to it.
fn clip_box(bounds: accesskit::Rect, clip: accesskit::Rect) -> accesskit::Rect {
    let seen = bounds.intersect(clip);
    if !seen.is_empty() {
        return seen;
    }
    let x = seen.x0.clamp(clip.x0, clip.x1.max(clip.x0));
    let y = seen.y0.clamp(clip.y0, clip.y1.max(clip.y0));
    let (x1, y1) = (
        seen.x1.clamp(x, clip.x1.max(x)),
        seen.y1.clamp(y, clip.y1.max(y)),
    );
    accesskit::Rect::new(x, y, x1, y1)
}

#[cfg(test)]
#[expect(
    clippy::disallowed_methods,
    reason = "the tests measure made-up colours against the WCAG reference values"
)]
mod tests {
    use egui::Color32;
    use egui::accesskit::{Node, NodeId, Rect, Role, TreeId, TreeInfo, TreeUpdate};

    use super::{blend, clip_to_scroll_views, contrast_ratio, needed_for_text, relative_luminance};

    #[test]
    fn boxes_inside_a_scroll_view_shrink_to_what_it_shows() {
        let node = |role: Role, bounds: Rect, children: Vec<u64>| {
            let mut node = Node::new(role);
            node.set_bounds(bounds);
            node.set_children(children.into_iter().map(NodeId).collect::<Vec<_>>());
            node
        };
        let mut update = TreeUpdate {
            nodes: vec![
                (
                    NodeId(0),
                    node(Role::Window, Rect::new(0.0, 0.0, 800.0, 600.0), vec![1, 5]),
                ),
                (
                    NodeId(1),
                    node(
                        Role::ScrollView,
                        Rect::new(0.0, 100.0, 800.0, 500.0),
                        vec![2],
                    ),
                ),
                (
                    NodeId(2),
                    node(
                        Role::GenericContainer,
                        Rect::new(0.0, 0.0, 800.0, 2000.0),
                        vec![3, 4],
                    ),
                ),
                // Half under the bottom bar, and wholly below the fold.
                (
                    NodeId(3),
                    node(Role::Button, Rect::new(10.0, 450.0, 200.0, 550.0), vec![]),
                ),
                (
                    NodeId(4),
                    node(Role::Label, Rect::new(10.0, 900.0, 200.0, 950.0), vec![]),
                ),
                // The bottom bar itself, outside the scroll view.
                (
                    NodeId(5),
                    node(Role::Button, Rect::new(10.0, 520.0, 200.0, 580.0), vec![]),
                ),
            ],
            tree: Some(TreeInfo::new(NodeId(0))),
            tree_id: TreeId::ROOT,
            focus: NodeId(0),
        };
        let laid_out = clip_to_scroll_views(&mut update);
        assert_eq!(laid_out.len(), 3, "{laid_out:?}");
        assert_eq!(
            laid_out.get(&NodeId(4)),
            Some(&Rect::new(10.0, 900.0, 200.0, 950.0))
        );
        let bounds = |id: u64| {
            update
                .nodes
                .iter()
                .find(|(n, _)| *n == NodeId(id))
                .and_then(|(_, node)| node.bounds())
                .expect("bounds")
        };
        assert_eq!(bounds(0), Rect::new(0.0, 0.0, 800.0, 600.0));
        assert_eq!(bounds(2), Rect::new(0.0, 100.0, 800.0, 500.0));
        assert_eq!(bounds(3), Rect::new(10.0, 450.0, 200.0, 500.0));
        // Wholly below: a box of no height on the scroll view's bottom edge.
        assert_eq!(bounds(4), Rect::new(10.0, 500.0, 200.0, 500.0));
        assert_eq!(bounds(5), Rect::new(10.0, 520.0, 200.0, 580.0));
    }

    #[test]
    fn luminance_and_ratio_match_the_wcag_reference_values() {
        assert!(relative_luminance(Color32::BLACK).abs() < 1e-9);
        assert!((relative_luminance(Color32::WHITE) - 1.0).abs() < 1e-9);
        assert!((contrast_ratio(Color32::BLACK, Color32::WHITE) - 21.0).abs() < 1e-9);
        assert!((contrast_ratio(Color32::WHITE, Color32::BLACK) - 21.0).abs() < 1e-9);
        // #767676 on white is the classic "just passes AA" grey: 4.54:1.
        let grey = Color32::from_rgb(0x76, 0x76, 0x76);
        let ratio = contrast_ratio(grey, Color32::WHITE);
        assert!((ratio - 4.54).abs() < 0.01, "{ratio}");
        assert!((contrast_ratio(grey, grey) - 1.0).abs() < 1e-9);
    }

    #[test]
    fn large_text_needs_less() {
        assert!((needed_for_text(23.9) - 7.0).abs() < 1e-9);
        assert!((needed_for_text(24.0) - 4.5).abs() < 1e-9);
    }

    #[test]
    fn a_half_transparent_black_veil_over_white_is_mid_grey() {
        let veil = Color32::from_black_alpha(128);
        let seen = blend(veil, Color32::WHITE);
        assert!((i32::from(seen.r()) - 127).abs() <= 1, "{seen:?}");
        assert_eq!(blend(Color32::RED, Color32::WHITE), Color32::RED);
    }
}
