//! Soak: the real app, driven through `egui_kittest` by a seeded random stream of visitor
//! input — taps on buttons and anywhere, swipes, scrolls, language, text-size and contrast
//! changes, idle warnings and idle resets, and several fingers at once on the touch screen
//! (pinches, palms, fingers landing one after another, some lifted where the window does not
//! see them). After every event the screen is a valid one and shows what it must, and
//! several fingers changed nothing and left nothing pressed; after a warm-up the process does
//! not grow, egui's memory and texture count stay within fixed bounds, and no texture but the
//! font atlas is uploaded again.
//!
//! The fingers are winit touch events, made into egui input by egui-winit as eframe does, on
//! a window on a private Xvfb screen (package `xvfb`) that the soak starts; every frame's
//! input, the fingers' and the rest, goes through the app's raw-input hook (see
//! `common/touch.rs`).
//!
//! `cargo test --test soak -- --ignored --exact soak` runs 10,000 events with 100 idle resets
//! in about two minutes; it is ignored by a plain `cargo test` for its time, and CI runs it in
//! a step of its own, alongside the release build. The full soak, 100,000 events with 1,000
//! idle resets, is `cargo test --release --test soak -- --ignored --exact soak_full`.
//! `SOAK_SEED=<number>` replays another stream; a failure names the seed and the event.
//!
//! The resident size is read at two checkpoints, after the warm-up (the first tenth of the
//! events) and at the end, with the kiosk brought to the same state each time. The font atlas
//! is the one texture egui may upload again after the warm-up: when a glyph is drawn for the
//! first time at a size, whole when the atlas grows, and anew after every contrast change
//! (egui renders text differently on a dark and on a light background, so it starts a new
//! atlas). The QR codes are uploaded once, at start, and never again.
//!
//! The kiosk counts its use into a real `SQLite` file in a temporary directory throughout, as
//! it does in service: the soak checks that the counts add up (every idle reset from a
//! visitor's screen is counted) and that counting costs no per-frame work: the writer wrote
//! at most one transaction a simulated minute and one an idle reset, over many thousands of
//! frames, and the resident-size bound above holds with it.
//!
//! Each soak runs in a child process of its own (this test binary again), so that nothing
//! else allocates alongside while its resident size is watched, and with glibc told to hand
//! every block of 64 KiB or more straight back to the system: egui's font atlas is a buffer
//! of up to 64 MB that is dropped and grown again, and by default glibc keeps such memory
//! around, which would make the resident size swing by tens of megabytes with no leak.

#![allow(
    clippy::expect_used,
    reason = "test helpers: a failed expect is a failed test (allow-expect-in-tests covers only #[test] functions)"
)]

#[path = "common/touch.rs"]
mod touchscreen;

use std::sync::{Arc, Mutex};

use egui::accesskit::Role;
use egui::{Pos2, Rect, Vec2, pos2, vec2};
use egui_kittest::kittest::{NodeT as _, Queryable as _};
use egui_kittest::{Harness, TestRenderer};
use fluent_bundle::FluentValue;
use immuno_kiosk::config::Settings;
use immuno_kiosk::content::{ContentSource, Library};
use immuno_kiosk::i18n::ids;
use immuno_kiosk::model::{Screen, TextScale};
use immuno_kiosk::{KioskApp, KioskOptions};
use touchscreen::{Touchscreen, Xvfb};
use winit::event::TouchPhase;

/// The usual kiosk screen.
const SCREEN: Vec2 = Vec2::new(1920.0, 1080.0);
/// The largest texture the GPU takes, as egui-glow tells egui (8192 or more on desktop GPUs
/// and on Mesa's software renderer). The font atlas is this wide.
const MAX_TEXTURE_SIDE: usize = 8192;
/// One frame at 60 frames a second.
const FRAME_SECS: f64 = 1.0 / 60.0;
/// The same, as egui takes it.
const FRAME_SECS_F32: f32 = 1.0 / 60.0;
/// At most this many frames, after the clock jumps, for what the jump set moving.
const SETTLE_FRAMES: usize = 8;
/// One idle reset in this many events.
const EVENTS_PER_IDLE_RESET: usize = 100;
/// The share of the events, from the start, after which the process must stop growing.
const WARM_UP_SHARE: usize = 10;
/// How much the resident size may grow after the warm-up.
const MAX_RSS_GROWTH_BYTES: i64 = 1024 * 1024;
/// Entries in egui's widget data store (scroll offsets, measured widths …, and the list of
/// languages' place while it is open): a fixed set, whatever the number of events.
const MAX_EGUI_DATA_ENTRIES: usize = 20;
/// Laid-out texts egui keeps between frames (those of the last frame).
const MAX_CACHED_GALLEYS: usize = 400;
/// The textures: the font atlas and one QR code for each link of the content.
const MAX_TEXTURES: usize = 16;
/// The seed of the stream when `SOAK_SEED` is not set.
const DEFAULT_SEED: u64 = 0x5EED_CAFE_F00D_0001;

/// Set in the child process that runs a soak.
const CHILD: &str = "IMMUNO_KIOSK_SOAK_CHILD";

#[test]
#[ignore = "heavy (about two minutes): CI runs it in a step of its own, alongside the release build: `cargo test --locked --test soak -- --ignored --exact soak`"]
fn soak() {
    in_child_process("soak", 10_000);
}

