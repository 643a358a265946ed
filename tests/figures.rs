//! Figures on the real UI: on every page, in Japanese and English, at 100 % and 200 %, in
//! landscape (1920×1080 and 1280×720) and portrait, each page's figure is an image a screen
//! reader names by its alt text, its labels are drawn whole inside it and never on top of
//! each other, and it stands beside the text only where the reading column keeps its width,
//! otherwise above the body. A figure is rasterised once per size and theme, not every frame.
//!
//! With `LOOK_DIR` set, it also writes a screenshot of every page and of the home screen in
//! each setup, in both themes, for looking at by eye.

#![allow(
    clippy::expect_used,
    reason = "test helpers: a failed expect is a failed test (allow-expect-in-tests covers only #[test] functions)"
)]

mod common;

use common::{LANDSCAPE, PORTRAIT, choose_language, harness, start_visit, tap_button};
use egui::Rect;
use egui::accesskit::Role;
use egui_kittest::Harness;
use egui_kittest::kittest::Queryable as _;
use immuno_kiosk::KioskApp;
use immuno_kiosk::content::{Block, ContentSource, FigureSpec, Library};
use immuno_kiosk::ui::{figure, theme};

/// The small landscape screen, as cage shows the kiosk on a 720p panel.
const SMALL_LANDSCAPE: egui::Vec2 = egui::Vec2::new(1280.0, 720.0);

fn library() -> Library {
    Library::load(&ContentSource::embedded())
        .expect("embedded content parses")
        .0
}

fn page_figure(library: &Library, track: usize, page: usize) -> &FigureSpec {
    let spec = library.page(track, page).expect("page");
    spec.blocks
        .iter()
        .find_map(|b| match b {
            Block::Figure(f) => Some(f),
            _ => None,
        })
        .unwrap_or_else(|| panic!("{} has no figure", spec.id))
}

fn plain(text: &str) -> String {
    immuno_kiosk::text::parse_lenient(text).plain
}

fn rect_of_label(harness: &Harness<'_, KioskApp>, role: Role, label: &str) -> Option<Rect> {
    harness
        .query_all_by_role_and_label(role, label)
        .next()
        .map(|n| n.rect())
}

/// Checks the page on screen: its figure named, whole, labelled and placed. Returns the
/// problems found, each naming `place`.
fn check_page(
    harness: &Harness<'_, KioskApp>,
    library: &Library,
    lang: &str,
    (track, page): (usize, usize),
    place: &str,
    factor: f32,
) -> Vec<String> {
    let mut problems = Vec::new();
    let spec = page_figure(library, track, page);
    let page_id = &library.page(track, page).expect("page").id;
    let alt = plain(&library.i18n.text(lang, &spec.alt, &[]));
    let Some(figure) = rect_of_label(harness, Role::Image, &alt) else {
        return vec![format!("{place}: no image named {alt:?}")];
    };
    let window = harness.ctx.content_rect();
    if figure.left() < window.left() || figure.right() > window.right() {
        problems.push(format!("{place}: the figure {figure:?} leaves the window"));
    }
    let mut labels = Vec::new();
    for label in &spec.labels {
        let words = plain(&library.i18n.text(lang, &label.text, &[]));
        let found = harness
            .query_all_by_role_and_label(Role::Label, &words)
            .map(|n| n.rect())
            .find(|r| figure.expand(1.0).intersects(*r));
        match found {
            Some(rect) if figure.expand(1.0).contains_rect(rect) => labels.push((words, rect)),
            Some(rect) => problems.push(format!(
                "{place}: label {words:?} at {rect:?} is not inside the figure {figure:?}"
            )),
            None => problems.push(format!(
                "{place}: label {words:?} is not drawn on the figure"
            )),
        }
    }
    for (i, (a, ra)) in labels.iter().enumerate() {
        for (b, rb) in &labels[i + 1..] {
            let overlap = ra.intersect(*rb);
            if overlap.is_positive() && overlap.area() > 1.0 {
                problems.push(format!("{place}: labels {a:?} and {b:?} overlap"));
            }
        }
    }
    // Beside the text where the column keeps its width, else above the body.
    let lead = plain(&library.i18n.text(lang, &format!("{page_id}-lead"), &[]));
    let Some(lead) = rect_of_label(harness, Role::Label, &lead) else {
        problems.push(format!("{place}: no lead"));
        return problems;
    };
    let narrowest = theme::MIN_COLUMN_CHARS * theme::BODY * factor;
    if figure.left() >= lead.right() {
        if lead.width() < narrowest * 0.95 {
            problems.push(format!(
                "{place}: beside the figure, the text is {:.0} px wide, under {narrowest:.0}",
                lead.width()
            ));
        }
    } else if figure.top() < lead.bottom() {
        problems.push(format!(
            "{place}: the figure {figure:?} is neither beside the text nor below the lead {lead:?}"
        ));
    }
    problems
}

