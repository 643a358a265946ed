//! `KioskApp`: turns egui input into model changes and draws the current screen.

mod staff;

use std::path::PathBuf;

use egui::{CursorIcon, Pos2, Rect, ViewportCommand};

use crate::config::{ConfigPaths, LoadedConfig, Settings};
use crate::content::Library;
use crate::kiosk_input;
use crate::model::staff::{Corner, Lockout, StaffGesture};
use crate::model::swipe::{self, Swipe};
use crate::model::{IdlePhase, IdleTimer, Overlay, Screen, Session, SessionDefaults, TextScale};
use crate::ui::qr_texture::QrTextures;
use crate::ui::settings::SettingsView;
use crate::ui::staff::StaffView;
use crate::ui::{self, Command, View, theme};

/// Seconds without a touch after which an unlocked staff mode locks itself.
pub const STAFF_IDLE_SECS: u32 = 120;
/// How often the app wakes while a staff gesture is being held.
const GESTURE_TICK_SECS: f32 = 0.25;
/// The file, in the state directory, that keeps the PIN lock-out across restarts.
pub(crate) const LOCKOUT_FILE: &str = "staff-lockout.ron";

/// How the kiosk runs.
#[derive(Clone, Debug)]
pub struct KioskOptions {
    /// Locked kiosk mode: close requests cancelled, shortcuts filtered, cursor hidden.
    pub locked: bool,
    /// The effective settings.
    pub settings: Settings,
    /// Where staff actions may write (the PIN lock-out); `None` keeps it in memory only.
    pub state_dir: Option<PathBuf>,
    /// The config layers, for the staff settings screen and for saving; `None` runs on
    /// `settings` alone and cannot save.
    pub config: Option<ConfigHandle>,
}

/// Where the config comes from and what was loaded.
#[derive(Clone, Debug)]
pub struct ConfigHandle {
    /// The files of every layer.
    pub paths: ConfigPaths,
    /// What they gave.
    pub loaded: LoadedConfig,
}

/// The kiosk application.
pub struct KioskApp {
    library: Library,
    settings: Settings,
    locked: bool,
    state_dir: Option<PathBuf>,
    session: Session,
    idle: Option<IdleTimer>,
    gesture: StaffGesture,
    lockout: Lockout,
    staff_idle: Option<IdleTimer>,
    cursor_visible: bool,
    quitting: bool,
    closes_cancelled: u32,
    swipe_start: Option<Pos2>,
    reading_rect: Rect,
    /// Height of the bottom bar in the last frame: the reading area ends where it begins.
    bottom_bar_height: f32,
    qr: QrTextures,
    applied_contrast: Option<bool>,
    config: Option<ConfigHandle>,
    draft: Option<Settings>,
    staff_notice: Option<String>,
    /// Frames drawn so far, up to 2: the start-up time is logged once the first is shown.
    frames_drawn: u8,
}

impl KioskApp {
    /// Sets up fonts, touch input and style on `ctx`, and starts on the attract screen.
    pub fn new(ctx: &egui::Context, library: Library, options: KioskOptions) -> Self {
        let KioskOptions {
            locked,
            settings,
            state_dir,
            config,
        } = options;
        ctx.set_fonts(ui::fonts::definitions());
        ctx.options_mut(|o| {
            o.zoom_with_keyboard = false;
            theme::touch_input_options(&mut o.input_options);
        });
        ctx.all_styles_mut(theme::apply_spacing);
        let lockout = state_dir
            .as_ref()
            .map(|dir| load_lockout(&dir.join(LOCKOUT_FILE)))
            .unwrap_or_default();
        let qr = make_qr_textures(ctx, &library, &settings);
        let session = Session::new(&defaults_of(&settings));
        Self {
            library,
            cursor_visible: settings.show_cursor || !locked,
            settings,
            locked,
            state_dir,
            session,
            idle: None,
            gesture: StaffGesture::default(),
            lockout,
            staff_idle: None,
            quitting: false,
            closes_cancelled: 0,
            swipe_start: None,
            reading_rect: Rect::NOTHING,
            bottom_bar_height: 0.0,
            qr,
            applied_contrast: None,
            config,
            draft: None,
            staff_notice: None,
            frames_drawn: 0,
        }
    }

