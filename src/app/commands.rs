//! Applying the commands the views return, once a frame.

use egui::{CursorIcon, ViewportCommand};

use super::KioskApp;
use crate::model::{Notice, Overlay, Screen};
use crate::ui::Command;

impl KioskApp {
    /// Applies one command from a view.
    pub(super) fn apply(&mut self, ctx: &egui::Context, command: Command, now: f64) {
        let session = &mut self.session;
        match command {
            Command::Start | Command::Home => session.screen = Screen::Home,
            Command::OpenTrack(track) => {
                if self.library.track_len(track) > 0 {
                    session.screen = Screen::open_track(track);
                }
            }
            Command::Next => {
                if let Screen::Page { track, .. } = session.screen {
                    session.screen = session.screen.next(self.library.track_len(track));
                }
            }
            Command::Previous => session.screen = session.screen.previous(),
            Command::About => {
                if session.screen != Screen::About {
                    session.return_to = Some(session.screen);
                }
                session.screen = Screen::About;
            }
            Command::Back => session.screen = session.return_to.take().unwrap_or(Screen::Home),
            Command::SetLocale(locale) => {
                session.locale = locale;
                session.choosing_language = false;
            }
            Command::OpenLanguages => session.choosing_language = true,
            Command::CloseLanguages => session.choosing_language = false,
            Command::SetTextScale(scale) => session.text_scale = scale,
            Command::SetHighContrast(on) => session.high_contrast = on,
            Command::SetFurigana(furigana) => session.furigana = furigana,
            Command::OpenGlossary(id) => session.glossary = Some(id),
            Command::CloseGlossary => session.glossary = None,
            Command::KeepReading => {
                if let Some(idle) = &mut self.idle {
                    idle.touch(now);
                }
            }
            Command::PinDigit(digit) => {
                if let Some(digits) = self.pin_digits()
                    && digits.len() < crate::config::pin::MAX_PIN_DIGITS
                {
                    digits.push(digit);
                }
            }
            Command::PinClear => {
                if let Some(digits) = self.pin_digits() {
                    digits.clear();
                }
            }
            Command::PinSubmit => self.submit_pin(ctx, now),
            Command::StaffClose => self.reset_visit(ctx, now),
            Command::CancelPinChange => match &mut self.staff {
                Some(staff) => staff.cancel_pin_change(),
                None => self.reset_visit(ctx, now),
            },
            Command::SetCursorVisible(visible) => {
                if let Some(staff) = &mut self.staff {
                    staff.cursor_visible = Some(visible);
                    if visible {
                        ctx.set_cursor_icon(CursorIcon::Default);
                    }
                }
            }
            Command::Quit => {
                if self.settings.allow_quit && self.staff.is_some() {
                    tracing::info!("staff quit the kiosk");
                    self.window.quitting = true;
                    ctx.send_viewport_cmd(ViewportCommand::Close);
                }
            }
            Command::OpenSettings => {
                if let Some(staff) = &mut self.staff {
                    staff.open_settings(self.settings.clone());
                }
            }
            Command::SaveSettings => self.save_settings(ctx),
            Command::DiscardSettings => {
                if let Some(staff) = &mut self.staff {
                    staff.discard_draft(self.settings.clone());
                }
            }
            Command::BackToStaffMenu => {
                if let Some(staff) = &mut self.staff {
                    staff.back_to_menu();
                }
            }
            Command::StartPinChange => {
                if let Some(staff) = &mut self.staff {
                    staff.start_pin_change();
                }
            }
            Command::OpenUsage(_) | Command::DeleteUsageCounts => self.apply_usage(&command, now),
            Command::ReadAloud
            | Command::PauseReading
            | Command::ResumeReading
            | Command::StopReading
            | Command::SetSpeechRate(_)
            | Command::SetSpeechVolume(_) => self.apply_speech(&command),
        }
    }

    /// The staff's usage commands: only while unlocked.
    fn apply_usage(&mut self, command: &Command, now: f64) {
        let Some(staff) = &mut self.staff else {
            return;
        };
        match *command {
            Command::OpenUsage(days) => {
                staff.open_usage(days);
                self.read_usage_summary(days, now);
            }
            Command::DeleteUsageCounts => {
                staff.notice = Some(Notice::UsageDeleted);
                self.delete_usage_counts();
            }
            _ => {}
        }
    }

    /// The digits being typed on whichever PIN pad is open.
    fn pin_digits(&mut self) -> Option<&mut String> {
        if let Some(staff) = &mut self.staff {
            return staff.pin_digits_mut();
        }
        match self.session.overlay.as_mut()? {
            Overlay::Pin { digits, .. } => Some(digits),
            Overlay::StaffNotSetUp => None,
        }
    }
}
