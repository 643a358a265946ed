//! Japanese text as a Japanese reader expects it, independent of egui: ruby (furigana)
//! markup, line-break opportunities (UAX #14 at strict kinsoku, preferring phrase
//! boundaries), and the filling of lines of a given width. `ui::prose` draws the result;
//! export-html, the lint and the screen-reader names read the same markup.

pub mod breaks;
pub mod fill;
pub mod phrases;
pub mod readings;
pub mod ruby;

pub use breaks::{Breaks, EASY_JAPANESE, Script, all_kanji_locale, breaks};
pub use fill::fill;
pub use ruby::{Marked, Ruby, RubyError, parse, parse_lenient, plain};
