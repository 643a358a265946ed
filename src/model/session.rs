//! What one visitor changed. A visit is one value, replaced whole by [`Session::reset`], so
//! the idle reset cannot forget a field.

use serde::{Deserialize, Serialize};

use super::Screen;
use super::notice::Notice;
use super::reading::{Rate, Reading, Volume};
use super::staff::{PinCheck, is_valid_pin};

/// The three text sizes a visitor can choose. Config files write them in percent (`150`),
/// and these three are the only ones any part of the kiosk knows.
#[derive(Clone, Copy, Debug, PartialEq, Eq, Default, Serialize, Deserialize)]
#[serde(into = "u32", try_from = "u32")]
pub enum TextScale {
    /// 100 %.
    #[default]
    Normal,
    /// 150 %.
    Large,
    /// 200 %.
    Largest,
}

impl TextScale {
    /// All steps, smallest first, as the text-size control shows them.
    pub const ALL: [Self; 3] = [Self::Normal, Self::Large, Self::Largest];

    /// The size in percent.
    pub fn percent(self) -> u32 {
        match self {
            Self::Normal => 100,
            Self::Large => 150,
            Self::Largest => 200,
        }
    }

    /// The step of exactly `percent`, if there is one.
    pub fn from_percent(percent: u32) -> Option<Self> {
        Self::ALL
            .into_iter()
            .find(|scale| scale.percent() == percent)
    }

    /// The steps in words, for messages: "100, 150 or 200".
    pub fn percents_text() -> String {
        let all = Self::ALL.map(|scale| scale.percent().to_string());
        match all.split_last() {
            Some((last, rest)) if !rest.is_empty() => format!("{} or {last}", rest.join(", ")),
            _ => all.join(""),
        }
    }

    /// The multiplier applied to body text.
    pub fn factor(self) -> f32 {
        match self {
            Self::Normal => 1.0,
            Self::Large => 1.5,
            Self::Largest => 2.0,
        }
    }
}

impl From<TextScale> for u32 {
    fn from(scale: TextScale) -> Self {
        scale.percent()
    }
}

impl TryFrom<u32> for TextScale {
    type Error = String;

    fn try_from(percent: u32) -> Result<Self, Self::Error> {
        Self::from_percent(percent)
            .ok_or_else(|| format!("{percent} is not {}", Self::percents_text()))
    }
}

/// What the staff entry shows on top of the visitor's screen, before anyone is unlocked.
/// (Unlocked staff are a [`StaffSession`](super::StaffSession), not part of the visit.)
#[derive(Clone, Debug, PartialEq, Eq)]
pub enum Overlay {
    /// The numeric PIN pad, with the digits entered so far.
    Pin {
        /// Digits typed so far (never logged).
        digits: String,
        /// Why the last entry was refused, or that entry is locked out.
        notice: Option<Notice>,
    },
    /// The gesture was made but no staff PIN is configured.
    StaffNotSetUp,
}

impl Overlay {
    /// The PIN pad, empty, with `notice` (a lock-out still running) on it.
    #[must_use]
    pub fn pin_pad(notice: Option<Notice>) -> Self {
        Self::Pin {
            digits: String::new(),
            notice,
        }
    }

    /// Submits the pad's entry; `check` says whether it is the staff PIN, and is not asked
    /// about entries too short or too long to be one (stray taps cost no try). Returns
    /// whether staff are now unlocked; the pad shows why not.
    pub fn submit_pin(&mut self, check: impl FnOnce(&str) -> PinCheck) -> bool {
        let Self::Pin { digits, notice } = self else {
            return false;
        };
        let entry = std::mem::take(digits);
        if !is_valid_pin(&entry) {
            *notice = Some(Notice::PinLength);
            return false;
        }
        match check(&entry) {
            PinCheck::Right => true,
            PinCheck::Refused(refused) => {
                *notice = Some(refused);
                false
            }
            PinCheck::NotSetUp => {
                *self = Self::StaffNotSetUp;
                false
            }
        }
    }
}

/// Which readings (furigana) Japanese text shows. A visitor chooses on the top bar; the idle
/// reset returns to [`Furigana::HardTerms`].
#[derive(Clone, Copy, Debug, PartialEq, Eq, Hash, Default)]
pub enum Furigana {
    /// No readings.
    Off,
    /// The readings the content marks, over its hard terms.
    #[default]
    HardTerms,
    /// A reading over every word with kanji: the marked ones, and the rest from the
    /// readings table built from a dictionary (`assets/furigana/ja.ron`).
    AllKanji,
}

impl Furigana {
    /// All choices, in the order the switch shows them.
    pub const ALL: [Self; 3] = [Self::Off, Self::HardTerms, Self::AllKanji];
}

/// Where a visit starts: the configured defaults.
#[derive(Clone, Debug, PartialEq, Eq)]
pub struct SessionDefaults {
    /// Starting language.
    pub locale: String,
    /// Starting text size.
    pub text_scale: TextScale,
    /// Starting contrast.
    pub high_contrast: bool,
    /// The volume read-aloud starts at.
    pub speech_volume: Volume,
}

