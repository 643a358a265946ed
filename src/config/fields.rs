//! `Partial`: one layer's worth of settings, every field optional.
//!
//! The field list is written once, in the macro call at the bottom; the macro derives the
//! per-field code (apply a layer, diff two `Settings`, merge for saving, write RON) so no
//! operation can forget a field. `exhaustive` destructures `Settings` without `..`, so a new
//! field in `Settings` fails to compile until it is added here too.

use std::collections::{BTreeMap, BTreeSet};
use std::path::PathBuf;

use super::report::Layer;
use super::settings::{ConsultationDesk, Settings};

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

macro_rules! partial_settings {
    ($($field:ident: $ty:ty),* $(,)?) => {
        /// One layer's values: `None` means "this layer does not set the field".
        #[derive(Clone, Debug, Default, PartialEq)]
        pub(crate) struct Partial {
            $(pub $field: Option<$ty>,)*
        }

        /// Every field name of `Settings`, in declaration order.
        pub(crate) const FIELD_NAMES: &[&str] = &[$(stringify!($field)),*];

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

            /// `(name, RON text)` of each field this layer sets, in declaration order:
            /// indented for a file, or on one line for a report.
            pub fn entries_ron(
                &self,
                one_line: bool,
            ) -> Result<Vec<(&'static str, String)>, ron::Error> {
                let mut entries = Vec::new();
                $(if let Some(value) = &self.$field {
                    let text = if one_line { ron::to_string(value)? } else { value_ron(value)? };
                    entries.push((stringify!($field), text));
                })*
                Ok(entries)
            }
        }

        /// Fails to compile when `Settings` gains a field that is missing above.
        #[allow(dead_code, reason = "exists only to be type-checked")]
        fn exhaustive(settings: Settings) {
            let Settings { $($field: _,)* } = settings;
        }
    };
}

partial_settings! {
    idle_timeout_secs: u32,
    idle_warning_secs: u32,
    locales: Vec<String>,
    default_locale: String,
    default_text_scale: u32,
    high_contrast: bool,
    show_cursor: bool,
    allow_quit: bool,
    staff_pin_hash: Option<String>,
    consultation: Option<ConsultationDesk>,
    content_dir: Option<PathBuf>,
}
