//! The reading thread: the app hands it a page's sentences and it speaks them, one after
//! another, while the next ones are made ahead on a second thread. Stopping is immediate: the
//! player thread never waits on an engine, and checks for orders every few milliseconds
//! while a sentence sounds.
//!
//! The first sentence of every page is made ahead of any visitor (the warm-up) and kept on
//! disk ([`Cache`]), so that a press is answered by sound at once; the rest of a page is made
//! while its first sentences play.

use std::collections::{HashMap, HashSet, VecDeque};
use std::sync::Arc;
use std::sync::atomic::{AtomicU64, Ordering};
use std::sync::mpsc::{self, Receiver, RecvTimeoutError, Sender};
use std::time::{Duration, Instant};

use super::cache::Cache;
use super::script::Sentence;
use super::{Engine, Pcm, Rate, Sink, Volume};

/// Sentences made ahead of the one playing.
const AHEAD: usize = 2;
/// How often the player looks for orders while a sentence sounds.
const TICK: Duration = Duration::from_millis(10);
/// Sentences kept in memory after they were made, so that resuming, or a new rate or volume,
/// plays again at once.
const RECENT: usize = 8;

/// The engines, by language tag (`ja`, `en`).
pub type Engines = HashMap<String, Arc<dyn Engine>>;

/// What to read.
#[derive(Clone, Debug)]
pub struct Job {
    /// The language of the sentences, which picks the engine.
    pub lang: String,
    /// The page's sentences.
    pub sentences: Vec<Sentence>,
    /// The sentence to start from.
    pub from: usize,
    /// How fast.
    pub rate: Rate,
    /// How loud.
    pub volume: Volume,
}

/// What the reading thread reports, each with the number of the reading it belongs to (the
/// app ignores reports of a reading it has replaced).
#[derive(Clone, Debug, PartialEq)]
pub enum Event {
    /// Sentence `index` has started to sound.
    Speaking {
        /// The reading.
        reading: u64,
        /// The sentence.
        index: usize,
        /// For the reading's first sentence: the time from the order to the sound.
        first_sound: Option<Duration>,
        /// How long the sentence lasts.
        length: Duration,
    },
    /// The last sentence has ended.
    Finished {
        /// The reading.
        reading: u64,
    },
    /// Speech failed: the reading ended.
    Failed {
        /// The reading.
        reading: u64,
        /// Why, for the log and the staff screen.
        error: String,
    },
}

enum Order {
    Read(u64, Job),
    Stop,
}

/// A sentence to make: for a reading (`Some`), or for the cache's warm-up.
struct Make {
    reading: Option<u64>,
    index: usize,
    lang: String,
    text: String,
    rate: Rate,
}

struct Made {
    reading: u64,
    index: usize,
    result: Result<Pcm, String>,
}

/// Audio already made: the last sentences in memory, the first of every page on disk.
/// Shared by both threads, so that the player takes what is there at once, even while the
/// maker is busy with a sentence nobody waits for any more.
struct Store {
    engines: Engines,
    cache: Option<Cache>,
    recent: std::sync::Mutex<VecDeque<(String, Pcm)>>,
}

impl Store {
    fn key(&self, lang: &str, rate: Rate, text: &str) -> Option<String> {
        let engine = self.engines.get(lang)?;
        Some(Cache::key(engine.cache_key(), rate, text))
    }

    /// The audio for `key`, if it has been made: from memory, else from the disk.
    fn find(&self, key: &str) -> Option<Pcm> {
        let recent = self
            .recent
            .lock()
            .unwrap_or_else(std::sync::PoisonError::into_inner);
        if let Some((_, pcm)) = recent.iter().find(|(k, _)| k == key) {
            return Some(pcm.clone());
        }
        drop(recent);
        let pcm = self.cache.as_ref()?.get(key)?;
        self.remember(key, &pcm);
        Some(pcm)
    }