/// One visitor's state.
#[derive(Clone, Debug, PartialEq, Eq)]
pub struct Session {
    /// The current screen.
    pub screen: Screen,
    /// The visitor's language.
    pub locale: String,
    /// The visitor's text size.
    pub text_scale: TextScale,
    /// Whether the high-contrast theme is on.
    pub high_contrast: bool,
    /// Which readings Japanese text shows.
    pub furigana: Furigana,
    /// The glossary term whose card is open (its id).
    pub glossary: Option<String>,
    /// Whether the list of languages is open over the screen.
    pub choosing_language: bool,
    /// The staff overlay, if one is open.
    pub overlay: Option<Overlay>,
    /// Where "back" on the about screen returns to.
    pub return_to: Option<Screen>,
    /// How fast read-aloud speaks.
    pub speech_rate: Rate,
    /// How loud.
    pub speech_volume: Volume,
    /// The page being read aloud, if any.
    pub reading: Option<Reading>,
}

impl Session {
    /// A fresh visit on the attract screen.
    pub fn new(defaults: &SessionDefaults) -> Self {
        Self {
            screen: Screen::Attract,
            locale: defaults.locale.clone(),
            text_scale: defaults.text_scale,
            high_contrast: defaults.high_contrast,
            furigana: Furigana::default(),
            glossary: None,
            choosing_language: false,
            overlay: None,
            return_to: None,
            speech_rate: Rate::Normal,
            speech_volume: defaults.speech_volume,
            reading: None,
        }
    }

    /// Ends this visit: everything back to the defaults, on the attract screen.
    pub fn reset(&mut self, defaults: &SessionDefaults) {
        *self = Self::new(defaults);
    }
}

#[cfg(test)]
mod tests {
    use super::*;

    fn defaults() -> SessionDefaults {
        SessionDefaults {
            locale: "ja".to_owned(),
            text_scale: TextScale::Normal,
            high_contrast: false,
            speech_volume: Volume::Medium,
        }
    }

    #[test]
    fn reset_restores_every_default() {
        let defaults = defaults();
        let mut session = Session::new(&defaults);
        session.screen = Screen::Page { track: 0, page: 2 };
        session.locale = "en".to_owned();
        session.text_scale = TextScale::Largest;
        session.high_contrast = true;
        session.furigana = Furigana::AllKanji;
        session.speech_rate = Rate::Slow;
        session.speech_volume = Volume::High;
        session.reading = Some(Reading::start(session.screen, "en"));
        session.glossary = Some("glossary-checkpoint-inhibitor".to_owned());
        session.overlay = Some(Overlay::Pin {
            digits: "12".to_owned(),
            notice: Some(Notice::PinLength),
        });

        session.reset(&defaults);

        assert_eq!(session, Session::new(&defaults));
    }

    fn pad(digits: &str) -> Overlay {
        Overlay::Pin {
            digits: digits.to_owned(),
            notice: None,
        }
    }

    #[test]
    fn the_right_pin_unlocks_and_a_wrong_one_says_why_not() {
        let refused = PinCheck::Refused(Notice::PinWrong { tries_left: 4 });
        let mut overlay = pad("1111");
        assert!(!overlay.submit_pin(|_| refused.clone()));
        assert_eq!(
            overlay,
            Overlay::Pin {
                digits: String::new(),
                notice: Some(Notice::PinWrong { tries_left: 4 })
            }
        );
        assert!(pad("2468").submit_pin(|pin| if pin == "2468" {
            PinCheck::Right
        } else {
            refused.clone()
        }));
    }

    #[test]
    fn stray_taps_on_the_pad_are_not_checked() {
        let mut overlay = pad("1");
        assert!(!overlay.submit_pin(|_| panic!("a short entry is not a PIN to check")));
        assert_eq!(overlay, Overlay::pin_pad(Some(Notice::PinLength)));
    }

    #[test]
    fn without_a_configured_pin_the_pad_says_staff_entry_is_not_set_up() {
        let mut overlay = pad("2468");
        assert!(!overlay.submit_pin(|_| PinCheck::NotSetUp));
        assert_eq!(overlay, Overlay::StaffNotSetUp);
    }

    #[test]
    fn text_scale_round_trips_through_percent() {
        for scale in TextScale::ALL {
            assert_eq!(TextScale::from_percent(scale.percent()), Some(scale));
        }
        assert_eq!(TextScale::from_percent(120), None);
    }

    #[test]
    fn text_scales_are_written_in_percent() {
        assert_eq!(TextScale::percents_text(), "100, 150 or 200");
        assert_eq!(ron::to_string(&TextScale::Large).unwrap(), "150");
        assert_eq!(
            ron::from_str::<TextScale>("200").unwrap(),
            TextScale::Largest
        );
        assert!(ron::from_str::<TextScale>("120").is_err());
    }
}
