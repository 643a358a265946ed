//! The settings fields, written once: the table at the bottom names each field's type, the
//! check its value must pass, and whether it is a secret.
//!
//! The macro derives everything else that goes field by field: [`Field`] (the typed row key
//! of the staff screen; `origin` and `locked` are keyed by its [`Field::name`], the name
//! files use), `Partial` (one layer's values: apply, parse, merge
//! for saving, write RON), [`Settings::differing_fields`] and `Settings`' `Debug`, which hides
//! the secrets. `exhaustive` destructures `Settings` without `..`, so a new field in
//! `Settings` fails to compile until it is added to the table too.

use std::collections::{BTreeMap, BTreeSet};
use std::path::PathBuf;

use ron::Value;

use super::note::Note;
use super::report::Layer;
use super::settings::{ConsultationDesk, Settings, StaleTranslations};
use super::validate::{self, Available};
use crate::model::TextScale;

/// How values are written into a saved file: multi-line, but short arrays on one line.
fn pretty() -> ron::ser::PrettyConfig {
    ron::ser::PrettyConfig::new()
        .indentor("    ")
        .compact_arrays(true)
}

/// Serialises one value as it appears after `key: ` in a file nested one level deep.
pub(crate) fn value_ron<T: serde::Serialize>(value: &T) -> Result<String, ron::Error> {
    // Strings are written escaped, so a raw newline only ever separates RON tokens and
    // indenting after it cannot change a value.
    Ok(ron::ser::to_string_pretty(value, pretty())?.replace('\n', "\n    "))
}

/// Shows a secret in `Debug` output only as whether it is set.
struct Redacted<'a, T>(&'a Option<T>);

impl<T> std::fmt::Debug for Redacted<'_, T> {
    fn fmt(&self, f: &mut std::fmt::Formatter<'_>) -> std::fmt::Result {
        std::fmt::Debug::fmt(&self.0.as_ref().map(|_| "<set>"), f)
    }
}

macro_rules! settings_fields {
    ($($variant:ident => $field:ident: $ty:ty, check: $check:path, secret: $secret:tt;)*) => {
        /// One field of [`Settings`]: the key of a row on the staff screen, checked by the
        /// compiler where a string would not be. Origins and `locked` use its `name()`, as
        /// the files do.
        #[derive(Clone, Copy, Debug, PartialEq, Eq, PartialOrd, Ord, Hash)]
        pub enum Field {
            $(
                #[doc = concat!("`", stringify!($field), "`")]
                $variant,
            )*
        }

        impl Field {
            /// Every field, in declaration order.
            pub const ALL: &[Self] = &[$(Self::$variant),*];

            /// The name files and reports use.
            #[must_use]
            pub fn name(self) -> &'static str {
                match self {
                    $(Self::$variant => stringify!($field),)*
                }
            }

            /// The field a file calls `name`.
            #[must_use]
            pub fn named(name: &str) -> Option<Self> {
                match name {
                    $(stringify!($field) => Some(Self::$variant),)*
                    _ => None,
                }
            }

            /// Whether the value must stay out of logs, reports and terminals.
            #[must_use]
            pub fn is_secret(self) -> bool {
                match self {
                    $(Self::$variant => $secret,)*
                }
            }
        }

        /// Every field name of `Settings`, in declaration order.
        pub const FIELD_NAMES: &[&str] = &[$(stringify!($field)),*];

        /// One layer's values: `None` means "this layer does not set the field".
        #[derive(Clone, Debug, Default, PartialEq)]
        pub(crate) struct Partial {
            $(pub $field: Option<$ty>,)*
        }

        impl Partial {
            /// Every field set to `settings`' value.
            pub fn from_settings(settings: &Settings) -> Self {
                Self { $($field: Some(settings.$field.clone()),)* }
            }

            /// Writes this layer's values over `target`, recording `layer` as their origin.
            pub fn apply(
                &self,
                target: &mut Settings,
                origin: &mut BTreeMap<&'static str, Layer>,
                layer: &Layer,
            ) {
                $(if let Some(value) = &self.$field {
                    target.$field.clone_from(value);
                    origin.insert(stringify!($field), layer.clone());
                })*
            }

            /// Checks `value` as the field `key` and keeps it if it passes; returns what the
            /// check said, or `None` if `key` is not a field.
            pub fn parse(
                &mut self,
                key: &str,
                value: &Value,
                available: &Available,
            ) -> Option<Vec<Note>> {
                match key {
                    $(stringify!($field) => {
                        Some($check(key, value, available).store(&mut self.$field))
                    })*
                    _ => None,
                }
            }

            /// Unsets `name`; returns whether it was set.
            pub fn unset(&mut self, name: &str) -> bool {
                match name {
                    $(stringify!($field) => self.$field.take().is_some(),)*
                    _ => false,
                }
            }

            /// The nurse layer to save.
            ///
            /// For each unlocked field: the draft's value if the nurse changed it since
            /// `loaded`, else the value now on disk (another process, such as `set-pin`,
            /// may have written it since), else the loaded value; kept only where it
            /// differs from `below`, so fields nobody touched follow later IT changes.
            pub fn for_saving(
                draft: &Settings,
                loaded: &Settings,
                on_disk: &Partial,
                below: &Settings,
                locked: &BTreeSet<String>,
            ) -> Self {
                Self { $($field: {
                    if locked.contains(stringify!($field)) {
                        None
                    } else {
                        let value = if draft.$field != loaded.$field {
                            draft.$field.clone()
                        } else if let Some(value) = &on_disk.$field {
                            value.clone()
                        } else {
                            loaded.$field.clone()
                        };
                        (value != below.$field).then_some(value)
                    }
                },)* }
            }

            /// The RON text of each field this layer sets, in declaration order: indented
            /// for a file, or on one line for a report.
            pub fn entries_ron(&self, one_line: bool) -> Result<Vec<(Field, String)>, ron::Error> {
                let mut entries = Vec::new();
                $(if let Some(value) = &self.$field {
                    let text = if one_line { ron::to_string(value)? } else { value_ron(value)? };
                    entries.push((Field::$variant, text));
                })*
                Ok(entries)
            }
        }

        impl Settings {
            /// The names of the fields whose values differ between `self` and `other`, in
            /// field order: what a save did not keep, when validation dropped or corrected a
            /// value.
            #[must_use]
            pub fn differing_fields(&self, other: &Self) -> Vec<&'static str> {
                let mut names = Vec::new();
                $(if self.$field != other.$field {
                    names.push(stringify!($field));
                })*
                names
            }
        }

        /// Debug output never shows a secret: four-digit PINs are quick to brute-force from
        /// their hash.
        impl std::fmt::Debug for Settings {
            fn fmt(&self, f: &mut std::fmt::Formatter<'_>) -> std::fmt::Result {
                let mut out = f.debug_struct("Settings");
                $(settings_fields!(@debug out, stringify!($field), self.$field, $secret);)*
                out.finish()
            }
        }

        /// Fails to compile when `Settings` gains a field that is missing above.
        #[allow(dead_code, reason = "exists only to be type-checked")]
        fn exhaustive(settings: Settings) {
            let Settings { $($field: _,)* } = settings;
        }
    };
    (@debug $out:ident, $name:expr, $value:expr, true) => {
        $out.field($name, &Redacted(&$value));
    };
    (@debug $out:ident, $name:expr, $value:expr, false) => {
        $out.field($name, &$value);
    };
}