    fn remember(&self, key: &str, pcm: &Pcm) {
        let mut recent = self
            .recent
            .lock()
            .unwrap_or_else(std::sync::PoisonError::into_inner);
        if recent.len() >= RECENT {
            recent.pop_front();
        }
        recent.push_back((key.to_owned(), pcm.clone()));
    }
}

/// The app's handle on the reading threads. Dropping it stops speech and ends them.
pub struct Reader {
    orders: Sender<Order>,
    events: Receiver<Event>,
    make: Sender<Make>,
    /// The current reading's number, shared with the threads so that work for a replaced
    /// reading is dropped unheard.
    current: Arc<AtomicU64>,
    languages: Vec<String>,
}

impl std::fmt::Debug for Reader {
    fn fmt(&self, f: &mut std::fmt::Formatter<'_>) -> std::fmt::Result {
        f.debug_struct("Reader")
            .field("languages", &self.languages)
            .field("reading", &self.current.load(Ordering::Relaxed))
            .finish_non_exhaustive()
    }
}

impl Reader {
    /// Starts the two threads: one that makes sentences with `engines` (and keeps the first
    /// of each page in `cache`), one that plays them on `sink`.
    pub fn start(engines: Engines, sink: Box<dyn Sink>, cache: Option<Cache>) -> Self {
        let (orders, order_rx) = mpsc::channel();
        let (event_tx, events) = mpsc::channel();
        let (make, make_rx) = mpsc::channel();
        let (made_tx, made_rx) = mpsc::channel();
        let current = Arc::new(AtomicU64::new(0));
        let mut languages: Vec<String> = engines.keys().cloned().collect();
        languages.sort();
        let store = Arc::new(Store {
            engines,
            cache,
            recent: std::sync::Mutex::new(VecDeque::new()),
        });
        let maker = Maker {
            store: Arc::clone(&store),
            current: Arc::clone(&current),
        };
        std::thread::Builder::new()
            .name("speech maker".to_owned())
            .spawn(move || maker.run(&make_rx, &made_tx))
            .map_err(|e| tracing::warn!("read-aloud cannot start its thread: {e}"))
            .ok();
        let player = Player {
            sink,
            store,
            make: make.clone(),
            events: event_tx,
            current: Arc::clone(&current),
        };
        std::thread::Builder::new()
            .name("speech player".to_owned())
            .spawn(move || player.run(&order_rx, &made_rx))
            .map_err(|e| tracing::warn!("read-aloud cannot start its thread: {e}"))
            .ok();
        Self {
            orders,
            events,
            make,
            current,
            languages,
        }
    }

    /// Whether there is an engine for `lang`.
    pub fn speaks(&self, lang: &str) -> bool {
        self.languages.iter().any(|l| l == lang)
    }

    /// Starts reading `job`, replacing any reading; returns its number.
    pub fn read(&self, job: Job) -> u64 {
        let reading = self.current.fetch_add(1, Ordering::SeqCst) + 1;
        // A send fails only when the thread has ended; speech is then silent, and the app's
        // reading ends at the next idle reset.
        self.orders.send(Order::Read(reading, job)).ok();
        reading
    }

    /// Silences speech at once and drops all work for the reading.
    pub fn stop(&self) {
        self.current.fetch_add(1, Ordering::SeqCst);
        self.orders.send(Order::Stop).ok();
    }

    /// Reports since the last call, oldest first.
    pub fn poll(&self) -> Vec<Event> {
        self.events.try_iter().collect()
    }

    /// The next report, waiting at most `timeout` for it: for tests and measurements, which
    /// wait on the threads rather than on the clock.
    pub fn next_event(&self, timeout: Duration) -> Option<Event> {
        self.events.recv_timeout(timeout).ok()
    }