    /// The visitor's session, for tests and diagnostics.
    pub fn session(&self) -> &Session {
        &self.session
    }

    /// How many close requests were cancelled (locked mode).
    pub fn closes_cancelled(&self) -> u32 {
        self.closes_cancelled
    }

    /// Whether the app asked the window to close (staff quit).
    pub fn is_quitting(&self) -> bool {
        self.quitting
    }

    /// Whether staff are unlocked.
    pub fn staff_unlocked(&self) -> bool {
        self.staff_idle.is_some()
    }

    fn defaults(&self) -> SessionDefaults {
        defaults_of(&self.settings)
    }

    /// Ends the visit (and any staff session): the visitor's session, staff state, and egui's
    /// remembered widget state such as scroll positions all go back to the start.
    fn reset_visit(&mut self, ctx: &egui::Context) {
        let defaults = self.defaults();
        self.session.reset(&defaults);
        self.gesture = StaffGesture::default();
        self.staff_idle = None;
        self.staff_notice = None;
        self.draft = None;
        self.swipe_start = None;
        self.cursor_visible = self.settings.show_cursor || !self.locked;
        // Scroll offsets live in egui's data store; clearing it also keeps a kiosk that runs
        // for months from collecting state.
        ctx.data_mut(egui::util::IdTypeMap::clear);
    }

