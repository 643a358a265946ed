//! The thread that owns the database and the textfile, so that no frame waits for a disk.
//!
//! The app hands it batches over a channel (a memory move); the thread writes each in one
//! transaction, and every `textfile_period_secs` it asks the UI for a frame and writes the
//! textfile. When the database cannot be used (a full disk, a read-only directory, a locked,
//! damaged or newer file) it keeps the counts in memory, logs one WARN, tries again at the
//! next batch, and says what is wrong through [`Writer::problem`] for the staff screen.

use std::path::PathBuf;
use std::sync::atomic::{AtomicBool, AtomicI64, AtomicU32, AtomicU64, Ordering};
use std::sync::mpsc::{self, Receiver, RecvTimeoutError, Sender};
use std::sync::{Arc, Mutex, PoisonError};
use std::thread::JoinHandle;
use std::time::{Duration, Instant};

use jiff::civil::Date;

use super::counts::Tally;
use super::store::{DB_FILE, Store, StoreError};
use super::textfile;

/// What the writer does; sent again whenever the settings change.
#[derive(Clone, Debug, PartialEq, Eq)]
pub struct WriterConfig {
    /// The state directory holding `usage.sqlite`; `None` keeps counts in memory only.
    pub state_dir: Option<PathBuf>,
    /// Whether anything is counted (`usage_counts`); off deletes what was counted.
    pub counting: bool,
    /// Days of counts kept.
    pub retention_days: u32,
    /// Where the `node_exporter` textfile goes; `None` writes none.
    pub textfile: Option<PathBuf>,
    /// Seconds between two textfiles.
    pub textfile_period_secs: u32,
}

impl WriterConfig {
    fn db_path(&self) -> Option<PathBuf> {
        self.state_dir.as_ref().map(|dir| dir.join(DB_FILE))
    }
}

/// What the UI thread tells the textfile, through atomics: one store a frame at most.
#[derive(Debug, Default)]
pub struct Health {
    last_frame_unix: AtomicU64,
    font_atlas_pixels: AtomicU64,
    refresh_wanted: AtomicBool,
    config_warnings: AtomicU32,
    config_errors: AtomicU32,
    /// `i64::MIN` when unknown.
    reviewed_unix: AtomicI64,
}

impl Health {
    /// A frame was shown at `unix_secs`.
    pub fn frame_shown(&self, unix_secs: u64) {
        self.last_frame_unix.store(unix_secs, Ordering::Relaxed);
    }

    /// Whether the writer asked for the figures only the UI thread knows (the font atlas);
    /// asking clears the request.
    pub fn take_refresh_wanted(&self) -> bool {
        self.refresh_wanted.swap(false, Ordering::Relaxed)
    }

    /// The font atlas is `pixels` large.
    pub fn set_font_atlas_pixels(&self, pixels: u64) {
        self.font_atlas_pixels.store(pixels, Ordering::Relaxed);
    }

    /// The config files loaded have these problems.
    pub fn set_config_problems(&self, warnings: u32, errors: u32) {
        self.config_warnings.store(warnings, Ordering::Relaxed);
        self.config_errors.store(errors, Ordering::Relaxed);
    }

    /// The content shown was reviewed at `unix_secs`.
    pub fn set_content_reviewed(&self, unix_secs: Option<i64>) {
        self.reviewed_unix
            .store(unix_secs.unwrap_or(i64::MIN), Ordering::Relaxed);
    }

    fn snapshot(&self, now_unix: u64, up: bool, store_ok: bool) -> textfile::Health {
        let last = self.last_frame_unix.load(Ordering::Relaxed);
        let atlas = self.font_atlas_pixels.load(Ordering::Relaxed);
        let reviewed = self.reviewed_unix.load(Ordering::Relaxed);
        textfile::Health {
            up,
            version: env!("CARGO_PKG_VERSION").to_owned(),
            content_reviewed_unix: (reviewed != i64::MIN).then_some(reviewed),
            config_warnings: self.config_warnings.load(Ordering::Relaxed),
            config_errors: self.config_errors.load(Ordering::Relaxed),
            secs_since_frame: (last > 0).then(|| now_unix.saturating_sub(last)),
            font_atlas_pixels: (atlas > 0).then_some(atlas),
            rss_bytes: textfile::resident_bytes(),
            store_ok,
        }
    }
}

/// What staff are told about the counts' storage.
#[derive(Clone, Debug, Default, PartialEq, Eq)]
pub struct StoreStatus {
    /// Why counts are kept in memory only, if they are.
    pub problem: Option<String>,
    /// Where an unreadable database was moved at start.
    pub moved_aside: Option<PathBuf>,
    /// Transactions written since start: at most one a minute and one a reset, however
    /// many frames (the soak test holds the app to that).
    pub commits: u64,
}

