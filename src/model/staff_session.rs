//! Unlocked staff, as one value: the app holds an `Option<StaffSession>`, so locking is
//! `None` and nothing of a staff session can outlive it.
//!
//! The screens carry what they need: the settings screen and the PIN change hold the draft
//! being edited, so "settings open without a draft" cannot be written down. The PIN change
//! steps are pure transitions; the app does the hashing and the file writes between them.
//!
//! `D` is the settings draft. The model does not know what settings are (they live in
//! `config`, above it), only that a draft is edited, kept and replaced.

use super::idle::{IdlePhase, IdleTimer};
use super::notice::Notice;
use super::staff::{PinCheck, is_valid_pin};

/// Seconds without a touch after which an unlocked staff mode locks itself.
pub const STAFF_IDLE_SECS: u32 = 120;

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

/// What unlocked staff see.
#[derive(Clone, Debug, PartialEq, Eq)]
pub enum StaffScreen<D> {
    /// The staff menu.
    Menu,
    /// The settings screen, editing `draft`.
    Settings {
        /// The edited copy of the settings in use.
        draft: D,
    },
    /// The usage screen (利用状況): visits per day over the last `days` days.
    Usage {
        /// 30 or 90.
        days: u32,
    },
    /// The PIN pad of a PIN change, opened from the settings screen, whose draft waits.
    ChangePin {
        /// The settings screen's draft, kept for the way back.
        draft: D,
        /// Which entry the pad asks for.
        stage: PinChangeStage,
        /// Digits typed so far in this stage (never logged).
        digits: String,
    },
}

/// An unlocked staff session.
#[derive(Clone, Debug, PartialEq)]
pub struct StaffSession<D> {
    /// Locks staff mode after [`STAFF_IDLE_SECS`] without input.
    idle: IdleTimer,
    /// What staff see.
    pub screen: StaffScreen<D>,
    /// The result of the last action, shown until the next one.
    pub notice: Option<Notice>,
    /// The pointer as staff chose to show it in this session; `None` follows the settings.
    pub cursor_visible: Option<bool>,
}

impl<D> StaffSession<D> {
    /// Staff just unlocked at `now`: the menu.
    #[must_use]
    pub fn unlocked(now: f64) -> Self {
        Self {
            idle: IdleTimer::new(STAFF_IDLE_SECS, 0, now),
            screen: StaffScreen::Menu,
            notice: None,
            cursor_visible: None,
        }
    }

    /// Any input at `now` keeps staff mode open.
    pub fn touch(&mut self, now: f64) {
        self.idle.touch(now);
    }

    /// Whether staff mode has gone untouched long enough to lock itself.
    #[must_use]
    pub fn expired(&self, now: f64) -> bool {
        self.idle.phase(now) == IdlePhase::Expired
    }

    /// How long the app may sleep before staff mode must lock itself.
    #[must_use]
    pub fn secs_until_due(&self, now: f64) -> f64 {
        self.idle.secs_until_due(now)
    }

    /// The draft being edited, on the settings screen or behind a PIN change.
    #[must_use]
    pub fn draft(&self) -> Option<&D> {
        match &self.screen {
            StaffScreen::Menu | StaffScreen::Usage { .. } => None,
            StaffScreen::Settings { draft } | StaffScreen::ChangePin { draft, .. } => Some(draft),
        }
    }

    /// The digits typed on the PIN-change pad, if it is open.
    pub fn pin_digits_mut(&mut self) -> Option<&mut String> {
        match &mut self.screen {
            StaffScreen::ChangePin { digits, .. } => Some(digits),
            _ => None,
        }
    }

    /// Opens the settings screen on `draft`, a fresh copy of the settings in use.
    pub fn open_settings(&mut self, draft: D) {
        self.screen = StaffScreen::Settings { draft };
        self.notice = None;
    }

    /// Throws the settings screen's draft away for `fresh`; nothing happens elsewhere.
    pub fn discard_draft(&mut self, fresh: D) {
        if let StaffScreen::Settings { draft } = &mut self.screen {
            *draft = fresh;
            self.notice = None;
        }
    }