#[test]
#[ignore = "the full soak: run with `cargo test --release --test soak -- --ignored --exact soak_full`"]
fn soak_full() {
    in_child_process("soak_full", 100_000);
}

/// Runs the soak of `events` events in this process if it is the child, else starts the
/// child (this binary, running only the test `name`) and passes on how it went.
fn in_child_process(name: &str, events: usize) {
    if std::env::var_os(CHILD).is_some() {
        run_soak(events);
        return;
    }
    let xvfb = Xvfb::start(SCREEN);
    let exe = std::env::current_exe().expect("the test binary");
    let output = std::process::Command::new(exe)
        .args([name, "--exact", "--include-ignored", "--nocapture"])
        .env(CHILD, "1")
        .env("MALLOC_MMAP_THRESHOLD_", "65536")
        .env("DISPLAY", &xvfb.display)
        .env("WINIT_X11_SCALE_FACTOR", "1")
        .env_remove("WAYLAND_DISPLAY")
        .output()
        .expect("the soak starts");
    drop(xvfb);
    eprint!("{}", String::from_utf8_lossy(&output.stderr));
    assert!(
        output.status.success(),
        "the soak failed:\n{}",
        String::from_utf8_lossy(&output.stdout)
    );
}

fn run_soak(events: usize) {
    let seed = std::env::var("SOAK_SEED")
        .ok()
        .and_then(|s| s.parse().ok())
        .unwrap_or(DEFAULT_SEED);
    let started = std::time::Instant::now();
    let mut soak = Soak::new(seed);
    let warm_up = events / WARM_UP_SHARE;
    let mut baseline = None;
    for index in 0..events {
        let event = if index % EVENTS_PER_IDLE_RESET == EVENTS_PER_IDLE_RESET - 1 {
            Event::IdleReset
        } else {
            soak.rng.pick(&WEIGHTS)
        };
        soak.event = (index, event);
        soak.perform(event);
        soak.check_screen();
        soak.check_bounds();
        if let Some(baseline) = &baseline {
            soak.check_textures_kept(baseline);
        }
        if index + 1 == warm_up {
            baseline = Some(soak.checkpoint());
        }
        if (index + 1) % (events / 10) == 0 {
            eprintln!(
                "soak: {} events in {:.1} s",
                index + 1,
                started.elapsed().as_secs_f64()
            );
        }
    }
    let baseline = baseline.expect("the warm-up ended");
    let end = soak.checkpoint();
    let uploads = soak.uploads.lock().expect("the upload counts").clone();
    eprintln!(
        "soak: {events} events (SOAK_SEED={seed}) in {:.1} s, {} frames; {} idle resets, {} idle \
         warnings kept; {} times several fingers ({} fingers lost); events ended on attract {}, \
         home {}, a page {}, about {}",
        started.elapsed().as_secs_f64(),
        uploads.frames,
        soak.counts.idle_resets,
        soak.counts.warnings_kept,
        soak.counts.fingers,
        soak.counts.fingers_lost,
        soak.counts.screens[0],
        soak.counts.screens[1],
        soak.counts.screens[2],
        soak.counts.screens[3],
    );
    eprintln!(
        "soak: RSS {} kB after the warm-up, {} kB at the end, {} kB at most; egui data entries \
         at most {}, cached galleys at most {}, textures {}; after the warm-up the font atlas \
         changed in {} frames ({} times whole), other textures uploaded {} times",
        baseline.rss_bytes.unwrap_or(0) / 1024,
        end.rss_bytes.unwrap_or(0) / 1024,
        peak_rss_bytes().unwrap_or(0) / 1024,
        soak.counts.max_data_entries,
        soak.counts.max_galleys,
        end.textures,
        uploads.font_frames - baseline.font_frames,
        uploads.font_whole - baseline.font_whole,
        uploads.others - baseline.others,
    );
    eprintln!(
        "soak: figures rasterised {} times after the warm-up, {} let go; at most 4 kept",
        uploads.figures - baseline.figures,
        uploads.figure_frees - baseline.figure_frees,
    );
    assert_eq!(soak.counts.idle_resets, events / EVENTS_PER_IDLE_RESET);
    soak.check_usage_counts(uploads.frames);
    if let (Some(before), Some(after)) = (baseline.rss_bytes, end.rss_bytes) {
        let growth = after - before;
        assert!(
            growth <= MAX_RSS_GROWTH_BYTES,
            "the process grew by {growth} bytes after the warm-up (SOAK_SEED={seed})"
        );
    }
}

/// What one event of the stream does.
#[derive(Clone, Copy, Debug, PartialEq, Eq)]
enum Event {
    /// A tap on one of the buttons on the screen, chosen at random.
    TapButton,
    /// A tap at a random point of the screen.
    TapAnywhere,
    /// A swipe from right to left across the reading area (next page).
    SwipeLeft,
    /// A swipe from left to right across the reading area (previous page).
    SwipeRight,
    /// A finger dragging the reading area up (reading on).
    ScrollDown,
    /// A finger dragging the reading area down (reading back).
    ScrollUp,
    /// A tap on the language that is not shown.
    Language,
    /// A tap on one of the text sizes.
    TextSize,
    /// A tap on the contrast switch.
    Contrast,
    /// The visitor leaves long enough for the warning, then touches the screen.
    IdleWarningKept,
    /// Several fingers at once (or one that the window loses): a pinch, a palm, fingers
    /// landing one after another.
    Fingers,
    /// The visitor leaves: past the idle timeout and the warning, back to the start.
    IdleReset,
}

