//! Counting how the kiosk is used, from what the app applies (commands, screen changes, the
//! idle timer, PIN checks), never from widgets. The counts wait in memory and leave as one
//! batch at most once a minute and at every reset, through a [`UsageSink`]: the writer thread
//! in the kiosk, anything in a test.

use std::path::PathBuf;
use std::sync::Arc;

use jiff::civil::Date;
use jiff::tz::TimeZone;

use super::{Clock, KioskApp};
use crate::config::{LoadedConfig, Settings, Severity};
use crate::content::{Item, Library, page_items};
use crate::model::Screen;
use crate::ui::Command;
use crate::usage::{
    Counter, Event, Health, Kind, StoreStatus, Summary, Tally, Writer, WriterConfig, day,
};

/// Where the app's counts go. The kiosk's is the usage [`Writer`] thread; the trait keeps
/// the app free of how (and whether) they are stored.
pub trait UsageSink: Send + Sync + std::fmt::Debug {
    /// Hands over one batch, written in one transaction. Must not wait for a disk.
    fn commit(&self, batch: Tally);
    /// The settings changed.
    fn configure(&self, config: WriterConfig);
    /// Deletes every count.
    fn delete_all(&self);
    /// Every count from `since` on, stored or waiting (the staff screen; may wait).
    fn read(&self, since: Date) -> Tally;
    /// What staff should know about the storage.
    fn status(&self) -> StoreStatus;
    /// The figures the textfile reports, if this sink writes one.
    fn health(&self) -> Option<&Health>;
    /// Waits until everything handed over is written (tests, and the CLI).
    fn sync(&self);
}

impl UsageSink for Writer {
    fn commit(&self, batch: Tally) {
        Writer::commit(self, batch);
    }
    fn configure(&self, config: WriterConfig) {
        Writer::configure(self, config);
    }
    fn delete_all(&self) {
        Writer::delete_all(self);
    }
    fn read(&self, since: Date) -> Tally {
        Writer::read(self, since)
    }
    fn status(&self) -> StoreStatus {
        Writer::status(self)
    }
    fn health(&self) -> Option<&Health> {
        Some(Writer::health(self))
    }
    fn sync(&self) {
        Writer::sync(self);
    }
}

/// The writer's settings from the kiosk's.
pub fn writer_config(settings: &Settings, state_dir: Option<PathBuf>) -> WriterConfig {
    WriterConfig {
        state_dir,
        counting: settings.usage_counts,
        retention_days: settings.usage_retention_days,
        textfile: settings.usage_textfile.clone(),
        textfile_period_secs: settings.usage_textfile_period_secs,
    }
}

/// Starts the kiosk's writer thread: the system's time zone, `clock` for dates, and `wake`
/// to ask the UI for a frame before each textfile.
///
/// # Errors
/// No thread could be started.
pub fn start_writer(
    settings: &Settings,
    state_dir: Option<PathBuf>,
    clock: Clock,
    wake: Box<dyn Fn() + Send>,
) -> std::io::Result<Writer> {
    let config = writer_config(settings, state_dir);
    Writer::start(config, Arc::new(move || clock.unix_secs()), wake)
}

/// The app's counting state.
#[derive(Debug)]
pub(super) struct Usage {
    sink: Option<Arc<dyn UsageSink>>,
    counter: Counter,
    tz: TimeZone,
    state_dir: Option<PathBuf>,
    /// This visit already reached a track's last page.
    completed: bool,
    /// The idle warning now shown was counted.
    warned: bool,
    /// What the usage screen shows, read when it opened.
    pub summary: Option<Summary>,
}

impl Usage {
    pub fn new(state_dir: Option<PathBuf>) -> Self {
        let tz = TimeZone::try_system().unwrap_or(TimeZone::UTC);
        Self {
            sink: None,
            counter: Counter::new(tz.clone()),
            tz,
            state_dir,
            completed: false,
            warned: false,
            summary: None,
        }
    }

    pub fn sink(&self) -> Option<&Arc<dyn UsageSink>> {
        self.sink.as_ref()
    }

    /// The storage's state, for the usage screen.
    pub fn status(&self) -> StoreStatus {
        self.sink
            .as_ref()
            .map(|sink| sink.status())
            .unwrap_or_default()
    }
}

impl KioskApp {
    /// Counts into `sink` from now on (when `usage_counts` is on). Without one, nothing is
    /// counted: tests and benchmarks that do not ask for counts write nothing.
    #[must_use]
    pub fn with_usage(mut self, sink: Arc<dyn UsageSink>) -> Self {
        self.usage.sink = Some(sink);
        self.report_health();
        self
    }

