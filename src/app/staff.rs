//! The staff side of the app: checking the PIN, the lock-out, the settings draft, saving it
//! and changing the PIN.

use fluent_bundle::FluentValue;

use super::{KioskApp, LOCKOUT_FILE, make_qr_textures, unix_now};
use crate::config::{self, Settings, pin};
use crate::content::Library;
use crate::i18n::ids;
use crate::model::staff::TRIES_BEFORE_LOCKOUT;
use crate::model::{IdleTimer, Overlay, PinChangeStage};

impl KioskApp {
    /// Checks the PIN pad's entry: the staff PIN to unlock, or a step of a PIN change.
    pub(super) fn submit_pin(&mut self, ctx: &egui::Context, now: f64) {
        let Some(overlay) = self.session.overlay.as_mut() else {
            return;
        };
        match overlay {
            Overlay::Pin { digits } => {
                let pin = std::mem::take(digits);
                if !pin::is_valid_pin(&pin) {
                    // Stray taps are not a guess: they cost no try.
                    self.staff_notice = Some(self.tr(ids::SETTINGS_PIN_LENGTH));
                    return;
                }
                if self.check_staff_pin(&pin) {
                    tracing::info!("staff unlocked the kiosk");
                    self.session.overlay = Some(Overlay::StaffMenu);
                    self.staff_idle = Some(IdleTimer::new(super::STAFF_IDLE_SECS, 0, now));
                }
            }
            Overlay::ChangePin { stage, digits } => {
                let entry = std::mem::take(digits);
                let stage = stage.clone();
                self.advance_pin_change(ctx, stage, entry);
            }
            Overlay::StaffNotSetUp | Overlay::StaffMenu | Overlay::Settings => {}
        }
    }

    /// Whether `pin` is the staff PIN, counting failures towards the lock-out and setting
    /// the notice the pad shows. A locked-out pad refuses even the right PIN.
    fn check_staff_pin(&mut self, pin: &str) -> bool {
        let now_unix = unix_now();
        if let Some(secs) = self.lockout.locked_for(now_unix) {
            self.staff_notice = Some(self.locked_notice(secs));
            return false;
        }
        let Some(hash) = self.settings.staff_pin_hash.as_deref() else {
            self.session.overlay = Some(Overlay::StaffNotSetUp);
            return false;
        };
        if pin::verify_pin(hash, pin) {
            self.lockout.record_success();
            self.save_lockout();
            self.staff_notice = None;
            return true;
        }
        let locked = self.lockout.record_failure(now_unix);
        // Never the digits: only that a wrong PIN was tried.
        tracing::warn!(
            failures = self.lockout.failures,
            lockouts = self.lockout.lockouts,
            "wrong staff PIN entered"
        );
        self.save_lockout();
        self.staff_notice = Some(match locked {
            Some(secs) => self.locked_notice(secs),
            None => self.tr_with(
                ids::STAFF_PIN_WRONG,
                &[(
                    "tries",
                    FluentValue::from(TRIES_BEFORE_LOCKOUT - self.lockout.failures),
                )],
            ),
        });
        false
    }

    pub(super) fn locked_notice(&self, secs: u64) -> String {
        self.tr_with(
            ids::STAFF_PIN_LOCKED,
            &[("minutes", FluentValue::from(secs.div_ceil(60)))],
        )
    }

