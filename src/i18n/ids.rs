//! The Fluent ids the code uses (all in `ui.ftl`). The content lint treats them as used,
//! and a test checks that every locale defines them.

/// `app-title`
pub const APP_TITLE: &str = "app-title";
/// `language-name`
pub const LANGUAGE_NAME: &str = "language-name";
/// `home-intro`
pub const HOME_INTRO: &str = "home-intro";
/// `home-track-pages`
pub const HOME_TRACK_PAGES: &str = "home-track-pages";
/// `home-open-track`
pub const HOME_OPEN_TRACK: &str = "home-open-track";
/// `home-hint`
pub const HOME_HINT: &str = "home-hint";
/// `nav-previous`
pub const NAV_PREVIOUS: &str = "nav-previous";
/// `nav-next`
pub const NAV_NEXT: &str = "nav-next";
/// `nav-home`
pub const NAV_HOME: &str = "nav-home";
/// `page-progress`
pub const PAGE_PROGRESS: &str = "page-progress";
/// The page progress as a screen reader says it: "page 3 of 5".
pub const PAGE_PROGRESS_SPOKEN: &str = "page-progress-spoken";
/// `swipe-hint`
pub const SWIPE_HINT: &str = "swipe-hint";
/// `text-size-label`
pub const TEXT_SIZE_LABEL: &str = "text-size-label";
/// `contrast-label`
pub const CONTRAST_LABEL: &str = "contrast-label";
/// The label of the readings (furigana) switch, shown only in Japanese.
pub const FURIGANA_LABEL: &str = "furigana-label";
/// Readings: none.
pub const FURIGANA_OFF: &str = "furigana-off";
/// Readings: over the hard terms the content marks.
pub const FURIGANA_HARD_TERMS: &str = "furigana-hard-terms";
/// Readings: over every word with kanji.
pub const FURIGANA_ALL: &str = "furigana-all";
/// A glossary term's accessible name: "用語の説明：{ $term }".
pub const GLOSSARY_OPEN: &str = "term-open";
/// The glossary card's title, and export-html's glossary section.
pub const GLOSSARY_TITLE: &str = "term-card-title";
/// The glossary card's close button.
pub const GLOSSARY_CLOSE: &str = "term-card-close";
/// `legend-title`
pub const LEGEND_TITLE: &str = "legend-title";
/// `legend-proven`
pub const LEGEND_PROVEN: &str = "legend-proven";
/// `legend-broad`
pub const LEGEND_BROAD: &str = "legend-broad";
/// `page-source`
pub const PAGE_SOURCE: &str = "page-source";
/// `content-reviewed`
pub const CONTENT_REVIEWED: &str = "content-reviewed";
/// `about-open`
pub const ABOUT_OPEN: &str = "about-open";
/// `qr-hint`
pub const QR_HINT: &str = "qr-hint";
/// What a screen reader says for a QR code: where it leads.
pub const QR_ALT: &str = "qr-alt";
/// `consult-desk-title`
pub const CONSULT_DESK_TITLE: &str = "consult-desk-title";
/// `consult-desk-location`
pub const CONSULT_DESK_LOCATION: &str = "consult-desk-location";
/// `consult-desk-phone`
pub const CONSULT_DESK_PHONE: &str = "consult-desk-phone";
/// `consult-desk-hours`
pub const CONSULT_DESK_HOURS: &str = "consult-desk-hours";
/// `attract-touch`
pub const ATTRACT_TOUCH: &str = "attract-touch";
/// `attract-subtitle`
pub const ATTRACT_SUBTITLE: &str = "attract-subtitle";
/// `idle-title`
pub const IDLE_TITLE: &str = "idle-title";
/// `idle-countdown`
pub const IDLE_COUNTDOWN: &str = "idle-countdown";
/// `idle-continue`
pub const IDLE_CONTINUE: &str = "idle-continue";
/// `staff-pin-title`
pub const STAFF_PIN_TITLE: &str = "staff-pin-title";
/// `staff-pin-wrong`
pub const STAFF_PIN_WRONG: &str = "staff-pin-wrong";
/// `staff-pin-locked`
pub const STAFF_PIN_LOCKED: &str = "staff-pin-locked";
/// `staff-pin-clear`
pub const STAFF_PIN_CLEAR: &str = "staff-pin-clear";
/// `staff-pin-enter`
pub const STAFF_PIN_ENTER: &str = "staff-pin-enter";
/// `staff-cancel`
pub const STAFF_CANCEL: &str = "staff-cancel";
/// `staff-not-set-up-title`
pub const STAFF_NOT_SET_UP_TITLE: &str = "staff-not-set-up-title";
/// `staff-not-set-up-body`
pub const STAFF_NOT_SET_UP_BODY: &str = "staff-not-set-up-body";
/// `staff-menu-title`
pub const STAFF_MENU_TITLE: &str = "staff-menu-title";
/// `staff-open-settings`
pub const STAFF_OPEN_SETTINGS: &str = "staff-open-settings";
/// `staff-show-cursor`
pub const STAFF_SHOW_CURSOR: &str = "staff-show-cursor";
/// `staff-hide-cursor`
pub const STAFF_HIDE_CURSOR: &str = "staff-hide-cursor";
/// `staff-quit`
pub const STAFF_QUIT: &str = "staff-quit";
/// `staff-lock`
pub const STAFF_LOCK: &str = "staff-lock";
/// `staff-auto-lock`
pub const STAFF_AUTO_LOCK: &str = "staff-auto-lock";

