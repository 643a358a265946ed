//! Frame cost of the real kiosk, headless: an `egui::Context` with no GPU, the embedded fonts
//! and content, 1920×1080 at 1 pixel a point, driven through [`KioskApp::frame_ui`] with real
//! pointer input (the buttons are found in the accessibility tree, as a screen reader would).
//!
//! A measured frame is what the CPU does for one frame of the real window: `Context::run_ui`
//! with the app's `frame_ui` (every pass egui asks for), then `Context::tessellate` of its
//! shapes into triangles. Only the GPU upload and drawing are left out.
//!
//! For each of the 11 pages, in Japanese and English, at 100 % and 200 %:
//!
//! - **page change**: the first frame of the page after a tap on 「次へ」 or 「前へ」 on the
//!   page next to it. egui keeps a laid-out text only while it is drawn in every pass, so
//!   the page's texts, last drawn several frames before, are laid out anew: the cold case.
//!   The glyphs are already in the font atlas (each page was shown once before, at the same
//!   size); the "first" column is the very first time the page is shown, glyphs included.
//! - **steady frame**: a frame with no input on a page already shown.
//!
//! Targets: page change p99 ≤ 4 ms, steady frame ≤ 0.5 ms. After criterion's own report a
//! table gives, per page, language and size, the p50 and p99 of the page changes (every
//! sample criterion took, warm-up included), how many texts a page change laid out anew (the
//! growth of egui's layout cache in that frame: proof that it was cold), and the median
//! steady frame; steady frames must lay out nothing anew. Then comes the cost of the frame
//! after the contrast switch, which makes egui draw every glyph anew.
//!
//! `cargo bench --bench frames`; a filter (`cargo bench --bench frames -- en-200`) runs part.
//! With `BENCH_WITHOUT_FIGURES=1` the same pages are measured with their figures taken out,
//! for comparing the page-change columns.

#![allow(
    clippy::expect_used,
    reason = "a bench that cannot set up has nothing to measure: it stops with the reason"
)]

use std::collections::BTreeMap;
use std::fmt::Write as _;
use std::hint::black_box;
use std::time::{Duration, Instant};

use criterion::{BenchmarkId, Criterion};
use egui::accesskit::Role;
use egui::{Pos2, Rect, Vec2, pos2};
use immuno_kiosk::config::Settings;
use immuno_kiosk::content::{ContentSource, Library};
use immuno_kiosk::i18n::ids;
use immuno_kiosk::model::{Screen, TextScale};
use immuno_kiosk::{KioskApp, KioskOptions};

/// The usual kiosk screen, in points (and pixels).
const SCREEN: Vec2 = Vec2::new(1920.0, 1080.0);
/// The largest texture egui is told it may use: the GPU's own limit (8192 or more on desktop
/// GPUs and on Mesa's software renderer) capped by the kiosk, as its `raw_input_hook` does in
/// eframe. The font atlas is this wide.
const MAX_TEXTURE_SIDE: usize = immuno_kiosk::ui::theme::MAX_TEXTURE_SIDE;
/// One frame at 60 frames a second.
const FRAME_SECS: f64 = 1.0 / 60.0;
/// The same, as egui takes it.
const FRAME_SECS_F32: f32 = 1.0 / 60.0;
/// Frames with no input after a tap, before a steady frame is measured.
const SETTLE_FRAMES: usize = 3;
/// Contrast switches measured per language and size.
const CONTRAST_SAMPLES: usize = 10;

/// Targets, in milliseconds.
const PAGE_CHANGE_P99_MS: f64 = 4.0;
const STEADY_MS: f64 = 0.5;

fn main() {
    let mut criterion = Criterion::default()
        .sample_size(10)
        .warm_up_time(Duration::from_millis(100))
        .measurement_time(Duration::from_millis(400))
        .configure_from_args();
    let mut kiosk = Kiosk::new();
    let mut rows = Vec::new();
    let mut contrast = Vec::new();
    for lang in ["ja", "en"] {
        for scale in [TextScale::Normal, TextScale::Largest] {
            bench_language_and_size(&mut criterion, &mut kiosk, lang, scale, &mut rows);
            contrast.push((lang, scale, kiosk.contrast_switches(CONTRAST_SAMPLES)));
        }
    }
    criterion.final_summary();
    print_table(&rows, &contrast);
    print_language_changes();
    if std::env::var_os("BENCH_WITHOUT_FIGURES").is_none() {
        print_figure_cost();
    }
}

