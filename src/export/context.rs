//! What the pages of one language are written from, shared by the page and block writers.

use fluent_bundle::FluentValue;

use super::qr_images::QrImages;
use crate::config::Settings;
use crate::content::{Library, Localized, Walker};

/// What the pages of one language are written from.
pub(crate) struct Context<'a> {
    /// Structure and words.
    pub(crate) library: &'a Library,
    /// The effective settings (the consultation desk).
    pub(crate) settings: &'a Settings,
    /// The language written.
    pub(crate) lang: &'a str,
    /// Every exported language, for the language links.
    pub(crate) languages: &'a [String],
    /// The QR codes, shared by all languages.
    pub(crate) qr: &'a mut QrImages,
    /// The language's glossary, longest term first.
    pub(crate) terms: Vec<crate::content::glossary::Term>,
    /// The terms linked so far on the page being written.
    pub(crate) marked: Vec<String>,
}

impl Context<'_> {
    /// A message in the page's language (Japanese fallback, nothing if missing everywhere).
    pub(crate) fn tr(&self, id: &str) -> String {
        self.tr_with(id, &[])
    }

    /// A message with variables.
    pub(crate) fn tr_with(&self, id: &str, args: &[(&str, FluentValue<'_>)]) -> String {
        self.library.i18n.text(self.lang, id, args)
    }

    /// The page layer in the page's language, with the kiosk's consultation desk: the site
    /// says what the screen says.
    pub(crate) fn walker(&self) -> Walker<'_, Localized<'_>> {
        let messages = Localized {
            i18n: &self.library.i18n,
            lang: self.lang,
        };
        Walker::new(&self.library.spec, messages).with_desk(self.settings.consultation.as_ref())
    }
}
