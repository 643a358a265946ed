//! The app's side of counting: events go into memory, dated by [`DayClock`], and leave as
//! one batch at most once a minute (and at every idle reset), so the disk is touched at most
//! once a minute and never while a visitor waits.

use jiff::tz::TimeZone;

use super::counts::{Event, Tally};
use super::day::DayClock;

/// The shortest time between two batches, in seconds of monotonic time.
pub const BATCH_SECS: f64 = 60.0;

/// Counts gathered in memory since the last batch.
#[derive(Clone, Debug)]
pub struct Counter {
    days: DayClock,
    pending: Tally,
    /// When the last batch left (or the first count came, before any batch).
    last_batch: Option<f64>,
}

impl Counter {
    /// Nothing counted yet; dates are local to `tz`.
    pub fn new(tz: TimeZone) -> Self {
        Self {
            days: DayClock::new(tz),
            pending: Tally::new(),
            last_batch: None,
        }
    }

    /// Counts `event` at wall time `unix_secs` and monotonic time `mono_secs`.
    pub fn record(&mut self, event: Event, unix_secs: u64, mono_secs: f64) {
        let day = self.days.day(unix_secs, mono_secs);
        self.pending.add(day, event, 1);
        self.last_batch.get_or_insert(mono_secs);
    }

    /// Whether a batch is due at `mono_secs`: something is counted and a minute has passed.
    pub fn batch_due(&self, mono_secs: f64) -> bool {
        self.secs_until_batch(mono_secs)
            .is_some_and(|secs| secs <= 0.0)
    }

    /// Seconds until the next batch is due, if anything is waiting, so the app can wake then.
    pub fn secs_until_batch(&self, mono_secs: f64) -> Option<f64> {
        if self.pending.is_empty() {
            return None;
        }
        let since = self.last_batch.unwrap_or(mono_secs);
        Some(BATCH_SECS - (mono_secs - since))
    }

    /// Takes what is counted, as one batch, at `mono_secs`.
    pub fn take_batch(&mut self, mono_secs: f64) -> Tally {
        self.last_batch = Some(mono_secs);
        std::mem::take(&mut self.pending)
    }

    /// Forgets what is counted and not yet handed over (counting was turned off).
    pub fn clear(&mut self) {
        self.pending = Tally::new();
        self.last_batch = None;
    }

    /// What is counted and not yet handed over.
    pub fn pending(&self) -> &Tally {
        &self.pending
    }
}

#[cfg(test)]
mod tests {
    use super::super::counts::Kind;
    use super::*;

    const NOW: u64 = 1_796_139_000;

    fn counter() -> Counter {
        Counter::new(TimeZone::fixed(jiff::tz::offset(9)))
    }

    #[test]
    fn nothing_counted_means_no_batch_and_no_wake_up() {
        let counter = counter();
        assert!(!counter.batch_due(1000.0));
        assert_eq!(counter.secs_until_batch(1000.0), None);
    }

    #[test]
    fn a_batch_leaves_at_most_once_a_minute() {
        let mut counter = counter();
        counter.record(Event::plain(Kind::VisitStarted), NOW, 10.0);
        assert!(!counter.batch_due(69.0));
        assert_eq!(counter.secs_until_batch(40.0), Some(30.0));
        assert!(counter.batch_due(70.0));
        let batch = counter.take_batch(70.0);
        assert_eq!(batch.total(Kind::VisitStarted), 1);
        counter.record(Event::plain(Kind::IdleReset), NOW + 5, 75.0);
        assert!(!counter.batch_due(129.0), "a minute after the last batch");
        assert!(counter.batch_due(130.0));
    }
}