/// How often each event comes, in a thousand (idle resets come every
/// [`EVENTS_PER_IDLE_RESET`] events). Contrast changes are rare, as at a real kiosk: each one
/// makes egui draw every glyph again (the dark and light themes render text differently).
const WEIGHTS: [(Event, u32); 11] = [
    (Event::TapButton, 300),
    (Event::TapAnywhere, 110),
    (Event::SwipeLeft, 95),
    (Event::SwipeRight, 75),
    (Event::ScrollDown, 95),
    (Event::ScrollUp, 75),
    (Event::Language, 90),
    (Event::TextSize, 95),
    (Event::Contrast, 3),
    (Event::IdleWarningKept, 22),
    (Event::Fingers, 40),
];

/// A small, seeded pseudo-random stream (xorshift64*): the same seed, the same soak.
struct Rng(u64);

impl Rng {
    fn new(seed: u64) -> Self {
        // xorshift never leaves zero.
        Self(seed.max(1))
    }

    fn next(&mut self) -> u64 {
        let mut x = self.0;
        x ^= x >> 12;
        x ^= x << 25;
        x ^= x >> 27;
        self.0 = x;
        x.wrapping_mul(0x2545_F491_4F6C_DD1D)
    }

    /// A number in `0..n`.
    fn below(&mut self, n: usize) -> usize {
        // The top 32 bits are the best ones; the bias for small `n` does not matter here.
        let n = u64::try_from(n.max(1)).expect("small");
        usize::try_from((self.next() >> 32) % n).expect("small")
    }

    /// A number in `from..to`.
    #[allow(clippy::cast_precision_loss, reason = "a uniform float from 24 bits")]
    fn between(&mut self, from: f32, to: f32) -> f32 {
        let unit = (self.next() >> 40) as f32 / (1u64 << 24) as f32;
        from + (to - from) * unit
    }

    fn pick<T: Copy>(&mut self, weighted: &[(T, u32)]) -> T {
        let total: u32 = weighted.iter().map(|(_, w)| w).sum();
        let mut roll = u32::try_from(self.below(total as usize)).expect("small");
        for (item, weight) in weighted {
            if roll < *weight {
                return *item;
            }
            roll -= weight;
        }
        weighted[0].0
    }
}

/// Texture uploads seen by the harness, frame by frame.
#[derive(Clone, Debug, Default)]
struct Uploads {
    /// Frames run.
    frames: u64,
    /// Frames that changed the font atlas (glyphs drawn for the first time at a size).
    font_frames: u64,
    /// Of those, the frames that uploaded the whole atlas (it grew, or started over).
    font_whole: u64,
    /// Uploads of any other texture (the QR codes): made once, at start.
    others: u64,
    /// Textures freed that were not known as figures when freed: their ids.
    freed: Vec<egui::TextureId>,
    /// Figures rasterised and uploaded: once per figure, size and theme while it is kept.
    figures: u64,
    /// Figures freed: the least recently shown, when a fifth is made.
    figure_frees: u64,
    /// The figure textures alive.
    figure_ids: std::collections::BTreeSet<egui::TextureId>,
}

/// A renderer that draws nothing and counts the texture changes of every frame, instead of
/// keeping them for a first render that never comes (the default renderer would hold every
/// frame's font-atlas changes for ever).
struct CountingRenderer(Arc<Mutex<Uploads>>, Arc<std::sync::OnceLock<egui::Context>>);

impl TestRenderer for CountingRenderer {
    fn handle_delta(&mut self, delta: &mut egui::TexturesDelta) {
        let mut uploads = self.0.lock().expect("the upload counts");
        uploads.frames += 1;
        for id in delta.set.keys() {
            // The font atlas is egui's first texture.
            if *id == egui::TextureId::default() {
                uploads.font_frames += 1;
                if delta.set[id].iter().any(egui::epaint::ImageDelta::is_whole) {
                    uploads.font_whole += 1;
                }
            } else {
                // A texture made and let go within one frame (a figure, when the visit's
                // memory is reset as it is drawn) has no name left to read.
                let name = self.1.get().map(|ctx| {
                    ctx.tex_manager()
                        .read()
                        .meta(*id)
                        .map(|meta| meta.name.clone())
                });
                match name {
                    Some(Some(name)) if !name.starts_with("figure ") => uploads.others += 1,
                    Some(Some(_)) => {
                        uploads.figures += 1;
                        uploads.figure_ids.insert(*id);
                    }
                    Some(None) => uploads.figures += 1,
                    None => uploads.others += 1,
                }
            }
        }
        for id in &delta.free {
            if uploads.figure_ids.remove(id) {
                uploads.figure_frees += 1;
            } else {
                uploads.freed.push(*id);
            }
        }
        // Counted, and nothing to apply them to.
        delta.clear();
    }

    fn render(
        &mut self,
        _ctx: &egui::Context,
        _output: &egui::FullOutput,
    ) -> Result<image::RgbaImage, String> {
        Err("the soak does not render".to_owned())
    }
}