    /// Applies one command from a view.
    fn apply(&mut self, ctx: &egui::Context, command: Command, now: f64) {
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
            Command::SetLocale(locale) => session.locale = locale,
            Command::SetTextScale(scale) => session.text_scale = scale,
            Command::SetHighContrast(on) => session.high_contrast = on,
            Command::KeepReading => {
                if let Some(idle) = &mut self.idle {
                    idle.touch(now);
                }
            }
            Command::PinDigit(digit) => {
                if let Some(digits) = pin_digits(session.overlay.as_mut())
                    && digits.len() < crate::config::pin::MAX_PIN_DIGITS
                {
                    digits.push(digit);
                }
            }
            Command::PinClear => {
                if let Some(digits) = pin_digits(session.overlay.as_mut()) {
                    digits.clear();
                }
            }
            Command::PinSubmit => self.submit_pin(ctx, now),
            Command::StaffClose => self.reset_visit(ctx),
            Command::CancelPinChange => {
                if self.staff_idle.is_some() {
                    self.staff_notice = None;
                    self.session.overlay = Some(Overlay::Settings);
                } else {
                    self.reset_visit(ctx);
                }
            }
            Command::SetCursorVisible(visible) => {
                if self.staff_idle.is_some() {
                    self.cursor_visible = visible;
                    if visible {
                        ctx.set_cursor_icon(CursorIcon::Default);
                    }
                }
            }
            Command::Quit => {
                if self.settings.allow_quit && self.staff_idle.is_some() {
                    tracing::info!("staff quit the kiosk");
                    self.quitting = true;
                    ctx.send_viewport_cmd(ViewportCommand::Close);
                }
            }
            Command::OpenSettings => self.open_settings(),
            Command::SaveSettings => self.save_settings(ctx),
            Command::DiscardSettings => {
                if self.staff_idle.is_some() {
                    self.draft = Some(self.settings.clone());
                    self.staff_notice = None;
                }
            }
            Command::BackToStaffMenu => {
                if self.staff_idle.is_some() {
                    self.session.overlay = Some(Overlay::StaffMenu);
                    self.draft = None;
                    self.staff_notice = None;
                }
            }
            Command::StartPinChange => self.start_pin_change(),
        }
    }

    /// Feeds the idle timers and the staff gesture from this frame's input. Returns the idle
    /// phase for drawing.
    fn track_time(&mut self, ctx: &egui::Context, now: f64) -> Option<IdlePhase> {
        let active = ctx.input(kiosk_input::has_activity);
        let settings = &self.settings;
        let idle = self.idle.get_or_insert_with(|| {
            IdleTimer::new(settings.idle_timeout_secs, settings.idle_warning_secs, now)
        });
        if active {
            idle.touch(now);
            if let Some(staff_idle) = &mut self.staff_idle {
                staff_idle.touch(now);
            }
        }

        // The staff gesture: a finger held in a top corner.
        let held = ctx.input(|i| {
            let pos = i
                .pointer
                .interact_pos()
                .filter(|_| i.pointer.primary_down())?;
            let screen = i.content_rect();
            (pos.y - screen.top() < theme::STAFF_CORNER).then_some(())?;
            if pos.x - screen.left() < theme::STAFF_CORNER {
                Some(Corner::TopLeft)
            } else if screen.right() - pos.x < theme::STAFF_CORNER {
                Some(Corner::TopRight)
            } else {
                None
            }
        });
        if self.gesture.update(now, held) && self.session.overlay.is_none() {
            tracing::info!("staff gesture recognised");
            self.staff_notice = self
                .lockout
                .locked_for(unix_now())
                .map(|secs| self.locked_notice(secs));
            self.session.overlay = Some(if self.settings.staff_pin_hash.is_some() {
                Overlay::Pin {
                    digits: String::new(),
                }
            } else {
                Overlay::StaffNotSetUp
            });
        }

        if let Some(staff_idle) = self.staff_idle {
            if staff_idle.phase(now) == IdlePhase::Expired {
                tracing::info!("staff mode locked itself after {STAFF_IDLE_SECS} s without input");
                self.reset_visit(ctx);
            }
            return None;
        }
        if self.session.screen == Screen::Attract && self.session.overlay.is_none() {
            if let Some(idle) = &mut self.idle {
                idle.touch(now);
            }
            return None;
        }
        let phase = self.idle.map(|idle| idle.phase(now));
        if phase == Some(IdlePhase::Expired) {
            tracing::debug!("idle reset");
            self.reset_visit(ctx);
            if let Some(idle) = &mut self.idle {
                idle.touch(now);
            }
            return None;
        }
        phase
    }

    /// Recognises a horizontal swipe over the reading area of a page.
    fn track_swipe(
        &mut self,
        ctx: &egui::Context,
        idle_phase: Option<IdlePhase>,
    ) -> Option<Command> {
        let warning = matches!(idle_phase, Some(IdlePhase::Warning { .. }));
        if !matches!(self.session.screen, Screen::Page { .. })
            || self.session.overlay.is_some()
            || warning
        {
            self.swipe_start = None;
            return None;
        }
        let (pressed, released, pos) = ctx.input(|i| {
            (
                i.pointer.primary_pressed(),
                i.pointer.primary_released(),
                i.pointer.interact_pos(),
            )
        });
        if pressed {
            self.swipe_start = pos.filter(|p| self.reading_rect.contains(*p));
        }
        if released {
            let start = self.swipe_start.take()?;
            let end = pos?;
            let delta = end - start;
            return swipe::classify(delta.x, delta.y).map(|swipe| match swipe {
                Swipe::Next => Command::Next,
                Swipe::Previous => Command::Previous,
            });
        }
        None
    }

    fn schedule_repaint(&self, ctx: &egui::Context, now: f64) {
        let mut due = f64::INFINITY;
        if let Some(idle) = self.idle
            && self.session.screen != Screen::Attract
            && self.staff_idle.is_none()
        {
            due = due.min(idle.secs_until_due(now));
        }
        if let Some(staff_idle) = self.staff_idle {
            due = due.min(staff_idle.secs_until_due(now));
        }
        if self.session.screen == Screen::Attract {
            due = due.min(f64::from(theme::ATTRACT_FRAME_SECS));
        }
        if self.gesture.in_progress() || ctx.input(|i| i.pointer.primary_down()) {
            due = due.min(f64::from(GESTURE_TICK_SECS));
        }
        if due.is_finite() {
            // Wake a hair after the deadline so the timer has surely passed it.
            ctx.request_repaint_after(std::time::Duration::from_secs_f64(due.max(0.0) + 0.01));
        }
    }

    fn draw(&mut self, ui: &mut egui::Ui, idle_phase: Option<IdlePhase>, now: f64) -> Vec<Command> {
        let ctx = ui.ctx().clone();
        let view = View {
            library: &self.library,
            session: &self.session,
            settings: &self.settings,
            palette: theme::palette(self.session.high_contrast),
            qr: &self.qr,
            // A page opens at its top because `frame_ui` drops every scroll offset when the
            // screen changes; the scroll areas keep one id each, so that the ids of their
            // widgets do not pile up (egui's debug builds remember every id ever made).
        };
        let palette = view.palette;
        crate::a11y::name_window(&ctx, &view.tr(crate::i18n::ids::APP_TITLE));
        let mut commands = Vec::new();
        let bar_frame = egui::Frame::new()
            .fill(palette.bar)
            .inner_margin(theme::BAR_PADDING);
        match self.session.screen {
            Screen::Attract => {
                egui::CentralPanel::default()
                    .frame(egui::Frame::new().fill(palette.background))
                    .show(ui, |ui| {
                        ui::attract::attract_ui(ui, &view, now, &mut commands)
                    });
            }
            screen => {
                egui::Panel::top("top bar")
                    .frame(bar_frame)
                    .show(ui, |ui| ui::chrome::top_bar_ui(ui, &view, &mut commands));
                // The reading area and the bottom bar are laid out by hand rather than as
                // panels, so that they are built in the order they are seen: the top bar,
                // the page, then the legend and the navigation. A screen reader reads them,
                // and Tab moves through them, in that order.
                egui::CentralPanel::default()
                    .frame(egui::Frame::new().fill(palette.background))
                    .show(ui, |ui| {
                        let whole = ui.max_rect();
                        let bar_top = whole.bottom() - self.bottom_bar_height;
                        let reading =
                            Rect::from_min_max(whole.min, egui::pos2(whole.right(), bar_top));
                        ui.scope_builder(egui::UiBuilder::new().max_rect(reading), |ui| {
                            egui::Frame::new()
                                .inner_margin(theme::CENTRAL_PADDING)
                                .show(ui, |ui| {
                                    ui.set_min_size(ui.available_size());
                                    if screen == Screen::Home {
                                        ui::home::home_ui(ui, &view, &mut commands);
                                    } else {
                                        ui::page::page_body_ui(ui, &view, &mut commands);
                                    }
                                });
                        });
                        self.reading_rect = reading;
                        let bar_room = Rect::from_min_max(
                            egui::pos2(whole.left(), bar_top),
                            egui::pos2(whole.right(), f32::INFINITY),
                        );
                        let bar =
                            ui.scope_builder(egui::UiBuilder::new().max_rect(bar_room), |ui| {
                                bar_frame.show(ui, |ui| {
                                    ui.set_width(ui.available_width());
                                    ui::chrome::legend_ui(ui, &view);
                                    if screen != Screen::Home {
                                        ui.separator();
                                        ui::page::page_nav_ui(ui, &view, &mut commands);
                                    }
                                })
                            });
                        let height = bar.inner.response.rect.height();
                        if (height - self.bottom_bar_height).abs() > 0.5 {
                            // The bar changed height (a new size, language or screen): lay
                            // the frame out again before anyone sees it.
                            self.bottom_bar_height = height;
                            ui.ctx().request_discard("bottom bar height changed");
                            // And once more after, in case this frame has no passes left.
                            ui.ctx().request_repaint();
                        }
                    });
            }
        }
        if let Some(IdlePhase::Warning { secs_left }) = idle_phase {
            ui::idle_overlay::idle_overlay_ui(&ctx, &view, secs_left, &mut commands);
        }
        if let Some(overlay) = &self.session.overlay {
            // Only the settings screen needs these (and the file check): not the PIN pad.
            let on_settings = matches!(overlay, Overlay::Settings);
            let available_locales: Vec<String> = if on_settings {
                self.library.i18n.languages().map(str::to_owned).collect()
            } else {
                Vec::new()
            };
            let backup = self
                .config
                .as_ref()
                .filter(|_| on_settings)
                .and_then(|c| c.paths.backup_file())
                .filter(|p| p.is_file());
            let settings = self
                .draft
                .as_mut()
                .filter(|_| on_settings)
                .map(|draft| SettingsView {
                    draft,
                    saved: &self.settings,
                    loaded: self.config.as_ref().map(|c| &c.loaded),
                    backup: backup.as_deref(),
                    available_locales: &available_locales,
                    notice: self.staff_notice.as_deref(),
                });
            let staff = StaffView {
                overlay,
                pin_notice: self.staff_notice.as_deref(),
                cursor_visible: self.cursor_visible,
                settings,
            };
            ui::staff::staff_overlay_ui(&ctx, &view, staff, &mut commands);
        }
        commands
    }
}

