//! The figures' drawings: SVG files that hold no words, drawn in four colours that stand for
//! the theme's figure tokens, rasterised by resvg. No egui here: the screen, the export and
//! the lint all read drawings through this module.
//!
//! A drawing is written in exactly four colours ([`SLOTS`]) plus `none`. The kiosk swaps each
//! for its theme's colour before drawing, so the high-contrast theme gets its own palette from
//! the same file, and `check-content` refuses any other colour ([`check`]).

mod check;

pub use check::{SvgProblem, allowed_element, attribute_problem, check};

/// One of the four colours a drawing may use, and what it is for.
#[derive(Clone, Copy, Debug, PartialEq, Eq, Hash)]
pub enum Slot {
    /// Outlines, arrows and marks.
    Ink,
    /// Plain fills.
    Paper,
    /// The immune system's side: T cells, antibodies.
    Immune,
    /// Cancer cells, the brake, warnings.
    Cancer,
}

/// How each slot is written in a drawing: lowercase `#rrggbb`, exactly.
pub const SLOTS: [(&str, Slot); 4] = [
    ("#1c1c1c", Slot::Ink),
    ("#ffffff", Slot::Paper),
    ("#9fc5e8", Slot::Immune),
    ("#f4b183", Slot::Cancer),
];

/// The slot a colour as written in a drawing stands for.
pub fn slot_of(written: &str) -> Option<Slot> {
    SLOTS
        .iter()
        .find(|(hex, _)| hex.eq_ignore_ascii_case(written))
        .map(|(_, slot)| *slot)
}

/// A theme's colours for the four slots, as `[r, g, b]`.
#[derive(Clone, Copy, Debug, PartialEq, Eq, Hash)]
pub struct FigureColours {
    /// For [`Slot::Ink`].
    pub ink: [u8; 3],
    /// For [`Slot::Paper`].
    pub paper: [u8; 3],
    /// For [`Slot::Immune`].
    pub immune: [u8; 3],
    /// For [`Slot::Cancer`].
    pub cancer: [u8; 3],
}

impl FigureColours {
    /// The colour for `slot`.
    pub fn get(&self, slot: Slot) -> [u8; 3] {
        match slot {
            Slot::Ink => self.ink,
            Slot::Paper => self.paper,
            Slot::Immune => self.immune,
            Slot::Cancer => self.cancer,
        }
    }
}

const HEX: [char; 16] = [
    '0', '1', '2', '3', '4', '5', '6', '7', '8', '9', 'a', 'b', 'c', 'd', 'e', 'f',
];

/// `svg` with each slot colour replaced by the theme's, in one pass (so a colour that is
/// swapped in is never swapped again).
pub fn recolour(svg: &str, colours: &FigureColours) -> String {
    let mut out = String::with_capacity(svg.len());
    let mut rest = svg;
    while let Some(at) = rest.find('#') {
        out.push_str(&rest[..at]);
        if let Some(slot) = rest.get(at..at + 7).and_then(slot_of) {
            out.push('#');
            for byte in colours.get(slot) {
                out.push(HEX[usize::from(byte >> 4)]);
                out.push(HEX[usize::from(byte & 0xf)]);
            }
            rest = &rest[at + 7..];
        } else {
            out.push('#');
            rest = &rest[at + 1..];
        }
    }
    out.push_str(rest);
    out
}

/// The drawing's own coordinate box, `[x, y, width, height]`, from its `viewBox`.
pub fn view_box(svg: &str) -> Option<[f32; 4]> {
    let doc = roxmltree::Document::parse(svg).ok()?;
    let value = doc.root_element().attribute("viewBox")?;
    let numbers: Vec<f32> = value
        .split(|c: char| c.is_whitespace() || c == ',')
        .filter(|part| !part.is_empty())
        .map(str::parse)
        .collect::<Result<_, _>>()
        .ok()?;
    match numbers[..] {
        [x, y, w, h] if w > 0.0 && h > 0.0 => Some([x, y, w, h]),
        _ => None,
    }
}

/// The widest raster the kiosk makes: a 4K screen's width.
pub const MAX_RASTER_WIDTH: u32 = 3840;

/// A drawing as pixels: premultiplied RGBA, row by row.
#[derive(Clone, Debug, PartialEq, Eq)]
pub struct Raster {
    /// Width in pixels.
    pub width: u32,
    /// Height in pixels.
    pub height: u32,
    /// `width * height * 4` bytes.
    pub rgba_premultiplied: Vec<u8>,
}

/// Why a drawing could not be rasterised.
#[derive(Debug, thiserror::Error)]
pub enum RasterError {
    /// The SVG does not parse.
    #[error("the drawing cannot be read: {0}")]
    Parse(String),
    /// The size asked for is zero or too large.
    #[error("a drawing {0} pixels wide cannot be made")]
    Size(u32),
}

