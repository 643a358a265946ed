//! The kiosk's settings: one struct, every field documented, units in names.

use std::path::PathBuf;

use serde::{Deserialize, Serialize};

/// Everything a nurse or hospital IT can configure.
///
/// Missing fields take their defaults (`serde(default)`), so a config file only needs the
/// keys it changes.
#[derive(Clone, PartialEq, Eq, Serialize, Deserialize)]
#[serde(default)]
pub struct Settings {
    /// Seconds without a touch before the "are you still reading?" warning (30-1800).
    pub idle_timeout_secs: u32,
    /// Seconds the warning counts down before the kiosk resets (20-120).
    pub idle_warning_secs: u32,
    /// The enabled languages, in the order shown on the language switch (`"ja"`, `"en"`).
    pub locales: Vec<String>,
    /// The language every visit starts in; must be one of `locales`.
    pub default_locale: String,
    /// The text size every visit starts at, in percent: 100, 150 or 200.
    pub default_text_scale: u32,
    /// Whether every visit starts in the high-contrast theme.
    pub high_contrast: bool,
    /// Whether the mouse pointer is shown (for kiosks used with a mouse).
    pub show_cursor: bool,
    /// Whether the staff menu offers "quit the kiosk".
    pub allow_quit: bool,
    /// The staff PIN as an argon2id PHC string; `None` means staff entry is not set up.
    pub staff_pin_hash: Option<String>,
    /// The hospital's own consultation desk, shown on the pages about getting advice.
    pub consultation: Option<ConsultationDesk>,
    /// A directory laid out like `locales/` and `assets/` that replaces the embedded content,
    /// used only if it passes `check-content`.
    pub content_dir: Option<PathBuf>,
}

/// The hospital's own desk for questions about treatment and costs.
#[derive(Clone, Debug, Default, PartialEq, Eq, Serialize, Deserialize)]
#[serde(default)]
pub struct ConsultationDesk {
    /// The desk's name, e.g. 「がん相談支援センター」.
    pub name: String,
    /// Where it is, e.g. 「本館1階 総合受付の隣」.
    pub location: String,
    /// Its phone number as patients dial it.
    pub phone: String,
    /// Its opening hours.
    pub hours: String,
    /// An optional `https://` page about the desk, shown as a QR code.
    pub url: Option<String>,
}

impl Default for Settings {
    fn default() -> Self {
        Self {
            idle_timeout_secs: 120,
            idle_warning_secs: 30,
            locales: vec!["ja".to_owned(), "en".to_owned()],
            default_locale: "ja".to_owned(),
            default_text_scale: 100,
            high_contrast: false,
            show_cursor: false,
            allow_quit: false,
            staff_pin_hash: None,
            consultation: None,
            content_dir: None,
        }
    }
}

impl Settings {
    /// The names of the fields whose values differ between `self` and `other`, in field
    /// order: what a save did not keep, when validation dropped or corrected a value.
    pub fn differing_fields(&self, other: &Self) -> Vec<&'static str> {
        let Self {
            idle_timeout_secs,
            idle_warning_secs,
            locales,
            default_locale,
            default_text_scale,
            high_contrast,
            show_cursor,
            allow_quit,
            staff_pin_hash,
            consultation,
            content_dir,
        } = self;
        [
            (
                "idle_timeout_secs",
                *idle_timeout_secs == other.idle_timeout_secs,
            ),
            (
                "idle_warning_secs",
                *idle_warning_secs == other.idle_warning_secs,
            ),
            ("locales", *locales == other.locales),
            ("default_locale", *default_locale == other.default_locale),
            (
                "default_text_scale",
                *default_text_scale == other.default_text_scale,
            ),
            ("high_contrast", *high_contrast == other.high_contrast),
            ("show_cursor", *show_cursor == other.show_cursor),
            ("allow_quit", *allow_quit == other.allow_quit),
            ("staff_pin_hash", *staff_pin_hash == other.staff_pin_hash),
            ("consultation", *consultation == other.consultation),
            ("content_dir", *content_dir == other.content_dir),
        ]
        .into_iter()
        .filter_map(|(name, same)| (!same).then_some(name))
        .collect()
    }
}

/// Debug output never shows the PIN hash: four-digit PINs are quick to brute-force from it.
impl std::fmt::Debug for Settings {
    fn fmt(&self, f: &mut std::fmt::Formatter<'_>) -> std::fmt::Result {
        let Self {
            idle_timeout_secs,
            idle_warning_secs,
            locales,
            default_locale,
            default_text_scale,
            high_contrast,
            show_cursor,
            allow_quit,
            staff_pin_hash,
            consultation,
            content_dir,
        } = self;
        f.debug_struct("Settings")
            .field("idle_timeout_secs", idle_timeout_secs)
            .field("idle_warning_secs", idle_warning_secs)
            .field("locales", locales)
            .field("default_locale", default_locale)
            .field("default_text_scale", default_text_scale)
            .field("high_contrast", high_contrast)
            .field("show_cursor", show_cursor)
            .field("allow_quit", allow_quit)
            .field("staff_pin_hash", &staff_pin_hash.as_ref().map(|_| "<set>"))
            .field("consultation", consultation)
            .field("content_dir", content_dir)
            .finish()
    }
}

#[cfg(test)]
mod tests {
    use super::Settings;

    #[test]
    fn differing_fields_names_exactly_the_changed_ones() {
        let before = Settings::default();
        let after = Settings {
            idle_timeout_secs: 60,
            allow_quit: true,
            ..Settings::default()
        };
        assert_eq!(
            before.differing_fields(&after),
            ["idle_timeout_secs", "allow_quit"]
        );
        assert!(before.differing_fields(&before).is_empty());
    }

    #[test]
    fn debug_output_hides_the_pin_hash() {
        let settings = Settings {
            staff_pin_hash: Some("$argon2id$v=19$secret".to_owned()),
            ..Settings::default()
        };
        let shown = format!("{settings:?}");
        assert!(!shown.contains("secret"), "{shown}");
        assert!(shown.contains("<set>"));
    }
}
