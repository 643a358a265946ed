//! The kiosk's settings: one struct, every field documented, units in names.

use std::path::PathBuf;

use serde::{Deserialize, Serialize};

use crate::model::TextScale;

/// Everything a nurse or hospital IT can configure.
///
/// Each field is also listed once in the table in `fields.rs`, which derives `Debug` (hiding
/// the PIN hash) and the field-by-field operations.
///
/// Missing fields take their defaults (`serde(default)`), so a config file only needs the
/// keys it changes.
#[derive(Clone, PartialEq, Eq, Serialize, Deserialize)]
#[serde(default)]
#[expect(
    clippy::struct_excessive_bools,
    reason = "independent switches a config file sets one by one, not a state machine"
)]
pub struct Settings {
    /// Seconds without a touch before the "are you still reading?" warning (30-1800).
    pub idle_timeout_secs: u32,
    /// Seconds the warning counts down before the kiosk resets (20-120).
    pub idle_warning_secs: u32,
    /// The enabled languages, in the order shown on the language switch (`"ja"`, `"en"`).
    pub locales: Vec<String>,
    /// The language every visit starts in; must be one of `locales`.
    pub default_locale: String,
    /// The text size every visit starts at; files write it in percent (100, 150 or 200).
    pub default_text_scale: TextScale,
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
    /// Whether the kiosk counts how it is used (anonymously, per day); `false` also deletes
    /// what was counted.
    pub usage_counts: bool,
    /// Days of counts kept (30-3650).
    pub usage_retention_days: u32,
    /// Where the `node_exporter` textfile is written; `None` writes none.
    pub usage_textfile: Option<PathBuf>,
    /// Seconds between two textfiles (5-3600; a minute unless testing).
    pub usage_textfile_period_secs: u32,
    /// Whether visitors are offered read-aloud (the button shows only where an engine and
    /// an audio output are available).
    pub speech: bool,
    /// The ALSA output speech is played on (`aplay -L` lists them): `default`, a headphone
    /// jack such as `plughw:CARD=PCH,DEV=0`, or `null` (silent, for testing).
    pub speech_device: String,
    /// The volume each visit starts at: 1 (quiet) to 3 (loud).
    pub speech_volume: u32,
    /// Whether languages whose translation no medical translator has reviewed are left off
    /// the language switch (Japanese, the original, is always there).
    pub hide_unreviewed_locales: bool,
    /// What a visitor sees where the Japanese original changed after a message was
    /// translated: `"japanese"`, the new Japanese; or `"mark"`, the old translation with a
    /// note on the page.
    pub stale_translations: StaleTranslations,
}

/// See [`Settings::stale_translations`]. Files write it as a string, `"japanese"` or
/// `"mark"`, as they write every other choice.
#[derive(Clone, Copy, Debug, Default, PartialEq, Eq, Serialize, Deserialize)]
#[serde(into = "String", try_from = "String")]
pub enum StaleTranslations {
    /// The Japanese original in place of the out-of-date translation.
    #[default]
    Japanese,
    /// The out-of-date translation, with a note on its page.
    Mark,
}

impl From<StaleTranslations> for String {
    fn from(value: StaleTranslations) -> Self {
        match value {
            StaleTranslations::Japanese => "japanese",
            StaleTranslations::Mark => "mark",
        }
        .to_owned()
    }
}

impl TryFrom<String> for StaleTranslations {
    type Error = String;

    fn try_from(value: String) -> Result<Self, Self::Error> {
        match value.as_str() {
            "japanese" => Ok(Self::Japanese),
            "mark" => Ok(Self::Mark),
            other => Err(format!("{other:?} is not \"japanese\" or \"mark\"")),
        }
    }
}

/// The default textfile: the directory Debian's `prometheus-node-exporter` reads.
pub const DEFAULT_USAGE_TEXTFILE: &str = "/var/lib/prometheus/node-exporter/immuno_kiosk.prom";

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
            locales: crate::source::EMBEDDED_LOCALES
                .iter()
                .map(|l| (*l).to_owned())
                .collect(),
            default_locale: "ja".to_owned(),
            default_text_scale: TextScale::Normal,
            high_contrast: false,
            show_cursor: false,
            allow_quit: false,
            staff_pin_hash: None,
            consultation: None,
            content_dir: None,
            usage_counts: true,
            usage_retention_days: 400,
            usage_textfile: Some(PathBuf::from(DEFAULT_USAGE_TEXTFILE)),
            usage_textfile_period_secs: 60,
            speech: true,
            speech_device: "default".to_owned(),
            speech_volume: 2,
            hide_unreviewed_locales: false,
            stale_translations: StaleTranslations::Japanese,
        }
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
