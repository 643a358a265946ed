//! Helpers shared by the `config_*` integration tests: a fake kiosk in a temporary directory.

#![allow(
    clippy::expect_used,
    reason = "test helpers: a failed expect is a failed test (allow-expect-in-tests covers only #[test] functions)"
)]
#![allow(dead_code, reason = "each test file uses a different subset")]

use std::fs;
use std::path::{Path, PathBuf};

use immuno_kiosk::config::{ConfigPaths, LoadedConfig, Problem, load};

/// The locales the test content provides.
pub const AVAILABLE: &[&str] = immuno_kiosk::source::EMBEDDED_LOCALES;

/// A kiosk whose /etc and state directory live in a temporary directory.
pub struct Kiosk {
    /// Keeps the directory alive.
    pub dir: tempfile::TempDir,
    /// The paths `load` and `save_local` use.
    pub paths: ConfigPaths,
}

impl Kiosk {
    /// An empty kiosk: no /etc files, no saved settings.
    pub fn new() -> Self {
        let dir = tempfile::tempdir().expect("temporary directory");
        let root = dir.path();
        fs::create_dir_all(root.join("etc/config.d")).expect("etc dirs");
        let paths = ConfigPaths {
            etc_file: root.join("etc/config.ron"),
            etc_file_required: false,
            etc_dropin_dir: Some(root.join("etc/config.d")),
            state_dir: Some(root.join("state")),
        };
        Self { dir, paths }
    }

    /// `/etc/immuno-kiosk/config.ron`.
    pub fn etc_file(&self) -> PathBuf {
        self.paths.etc_file.clone()
    }

    /// A file in `config.d`.
    pub fn dropin(&self, name: &str) -> PathBuf {
        self.paths
            .etc_dropin_dir
            .as_ref()
            .expect("drop-in dir")
            .join(name)
    }

    /// The nurses' `settings.ron`.
    pub fn local(&self) -> PathBuf {
        self.paths.settings_file().expect("state dir")
    }

    /// Loads with the test locales.
    pub fn load(&self) -> LoadedConfig {
        load(&self.paths, AVAILABLE)
    }
}

/// Writes `text` to `path`, creating its directory.
pub fn write(path: &Path, text: impl AsRef<[u8]>) {
    if let Some(parent) = path.parent() {
        fs::create_dir_all(parent).expect("parent dir");
    }
    fs::write(path, text).expect("write");
}

/// The problems reported for `path`.
pub fn problems_in<'a>(loaded: &'a LoadedConfig, path: &Path) -> Vec<&'a Problem> {
    loaded.problems.iter().filter(|p| p.path == path).collect()
}
