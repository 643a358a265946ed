//! Audio output.