    /// Opens the usage screen over the last `days` days (from the menu, or to switch range).
    pub fn open_usage(&mut self, days: u32) {
        self.screen = StaffScreen::Usage { days };
        self.notice = None;
    }

    /// Back to the menu; any draft is dropped.
    pub fn back_to_menu(&mut self) {
        self.screen = StaffScreen::Menu;
        self.notice = None;
    }

    /// After a save: the settings screen shows `fresh` (the settings now in use) and
    /// `notice`.
    pub fn saved(&mut self, fresh: D, notice: Notice) {
        self.open_settings(fresh);
        self.notice = Some(notice);
    }

    /// From the settings screen to the pad's first step; the draft waits.
    pub fn start_pin_change(&mut self) {
        let screen = std::mem::replace(&mut self.screen, StaffScreen::Menu);
        self.screen = match screen {
            StaffScreen::Settings { draft } => {
                self.notice = None;
                StaffScreen::ChangePin {
                    draft,
                    stage: PinChangeStage::Current,
                    digits: String::new(),
                }
            }
            other => other,
        };
    }

    /// Leaves a PIN change for the settings screen, with its draft, changing nothing.
    pub fn cancel_pin_change(&mut self) {
        let screen = std::mem::replace(&mut self.screen, StaffScreen::Menu);
        self.screen = match screen {
            StaffScreen::ChangePin { draft, .. } => {
                self.notice = None;
                StaffScreen::Settings { draft }
            }
            other => other,
        };
    }

    /// Submits the pad's entry in a PIN change. `check_current` says whether an entry is
    /// the staff PIN, and is asked only at the first step. Returns the new PIN once it was
    /// typed the same twice: the app stores it and then calls
    /// [`pin_change_finished`](Self::pin_change_finished).
    pub fn submit_pin_change(
        &mut self,
        check_current: impl FnOnce(&str) -> PinCheck,
    ) -> Option<String> {
        let StaffScreen::ChangePin { stage, digits, .. } = &mut self.screen else {
            return None;
        };
        let entry = std::mem::take(digits);
        let (next, notice) = match stage {
            PinChangeStage::Current if !is_valid_pin(&entry) => {
                (PinChangeStage::Current, Some(Notice::PinLength))
            }
            PinChangeStage::Current => match check_current(&entry) {
                PinCheck::Right => (PinChangeStage::New, None),
                PinCheck::Refused(notice) => (PinChangeStage::Current, Some(notice)),
                // Nothing to prove it against: the change goes no further.
                PinCheck::NotSetUp => (PinChangeStage::Current, None),
            },
            PinChangeStage::New if !is_valid_pin(&entry) => {
                (PinChangeStage::New, Some(Notice::NewPinInvalid))
            }
            PinChangeStage::New => (PinChangeStage::Confirm { first: entry }, None),
            PinChangeStage::Confirm { first } if *first != entry => {
                (PinChangeStage::New, Some(Notice::PinMismatch))
            }
            PinChangeStage::Confirm { .. } => return Some(entry),
        };
        *stage = next;
        self.notice = notice;
        None
    }

    /// The new PIN was stored (or not, as `notice` says): back to the settings screen,
    /// on `fresh`, the settings now in use.
    pub fn pin_change_finished(&mut self, fresh: D, notice: Notice) {
        self.saved(fresh, notice);
    }
}

#[cfg(test)]
mod tests {
    use super::*;

    /// A draft is any value here: the model does not look inside it.
    type Session = StaffSession<&'static str>;

    fn on_settings(draft: &'static str) -> Session {
        let mut staff = Session::unlocked(0.0);
        staff.open_settings(draft);
        staff
    }

    /// Types `pin` on the PIN-change pad and submits it; the current PIN is 2468.
    fn enter(staff: &mut Session, pin: &str) -> Option<String> {
        if let Some(digits) = staff.pin_digits_mut() {
            digits.push_str(pin);
        }
        staff.submit_pin_change(|entry| {
            if entry == "2468" {
                PinCheck::Right
            } else {
                PinCheck::Refused(Notice::PinWrong { tries_left: 4 })
            }
        })
    }