/// The figures watched from the end of the warm-up on.
struct Baseline {
    rss_bytes: Option<i64>,
    textures: usize,
    font_frames: u64,
    font_whole: u64,
    others: u64,
    /// Every texture but the figures: none of them may be freed.
    kept_ids: std::collections::BTreeSet<egui::TextureId>,
    /// How many unknown frees there were at the checkpoint.
    freed_before: usize,
    figures: u64,
    figure_frees: u64,
}

#[derive(Default)]
struct Counts {
    idle_resets: usize,
    /// Idle resets that left a visitor's screen (from the attract screen there is none).
    visits_reset: usize,
    warnings_kept: usize,
    /// Events of several fingers, and fingers lost in them.
    fingers: usize,
    fingers_lost: usize,
    /// Events that ended on the attract screen, home, a page, the about page.
    screens: [usize; 4],
    max_data_entries: usize,
    max_galleys: usize,
}

struct Soak {
    harness: Harness<'static, KioskApp>,
    /// The state directory the counts are written to.
    _usage_dir: tempfile::TempDir,
    /// The touch screen: a winit window and egui-winit.
    screen: Touchscreen,
    /// The last finger's id: X11 numbers touches anew each time.
    finger: u64,
    library: Library,
    rng: Rng,
    seed: u64,
    /// Simulated seconds since the start.
    clock: f64,
    uploads: Arc<Mutex<Uploads>>,
    /// The event being performed, for failure messages.
    event: (usize, Event),
    counts: Counts,
}

impl Soak {
    fn new(seed: u64) -> Self {
        let uploads = Arc::new(Mutex::new(Uploads::default()));
        let context = Arc::new(std::sync::OnceLock::new());
        let usage_dir = tempfile::tempdir().expect("a temporary state directory");
        let state_dir = usage_dir.path().to_path_buf();
        let harness = Harness::builder()
            .with_size(SCREEN)
            .with_pixels_per_point(1.0)
            // 60 frames a second: a tap is a few frames, as on the real screen.
            .with_step_dt(FRAME_SECS_F32)
            .renderer(CountingRenderer(Arc::clone(&uploads), Arc::clone(&context)))
            .build_eframe(move |cc| {
                let _ = context.set(cc.egui_ctx.clone());
                let settings = Settings {
                    usage_textfile: None,
                    ..Settings::default()
                };
                let clock = immuno_kiosk::app::Clock::system();
                let writer = immuno_kiosk::app::start_writer(
                    &settings,
                    Some(state_dir),
                    clock.clone(),
                    Box::new(|| {}),
                )
                .expect("the usage writer starts");
                KioskApp::new(
                    &cc.egui_ctx,
                    load_library(),
                    KioskOptions {
                        locked: true,
                        settings,
                        state_dir: None,
                        config: None,
                        clock,
                        speech: None,
                    },
                )
                .with_usage(Arc::new(writer))
            });
        let mut harness = harness;
        harness.input_mut().max_texture_side = Some(MAX_TEXTURE_SIDE);
        let clock = harness.ctx.input(|i| i.time);
        let screen = Touchscreen::open(&harness.ctx, SCREEN);
        Self {
            harness,
            _usage_dir: usage_dir,
            screen,
            finger: 0,
            library: load_library(),
            rng: Rng::new(seed),
            seed,
            clock,
            uploads,
            event: (0, Event::TapAnywhere),
            counts: Counts::default(),
        }
    }

    fn what(&self) -> String {
        let (index, event) = self.event;
        format!(
            "event {index} ({event:?}, SOAK_SEED={}) on {:?}",
            self.seed,
            self.harness.state().session().screen
        )
    }

    // --- input --------------------------------------------------------------------------

    /// One frame with these input events, `secs` after the last, after what the touch
    /// screen sent since, through the app's raw-input hook as eframe runs it.
    ///
    /// The soak keeps its own clock: the harness repeats the last time it was given.
    fn frame_after(&mut self, secs: f64, events: Vec<egui::Event>) {
        self.clock += secs;
        self.screen.frame(&mut self.harness, self.clock, events);
    }

    /// One frame with these input events, a sixtieth of a second after the last.
    fn frame(&mut self, events: Vec<egui::Event>) {
        self.frame_after(FRAME_SECS, events);
    }

    /// The frames the app asks for at once (a new overlay is laid out unseen in its first
    /// frame, a page that ran past its end springs back), a few at most: a scroll still
    /// coasting carries on into the next event, as it would under a real finger.
    fn settle(&mut self) {
        for _ in 0..SETTLE_FRAMES {
            let output = self.harness.output();
            let at_once = output
                .viewport_output
                .get(&egui::ViewportId::ROOT)
                .is_some_and(|v| v.repaint_delay.is_zero());
            if !at_once {
                break;
            }
            self.frame(Vec::new());
        }
    }

    /// A finger down at `from`, moved through `path` and lifted at its end (a tap when
    /// `path` is empty), one frame a step; then, after the visitor has read a moment, the
    /// frame that shows what the touch led to (a flung page has coasted to a stop by then).
    fn touch(&mut self, from: Pos2, path: &[Pos2]) {
        let button = |pos, pressed| egui::Event::PointerButton {
            pos,
            button: egui::PointerButton::Primary,
            pressed,
            modifiers: egui::Modifiers::NONE,
        };
        self.frame(vec![egui::Event::PointerMoved(from), button(from, true)]);
        let mut at = from;
        for (i, &pos) in path.iter().enumerate() {
            let mut events = vec![egui::Event::PointerMoved(pos)];
            if i + 1 == path.len() {
                events.push(button(pos, false));
            }
            self.frame(events);
            at = pos;
        }
        if path.is_empty() {
            self.frame(vec![button(at, false)]);
        }
        let reading = f64::from(self.rng.between(0.3, 2.0));
        self.frame_after(reading, vec![egui::Event::PointerGone]);
    }

