//! The bundled typeface: `BIZ UDPGothic` (Morisawa, SIL OFL 1.1), regular and bold.
//!
//! Embedded so that the kiosk looks the same on every machine and needs no system font.

use skrifa::MetadataProvider as _;

/// `BIZ UDPGothic` Regular.
pub static REGULAR: &[u8] = include_bytes!("../assets/fonts/BIZUDPGothic-Regular.ttf");
/// `BIZ UDPGothic` Bold.
pub static BOLD: &[u8] = include_bytes!("../assets/fonts/BIZUDPGothic-Bold.ttf");

/// Answers "can the bundled fonts draw this character?", for the content lint.
///
/// Keeps each face's character map: building one selects and parses a `cmap` subtable,
/// which costs far more than a look-up, and the lint asks about every character.
pub struct GlyphCoverage {
    regular: skrifa::charmap::Charmap<'static>,
    bold: skrifa::charmap::Charmap<'static>,
}

impl GlyphCoverage {
    /// Parses the embedded fonts' character maps.
    ///
    /// # Errors
    /// Only if an embedded font is corrupt, which the tests rule out.
    pub fn bundled() -> Result<Self, skrifa::raw::ReadError> {
        Ok(Self {
            regular: skrifa::FontRef::new(REGULAR)?.charmap(),
            bold: skrifa::FontRef::new(BOLD)?.charmap(),
        })
    }

    /// Whether both the regular and the bold face have a glyph for `c`.
    ///
    /// Line breaks and tabs are layout, not glyphs, and always count as covered.
    pub fn covers(&self, c: char) -> bool {
        matches!(c, '\n' | '\r' | '\t')
            || (self.regular.map(c).is_some() && self.bold.map(c).is_some())
    }
}
