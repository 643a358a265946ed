//! Where the page layer's words come from: the kiosk's and the export's bundles with their
//! Japanese fallback, or nothing at all when only the ids matter.

use fluent_bundle::FluentValue;

use crate::i18n::I18n;

/// Where the walker's words come from. The kiosk and the export resolve through [`I18n`]
/// (Japanese fallback); the lint's budgets take only the ids ([`IdsOnly`]) and count each
/// locale's own text, without the fallback.
pub trait Messages {
    /// The text of message `id` with `args`, or `None` when there is none.
    fn format(&self, id: &str, args: &[(&str, FluentValue<'_>)]) -> Option<String>;
}

/// The messages of one language, with Japanese as the fallback: what a visitor reads.
#[derive(Clone, Copy, Debug)]
pub struct Localized<'a> {
    /// Every language's bundles.
    pub i18n: &'a I18n,
    /// The reader's language.
    pub lang: &'a str,
}

impl Messages for Localized<'_> {
    fn format(&self, id: &str, args: &[(&str, FluentValue<'_>)]) -> Option<String> {
        self.i18n.message_with(self.lang, id, args)
    }
}

/// No words at all: for the readers that need only the ids (which messages a page uses).
#[derive(Clone, Copy, Debug, Default)]
pub struct IdsOnly;

impl Messages for IdsOnly {
    fn format(&self, _id: &str, _args: &[(&str, FluentValue<'_>)]) -> Option<String> {
        None
    }
}