    fn tap(&mut self, pos: Pos2) {
        self.touch(pos, &[]);
    }

    /// A drag by `delta` in two moves, from a random point of the reading area.
    fn drag(&mut self, delta: Vec2) {
        let area = self.reading_area();
        let from = pos2(
            self.rng.between(area.left(), area.right()),
            self.rng.between(area.top(), area.bottom()),
        );
        let path = [from + delta * 0.5, from + delta];
        self.touch(from, &path);
    }

    /// Moves the simulated clock `secs` forward in one frame with no input.
    fn wait(&mut self, secs: f64) {
        self.frame_after(secs, Vec::new());
        self.settle();
    }

    fn perform(&mut self, event: Event) {
        match event {
            Event::TapButton => {
                // The contrast switch has an event of its own, at its own rate.
                let contrast = self.text(ids::CONTRAST_LABEL, &[]);
                let buttons = self.visible_buttons(|label| label != contrast);
                if buttons.is_empty() {
                    self.tap_anywhere();
                } else {
                    let pos = buttons[self.rng.below(buttons.len())];
                    self.tap(pos);
                }
            }
            Event::TapAnywhere => self.tap_anywhere(),
            Event::SwipeLeft => {
                let dx = self.rng.between(-700.0, -160.0);
                let dy = self.rng.between(-40.0, 40.0);
                self.drag(vec2(dx, dy));
            }
            Event::SwipeRight => {
                let dx = self.rng.between(160.0, 700.0);
                let dy = self.rng.between(-40.0, 40.0);
                self.drag(vec2(dx, dy));
            }
            Event::ScrollDown => {
                let dx = self.rng.between(-20.0, 20.0);
                let dy = self.rng.between(-700.0, -100.0);
                self.drag(vec2(dx, dy));
            }
            Event::ScrollUp => {
                let dx = self.rng.between(-20.0, 20.0);
                let dy = self.rng.between(100.0, 700.0);
                self.drag(vec2(dx, dy));
            }
            Event::Language => {
                // The switch, then another language in its list.
                let shown = self.harness.state().session().locale.clone();
                self.tap_labelled(&[switch_label(&self.library, &shown)]);
                let names: Vec<String> = immuno_kiosk::source::EMBEDDED_LOCALES
                    .iter()
                    .filter(|lang| **lang != shown)
                    .map(|lang| self.library.i18n.language_name(lang))
                    .collect();
                self.tap_labelled(&names);
            }
            Event::TextSize => {
                let scale = TextScale::ALL[self.rng.below(TextScale::ALL.len())];
                self.tap_labelled(&[format!("{}%", scale.percent())]);
            }
            Event::Contrast => {
                let label = self.text(ids::CONTRAST_LABEL, &[]);
                self.tap_labelled(&[label]);
            }
            Event::IdleWarningKept => {
                let screen = self.harness.state().session().screen;
                // Into the warning's 30-second countdown (the last touch ended up to 2 s
                // before, see `touch`).
                let away = f64::from(self.rng.between(121.0, 147.0));
                self.wait(away);
                if screen != Screen::Attract {
                    assert!(
                        self.idle_warning_shown(),
                        "{}: no idle warning",
                        self.what()
                    );
                }
                // A touch anywhere keeps the visitor where they were.
                self.tap_anywhere();
                assert!(!self.idle_warning_shown(), "{}: warning stays", self.what());
                if screen != Screen::Attract {
                    assert_eq!(
                        self.harness.state().session().screen,
                        screen,
                        "{}: the touch that ends the warning moved the visitor",
                        self.what()
                    );
                }
                self.counts.warnings_kept += 1;
            }
            Event::IdleReset => {
                self.idle_reset();
                self.counts.idle_resets += 1;
            }
            Event::Fingers => {
                self.fingers();
                self.counts.fingers += 1;
            }
        }
    }