/// The frames of a change of language on the home screen at 100 %, from Japanese to each
/// language and back, in a fresh kiosk: the price of the fonts made anew and of the glyph
/// atlas started over with each language (`ui::fonts::start_over`).
#[expect(clippy::print_stdout, reason = "the bench's report")]
fn print_language_changes() {
    let mut kiosk = Kiosk::new();
    kiosk.go_home();
    println!("\nlanguage change on the home screen at 100 % (the two frames of the change, ms)");
    println!("{:<10} {:>8} {:>8}", "language", "to it", "back");
    for lang in immuno_kiosk::source::EMBEDDED_LOCALES.iter().skip(1) {
        let to = kiosk.change_language(lang);
        let back = kiosk.change_language("ja");
        println!(
            "{lang:<10} {:>8.2} {:>8.2}",
            to.as_secs_f64() * 1e3,
            back.as_secs_f64() * 1e3
        );
    }
}

/// Target: a page's first frame with its figure within this of the same page without one.
const FIGURE_FIRST_FRAME_MS: f64 = 2.0;

/// The cost of figures: each drawing rasterised at the two widths a page shows it, and every
/// page's first showing with its figure against the same page with the figure taken out (two
/// fresh kiosks, so both pay the same cold glyphs and layouts).
#[expect(clippy::print_stdout, reason = "the bench's report")]
fn print_figure_cost() {
    let library = load_library();
    println!();
    println!("Figures: resvg rasterisation, ms (median of 5), per drawing and width.");
    let colours = immuno_kiosk::ui::theme::STANDARD.figure_colours();
    let mut worst = (String::new(), 0.0_f64);
    for (id, svg) in &library.figures {
        let mut line = format!("{id:<14}");
        for width in [560, 1120] {
            let mut took: Vec<Duration> = (0..5)
                .map(|_| {
                    let start = Instant::now();
                    black_box(
                        immuno_kiosk::figures::rasterise(svg, &colours, width).expect("draws"),
                    );
                    start.elapsed()
                })
                .collect();
            took.sort_unstable();
            let ms = took[2].as_secs_f64() * 1000.0;
            if ms > worst.1 {
                worst = (format!("{id} at {width} px"), ms);
            }
            let _ = write!(line, " {width:>5} px {ms:>6.2}");
        }
        println!("{line}");
    }
    println!("slowest: {} {:.2} ms", worst.0, worst.1);
    println!();
    println!(
        "First showing of each page, ms: with its figure, without, and the difference \
         (target ≤ {FIGURE_FIRST_FRAME_MS} ms)."
    );
    let mut deltas = Vec::new();
    for lang in ["ja", "en"] {
        for scale in [TextScale::Normal, TextScale::Largest] {
            let with = first_showings(Kiosk::with_library(load_library()), lang, scale);
            let without = first_showings(Kiosk::with_library(without_figures()), lang, scale);
            for ((id, a), (_, b)) in with.iter().zip(&without) {
                let delta = (a.as_secs_f64() - b.as_secs_f64()) * 1000.0;
                deltas.push(delta);
                println!(
                    "{id:<10} {lang:<4} {:>4}% {:>7.2} {:>7.2} {delta:>+7.2}",
                    scale.percent(),
                    a.as_secs_f64() * 1000.0,
                    b.as_secs_f64() * 1000.0
                );
            }
        }
    }
    deltas.sort_by(f64::total_cmp);
    let median = deltas.get(deltas.len() / 2).copied().unwrap_or_default();
    let max = deltas.last().copied().unwrap_or_default();
    let over = deltas
        .iter()
        .filter(|d| **d > FIGURE_FIRST_FRAME_MS)
        .count();
    println!(
        "difference: median {median:+.2} ms, largest {max:+.2} ms; {over} of {} over the target",
        deltas.len()
    );
}

