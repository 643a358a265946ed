//! Which local date a count belongs to, from a wall clock that may be wrong.
//!
//! The wall clock of a kiosk can be unset at boot (a board without a battery starts in 1970
//! or at its build date) and can jump when NTP or someone sets it. Within one run the kiosk
//! also has a monotonic time (egui's input time), which never jumps. So:
//! - a wall clock before [`EARLIEST`] is "not set yet": its counts go to the day the clock
//!   first shows once it is set (or to [`EARLIEST`] if it never is);
//! - once set, the wall date may differ by at most a day from the date that the monotonic
//!   time since then predicts; a bigger jump either way is ignored, and the predicted date
//!   is used instead;
//! - the date never goes backwards within a run.
//!
//! So a clock jumping back or forward cannot put counts far in the past or the future.

use jiff::civil::Date;
use jiff::tz::TimeZone;
use jiff::{Timestamp, ToSpan as _};

/// The earliest date a count can have: a wall clock before it is taken as not set.
pub const EARLIEST: Date = Date::constant(2025, 1, 1);

/// Seconds in a day, for the monotonic time.
const DAY_SECS: f64 = 86_400.0;

/// The local date at `unix_secs` in `tz`; `None` if the time is out of range.
pub fn local_date(unix_secs: u64, tz: &TimeZone) -> Option<Date> {
    let secs = i64::try_from(unix_secs).ok()?;
    let timestamp = Timestamp::from_second(secs).ok()?;
    Some(tz.to_datetime(timestamp).date())
}

/// `day` moved by `days` (saturating at the calendar's ends).
pub fn add_days(day: Date, days: i64) -> Date {
    day.saturating_add(days.days())
}

/// Whole days from `earlier` to `later` (negative if `later` is earlier).
pub fn days_between(earlier: Date, later: Date) -> i64 {
    earlier.duration_until(later).as_secs().div_euclid(86_400)
}

/// A date known to match a monotonic time.
#[derive(Clone, Copy, Debug, PartialEq)]
struct Anchor {
    day: Date,
    mono_secs: f64,
    /// The wall clock was not set when this anchor was made.
    unset: bool,
}

/// Turns (wall clock, monotonic time) into the local date to count under. See the module
/// documentation for the rules.
#[derive(Clone, Debug)]
pub struct DayClock {
    tz: TimeZone,
    anchor: Option<Anchor>,
    last: Option<Date>,
    /// How many wall-clock jumps were ignored, for one WARN each run.
    pub jumps_ignored: u32,
}

impl DayClock {
    /// A clock for dates in `tz` (the system's time zone in the kiosk).
    pub fn new(tz: TimeZone) -> Self {
        Self {
            tz,
            anchor: None,
            last: None,
            jumps_ignored: 0,
        }
    }

    /// The date to count under when the wall clock says `unix_secs` and the monotonic clock
    /// `mono_secs`.
    pub fn day(&mut self, unix_secs: u64, mono_secs: f64) -> Date {
        let wall = local_date(unix_secs, &self.tz).filter(|day| *day >= EARLIEST);
        let day = match (self.anchor, wall) {
            (None | Some(Anchor { unset: true, .. }), Some(wall)) => {
                self.anchor = Some(Anchor {
                    day: wall,
                    mono_secs,
                    unset: false,
                });
                wall
            }
            (None, None) => {
                self.anchor = Some(Anchor {
                    day: EARLIEST,
                    mono_secs,
                    unset: true,
                });
                EARLIEST
            }
            (Some(anchor), wall) => {
                let elapsed = ((mono_secs - anchor.mono_secs) / DAY_SECS).floor();
                #[expect(
                    clippy::cast_possible_truncation,
                    reason = "days of monotonic time, far below i64::MAX"
                )]
                let predicted = add_days(anchor.day, elapsed.max(0.0) as i64);
                match wall {
                    Some(wall) if days_between(predicted, wall).abs() <= 1 => wall,
                    Some(_) => {
                        self.jumps_ignored = self.jumps_ignored.saturating_add(1);
                        if self.jumps_ignored == 1 {
                            tracing::warn!(
                                "the wall clock jumped by more than a day; usage counts stay on {predicted}"
                            );
                        }
                        predicted
                    }
                    None => predicted,
                }
            }
        };
        let day = self.last.map_or(day, |last| day.max(last));
        self.last = Some(day);
        day
    }
}

#[cfg(test)]
mod tests {
    use super::*;

    const JST: TimeZone = TimeZone::fixed(jiff::tz::offset(9));
    /// 2026-12-02 00:30 JST (2026-12-01 15:30 UTC).
    const DEC_2_0030_JST: u64 = 1_796_139_000;
    const HOUR: u64 = 3600;
    const DAY: u64 = 86_400;

    fn date(y: i16, m: i8, d: i8) -> Date {
        Date::constant(y, m, d)
    }

    #[test]
    fn the_date_is_the_local_one() {
        let mut clock = DayClock::new(JST);
        assert_eq!(clock.day(DEC_2_0030_JST, 0.0), date(2026, 12, 2));
        let mut utc = DayClock::new(TimeZone::UTC);
        assert_eq!(utc.day(DEC_2_0030_JST, 0.0), date(2026, 12, 1));
    }

    #[test]
    fn days_follow_the_clock_across_midnight_and_over_weeks() {
        let mut clock = DayClock::new(JST);
        clock.day(DEC_2_0030_JST, 0.0);
        let mono = |secs: u64| f64::from(u32::try_from(secs).unwrap_or(u32::MAX));
        assert_eq!(
            clock.day(DEC_2_0030_JST + DAY, mono(DAY)),
            date(2026, 12, 3)
        );
        assert_eq!(
            clock.day(DEC_2_0030_JST + 30 * DAY, mono(30 * DAY)),
            date(2027, 1, 1)
        );
    }

    #[test]
    fn a_clock_jumping_back_never_goes_back_a_day() {
        let mut clock = DayClock::new(JST);
        assert_eq!(clock.day(DEC_2_0030_JST, 0.0), date(2026, 12, 2));
        // Set back an hour across midnight, then by a year.
        assert_eq!(clock.day(DEC_2_0030_JST - HOUR, 1.0), date(2026, 12, 2));
        assert_eq!(
            clock.day(DEC_2_0030_JST - 365 * DAY, 2.0),
            date(2026, 12, 2)
        );
        assert_eq!(clock.jumps_ignored, 1);
    }

    #[test]
    fn a_clock_jumping_forward_by_years_does_not_date_counts_in_the_future() {
        let mut clock = DayClock::new(JST);
        clock.day(DEC_2_0030_JST, 0.0);
        let far = DEC_2_0030_JST + 50 * 365 * DAY;
        assert_eq!(clock.day(far, 60.0), date(2026, 12, 2));
        // The monotonic time still moves the date on, a day at a time.
        assert_eq!(clock.day(far, 86_460.0), date(2026, 12, 3));
    }

    #[test]
    fn an_unset_clock_counts_on_the_earliest_day_until_it_is_set() {
        let mut clock = DayClock::new(JST);
        assert_eq!(clock.day(0, 0.0), EARLIEST);
        // NTP sets the clock: the real date from then on.
        assert_eq!(clock.day(DEC_2_0030_JST, 10.0), date(2026, 12, 2));
        assert_eq!(clock.jumps_ignored, 0);
    }
}
