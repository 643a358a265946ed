//! The hidden staff entry: the two-corner gesture, the shape of a PIN and the lock-out.
//!
//! The PIN itself is checked against its argon2id hash by `config::pin`; this module only
//! decides whether a try is allowed and what a failure costs.

use serde::{Deserialize, Serialize};

use super::notice::Notice;

/// The fewest digits a PIN may have.
pub const MIN_PIN_DIGITS: usize = 4;
/// The most digits a PIN may have.
pub const MAX_PIN_DIGITS: usize = 12;

/// Seconds each corner must be held.
pub const HOLD_SECS: f64 = 5.0;
/// Seconds from the first touch of the left corner to the end of the right hold.
pub const GESTURE_WINDOW_SECS: f64 = 15.0;
/// Wrong PINs allowed before entry locks.
pub const TRIES_BEFORE_LOCKOUT: u32 = 5;
/// The first lock-out; each further one doubles, up to [`MAX_LOCKOUT_SECS`].
pub const FIRST_LOCKOUT_SECS: u64 = 60;
/// The longest lock-out.
pub const MAX_LOCKOUT_SECS: u64 = 3600;

/// Whether `pin` is 4 to 12 ASCII digits.
#[must_use]
pub fn is_valid_pin(pin: &str) -> bool {
    (MIN_PIN_DIGITS..=MAX_PIN_DIGITS).contains(&pin.len())
        && pin.bytes().all(|b| b.is_ascii_digit())
}

/// The answer to one PIN entry, as the app found it.
#[derive(Clone, Debug, PartialEq, Eq)]
pub enum PinCheck {
    /// The staff PIN.
    Right,
    /// Refused, as a wrong PIN or during a lock-out; the notice says which.
    Refused(Notice),
    /// No staff PIN is configured.
    NotSetUp,
}

/// A screen corner that takes part in the gesture.
#[derive(Clone, Copy, Debug, PartialEq, Eq)]
pub enum Corner {
    /// The top-left corner: held first.
    TopLeft,
    /// The top-right corner: held second.
    TopRight,
}

#[derive(Clone, Copy, Debug, PartialEq)]
enum GestureState {
    Idle,
    HoldingLeft { since: f64 },
    LeftDone { started: f64 },
    HoldingRight { started: f64, since: f64 },
}

/// Recognises "hold top-left 5 s, then top-right 5 s, all within 15 s".
#[derive(Clone, Copy, Debug, PartialEq)]
pub struct StaffGesture {
    state: GestureState,
}

impl Default for StaffGesture {
    fn default() -> Self {
        Self {
            state: GestureState::Idle,
        }
    }
}

impl StaffGesture {
    /// Feeds the corner being held at `now` (or `None`); returns `true` once, when the gesture
    /// completes.
    pub fn update(&mut self, now: f64, held: Option<Corner>) -> bool {
        use GestureState::{HoldingLeft, HoldingRight, Idle, LeftDone};
        let (next, done) = match (self.state, held) {
            (Idle | HoldingLeft { .. }, Some(Corner::TopLeft)) => {
                let since = match self.state {
                    HoldingLeft { since } => since,
                    _ => now,
                };
                if now - since >= HOLD_SECS {
                    (LeftDone { started: since }, false)
                } else {
                    (HoldingLeft { since }, false)
                }
            }
            (LeftDone { started }, Some(Corner::TopLeft) | None) => (LeftDone { started }, false),
            (LeftDone { started }, Some(Corner::TopRight)) => (
                HoldingRight {
                    started,
                    since: now,
                },
                false,
            ),
            (HoldingRight { started, since }, Some(Corner::TopRight)) => {
                if now - since >= HOLD_SECS {
                    (Idle, now - started <= GESTURE_WINDOW_SECS)
                } else {
                    (HoldingRight { started, since }, false)
                }
            }
            _ => (Idle, false),
        };
        self.state = match next {
            LeftDone { started } | HoldingRight { started, .. }
                if now - started > GESTURE_WINDOW_SECS =>
            {
                Idle
            }
            other => other,
        };
        done
    }

    /// Whether a gesture is under way, so the app keeps waking to time it.
    pub fn in_progress(&self) -> bool {
        self.state != GestureState::Idle
    }
}

