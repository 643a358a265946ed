//! A page as sentences to speak.
