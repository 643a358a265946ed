//! Accessibility measures that need no window: WCAG 2.x contrast, and the contrast of every
//! piece of text a frame actually paints, read from the shapes egui produced.
//!
//! The tests and the accessibility report use these on every screen; the theme's own
//! declared colour pairs are checked with [`contrast_ratio`] too.

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
    Color32::from_rgb(
        mix(top.r(), under.r()),
        mix(top.g(), under.g()),
        mix(top.b(), under.b()),
    )
}

#[cfg(test)]
mod tests {
    use egui::Color32;

    use super::{blend, contrast_ratio, needed_for_text, relative_luminance};

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
