//! Where a visitor is, and how a tap or a swipe moves them.

/// The screen a visitor sees. Tracks and pages are indices into the content's tracks.
#[derive(Clone, Copy, Debug, PartialEq, Eq, Hash)]
pub enum Screen {
    /// The invitation to touch, shown at start and after every reset.
    Attract,
    /// The two big entries to the tracks.
    Home,
    /// One page of one track.
    Page {
        /// Index of the track (0 = the five core points, 1 = the six detail sections).
        track: usize,
        /// Index of the page within the track.
        page: usize,
    },
    /// "About this information": the general note, sources and review date.
    About,
}

impl Screen {
    /// The first page of `track`.
    pub fn open_track(track: usize) -> Self {
        Self::Page { track, page: 0 }
    }

    /// The next page, or the same screen at the end of the track.
    ///
    /// `track_len` is the number of pages of the current track.
    #[must_use]
    pub fn next(self, track_len: usize) -> Self {
        match self {
            Self::Page { track, page } if page + 1 < track_len => Self::Page {
                track,
                page: page + 1,
            },
            other => other,
        }
    }

    /// The previous page, or the same screen at the start of the track.
    #[must_use]
    pub fn previous(self) -> Self {
        match self {
            Self::Page { track, page } if page > 0 => Self::Page {
                track,
                page: page - 1,
            },
            other => other,
        }
    }

    /// Whether there is a page after this one.
    pub fn has_next(self, track_len: usize) -> bool {
        matches!(self, Self::Page { page, .. } if page + 1 < track_len)
    }

    /// Whether there is a page before this one.
    pub fn has_previous(self) -> bool {
        matches!(self, Self::Page { page, .. } if page > 0)
    }
}

#[cfg(test)]
mod tests {
    use super::Screen;

    const CORE_LEN: usize = 5;

    #[test]
    fn paging_forward_stops_at_the_last_page() {
        let mut screen = Screen::open_track(0);
        for expected in 1..CORE_LEN {
            screen = screen.next(CORE_LEN);
            assert_eq!(
                screen,
                Screen::Page {
                    track: 0,
                    page: expected
                }
            );
        }
        assert!(!screen.has_next(CORE_LEN));
        assert_eq!(screen.next(CORE_LEN), screen, "next at the end stays put");
    }

    #[test]
    fn paging_back_stops_at_the_first_page() {
        let screen = Screen::Page { track: 1, page: 2 };
        let screen = screen.previous().previous();
        assert_eq!(screen, Screen::Page { track: 1, page: 0 });
        assert!(!screen.has_previous());
        assert_eq!(screen.previous(), screen);
    }

    #[test]
    fn switching_tracks_starts_the_other_track_at_its_first_page_and_uses_its_length() {
        let on_core = Screen::Page { track: 0, page: 3 };
        let on_details = Screen::open_track(1);
        assert_ne!(on_core, on_details);
        assert_eq!(on_details, Screen::Page { track: 1, page: 0 });
        let mut screen = on_details;
        for _ in 0..10 {
            screen = screen.next(6);
        }
        assert_eq!(
            screen,
            Screen::Page { track: 1, page: 5 },
            "six detail sections"
        );
    }

    #[test]
    fn home_and_attract_do_not_page() {
        for screen in [Screen::Home, Screen::Attract, Screen::About] {
            assert_eq!(screen.next(CORE_LEN), screen);
            assert_eq!(screen.previous(), screen);
            assert!(!screen.has_next(CORE_LEN) && !screen.has_previous());
        }
    }
}
