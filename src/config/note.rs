//! What a check says about a value, and where in the text it points: the vocabulary that the
//! parser (`read`), the field checks (`validate`) and the desk's checks (`desk`) share.
//!
//! It imports none of them, so each of them can import it without a loop.

use ron::Value;

/// Where in the text a note points.
#[derive(Clone, Debug, PartialEq, Eq)]
pub(crate) enum Anchor {
    /// At the field's key.
    Key,
    /// At the `n`th (0-based) string literal with this content after the key (a list entry).
    Str(String, usize),
    /// At this key nested inside the field's value.
    NestedKey(String),
}

/// One thing said about a field.
#[derive(Clone, Debug, PartialEq, Eq)]
pub(crate) struct Note {
    /// Where it points.
    pub anchor: Anchor,
    /// What was wrong and what was done.
    pub message: String,
}

impl Note {
    /// A note at the field's key.
    pub fn at_key(message: String) -> Self {
        Self {
            anchor: Anchor::Key,
            message,
        }
    }
}

/// A short description of what a value is, for "expected X, found Y".
pub(crate) fn describe(value: &Value) -> &'static str {
    match value {
        Value::Bool(_) => "true/false",
        Value::Char(_) => "a character",
        Value::Map(_) => "a struct or map",
        Value::Number(_) => "a number",
        Value::Option(_) => "Some(..)/None",
        Value::String(_) => "a string",
        Value::Bytes(_) => "bytes",
        Value::Seq(_) => "a list",
        Value::Unit => "a bare word or () (text needs \"double quotes\")",
    }
}

/// The message for a value of the wrong type, which is then ignored.
pub(crate) fn wrong_type(key: &str, expected: &str, found: &Value) -> String {
    format!(
        "{key}: expected {expected}, found {}; ignored",
        describe(found)
    )
}

/// What an optional field's value says.
pub(crate) enum OptionValue<'a> {
    /// `None`, `()` or an empty string: explicitly not set.
    Unset,
    /// `Some(x)`, or a bare `x` (accepted without `Some` for convenience).
    Set(&'a Value),
}

/// Unwraps `Some(..)`, treating `None`, `()` and `""` as "not set".
pub(crate) fn option_value(value: &Value) -> OptionValue<'_> {
    let inner = match value {
        Value::Option(None) | Value::Unit => return OptionValue::Unset,
        Value::Option(Some(inner)) => inner.as_ref(),
        other => other,
    };
    match inner {
        Value::String(s) if s.trim().is_empty() => OptionValue::Unset,
        Value::Option(None) | Value::Unit => OptionValue::Unset,
        other => OptionValue::Set(other),
    }
}

/// ` (did you mean `x`?)` for a near miss among `candidates`, else an empty string.
pub(crate) fn did_you_mean(word: &str, candidates: &[&str]) -> String {
    candidates
        .iter()
        .map(|c| (edit_distance(word, c), c))
        .filter(|(distance, _)| *distance <= 3)
        .min()
        .map(|(_, c)| format!(" (did you mean `{c}`?)"))
        .unwrap_or_default()
}

/// Levenshtein distance, in characters.
fn edit_distance(a: &str, b: &str) -> usize {
    let b: Vec<char> = b.chars().collect();
    let mut previous: Vec<usize> = (0..=b.len()).collect();
    for (i, ca) in a.chars().enumerate() {
        let mut current = vec![i + 1];
        for (j, cb) in b.iter().enumerate() {
            let substitute = previous
                .get(j)
                .map_or(usize::MAX, |d| d + usize::from(ca != *cb));
            let delete = previous.get(j + 1).map_or(usize::MAX, |d| d + 1);
            let insert = current.get(j).map_or(usize::MAX, |d| d + 1);
            current.push(substitute.min(delete).min(insert));
        }
        previous = current;
    }
    previous.last().copied().unwrap_or(0)
}
