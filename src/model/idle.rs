//! The idle timer: Active -> Warning (countdown) -> Expired, driven by timestamps passed in.
//!
//! Times are seconds on any monotonic clock (the app passes egui's input time).

/// Where the idle timer stands at a given moment.
#[derive(Clone, Copy, Debug, PartialEq)]
pub enum IdlePhase {
    /// The visitor is active; the warning comes in `secs_to_warning`.
    Active {
        /// Seconds until the warning shows.
        secs_to_warning: f64,
    },
    /// The warning is showing; the session resets in `secs_left`.
    Warning {
        /// Seconds until the reset.
        secs_left: f64,
    },
    /// The countdown reached zero: reset now.
    Expired,
}

/// Counts the time since the last input.
#[derive(Clone, Copy, Debug, PartialEq)]
pub struct IdleTimer {
    timeout_secs: f64,
    warning_secs: f64,
    last_input: f64,
}

impl IdleTimer {
    /// A timer that warns after `timeout_secs` without input and expires `warning_secs` later.
    pub fn new(timeout_secs: u32, warning_secs: u32, now: f64) -> Self {
        Self {
            timeout_secs: f64::from(timeout_secs),
            warning_secs: f64::from(warning_secs),
            last_input: now,
        }
    }

    /// Any input: a touch, a drag, a key. Dismisses the warning.
    pub fn touch(&mut self, now: f64) {
        self.last_input = now;
    }

    /// Changes the timing (after staff save new settings), keeping the last input.
    pub fn set_timing(&mut self, timeout_secs: u32, warning_secs: u32) {
        self.timeout_secs = f64::from(timeout_secs);
        self.warning_secs = f64::from(warning_secs);
    }

    /// The phase at `now`.
    pub fn phase(&self, now: f64) -> IdlePhase {
        let idle = (now - self.last_input).max(0.0);
        if idle < self.timeout_secs {
            IdlePhase::Active {
                secs_to_warning: self.timeout_secs - idle,
            }
        } else if idle < self.timeout_secs + self.warning_secs {
            IdlePhase::Warning {
                secs_left: self.timeout_secs + self.warning_secs - idle,
            }
        } else {
            IdlePhase::Expired
        }
    }

    /// How long the app may sleep before the timer next needs it: until the warning shows,
    /// until the next whole second of the countdown, or not at all when expired.
    pub fn secs_until_due(&self, now: f64) -> f64 {
        match self.phase(now) {
            IdlePhase::Active { secs_to_warning } => secs_to_warning,
            IdlePhase::Warning { secs_left } => {
                let to_next_second = secs_left - secs_left.ceil() + 1.0;
                to_next_second.clamp(0.0, 1.0)
            }
            IdlePhase::Expired => 0.0,
        }
    }
}

#[cfg(test)]
mod tests {
    use super::{IdlePhase, IdleTimer};

    const TIMEOUT: u32 = 120;
    const WARNING: u32 = 30;

    fn timer() -> IdleTimer {
        IdleTimer::new(TIMEOUT, WARNING, 1000.0)
    }

    fn is_warning(phase: IdlePhase) -> bool {
        matches!(phase, IdlePhase::Warning { .. })
    }

    #[test]
    fn the_warning_appears_exactly_at_the_timeout() {
        let timer = timer();
        assert!(!is_warning(timer.phase(1000.0 + 119.999)));
        assert_eq!(
            timer.phase(1000.0 + 120.0),
            IdlePhase::Warning { secs_left: 30.0 }
        );
    }

    #[test]
    fn the_countdown_expires_after_the_warning_time() {
        let timer = timer();
        assert!(is_warning(timer.phase(1000.0 + 149.9)));
        assert_eq!(timer.phase(1000.0 + 150.0), IdlePhase::Expired);
    }

    #[test]
    fn a_touch_during_the_warning_dismisses_it() {
        let mut timer = timer();
        assert!(is_warning(timer.phase(1140.0)));
        timer.touch(1140.0);
        assert_eq!(
            timer.phase(1140.0),
            IdlePhase::Active {
                secs_to_warning: 120.0
            }
        );
    }

    #[test]
    fn an_untouched_kiosk_sleeps_until_the_warning_then_wakes_each_second() {
        let timer = timer();
        assert!((timer.secs_until_due(1000.0) - 120.0).abs() < 1e-9);
        let due = timer.secs_until_due(1000.0 + 120.5);
        assert!(
            (due - 0.5).abs() < 1e-9,
            "wakes at the next whole second, got {due}"
        );
        assert!(timer.secs_until_due(1000.0 + 200.0).abs() < f64::EPSILON);
    }

    #[test]
    fn new_timing_applies_to_the_running_timer() {
        let mut timer = timer();
        timer.set_timing(30, 20);
        assert!(is_warning(timer.phase(1000.0 + 30.0)));
        assert_eq!(timer.phase(1000.0 + 50.0), IdlePhase::Expired);
    }
}
