//! Checking one field's `ron::Value`: clamp, snap, drop or reject, always with a note.

use std::ops::RangeInclusive;
use std::path::PathBuf;

use ron::Value;
use ron::value::Number;
use unic_langid::LanguageIdentifier;

use super::desk;
use super::note::{Anchor, Note, OptionValue, describe, option_value, wrong_type};
use crate::model::TextScale;

/// Allowed `idle_timeout_secs`.
pub const IDLE_TIMEOUT_SECS: RangeInclusive<u32> = 30..=1800;
/// Allowed `idle_warning_secs`.
pub const IDLE_WARNING_SECS: RangeInclusive<u32> = 20..=120;
/// Allowed `usage_retention_days`.
pub const USAGE_RETENTION_DAYS: RangeInclusive<u32> = 30..=3650;
/// Allowed `usage_textfile_period_secs`: a scrape every few seconds at most, an hour at least.
pub const USAGE_TEXTFILE_PERIOD_SECS: RangeInclusive<u32> = 5..=3600;

/// A checked field: the value to use (`None`: the layer does not set it) and the notes.
pub(crate) struct Checked<T> {
    pub value: Option<T>,
    pub notes: Vec<Note>,
}

impl<T> Checked<T> {
    /// Stores the value (if any) in `slot` and hands back the notes.
    pub fn store(self, slot: &mut Option<T>) -> Vec<Note> {
        if self.value.is_some() {
            *slot = self.value;
        }
        self.notes
    }

    fn ok(value: T) -> Self {
        Self {
            value: Some(value),
            notes: Vec::new(),
        }
    }

    fn fixed(value: T, message: String) -> Self {
        Self {
            value: Some(value),
            notes: vec![Note {
                anchor: Anchor::Key,
                message,
            }],
        }
    }

    fn rejected(message: String) -> Self {
        Self {
            value: None,
            notes: vec![Note {
                anchor: Anchor::Key,
                message,
            }],
        }
    }
}

/// A whole number as `i128`, if the value is one (integral floats count).
fn whole_number(value: &Value) -> Option<i128> {
    let Value::Number(number) = value else {
        return None;
    };
    match *number {
        Number::I8(n) => Some(n.into()),
        Number::I16(n) => Some(n.into()),
        Number::I32(n) => Some(n.into()),
        Number::I64(n) => Some(n.into()),
        Number::U8(n) => Some(n.into()),
        Number::U16(n) => Some(n.into()),
        Number::U32(n) => Some(n.into()),
        Number::U64(n) => Some(n.into()),
        _ => {
            let float = number.into_f64();
            #[allow(
                clippy::cast_possible_truncation,
                reason = "`as` saturates, which is what a clamp wants"
            )]
            (float.is_finite() && float.fract() == 0.0).then_some(float as i128)
        }
    }
}

/// A number as the file wrote it, near enough: `1e300` stays `1e300`, not the `i128` it
/// saturates to.
fn shown_number(value: &Value, whole: i128) -> String {
    match value {
        Value::Number(number @ (Number::F32(_) | Number::F64(_))) => {
            format!("{:?}", number.into_f64())
        }
        _ => whole.to_string(),
    }
}

/// A whole number clamped into `range`.
pub(crate) fn ranged(key: &str, value: &Value, range: &RangeInclusive<u32>) -> Checked<u32> {
    let Some(number) = whole_number(value) else {
        return Checked::rejected(wrong_type(key, "a whole number", value));
    };
    let (min, max) = (*range.start(), *range.end());
    let shown = shown_number(value, number);
    if number < i128::from(min) {
        Checked::fixed(
            min,
            format!("{key}: {shown} is below the minimum of {min}; using {min}"),
        )
    } else if number > i128::from(max) {
        Checked::fixed(
            max,
            format!("{key}: {shown} is above the maximum of {max}; using {max}"),
        )
    } else {
        Checked::ok(u32::try_from(number).unwrap_or(min))
    }
}

/// A text scale snapped to the nearest allowed one (the smaller on a tie).
pub(crate) fn text_scale(key: &str, value: &Value, _: &Available) -> Checked<TextScale> {
    let allowed = TextScale::percents_text();
    let Some(number) = whole_number(value) else {
        return Checked::rejected(wrong_type(key, &allowed, value));
    };
    let nearest = TextScale::ALL
        .into_iter()
        // `abs_diff`: a float such as -1e300 saturates to i128::MIN, where `-` overflows.
        .min_by_key(|scale| number.abs_diff(i128::from(scale.percent())))
        .unwrap_or_default();
    if number == i128::from(nearest.percent()) {
        Checked::ok(nearest)
    } else {
        Checked::fixed(
            nearest,
            format!(
                "{key}: {} is not {allowed}; using {}",
                shown_number(value, number),
                nearest.percent()
            ),
        )
    }
}

