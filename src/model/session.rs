//! What one visitor changed. A visit is one value, replaced whole by [`Session::reset`], so
//! the idle reset cannot forget a field.

use super::Screen;

/// The three text sizes a visitor can choose.
#[derive(Clone, Copy, Debug, PartialEq, Eq, Default)]
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

    /// The step closest to `percent` (config values are validated to these already).
    pub fn from_percent(percent: u32) -> Self {
        match percent {
            0..125 => Self::Normal,
            125..175 => Self::Large,
            _ => Self::Largest,
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

/// What the staff side currently shows on top of the visitor's screen.
#[derive(Clone, Debug, PartialEq, Eq)]
pub enum Overlay {
    /// The numeric PIN pad, with the digits entered so far.
    Pin {
        /// Digits typed so far (never logged).
        digits: String,
    },
    /// The gesture was made but no staff PIN is configured.
    StaffNotSetUp,
    /// Staff are unlocked: the staff menu.
    StaffMenu,
    /// Staff are unlocked: the settings screen.
    Settings,
    /// Staff are unlocked and changing the PIN on the PIN pad.
    ChangePin {
        /// Which entry the pad is asking for.
        stage: PinChangeStage,
        /// Digits typed so far in this stage (never logged).
        digits: String,
    },
}

/// The three entries of a PIN change: the current PIN, then the new one twice.
#[derive(Clone, Debug, PartialEq, Eq)]
pub enum PinChangeStage {
    /// The current PIN, to prove it is staff at the pad.
    Current,
    /// The new PIN.
    New,
    /// The new PIN again; `first` is the first entry.
    Confirm {
        /// The first entry of the new PIN.
        first: String,
    },
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
    /// The staff overlay, if one is open.
    pub overlay: Option<Overlay>,
    /// Where "back" on the about screen returns to.
    pub return_to: Option<Screen>,
}

impl Session {
    /// A fresh visit on the attract screen.
    pub fn new(defaults: &SessionDefaults) -> Self {
        Self {
            screen: Screen::Attract,
            locale: defaults.locale.clone(),
            text_scale: defaults.text_scale,
            high_contrast: defaults.high_contrast,
            overlay: None,
            return_to: None,
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
        session.overlay = Some(Overlay::Pin {
            digits: "12".to_owned(),
        });

        session.reset(&defaults);

        assert_eq!(session, Session::new(&defaults));
    }

    #[test]
    fn text_scale_round_trips_through_percent() {
        for scale in TextScale::ALL {
            assert_eq!(TextScale::from_percent(scale.percent()), scale);
        }
    }
}
