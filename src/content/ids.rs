//! The Fluent ids that `content.ron` implies rather than names: a track's title and summary,
//! a page's title and lead. They are spelled here and nowhere else; the page layer
//! ([`super::walk`]) and the lint read them through these functions.

/// The link ids the consultation block shows when no hospital desk is configured: the
/// national cancer information centre and the cancer support centres. `content.ron` must
/// define both; the content lint checks it.
pub const GENERAL_DESK_LINKS: [&str; 2] = ["cisc", "support-center"];

/// `track-<id>-title`: a track's name, on its home entry and above each of its pages.
#[must_use]
pub fn track_title(track_id: &str) -> String {
    format!("track-{track_id}-title")
}

/// `track-<id>-summary`: one line on what a track covers, on its home entry.
#[must_use]
pub fn track_summary(track_id: &str) -> String {
    format!("track-{track_id}-summary")
}

/// `<page-id>-title`: a page's title.
#[must_use]
pub fn page_title(page_id: &str) -> String {
    format!("{page_id}-title")
}

/// `<page-id>-lead`: the sentence under a page's title that says what the page is about.
#[must_use]
pub fn page_lead(page_id: &str) -> String {
    format!("{page_id}-lead")
}