    pub(super) fn tr_with(&self, id: &str, args: &[(&str, FluentValue<'_>)]) -> String {
        self.library.i18n.text(&self.session.locale, id, args)
    }

    fn tr(&self, id: &str) -> String {
        self.tr_with(id, &[])
    }

    /// Keeps the lock-out across restarts, in the state directory.
    fn save_lockout(&self) {
        let Some(dir) = &self.state_dir else {
            return;
        };
        let path = dir.join(LOCKOUT_FILE);
        let text = match ron::to_string(&self.lockout) {
            Ok(text) => text,
            Err(err) => {
                tracing::error!("cannot encode the PIN lock-out: {err}");
                return;
            }
        };
        if let Err(err) = std::fs::create_dir_all(dir)
            .and_then(|()| config::write_atomically(&path, text.as_bytes()))
        {
            tracing::error!("cannot save the PIN lock-out to {}: {err}", path.display());
        }
    }

    /// Opens the settings screen on a fresh draft of the settings in use.
    pub(super) fn open_settings(&mut self) {
        if self.staff_idle.is_some() {
            self.draft = Some(self.settings.clone());
            self.staff_notice = None;
            self.session.overlay = Some(Overlay::Settings);
        }
    }

    /// Saves the draft to the nurses' layer, reloads every layer and applies the result at
    /// once: no restart.
    pub(super) fn save_settings(&mut self, ctx: &egui::Context) {
        let Some(draft) = self.draft.clone() else {
            return;
        };
        // A new content folder must pass check-content before it is saved.
        if draft.content_dir != self.settings.content_dir
            && let Some(dir) = draft.content_dir.as_deref()
            && let Err(err) = Library::from_checked_dir(dir)
        {
            self.staff_notice = Some(self.save_failed_notice(&format!("{}: {err}", dir.display())));
            return;
        }
        let Some(handle) = self.config.as_mut() else {
            self.staff_notice = Some(self.save_failed_notice("no config files are in use"));
            return;
        };
        match config::save_local(&handle.paths, &handle.loaded, &draft) {
            Ok(()) => {
                tracing::info!("staff saved new settings");
                self.reload_config(ctx);
                let dropped = draft.differing_fields(&self.settings);
                self.staff_notice = Some(if dropped.is_empty() {
                    self.tr(ids::SETTINGS_SAVED)
                } else {
                    tracing::warn!("saved settings, but these values were rejected: {dropped:?}");
                    self.tr_with(
                        ids::SETTINGS_SAVED_PARTLY,
                        &[("fields", FluentValue::from(dropped.join(", ")))],
                    )
                });
                self.draft = Some(self.settings.clone());
            }
            Err(err) => {
                tracing::error!("the staff settings were not saved: {err}");
                self.staff_notice = Some(self.save_failed_notice(&err.to_string()));
            }
        }
    }

    fn save_failed_notice(&self, error: &str) -> String {
        self.tr_with(
            ids::SETTINGS_SAVE_FAILED,
            &[("error", FluentValue::from(error))],
        )
    }

    /// Loads every layer again and puts the result in use.
    fn reload_config(&mut self, ctx: &egui::Context) {
        let Some(handle) = self.config.as_mut() else {
            return;
        };
        let locales: Vec<&str> = self.library.i18n.languages().collect();
        handle.loaded = config::load(&handle.paths, &locales);
        let settings = handle.loaded.settings.clone();
        self.apply_settings(ctx, settings);
    }

    /// Puts new settings in use: idle timing now, the defaults at the next reset.
    pub(super) fn apply_settings(&mut self, ctx: &egui::Context, settings: Settings) {
        if let Some(idle) = &mut self.idle {
            idle.set_timing(settings.idle_timeout_secs, settings.idle_warning_secs);
        }
        self.cursor_visible = settings.show_cursor || !self.locked;
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
        self.settings = settings;
    }

    pub(super) fn start_pin_change(&mut self) {
        if self.staff_idle.is_some() {
            self.staff_notice = None;
            self.session.overlay = Some(Overlay::ChangePin {
                stage: PinChangeStage::Current,
                digits: String::new(),
            });
        }
    }

    /// One step of a PIN change: the current PIN, the new one, the new one again.
    fn advance_pin_change(&mut self, ctx: &egui::Context, stage: PinChangeStage, entry: String) {
        let next = match stage {
            PinChangeStage::Current => {
                if !pin::is_valid_pin(&entry) {
                    self.staff_notice = Some(self.tr(ids::SETTINGS_PIN_LENGTH));
                    return;
                }
                if !self.check_staff_pin(&entry) {
                    return;
                }
                PinChangeStage::New
            }
            PinChangeStage::New => {
                if !pin::is_valid_pin(&entry) {
                    self.staff_notice = Some(self.tr(ids::SETTINGS_PIN_INVALID));
                    return;
                }
                self.staff_notice = None;
                PinChangeStage::Confirm { first: entry }
            }
            PinChangeStage::Confirm { first } => {
                if first != entry {
                    self.staff_notice = Some(self.tr(ids::SETTINGS_PIN_MISMATCH));
                    PinChangeStage::New
                } else {
                    self.store_new_pin(ctx, &entry);
                    return;
                }
            }
        };
        self.session.overlay = Some(Overlay::ChangePin {
            stage: next,
            digits: String::new(),
        });
    }

    fn store_new_pin(&mut self, ctx: &egui::Context, new_pin: &str) {
        let result = pin::hash_pin(new_pin)
            .map_err(|err| err.to_string())
            .and_then(|hash| match &self.config {
                Some(handle) => {
                    config::set_pin_hash(&handle.paths, &hash).map_err(|err| err.to_string())
                }
                None => Err("no config files are in use".to_owned()),
            });
        match result {
            Ok(()) => {
                tracing::info!("staff changed the PIN");
                self.reload_config(ctx);
                self.staff_notice = Some(self.tr(ids::SETTINGS_PIN_CHANGED));
            }
            Err(err) => {
                tracing::error!("the new staff PIN was not saved: {err}");
                self.staff_notice = Some(self.save_failed_notice(&err));
            }
        }
        self.draft = Some(self.settings.clone());
        self.session.overlay = Some(Overlay::Settings);
    }
}
