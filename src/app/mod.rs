//! `KioskApp`: the shell. It turns egui input into model changes, applies the commands the
//! views return, and does the I/O (config, lock-out file, wall clock); `ui::frame` draws.

mod clock;
mod commands;
mod lockout;
mod speech;
mod staff;
mod usage;

use std::path::PathBuf;

use egui::{CursorIcon, Pos2, ViewportCommand};

pub use self::clock::{Clock, ManualClock, SystemClock, WallClock};
use self::lockout::StoredLockout;
pub use self::speech::{Speech, SpeechFactory, SystemSpeech, screen_sentences, warm_up_list};
pub use self::usage::{UsageSink, start_writer, writer_config};
use crate::config::{ConfigPaths, LoadedConfig, Settings};
use crate::content::Library;
use crate::kiosk_input;
use crate::model::staff::{Corner, StaffGesture};
use crate::model::swipe::{self, Swipe};
use crate::model::{
    IdlePhase, IdleTimer, Notice, Overlay, Screen, Session, SessionDefaults, StaffSession,
};
use crate::ui::frame::FrameLayout;
use crate::ui::qr_texture::QrTextures;
use crate::ui::{self, Command, View, theme};

pub use crate::model::STAFF_IDLE_SECS;
/// How often the app wakes while a staff gesture is being held.
const GESTURE_TICK_SECS: f32 = 0.25;

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
    /// The wall clock, which dates the PIN lock-out; [`Clock::system`] but in tests.
    pub clock: Clock,
    /// Makes read-aloud for the settings ([`SystemSpeech`] in the kiosk); `None` offers none.
    pub speech: Option<std::sync::Arc<dyn SpeechFactory>>,
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
    qr: QrTextures,
    settings: Settings,
    config: Option<ConfigHandle>,
    window: KioskWindow,
    clock: Clock,
    session: Session,
    idle: Option<IdleTimer>,
    gesture: StaffGesture,
    swipe_start: Option<Pos2>,
    /// The pointer the touch screen drives (see [`kiosk_input::TouchPointer`]).
    touch: kiosk_input::TouchPointer,
    lockout: StoredLockout,
    /// Unlocked staff; `None` is locked.
    staff: Option<StaffSession<Settings>>,
    layout: FrameLayout,
    /// Frames drawn so far, up to 2: the start-up time is logged once the first is shown.
    frames_drawn: u8,
    /// Anonymous usage counts, and where they go.
    usage: usage::Usage,
    /// Read-aloud.
    speech: speech::SpeechState,
    /// The fonts installed for the language shown.
    fonts: ui::fonts::LoadedFonts,
}

/// The window's kiosk mode: locked against closing, unless staff quit.
#[derive(Debug, Default)]
struct KioskWindow {
    /// Locked kiosk mode: close requests cancelled, shortcuts filtered, cursor hidden.
    locked: bool,
    /// Staff asked the window to close.
    quitting: bool,
    /// Close requests cancelled so far.
    closes_cancelled: u32,
}

impl KioskApp {
    /// Sets up fonts, touch input and style on `ctx`, and starts on the attract screen.
    pub fn new(ctx: &egui::Context, library: Library, options: KioskOptions) -> Self {
        let KioskOptions {
            locked,
            settings,
            state_dir,
            config,
            clock,
            speech,
        } = options;
        library.i18n.set_stale_shows_reference(
            settings.stale_translations == crate::config::StaleTranslations::Japanese,
        );
        ctx.options_mut(|o| {
            o.zoom_with_keyboard = false;
            theme::touch_input_options(&mut o.input_options);
        });
        ctx.all_styles_mut(theme::apply_spacing);
        crate::a11y::install(ctx);
        let qr = make_qr_textures(ctx, &library, &settings);
        let session = Session::new(&defaults_of(&settings, &library));
        let mut fonts = ui::fonts::LoadedFonts::default();
        fonts.follow(ctx, &session.locale);
        let speech = speech::SpeechState::new(speech, &settings);
        Self {
            library,
            qr,
            settings,
            config,
            window: KioskWindow {
                locked,
                ..KioskWindow::default()
            },
            clock,
            session,
            idle: None,
            gesture: StaffGesture::default(),
            swipe_start: None,
            touch: kiosk_input::TouchPointer::default(),
            usage: usage::Usage::new(state_dir.clone()),
            lockout: StoredLockout::load(state_dir),
            staff: None,
            layout: FrameLayout::default(),
            frames_drawn: 0,
            speech,
            fonts,
        }
    }

    /// The visitor's session, for tests and diagnostics.
    pub fn session(&self) -> &Session {
        &self.session
    }