enum Message {
    Commit(Tally),
    Configure(WriterConfig),
    DeleteAll,
    Read(Date, Sender<Tally>),
    Sync(Sender<()>),
}

/// The writer thread's handle. Dropping it writes what is left and a last textfile with
/// `immuno_kiosk_up 0`, then ends the thread.
#[derive(Debug)]
pub struct Writer {
    sender: Option<Sender<Message>>,
    health: Arc<Health>,
    status: Arc<Mutex<StoreStatus>>,
    thread: Option<JoinHandle<()>>,
}

/// The wall clock in Unix seconds, as the writer reads it.
pub type UnixClock = Arc<dyn Fn() -> u64 + Send + Sync>;

impl Writer {
    /// Starts the thread. `clock` is the wall clock; `wake` asks the UI for a frame (so the
    /// time since the last frame means "frozen" only when the UI is).
    ///
    /// # Errors
    /// The operating system refused a thread.
    pub fn start(
        config: WriterConfig,
        clock: UnixClock,
        wake: Box<dyn Fn() + Send>,
    ) -> std::io::Result<Self> {
        let (sender, receiver) = mpsc::channel();
        let health = Arc::new(Health::default());
        health.set_content_reviewed(None);
        let status = Arc::new(Mutex::new(StoreStatus::default()));
        let mut worker = Worker {
            config,
            store: None,
            unsaved: Tally::new(),
            health: Arc::clone(&health),
            status: Arc::clone(&status),
            clock,
            wake,
            warned: false,
            textfile_warned: false,
        };
        let thread = std::thread::Builder::new()
            .name("usage-writer".to_owned())
            .spawn(move || worker.run(&receiver))?;
        Ok(Self {
            sender: Some(sender),
            health,
            status,
            thread: Some(thread),
        })
    }

    fn send(&self, message: Message) -> bool {
        self.sender
            .as_ref()
            .is_some_and(|sender| sender.send(message).is_ok())
    }

    /// Hands over a batch; it is written in one transaction. Never waits.
    pub fn commit(&self, batch: Tally) {
        if !batch.is_empty() {
            self.send(Message::Commit(batch));
        }
    }

    /// New settings.
    pub fn configure(&self, config: WriterConfig) {
        self.send(Message::Configure(config));
    }

    /// Deletes every count, on disk and in memory.
    pub fn delete_all(&self) {
        self.send(Message::DeleteAll);
    }

    /// Every count from `since` on: the database's and those kept in memory. Waits for the
    /// thread (staff screens and tests only).
    pub fn read(&self, since: Date) -> Tally {
        let (reply, answer) = mpsc::channel();
        if !self.send(Message::Read(since, reply)) {
            return Tally::new();
        }
        answer.recv().unwrap_or_default()
    }

    /// Waits until everything sent so far is written (tests, and before a read-only open).
    pub fn sync(&self) {
        let (reply, answer) = mpsc::channel();
        if self.send(Message::Sync(reply)) {
            let _ = answer.recv();
        }
    }

    /// The figures the UI thread reports.
    pub fn health(&self) -> &Health {
        &self.health
    }

    /// What staff should know about the storage.
    pub fn status(&self) -> StoreStatus {
        self.status
            .lock()
            .unwrap_or_else(PoisonError::into_inner)
            .clone()
    }
}

impl Drop for Writer {
    fn drop(&mut self) {
        // Closing the channel ends the thread's loop.
        self.sender = None;
        if let Some(thread) = self.thread.take()
            && thread.join().is_err()
        {
            tracing::error!("the usage writer thread panicked; the last counts may be lost");
        }
    }
}

struct Worker {
    config: WriterConfig,
    store: Option<Store>,
    /// Counts not (yet) in the database: all of them while it cannot be used.
    unsaved: Tally,
    health: Arc<Health>,
    status: Arc<Mutex<StoreStatus>>,
    clock: UnixClock,
    wake: Box<dyn Fn() + Send>,
    /// A WARN was logged for the current problem.
    warned: bool,
    /// A WARN was logged for the textfile.
    textfile_warned: bool,
}

impl Worker {
    fn run(&mut self, receiver: &Receiver<Message>) {
        if !self.config.counting {
            self.remove_database();
        }
        let mut next_textfile = Instant::now();
        loop {
            let period = Duration::from_secs(self.config.textfile_period_secs.max(1).into());
            let wait = next_textfile.saturating_duration_since(Instant::now());
            match receiver.recv_timeout(wait) {
                Ok(message) => self.handle(message),
                Err(RecvTimeoutError::Timeout) => {
                    // Ask for a frame now, so the next file shows a small age when the UI
                    // is alive; this file reports the frame before.
                    self.health.refresh_wanted.store(true, Ordering::Relaxed);
                    (self.wake)();
                    self.write_textfile(true);
                    next_textfile = Instant::now() + period;
                }
                Err(RecvTimeoutError::Disconnected) => break,
            }
        }
        self.save();
        self.write_textfile(false);
    }

