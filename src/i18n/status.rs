//! Translation status: which translated messages are current, stale or reviewed.
//!
//! Each translated locale has a status file, `locales/<lang>/status.ron`, next to its
//! `.ftl` files. For each message it records the hash of the Japanese message it was
//! translated from, and, once a qualified person has approved it, who did, when, and the hash
//! of the translation they approved. When the Japanese message changes, its hash no longer
//! matches and the translation is **stale**; when the translation changes after its review,
//! the review no longer counts.
//!
//! The hash is of the message as Fluent serialises it (value and attributes, no comment), so
//! moving a message, re-indenting it or editing its comment changes nothing.

use std::collections::BTreeMap;

use blake2::{Blake2s256, Digest as _};
use fluent_syntax::ast;
use serde::{Deserialize, Serialize};

/// The first line of every status file: what it is and how it is kept.
const HEADER: &str = "\
// Translation status: for each message, `source` is the hash of the Japanese message it was
// translated from, and `reviewed` who approved the translation, when, and the hash of the
// text they approved. Kept by `immuno-kiosk mark-translated` and `import-review`; a message
// whose Japanese changed since is stale (`check-content` lists it).
";

/// A locale's status file.
#[derive(Clone, Debug, Default, PartialEq, Eq, Serialize, Deserialize)]
#[serde(deny_unknown_fields)]
pub struct StatusFile {
    /// By message id.
    pub messages: BTreeMap<String, MessageStatus>,
}

/// One message's record.
#[derive(Clone, Debug, PartialEq, Eq, Serialize, Deserialize)]
#[serde(deny_unknown_fields)]
pub struct MessageStatus {
    /// The hash of the Japanese message this translation was made from.
    pub source: String,
    /// The review, if a qualified person approved the translation.
    #[serde(default)]
    pub reviewed: Option<Review>,
}

/// Who approved a translation, and what exactly.
#[derive(Clone, Debug, PartialEq, Eq, Serialize, Deserialize)]
#[serde(deny_unknown_fields)]
pub struct Review {
    /// The reviewer, as they signed the review sheet.
    pub by: String,
    /// The day of the review, `YYYY-MM-DD`.
    pub on: String,
    /// The hash of the translated message they approved.
    pub text: String,
}

impl StatusFile {
    /// Parses a status file.
    ///
    /// # Errors
    /// The RON error, with its position, when the file does not parse.
    pub fn parse(text: &str) -> Result<Self, ron::error::SpannedError> {
        ron::from_str(text)
    }

    /// The file's text: a header comment, then one message a line, in id order.
    ///
    /// # Errors
    /// Only if a value cannot be written as RON, which plain strings always can.
    pub fn to_text(&self) -> Result<String, ron::Error> {
        let pretty = ron::ser::PrettyConfig::new()
            .indentor("    ")
            .depth_limit(2)
            .struct_names(false);
        Ok(format!(
            "{HEADER}{}\n",
            ron::ser::to_string_pretty(self, pretty)?
        ))
    }
}

/// The state of one message of a translated locale.
#[derive(Clone, Copy, Debug, PartialEq, Eq, PartialOrd, Ord)]
pub enum MessageState {
    /// Not translated: the Japanese is shown.
    Missing,
    /// Translated from a Japanese message that has changed since (or with no record).
    Stale,
    /// Translated from the current Japanese, not reviewed.
    Current,
    /// Current, and approved as it stands by a qualified person.
    Reviewed,
}

/// Hashes every message of some Fluent files: `id -> hash`.
///
/// Files that do not parse give what parses; the lint reports the rest. A file nested too
/// deep to parse safely (see [`crate::source::fluent_too_deep`]) gives nothing.
pub fn message_hashes<'a>(texts: impl IntoIterator<Item = &'a str>) -> BTreeMap<String, String> {
    let mut hashes = BTreeMap::new();
    for text in texts {
        if crate::source::fluent_too_deep(text).is_some() {
            continue;
        }
        let resource = match fluent_syntax::parser::parse(text) {
            Ok(resource) | Err((resource, _)) => resource,
        };
        for entry in resource.body {
            if let ast::Entry::Message(mut message) = entry {
                message.comment = None;
                let id = message.id.name.to_owned();
                let serialised = fluent_syntax::serializer::serialize(&ast::Resource {
                    body: vec![ast::Entry::Message(message)],
                });
                hashes.insert(id, hash(&serialised));
            }
        }
    }
    hashes
}

/// 16 hex digits of BLAKE2s: enough to tell two versions of one message apart.
fn hash(text: &str) -> String {
    use std::fmt::Write as _;
    Blake2s256::digest(text.as_bytes()).iter().take(8).fold(
        String::with_capacity(16),
        |mut out, byte| {
            let _ = write!(out, "{byte:02x}");
            out
        },
    )
}

/// The state of each message of one translated locale, against the reference.
#[derive(Clone, Debug, Default, PartialEq, Eq)]
pub struct LocaleStatus {
    /// Whether the locale has a status file at all: without one nothing is known to be
    /// stale (a hospital's own content may have none) and nothing counts as reviewed.
    pub tracked: bool,
    /// By message id, every message of the reference locale.
    pub states: BTreeMap<String, MessageState>,
    /// Each review that counts, by message id: `(by, on)`.
    pub reviews: BTreeMap<String, (String, String)>,
}

