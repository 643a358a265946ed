//! The PIN lock-out and the file that keeps it across restarts.

use std::path::PathBuf;

use crate::config;
use crate::model::staff::{Lockout, PinCheck};

/// The file, in the state directory, that keeps the PIN lock-out across restarts.
const LOCKOUT_FILE: &str = "staff-lockout.ron";

/// The lock-out, and where it is kept (`None`: in memory only).
#[derive(Debug, Default)]
pub(super) struct StoredLockout {
    lockout: Lockout,
    file: Option<PathBuf>,
}

impl StoredLockout {
    /// The lock-out saved in `state_dir`, if any; none if it is missing or unreadable.
    pub fn load(state_dir: Option<PathBuf>) -> Self {
        let file = state_dir.map(|dir| dir.join(LOCKOUT_FILE));
        let lockout = file.as_deref().map(read).unwrap_or_default();
        Self { lockout, file }
    }

    /// Seconds left in a running lock-out.
    pub fn locked_for(&self, now_unix: u64) -> Option<u64> {
        self.lockout.locked_for(now_unix)
    }

    /// One PIN try (see [`Lockout::try_pin`]), saved if it changed the lock-out.
    pub fn try_pin(&mut self, now_unix: u64, is_right: impl FnOnce() -> bool) -> PinCheck {
        let before = self.lockout.clone();
        let check = self.lockout.try_pin(now_unix, is_right);
        if matches!(check, PinCheck::Refused(_)) && self.lockout != before {
            // Never the digits: only that a wrong PIN was tried.
            tracing::warn!(
                failures = self.lockout.failures,
                lockouts = self.lockout.lockouts,
                "wrong staff PIN entered"
            );
        }
        if self.lockout != before {
            self.save();
        }
        check
    }

    /// Keeps the lock-out across restarts, in the state directory.
    fn save(&self) {
        let Some(path) = &self.file else {
            return;
        };
        let text = match ron::to_string(&self.lockout) {
            Ok(text) => text,
            Err(err) => {
                tracing::error!("cannot encode the PIN lock-out: {err}");
                return;
            }
        };
        let made_dir = path.parent().map_or(Ok(()), std::fs::create_dir_all);
        if let Err(err) = made_dir.and_then(|()| config::write_atomically(path, text.as_bytes())) {
            tracing::error!("cannot save the PIN lock-out to {}: {err}", path.display());
        }
    }
}

fn read(path: &std::path::Path) -> Lockout {
    match std::fs::read_to_string(path) {
        Ok(text) => ron::from_str(&text).unwrap_or_else(|err| {
            tracing::warn!(
                "{}: unreadable PIN lock-out ({err}); starting with none",
                path.display()
            );
            Lockout::default()
        }),
        Err(err) if err.kind() == std::io::ErrorKind::NotFound => Lockout::default(),
        Err(err) => {
            tracing::warn!("{}: {err}; starting with no PIN lock-out", path.display());
            Lockout::default()
        }
    }
}