    fn stage(staff: &Session) -> Option<&PinChangeStage> {
        match &staff.screen {
            StaffScreen::ChangePin { stage, .. } => Some(stage),
            _ => None,
        }
    }

    #[test]
    fn staff_unlock_into_the_menu_and_lock_after_two_minutes_untouched() {
        let mut staff = Session::unlocked(100.0);
        assert_eq!(staff.screen, StaffScreen::Menu);
        assert!(!staff.expired(219.0));
        staff.touch(200.0);
        assert!(!staff.expired(319.0));
        assert!(staff.expired(320.0));
    }

    #[test]
    fn a_pin_change_takes_the_current_pin_then_the_new_one_twice() {
        let mut staff = on_settings("edited");
        staff.start_pin_change();
        assert_eq!(stage(&staff), Some(&PinChangeStage::Current));
        assert_eq!(enter(&mut staff, "2468"), None);
        assert_eq!(stage(&staff), Some(&PinChangeStage::New));
        assert_eq!(enter(&mut staff, "1357"), None);
        assert_eq!(enter(&mut staff, "1357"), Some("1357".to_owned()));
        staff.pin_change_finished("fresh", Notice::PinChanged);
        assert_eq!(staff.screen, StaffScreen::Settings { draft: "fresh" });
        assert_eq!(staff.notice, Some(Notice::PinChanged));
    }

    #[test]
    fn a_wrong_current_pin_keeps_the_pad_on_the_first_step() {
        let mut staff = on_settings("edited");
        staff.start_pin_change();
        assert_eq!(enter(&mut staff, "1111"), None);
        assert_eq!(stage(&staff), Some(&PinChangeStage::Current));
        assert_eq!(staff.notice, Some(Notice::PinWrong { tries_left: 4 }));
    }

    #[test]
    fn stray_taps_are_not_checked_as_the_current_pin() {
        let mut staff = on_settings("edited");
        staff.start_pin_change();
        if let Some(digits) = staff.pin_digits_mut() {
            digits.push('1');
        }
        let asked = staff.submit_pin_change(|_| panic!("a short entry is not a PIN to check"));
        assert_eq!(asked, None);
        assert_eq!(staff.notice, Some(Notice::PinLength));
    }

    #[test]
    fn a_new_pin_typed_differently_twice_starts_the_new_pin_again() {
        let mut staff = on_settings("edited");
        staff.start_pin_change();
        enter(&mut staff, "2468");
        enter(&mut staff, "1357");
        assert_eq!(enter(&mut staff, "7531"), None);
        assert_eq!(stage(&staff), Some(&PinChangeStage::New));
        assert_eq!(staff.notice, Some(Notice::PinMismatch));
    }

    #[test]
    fn a_new_pin_must_be_four_to_twelve_digits() {
        let mut staff = on_settings("edited");
        staff.start_pin_change();
        enter(&mut staff, "2468");
        assert_eq!(enter(&mut staff, "12"), None);
        assert_eq!(stage(&staff), Some(&PinChangeStage::New));
        assert_eq!(staff.notice, Some(Notice::NewPinInvalid));
    }

    #[test]
    fn cancelling_a_pin_change_returns_to_the_settings_with_the_draft_kept() {
        let mut staff = on_settings("edited");
        staff.start_pin_change();
        enter(&mut staff, "2468");
        staff.cancel_pin_change();
        assert_eq!(staff.screen, StaffScreen::Settings { draft: "edited" });
        assert_eq!(staff.notice, None);
    }

    #[test]
    fn a_pin_change_starts_only_from_the_settings_screen() {
        let mut staff = Session::unlocked(0.0);
        staff.start_pin_change();
        assert_eq!(staff.screen, StaffScreen::Menu);
    }

    #[test]
    fn discarding_replaces_the_draft_and_the_menu_drops_it() {
        let mut staff = on_settings("edited");
        staff.notice = Some(Notice::Saved);
        staff.discard_draft("fresh");
        assert_eq!(staff.draft(), Some(&"fresh"));
        assert_eq!(staff.notice, None);
        staff.back_to_menu();
        assert_eq!(staff.draft(), None);
    }
}
