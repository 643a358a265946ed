//! Read-aloud as part of a visit: how fast and how loud (a visitor's choices, which the idle
//! reset undoes), and which page is being read, from which sentence, playing or paused. The
//! sound itself is the app's; this is only what the visitor asked for.

use super::Screen;

/// How fast speech goes. A visitor chooses; the idle reset returns to [`Rate::Normal`].
#[derive(Clone, Copy, Debug, Default, PartialEq, Eq, Hash)]
pub enum Rate {
    /// The voice's own speed.
    #[default]
    Normal,
    /// About four fifths of it, for a listener who needs time.
    Slow,
}

impl Rate {
    /// How much longer each sound lasts than at the voice's own speed.
    pub fn stretch(self) -> f32 {
        match self {
            Self::Normal => 1.0,
            Self::Slow => 1.25,
        }
    }
}

/// The three volume steps. Applied to the samples before they are played, so the system's
/// mixer is never changed and the idle reset needs nothing but a new value.
#[derive(Clone, Copy, Debug, Default, PartialEq, Eq, Hash)]
pub enum Volume {
    /// Quiet.
    Low,
    /// The usual step.
    #[default]
    Medium,
    /// As loud as the voice goes.
    High,
}

impl Volume {
    /// All steps, quietest first.
    pub const ALL: [Self; 3] = [Self::Low, Self::Medium, Self::High];

    /// The factor the samples are multiplied by.
    pub fn gain(self) -> f32 {
        match self {
            Self::Low => 0.3,
            Self::Medium => 0.6,
            Self::High => 1.0,
        }
    }

    /// The step numbered 1 (quiet) to 3 (loud), as the settings write it.
    pub fn from_step(step: u8) -> Option<Self> {
        match step {
            1 => Some(Self::Low),
            2 => Some(Self::Medium),
            3 => Some(Self::High),
            _ => None,
        }
    }

    /// 1, 2 or 3.
    pub fn step(self) -> u8 {
        match self {
            Self::Low => 1,
            Self::Medium => 2,
            Self::High => 3,
        }
    }
}

/// A page being read aloud.
#[derive(Clone, Debug, PartialEq, Eq)]
pub struct Reading {
    /// The page (or the about screen) being read.
    pub screen: Screen,
    /// In which language.
    pub locale: String,
    /// The sentence sounding, or the one to go on from after a pause.
    pub sentence: usize,
    /// Paused by the visitor: nothing sounds, and the idle timer runs again.
    pub paused: bool,
}

impl Reading {
    /// Reading `screen` in `locale` from its first sentence.
    pub fn start(screen: Screen, locale: &str) -> Self {
        Self {
            screen,
            locale: locale.to_owned(),
            sentence: 0,
            paused: false,
        }
    }

    /// Whether sound is (or is about to be) playing: the visitor is listening, not idle.
    pub fn is_playing(&self) -> bool {
        !self.paused
    }

    /// What this reading becomes when the visitor is now on `screen` in `locale`: reading
    /// goes on across 「次へ」 and 「前へ」 (the new page from its top, if it was playing),
    /// and ends on a language change or on leaving the pages.
    #[must_use]
    pub fn follow(self, screen: Screen, locale: &str) -> Option<Self> {
        if self.locale != locale || !screen.can_be_read() {
            return None;
        }
        if self.screen == screen {
            return Some(self);
        }
        (!self.paused).then(|| Self::start(screen, locale))
    }
}

impl Screen {
    /// Whether read-aloud is offered here: on every page and on the about screen.
    pub fn can_be_read(self) -> bool {
        matches!(self, Self::Page { .. } | Self::About)
    }
}

#[cfg(test)]
mod tests {
    use super::*;

    const PAGE: Screen = Screen::Page { track: 0, page: 1 };
    const NEXT: Screen = Screen::Page { track: 0, page: 2 };

    #[test]
    fn reading_goes_on_to_the_next_page_from_its_top() {
        let mut reading = Reading::start(PAGE, "ja");
        reading.sentence = 5;
        assert_eq!(reading.follow(NEXT, "ja"), Some(Reading::start(NEXT, "ja")));
    }

    #[test]
    fn the_same_page_keeps_its_place() {
        let mut reading = Reading::start(PAGE, "ja");
        reading.sentence = 5;
        reading.paused = true;
        assert_eq!(reading.clone().follow(PAGE, "ja"), Some(reading));
    }

    #[test]
    fn a_language_change_home_or_a_paused_page_change_ends_it() {
        assert_eq!(Reading::start(PAGE, "ja").follow(PAGE, "en"), None);
        assert_eq!(Reading::start(PAGE, "ja").follow(Screen::Home, "ja"), None);
        let mut paused = Reading::start(PAGE, "ja");
        paused.paused = true;
        assert_eq!(paused.follow(NEXT, "ja"), None);
        assert_eq!(
            Reading::start(PAGE, "ja").follow(Screen::About, "ja"),
            Some(Reading::start(Screen::About, "ja"))
        );
    }

    #[test]
    fn volume_steps_round_trip_and_rise() {
        for volume in Volume::ALL {
            assert_eq!(Volume::from_step(volume.step()), Some(volume));
        }
        assert!(Volume::Low.gain() < Volume::Medium.gain());
        assert!(Volume::Medium.gain() < Volume::High.gain());
        assert_eq!(Volume::from_step(0), None);
        assert!(Rate::Slow.stretch() > Rate::Normal.stretch());
    }
}