/// `about-title` (in `about.ftl`)
pub const ABOUT_TITLE: &str = "about-title";
/// `consult-general-title` (in `about.ftl`)
pub const CONSULT_GENERAL_TITLE: &str = "consult-general-title";
/// `consult-general-body` (in `about.ftl`)
pub const CONSULT_GENERAL_BODY: &str = "consult-general-body";
/// `consult-support-center` (in `about.ftl`)
pub const CONSULT_SUPPORT_CENTER: &str = "consult-support-center";

/// `settings-title`
pub const SETTINGS_TITLE: &str = "settings-title";
/// `settings-save`
pub const SETTINGS_SAVE: &str = "settings-save";
/// `settings-discard`
pub const SETTINGS_DISCARD: &str = "settings-discard";
/// `settings-back`
pub const SETTINGS_BACK: &str = "settings-back";
/// `settings-saved`
pub const SETTINGS_SAVED: &str = "settings-saved";
/// `settings-save-failed`
pub const SETTINGS_SAVE_FAILED: &str = "settings-save-failed";
/// `settings-unsaved`
pub const SETTINGS_UNSAVED: &str = "settings-unsaved";
/// `settings-no-changes`
pub const SETTINGS_NO_CHANGES: &str = "settings-no-changes";
/// `settings-origin`
pub const SETTINGS_ORIGIN: &str = "settings-origin";
/// `settings-locked`
pub const SETTINGS_LOCKED: &str = "settings-locked";
/// `settings-on`
pub const SETTINGS_ON: &str = "settings-on";
/// `settings-off`
pub const SETTINGS_OFF: &str = "settings-off";
/// `settings-seconds`
pub const SETTINGS_SECONDS: &str = "settings-seconds";
/// `settings-idle-timeout`
pub const SETTINGS_IDLE_TIMEOUT: &str = "settings-idle-timeout";
/// `settings-idle-warning`
pub const SETTINGS_IDLE_WARNING: &str = "settings-idle-warning";
/// `settings-locales`
pub const SETTINGS_LOCALES: &str = "settings-locales";
/// `settings-move-up`
pub const SETTINGS_MOVE_UP: &str = "settings-move-up";
/// `settings-default-locale`
pub const SETTINGS_DEFAULT_LOCALE: &str = "settings-default-locale";
/// `settings-default-text-scale`
pub const SETTINGS_DEFAULT_TEXT_SCALE: &str = "settings-default-text-scale";
/// `settings-high-contrast`
pub const SETTINGS_HIGH_CONTRAST: &str = "settings-high-contrast";
/// `settings-show-cursor`
pub const SETTINGS_SHOW_CURSOR: &str = "settings-show-cursor";
/// `settings-allow-quit`
pub const SETTINGS_ALLOW_QUIT: &str = "settings-allow-quit";
/// `settings-consultation`
pub const SETTINGS_CONSULTATION: &str = "settings-consultation";
/// `settings-desk-name`
pub const SETTINGS_DESK_NAME: &str = "settings-desk-name";
/// `settings-desk-location`
pub const SETTINGS_DESK_LOCATION: &str = "settings-desk-location";
/// `settings-desk-phone`
pub const SETTINGS_DESK_PHONE: &str = "settings-desk-phone";
/// `settings-desk-hours`
pub const SETTINGS_DESK_HOURS: &str = "settings-desk-hours";
/// `settings-desk-url`
pub const SETTINGS_DESK_URL: &str = "settings-desk-url";
/// `settings-content-dir`
pub const SETTINGS_CONTENT_DIR: &str = "settings-content-dir";
/// `settings-change-pin`
pub const SETTINGS_CHANGE_PIN: &str = "settings-change-pin";
/// `settings-pin-current`
pub const SETTINGS_PIN_CURRENT: &str = "settings-pin-current";
/// `settings-pin-new`
pub const SETTINGS_PIN_NEW: &str = "settings-pin-new";
/// `settings-pin-again`
pub const SETTINGS_PIN_AGAIN: &str = "settings-pin-again";
/// `settings-pin-changed`
pub const SETTINGS_PIN_CHANGED: &str = "settings-pin-changed";
/// `settings-pin-mismatch`
pub const SETTINGS_PIN_MISMATCH: &str = "settings-pin-mismatch";
/// `settings-pin-invalid`
pub const SETTINGS_PIN_INVALID: &str = "settings-pin-invalid";
/// `settings-about`
pub const SETTINGS_ABOUT: &str = "settings-about";
/// `settings-version`
pub const SETTINGS_VERSION: &str = "settings-version";
/// `settings-layers`
pub const SETTINGS_LAYERS: &str = "settings-layers";
/// `settings-layer-loaded`
pub const SETTINGS_LAYER_LOADED: &str = "settings-layer-loaded";
/// `settings-layer-absent`
pub const SETTINGS_LAYER_ABSENT: &str = "settings-layer-absent";
/// `settings-layer-error`
pub const SETTINGS_LAYER_ERROR: &str = "settings-layer-error";
/// `settings-problems`
pub const SETTINGS_PROBLEMS: &str = "settings-problems";
/// `settings-backup`
pub const SETTINGS_BACKUP: &str = "settings-backup";
/// `settings-backup-none`
pub const SETTINGS_BACKUP_NONE: &str = "settings-backup-none";
/// `layer-default`
pub const LAYER_DEFAULT: &str = "layer-default";
/// `layer-system`
pub const LAYER_SYSTEM: &str = "layer-system";
/// `layer-dropin`
pub const LAYER_DROPIN: &str = "layer-dropin";
/// `layer-local`
pub const LAYER_LOCAL: &str = "layer-local";

