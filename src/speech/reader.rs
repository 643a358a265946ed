//! The reading thread.
