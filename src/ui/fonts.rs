//! Installs the bundled `BIZ UDPGothic` as the only fonts, first in every family, so the kiosk
//! looks the same everywhere and never falls back to a system font.

use std::sync::Arc;

use egui::{FontData, FontDefinitions, FontFamily};

use super::theme::BOLD_FAMILY;
use crate::fonts;

const REGULAR: &str = "BIZUDPGothic-Regular";
const BOLD: &str = "BIZUDPGothic-Bold";

/// Font definitions with only the bundled faces.
pub fn definitions() -> FontDefinitions {
    let mut definitions = FontDefinitions::empty();
    definitions.font_data.insert(
        REGULAR.to_owned(),
        Arc::new(FontData::from_static(fonts::REGULAR)),
    );
    definitions.font_data.insert(
        BOLD.to_owned(),
        Arc::new(FontData::from_static(fonts::BOLD)),
    );
    definitions
        .families
        .insert(FontFamily::Proportional, vec![REGULAR.to_owned()]);
    definitions
        .families
        .insert(FontFamily::Monospace, vec![REGULAR.to_owned()]);
    definitions.families.insert(
        FontFamily::Name(BOLD_FAMILY.into()),
        vec![BOLD.to_owned(), REGULAR.to_owned()],
    );
    definitions
}