/// `idle_timeout_secs`, clamped into [`IDLE_TIMEOUT_SECS`].
pub(crate) fn idle_timeout_secs(key: &str, value: &Value, _: &Available) -> Checked<u32> {
    ranged(key, value, &IDLE_TIMEOUT_SECS)
}

/// `idle_warning_secs`, clamped into [`IDLE_WARNING_SECS`].
pub(crate) fn idle_warning_secs(key: &str, value: &Value, _: &Available) -> Checked<u32> {
    ranged(key, value, &IDLE_WARNING_SECS)
}

/// `usage_retention_days`, clamped into [`USAGE_RETENTION_DAYS`].
pub(crate) fn usage_retention_days(key: &str, value: &Value, _: &Available) -> Checked<u32> {
    ranged(key, value, &USAGE_RETENTION_DAYS)
}

/// `usage_textfile_period_secs`, clamped into [`USAGE_TEXTFILE_PERIOD_SECS`].
pub(crate) fn usage_textfile_period_secs(key: &str, value: &Value, _: &Available) -> Checked<u32> {
    ranged(key, value, &USAGE_TEXTFILE_PERIOD_SECS)
}

/// The textfile: a path ending in `.prom` (`node_exporter` reads no other), or not set.
pub(crate) fn usage_textfile(key: &str, value: &Value, _: &Available) -> Checked<Option<PathBuf>> {
    match option_value(value) {
        OptionValue::Unset => Checked::ok(None),
        OptionValue::Set(Value::String(path)) => {
            let path = PathBuf::from(path.trim());
            if path.extension().is_some_and(|ext| ext == "prom") {
                Checked::ok(Some(path))
            } else {
                Checked::rejected(format!(
                    "{key}: {} does not end in .prom, which node_exporter needs; ignored",
                    path.display()
                ))
            }
        }
        OptionValue::Set(other) => Checked::rejected(wrong_type(key, "a path string", other)),
    }
}

/// Allowed `speech_volume`: the three steps.
pub const SPEECH_VOLUME: RangeInclusive<u32> = 1..=3;

/// `speech_volume`, clamped into [`SPEECH_VOLUME`].
pub(crate) fn speech_volume(key: &str, value: &Value, _: &Available) -> Checked<u32> {
    ranged(key, value, &SPEECH_VOLUME)
}

/// `speech_device`: an ALSA PCM name, as `aplay -L` prints it (letters, digits and
/// `_-:=,.` only, so that it can never be mistaken for an option or a path).
pub(crate) fn speech_device(key: &str, value: &Value, _: &Available) -> Checked<String> {
    match value {
        Value::String(name) => {
            let name = name.trim();
            let allowed = |c: char| c.is_ascii_alphanumeric() || "_-:=,.".contains(c);
            if !name.is_empty()
                && name.len() <= 200
                && !name.starts_with('-')
                && name.chars().all(allowed)
            {
                Checked::ok(name.to_owned())
            } else {
                Checked::rejected(format!(
                    "{key}: {name:?} is not an ALSA device name such as \"default\" or \"plughw:CARD=PCH,DEV=0\" (see aplay -L); ignored"
                ))
            }
        }
        other => Checked::rejected(wrong_type(key, "a device name string", other)),
    }
}

/// `true` or `false`.
pub(crate) fn boolean(key: &str, value: &Value, _: &Available) -> Checked<bool> {
    match value {
        Value::Bool(b) => Checked::ok(*b),
        other => Checked::rejected(wrong_type(key, "true or false", other)),
    }
}

/// The locales the caller can show; an empty list allows any well-formed tag.
pub(crate) struct Available(Vec<String>);

impl Available {
    /// Canonicalises the caller's locale names.
    pub fn new(locales: &[&str]) -> Self {
        Self(
            locales
                .iter()
                .map(|l| canonical(l).unwrap_or_else(|| (*l).to_owned()))
                .collect(),
        )
    }

    /// Whether `locale` (canonical) may be enabled.
    pub fn allows(&self, locale: &str) -> bool {
        self.0.is_empty() || self.0.iter().any(|l| l == locale)
    }

    /// The available locales, for messages and as a last resort.
    pub fn list(&self) -> &[String] {
        &self.0
    }
}

/// The canonical form of a language tag (`JA` -> `ja`, `en_us` -> `en-US`). A private-use
/// part is kept in lower case: `ja-x-easy` is やさしい日本語.
fn canonical(tag: &str) -> Option<String> {
    let tag = tag.trim();
    let lower = tag.to_ascii_lowercase();
    let (public, private) = match lower.find("-x-") {
        Some(at) => (&tag[..at], Some(&lower[at + 3..])),
        None => (tag, None),
    };
    let public = public.parse::<LanguageIdentifier>().ok()?.to_string();
    match private {
        None => Some(public),
        Some(private)
            if !private.is_empty()
                && private.split('-').all(|p| {
                    (1..=8).contains(&p.len()) && p.chars().all(|c| c.is_ascii_alphanumeric())
                }) =>
        {
            Some(format!("{public}-x-{private}"))
        }
        Some(_) => None,
    }
}