    /// The usage sink, for tests (to wait for the writer and read what it stored).
    pub fn usage_sink(&self) -> Option<&Arc<dyn UsageSink>> {
        self.usage.sink()
    }

    /// What the usage screen shows, once it was opened.
    pub fn usage_summary(&self) -> Option<&Summary> {
        self.usage.summary.as_ref()
    }

    /// Counts `event` now, if counting is on.
    pub(super) fn count(&mut self, event: Event, now: f64) {
        if self.usage.sink.is_none() || !self.settings.usage_counts {
            return;
        }
        self.usage
            .counter
            .record(event, self.clock.unix_secs(), now);
    }

    /// Counts what a command does, before it is applied (so the screen it came from is
    /// known): a visit leaving the attract screen, text-size and contrast choices, a glossary
    /// card, a "continue" on the idle warning.
    pub(super) fn count_command(&mut self, command: &Command, now: f64) {
        let lang = self.session.locale.clone();
        match command {
            Command::Start if self.session.screen == Screen::Attract => {
                self.count_plain(Kind::VisitStarted, now);
            }
            Command::SetTextScale(scale) => {
                self.count(Event::text_size(scale.percent(), &lang), now);
            }
            Command::SetHighContrast(high) => self.count(Event::contrast(*high, &lang), now),
            Command::OpenGlossary(term) => self.count_here(Kind::GlossaryOpened, term, now),
            Command::KeepReading => self.count_plain(Kind::IdleContinue, now),
            _ => {}
        }
    }

    /// Counts a plain event.
    pub(super) fn count_plain(&mut self, kind: Kind, now: f64) {
        self.count(Event::plain(kind), now);
    }

    /// Counts an event in the visitor's language, on the page shown.
    pub(super) fn count_here(&mut self, kind: Kind, detail: &str, now: f64) {
        let page = self.page_id().unwrap_or_default();
        let lang = self.session.locale.clone();
        self.count(Event::on_page(kind, &page, &lang).with_detail(detail), now);
    }

    /// The id of the page on screen (`about` for "about this information").
    fn page_id(&self) -> Option<String> {
        match self.session.screen {
            Screen::Page { track, page } => self.library.page(track, page).map(|p| p.id.clone()),
            Screen::About => Some("about".to_owned()),
            Screen::Attract | Screen::Home => None,
        }
    }

    /// A page (or "about") was opened, or shown in another language: its opening, its QR
    /// codes, and, once a visit, reaching a track's last page.
    pub(super) fn count_screen_shown(&mut self, now: f64) {
        if self.usage.sink.is_none() || !self.settings.usage_counts {
            return;
        }
        let Some(page) = self.page_id() else {
            return;
        };
        let lang = self.session.locale.clone();
        self.count(Event::on_page(Kind::PageOpened, &page, &lang), now);
        let links = match self.session.screen {
            Screen::Page { track, page } => {
                let desk = self.settings.consultation.as_ref();
                qr_links(&page_items(&self.library, &lang, desk, track, page))
            }
            _ => Vec::new(),
        };
        for link in links {
            self.count(
                Event::on_page(Kind::QrShown, &page, &lang).with_detail(&link),
                now,
            );
        }
        if let Screen::Page { track, page: index } = self.session.screen
            && index + 1 == self.library.track_len(track)
            && !self.usage.completed
        {
            self.usage.completed = true;
            self.count(Event::on_page(Kind::VisitCompleted, &page, &lang), now);
        }
    }

    /// Counts the idle warning once each time it appears.
    pub(super) fn count_idle_phase(&mut self, warning: bool, now: f64) {
        if warning && !self.usage.warned {
            self.count_plain(Kind::IdleWarning, now);
        }
        self.usage.warned = warning;
    }

    /// The visit ended: the next one starts uncounted, and what is counted leaves now.
    pub(super) fn usage_visit_ended(&mut self, now: f64) {
        self.usage.completed = false;
        self.usage.warned = false;
        self.usage.summary = None;
        self.hand_over_batch(now);
    }

    fn hand_over_batch(&mut self, now: f64) {
        let batch = self.usage.counter.take_batch(now);
        if let Some(sink) = &self.usage.sink {
            sink.commit(batch);
        }
    }

