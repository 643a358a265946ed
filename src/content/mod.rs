//! The kiosk's content: structure from `assets/content.ron`, words from Fluent.

pub mod library;
pub mod schema;
pub mod source;

pub use library::{FolderError, Library, LibraryError};
pub use schema::{
    Block, ContentSpec, LinkSpec, PageSpec, ReviewDate, SourceSpec, TagSpec, Tone, TrackSpec,
};
pub use source::{
    ContentSource, LocaleFiles, MAX_CONTENT_FILE_BYTES, MAX_FLUENT_NESTING, SourceError, SourceFile,
};