impl eframe::App for KioskApp {
    fn logic(&mut self, ctx: &egui::Context, _frame: &mut eframe::Frame) {
        if ctx.input(|i| i.viewport().close_requested()) && self.locked && !self.quitting {
            tracing::info!("close request cancelled: the kiosk is locked");
            self.closes_cancelled += 1;
            ctx.send_viewport_cmd(ViewportCommand::CancelClose);
        }
    }

    fn ui(&mut self, ui: &mut egui::Ui, _frame: &mut eframe::Frame) {
        self.frame_ui(ui);
    }

    fn raw_input_hook(&mut self, _ctx: &egui::Context, raw_input: &mut egui::RawInput) {
        if self.locked {
            kiosk_input::filter_locked(raw_input);
        }
    }

    fn persist_egui_memory(&self) -> bool {
        false
    }
}

impl KioskApp {
    /// One frame of the kiosk, drawn into `ui` (the whole window). `eframe` calls it through
    /// [`eframe::App::ui`]; benchmarks call it directly, with no window.
    pub fn frame_ui(&mut self, ui: &mut egui::Ui) {
        let ctx = ui.ctx().clone();
        self.log_start_up(&ctx);
        let now = ctx.input(|i| i.time);
        if self.applied_contrast != Some(self.session.high_contrast) {
            let visuals = theme::visuals(theme::palette(self.session.high_contrast));
            ctx.set_visuals_of(egui::Theme::Light, visuals.clone());
            ctx.set_visuals_of(egui::Theme::Dark, visuals);
            self.applied_contrast = Some(self.session.high_contrast);
        }
        let idle_phase = self.track_time(&ctx, now);
        let swipe = self.track_swipe(&ctx, idle_phase);
        let commands = self.draw(ui, idle_phase, now);
        let screen_before = self.session.screen;
        let changed = swipe.is_some() || !commands.is_empty();
        for command in swipe.into_iter().chain(commands) {
            self.apply(&ctx, command, now);
        }
        if changed {
            // This frame was drawn before the change: show the result at once.
            ctx.request_repaint();
        }
        if self.session.screen != screen_before {
            // A page opened anew starts at its top: the scroll offsets of the screen left
            // behind are forgotten (and do not pile up in a visit that never pauses long
            // enough for the idle reset).
            ctx.data_mut(|d| d.remove_by_type::<egui::scroll_area::State>());
        }
        if !self.cursor_visible {
            ctx.set_cursor_icon(CursorIcon::None);
        }
        self.schedule_repaint(&ctx, now);
    }