/// The embedded content with every figure taken out.
fn without_figures() -> Library {
    let mut library = load_library();
    for track in &mut library.spec.tracks {
        track.figure = None;
        for page in &mut track.pages {
            page.blocks
                .retain(|block| !matches!(block, immuno_kiosk::content::Block::Figure(_)));
        }
    }
    library
}

/// Every page shown once, in order, in a fresh kiosk: the first frame of each.
fn first_showings(mut kiosk: Kiosk, lang: &str, scale: TextScale) -> Vec<(String, Duration)> {
    kiosk.go_home();
    kiosk.choose(lang, scale);
    kiosk
        .show_every_page()
        .into_iter()
        .map(|(track, page, first)| (kiosk.library.page_id(track, page), first.took))
        .collect()
}

/// The figures of one page in one language at one size.
struct Row {
    page: String,
    lang: &'static str,
    scale: TextScale,
    /// The first time the page was shown: cold layout and glyphs never drawn at this size.
    first: Timed,
    page_changes: Vec<Timed>,
    steady: Vec<Timed>,
}

fn bench_language_and_size(
    criterion: &mut Criterion,
    kiosk: &mut Kiosk,
    lang: &'static str,
    scale: TextScale,
    rows: &mut Vec<Row>,
) {
    kiosk.go_home();
    kiosk.choose(lang, scale);
    // Every page once, in order: the "first" figures, and the glyphs into the atlas.
    let pages = kiosk.show_every_page();
    let tag = format!("{lang}-{}", scale.percent());
    let mut group = criterion.benchmark_group(format!("frames/{tag}"));
    group.sample_size(10);
    for (track, page, first) in pages {
        let id = kiosk.library.page_id(track, page);
        kiosk.open_page(track, page);
        let mut page_changes = Vec::new();
        group.bench_function(BenchmarkId::new("page change", &id), |b| {
            b.iter_custom(|iters| {
                let mut total = Duration::ZERO;
                for _ in 0..iters {
                    let timed = kiosk.page_change(track, page);
                    page_changes.push(timed);
                    total += timed.took;
                }
                total
            });
        });
        let mut steady = Vec::new();
        group.bench_function(BenchmarkId::new("steady", &id), |b| {
            b.iter_custom(|iters| {
                kiosk.open_page(track, page);
                // A touch where there is nothing to press keeps the idle warning away.
                kiosk.keep_awake();
                let mut total = Duration::ZERO;
                for _ in 0..iters {
                    let timed = kiosk.frame_timed(Vec::new());
                    steady.push(timed);
                    total += timed.took;
                }
                total
            });
        });
        rows.push(Row {
            page: id,
            lang,
            scale,
            first,
            page_changes,
            steady,
        });
    }
    group.finish();
}

/// A timed frame.
#[derive(Clone, Copy)]
struct Timed {
    took: Duration,
    /// Texts laid out anew rather than found in egui's cache.
    laid_out: usize,
}

/// The kiosk app on a bare egui context, with its own clock.
struct Kiosk {
    ctx: egui::Context,
    app: KioskApp,
    /// Where the counts go; removed with the bench.
    _state: tempfile::TempDir,
    library: Library,
    time: f64,
    /// Where the buttons of the bottom bar are, by language and size.
    nav: BTreeMap<(String, u32, Nav), Pos2>,
}

#[derive(Clone, Copy, Debug, PartialEq, Eq, PartialOrd, Ord)]
enum Nav {
    Next,
    Previous,
}

impl Kiosk {
    /// The kiosk with the embedded content, or with its figures taken out when
    /// `BENCH_WITHOUT_FIGURES` is set: the same table then shows what the figures cost.
    fn new() -> Self {
        if std::env::var_os("BENCH_WITHOUT_FIGURES").is_some() {
            Self::with_library(without_figures())
        } else {
            Self::with_library(load_library())
        }
    }