/// Visits every page in one setup and checks its figure; with `look`, saves screenshots.
fn walk(
    size: egui::Vec2,
    language: &str,
    scale: &str,
    look: Option<&std::path::Path>,
) -> (Vec<String>, Vec<bool>) {
    let library = library();
    let lang = if language == "English" { "en" } else { "ja" };
    let factor = if scale == "200%" { 2.0 } else { 1.0 };
    let text = |id: &str| library.i18n.text(lang, id, &[]);
    let mut harness = harness(size);
    start_visit(&mut harness);
    choose_language(&mut harness, language);
    tap_button(&mut harness, scale);
    let mut problems = Vec::new();
    let mut beside = Vec::new();
    let shoot = |harness: &mut Harness<'_, KioskApp>, name: &str, figure: Option<&str>| {
        let Some(dir) = look else { return };
        // The figure in view, wherever the text size put it.
        if let Some(alt) = figure {
            harness
                .get_by_role_and_label(Role::Image, alt)
                .scroll_to_me();
            harness.run();
        }
        for contrast in [false, true] {
            if contrast {
                tap_button(harness, &text("contrast-label"));
            }
            // The drawing, made on its own thread, as a visitor sees it a moment later.
            figure::finish_drawings(&harness.ctx);
            harness.run();
            let theme = if contrast { "dark" } else { "light" };
            let file = format!("{name}-{lang}-{}x{}-{scale}-{theme}.png", size.x, size.y);
            if let Ok(image) = harness.render() {
                image
                    .save(dir.join(file.replace('%', "")))
                    .expect("write a screenshot");
            }
            if contrast {
                tap_button(harness, &text("contrast-label"));
            }
        }
    };
    shoot(&mut harness, "home", None);
    for (track_index, track) in library.spec.tracks.iter().enumerate() {
        tap_button(&mut harness, &text(&format!("track-{}-title", track.id)));
        for (page_index, page) in track.pages.iter().enumerate() {
            harness.run();
            let place = format!("{}×{} {language} {scale} {}", size.x, size.y, page.id);
            problems.extend(check_page(
                &harness,
                &library,
                lang,
                (track_index, page_index),
                &place,
                factor,
            ));
            let alt = plain(&text(&page_figure(&library, track_index, page_index).alt));
            let lead = plain(&text(&format!("{}-lead", page.id)));
            if let (Some(f), Some(l)) = (
                rect_of_label(&harness, Role::Image, &alt),
                rect_of_label(&harness, Role::Label, &lead),
            ) {
                beside.push(f.left() >= l.right());
            }
            shoot(&mut harness, &page.id, Some(&alt));
            if page_index + 1 < track.pages.len() {
                tap_button(&mut harness, &format!("{} ▶", text("nav-next")));
            }
        }
        tap_button(&mut harness, &text("nav-home"));
    }
    (problems, beside)
}

#[test]
fn every_page_has_its_figure_named_labelled_and_placed_in_every_setup() {
    let look = std::env::var_os("LOOK_DIR").map(std::path::PathBuf::from);
    let mut problems = Vec::new();
    for size in [LANDSCAPE, SMALL_LANDSCAPE, PORTRAIT] {
        for language in ["日本語", "English"] {
            for scale in ["100%", "200%"] {
                let (found, beside) = walk(size, language, scale, look.as_deref());
                problems.extend(found);
                assert_eq!(beside.len(), 11, "{size:?} {language} {scale}: pages seen");
                // Only the wide screen at 100 % has room beside the column; everywhere else
                // the figure stands above the body.
                let expect_beside = size == LANDSCAPE && scale == "100%";
                assert!(
                    beside.iter().all(|b| *b == expect_beside),
                    "{size:?} {language} {scale}: beside the text {beside:?}"
                );
            }
        }
    }
    assert!(problems.is_empty(), "{}", problems.join("\n"));
}

#[test]
fn a_figure_is_rasterised_once_per_size_and_theme_not_every_frame() {
    let library = library();
    let text = |id: &str| library.i18n.text("ja", id, &[]);
    let mut harness = harness(LANDSCAPE);
    let settle = |harness: &mut Harness<'_, KioskApp>| {
        harness.run();
        figure::finish_drawings(&harness.ctx);
        harness.run();
        figure::rasterised_count(&harness.ctx)
    };
    start_visit(&mut harness);
    let home = settle(&mut harness);
    assert_eq!(home, 2, "the two track emblems on home");
    tap_button(&mut harness, &text("track-core-title"));
    // The page's drawing, and the next page's, made ahead.
    let first = settle(&mut harness);
    assert_eq!(first, home + 2, "core 1 and core 2 at one size and theme");
    for step in 0_u8..20 {
        harness.hover_at(egui::pos2(300.0 + f32::from(step) * 10.0, 600.0));
        harness.run();
    }
    assert_eq!(
        settle(&mut harness),
        first,
        "a figure was rasterised again while nothing changed"
    );
    let alt = |id: &str| plain(&text(&format!("figure-{id}-alt")));
    assert!(
        rect_of_label(&harness, Role::Image, &alt("core-1")).is_some(),
        "the figure is on the page"
    );
    // The next page opens with its drawing already made.
    tap_button(&mut harness, &format!("{} ▶", text("nav-next")));
    assert!(
        figure::rasterised_count(&harness.ctx) <= first + 1,
        "core 2 was made ahead, not when opened (only core 3 is new)"
    );
    let second = settle(&mut harness);
    assert_eq!(second, first + 1, "core 3 is made ahead in turn");
    tap_button(&mut harness, &text("contrast-label"));
    let dark = settle(&mut harness);
    assert_eq!(
        dark,
        second + 2,
        "the other theme: the page and the next one"
    );
}
