//! Where things are in the content files: lines of byte offsets and of slices, and where
//! quoted strings appear in `content.ron`.

use std::collections::BTreeMap;
use std::path::Path;

use super::Problem;
use crate::source::SourceFile;

/// A file's text and where each of its lines starts, so that a line number is a binary
/// search rather than a count from the top: the lint asks for one per message, which made
/// a large file take quadratic time.
pub(super) struct LinedText<'a> {
    pub(super) text: &'a str,
    /// Byte offset of the start of each line.
    starts: Vec<usize>,
}

impl<'a> LinedText<'a> {
    pub(super) fn new(text: &'a str) -> Self {
        let starts = std::iter::once(0)
            .chain(text.match_indices('\n').map(|(offset, _)| offset + 1))
            .collect();
        Self { text, starts }
    }

    /// 1-based line of byte `offset`.
    pub(super) fn line_at(&self, offset: usize) -> usize {
        self.starts.partition_point(|start| *start <= offset)
    }

    /// 1-based line where `part`, a slice of the text, starts; 1 when it is not a slice of it.
    pub(super) fn line_of_slice(&self, part: &str) -> usize {
        offset_in(self.text, part).map_or(1, |offset| self.line_at(offset))
    }
}

/// Byte offset of `part` inside `text`, when `part` is a slice of it (as the Fluent parser's
/// identifiers and text elements are).
pub(super) fn offset_in(text: &str, part: &str) -> Option<usize> {
    let offset = part.as_ptr().addr().checked_sub(text.as_ptr().addr())?;
    (offset + part.len() <= text.len()).then_some(offset)
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
    lines: LinedText<'a>,
    /// The byte offset of every quoted string outside `//` comment lines, by its contents,
    /// found in one pass: searching the text for each id took quadratic time.
    strings: BTreeMap<&'a str, Vec<usize>>,
}

impl<'a> RonText<'a> {
    pub(super) fn new(file: &'a SourceFile) -> Self {
        Self {
            path: &file.path,
            text: &file.text,
            lines: LinedText::new(&file.text),
            strings: quoted_strings(&file.text),
        }
    }

    /// Byte offsets of every `"value"` outside `//` comment lines.
    fn occurrences(&self, value: &str) -> &[usize] {
        self.strings.get(value).map_or(&[], Vec::as_slice)
    }

    /// Line of the first `"value"`, or 1.
    pub(super) fn line_of(&self, value: &str) -> usize {
        self.occurrences(value)
            .first()
            .map_or(1, |offset| self.line_at(*offset))
    }

    /// Line of the `nth` (0-based) `key: "value"`, falling back to any `"value"`.
    pub(super) fn line_of_field(&self, key: &str, value: &str, nth: usize) -> usize {
        self.occurrences(value)
            .iter()
            .copied()
            .filter(|offset| self.preceded_by_key(*offset, key))
            .nth(nth)
            .map_or_else(|| self.line_of(value), |offset| self.line_at(offset))
    }

    /// 1-based line of byte `offset`.
    pub(super) fn line_at(&self, offset: usize) -> usize {
        self.lines.line_at(offset)
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

/// Every `"..."` of a RON text outside `//` comment lines: its contents (escapes as written)
/// and the offset of its opening quote. A string does not continue past its line.
fn quoted_strings(text: &str) -> BTreeMap<&str, Vec<usize>> {
    let mut strings: BTreeMap<&str, Vec<usize>> = BTreeMap::new();
    let mut line_start = 0;
    for line in text.split_inclusive('\n') {
        if !line.trim_start().starts_with("//") {
            let mut open = None;
            let mut escaped = false;
            for (index, c) in line.char_indices() {
                match (open, c) {
                    (Some(_), _) if escaped => escaped = false,
                    (Some(_), '\\') => escaped = true,
                    (Some(start), '"') => {
                        let contents = line.get(start + 1..index).unwrap_or_default();
                        strings
                            .entry(contents)
                            .or_default()
                            .push(line_start + start);
                        open = None;
                    }
                    (None, '"') => open = Some(index),
                    _ => {}
                }
            }
        }
        line_start += line.len();
    }
    strings
}
