//! Pictures of the screens that matter most for poor sight, compared pixel by pixel with the
//! reference images in `tests/snapshots/`: the home screen and the longest page, at 200 %,
//! in both themes; the page that draws the line between the two kinds of immunotherapy
//! (core 3) in every language, which proves each one's script renders (Chinese forms, Hangul,
//! Devanagari conjuncts, Vietnamese stacked marks); and the list of languages at 200 % in
//! both orientations. They render on the CPU (wgpu on Mesa's lavapipe), so they run without a
//! GPU. The accessibility audit proves nothing is clipped; these catch what it cannot see,
//! such as a colour, an outline or a focus ring drawn wrong.
//!
//! A reference is rewritten with `UPDATE_SNAPSHOTS=1 cargo test --test snapshots`; look at
//! the new picture before committing it.

mod common;

use common::{LANDSCAPE, PORTRAIT, choose_language, harness, start_visit, tap_button};
use immuno_kiosk::content::{ContentSource, Library};

/// The screen is rendered at its real 1920×1080 and compared at half that in each direction,
/// so the references stay small (about 100 KB each).
const SHRINK: u32 = 2;

fn at_200_percent(high_contrast: bool) -> egui_kittest::Harness<'static, immuno_kiosk::KioskApp> {
    let mut harness = harness(LANDSCAPE);
    start_visit(&mut harness);
    if high_contrast {
        tap_button(&mut harness, "見やすい配色");
    }
    tap_button(&mut harness, "200%");
    harness
}

/// Renders the screen, shrinks it, and compares it with the reference `name`.
fn snapshot(harness: &mut egui_kittest::Harness<'_, immuno_kiosk::KioskApp>, name: &str) {
    // Figures are drawn on a thread of their own: the frame a visitor sees a moment later.
    immuno_kiosk::ui::figure::finish_drawings(&harness.ctx);
    harness.run();
    let full = harness.render().unwrap_or_else(|err| {
        panic!(
            "the snapshot cannot be rendered: {err}. The snapshots render with wgpu on Mesa's \
             CPU drivers, with no GPU: install mesa-vulkan-drivers (lavapipe, with libvulkan1), \
             or libegl1 libegl-mesa0 libgl1-mesa-dri (llvmpipe through EGL)"
        )
    });
    let small = image::imageops::resize(
        &full,
        full.width() / SHRINK,
        full.height() / SHRINK,
        image::imageops::FilterType::Triangle,
    );
    egui_kittest::image_snapshot(&small, name);
}

fn theme_name(high_contrast: bool) -> &'static str {
    if high_contrast {
        "high_contrast"
    } else {
        "standard"
    }
}

fn home(high_contrast: bool) {
    let mut harness = at_200_percent(high_contrast);
    snapshot(
        &mut harness,
        &format!("home_200_{}", theme_name(high_contrast)),
    );
}

fn longest_page(high_contrast: bool) {
    let mut harness = at_200_percent(high_contrast);
    // Detail 2, the list of approved treatments, is the longest page.
    tap_button(&mut harness, "もっと詳しく知りたい方へ");
    tap_button(&mut harness, "次へ ▶");
    snapshot(
        &mut harness,
        &format!("long_page_200_{}", theme_name(high_contrast)),
    );
}

#[test]
fn home_at_200_percent() {
    home(false);
}

#[test]
fn home_at_200_percent_in_high_contrast() {
    home(true);
}

#[test]
fn the_longest_page_at_200_percent() {
    longest_page(false);
}

#[test]
fn the_longest_page_at_200_percent_in_high_contrast() {
    longest_page(true);
}

#[test]
fn core_3_in_every_language() {
    let (library, _) = Library::load(&ContentSource::embedded()).expect("loads");
    for lang in immuno_kiosk::source::EMBEDDED_LOCALES {
        let text = |id: &str| library.i18n.message(lang, id).expect("the message");
        let mut harness = harness(LANDSCAPE);
        start_visit(&mut harness);
        choose_language(&mut harness, &library.i18n.language_name(lang));
        tap_button(&mut harness, &text("track-core-title"));
        for _ in 0..2 {
            tap_button(&mut harness, &format!("{} ▶", text("nav-next")));
        }
        snapshot(&mut harness, &format!("core_3_{lang}"));
    }
}

fn language_list(size: egui::Vec2, name: &str) {
    let mut harness = harness(size);
    start_visit(&mut harness);
    tap_button(&mut harness, "200%");
    tap_button(&mut harness, "言語 / Language");
    snapshot(&mut harness, name);
}

#[test]
fn the_language_list_at_200_percent_in_landscape() {
    language_list(LANDSCAPE, "language_list_200_landscape");
}

#[test]
fn the_language_list_at_200_percent_in_portrait() {
    language_list(PORTRAIT, "language_list_200_portrait");
}
