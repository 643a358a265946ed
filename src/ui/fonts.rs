//! Installs the bundled fonts: `BIZ UDPGothic` first in every family for Japanese and the
//! Latin languages, and for the other languages their own face first (Chinese glyph forms,
//! Hangul, Devanagari, Vietnamese diacritics), so the kiosk looks the same everywhere and
//! never falls back to a system font.
//!
//! A language's full face is loaded only once that language is shown; until then only its
//! "names" cut is, so the language switch can name it and the attract screen can ask, in
//! every language, for a touch.

use std::collections::BTreeSet;
use std::sync::Arc;

use egui::{FontData, FontDefinitions, FontFamily};

use super::theme::BOLD_FAMILY;
use crate::fonts::{self, FACES, faces_of};

const REGULAR: &str = "BIZUDPGothic-Regular";
const BOLD: &str = "BIZUDPGothic-Bold";

/// Font definitions for showing `lang`, with the full faces of `loaded` (names of
/// [`fonts::Face`]s) available as fallbacks.
pub fn definitions(lang: &str, loaded: &BTreeSet<&'static str>) -> FontDefinitions {
    let mut definitions = FontDefinitions::empty();
    let mut add = |name: String, data: &'static [u8]| {
        definitions
            .font_data
            .insert(name, Arc::new(FontData::from_static(data)));
    };
    add(REGULAR.to_owned(), fonts::REGULAR);
    add(BOLD.to_owned(), fonts::BOLD);
    for face in FACES {
        add(format!("{}-Names", face.name), face.names);
        if loaded.contains(face.name) {
            add(format!("{}-Regular", face.name), face.regular);
            add(format!("{}-Bold", face.name), face.bold);
        }
    }
    let own: Vec<&str> = faces_of(lang)
        .map(|f| f.name)
        .filter(|name| loaded.contains(name))
        .collect();
    let names = FACES.iter().map(|f| format!("{}-Names", f.name));
    let regular: Vec<String> = own
        .iter()
        .map(|name| format!("{name}-Regular"))
        .chain([REGULAR.to_owned()])
        .chain(names.clone())
        .collect();
    let bold: Vec<String> = own
        .iter()
        .map(|name| format!("{name}-Bold"))
        .chain([BOLD.to_owned(), REGULAR.to_owned()])
        .chain(names)
        .collect();
    definitions
        .families
        .insert(FontFamily::Proportional, regular.clone());
    definitions.families.insert(FontFamily::Monospace, regular);
    definitions
        .families
        .insert(FontFamily::Name(BOLD_FAMILY.into()), bold);
    definitions
}

/// Which fonts the context has, so they change only when the language does.
#[derive(Debug, Default)]
pub struct LoadedFonts {
    /// The language the installed definitions are for; `None` before the first install.
    installed_for: Option<String>,
    /// The faces loaded so far: a face, once loaded, stays (a visitor may switch back).
    loaded: BTreeSet<&'static str>,
}

impl LoadedFonts {
    /// Installs the fonts for `lang` if they are not installed yet. egui uses them from
    /// the next frame on; returns whether they changed, so the caller can ask for it.
    ///
    /// The glyph atlas starts over with each change (see [`start_over`]): the glyphs of the
    /// language left behind are not kept.
    pub fn follow(&mut self, ctx: &egui::Context, lang: &str) -> bool {
        if self.installed_for.as_deref() == Some(lang) {
            return false;
        }
        self.loaded.extend(faces_of(lang).map(|f| f.name));
        // egui makes its fonts anew, with an empty atlas, when the definitions differ; for
        // Japanese, やさしい日本語 and the Latin languages they are the same.
        ctx.set_fonts(definitions(lang, &self.loaded));
        start_over(ctx);
        self.installed_for = Some(lang.to_owned());
        true
    }

    /// The full faces loaded so far.
    pub fn loaded(&self) -> &BTreeSet<&'static str> {
        &self.loaded
    }
}

/// Empties egui's glyph atlas from the next frame on: only the glyphs drawn after it are
/// rasterised again. Without this the atlas (an RGBA image 4096 pixels wide, with the GPU's
/// copy beside it) keeps every glyph of every language and size a kiosk ever showed until
/// it is full: after Japanese, やさしい日本語 (ruby at every kanji) and English it had doubled
/// to 16 MiB, 32 MiB with the copy.
///
/// egui has no call for this alone; replacing the glyph rasterisers makes it build its fonts
/// anew, with an empty atlas; the font files are the binary's own bytes and are not copied,
/// only their tables are read again as text needs them. The kiosk has no rasterisers
/// (eframe adds one only in a browser), so the empty list changes nothing else.
pub fn start_over(ctx: &egui::Context) {
    ctx.set_glyph_rasterizers(Vec::new());
}

#[cfg(test)]
mod tests {
    use std::collections::BTreeSet;

    use super::{LoadedFonts, definitions};

    #[test]
    fn a_language_face_is_loaded_only_once_shown_and_then_stays() {
        let ctx = egui::Context::default();
        let mut fonts = LoadedFonts::default();
        assert!(fonts.follow(&ctx, "ja"));
        assert!(fonts.loaded().is_empty());
        assert!(!fonts.follow(&ctx, "ja"));
        assert!(fonts.follow(&ctx, "ne"));
        assert!(fonts.follow(&ctx, "ja"));
        assert_eq!(
            fonts.loaded().iter().copied().collect::<Vec<_>>(),
            ["NotoSansDevanagari"]
        );
        let ja = definitions("ja", &BTreeSet::new());
        assert!(!ja.font_data.contains_key("NotoSansSC-Regular"));
        assert!(ja.font_data.contains_key("NotoSansSC-Names"));
        let loaded = BTreeSet::from(["NotoSansSC"]);
        let zh = definitions("zh-Hans", &loaded);
        assert_eq!(
            zh.families[&egui::FontFamily::Proportional][..2],
            ["NotoSansSC-Regular", "BIZUDPGothic-Regular"]
        );
    }
}