/// `consult-desk-line`
pub const CONSULT_DESK_LINE: &str = "consult-desk-line";

/// `settings-pin`
pub const SETTINGS_PIN: &str = "settings-pin";
/// `settings-step-down`
pub const SETTINGS_STEP_DOWN: &str = "settings-step-down";
/// `settings-step-up`
pub const SETTINGS_STEP_UP: &str = "settings-step-up";

/// `settings-saved-partly`
pub const SETTINGS_SAVED_PARTLY: &str = "settings-saved-partly";
/// `settings-pin-length`
pub const SETTINGS_PIN_LENGTH: &str = "settings-pin-length";
/// `settings-no-config-files`
pub const SETTINGS_NO_CONFIG_FILES: &str = "settings-no-config-files";

/// `nav-back`
pub const NAV_BACK: &str = "nav-back";
/// `page-next-track`
pub const PAGE_NEXT_TRACK: &str = "page-next-track";

/// `staff-open-usage`
pub const STAFF_OPEN_USAGE: &str = "staff-open-usage";
/// `usage-title`
pub const USAGE_TITLE: &str = "usage-title";
/// `usage-days`
pub const USAGE_DAYS: &str = "usage-days";
/// `usage-visits-chart`
pub const USAGE_VISITS_CHART: &str = "usage-visits-chart";
/// `usage-visits-total`
pub const USAGE_VISITS_TOTAL: &str = "usage-visits-total";
/// `usage-top-pages`
pub const USAGE_TOP_PAGES: &str = "usage-top-pages";
/// `usage-languages`
pub const USAGE_LANGUAGES: &str = "usage-languages";
/// `usage-text-sizes`
pub const USAGE_TEXT_SIZES: &str = "usage-text-sizes";
/// `usage-count`
pub const USAGE_COUNT: &str = "usage-count";
/// `usage-empty`
pub const USAGE_EMPTY: &str = "usage-empty";
/// `usage-off`
pub const USAGE_OFF: &str = "usage-off";
/// `usage-problem`
pub const USAGE_PROBLEM: &str = "usage-problem";
/// `usage-moved-aside`
pub const USAGE_MOVED_ASIDE: &str = "usage-moved-aside";
/// `usage-privacy`
pub const USAGE_PRIVACY: &str = "usage-privacy";
/// `settings-usage-counts`
pub const SETTINGS_USAGE_COUNTS: &str = "settings-usage-counts";
/// `settings-usage-retention`
pub const SETTINGS_USAGE_RETENTION: &str = "settings-usage-retention";
/// `settings-days`
pub const SETTINGS_DAYS: &str = "settings-days";
/// `settings-step-down-days`
pub const SETTINGS_STEP_DOWN_DAYS: &str = "settings-step-down-days";
/// `settings-step-up-days`
pub const SETTINGS_STEP_UP_DAYS: &str = "settings-step-up-days";
/// `settings-usage-delete`
pub const SETTINGS_USAGE_DELETE: &str = "settings-usage-delete";
/// `settings-usage-deleted`
pub const SETTINGS_USAGE_DELETED: &str = "settings-usage-deleted";
/// The read-aloud button: 「読み上げ」.
pub const SPEECH_READ: &str = "speech-read";
/// Pauses reading.
pub const SPEECH_PAUSE: &str = "speech-pause";
/// Goes on reading from the sentence that was paused.
pub const SPEECH_RESUME: &str = "speech-resume";
/// Stops reading.
pub const SPEECH_STOP: &str = "speech-stop";
/// What a screen reader says of the control while it reads: 「読み上げ中」.
pub const SPEECH_PLAYING: &str = "speech-playing";
/// What a screen reader says of the control while it is paused.
pub const SPEECH_PAUSED: &str = "speech-paused";
/// The label of the speed choice.
pub const SPEECH_RATE: &str = "speech-rate";
/// The voice's own speed.
pub const SPEECH_RATE_NORMAL: &str = "speech-rate-normal";
/// Slower speech.
pub const SPEECH_RATE_SLOW: &str = "speech-rate-slow";
/// The label of the volume choice.
pub const SPEECH_VOLUME: &str = "speech-volume";
/// The quiet step.
pub const SPEECH_VOLUME_LOW: &str = "speech-volume-low";
/// The middle step.
pub const SPEECH_VOLUME_MEDIUM: &str = "speech-volume-medium";
/// The loud step.
pub const SPEECH_VOLUME_HIGH: &str = "speech-volume-high";
/// Words the speech engine reads wrong, one a line with its reading as ruby.
pub const SPEECH_READINGS: &str = "speech-readings";
/// Staff setting: whether read-aloud is offered.
pub const SETTINGS_SPEECH: &str = "settings-speech";
/// Read-aloud works, and in which languages.
pub const SETTINGS_SPEECH_READY: &str = "settings-speech-ready";
/// Why read-aloud cannot be offered.
pub const SETTINGS_SPEECH_UNAVAILABLE: &str = "settings-speech-unavailable";
/// Staff setting: the audio output.
pub const SETTINGS_SPEECH_DEVICE: &str = "settings-speech-device";
/// Staff setting: the volume a visit starts at.
pub const SETTINGS_SPEECH_VOLUME: &str = "settings-speech-volume";

