//! The bundled typefaces. `BIZ UDPGothic` (Morisawa, SIL OFL 1.1), regular and bold, draws
//! Japanese and the Latin languages. The other languages add a Noto face (SIL OFL 1.1), cut
//! down by `scripts/fonts.py` to the characters their messages use: Simplified Chinese forms,
//! Hangul, Devanagari (shaped by egui's shaper, so conjuncts join) and Vietnamese stacked
//! diacritics. Each such face also has a tiny "names" cut with only the language names and
//! the attract screen's "touch the screen" lines, so those show in every language without
//! loading any full face.
//!
//! Embedded so that the kiosk looks the same on every machine and needs no system font.

use skrifa::MetadataProvider as _;

/// `BIZ UDPGothic` Regular.
pub static REGULAR: &[u8] = include_bytes!("../assets/fonts/BIZUDPGothic-Regular.ttf");
/// `BIZ UDPGothic` Bold.
pub static BOLD: &[u8] = include_bytes!("../assets/fonts/BIZUDPGothic-Bold.ttf");

/// A face some languages draw with before `BIZ UDPGothic`.
#[derive(Clone, Copy, Debug, PartialEq, Eq, PartialOrd, Ord, Hash)]
pub struct Face {
    /// Its name in egui's font definitions (`NotoSansSC`).
    pub name: &'static str,
    /// The languages drawn with it first.
    pub languages: &'static [&'static str],
    /// Regular weight, cut to its languages' characters.
    pub regular: &'static [u8],
    /// Bold weight, cut likewise.
    pub bold: &'static [u8],
    /// Regular weight, cut to the language names and the attract screen's lines.
    pub names: &'static [u8],
}

macro_rules! face {
    ($name:literal, $ext:literal, [$($lang:literal),+]) => {
        Face {
            name: $name,
            languages: &[$($lang),+],
            regular: include_bytes!(concat!("../assets/fonts/", $name, "-Regular.", $ext)),
            bold: include_bytes!(concat!("../assets/fonts/", $name, "-Bold.", $ext)),
            names: include_bytes!(concat!("../assets/fonts/", $name, "-Names.", $ext)),
        }
    };
}

/// Every extra face.
pub const FACES: &[Face] = &[
    face!("NotoSansSC", "otf", ["zh-Hans"]),
    face!("NotoSansKR", "otf", ["ko"]),
    face!("NotoSansDevanagari", "ttf", ["ne"]),
    face!("NotoSans", "ttf", ["vi"]),
];

/// The faces `lang` is drawn with before `BIZ UDPGothic` (none for Japanese and English).
pub fn faces_of(lang: &str) -> impl Iterator<Item = &'static Face> + '_ {
    FACES.iter().filter(move |f| f.languages.contains(&lang))
}

/// Answers "can the bundled fonts draw this character in this language?", for the content
/// lint.
///
/// Keeps each face's character map: building one selects and parses a `cmap` subtable,
/// which costs far more than a look-up, and the lint asks about every character.
pub struct GlyphCoverage {
    regular: skrifa::charmap::Charmap<'static>,
    bold: skrifa::charmap::Charmap<'static>,
    /// Each extra face's regular and bold maps.
    faces: Vec<(
        &'static Face,
        skrifa::charmap::Charmap<'static>,
        skrifa::charmap::Charmap<'static>,
    )>,
}

impl GlyphCoverage {
    /// Parses the embedded fonts' character maps.
    ///
    /// # Errors
    /// Only if an embedded font is corrupt, which the tests rule out.
    pub fn bundled() -> Result<Self, skrifa::raw::ReadError> {
        let faces = FACES
            .iter()
            .map(|face| {
                Ok((
                    face,
                    skrifa::FontRef::new(face.regular)?.charmap(),
                    skrifa::FontRef::new(face.bold)?.charmap(),
                ))
            })
            .collect::<Result<_, skrifa::raw::ReadError>>()?;
        Ok(Self {
            regular: skrifa::FontRef::new(REGULAR)?.charmap(),
            bold: skrifa::FontRef::new(BOLD)?.charmap(),
            faces,
        })
    }

    /// Whether a regular and a bold face of `lang` have a glyph for `c`.
    ///
    /// Line breaks and tabs are layout, not glyphs, and always count as covered.
    pub fn covers(&self, lang: &str, c: char) -> bool {
        matches!(c, '\n' | '\r' | '\t')
            || (self.regular.map(c).is_some() && self.bold.map(c).is_some())
            || self.faces.iter().any(|(face, regular, bold)| {
                face.languages.contains(&lang) && regular.map(c).is_some() && bold.map(c).is_some()
            })
    }

    /// The faces `lang` is drawn with, for messages: `BIZ UDPGothic`, or
    /// `NotoSansSC or BIZ UDPGothic`.
    pub fn describe(lang: &str) -> String {
        let mut names: Vec<&str> = faces_of(lang).map(|f| f.name).collect();
        names.push("BIZ UDPGothic");
        names.join(" or ")
    }
}

#[cfg(test)]
mod tests {
    use super::{FACES, GlyphCoverage};

    #[test]
    fn every_face_parses_and_draws_its_own_language_name() {
        let coverage = GlyphCoverage::bundled().unwrap();
        assert!(coverage.covers("ja", 'あ'));
        assert!(!coverage.covers("ja", '한'));
        assert!(coverage.covers("ko", '한'));
        assert!(coverage.covers("zh-Hans", '简'));
        assert!(coverage.covers("ne", 'न'));
        assert!(coverage.covers("vi", 'ệ'));
        for face in FACES {
            assert!(skrifa::FontRef::new(face.names).is_ok(), "{}", face.name);
        }
    }
}