    /// Two to five fingers that land within two frames, the first one first, move about
    /// for up to six frames and lift within two; or one finger that lands and is lost.
    /// A finger is lost one time in ten: the window never sees it lift, and then loses the
    /// focus, sees the pointer leave, or (with several fingers) learns nothing. None of it
    /// may change the visit, zoom, or leave the pointer held.
    fn fingers(&mut self) {
        let before = self.harness.state().session().clone();
        let count = 1 + self.rng.below(5);
        let mut at: Vec<Pos2> = (0..count)
            .map(|_| {
                pos2(
                    self.rng.between(0.0, SCREEN.x),
                    self.rng.between(0.0, SCREEN.y),
                )
            })
            .collect();
        let ids: Vec<u64> = (0..count)
            .map(|_| {
                self.finger += 1;
                self.finger
            })
            .collect();
        let landing: Vec<usize> = (0..count)
            .map(|i| if i == 0 { 0 } else { self.rng.below(2) })
            .collect();
        for frame in 0..2 {
            for i in (0..count).filter(|&i| landing[i] == frame) {
                self.screen.touch(ids[i], TouchPhase::Started, at[i]);
            }
            self.frame_and_check(&before);
        }
        // One finger alone stays still: it is lost, not a drag.
        let steps = if count == 1 { 0 } else { self.rng.below(7) };
        for _ in 0..steps {
            for i in 0..count {
                if self.rng.below(4) > 0 {
                    at[i] += vec2(self.rng.between(-60.0, 60.0), self.rng.between(-60.0, 60.0));
                    self.screen.touch(ids[i], TouchPhase::Moved, at[i]);
                }
            }
            self.frame_and_check(&before);
        }
        let lost: Vec<bool> = (0..count)
            .map(|_| count == 1 || self.rng.below(10) == 0)
            .collect();
        let lifting: Vec<usize> = (0..count).map(|_| self.rng.below(2)).collect();
        for frame in 0..2 {
            for i in (0..count).filter(|&i| lifting[i] == frame && !lost[i]) {
                self.screen.touch(ids[i], TouchPhase::Ended, at[i]);
            }
            self.frame_and_check(&before);
        }
        let lost_count = lost.iter().filter(|l| **l).count();
        if lost_count > 0 {
            self.counts.fingers_lost += lost_count;
            match self.rng.below(if count == 1 { 2 } else { 3 }) {
                0 => {
                    self.screen.focus(false);
                    self.frame_and_check(&before);
                    self.screen.focus(true);
                }
                1 => self.screen.cursor_left(),
                _ => {}
            }
        }
        let reading = f64::from(self.rng.between(0.3, 2.0));
        self.frame_after(reading, Vec::new());
        self.settle();
        self.check_unchanged(&before);
        let ctx = &self.harness.ctx;
        let held = ctx.input(|i| i.pointer.any_down())
            || ctx.egui_is_using_pointer()
            || ctx.dragged_id().is_some();
        assert!(!held, "{}: the pointer is still held", self.what());
    }

    /// A frame of the fingers: nothing changed, nothing zoomed.
    fn frame_and_check(&mut self, before: &immuno_kiosk::model::Session) {
        self.frame(Vec::new());
        self.check_unchanged(before);
    }

    fn check_unchanged(&self, before: &immuno_kiosk::model::Session) {
        let what = self.what();
        let session = self.harness.state().session();
        assert_eq!(
            session.screen, before.screen,
            "{what}: fingers moved the visitor"
        );
        assert_eq!(session.locale, before.locale, "{what}");
        assert_eq!(session.text_scale, before.text_scale, "{what}");
        assert_eq!(session.high_contrast, before.high_contrast, "{what}");
        assert_eq!(session.overlay, None, "{what}");
        let ctx = &self.harness.ctx;
        assert!(
            (ctx.zoom_factor() - 1.0).abs() < f32::EPSILON
                && (ctx.pixels_per_point() - 1.0).abs() < f32::EPSILON,
            "{what}: zoomed"
        );
        ctx.input(|i| {
            assert!(
                (i.zoom_delta() - 1.0).abs() < f32::EPSILON && i.multi_touch().is_none(),
                "{what}: egui measures a pinch"
            );
        });
    }

    /// The visitor walks away: the warning after the idle timeout, the attract screen in
    /// Japanese at 100 % in standard contrast after the countdown.
    fn idle_reset(&mut self) {
        let screen = self.harness.state().session().screen;
        if screen != Screen::Attract {
            self.counts.visits_reset += 1;
        }
        let away = f64::from(self.rng.between(121.0, 147.0));
        self.wait(away);
        if screen != Screen::Attract {
            assert!(
                self.idle_warning_shown(),
                "{}: no idle warning",
                self.what()
            );
        }
        // Past the 120 s timeout and the 30 s countdown.
        self.wait(151.0 - away);
        let session = self.harness.state().session();
        assert_eq!(session.screen, Screen::Attract, "{}", self.what());
        assert_eq!(session.locale, "ja", "{}", self.what());
        assert_eq!(session.text_scale, TextScale::Normal, "{}", self.what());
        assert!(!session.high_contrast, "{}", self.what());
        assert!(!self.idle_warning_shown(), "{}", self.what());
    }

    /// The counts written add up, and were written in few transactions: one a simulated
    /// minute and one an idle reset at most, never one a frame.
    fn check_usage_counts(&self, frames: u64) {
        let sink = self.harness.state().usage_sink().expect("counting");
        sink.sync();
        let counts = sink.read(jiff::civil::Date::constant(2000, 1, 1));
        let status = sink.status();
        let resets = counts.total(immuno_kiosk::usage::Kind::IdleReset);
        let visits = counts.total(immuno_kiosk::usage::Kind::VisitStarted);
        let simulated_minutes = (self.clock / 60.0).ceil();
        eprintln!(
            "soak: usage counts: {visits} visits, {resets} idle resets, {} page openings, in {} \
             transactions over {frames} frames and {simulated_minutes} simulated minutes",
            counts.total(immuno_kiosk::usage::Kind::PageOpened),
            status.commits,
        );
        assert_eq!(status.problem, None, "the counts were saved");
        assert_eq!(
            usize::try_from(resets).expect("small"),
            self.counts.visits_reset,
            "every idle reset from a visitor's screen is counted"
        );
        assert!(visits >= resets, "{visits} visits, {resets} resets");
        #[expect(clippy::cast_precision_loss, reason = "small counts")]
        let bound = simulated_minutes + resets as f64 + 1.0;
        #[expect(clippy::cast_precision_loss, reason = "small counts")]
        let commits = status.commits as f64;
        assert!(
            commits <= bound,
            "{commits} transactions: more than one a minute and one a reset ({bound})"
        );
        assert!(
            status.commits * 20 < frames,
            "{} transactions for {frames} frames",
            status.commits
        );
    }