    /// Logs `first_frame_ms`, the time from the start of `main` until the first frame has
    /// been shown, at the start of the second frame (which the first asks for at once).
    fn log_start_up(&mut self, ctx: &egui::Context) {
        match self.frames_drawn {
            0 => ctx.request_repaint(),
            1 => {
                if let Some(since) = crate::startup::since_start() {
                    tracing::info!(first_frame_ms = since.as_millis(), "first frame shown");
                }
            }
            _ => return,
        }
        self.frames_drawn += 1;
    }
}

/// The digits being typed on the PIN pad, whichever PIN it asks for.
fn pin_digits(overlay: Option<&mut Overlay>) -> Option<&mut String> {
    match overlay? {
        Overlay::Pin { digits } | Overlay::ChangePin { digits, .. } => Some(digits),
        _ => None,
    }
}

fn defaults_of(settings: &Settings) -> SessionDefaults {
    SessionDefaults {
        locale: settings.default_locale.clone(),
        text_scale: TextScale::from_percent(settings.default_text_scale),
        high_contrast: settings.high_contrast,
    }
}

fn make_qr_textures(ctx: &egui::Context, library: &Library, settings: &Settings) -> QrTextures {
    let desk_url = settings
        .consultation
        .as_ref()
        .and_then(|d| d.url.as_deref());
    let urls = library
        .spec
        .links
        .iter()
        .map(|l| l.url.as_str())
        .chain(desk_url);
    QrTextures::new(ctx, &theme::STANDARD, urls)
}

fn load_lockout(path: &std::path::Path) -> Lockout {
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

fn unix_now() -> u64 {
    std::time::SystemTime::now()
        .duration_since(std::time::UNIX_EPOCH)
        .map_or(0, |d| d.as_secs())
}
