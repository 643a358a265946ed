//! Synthesised audio as WAV.
