//! The offline engines.