    /// Once a frame: the frame's time for the textfile, and the batch when a minute is up.
    pub(super) fn usage_frame(&mut self, ctx: &egui::Context, now: f64) {
        let Some(sink) = &self.usage.sink else {
            return;
        };
        if let Some(health) = sink.health() {
            health.frame_shown(self.clock.unix_secs());
            if health.take_refresh_wanted() {
                #[expect(
                    clippy::redundant_closure_for_method_calls,
                    reason = "the method path does not satisfy the closure's lifetimes"
                )]
                let [width, height] = ctx.fonts(|fonts| fonts.font_image_size());
                let pixels = u64::try_from(width.saturating_mul(height)).unwrap_or(u64::MAX);
                health.set_font_atlas_pixels(pixels);
            }
        }
        if self.usage.counter.batch_due(now) {
            self.hand_over_batch(now);
        }
    }

    /// Seconds until a batch is due, so an untouched kiosk still wakes to hand it over.
    pub(super) fn secs_until_usage_batch(&self, now: f64) -> Option<f64> {
        self.usage.counter.secs_until_batch(now)
    }

    /// Tells the sink the settings and what the textfile reports about them.
    pub(super) fn usage_settings_changed(&mut self, before: &Settings) {
        let Some(sink) = &self.usage.sink else {
            return;
        };
        if before.usage_counts && !self.settings.usage_counts {
            tracing::info!("usage counting turned off: the counts are deleted");
            self.usage.counter.clear();
        }
        sink.configure(writer_config(&self.settings, self.usage.state_dir.clone()));
        self.report_health();
    }

    /// Staff asked to delete every count.
    pub(super) fn delete_usage_counts(&mut self) {
        self.usage.counter.clear();
        self.usage.summary = None;
        if let Some(sink) = &self.usage.sink {
            tracing::info!("staff deleted the usage counts");
            sink.delete_all();
        }
    }

    /// Reads the counts for the usage screen over the last `days` days.
    pub(super) fn read_usage_summary(&mut self, days: u32, now: f64) {
        let Some(sink) = &self.usage.sink else {
            self.usage.summary = Some(Summary::default());
            return;
        };
        // What is waiting in memory is shown too.
        let batch = self.usage.counter.take_batch(now);
        sink.commit(batch);
        let today = day::local_date(self.clock.unix_secs(), &self.usage.tz)
            .unwrap_or(day::EARLIEST)
            .max(day::EARLIEST);
        let since = day::add_days(today, 1 - i64::from(days));
        let counts = sink.read(since);
        self.usage.summary = Some(Summary::of(&counts, today, days));
    }

    /// Puts the review date and the config's problems where the textfile reads them.
    pub(super) fn report_health(&self) {
        let Some(health) = self.usage.sink.as_ref().and_then(|sink| sink.health()) else {
            return;
        };
        health.set_content_reviewed(reviewed_unix(&self.library, &self.usage.tz));
        let (warnings, errors) = self
            .config
            .as_ref()
            .map_or((0, 0), |config| problem_counts(&config.loaded));
        health.set_config_problems(warnings, errors);
    }
}

/// The links of the QR codes on a page, by their caption ids (`desk` for the hospital's
/// own desk, which has none).
fn qr_links(items: &[Item]) -> Vec<String> {
    let mut links = Vec::new();
    collect_qr_links(items, &mut links);
    links
}

fn collect_qr_links(items: &[Item], links: &mut Vec<String>) {
    let row = |codes: &[crate::content::QrCode], links: &mut Vec<String>| {
        for code in codes {
            links.push(code.caption_id.clone().unwrap_or_else(|| "desk".to_owned()));
        }
    };
    for item in items {
        match item {
            Item::QrCodes(qr) => row(&qr.codes, links),
            Item::Consultation(crate::content::Consultation::General { codes, .. }) => {
                row(&codes.codes, links);
            }
            Item::Consultation(crate::content::Consultation::Desk(desk)) => {
                if let Some(code) = &desk.code {
                    row(std::slice::from_ref(code), links);
                }
            }
            Item::Callout { body, .. } | Item::Card { body, .. } => collect_qr_links(body, links),
            _ => {}
        }
    }
}

/// The content's review date at local midnight, as a Unix time.
fn reviewed_unix(library: &Library, tz: &TimeZone) -> Option<i64> {
    let reviewed = &library.spec.reviewed;
    let month = i8::try_from(reviewed.month).ok()?;
    let day = i8::try_from(reviewed.day).ok()?;
    let year = i16::try_from(reviewed.year).ok()?;
    let date = Date::new(year, month, day).ok()?;
    let zoned = date.to_zoned_datetime(tz.clone()).ok()?;
    Some(zoned.timestamp().as_second())
}

/// Warnings and errors among the config's problems.
fn problem_counts(loaded: &LoadedConfig) -> (u32, u32) {
    let count = |severity: Severity| {
        let n = loaded
            .problems
            .iter()
            .filter(|p| p.severity == severity)
            .count();
        u32::try_from(n).unwrap_or(u32::MAX)
    };
    (count(Severity::Warning), count(Severity::Error))
}
