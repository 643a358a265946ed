//! `print-default-config`: a complete, commented config file.

use super::fields::value_ron;
use super::files::MAX_CONFIG_BYTES;
use super::settings::Settings;
use super::validate::{
    IDLE_TIMEOUT_SECS, IDLE_WARNING_SECS, USAGE_RETENTION_DAYS, USAGE_TEXTFILE_PERIOD_SECS,
};
use crate::model::TextScale;

/// One value as RON; the defaults are plain data, so this cannot fail in practice.
fn ron<T: serde::Serialize>(value: &T) -> String {
    value_ron(value).unwrap_or_else(|e| format!("/* cannot be shown: {e} */"))
}

/// A complete, commented `config.ron` holding the built-in defaults: every field with its
/// documentation and allowed range. It parses back to `Settings::default()`.
#[must_use]
pub fn default_config_ron() -> String {
    let Settings {
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
        usage_counts,
        usage_retention_days,
        usage_textfile,
        usage_textfile_period_secs,
        speech,
        speech_device,
        speech_volume,
        hide_unreviewed_locales,
        stale_translations,
    } = Settings::default();
    let (retention_min, retention_max) = (USAGE_RETENTION_DAYS.start(), USAGE_RETENTION_DAYS.end());
    let (period_min, period_max) = (
        USAGE_TEXTFILE_PERIOD_SECS.start(),
        USAGE_TEXTFILE_PERIOD_SECS.end(),
    );
    let (timeout_min, timeout_max) = (IDLE_TIMEOUT_SECS.start(), IDLE_TIMEOUT_SECS.end());
    let (warning_min, warning_max) = (IDLE_WARNING_SECS.start(), IDLE_WARNING_SECS.end());
    format!(
        r#"// immuno-kiosk configuration (RON). Install as /etc/immuno-kiosk/config.ron, or put
// only the keys you change in /etc/immuno-kiosk/config.d/NN-name.ron (read in name order,
// later files win). Every key is optional; a missing key keeps its default. Values the
// nurses save on the staff screen (settings.ron in the state directory) win over these,
// except for keys listed in `locked`. Check a file with `immuno-kiosk check-config FILE`.
// Files over {MAX_CONFIG_BYTES} bytes are refused.
(
    // Seconds without a touch before the "are you still reading?" warning ({timeout_min}-{timeout_max}).
    idle_timeout_secs: {idle_timeout_secs},

    // Seconds the warning counts down before the kiosk resets ({warning_min}-{warning_max}).
    idle_warning_secs: {idle_warning_secs},

    // The enabled languages, in the order shown on the language switch. At least one; each
    // must be a language the kiosk's content provides.
    locales: {locales},

    // The language every visit starts in; must be one of `locales`.
    default_locale: {default_locale},

    // The text size every visit starts at, in percent: {scales}.
    default_text_scale: {default_text_scale},

    // Whether every visit starts in the high-contrast theme (true or false).
    high_contrast: {high_contrast},

    // Whether the mouse pointer is shown (for kiosks used with a mouse).
    show_cursor: {show_cursor},

    // Whether the staff menu offers "quit the kiosk".
    allow_quit: {allow_quit},

    // The staff PIN as an argon2id hash; None means staff entry is not set up.
    // Set it with `immuno-kiosk set-pin`; never write a PIN here.
    staff_pin_hash: {staff_pin_hash},

    // The hospital's own consultation desk, shown on the pages about getting advice.
    // Texts are trimmed and cut to 200 characters; the url must start with https://.
    // Example:
    // consultation: Some((
    //     name: "がん相談支援センター",
    //     location: "本館1階 総合受付の隣",
    //     phone: "03-0000-0000",
    //     hours: "平日 9:00-17:00",
    //     url: Some("https://example.jp/soudan"),
    // )),
    consultation: {consultation},

    // A directory laid out like `locales/` and `assets/` that replaces the embedded content,
    // used only if it passes `immuno-kiosk check-content`. Example: Some("/srv/kiosk-content")
    content_dir: {content_dir},

    // Anonymous usage counts, per day: visits, pages by language, text sizes, QR codes
    // shown, idle resets, staff unlocks. Never anything about one visitor. false stops
    // counting and deletes what was counted (the staff settings screen can delete too).
    usage_counts: {usage_counts},

    // Days of counts kept ({retention_min}-{retention_max}).
    usage_retention_days: {usage_retention_days},

    // The node_exporter textfile the kiosk rewrites for the fleet's Prometheus; None writes
    // none. It must end in .prom.
    usage_textfile: {usage_textfile},

    // Seconds between two textfiles ({period_min}-{period_max}).
    usage_textfile_period_secs: {usage_textfile_period_secs},

    // Read-aloud: a button on every page that reads it in Japanese or English (Open JTalk
    // and Festival, offline). It shows only where the engines (packages open-jtalk,
    // open-jtalk-mecab-naist-jdic, festival, festvox-us-slt-hts) and an audio output are
    // installed; the staff settings screen says why when it does not.
    speech: {speech},

    // The ALSA output speech plays on: "default", or a headphone jack or handset by its
    // name in `aplay -L`, for example "plughw:CARD=PCH,DEV=0".
    speech_device: {speech_device},

    // The volume every visit starts at, 1 (quiet) to 3 (loud); the idle reset returns to it.
    speech_volume: {speech_volume},

    // Leave languages off the language switch until a medical translator has reviewed their
    // whole translation (`immuno-kiosk export-review` and `import-review`). Japanese, the
    // original, is always shown. Lock it with `locked` to keep the choice in IT's hands.
    hide_unreviewed_locales: {hide_unreviewed_locales},

    // Where the Japanese original changed after a message was translated: "japanese" shows
    // the new Japanese in its place; "mark" shows the old translation with a note on the page.
    stale_translations: {stale_translations},

    // Keys the nurses cannot change on the staff screen (only honoured in /etc files),
    // for example ["idle_timeout_secs", "staff_pin_hash"].
    locked: [],
)
"#,
        default_text_scale = default_text_scale.percent(),
        scales = TextScale::percents_text(),
        locales = ron(&locales),
        default_locale = ron(&default_locale),
        staff_pin_hash = ron(&staff_pin_hash),
        consultation = ron(&consultation),
        content_dir = ron(&content_dir),
        usage_textfile = ron(&usage_textfile),
        stale_translations = ron(&stale_translations),
        speech_device = ron(&speech_device),
    )
}
