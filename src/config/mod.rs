//! Configuration: the layered settings, their validation, and atomic saving.
//!
//! Layers, later wins: the built-in defaults, `/etc/immuno-kiosk/config.ron`,
//! `/etc/immuno-kiosk/config.d/*.ron` in name order (both replaced by `--config PATH`), then
//! the nurses' `settings.ron` in the state directory. /etc files may `locked: [..]` fields
//! so the staff screen cannot change them.
//!
//! Loading never fails and never writes: each field is checked on its own, so one bad value
//! (or one unreadable file) costs only itself, and every problem is reported with its file,
//! line and column. Saving touches only the nurses' layer, atomically, keeping the previous
//! file as `settings.ron.bak`, and never overwrites a file it cannot parse.
//!
//! `read` is the pure parser (text in, values and warnings out), checking each field with the
//! check that the table in `fields` names for it (`validate`, `desk`; `note` is what they
//! say); `load`, `files` and `save` are the shell that does the I/O.

mod check;
mod desk;
mod fields;
mod files;
mod load;
mod note;
mod paths;
pub mod pin;
mod position;
mod read;
mod report;
mod save;
mod settings;
mod template;
mod validate;

pub use check::{CheckReport, check_config};
pub use fields::{FIELD_NAMES, Field};
pub use files::{MAX_CONFIG_BYTES, write_atomically};
pub use load::{BUILT_IN_PATH, LoadedConfig, load};
pub use paths::{
    ConfigPaths, ETC_DROPIN_DIR, ETC_FILE, SETTINGS_FILE_NAME, STATE_DIR_ENV, SYSTEMD_STATE_DIR_ENV,
};
pub use read::parse_settings;
pub use report::{Layer, LayerReport, LayerStatus, ParseWarning, Problem, Severity};
pub use save::{IfBroken, SaveError, save_local, save_local_with, set_pin_hash};
pub use settings::{ConsultationDesk, DEFAULT_USAGE_TEXTFILE, Settings, StaleTranslations};
pub use template::default_config_ron;
pub use validate::{
    IDLE_TIMEOUT_SECS, IDLE_WARNING_SECS, SPEECH_VOLUME, USAGE_RETENTION_DAYS,
    USAGE_TEXTFILE_PERIOD_SECS,
};