    fn tap_anywhere(&mut self) {
        let pos = pos2(
            self.rng.between(0.0, SCREEN.x),
            self.rng.between(0.0, SCREEN.y),
        );
        self.tap(pos);
    }

    /// Taps one of the buttons with one of these labels, or, where none is shown (the
    /// attract screen has no top bar), a random point.
    fn tap_labelled(&mut self, labels: &[String]) {
        let buttons =
            self.visible_buttons(|label| labels.iter().any(|wanted| wanted.as_str() == label));
        if buttons.is_empty() {
            self.tap_anywhere();
        } else {
            let pos = buttons[self.rng.below(buttons.len())];
            self.tap(pos);
        }
    }

    // --- what the screen shows ----------------------------------------------------------

    /// The centres of the buttons a finger can reach: on the screen, and inside the visible
    /// part of the scroll view they are in.
    fn visible_buttons(&self, label_ok: impl Fn(&str) -> bool) -> Vec<Pos2> {
        let screen = Rect::from_min_size(Pos2::ZERO, SCREEN);
        let mut centres = Vec::new();
        for node in self.harness.query_all_by_role(Role::Button) {
            let ak = node.accesskit_node();
            if !label_ok(ak.label().unwrap_or_default().as_str()) {
                continue;
            }
            let Some(rect) = ak.bounding_box() else {
                continue;
            };
            #[allow(clippy::cast_possible_truncation, reason = "screen coordinates")]
            let centre = pos2(
                f64::midpoint(rect.x0, rect.x1) as f32,
                f64::midpoint(rect.y0, rect.y1) as f32,
            );
            let mut visible = screen.contains(centre);
            let mut parent = ak.parent();
            while let Some(p) = parent {
                if p.role() == Role::ScrollView
                    && let Some(view) = p.bounding_box()
                {
                    visible &= view.contains(accesskit_point(centre));
                }
                parent = p.parent();
            }
            if visible {
                centres.push(centre);
            }
        }
        centres
    }

    /// Where the page scrolls and swipes: the visible scroll view, or the middle of the
    /// screen where there is none.
    fn reading_area(&self) -> Rect {
        self.harness
            .query_all_by_role(Role::ScrollView)
            .filter_map(|node| node.accesskit_node().bounding_box())
            .map(|r| {
                #[allow(clippy::cast_possible_truncation, reason = "screen coordinates")]
                Rect::from_min_max(
                    pos2(r.x0 as f32, r.y0 as f32),
                    pos2(r.x1 as f32, r.y1 as f32),
                )
            })
            .find(|r| r.width() > 200.0 && r.height() > 200.0)
            .unwrap_or_else(|| Rect::from_center_size((SCREEN / 2.0).to_pos2(), SCREEN * 0.6))
            .shrink(20.0)
    }

    fn idle_warning_shown(&self) -> bool {
        let title = self.text(ids::IDLE_TITLE, &[]);
        self.harness
            .query_by_role_and_label(Role::AlertDialog, &title)
            .is_some()
    }

    fn text(&self, id: &str, args: &[(&str, FluentValue<'_>)]) -> String {
        let locale = &self.harness.state().session().locale;
        self.library.i18n.text(locale, id, args)
    }

    /// The screen is one a visitor can be on, and the accessibility tree shows what that
    /// screen must show.
    fn check_screen(&mut self) {
        let session = self.harness.state().session().clone();
        let what = self.what();
        assert!(session.overlay.is_none(), "{what}: a staff overlay opened");
        assert!(
            immuno_kiosk::source::EMBEDDED_LOCALES.contains(&session.locale.as_str()),
            "{what}: locale {}",
            session.locale
        );
        // A screen reader names text without its ruby markup.
        let label = |text: &str| {
            let text = &immuno_kiosk::text::plain(text);
            assert!(
                self.harness.query_by_label(text).is_some(),
                "{what}: {text:?} is not shown"
            );
        };
        let button = |text: &str| {
            let text = &immuno_kiosk::text::plain(text);
            assert!(
                self.harness
                    .query_by_role_and_label(Role::Button, text)
                    .is_some(),
                "{what}: no button {text:?}"
            );
        };
        match session.screen {
            Screen::Attract => {
                button(&self.text(ids::ATTRACT_TOUCH, &[]));
                self.counts.screens[0] += 1;
            }
            Screen::Home => {
                for track in self.library.tracks() {
                    button(&self.text(&format!("track-{}-title", track.id), &[]));
                }
                self.counts.screens[1] += 1;
            }
            Screen::Page { track, page } => {
                let len = self.library.track_len(track);
                assert!(track < 2 && page < len, "{what}: no such page");
                let spec = self.library.page(track, page).expect("a page");
                label(&self.text(&format!("{}-title", spec.id), &[]));
                label(&self.text(
                    ids::PAGE_PROGRESS,
                    &[
                        ("current", FluentValue::from(page + 1)),
                        ("total", FluentValue::from(len)),
                    ],
                ));
                self.counts.screens[2] += 1;
            }
            Screen::About => {
                label(&self.text(ids::ABOUT_TITLE, &[]));
                self.counts.screens[3] += 1;
            }
        }
        if session.screen != Screen::Attract && !session.choosing_language {
            button(&switch_label(&self.library, &session.locale));
        }
    }

    /// egui's widget memory, text-layout cache and textures stay within fixed bounds.
    fn check_bounds(&mut self) {
        let ctx = &self.harness.ctx;
        let entries = ctx.memory(|m| m.data.len());
        #[expect(
            clippy::redundant_closure_for_method_calls,
            reason = "the method path is not general enough over the borrow fonts() lends"
        )]
        let galleys = ctx.fonts(|f| f.num_galleys_in_cache());
        let textures = ctx.tex_manager().read().num_allocated();
        assert!(
            textures <= MAX_TEXTURES,
            "{}: {textures} textures",
            self.what()
        );
        self.counts.max_data_entries = self.counts.max_data_entries.max(entries);
        self.counts.max_galleys = self.counts.max_galleys.max(galleys);
        assert!(
            entries <= MAX_EGUI_DATA_ENTRIES,
            "{}: egui keeps {entries} data entries",
            self.what()
        );
        assert!(
            galleys <= MAX_CACHED_GALLEYS,
            "{}: egui caches {galleys} galleys",
            self.what()
        );
    }

