//! The kiosk's content: structure from `assets/content.ron`, words from Fluent.

pub mod schema;
pub mod source;

pub use schema::{Block, ContentSpec, LinkSpec, PageSpec, ReviewDate, SourceSpec, TagSpec, Tone, TrackSpec};
pub use source::{ContentSource, LocaleFiles, SourceError, SourceFile};