    fn with_library(library: Library) -> Self {
        let ctx = egui::Context::default();
        // Counting on, as in service: every frame pays what counting costs (the frame's
        // time for the textfile, the batch check), into a real SQLite file.
        let settings = Settings {
            usage_textfile: None,
            ..Settings::default()
        };
        let state = tempfile::tempdir().expect("a temporary state directory");
        let clock = immuno_kiosk::app::Clock::system();
        let writer = immuno_kiosk::app::start_writer(
            &settings,
            Some(state.path().to_path_buf()),
            clock.clone(),
            Box::new(|| {}),
        )
        .expect("the usage writer starts");
        let app = KioskApp::new(
            &ctx,
            library,
            KioskOptions {
                locked: true,
                settings,
                state_dir: None,
                config: None,
                clock,
                speech: None,
            },
        )
        .with_usage(std::sync::Arc::new(writer));
        let mut kiosk = Self {
            ctx,
            app,
            _state: state,
            library: load_library(),
            time: 0.0,
            nav: BTreeMap::new(),
        };
        kiosk.frame(Vec::new());
        kiosk
    }

    fn raw_input(&mut self, events: Vec<egui::Event>) -> egui::RawInput {
        self.time += FRAME_SECS;
        let mut input = egui::RawInput {
            screen_rect: Some(Rect::from_min_size(Pos2::ZERO, SCREEN)),
            max_texture_side: Some(MAX_TEXTURE_SIDE),
            time: Some(self.time),
            predicted_dt: FRAME_SECS_F32,
            events,
            ..Default::default()
        };
        input
            .viewports
            .entry(egui::ViewportId::ROOT)
            .or_default()
            .native_pixels_per_point = Some(1.0);
        input
    }

    /// One whole frame: input, the app, and the shapes tessellated into triangles.
    fn frame(&mut self, events: Vec<egui::Event>) -> egui::FullOutput {
        let input = self.raw_input(events);
        let app = &mut self.app;
        let mut output = self.ctx.run_ui(input, |ui| app.frame_ui(ui));
        let shapes = std::mem::take(&mut output.shapes);
        black_box(self.ctx.tessellate(shapes, output.pixels_per_point));
        // No GPU to give the texture changes to.
        output.textures_delta.clear();
        output
    }

    /// One whole frame, timed (the input is built before the clock starts), and how many
    /// texts egui laid out anew in it.
    fn frame_timed(&mut self, events: Vec<egui::Event>) -> Timed {
        let input = self.raw_input(events);
        let galleys_before = self.galleys_in_cache();
        let app = &mut self.app;
        let start = Instant::now();
        let mut output = self.ctx.run_ui(input, |ui| app.frame_ui(ui));
        let shapes = std::mem::take(&mut output.shapes);
        black_box(self.ctx.tessellate(shapes, output.pixels_per_point));
        let took = start.elapsed();
        output.textures_delta.clear();
        black_box(output);
        // egui keeps the texts laid out in the last pass and adds those it lays out now, so
        // the growth of its cache is what this frame laid out anew.
        let laid_out = self.galleys_in_cache().saturating_sub(galleys_before);
        Timed { took, laid_out }
    }