/// The word on the language switch (with "Language" beside it).
pub const LANGUAGE_SWITCH: &str = "language-switch";
/// The title of the list of languages.
pub const LANGUAGE_CHOOSER_TITLE: &str = "language-chooser-title";
/// Closes the list of languages.
pub const LANGUAGE_CHOOSER_CLOSE: &str = "language-chooser-close";
/// A page note: some of it is shown in Japanese, whose original changed.
pub const STALE_SHOWN_IN_JAPANESE: &str = "stale-shown-in-japanese";
/// A page note: some of it was translated before the Japanese changed.
pub const STALE_MARKED: &str = "stale-marked";
/// Staff setting: what stale translations show.
pub const SETTINGS_STALE: &str = "settings-stale";
/// Stale translations: the Japanese original.
pub const SETTINGS_STALE_JAPANESE: &str = "settings-stale-japanese";
/// Stale translations: the old translation, with a note.
pub const SETTINGS_STALE_MARK: &str = "settings-stale-mark";
/// Staff setting: hide languages no medical translator reviewed.
pub const SETTINGS_HIDE_UNREVIEWED: &str = "settings-hide-unreviewed";
/// The heading of each language's translation state.
pub const SETTINGS_LANGUAGE_STATUS: &str = "settings-language-status";
/// The original's row of the translation states.
pub const SETTINGS_LANGUAGE_REFERENCE: &str = "settings-language-reference";
/// One language's translation state.
pub const SETTINGS_LANGUAGE_STATE: &str = "settings-language-state";
/// The about page of a translation no medical translator has reviewed (in `about.ftl`).
pub const ABOUT_TRANSLATION_UNREVIEWED: &str = "about-translation-unreviewed";
/// The about page of a reviewed translation, with the day (in `about.ftl`).
pub const ABOUT_TRANSLATION_REVIEWED: &str = "about-translation-reviewed";