impl LocaleStatus {
    /// Compares a translation with the reference: `reference` and `translated` are the
    /// hashes of each's messages, `file` the locale's status file if it has one.
    pub fn compute(
        reference: &BTreeMap<String, String>,
        translated: &BTreeMap<String, String>,
        file: Option<&StatusFile>,
    ) -> Self {
        let mut status = Self {
            tracked: file.is_some(),
            ..Self::default()
        };
        for (id, source_hash) in reference {
            let state = match (translated.get(id), file) {
                (None, _) => MessageState::Missing,
                (Some(_), None) => MessageState::Current,
                (Some(text_hash), Some(file)) => match file.messages.get(id) {
                    Some(record) if record.source == *source_hash => match &record.reviewed {
                        Some(review) if review.text == *text_hash => {
                            status
                                .reviews
                                .insert(id.clone(), (review.by.clone(), review.on.clone()));
                            MessageState::Reviewed
                        }
                        _ => MessageState::Current,
                    },
                    _ => MessageState::Stale,
                },
            };
            status.states.insert(id.clone(), state);
        }
        status
    }

    /// How many messages are in `state`.
    pub fn count(&self, state: MessageState) -> usize {
        self.states.values().filter(|s| **s == state).count()
    }

    /// Whether message `id` is stale.
    pub fn is_stale(&self, id: &str) -> bool {
        self.states.get(id) == Some(&MessageState::Stale)
    }

    /// Whether every message is translated from the current Japanese and reviewed as it
    /// stands: only then may the locale be called reviewed.
    pub fn fully_reviewed(&self) -> bool {
        self.tracked
            && !self.states.is_empty()
            && self.states.values().all(|s| *s == MessageState::Reviewed)
    }

    /// The day of the latest review that counts, if the locale is fully reviewed.
    pub fn reviewed_on(&self) -> Option<&str> {
        if !self.fully_reviewed() {
            return None;
        }
        self.reviews.values().map(|(_, on)| on.as_str()).max()
    }
}

#[cfg(test)]
mod tests {
    use std::collections::BTreeMap;

    use super::{LocaleStatus, MessageState, MessageStatus, Review, StatusFile, message_hashes};

    #[test]
    fn a_message_hash_ignores_layout_and_comments_but_not_words() {
        let a = message_hashes(["# note\nhello = Hello\n    .title = T\n"]);
        let b = message_hashes(["\n\n# another note\nhello =\n    Hello\n    .title = T\n"]);
        let c = message_hashes(["hello = Hello!\n    .title = T\n"]);
        let d = message_hashes(["hello = Hello\n    .title = U\n"]);
        assert_eq!(a["hello"], b["hello"]);
        assert_ne!(a["hello"], c["hello"]);
        assert_ne!(a["hello"], d["hello"]);
        assert_eq!(a["hello"].len(), 16);
    }

    fn hashes(pairs: &[(&str, &str)]) -> BTreeMap<String, String> {
        pairs
            .iter()
            .map(|(k, v)| ((*k).to_owned(), (*v).to_owned()))
            .collect()
    }

    #[test]
    fn states_follow_the_source_hash_and_the_reviewed_text() {
        let reference = hashes(&[("a", "ja-a"), ("b", "ja-b2"), ("c", "ja-c"), ("d", "ja-d")]);
        let translated = hashes(&[("a", "t-a"), ("b", "t-b"), ("c", "t-c2")]);
        let review = |text: &str| {
            Some(Review {
                by: "R".into(),
                on: "2026-12-03".into(),
                text: text.into(),
            })
        };
        let file = StatusFile {
            messages: [
                ("a", "ja-a", review("t-a")),
                ("b", "ja-b1", None),
                ("c", "ja-c", review("t-c1")),
            ]
            .into_iter()
            .map(|(id, source, reviewed)| {
                (
                    id.to_owned(),
                    MessageStatus {
                        source: source.to_owned(),
                        reviewed,
                    },
                )
            })
            .collect(),
        };
        let status = LocaleStatus::compute(&reference, &translated, Some(&file));
        assert_eq!(status.states["a"], MessageState::Reviewed);
        assert_eq!(status.states["b"], MessageState::Stale, "ja changed");
        assert_eq!(
            status.states["c"],
            MessageState::Current,
            "text changed after review"
        );
        assert_eq!(status.states["d"], MessageState::Missing);
        assert!(!status.fully_reviewed());
        assert_eq!(status.reviewed_on(), None);
        let untracked = LocaleStatus::compute(&reference, &translated, None);
        assert_eq!(untracked.count(MessageState::Stale), 0);
        assert!(!untracked.fully_reviewed());
    }

    #[test]
    fn a_status_file_round_trips_and_refuses_unknown_fields() {
        let file = StatusFile {
            messages: [(
                "x".to_owned(),
                MessageStatus {
                    source: "0011".into(),
                    reviewed: None,
                },
            )]
            .into(),
        };
        let text = file.to_text().unwrap();
        assert!(text.starts_with("// Translation status"), "{text}");
        assert_eq!(StatusFile::parse(&text).unwrap(), file);
        assert!(StatusFile::parse("(messages: {}, extra: 1)").is_err());
    }
}