    #[expect(
        clippy::redundant_closure_for_method_calls,
        reason = "the method path is not general enough over the borrow fonts() lends"
    )]
    fn galleys_in_cache(&self) -> usize {
        self.ctx.fonts(|fonts| fonts.num_galleys_in_cache())
    }

    fn screen(&self) -> Screen {
        self.app.session().screen
    }

    #[track_caller]
    fn expect_screen(&self, screen: Screen) {
        assert_eq!(self.screen(), screen, "the taps led elsewhere");
    }

    /// A point on the button with this label that a finger can reach (in the visible part
    /// of a scrolling area), from a frame drawn with the accessibility tree on.
    fn find_button(&mut self, label: &str) -> Pos2 {
        self.ctx.enable_accesskit();
        let output = self.frame(Vec::new());
        self.ctx.disable_accesskit();
        let update = output
            .platform_output
            .accesskit_update
            .expect("the accessibility tree");
        let rect_of = |node: &egui::accesskit::Node| {
            node.bounds().map(|r| {
                #[expect(clippy::cast_possible_truncation, reason = "screen coordinates")]
                let rect = Rect::from_min_max(
                    pos2(r.x0 as f32, r.y0 as f32),
                    pos2(r.x1 as f32, r.y1 as f32),
                );
                rect
            })
        };
        let nodes = || update.nodes.iter().map(|(_, node)| node);
        let button = nodes()
            .find(|node| node.role() == Role::Button && node.label() == Some(label))
            .and_then(rect_of)
            .unwrap_or_else(|| panic!("no button {label:?} on {:?}", self.screen()));
        let visible = nodes()
            .filter(|node| node.role() == Role::ScrollView)
            .filter_map(rect_of)
            .filter(|view| view.intersects(button))
            .fold(button, Rect::intersect);
        assert!(
            visible.height() >= 20.0,
            "{label:?} is out of sight on {:?}",
            self.screen()
        );
        visible.center()
    }

    /// A finger down and up at `pos`, in two frames (the second applies what it pressed).
    fn press_and_release(&mut self, pos: Pos2) {
        let button = |pressed| egui::Event::PointerButton {
            pos,
            button: egui::PointerButton::Primary,
            pressed,
            modifiers: egui::Modifiers::NONE,
        };
        self.frame(vec![egui::Event::PointerMoved(pos), button(true)]);
        self.frame(vec![button(false)]);
    }

    /// A tap, and the frames after it.
    fn tap(&mut self, pos: Pos2) {
        self.press_and_release(pos);
        self.frame(vec![egui::Event::PointerGone]);
        for _ in 0..SETTLE_FRAMES {
            self.frame(Vec::new());
        }
    }

    fn tap_button(&mut self, label: &str) {
        let pos = self.find_button(label);

        self.tap(pos);
    }

    fn text(&self, id: &str) -> String {
        self.library.i18n.text(&self.app.session().locale, id, &[])
    }

    /// Home, from wherever the kiosk is.
    fn go_home(&mut self) {
        match self.screen() {
            Screen::Attract => self.tap(pos2(SCREEN.x / 2.0, SCREEN.y / 2.0)),
            Screen::Home => {}
            Screen::Page { .. } | Screen::About => self.tap_button(&self.text(ids::NAV_HOME)),
        }
        self.expect_screen(Screen::Home);
    }

    /// The language (from the list the language switch opens) and the text size.
    fn choose(&mut self, lang: &str, scale: TextScale) {
        if self.app.session().locale != lang {
            self.change_language(lang);
        }
        if self.app.session().text_scale != scale {
            self.tap_button(&format!("{}%", scale.percent()));
        }
        assert_eq!(self.app.session().locale, lang);
        assert_eq!(self.app.session().text_scale, scale);
    }

    /// Opens the list of languages and taps `lang` in it. Returns the time of the two frames
    /// of the change: the one that applies the tap, and the first in the new language (its
    /// fonts, a glyph atlas started over, and every text laid out and rasterised anew).
    fn change_language(&mut self, lang: &str) -> Duration {
        let word = self.text(ids::LANGUAGE_SWITCH);
        let switch = if word == "Language" {
            word
        } else {
            format!("{word} / Language")
        };
        self.tap_button(&switch);
        let name = self.library.i18n.language_name(lang);
        let pos = self.find_button(&name);
        let button = |pressed| egui::Event::PointerButton {
            pos,
            button: egui::PointerButton::Primary,
            pressed,
            modifiers: egui::Modifiers::NONE,
        };
        self.frame(vec![egui::Event::PointerMoved(pos), button(true)]);
        let applied = self.frame_timed(vec![button(false), egui::Event::PointerGone]);
        let first = self.frame_timed(Vec::new());
        for _ in 0..SETTLE_FRAMES {
            self.frame(Vec::new());
        }
        assert_eq!(self.app.session().locale, lang);
        applied.took + first.took
    }

    /// Opens every page once, in order (a track from home, then 「次へ」), and returns each
    /// page with the first frame it took.
    fn show_every_page(&mut self) -> Vec<(usize, usize, Timed)> {
        let mut pages = Vec::new();
        for track in 0..self.library.track_len_all() {
            for page in 0..self.library.track_len(track) {
                if page == 0 {
                    let title = self.track_title(track);
                    let pos = self.find_button(&title);
                    self.press_and_release(pos);
                } else {
                    self.tap_nav(Nav::Next);
                }
                let first = self.frame_timed(vec![egui::Event::PointerGone]);
                self.expect_screen(Screen::Page { track, page });
                pages.push((track, page, first));
            }
            self.go_home();
        }
        pages
    }

    fn track_title(&self, track: usize) -> String {
        self.text(&format!("track-{}-title", self.library.track_id(track)))
    }

    fn open_track(&mut self, track: usize) {
        self.tap_button(&self.track_title(track));
        self.expect_screen(Screen::Page { track, page: 0 });
    }

    /// Pages through to `page` of `track`, from home or another page of it.
    fn open_page(&mut self, track: usize, page: usize) {
        if !matches!(self.screen(), Screen::Page { track: t, .. } if t == track) {
            self.go_home();
            self.open_track(track);
        }
        while let Screen::Page { page: at, .. } = self.screen() {
            if at == page {
                break;
            }
            self.tap_nav(if at < page { Nav::Next } else { Nav::Previous });
            // egui finds what a finger presses in the last frame's layout: draw the page
            // before pressing on it.
            self.frame(vec![egui::Event::PointerGone]);
        }
        self.expect_screen(Screen::Page { track, page });
    }

    /// Where the next or previous button is, in the visitor's language and size: the bottom
    /// bar is the same on every page, and the button's room is kept where it is left out.
    fn nav_button(&mut self, nav: Nav) -> Pos2 {
        let session = self.app.session();
        let key = (session.locale.clone(), session.text_scale.percent(), nav);
        if let Some(pos) = self.nav.get(&key) {
            return *pos;
        }
        let label = match nav {
            Nav::Next => format!("{} ▶", self.text(ids::NAV_NEXT)),
            Nav::Previous => format!("◀ {}", self.text(ids::NAV_PREVIOUS)),
        };
        let pos = self.find_button(&label);
        self.nav.insert(key, pos);
        pos
    }

    /// A tap on the next or previous button; the frame that shows the page it opens is left
    /// to the caller.
    fn tap_nav(&mut self, nav: Nav) {
        let pos = self.nav_button(nav);
        let before = self.screen();
        self.press_and_release(pos);
        assert_ne!(self.screen(), before, "{nav:?} did nothing on {before:?}");
    }

    /// From `page` to the page next to it and back: the first frame back on `page`, timed.
    fn page_change(&mut self, track: usize, page: usize) -> Timed {
        self.expect_screen(Screen::Page { track, page });
        let (away, back) = if page > 0 {
            (Nav::Previous, Nav::Next)
        } else {
            (Nav::Next, Nav::Previous)
        };
        self.tap_nav(away);
        self.frame(vec![egui::Event::PointerGone]);
        self.frame(Vec::new());
        self.tap_nav(back);
        let timed = self.frame_timed(vec![egui::Event::PointerGone]);
        self.expect_screen(Screen::Page { track, page });
        timed
    }

    /// A tap on the margin left of the reading column, where there is nothing to press.
    fn keep_awake(&mut self) {
        let screen = self.screen();
        self.tap(pos2(20.0, SCREEN.y / 2.0));
        self.expect_screen(screen);
    }

    /// The first frame after the contrast switch, on the first page, on and off in turn.
    fn contrast_switches(&mut self, samples: usize) -> Vec<Duration> {
        self.open_page(0, 0);
        let mut taken = Vec::new();
        for _ in 0..samples {
            let pos = self.find_button(&self.text(ids::CONTRAST_LABEL));
            let before = self.app.session().high_contrast;
            self.press_and_release(pos);
            assert_ne!(self.app.session().high_contrast, before);
            taken.push(self.frame_timed(vec![egui::Event::PointerGone]).took);
            for _ in 0..SETTLE_FRAMES {
                self.frame(Vec::new());
            }
        }
        taken
    }
}

