//! Parsing one layer's text: pure and lenient, in the manner of ruffle's `read_preferences`.
//!
//! The text is parsed to a `ron::Value` first and then field by field, so a wrong type or
//! value in one field keeps all the others. No file I/O happens here.

use ron::Value;

use super::fields::{FIELD_NAMES, Partial};
use super::note::{Anchor, Note, describe, did_you_mean, wrong_type};
use super::position::Locator;
use super::report::{ParseWarning, Severity};
use super::settings::Settings;
use super::validate::Available;

/// The key under which /etc files list the fields nurses may not change.
pub(crate) const LOCKED_KEY: &str = "locked";
/// More warnings than this from one file are summed up in one line.
const MAX_WARNINGS: usize = 50;

/// Which kind of file is parsed: only /etc files may lock fields.
#[derive(Clone, Copy, Debug, PartialEq, Eq)]
pub(crate) enum LayerKind {
    /// `config.ron`, a drop-in, or `--config`.
    System,
    /// The nurses' `settings.ron`.
    Local,
}

/// One parsed layer.
#[derive(Debug, Default)]
pub(crate) struct ParsedLayer {
    /// The values this layer sets, each already checked.
    pub values: Partial,
    /// The fields this layer locks.
    pub locked: Vec<String>,
    /// Keys this version does not know, kept so that saving does not lose them.
    pub unknown: Vec<(String, Value)>,
    /// Everything that was corrected or ignored.
    pub warnings: Vec<ParseWarning>,
}

/// A warning at `key` (the position is searched for in the text).
pub(crate) fn at_key(locator: &Locator<'_>, key: &str, message: String) -> ParseWarning {
    at_offset(locator, locator.key(key, 0), message)
}

fn at_offset(locator: &Locator<'_>, offset: Option<usize>, message: String) -> ParseWarning {
    let position = offset.map(|o| locator.line_col(o));
    ParseWarning {
        line: position.map(|(line, _)| line),
        col: position.map(|(_, col)| col),
        severity: Severity::Warning,
        message,
    }
}

/// Parses one layer. `Err` means the whole text is unusable (with the error's position).
pub(crate) fn parse_layer(
    text: &str,
    kind: LayerKind,
    available: &Available,
) -> Result<ParsedLayer, ParseWarning> {
    let locator = Locator::new(text);
    let mut layer = ParsedLayer::default();
    if locator.is_blank() {
        let message = "the file is empty; it sets nothing".to_owned();
        layer.warnings.push(at_offset(&locator, None, message));
        return Ok(layer);
    }
    let value: Value = ron::Options::default()
        .from_str(text)
        .map_err(|error| ParseWarning {
            line: Some(error.span.start.line),
            col: Some(error.span.start.col),
            severity: Severity::Error,
            message: format!(
                "not valid RON: {}; nothing in this file is used",
                error.code
            ),
        })?;
    let map = match value {
        Value::Map(map) => map,
        // `()` is "no settings", as a saved file with nothing left to keep is written.
        Value::Unit | Value::Seq(_) if locator.is_empty_parens() => ron::Map::new(),
        other => {
            return Err(ParseWarning {
                line: Some(1),
                col: Some(1),
                severity: Severity::Error,
                message: format!(
                    "expected settings in parentheses, such as (idle_timeout_secs: 120), found \
                     {}; nothing in this file is used",
                    describe(&other)
                ),
            });
        }
    };
    for (key, value) in map.iter() {
        let Value::String(key) = key else {
            let message = format!("a key is {}, not a name; ignored", describe(key));
            layer.warnings.push(at_offset(&locator, None, message));
            continue;
        };
        parse_field(&mut layer, &locator, kind, available, key, value);
    }
    // In file order, as an editor shows them (those without a position last).
    layer
        .warnings
        .sort_by_key(|w| (w.line.is_none(), w.line, w.col));
    if layer.warnings.len() > MAX_WARNINGS {
        let more = layer.warnings.len() - MAX_WARNINGS;
        layer.warnings.truncate(MAX_WARNINGS);
        let message = format!("{more} more warnings in this file are not shown");
        layer.warnings.push(at_offset(&locator, None, message));
    }
    Ok(layer)
}

