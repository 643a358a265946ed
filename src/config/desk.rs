//! The consultation desk's texts: trimmed, length-capped, and only `https://` links.

use ron::Value;
use ron::value::Map;

use super::note::{Anchor, Note, OptionValue, describe, did_you_mean, option_value};
use super::settings::ConsultationDesk;

/// The longest name, location, phone or hours text kept, in characters.
pub(crate) const MAX_TEXT_CHARS: usize = 200;
/// The longest link kept, in characters (a QR code holds far more, but a phone must scan it).
pub(crate) const MAX_URL_CHARS: usize = 500;
/// The desk's keys, for "unknown key" suggestions.
pub(crate) const DESK_KEYS: [&str; 5] = ["name", "location", "phone", "hours", "url"];

/// Checks each key of the desk separately, so one bad entry keeps the others.
pub(crate) fn parse(key: &str, map: &Map) -> (ConsultationDesk, Vec<Note>) {
    let mut desk = ConsultationDesk::default();
    let mut notes = Vec::new();
    for (name, value) in map.iter() {
        let Value::String(name) = name else {
            notes.push(Note {
                anchor: Anchor::Key,
                message: format!("{key}: a key is {}, not a name; ignored", describe(name)),
            });
            continue;
        };
        let Some(&static_name) = DESK_KEYS.iter().find(|k| **k == name.as_str()) else {
            notes.push(Note {
                anchor: Anchor::NestedKey(name.clone()),
                message: format!(
                    "{key}: unknown key `{name}`{}; ignored",
                    did_you_mean(name, &DESK_KEYS)
                ),
            });
            continue;
        };
        let full_key = format!("{key}.{static_name}");
        let mut note = |message: String| {
            notes.push(Note {
                anchor: Anchor::NestedKey(static_name.to_owned()),
                message,
            });
        };
        let slot = match static_name {
            "name" => &mut desk.name,
            "location" => &mut desk.location,
            "phone" => &mut desk.phone,
            "hours" => &mut desk.hours,
            _ => {
                desk.url = url(&full_key, value, &mut note);
                continue;
            }
        };
        match value {
            Value::String(text) => *slot = capped(&full_key, text, MAX_TEXT_CHARS, &mut note),
            other => note(format!(
                "{full_key}: expected a string, found {}; ignored",
                describe(other)
            )),
        }
    }
    (desk, notes)
}

/// Trims `text` and cuts it to `max` characters, noting a cut.
fn capped(key: &str, text: &str, max: usize, note: &mut impl FnMut(String)) -> String {
    let trimmed = text.trim();
    let count = trimmed.chars().count();
    if count <= max {
        return trimmed.to_owned();
    }
    note(format!(
        "{key}: {count} characters is longer than {max}; cut to {max}"
    ));
    trimmed
        .chars()
        .take(max)
        .collect::<String>()
        .trim_end()
        .to_owned()
}

/// An optional `https://` link; anything else is dropped.
fn url(key: &str, value: &Value, note: &mut impl FnMut(String)) -> Option<String> {
    let text = match option_value(value) {
        OptionValue::Unset => return None,
        OptionValue::Set(Value::String(text)) => text.trim(),
        OptionValue::Set(other) => {
            note(format!(
                "{key}: expected a string, found {}; dropped",
                describe(other)
            ));
            return None;
        }
    };
    let has_https = text
        .get(..8)
        .is_some_and(|scheme| scheme.eq_ignore_ascii_case("https://"));
    if !has_https || text.len() <= 8 || text.chars().any(char::is_whitespace) {
        let shown: String = text.chars().take(60).collect();
        note(format!("{key}: {shown:?} is not an https:// link; dropped"));
        return None;
    }
    if text.chars().count() > MAX_URL_CHARS {
        note(format!(
            "{key}: longer than {MAX_URL_CHARS} characters; dropped"
        ));
        return None;
    }
    Some(text.to_owned())
}