    /// Brings the kiosk to the same state each time, so that resident sizes compare, and
    /// returns the figures then: the visit ends, the glyph atlas starts over (contrast on and
    /// off: egui draws every glyph anew for each theme), and the visit ends again.
    fn checkpoint(&mut self) -> Baseline {
        self.idle_reset();
        self.tap(pos2(SCREEN.x / 2.0, SCREEN.y / 2.0));
        assert_eq!(self.harness.state().session().screen, Screen::Home);
        for on in [true, false] {
            let label = self.text(ids::CONTRAST_LABEL, &[]);
            self.tap_labelled(&[label]);
            assert_eq!(self.harness.state().session().high_contrast, on);
        }
        self.idle_reset();
        let uploads = self.uploads.lock().expect("the upload counts");
        Baseline {
            rss_bytes: rss_bytes(),
            textures: self.harness.ctx.tex_manager().read().num_allocated()
                - uploads.figure_ids.len(),
            font_frames: uploads.font_frames,
            font_whole: uploads.font_whole,
            others: uploads.others,
            kept_ids: self
                .harness
                .ctx
                .tex_manager()
                .read()
                .allocated()
                .map(|(id, _)| *id)
                .filter(|id| !uploads.figure_ids.contains(id))
                .collect(),
            freed_before: uploads.freed.len(),
            figures: uploads.figures,
            figure_frees: uploads.figure_frees,
        }
    }

    /// After the warm-up: the same textures, and none uploaded again but the font atlas
    /// (which gains a glyph the first time a character is drawn at a size, and starts over
    /// when the contrast changes).
    fn check_textures_kept(&self, baseline: &Baseline) {
        let uploads = self.uploads.lock().expect("the upload counts");
        // Figures come and go (the last few shown are kept); every other texture stays.
        let textures = self.harness.ctx.tex_manager().read().num_allocated();
        let figures = uploads.figure_ids.len();
        assert!(figures <= 4, "{}: {figures} figures kept", self.what());
        assert_eq!(
            textures - figures,
            baseline.textures,
            "{}: the number of textures changed",
            self.what()
        );
        assert_eq!(
            uploads.others,
            baseline.others,
            "{}: a texture other than the font atlas was uploaded again",
            self.what()
        );
        // A figure made and let go within one frame is never seen made: any texture may be
        // freed but those that must stay (the font atlas, the QR codes).
        let lost: Vec<_> = uploads.freed[baseline.freed_before..]
            .iter()
            .filter(|id| baseline.kept_ids.contains(id))
            .collect();
        assert!(lost.is_empty(), "{}: textures freed: {lost:?}", self.what());
    }
}

fn accesskit_point(p: Pos2) -> egui::accesskit::Point {
    egui::accesskit::Point::new(p.x.into(), p.y.into())
}

fn load_library() -> Library {
    let (library, problems) =
        Library::load(&ContentSource::embedded()).expect("embedded content parses");
    assert!(problems.is_empty(), "embedded content: {problems:?}");
    library
}

/// The resident set size of this process, where the system says (Linux).
fn rss_bytes() -> Option<i64> {
    proc_status_bytes("VmRSS:")
}

/// The largest resident set size of this process so far.
fn peak_rss_bytes() -> Option<i64> {
    proc_status_bytes("VmHWM:")
}

fn proc_status_bytes(field: &str) -> Option<i64> {
    let status = std::fs::read_to_string("/proc/self/status").ok()?;
    let line = status.lines().find(|l| l.starts_with(field))?;
    let kb: i64 = line.split_whitespace().nth(1)?.parse().ok()?;
    Some(kb * 1024)
}

/// The words on the language switch in `lang`: 「言語 / Language」, or "Language" alone.
fn switch_label(library: &Library, lang: &str) -> String {
    let word = library.i18n.text(lang, ids::LANGUAGE_SWITCH, &[]);
    if word == "Language" {
        word
    } else {
        format!("{word} / Language")
    }
}