/// Checks one top-level key and stores its value or its warnings in `layer`.
fn parse_field(
    layer: &mut ParsedLayer,
    locator: &Locator<'_>,
    kind: LayerKind,
    available: &Available,
    key: &str,
    value: &Value,
) {
    let notes = if let Some(notes) = layer.values.parse(key, value, available) {
        notes
    } else if key == LOCKED_KEY && kind == LayerKind::System {
        locked(&mut layer.locked, value)
    } else if key == LOCKED_KEY {
        vec![Note::at_key(
            "locked: only files in /etc can lock settings; ignored".to_owned(),
        )]
    } else {
        layer.unknown.push((key.to_owned(), value.clone()));
        let hint = did_you_mean(key, FIELD_NAMES);
        let message = format!("unknown key `{key}`{hint}; ignored");
        layer.warnings.push(at_key(locator, key, message));
        return;
    };
    let key_offset = locator.key(key, 0);
    for note in notes {
        let offset = match &note.anchor {
            Anchor::Key => key_offset,
            Anchor::Str(literal, nth) => locator.string(literal, key_offset.unwrap_or(0), *nth),
            Anchor::NestedKey(nested) => locator.key(nested, key_offset.unwrap_or(0)),
        };
        layer
            .warnings
            .push(at_offset(locator, offset.or(key_offset), note.message));
    }
}

/// The `locked: [..]` list: known field names only.
fn locked(locked: &mut Vec<String>, value: &Value) -> Vec<Note> {
    let Value::Seq(entries) = value else {
        let message = wrong_type(LOCKED_KEY, "a list of field names", value);
        return vec![Note {
            anchor: Anchor::Key,
            message,
        }];
    };
    let mut notes = Vec::new();
    for entry in entries {
        match entry {
            Value::String(name) if FIELD_NAMES.contains(&name.as_str()) => {
                locked.push(name.clone());
            }
            Value::String(name) => notes.push(Note {
                anchor: Anchor::Str(name.clone(), 0),
                message: format!(
                    "locked: `{name}` is not a setting{}; ignored",
                    did_you_mean(name, FIELD_NAMES)
                ),
            }),
            other => notes.push(Note {
                anchor: Anchor::Key,
                message: wrong_type(LOCKED_KEY, "a field name in quotes", other),
            }),
        }
    }
    notes
}

/// Fixes what only the combined settings can show; returns `(field, message)` per fix.
///
/// Each layer already dropped unavailable locales, so the first step matters only for the
/// built-in defaults on a kiosk whose content lacks one of them.
pub(crate) fn reconcile(
    settings: &mut Settings,
    available: &Available,
) -> Vec<(&'static str, String)> {
    let mut notes = Vec::new();
    let before = settings.locales.clone();
    settings.locales.retain(|l| available.allows(l));
    if settings.locales.is_empty() {
        settings.locales = available.list().to_vec();
    }
    if settings.locales != before {
        let now = settings.locales.join(", ");
        notes.push((
            "locales",
            format!("locales: not all are available; using {now}"),
        ));
    }
    if !settings.locales.contains(&settings.default_locale)
        && let Some(first) = settings.locales.first()
    {
        notes.push((
            "default_locale",
            format!(
                "default_locale: {:?} is not one of locales ({}); using {first:?}",
                settings.default_locale,
                settings.locales.join(", ")
            ),
        ));
        settings.default_locale.clone_from(first);
    }
    notes
}

/// Parses settings text over the built-in defaults, with no file involved.
///
/// Pure and lenient: always returns usable, validated settings, plus a warning for each
/// value that was corrected or ignored (or one error if the text as a whole is unusable,
/// in which case the settings are the defaults). `available_locales` are the locales the
/// content provides; an empty slice allows any well-formed language tag. `locked` is
/// accepted, as in an /etc file.
#[must_use]
pub fn parse_settings(text: &str, available_locales: &[&str]) -> (Settings, Vec<ParseWarning>) {
    let available = Available::new(available_locales);
    let mut settings = Settings::default();
    let mut warnings = match parse_layer(text, LayerKind::System, &available) {
        Ok(layer) => {
            layer.values.apply(
                &mut settings,
                &mut std::collections::BTreeMap::new(),
                &super::Layer::Default,
            );
            layer.warnings
        }
        Err(error) => vec![error],
    };
    let locator = Locator::new(text);
    for (field, message) in reconcile(&mut settings, &available) {
        warnings.push(at_key(&locator, field, message));
    }
    (settings, warnings)
}