/// `stale_translations`: `"japanese"` or `"mark"`.
pub(crate) fn stale_translations(
    key: &str,
    value: &Value,
    _: &Available,
) -> Checked<super::settings::StaleTranslations> {
    use super::settings::StaleTranslations;
    match value {
        Value::String(s) if s == "japanese" => Checked::ok(StaleTranslations::Japanese),
        Value::String(s) if s == "mark" => Checked::ok(StaleTranslations::Mark),
        other => Checked::rejected(wrong_type(key, "\"japanese\" or \"mark\"", other)),
    }
}

/// One locale name, canonical and available, or why not.
fn locale_name(value: &Value, available: &Available) -> Result<String, String> {
    let Value::String(raw) = value else {
        return Err(format!(
            "expected a language tag in quotes, found {}",
            describe(value)
        ));
    };
    let Some(tag) = canonical(raw) else {
        return Err(format!("{raw:?} is not a valid language tag"));
    };
    if available.allows(&tag) {
        Ok(tag)
    } else {
        Err(format!(
            "{raw:?} is not an available locale ({})",
            available.list().join(", ")
        ))
    }
}

/// The enabled locales: bad and duplicate entries dropped, never empty.
pub(crate) fn locales(key: &str, value: &Value, available: &Available) -> Checked<Vec<String>> {
    let Value::Seq(entries) = value else {
        return Checked::rejected(wrong_type(key, "a list such as [\"ja\", \"en\"]", value));
    };
    let mut result: Vec<String> = Vec::new();
    let mut notes = Vec::new();
    for (index, entry) in entries.iter().enumerate() {
        let anchor = match entry {
            Value::String(s) => {
                let earlier = entries.iter().take(index).filter(|e| *e == entry).count();
                Anchor::Str(s.clone(), earlier)
            }
            _ => Anchor::Key,
        };
        match locale_name(entry, available) {
            Ok(tag) if result.contains(&tag) => notes.push(Note {
                anchor,
                message: format!("{key}: {tag:?} is listed twice; the repeat is dropped"),
            }),
            Ok(tag) => result.push(tag),
            Err(why) => notes.push(Note {
                anchor,
                message: format!("{key}: {why}; dropped"),
            }),
        }
    }
    if result.is_empty() {
        notes.push(Note {
            anchor: Anchor::Key,
            message: format!("{key}: no usable locale left; ignored"),
        });
        return Checked { value: None, notes };
    }
    Checked {
        value: Some(result),
        notes,
    }
}

/// One available locale.
pub(crate) fn locale(key: &str, value: &Value, available: &Available) -> Checked<String> {
    match locale_name(value, available) {
        Ok(tag) => Checked::ok(tag),
        Err(why) => Checked::rejected(format!("{key}: {why}; ignored")),
    }
}

/// The staff PIN hash: an argon2id PHC string within sane costs. Never echoes the value.
pub(crate) fn pin_hash(key: &str, value: &Value, _: &Available) -> Checked<Option<String>> {
    match option_value(value) {
        OptionValue::Unset => Checked::ok(None),
        OptionValue::Set(Value::String(hash)) => match super::pin::check_phc(hash.trim()) {
            Ok(()) => Checked::ok(Some(hash.trim().to_owned())),
            Err(why) => Checked::rejected(format!("{key}: {why}; ignored")),
        },
        OptionValue::Set(other) => Checked::rejected(wrong_type(key, "a string", other)),
    }
}

/// The content directory: a path string, or not set.
pub(crate) fn content_dir(key: &str, value: &Value, _: &Available) -> Checked<Option<PathBuf>> {
    match option_value(value) {
        OptionValue::Unset => Checked::ok(None),
        OptionValue::Set(Value::String(path)) => Checked::ok(Some(PathBuf::from(path.trim()))),
        OptionValue::Set(other) => Checked::rejected(wrong_type(key, "a path string", other)),
    }
}

/// The consultation desk; see [`desk`].
pub(crate) fn consultation(
    key: &str,
    value: &Value,
    _: &Available,
) -> Checked<Option<super::ConsultationDesk>> {
    match option_value(value) {
        OptionValue::Unset => Checked::ok(None),
        OptionValue::Set(Value::Map(map)) => {
            let (desk, notes) = desk::parse(key, map);
            Checked {
                value: Some(Some(desk)),
                notes,
            }
        }
        OptionValue::Set(other) => {
            Checked::rejected(wrong_type(key, "(name: .., location: .., ..)", other))
        }
    }
}