/// What the bench needs of the content beyond [`Library`]'s own methods.
trait LibraryExt {
    fn track_len_all(&self) -> usize;
    fn track_id(&self, track: usize) -> String;
    fn page_id(&self, track: usize, page: usize) -> String;
}

impl LibraryExt for Library {
    fn track_len_all(&self) -> usize {
        self.tracks().len()
    }

    fn track_id(&self, track: usize) -> String {
        self.tracks()[track].id.clone()
    }

    fn page_id(&self, track: usize, page: usize) -> String {
        self.page(track, page).expect("a page").id.clone()
    }
}

fn load_library() -> Library {
    let (library, problems) =
        Library::load(&ContentSource::embedded()).expect("embedded content parses");
    assert!(problems.is_empty(), "embedded content: {problems:?}");
    library
}

/// The `q`-quantile of `samples` (nearest rank), in milliseconds.
fn quantile_ms(samples: &[Duration], q: f64) -> Option<f64> {
    if samples.is_empty() {
        return None;
    }
    let mut sorted = samples.to_vec();
    sorted.sort_unstable();
    #[expect(
        clippy::cast_possible_truncation,
        clippy::cast_sign_loss,
        clippy::cast_precision_loss,
        reason = "a rank among a few thousand samples"
    )]
    let rank = ((q * sorted.len() as f64).ceil() as usize).clamp(1, sorted.len());
    Some(sorted[rank - 1].as_secs_f64() * 1e3)
}