/// Draws `svg` in `colours`, `width` pixels wide, keeping its proportions.
///
/// # Errors
/// The SVG does not parse, or `width` is 0 or above [`MAX_RASTER_WIDTH`].
pub fn rasterise(svg: &str, colours: &FigureColours, width: u32) -> Result<Raster, RasterError> {
    if width == 0 || width > MAX_RASTER_WIDTH {
        return Err(RasterError::Size(width));
    }
    let svg = recolour(svg, colours);
    let tree = resvg::usvg::Tree::from_str(&svg, &resvg::usvg::Options::default())
        .map_err(|err| RasterError::Parse(err.to_string()))?;
    let size = tree.size();
    #[expect(clippy::cast_precision_loss, reason = "a width of at most 3840 pixels")]
    let scale = width as f32 / size.width();
    #[expect(
        clippy::cast_possible_truncation,
        clippy::cast_sign_loss,
        reason = "a height of a few thousand pixels at most, rounded up"
    )]
    let height = (size.height() * scale).ceil().max(1.0) as u32;
    let mut pixmap =
        resvg::tiny_skia::Pixmap::new(width, height).ok_or(RasterError::Size(width))?;
    resvg::render(
        &tree,
        resvg::tiny_skia::Transform::from_scale(scale, scale),
        &mut pixmap.as_mut(),
    );
    Ok(Raster {
        width,
        height,
        rgba_premultiplied: pixmap.take(),
    })
}

#[cfg(test)]
mod tests {
    use super::*;

    const LIGHT: FigureColours = FigureColours {
        ink: [0x1c, 0x1c, 0x1c],
        paper: [0xff, 0xff, 0xff],
        immune: [0x9f, 0xc5, 0xe8],
        cancer: [0xf4, 0xb1, 0x83],
    };
    const DARK: FigureColours = FigureColours {
        ink: [0xff, 0xff, 0xff],
        paper: [0, 0, 0],
        immune: [0x4d, 0xd8, 0xff],
        cancer: [0xff, 0xb0, 0x4d],
    };

    const CELL: &str = r##"<svg xmlns="http://www.w3.org/2000/svg" width="80" height="50" viewBox="0 0 80 50">
<rect x="0" y="0" width="80" height="50" fill="#ffffff"/>
<circle cx="40" cy="25" r="20" fill="#9fc5e8" stroke="#1c1c1c" stroke-width="4"/>
</svg>"##;

    #[test]
    fn recolouring_swaps_each_slot_once() {
        let out = recolour(CELL, &DARK);
        // Ink becomes white and paper black: white must not then turn black again.
        assert!(out.contains(r##"fill="#000000""##), "{out}");
        assert!(out.contains(r##"stroke="#ffffff""##), "{out}");
        assert!(out.contains(r##"fill="#4dd8ff""##), "{out}");
        assert_eq!(recolour(CELL, &LIGHT), CELL);
        assert_eq!(recolour("a # b #12", &DARK), "a # b #12");
    }

    #[test]
    fn a_drawing_is_rasterised_in_the_themes_colours_at_the_asked_width() {
        let pixel = |raster: &Raster, x: u32, y: u32| {
            let at = ((y * raster.width + x) * 4) as usize;
            raster.rgba_premultiplied[at..at + 4].to_vec()
        };
        let light = rasterise(CELL, &LIGHT, 160).unwrap();
        assert_eq!((light.width, light.height), (160, 100));
        assert_eq!(pixel(&light, 2, 2), [0xff, 0xff, 0xff, 0xff]);
        assert_eq!(pixel(&light, 80, 50), [0x9f, 0xc5, 0xe8, 0xff]);
        let dark = rasterise(CELL, &DARK, 160).unwrap();
        assert_eq!(pixel(&dark, 2, 2), [0, 0, 0, 0xff]);
        assert_eq!(pixel(&dark, 80, 50), [0x4d, 0xd8, 0xff, 0xff]);
        // The outline, at the circle's left edge (x = 20 units, 40 px).
        assert_eq!(pixel(&dark, 40, 50), [0xff, 0xff, 0xff, 0xff]);
    }

    #[test]
    fn bad_sizes_and_bad_files_are_errors_not_panics() {
        assert!(matches!(
            rasterise(CELL, &LIGHT, 0),
            Err(RasterError::Size(0))
        ));
        assert!(rasterise(CELL, &LIGHT, MAX_RASTER_WIDTH + 1).is_err());
        assert!(matches!(
            rasterise("<svg", &LIGHT, 10),
            Err(RasterError::Parse(_))
        ));
    }

    #[test]
    fn the_view_box_is_read_from_the_root() {
        assert_eq!(view_box(CELL), Some([0.0, 0.0, 80.0, 50.0]));
        assert_eq!(view_box("<svg viewBox='0 0 0 5'/>"), None);
        assert_eq!(view_box("<svg/>"), None);
    }
}