    /// Makes each `(lang, rate, text)` ahead, when no visitor is waiting, and keeps it on
    /// disk; everything else the cache holds is deleted, so that it holds exactly the current
    /// content's first sentences.
    pub fn warm_up(&self, sentences: Vec<(String, Rate, String)>) {
        for (lang, rate, text) in sentences {
            self.make
                .send(Make {
                    reading: None,
                    index: 0,
                    lang,
                    text,
                    rate,
                })
                .ok();
        }
    }
}

impl Drop for Reader {
    fn drop(&mut self) {
        self.stop();
    }
}

struct Maker {
    store: Arc<Store>,
    current: Arc<AtomicU64>,
}

impl Maker {
    fn run(self, orders: &Receiver<Make>, made: &Sender<Made>) {
        let mut waiting: VecDeque<Make> = VecDeque::new();
        let mut warm: VecDeque<Make> = VecDeque::new();
        let mut warm_keys: HashSet<String> = HashSet::new();
        // Whether the cache was last trimmed to the warm-up's sentences (and no warm-up has
        // come since).
        let mut pruned = true;
        loop {
            // Take every order there is; wait only when there is nothing to do.
            let idle = waiting.is_empty() && warm.is_empty();
            let first = if idle {
                match orders.recv() {
                    Ok(order) => Some(order),
                    Err(_) => return,
                }
            } else {
                None
            };
            for order in first.into_iter().chain(orders.try_iter()) {
                if order.reading.is_some() {
                    waiting.push_back(order);
                } else {
                    if pruned {
                        // A new warm-up (new content or settings): the cache will keep
                        // exactly its sentences.
                        warm_keys.clear();
                        pruned = false;
                    }
                    warm.push_back(order);
                }
            }
            let current = self.current.load(Ordering::SeqCst);
            waiting.retain(|order| order.reading == Some(current));
            if let Some(order) = waiting.pop_front() {
                let result = self.make(&order, order.index == 0);
                if let Some(reading) = order.reading {
                    let sent = made.send(Made {
                        reading,
                        index: order.index,
                        result,
                    });
                    if sent.is_err() {
                        return;
                    }
                }
            } else if let Some(order) = warm.pop_front() {
                if let Some(key) = self.store.key(&order.lang, order.rate, &order.text) {
                    warm_keys.insert(key);
                }
                if let Err(error) = self.make(&order, true) {
                    tracing::warn!("read-aloud could not make {:?} ahead: {error}", order.text);
                }
                if warm.is_empty() && !pruned {
                    pruned = true;
                    if let Some(cache) = &self.store.cache {
                        if let Err(error) = cache.retain(&warm_keys) {
                            tracing::warn!("read-aloud cannot tidy its audio: {error}");
                        }
                        tracing::info!(
                            sentences = warm_keys.len(),
                            bytes = cache.size_bytes(),
                            "read-aloud: the first sentence of every page is ready"
                        );
                    }
                }
            }
        }
    }

    /// The audio for `order`: from memory, from the disk cache, or made now (and kept on disk
    /// when `keep`).
    fn make(&self, order: &Make, keep: bool) -> Result<Pcm, String> {
        let engine = self
            .store
            .engines
            .get(&order.lang)
            .ok_or_else(|| format!("no engine speaks {}", order.lang))?;
        let key = Cache::key(engine.cache_key(), order.rate, &order.text);
        if let Some(pcm) = self.store.find(&key) {
            return Ok(pcm);
        }
        let pcm = engine
            .synthesize(&order.text, order.rate)
            .map_err(|e| e.to_string())?;
        if keep && let Some(cache) = &self.store.cache {
            cache
                .put(&key, &pcm)
                .map_err(|e| tracing::warn!("read-aloud cannot keep audio: {e}"))
                .ok();
        }
        self.store.remember(&key, &pcm);
        Ok(pcm)
    }
}

struct Player {
    sink: Box<dyn Sink>,
    store: Arc<Store>,
    make: Sender<Make>,
    events: Sender<Event>,
    current: Arc<AtomicU64>,
}