fn ms(value: Option<f64>) -> String {
    value.map_or_else(|| "–".to_owned(), |v| format!("{v:.2}"))
}

fn times(samples: &[Timed]) -> Vec<Duration> {
    samples.iter().map(|t| t.took).collect()
}

fn median_laid_out(samples: &[Timed]) -> usize {
    let mut counts: Vec<usize> = samples.iter().map(|t| t.laid_out).collect();
    counts.sort_unstable();
    counts.get(counts.len() / 2).copied().unwrap_or(0)
}

#[expect(clippy::print_stdout, reason = "the bench's report")]
fn print_table(rows: &[Row], contrast: &[(&str, TextScale, Vec<Duration>)]) {
    println!();
    println!(
        "Frame cost in ms: run_ui + frame_ui + tessellate, 1920×1080. Targets: page change \
         p99 ≤ {PAGE_CHANGE_P99_MS} ms, steady ≤ {STEADY_MS} ms."
    );
    println!(
        "first: the page's first showing (glyphs drawn too); change: the first frame after \
         「次へ」/「前へ」 (n samples; texts laid out anew, median); steady: median frame."
    );
    println!(
        "{:<10} {:<4} {:>5} {:>7} {:>8} {:>8} {:>5} {:>6} {:>7} {:>7}",
        "page", "lang", "size", "first", "chg p50", "chg p99", "n", "texts", "steady", "target"
    );
    let mut misses = 0;
    let mut steady_layouts = 0;
    for row in rows {
        let p50 = quantile_ms(&times(&row.page_changes), 0.5);
        let p99 = quantile_ms(&times(&row.page_changes), 0.99);
        let steady = quantile_ms(&times(&row.steady), 0.5);
        steady_layouts += row.steady.iter().map(|t| t.laid_out).sum::<usize>();
        let met =
            p99.is_none_or(|v| v <= PAGE_CHANGE_P99_MS) && steady.is_none_or(|v| v <= STEADY_MS);
        if !met {
            misses += 1;
        }
        println!(
            "{:<10} {:<4} {:>4}% {:>7.2} {:>8} {:>8} {:>5} {:>6} {:>7} {:>7}",
            row.page,
            row.lang,
            row.scale.percent(),
            row.first.took.as_secs_f64() * 1e3,
            ms(p50),
            ms(p99),
            row.page_changes.len(),
            median_laid_out(&row.page_changes),
            ms(steady),
            if met { "met" } else { "MISSED" },
        );
    }
    println!(
        "{misses} of {} rows miss a target; steady frames laid out {steady_layouts} texts anew \
         in all.",
        rows.len()
    );
    println!();
    println!("The first frame after the contrast switch on core-1 (egui draws every glyph anew):");
    for (lang, scale, samples) in contrast {
        println!(
            "  {lang} {:>3}%: p50 {} ms, max {} ms",
            scale.percent(),
            ms(quantile_ms(samples, 0.5)),
            ms(quantile_ms(samples, 1.0)),
        );
    }
}
