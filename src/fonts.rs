//! The bundled typeface: BIZ UDPGothic (Morisawa, SIL OFL 1.1), regular and bold.
//!
//! Embedded so that the kiosk looks the same on every machine and needs no system font.

use skrifa::MetadataProvider as _;

/// BIZ UDPGothic Regular.
pub const REGULAR: &[u8] = include_bytes!("../assets/fonts/BIZUDPGothic-Regular.ttf");
/// BIZ UDPGothic Bold.
pub const BOLD: &[u8] = include_bytes!("../assets/fonts/BIZUDPGothic-Bold.ttf");

/// Answers "can the bundled fonts draw this character?", for the content lint.
pub struct GlyphCoverage {
    regular: skrifa::FontRef<'static>,
    bold: skrifa::FontRef<'static>,
}

impl GlyphCoverage {
    /// Parses the embedded fonts' character maps.
    ///
    /// # Errors
    /// Only if an embedded font is corrupt, which the tests rule out.
    pub fn bundled() -> Result<Self, skrifa::raw::ReadError> {
        Ok(Self {
            regular: skrifa::FontRef::new(REGULAR)?,
            bold: skrifa::FontRef::new(BOLD)?,
        })
    }

    /// Whether both the regular and the bold face have a glyph for `c`.
    ///
    /// Line breaks and tabs are layout, not glyphs, and always count as covered.
    pub fn covers(&self, c: char) -> bool {
        matches!(c, '\n' | '\r' | '\t')
            || (self.regular.charmap().map(c).is_some() && self.bold.charmap().map(c).is_some())
    }
}