/// The reading being played.
struct Playing {
    reading: u64,
    job: Job,
    /// The sentence sounding or next to sound.
    index: usize,
    sounding: bool,
    /// Sentences asked of the maker so far (exclusive end).
    asked: usize,
    ready: HashMap<usize, Result<Pcm, String>>,
    ordered: Instant,
    first: bool,
}

impl Player {
    fn run(mut self, orders: &Receiver<Order>, made: &Receiver<Made>) {
        let mut playing: Option<Playing> = None;
        loop {
            match orders.recv_timeout(TICK) {
                Ok(Order::Read(reading, job)) => {
                    self.sink.stop();
                    let mut new = Playing {
                        reading,
                        index: job.from,
                        asked: job.from,
                        job,
                        sounding: false,
                        ready: HashMap::new(),
                        ordered: Instant::now(),
                        first: true,
                    };
                    self.ask(&mut new);
                    playing = Some(new);
                }
                Ok(Order::Stop) => {
                    self.sink.stop();
                    playing = None;
                }
                Err(RecvTimeoutError::Timeout) => {}
                Err(RecvTimeoutError::Disconnected) => {
                    self.sink.stop();
                    return;
                }
            }
            // Work for a reading that has since been replaced or stopped is dropped.
            let current = self.current.load(Ordering::SeqCst);
            if playing.as_ref().is_some_and(|p| p.reading != current) {
                playing = None;
            }
            for sentence in made.try_iter() {
                if let Some(p) = playing.as_mut().filter(|p| p.reading == sentence.reading) {
                    p.ready.insert(sentence.index, sentence.result);
                }
            }
            if let Some(p) = playing.as_mut()
                && !self.step(p)
            {
                playing = None;
            }
        }
    }

    /// Asks the maker for the sentences up to [`AHEAD`] past the one to play; those already
    /// made are taken at once.
    fn ask(&self, p: &mut Playing) {
        let until = (p.index + 1 + AHEAD).min(p.job.sentences.len());
        while p.asked < until {
            let sentence = &p.job.sentences[p.asked];
            let made = self
                .store
                .key(&p.job.lang, p.job.rate, &sentence.spoken)
                .and_then(|key| self.store.find(&key));
            if let Some(pcm) = made {
                p.ready.insert(p.asked, Ok(pcm));
                p.asked += 1;
                continue;
            }
            self.make
                .send(Make {
                    reading: Some(p.reading),
                    index: p.asked,
                    lang: p.job.lang.clone(),
                    text: sentence.spoken.clone(),
                    rate: p.job.rate,
                })
                .ok();
            p.asked += 1;
        }
    }

    /// Moves the reading on; `false` when it has ended.
    fn step(&mut self, p: &mut Playing) -> bool {
        if p.sounding {
            if self.sink.is_playing() {
                return true;
            }
            p.sounding = false;
            p.index += 1;
        }
        if p.index >= p.job.sentences.len() {
            self.events
                .send(Event::Finished { reading: p.reading })
                .ok();
            return false;
        }
        let Some(result) = p.ready.remove(&p.index) else {
            return true;
        };
        let started = result.and_then(|pcm| {
            self.sink
                .play(&pcm.scaled(p.job.volume.gain()))
                .map(|()| pcm.duration())
                .map_err(|e| e.to_string())
        });
        match started {
            Ok(pcm_length) => {
                p.sounding = true;
                let first_sound = std::mem::take(&mut p.first).then(|| p.ordered.elapsed());
                self.events
                    .send(Event::Speaking {
                        reading: p.reading,
                        index: p.index,
                        first_sound,
                        length: pcm_length,
                    })
                    .ok();
                self.ask(p);
                true
            }
            Err(error) => {
                self.events
                    .send(Event::Failed {
                        reading: p.reading,
                        error,
                    })
                    .ok();
                false
            }
        }
    }
}