    /// How many close requests were cancelled (locked mode).
    pub fn closes_cancelled(&self) -> u32 {
        self.window.closes_cancelled
    }

    /// Whether the app asked the window to close (staff quit).
    pub fn is_quitting(&self) -> bool {
        self.window.quitting
    }

    /// Whether staff are unlocked.
    pub fn staff_unlocked(&self) -> bool {
        self.staff.is_some()
    }

    /// Whether a staff screen (the PIN pad, or anything unlocked) covers the visitor's.
    fn staff_screen_open(&self) -> bool {
        self.session.overlay.is_some() || self.staff.is_some()
    }

    /// Whether the pointer is shown: as staff chose in this session, else as configured
    /// (always outside locked kiosk mode).
    fn cursor_visible(&self) -> bool {
        self.staff
            .as_ref()
            .and_then(|staff| staff.cursor_visible)
            .unwrap_or(self.settings.show_cursor || !self.window.locked)
    }

    fn defaults(&self) -> SessionDefaults {
        defaults_of(&self.settings, &self.library)
    }

    /// Ends the visit (and any staff session): the visitor's session, staff state, and egui's
    /// remembered widget state such as scroll positions all go back to the start.
    fn reset_visit(&mut self, ctx: &egui::Context, now: f64) {
        self.usage_visit_ended(now);
        self.stop_speech();
        let defaults = self.defaults();
        self.session.reset(&defaults);
        self.staff = None;
        self.gesture = StaffGesture::default();
        self.swipe_start = None;
        // Scroll offsets live in egui's data store; clearing it also keeps a kiosk that runs
        // for months from collecting state.
        ctx.data_mut(egui::util::IdTypeMap::clear);
        // So does the glyph atlas, which keeps the glyphs of every size the visitor chose.
        ui::fonts::start_over(ctx);
    }