/// Every id above, for the lint and the tests.
pub const ALL: &[&str] = &[
    APP_TITLE,
    LANGUAGE_SWITCH,
    LANGUAGE_CHOOSER_TITLE,
    LANGUAGE_CHOOSER_CLOSE,
    STALE_SHOWN_IN_JAPANESE,
    STALE_MARKED,
    SETTINGS_STALE,
    SETTINGS_STALE_JAPANESE,
    SETTINGS_STALE_MARK,
    SETTINGS_HIDE_UNREVIEWED,
    SETTINGS_LANGUAGE_STATUS,
    SETTINGS_LANGUAGE_REFERENCE,
    SETTINGS_LANGUAGE_STATE,
    ABOUT_TRANSLATION_UNREVIEWED,
    ABOUT_TRANSLATION_REVIEWED,
    LANGUAGE_NAME,
    HOME_INTRO,
    HOME_TRACK_PAGES,
    HOME_OPEN_TRACK,
    HOME_HINT,
    NAV_PREVIOUS,
    NAV_NEXT,
    NAV_HOME,
    PAGE_PROGRESS,
    PAGE_PROGRESS_SPOKEN,
    SWIPE_HINT,
    TEXT_SIZE_LABEL,
    CONTRAST_LABEL,
    FURIGANA_LABEL,
    FURIGANA_OFF,
    FURIGANA_HARD_TERMS,
    FURIGANA_ALL,
    GLOSSARY_OPEN,
    GLOSSARY_TITLE,
    GLOSSARY_CLOSE,
    LEGEND_TITLE,
    LEGEND_PROVEN,
    LEGEND_BROAD,
    PAGE_SOURCE,
    CONTENT_REVIEWED,
    ABOUT_OPEN,
    QR_HINT,
    QR_ALT,
    CONSULT_DESK_TITLE,
    CONSULT_DESK_LOCATION,
    CONSULT_DESK_PHONE,
    CONSULT_DESK_HOURS,
    ATTRACT_TOUCH,
    ATTRACT_SUBTITLE,
    IDLE_TITLE,
    IDLE_COUNTDOWN,
    IDLE_CONTINUE,
    STAFF_PIN_TITLE,
    STAFF_PIN_WRONG,
    STAFF_PIN_LOCKED,
    STAFF_PIN_CLEAR,
    STAFF_PIN_ENTER,
    STAFF_CANCEL,
    STAFF_NOT_SET_UP_TITLE,
    STAFF_NOT_SET_UP_BODY,
    STAFF_MENU_TITLE,
    STAFF_OPEN_SETTINGS,
    STAFF_SHOW_CURSOR,
    STAFF_HIDE_CURSOR,
    STAFF_QUIT,
    STAFF_LOCK,
    STAFF_AUTO_LOCK,
    ABOUT_TITLE,
    CONSULT_GENERAL_TITLE,
    CONSULT_GENERAL_BODY,
    CONSULT_SUPPORT_CENTER,
    SETTINGS_TITLE,
    SETTINGS_SAVE,
    SETTINGS_DISCARD,
    SETTINGS_BACK,
    SETTINGS_SAVED,
    SETTINGS_SAVE_FAILED,
    SETTINGS_UNSAVED,
    SETTINGS_NO_CHANGES,
    SETTINGS_ORIGIN,
    SETTINGS_LOCKED,
    SETTINGS_ON,
    SETTINGS_OFF,
    SETTINGS_SECONDS,
    SETTINGS_IDLE_TIMEOUT,
    SETTINGS_IDLE_WARNING,
    SETTINGS_LOCALES,
    SETTINGS_MOVE_UP,
    SETTINGS_DEFAULT_LOCALE,
    SETTINGS_DEFAULT_TEXT_SCALE,
    SETTINGS_HIGH_CONTRAST,
    SETTINGS_SHOW_CURSOR,
    SETTINGS_ALLOW_QUIT,
    SETTINGS_CONSULTATION,
    SETTINGS_DESK_NAME,
    SETTINGS_DESK_LOCATION,
    SETTINGS_DESK_PHONE,
    SETTINGS_DESK_HOURS,
    SETTINGS_DESK_URL,
    SETTINGS_CONTENT_DIR,
    SETTINGS_CHANGE_PIN,
    SETTINGS_PIN_CURRENT,
    SETTINGS_PIN_NEW,
    SETTINGS_PIN_AGAIN,
    SETTINGS_PIN_CHANGED,
    SETTINGS_PIN_MISMATCH,
    SETTINGS_PIN_INVALID,
    SETTINGS_ABOUT,
    SETTINGS_VERSION,
    SETTINGS_LAYERS,
    SETTINGS_LAYER_LOADED,
    SETTINGS_LAYER_ABSENT,
    SETTINGS_LAYER_ERROR,
    SETTINGS_PROBLEMS,
    SETTINGS_BACKUP,
    SETTINGS_BACKUP_NONE,
    LAYER_DEFAULT,
    LAYER_SYSTEM,
    LAYER_DROPIN,
    LAYER_LOCAL,
    CONSULT_DESK_LINE,
    SETTINGS_PIN,
    SETTINGS_STEP_DOWN,
    SETTINGS_STEP_UP,
    SETTINGS_SAVED_PARTLY,
    SETTINGS_PIN_LENGTH,
    SETTINGS_NO_CONFIG_FILES,
    NAV_BACK,
    PAGE_NEXT_TRACK,
    STAFF_OPEN_USAGE,
    USAGE_TITLE,
    USAGE_DAYS,
    USAGE_VISITS_CHART,
    USAGE_VISITS_TOTAL,
    USAGE_TOP_PAGES,
    USAGE_LANGUAGES,
    USAGE_TEXT_SIZES,
    USAGE_COUNT,
    USAGE_EMPTY,
    USAGE_OFF,
    USAGE_PROBLEM,
    USAGE_MOVED_ASIDE,
    USAGE_PRIVACY,
    SETTINGS_USAGE_COUNTS,
    SETTINGS_USAGE_RETENTION,
    SPEECH_READ,
    SPEECH_PAUSE,
    SPEECH_RESUME,
    SPEECH_STOP,
    SPEECH_PLAYING,
    SPEECH_PAUSED,
    SPEECH_RATE,
    SPEECH_RATE_NORMAL,
    SPEECH_RATE_SLOW,
    SPEECH_VOLUME,
    SPEECH_VOLUME_LOW,
    SPEECH_VOLUME_MEDIUM,
    SPEECH_VOLUME_HIGH,
    SPEECH_READINGS,
    SETTINGS_SPEECH,
    SETTINGS_SPEECH_READY,
    SETTINGS_SPEECH_UNAVAILABLE,
    SETTINGS_SPEECH_DEVICE,
    SETTINGS_SPEECH_VOLUME,
    SETTINGS_DAYS,
    SETTINGS_STEP_DOWN_DAYS,
    SETTINGS_STEP_UP_DAYS,
    SETTINGS_USAGE_DELETE,
    SETTINGS_USAGE_DELETED,
];