/// Counts wrong PINs and locks entry, doubling each time. Persisted across restarts.
#[derive(Clone, Debug, Default, PartialEq, Eq, Serialize, Deserialize)]
#[serde(default)]
pub struct Lockout {
    /// Wrong PINs since the last success or lock-out.
    pub failures: u32,
    /// Lock-outs since the last success; sets the next lock-out's length.
    pub lockouts: u32,
    /// Unix time (seconds) until which entry is locked.
    pub locked_until_unix: Option<u64>,
}

impl Lockout {
    /// Seconds left in the current lock-out, or `None` if a PIN may be tried now.
    pub fn locked_for(&self, now_unix: u64) -> Option<u64> {
        self.locked_until_unix
            .filter(|until| *until > now_unix)
            // Capped: a clock set back must not stretch a lock-out past the longest one.
            .map(|until| (until - now_unix).min(MAX_LOCKOUT_SECS))
    }

    /// Records a wrong PIN; returns the lock-out length if this failure started one.
    pub fn record_failure(&mut self, now_unix: u64) -> Option<u64> {
        self.failures = self.failures.saturating_add(1);
        if self.failures < TRIES_BEFORE_LOCKOUT {
            return None;
        }
        let secs = FIRST_LOCKOUT_SECS
            .saturating_mul(1u64 << self.lockouts.min(12))
            .min(MAX_LOCKOUT_SECS);
        self.failures = 0;
        self.lockouts = self.lockouts.saturating_add(1);
        self.locked_until_unix = Some(now_unix.saturating_add(secs));
        Some(secs)
    }

    /// Records a right PIN: everything is forgiven.
    pub fn record_success(&mut self) {
        *self = Self::default();
    }

    /// One PIN try at `now_unix`. During a lock-out it is refused without asking
    /// `is_right` (so even the right PIN waits, and no hash is computed); otherwise
    /// `is_right` decides and the try is counted.
    pub fn try_pin(&mut self, now_unix: u64, is_right: impl FnOnce() -> bool) -> PinCheck {
        if let Some(secs) = self.locked_for(now_unix) {
            return PinCheck::Refused(Notice::locked_for(secs));
        }
        if is_right() {
            self.record_success();
            return PinCheck::Right;
        }
        PinCheck::Refused(match self.record_failure(now_unix) {
            Some(secs) => Notice::locked_for(secs),
            None => Notice::PinWrong {
                tries_left: TRIES_BEFORE_LOCKOUT.saturating_sub(self.failures),
            },
        })
    }
}

#[cfg(test)]
mod tests {
    use super::*;

    /// Feeds `corner` at every tenth of a second from `from` to `to` inclusive.
    fn hold(gesture: &mut StaffGesture, corner: Option<Corner>, from: f64, to: f64) -> bool {
        let mut fired = false;
        let mut tick = 0.0;
        while from + tick / 10.0 <= to + 1e-9 {
            fired |= gesture.update(from + tick / 10.0, corner);
            tick += 1.0;
        }
        fired
    }

    #[test]
    fn the_gesture_needs_both_corners_in_order() {
        let mut gesture = StaffGesture::default();
        assert!(!hold(&mut gesture, Some(Corner::TopLeft), 0.0, 5.0));
        assert!(hold(&mut gesture, Some(Corner::TopRight), 6.0, 11.0));
    }

    #[test]
    fn the_right_corner_alone_does_nothing() {
        let mut gesture = StaffGesture::default();
        assert!(!hold(&mut gesture, Some(Corner::TopRight), 0.0, 12.0));
        assert!(!gesture.in_progress());
    }

    #[test]
    fn corners_in_the_wrong_order_do_nothing() {
        let mut gesture = StaffGesture::default();
        assert!(!hold(&mut gesture, Some(Corner::TopRight), 0.0, 5.0));
        assert!(!hold(&mut gesture, Some(Corner::TopLeft), 6.0, 11.0));
    }

    #[test]
    fn a_short_left_hold_does_not_count() {
        let mut gesture = StaffGesture::default();
        hold(&mut gesture, Some(Corner::TopLeft), 0.0, 4.5);
        gesture.update(4.6, None);
        assert!(!hold(&mut gesture, Some(Corner::TopRight), 5.0, 10.5));
    }

    #[test]
    fn the_gesture_must_finish_within_fifteen_seconds() {
        let mut gesture = StaffGesture::default();
        hold(&mut gesture, Some(Corner::TopLeft), 0.0, 5.0);
        hold(&mut gesture, None, 5.1, 10.5);
        assert!(!hold(&mut gesture, Some(Corner::TopRight), 10.6, 15.7));
        assert!(!gesture.in_progress());
    }