settings_fields! {
    IdleTimeoutSecs => idle_timeout_secs: u32, check: validate::idle_timeout_secs, secret: false;
    IdleWarningSecs => idle_warning_secs: u32, check: validate::idle_warning_secs, secret: false;
    Locales => locales: Vec<String>, check: validate::locales, secret: false;
    DefaultLocale => default_locale: String, check: validate::locale, secret: false;
    DefaultTextScale => default_text_scale: TextScale, check: validate::text_scale, secret: false;
    HighContrast => high_contrast: bool, check: validate::boolean, secret: false;
    ShowCursor => show_cursor: bool, check: validate::boolean, secret: false;
    AllowQuit => allow_quit: bool, check: validate::boolean, secret: false;
    StaffPinHash => staff_pin_hash: Option<String>, check: validate::pin_hash, secret: true;
    Consultation => consultation: Option<ConsultationDesk>, check: validate::consultation,
        secret: false;
    ContentDir => content_dir: Option<PathBuf>, check: validate::content_dir, secret: false;
    UsageCounts => usage_counts: bool, check: validate::boolean, secret: false;
    UsageRetentionDays => usage_retention_days: u32, check: validate::usage_retention_days,
        secret: false;
    UsageTextfile => usage_textfile: Option<PathBuf>, check: validate::usage_textfile,
        secret: false;
    Speech => speech: bool, check: validate::boolean, secret: false;
    SpeechDevice => speech_device: String, check: validate::speech_device, secret: false;
    SpeechVolume => speech_volume: u32, check: validate::speech_volume, secret: false;
    HideUnreviewedLocales => hide_unreviewed_locales: bool, check: validate::boolean,
        secret: false;
    StaleTranslations => stale_translations: StaleTranslations,
        check: validate::stale_translations, secret: false;
    UsageTextfilePeriodSecs => usage_textfile_period_secs: u32,
        check: validate::usage_textfile_period_secs, secret: false;
}

#[cfg(test)]
mod tests {
    use super::*;

    #[test]
    fn each_field_is_found_by_its_file_name() {
        let names: Vec<&str> = Field::ALL.iter().map(|f| f.name()).collect();
        assert_eq!(names, FIELD_NAMES);
        for field in Field::ALL {
            assert_eq!(Field::named(field.name()), Some(*field));
        }
        assert_eq!(Field::named("locked"), None);
    }

    #[test]
    fn only_the_pin_hash_is_a_secret() {
        let secrets: Vec<Field> = Field::ALL
            .iter()
            .copied()
            .filter(|f| f.is_secret())
            .collect();
        assert_eq!(secrets, [Field::StaffPinHash]);
    }

    #[test]
    fn a_layer_takes_checked_values_and_leaves_unknown_keys_to_the_caller() {
        let available = Available::new(&["ja", "en"]);
        let mut layer = Partial::default();
        let notes = layer.parse("default_text_scale", &Value::Number(130.into()), &available);
        assert_eq!(
            notes.map(|n| n.len()),
            Some(1),
            "130 is snapped, with a note"
        );
        assert_eq!(layer.default_text_scale, Some(TextScale::Large));
        assert!(
            layer
                .parse("colour", &Value::Bool(true), &available)
                .is_none()
        );
    }
}