    /// Feeds the idle timers and the staff gesture from this frame's input. Returns the idle
    /// phase for drawing.
    fn track_time(&mut self, ctx: &egui::Context, now: f64) -> Option<IdlePhase> {
        let active = ctx.input(kiosk_input::has_activity);
        // A visitor listening to read-aloud is not idle: the warning waits until speech has
        // finished or been stopped (or paused).
        let listening = self.listening(now);
        let settings = &self.settings;
        let idle = self.idle.get_or_insert_with(|| {
            IdleTimer::new(settings.idle_timeout_secs, settings.idle_warning_secs, now)
        });
        if active || listening {
            idle.touch(now);
        }
        if active && let Some(staff) = &mut self.staff {
            staff.touch(now);
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
        if self.gesture.update(now, held) && !self.staff_screen_open() {
            tracing::info!("staff gesture recognised");
            self.session.overlay = Some(if self.settings.staff_pin_hash.is_some() {
                let locked_for = self.lockout.locked_for(self.clock.unix_secs());
                Overlay::pin_pad(locked_for.map(Notice::locked_for))
            } else {
                Overlay::StaffNotSetUp
            });
        }

        if let Some(staff) = &self.staff {
            if staff.expired(now) {
                tracing::info!("staff mode locked itself after {STAFF_IDLE_SECS} s without input");
                self.reset_visit(ctx, now);
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
        self.count_idle_phase(matches!(phase, Some(IdlePhase::Warning { .. })), now);
        if phase == Some(IdlePhase::Expired) {
            tracing::debug!("idle reset");
            self.count_plain(crate::usage::Kind::IdleReset, now);
            self.reset_visit(ctx, now);
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
            || self.staff_screen_open()
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
            self.swipe_start = pos.filter(|p| self.layout.reading_rect.contains(*p));
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
            && self.staff.is_none()
        {
            due = due.min(idle.secs_until_due(now));
        }
        if let Some(staff) = &self.staff {
            due = due.min(staff.secs_until_due(now));
        }
        if self.session.screen == Screen::Attract {
            due = due.min(f64::from(theme::ATTRACT_FRAME_SECS));
        }
        if let Some(secs) = self.secs_until_usage_batch(now) {
            due = due.min(secs);
        }
        if let Some(secs) = self.secs_until_speech_poll() {
            due = due.min(secs);
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
        let cursor_visible = self.cursor_visible();
        let view = View {
            library: &self.library,
            session: &self.session,
            settings: &self.settings,
            palette: theme::palette(self.session.high_contrast),
            qr: &self.qr,
            terms: None,
            speech: speech::speech_view(&self.speech, &self.session),
            // A page opens at its top because `frame_ui` drops every scroll offset when the
            // screen changes; the scroll areas keep one id each, so that the ids of their
            // widgets do not pile up (egui's debug builds remember every id ever made).
        };
        crate::a11y::name_window(ui.ctx(), || view.tr(crate::i18n::ids::APP_TITLE));
        let config = self.config.as_ref();
        let usage = &self.usage;
        let staff = ui::staff::staff_view(
            self.session.overlay.as_ref(),
            self.staff.as_mut(),
            cursor_visible,
            &self.settings,
            config.map(|c| &c.loaded),
            || {
                config
                    .and_then(|c| c.paths.backup_file())
                    .filter(|p| p.is_file())
            },
            || self.library.i18n.languages().map(str::to_owned).collect(),
            (self.usage.summary.as_ref(), || usage.status()),
            (&self.speech.speech.status, &self.speech.speech.devices),
        );
        ui::frame::frame_ui(ui, &view, &mut self.layout, idle_phase, staff, now)
    }
}

impl eframe::App for KioskApp {
    fn logic(&mut self, ctx: &egui::Context, _frame: &mut eframe::Frame) {
        let window = &mut self.window;
        if ctx.input(|i| i.viewport().close_requested()) && window.locked && !window.quitting {
            tracing::info!("close request cancelled: the kiosk is locked");
            window.closes_cancelled += 1;
            ctx.send_viewport_cmd(ViewportCommand::CancelClose);
        }
    }

    fn ui(&mut self, ui: &mut egui::Ui, _frame: &mut eframe::Frame) {
        self.frame_ui(ui);
    }

    fn raw_input_hook(&mut self, _ctx: &egui::Context, raw_input: &mut egui::RawInput) {
        // The glyph atlas is as wide as the largest texture the GPU allows, and grows to
        // as high before it starts over: on Mesa's llvmpipe (16384) that is up to a
        // gigabyte once Chinese and Korean glyphs at 200 % have passed through it. At 4096
        // it starts over at about 50 MB, which still holds every glyph of any one screen,
        // and the largest figure or QR texture (under 2000 pixels) still fits.
        raw_input.max_texture_side = Some(
            raw_input
                .max_texture_side
                .map_or(theme::MAX_TEXTURE_SIDE, |side| {
                    side.min(theme::MAX_TEXTURE_SIDE)
                }),
        );
        self.touch.filter(raw_input);
        if self.window.locked {
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
        self.layout.apply_contrast(&ctx, self.session.high_contrast);
        self.layout.log_size(&ctx);
        self.poll_speech(now);
        let idle_phase = self.track_time(&ctx, now);
        let swipe = self.track_swipe(&ctx, idle_phase);
        let commands = self.draw(ui, idle_phase, now);
        let screen_before = self.session.screen;
        let locale_before = self.session.locale.clone();
        let changed = swipe.is_some() || !commands.is_empty();
        for command in swipe.into_iter().chain(commands) {
            self.count_command(&command, now);
            self.apply(&ctx, command, now);
        }
        if self.session.screen != screen_before || self.session.locale != locale_before {
            self.count_screen_shown(now);
        }
        self.follow_reading();
        if self.fonts.follow(&ctx, &self.session.locale) {
            ctx.request_repaint();
        }
        self.usage_frame(&ctx, now);
        if changed {
            // This frame was drawn before the change: show the result at once.
            ctx.request_repaint();
        }
        if self.session.screen != screen_before {
            // A glossary card belongs to the page it was opened on.
            self.session.glossary = None;
            // A page opened anew starts at its top: the scroll offsets of the screen left
            // behind are forgotten (and do not pile up in a visit that never pauses long
            // enough for the idle reset).
            ctx.data_mut(egui::util::IdTypeMap::remove_by_type::<egui::scroll_area::State>);
        }
        if !self.cursor_visible() {
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

/// What every visit starts with. A starting language the hospital hides as unreviewed
/// gives way to Japanese, the original.
fn defaults_of(settings: &Settings, library: &Library) -> SessionDefaults {
    let hidden = settings.hide_unreviewed_locales
        && settings.default_locale != crate::i18n::REFERENCE_LOCALE
        && !library
            .i18n
            .status(&settings.default_locale)
            .is_some_and(crate::i18n::status::LocaleStatus::fully_reviewed);
    SessionDefaults {
        locale: if hidden {
            crate::i18n::REFERENCE_LOCALE.to_owned()
        } else {
            settings.default_locale.clone()
        },
        text_scale: settings.default_text_scale,
        high_contrast: settings.high_contrast,
        speech_volume: u8::try_from(settings.speech_volume)
            .ok()
            .and_then(crate::model::reading::Volume::from_step)
            .unwrap_or_default(),
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
