//! The wall clock, as a handle the app is given: the PIN lock-out is kept in Unix time so
//! that it survives a restart, and a test must be able to let one run out without waiting.
//!
//! egui's input time drives everything else (idle, gestures); it starts at zero each run, so
//! it cannot date a lock-out that outlives the process.

use std::sync::Arc;
use std::sync::atomic::{AtomicU64, Ordering};

/// Something that tells the time in whole seconds since the Unix epoch.
pub trait WallClock: Send + Sync {
    /// Seconds since 1970-01-01 UTC.
    fn unix_secs(&self) -> u64;
}

/// The operating system's clock.
#[derive(Clone, Copy, Debug, Default)]
pub struct SystemClock;

impl WallClock for SystemClock {
    fn unix_secs(&self) -> u64 {
        std::time::SystemTime::now()
            .duration_since(std::time::UNIX_EPOCH)
            .map_or(0, |d| d.as_secs())
    }
}

/// A clock that moves only when told to, for tests and rehearsals.
#[derive(Clone, Debug, Default)]
pub struct ManualClock(Arc<AtomicU64>);

impl ManualClock {
    /// A clock standing at `unix_secs`.
    #[must_use]
    pub fn at(unix_secs: u64) -> Self {
        Self(Arc::new(AtomicU64::new(unix_secs)))
    }

    /// Moves the clock (and every copy of it) forward by `secs`.
    pub fn advance(&self, secs: u64) {
        self.0.fetch_add(secs, Ordering::Relaxed);
    }
}

impl WallClock for ManualClock {
    fn unix_secs(&self) -> u64 {
        self.0.load(Ordering::Relaxed)
    }
}

/// The clock the app reads: the system's by default, any [`WallClock`] in tests.
#[derive(Clone)]
pub struct Clock(Arc<dyn WallClock>);

impl Clock {
    /// The operating system's clock.
    #[must_use]
    pub fn system() -> Self {
        Self(Arc::new(SystemClock))
    }

    /// Any clock, such as a [`ManualClock`] (keep a copy of it to move it).
    #[must_use]
    pub fn new(clock: impl WallClock + 'static) -> Self {
        Self(Arc::new(clock))
    }

    /// Seconds since the Unix epoch, now.
    #[must_use]
    pub fn unix_secs(&self) -> u64 {
        self.0.unix_secs()
    }
}

impl Default for Clock {
    fn default() -> Self {
        Self::system()
    }
}

impl std::fmt::Debug for Clock {
    fn fmt(&self, f: &mut std::fmt::Formatter<'_>) -> std::fmt::Result {
        f.debug_tuple("Clock").field(&self.unix_secs()).finish()
    }
}

#[cfg(test)]
mod tests {
    use super::*;

    #[test]
    fn a_manual_clock_moves_every_copy() {
        let manual = ManualClock::at(1000);
        let clock = Clock::new(manual.clone());
        manual.advance(61);
        assert_eq!(clock.unix_secs(), 1061);
    }

    #[test]
    fn the_system_clock_is_past_2020() {
        assert!(Clock::system().unix_secs() > 1_577_836_800);
    }
}
