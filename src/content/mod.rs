//! The kiosk's content: structure from `assets/content.ron`, words from Fluent, and the page
//! layer that joins them: a page as typed [`Item`]s in reading order, each with its message
//! id and its text. Every reader of a page goes through [`page_items`] and its siblings, so
//! the Fluent id conventions are spelled only in [`ids`].

pub mod glossary;
pub mod ids;
pub mod items;
pub mod library;
pub mod messages;
pub mod schema;
pub mod walk;

#[cfg(test)]
mod tests;

pub use items::{
    Badge, Consultation, Desk, Figure, FigureLabel, Item, Legend, LegendEntry, Message, NextTrack,
    PageLink, QrCode, QrRow, TrackEntry,
};
pub use library::{FolderError, Library, LibraryError};
pub use messages::{IdsOnly, Localized, Messages};
pub use schema::{
    Block, ContentSpec, FigureSpec, LabelSpec, LinkSpec, PageSpec, ReviewDate, SourceSpec, TagSpec,
    TermSpec, Tone, TrackSpec,
};
pub use walk::{Walker, about_items, legend, page_items, track_entries};

/// Where content comes from lives one layer down, in [`crate::source`]; re-exported here
/// because every reader of content names these types.
pub use crate::source::{
    ContentSource, LocaleFiles, MAX_CONTENT_FILE_BYTES, MAX_FLUENT_NESTING, SourceError, SourceFile,
};