    #[test]
    fn lifting_the_finger_from_the_right_corner_starts_over() {
        let mut gesture = StaffGesture::default();
        hold(&mut gesture, Some(Corner::TopLeft), 0.0, 5.0);
        hold(&mut gesture, Some(Corner::TopRight), 5.5, 8.0);
        gesture.update(8.1, None);
        assert!(!hold(&mut gesture, Some(Corner::TopRight), 8.2, 13.5));
    }

    #[test]
    fn five_wrong_pins_lock_for_a_minute() {
        let mut lockout = Lockout::default();
        for _ in 0..4 {
            assert_eq!(lockout.record_failure(1000), None);
            assert_eq!(lockout.locked_for(1000), None);
        }
        assert_eq!(lockout.record_failure(1000), Some(60));
        assert_eq!(lockout.locked_for(1030), Some(30));
        assert_eq!(lockout.locked_for(1060), None);
    }

    #[test]
    fn the_lockout_doubles_up_to_an_hour() {
        let mut lockout = Lockout::default();
        let mut lengths = Vec::new();
        let mut now = 0;
        for _ in 0..9 {
            for _ in 0..TRIES_BEFORE_LOCKOUT {
                if let Some(secs) = lockout.record_failure(now) {
                    lengths.push(secs);
                    now += secs;
                }
            }
        }
        assert_eq!(lengths, [60, 120, 240, 480, 960, 1920, 3600, 3600, 3600]);
    }

    #[test]
    fn the_lockout_survives_a_restart() {
        let mut lockout = Lockout::default();
        for _ in 0..TRIES_BEFORE_LOCKOUT {
            lockout.record_failure(5000);
        }
        let saved = ron::to_string(&lockout).unwrap();
        let restored: Lockout = ron::from_str(&saved).unwrap();
        assert_eq!(restored.locked_for(5010), Some(50));
        assert_eq!(restored, lockout);
    }

    #[test]
    fn a_clock_set_back_never_stretches_the_lockout_past_an_hour() {
        let mut lockout = Lockout::default();
        for _ in 0..TRIES_BEFORE_LOCKOUT {
            lockout.record_failure(1_000_000);
        }
        assert_eq!(lockout.locked_for(0), Some(MAX_LOCKOUT_SECS));
    }

    /// Tries a PIN that is right or wrong at `now`.
    fn try_pin(lockout: &mut Lockout, now: u64, right: bool) -> PinCheck {
        lockout.try_pin(now, || right)
    }

    #[test]
    fn a_wrong_pin_says_how_many_tries_are_left() {
        let mut lockout = Lockout::default();
        assert_eq!(
            try_pin(&mut lockout, 0, false),
            PinCheck::Refused(Notice::PinWrong { tries_left: 4 })
        );
        assert_eq!(
            try_pin(&mut lockout, 0, false),
            PinCheck::Refused(Notice::PinWrong { tries_left: 3 })
        );
    }

    #[test]
    fn the_fifth_wrong_pin_locks_and_the_lockout_runs_out() {
        let mut lockout = Lockout::default();
        for _ in 1..TRIES_BEFORE_LOCKOUT {
            try_pin(&mut lockout, 1000, false);
        }
        assert_eq!(
            try_pin(&mut lockout, 1000, false),
            PinCheck::Refused(Notice::PinLocked { minutes: 1 })
        );
        assert_eq!(
            lockout.try_pin(1059, || panic!("no PIN is checked during a lock-out")),
            PinCheck::Refused(Notice::PinLocked { minutes: 1 })
        );
        assert_eq!(try_pin(&mut lockout, 1060, true), PinCheck::Right);
        assert_eq!(lockout, Lockout::default());
    }

    #[test]
    fn a_pin_is_four_to_twelve_digits() {
        assert!(is_valid_pin("2468"));
        assert!(is_valid_pin("123456789012"));
        assert!(!is_valid_pin("123"));
        assert!(!is_valid_pin("1234567890123"));
        assert!(!is_valid_pin("12a4"));
    }

    #[test]
    fn a_right_pin_forgives_earlier_failures() {
        let mut lockout = Lockout::default();
        for _ in 0..TRIES_BEFORE_LOCKOUT {
            lockout.record_failure(0);
        }
        lockout.record_success();
        assert_eq!(lockout, Lockout::default());
    }
}