    fn handle(&mut self, message: Message) {
        match message {
            Message::Commit(batch) => {
                if self.config.counting {
                    self.unsaved.merge(batch);
                    self.save();
                }
            }
            Message::Configure(config) => {
                let turned_off = self.config.counting && !config.counting;
                let moved = self.config.state_dir != config.state_dir;
                self.config = config;
                if moved {
                    self.store = None;
                }
                if turned_off {
                    self.remove_database();
                }
            }
            Message::DeleteAll => self.remove_database(),
            Message::Read(since, reply) => {
                let mut counts = self.unsaved.since(since);
                // Counting off: nothing to read, and no file is made by looking.
                if self.config.counting
                    && self.open().is_some()
                    && let Some(store) = &self.store
                {
                    match store.read(Some(since)) {
                        Ok(stored) => counts.merge(stored),
                        Err(err) => self.problem(&err),
                    }
                }
                let _ = reply.send(counts);
            }
            Message::Sync(reply) => {
                let _ = reply.send(());
            }
        }
    }

    /// The open database, opening it if needed; `None` (with the problem noted) if it
    /// cannot be used now.
    fn open(&mut self) -> Option<()> {
        if self.store.is_some() {
            return Some(());
        }
        let path = self.config.db_path()?;
        if let Some(dir) = path.parent()
            && let Err(err) = std::fs::create_dir_all(dir)
        {
            self.problem_text(format!("{}: {err}", dir.display()));
            return None;
        }
        match Store::open(&path, (self.clock)()) {
            Ok(opened) => {
                if let Some(aside) = opened.moved_aside {
                    self.lock_status().moved_aside = Some(aside);
                }
                self.store = Some(opened.store);
                Some(())
            }
            Err(err) => {
                self.problem(&err);
                None
            }
        }
    }

    /// Writes what is unsaved in one transaction, or keeps it for the next try.
    fn save(&mut self) {
        if self.unsaved.is_empty() || !self.config.counting {
            return;
        }
        if self.open().is_none() {
            return;
        }
        let Some(store) = &mut self.store else {
            return;
        };
        match store.commit(&self.unsaved, self.config.retention_days) {
            Ok(()) => {
                self.unsaved = Tally::new();
                self.lock_status().commits += 1;
                if self.warned {
                    tracing::info!("usage counts are saved again");
                    self.warned = false;
                    self.lock_status().problem = None;
                }
            }
            Err(err) => {
                if matches!(err, StoreError::Corrupt { .. }) {
                    // Damaged under us: reopened (and moved aside) at the next try.
                    self.store = None;
                }
                self.problem(&err);
            }
        }
    }

    fn problem(&mut self, err: &StoreError) {
        self.problem_text(err.to_string());
    }

    /// One WARN for a problem, however often it recurs, and the text for staff.
    fn problem_text(&mut self, text: String) {
        if !self.warned {
            tracing::warn!("{text}; usage counts are kept in memory");
            self.warned = true;
        }
        self.lock_status().problem = Some(text);
    }

    fn lock_status(&self) -> std::sync::MutexGuard<'_, StoreStatus> {
        self.status.lock().unwrap_or_else(PoisonError::into_inner)
    }

    fn remove_database(&mut self) {
        self.store = None;
        self.unsaved = Tally::new();
        let Some(path) = self.config.db_path() else {
            return;
        };
        match Store::remove(&path) {
            Ok(()) => tracing::info!("usage counts deleted ({})", path.display()),
            Err(err) => tracing::error!(
                "{}: the usage counts could not be deleted: {err}",
                path.display()
            ),
        }
    }

    fn write_textfile(&mut self, up: bool) {
        let Some(path) = self.config.textfile.clone() else {
            return;
        };
        let counts = if self.config.counting {
            let mut all = self.unsaved.clone();
            if self.open().is_some()
                && let Some(store) = &self.store
            {
                match store.totals() {
                    Ok(stored) => all.merge(stored),
                    Err(err) => self.problem(&err),
                }
            }
            Some(all)
        } else {
            None
        };
        let store_ok = self.store.is_some() && self.lock_status().problem.is_none();
        let health = self
            .health
            .snapshot((self.clock)(), up, store_ok || !self.config.counting);
        let text = textfile::render(counts.as_ref(), &health);
        match textfile::write(&path, &text) {
            Ok(()) => self.textfile_warned = false,
            Err(err) if !self.textfile_warned => {
                tracing::warn!(
                    "{}: the metrics textfile was not written: {err}",
                    path.display()
                );
                self.textfile_warned = true;
            }
            Err(_) => {}
        }
    }
}
