//! egui views, one file a screen. Views read the model and push [`Command`]s; the app applies
//! them once a frame, so every change a visitor can make is also testable without a window.

pub mod attract;
pub mod blocks;
pub mod chrome;
pub mod figure;
pub mod fonts;
pub mod frame;
pub mod glossary;
pub mod home;
pub mod idle_overlay;
pub mod languages;
pub mod notice;
pub mod page;
pub mod prose;
pub mod qr_texture;
pub mod settings;
pub mod speech;
pub mod staff;
pub mod theme;
pub mod usage;
pub mod widgets;

use fluent_bundle::FluentValue;

use crate::config::Settings;
use crate::content::Library;
use crate::model::{Furigana, Session, TextScale};

/// Something a visitor or staff member asked for during a frame.
#[derive(Clone, Debug, PartialEq, Eq)]
#[must_use]
pub enum Command {
    /// Leave the attract screen for home.
    Start,
    /// Open the first page of a track.
    OpenTrack(usize),
    /// Next page.
    Next,
    /// Previous page.
    Previous,
    /// Back to the home screen.
    Home,
    /// Open "about this information".
    About,
    /// From "about this information" back to the page it was opened from.
    Back,
    /// Switch language.
    SetLocale(String),
    /// Open the list of languages.
    OpenLanguages,
    /// Close it without a change.
    CloseLanguages,
    /// Change the text size.
    SetTextScale(TextScale),
    /// Toggle the high-contrast theme.
    SetHighContrast(bool),
    /// Choose which readings Japanese text shows.
    SetFurigana(Furigana),
    /// Open the card of a glossary term (its id).
    OpenGlossary(String),
    /// Close the glossary card.
    CloseGlossary,
    /// Dismiss the idle warning.
    KeepReading,
    /// A digit on the PIN pad.
    PinDigit(char),
    /// Clear the PIN pad.
    PinClear,
    /// Check the PIN.
    PinSubmit,
    /// Close the staff overlay (and lock).
    StaffClose,
    /// Show or hide the mouse pointer.
    SetCursorVisible(bool),
    /// Quit the kiosk (only offered when `allow_quit`).
    Quit,
    /// Open the staff settings screen.
    OpenSettings,
    /// Save the settings draft and apply it.
    SaveSettings,
    /// Throw the settings draft away.
    DiscardSettings,
    /// From the settings screen back to the staff menu.
    BackToStaffMenu,
    /// Start changing the staff PIN.
    StartPinChange,
    /// Leave the PIN change for the settings screen, changing nothing.
    CancelPinChange,
    /// Open the staff usage screen (利用状況), or switch its range, in days.
    OpenUsage(u32),
    /// Delete every usage count (staff, from the settings screen).
    DeleteUsageCounts,
    /// Read the page aloud from its top.
    ReadAloud,
    /// Pause reading at the sentence sounding.
    PauseReading,
    /// Go on reading from the paused sentence.
    ResumeReading,
    /// Stop reading.
    StopReading,
    /// Read faster or slower.
    SetSpeechRate(crate::model::reading::Rate),
    /// Read louder or quieter.
    SetSpeechVolume(crate::model::reading::Volume),
}

/// Read-aloud as the views show it.
#[derive(Clone, Copy, Debug, Default)]
pub struct SpeechView<'a> {
    /// Whether read-aloud is offered here, in the visitor's language.
    pub offered: bool,
    /// The reading, playing or paused.
    pub reading: Option<&'a crate::model::Reading>,
    /// The sentence sounding: the text of its message (as written, with ruby markup) and
    /// its `char` range in that text without markup.
    pub sentence: Option<(&'a str, (usize, usize))>,
    /// The sentence changed since the last frame: bring it into view.
    pub scroll: bool,
}

/// What every view needs to draw: the content, the visitor's session and the settings.
#[derive(Clone, Copy)]
pub struct View<'a> {
    /// Structure and words.
    pub library: &'a Library,
    /// The visitor's state.
    pub session: &'a Session,
    /// The effective settings.
    pub settings: &'a Settings,
    /// Colours for the visitor's contrast choice.
    pub palette: &'static theme::Palette,
    /// QR code textures.
    pub qr: &'a qr_texture::QrTextures,
    /// While a page's body is drawn: its glossary terms, marked at their first use.
    pub terms: Option<&'a glossary::TermMarks>,
    /// Read-aloud: whether it is offered, and the sentence being read.
    pub speech: SpeechView<'a>,
}

impl<'a> View<'a> {
    /// A message in the visitor's language (Japanese fallback). A message missing everywhere
    /// is drawn as nothing rather than as its id.
    pub fn tr(&self, id: &str) -> String {
        self.tr_with(id, &[])
    }

    /// A message with variables.
    pub fn tr_with(&self, id: &str, args: &[(&str, FluentValue<'_>)]) -> String {
        self.library.i18n.text(&self.session.locale, id, args)
    }

    /// Body text size for the visitor's text scale.
    pub fn body_size(&self, base: f32) -> f32 {
        base * self.session.text_scale.factor()
    }

    /// Reading text at `base` points before scaling, with the line spacing of
    /// [`theme::LINE_SPACING`], broken into lines and given readings by the text layer.
    pub fn prose<'t>(&self, text: &'t str, base: f32, bold: bool) -> prose::Prose<'t> {
        let size = self.body_size(base);
        self.prose_at(text, size, bold)
    }

    /// [`View::prose`] for a page's body text: its glossary terms are underlined at their
    /// first use on the page, and open their card when touched.
    pub fn prose_body<'t>(&self, text: &'t str, base: f32) -> prose::Prose<'t>
    where
        'a: 't,
    {
        let prose = self.prose(text, base, false);
        match self.terms {
            Some(terms) => prose.terms(terms),
            None => prose,
        }
    }

    /// The readings shown: the visitor's choice, except in やさしい日本語, which has them over
    /// every kanji.
    pub fn furigana(&self) -> crate::model::Furigana {
        if crate::text::all_kanji_locale(&self.session.locale) {
            crate::model::Furigana::AllKanji
        } else {
            self.session.furigana
        }
    }

    /// [`View::prose`] at an exact `size`, for text that does not follow the text scale.
    pub fn prose_at<'t>(&self, text: &'t str, size: f32, bold: bool) -> prose::Prose<'t> {
        let font = if bold {
            theme::bold(size)
        } else {
            theme::regular(size)
        };
        let prose = prose::Prose::new(
            text,
            font,
            size * theme::LINE_SPACING,
            crate::text::Script::of_locale(&self.session.locale),
            self.furigana(),
        );
        match self.speech.sentence {
            Some((message, range)) if message == text => {
                prose.highlight(range, self.palette.spoken, self.speech.scroll)
            }
            _ => prose,
        }
    }

    /// Button and bar text size for the visitor's text scale.
    pub fn chrome_size(&self, base: f32) -> f32 {
        base * theme::chrome_factor(self.session.text_scale)
    }
}
