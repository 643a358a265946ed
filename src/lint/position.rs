//! Where things are in the content files: lines of byte offsets and of slices, and where
//! quoted strings appear in `content.ron`.

use std::path::Path;

use super::Problem;
use crate::content::SourceFile;

/// 1-based line of byte `offset` in `text`.
pub(super) fn line_at(text: &str, offset: usize) -> usize {
    text.bytes().take(offset).filter(|b| *b == b'\n').count() + 1
}

/// Byte offset of `part` inside `text`, when `part` is a slice of it (as the Fluent parser's
/// identifiers and text elements are).
pub(super) fn offset_in(text: &str, part: &str) -> Option<usize> {
    let offset = part.as_ptr().addr().checked_sub(text.as_ptr().addr())?;
    (offset + part.len() <= text.len()).then_some(offset)
}

/// 1-based line where `part`, a slice of `text`, starts; 1 when it is not a slice of it.
pub(super) fn line_of_slice(text: &str, part: &str) -> usize {
    offset_in(text, part).map_or(1, |offset| line_at(text, offset))
}

pub(super) fn file_name(path: &str) -> &str {
    Path::new(path)
        .file_name()
        .and_then(|name| name.to_str())
        .unwrap_or(path)
}

/// Finds where quoted strings appear in `content.ron`, since serde keeps no positions.
pub(super) struct RonText<'a> {
    path: &'a str,
    pub(super) text: &'a str,
}

impl<'a> RonText<'a> {
    pub(super) fn new(file: &'a SourceFile) -> Self {
        Self {
            path: &file.path,
            text: &file.text,
        }
    }

    /// Byte offsets of every `"value"` outside `//` comment lines.
    fn occurrences(&self, value: &str) -> Vec<usize> {
        let quoted = format!("\"{value}\"");
        self.text
            .match_indices(&quoted)
            .map(|(offset, _)| offset)
            .filter(|offset| !self.in_comment_line(*offset))
            .collect()
    }

    fn in_comment_line(&self, offset: usize) -> bool {
        let before = self.text.get(..offset).unwrap_or_default();
        let line_start = before.rfind('\n').map_or(0, |i| i + 1);
        before
            .get(line_start..)
            .is_some_and(|line| line.trim_start().starts_with("//"))
    }

    /// Line of the first `"value"`, or 1.
    pub(super) fn line_of(&self, value: &str) -> usize {
        self.occurrences(value)
            .first()
            .map_or(1, |offset| line_at(self.text, *offset))
    }

    /// Line of the `nth` (0-based) `key: "value"`, falling back to any `"value"`.
    pub(super) fn line_of_field(&self, key: &str, value: &str, nth: usize) -> usize {
        self.occurrences(value)
            .into_iter()
            .filter(|offset| self.preceded_by_key(*offset, key))
            .nth(nth)
            .map_or_else(|| self.line_of(value), |offset| line_at(self.text, offset))
    }

    fn preceded_by_key(&self, offset: usize, key: &str) -> bool {
        let before = self.text.get(..offset).unwrap_or_default().trim_end();
        let Some(before) = before.strip_suffix(':') else {
            return false;
        };
        let Some(rest) = before.trim_end().strip_suffix(key) else {
            return false;
        };
        !rest
            .chars()
            .next_back()
            .is_some_and(|c| c.is_alphanumeric() || c == '_')
    }

    pub(super) fn problem(&self, line: usize, message: String) -> Problem {
        Problem::new(self.path, line, message)
    }
}
