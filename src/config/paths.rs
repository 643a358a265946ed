//! Where the configuration layers live.

use std::ffi::OsString;
use std::path::{Path, PathBuf};

/// The system-wide config file hospital IT writes.
pub const ETC_FILE: &str = "/etc/immuno-kiosk/config.ron";
/// The drop-in directory for fleet tools (Ansible, Puppet, an MDM); `*.ron`, in name order.
pub const ETC_DROPIN_DIR: &str = "/etc/immuno-kiosk/config.d";
/// The nurses' settings file inside the state directory.
pub const SETTINGS_FILE_NAME: &str = "settings.ron";
/// Overrides the state directory (tests, unusual installs).
pub const STATE_DIR_ENV: &str = "IMMUNO_KIOSK_STATE_DIR";
/// Set by systemd for a unit with `StateDirectory=immuno-kiosk`.
pub const SYSTEMD_STATE_DIR_ENV: &str = "STATE_DIRECTORY";

/// The files `load` reads and `save_local` writes.
#[derive(Clone, Debug, PartialEq, Eq)]
pub struct ConfigPaths {
    /// `/etc/immuno-kiosk/config.ron`, or the `--config` file.
    pub etc_file: PathBuf,
    /// Whether a missing `etc_file` is an error (true for `--config`: a typo in the path
    /// should not silently run on defaults) rather than "not set up".
    pub etc_file_required: bool,
    /// `/etc/immuno-kiosk/config.d`; `None` with `--config`.
    pub etc_dropin_dir: Option<PathBuf>,
    /// Where the nurses' settings live; `None` if no directory could be found, in which case
    /// loading works and saving reports [`SaveError::NoStateDir`].
    ///
    /// [`SaveError::NoStateDir`]: super::SaveError::NoStateDir
    pub state_dir: Option<PathBuf>,
}

impl ConfigPaths {
    /// The paths for this process: `--config` (if given) replaces both /etc layers; the
    /// state directory comes from `IMMUNO_KIOSK_STATE_DIR`, else systemd's
    /// `STATE_DIRECTORY`, else the platform data directory.
    #[must_use]
    pub fn resolve(config_override: Option<&Path>) -> Self {
        Self::resolve_with(config_override, |name| std::env::var_os(name))
    }

    /// [`resolve`](Self::resolve) with the environment passed in, for tests (setting real
    /// environment variables in a multi-threaded test is unsound).
    #[must_use]
    pub fn resolve_with(
        config_override: Option<&Path>,
        env: impl Fn(&str) -> Option<OsString>,
    ) -> Self {
        let non_empty = |name: &str| env(name).filter(|value| !value.is_empty());
        let state_dir = non_empty(STATE_DIR_ENV)
            .map(PathBuf::from)
            .or_else(|| {
                // systemd joins several StateDirectory= entries with ':'; ours is the first.
                non_empty(SYSTEMD_STATE_DIR_ENV).and_then(|value| {
                    std::env::split_paths(&value).find(|p| !p.as_os_str().is_empty())
                })
            })
            .or_else(|| {
                directories::ProjectDirs::from("jp", "", "immuno-kiosk")
                    .map(|dirs| dirs.data_dir().to_path_buf())
            });
        match config_override {
            Some(path) => Self {
                etc_file: path.to_path_buf(),
                etc_file_required: true,
                etc_dropin_dir: None,
                state_dir,
            },
            None => Self {
                etc_file: PathBuf::from(ETC_FILE),
                etc_file_required: false,
                etc_dropin_dir: Some(PathBuf::from(ETC_DROPIN_DIR)),
                state_dir,
            },
        }
    }

    /// `<state_dir>/settings.ron`, the nurses' layer.
    #[must_use]
    pub fn settings_file(&self) -> Option<PathBuf> {
        self.state_dir
            .as_ref()
            .map(|dir| dir.join(SETTINGS_FILE_NAME))
    }

    /// `<state_dir>/settings.ron.bak`, the last known good nurses' layer.
    #[must_use]
    pub fn backup_file(&self) -> Option<PathBuf> {
        self.state_dir
            .as_ref()
            .map(|dir| dir.join(format!("{SETTINGS_FILE_NAME}.bak")))
    }
}
