//! The staff side's I/O: checking a PIN against its hash and the lock-out, saving the
//! settings draft, storing a new PIN, and putting reloaded settings in use. What staff see
//! and the steps of a PIN change are pure transitions in `model::staff_session`.

use super::{KioskApp, make_qr_textures};
use crate::config::{self, Settings, pin};
use crate::content::Library;
use crate::model::staff::PinCheck;
use crate::model::{Notice, Overlay, StaffSession};
use crate::usage::Kind;

impl KioskApp {
    /// Checks the PIN pad's entry: the staff PIN to unlock, or a step of a PIN change.
    pub(super) fn submit_pin(&mut self, ctx: &egui::Context, now: f64) {
        let now_unix = self.clock.unix_secs();
        let hash = self.settings.staff_pin_hash.as_deref();
        let lockout = &mut self.lockout;
        let was_locked = lockout.locked_for(now_unix).is_some();
        let mut outcome = None;
        let check = |entry: &str| {
            let check = match hash {
                None => PinCheck::NotSetUp,
                Some(hash) => lockout.try_pin(now_unix, || pin::verify_pin(hash, entry)),
            };
            outcome = Some(check.clone());
            check
        };
        if let Some(staff) = &mut self.staff {
            if hash.is_none() {
                // The PIN went away under an open staff session: nothing left to change.
                self.staff = None;
                self.session.overlay = Some(Overlay::StaffNotSetUp);
                return;
            }
            let new_pin = staff.submit_pin_change(check);
            self.count_pin_outcome(outcome.as_ref(), was_locked, now);
            if let Some(new_pin) = new_pin {
                self.store_new_pin(ctx, &new_pin);
            }
            return;
        }
        let unlocked = match &mut self.session.overlay {
            Some(overlay) => overlay.submit_pin(check),
            None => false,
        };
        self.count_pin_outcome(outcome.as_ref(), was_locked, now);
        if unlocked {
            tracing::info!("staff unlocked the kiosk");
            self.count_plain(Kind::StaffUnlock, now);
            self.session.overlay = None;
            self.staff = Some(StaffSession::unlocked(now));
        }
    }

    /// Counts a wrong PIN, and the lock-out it started; a try refused during a lock-out is
    /// no try.
    fn count_pin_outcome(&mut self, outcome: Option<&PinCheck>, was_locked: bool, now: f64) {
        match outcome {
            Some(PinCheck::Refused(Notice::PinWrong { .. })) => {
                self.count_plain(Kind::PinFailed, now);
            }
            Some(PinCheck::Refused(Notice::PinLocked { .. })) if !was_locked => {
                self.count_plain(Kind::PinFailed, now);
                self.count_plain(Kind::Lockout, now);
            }
            _ => {}
        }
    }

    /// Saves the draft to the nurses' layer, reloads every layer and applies the result at
    /// once: no restart.
    pub(super) fn save_settings(&mut self, ctx: &egui::Context) {
        let Some(draft) = self.staff.as_ref().and_then(StaffSession::draft).cloned() else {
            return;
        };
        let notice = self.save_draft(ctx, &draft);
        let fresh = self.settings.clone();
        if let Some(staff) = &mut self.staff {
            match notice {
                Ok(notice) => staff.saved(fresh, notice),
                Err(notice) => staff.notice = Some(notice),
            }
        }
    }

    /// Saves `draft`: `Ok` with what to tell staff once it is in use, `Err` if nothing was
    /// saved (the draft stays as it was).
    fn save_draft(&mut self, ctx: &egui::Context, draft: &Settings) -> Result<Notice, Notice> {
        // A new content folder must pass check-content before it is saved.
        if draft.content_dir != self.settings.content_dir
            && let Some(dir) = draft.content_dir.as_deref()
            && let Err(err) = Library::from_checked_dir(dir)
        {
            let error = format!("{}: {err}", dir.display());
            return Err(Notice::SaveFailed { error });
        }
        let Some(handle) = self.config.as_mut() else {
            return Err(Notice::NoConfigFiles);
        };
        if let Err(err) = config::save_local(&handle.paths, &handle.loaded, draft) {
            tracing::error!("the staff settings were not saved: {err}");
            let error = err.to_string();
            return Err(Notice::SaveFailed { error });
        }
        tracing::info!("staff saved new settings");
        self.reload_config(ctx);
        let dropped = draft.differing_fields(&self.settings);
        if dropped.is_empty() {
            Ok(Notice::Saved)
        } else {
            tracing::warn!("saved settings, but these values were rejected: {dropped:?}");
            Ok(Notice::SavedPartly { fields: dropped })
        }
    }

    /// Hashes and stores a new staff PIN, then shows the settings screen again.
    fn store_new_pin(&mut self, ctx: &egui::Context, new_pin: &str) {
        let result = match (&self.config, pin::hash_pin(new_pin)) {
            (None, _) => Err(Notice::NoConfigFiles),
            (Some(_), Err(err)) => Err(save_failed(err.to_string())),
            (Some(handle), Ok(hash)) => config::set_pin_hash(&handle.paths, &hash)
                .map_err(|err| save_failed(err.to_string())),
        };
        let notice = match result {
            Ok(()) => {
                tracing::info!("staff changed the PIN");
                self.reload_config(ctx);
                Notice::PinChanged
            }
            Err(notice) => {
                tracing::error!("the new staff PIN was not saved: {notice:?}");
                notice
            }
        };
        let fresh = self.settings.clone();
        if let Some(staff) = &mut self.staff {
            staff.pin_change_finished(fresh, notice);
        }
    }

    /// Loads every layer again and puts the result in use.
    fn reload_config(&mut self, ctx: &egui::Context) {
        let Some(handle) = self.config.as_mut() else {
            return;
        };
        let locales: Vec<&str> = self.library.i18n.languages().collect();
        handle.loaded = config::load(&handle.paths, &locales);
        handle.loaded.log_problems();
        let settings = handle.loaded.settings.clone();
        self.apply_settings(ctx, settings);
    }

    /// Puts new settings in use: idle timing and the pointer now, the defaults at the next
    /// reset.
    pub(super) fn apply_settings(&mut self, ctx: &egui::Context, settings: Settings) {
        if let Some(idle) = &mut self.idle {
            idle.set_timing(settings.idle_timeout_secs, settings.idle_warning_secs);
        }
        if let Some(staff) = &mut self.staff {
            staff.cursor_visible = None;
        }
        let content_changed = settings.content_dir != self.settings.content_dir;
        if content_changed {
            match Library::for_kiosk(settings.content_dir.as_deref()) {
                Ok(library) => self.library = library,
                Err(err) => tracing::error!("the content could not be reloaded: {err}"),
            }
        }
        if content_changed || settings.consultation != self.settings.consultation {
            self.qr = make_qr_textures(ctx, &self.library, &settings);
        }
        let before = std::mem::replace(&mut self.settings, settings);
        self.library.i18n.set_stale_shows_reference(
            self.settings.stale_translations == crate::config::StaleTranslations::Japanese,
        );
        self.restart_speech(&before);
        if content_changed {
            // The new content's first sentences are made ahead (the cache keeps only them).
            self.warm_up_speech();
        }
        self.usage_settings_changed(&before);
    }
}

fn save_failed(error: String) -> Notice {
    Notice::SaveFailed { error }
}
