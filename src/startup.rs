//! When the process started, for the start-up time the kiosk logs (`first_frame_ms`).

use std::sync::OnceLock;
use std::time::{Duration, Instant};

static STARTED: OnceLock<Instant> = OnceLock::new();

/// Marks now as the start. `main` calls it first thing; later calls change nothing.
pub fn mark_start() {
    let _ = STARTED.get_or_init(Instant::now);
}

/// Time since [`mark_start`], or `None` if it was never called (tests, benchmarks).
pub fn since_start() -> Option<Duration> {
    STARTED.get().map(Instant::elapsed)
}
