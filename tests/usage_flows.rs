//! Usage counts through the real app, into a real `SQLite` file in a temporary directory:
//! what a visit counts, what staff see on the usage screen, and deleting the counts.
//!
//! With `LOOK_DIR` set, the usage screen is saved there in Japanese and English, to look at.

#![allow(
    clippy::expect_used,
    reason = "test helpers: a failed expect is a failed test (allow-expect-in-tests covers only #[test] functions)"
)]

mod common;

use std::path::{Path, PathBuf};
use std::sync::Arc;

use common::{
    LANDSCAPE, advance, choose_language, enter_pin, make_staff_gesture, start_visit, tap,
    tap_button,
};
use egui_kittest::Harness;
use egui_kittest::kittest::Queryable as _;
use immuno_kiosk::app::{Clock, start_writer};
use immuno_kiosk::config::{Settings, pin};
use immuno_kiosk::content::{ContentSource, Library};
use immuno_kiosk::usage::{DB_FILE, Kind, Store, Tally};
use immuno_kiosk::{KioskApp, KioskOptions};

/// The kiosk counting into `dir`, with the staff PIN 2468.
fn counting_kiosk(dir: &Path, settings: Settings) -> Harness<'static, KioskApp> {
    let dir = dir.to_path_buf();
    let settings = Settings {
        staff_pin_hash: Some(pin::hash_pin("2468").expect("hash")),
        usage_textfile: None,
        ..settings
    };
    Harness::builder()
        .with_size(LANDSCAPE)
        .with_pixels_per_point(1.0)
        .build_eframe(move |cc| {
            let (library, _) =
                Library::load(&ContentSource::embedded()).expect("embedded content parses");
            let writer = start_writer(
                &settings,
                Some(dir.clone()),
                Clock::system(),
                Box::new(|| {}),
            )
            .expect("writer thread");
            KioskApp::new(
                &cc.egui_ctx,
                library,
                KioskOptions {
                    locked: true,
                    settings,
                    state_dir: Some(dir),
                    config: None,
                    clock: Clock::system(),
                    speech: None,
                },
            )
            .with_usage(Arc::new(writer))
        })
}

/// Everything written so far, read from the file as `immuno-kiosk usage` reads it.
fn stored(harness: &Harness<'_, KioskApp>, dir: &Path) -> Tally {
    harness.state().usage_sink().expect("counting").sync();
    Store::open_read_only(&dir.join(DB_FILE))
        .expect("the database exists")
        .read(None)
        .expect("readable")
}

fn count_of(counts: &Tally, kind: Kind, page: &str, detail: &str) -> u64 {
    counts
        .iter()
        .filter(|(_, e, _)| e.kind == kind && e.page == page && e.detail == detail)
        .map(|(_, _, n)| n)
        .sum()
}

#[test]
fn a_visit_is_counted_and_written_at_the_idle_reset() {
    let dir = tempfile::tempdir().expect("temp dir");
    let mut harness = counting_kiosk(dir.path(), Settings::default());
    start_visit(&mut harness);
    tap(&mut harness, "150%");
    tap_button(&mut harness, "まず、知っておきたいこと");
    tap(&mut harness, "次へ ▶");
    choose_language(&mut harness, "English");
    // Nothing is written before a minute has passed or the visit ends.
    assert!(
        !dir.path().join(DB_FILE).exists(),
        "a touch never waits for the disk"
    );
    // The idle warning, then the reset.
    advance(&mut harness, 121.0);
    advance(&mut harness, 31.0);
    let counts = stored(&harness, dir.path());
    assert_eq!(counts.total(Kind::VisitStarted), 1);
    assert_eq!(counts.total(Kind::IdleWarning), 1);
    assert_eq!(counts.total(Kind::IdleReset), 1);
    assert_eq!(
        counts.total(Kind::VisitCompleted),
        0,
        "the last page was not reached"
    );
    assert_eq!(count_of(&counts, Kind::TextSize, "", "150"), 1);
    let page_views: Vec<(String, String, u64)> = counts
        .iter()
        .filter(|(_, e, _)| e.kind == Kind::PageOpened)
        .map(|(_, e, n)| (e.page.clone(), e.lang.clone(), n))
        .collect();
    assert_eq!(page_views.len(), 3, "{page_views:?}");
    assert!(
        page_views.iter().any(|(_, lang, _)| lang == "en"),
        "{page_views:?}"
    );
    // Each day's rows carry no time and nothing typed: day, kind, page, lang, detail.
    assert!(counts.iter().all(|(_, e, _)| e.detail.len() <= 40));
}

#[test]
fn reaching_a_track_end_and_its_qr_codes_are_counted_once_a_visit() {
    let dir = tempfile::tempdir().expect("temp dir");
    let mut harness = counting_kiosk(dir.path(), Settings::default());
    start_visit(&mut harness);
    tap_button(&mut harness, "まず、知っておきたいこと");
    let pages = harness.state().session().screen;
    assert!(matches!(pages, immuno_kiosk::model::Screen::Page { .. }));
    for _ in 0..4 {
        tap(&mut harness, "次へ ▶");
    }
    tap(&mut harness, "◀ 前へ");
    tap(&mut harness, "次へ ▶");
    advance(&mut harness, 61.0);
    let counts = stored(&harness, dir.path());
    assert_eq!(
        counts.total(Kind::VisitCompleted),
        1,
        "once, though shown twice"
    );
    assert!(
        counts.total(Kind::QrShown) > 0,
        "the last core page shows QR codes"
    );
}

#[test]
fn staff_pins_and_the_usage_screen_show_the_counts_as_bars() {
    let dir = tempfile::tempdir().expect("temp dir");
    let look = std::env::var_os("LOOK_DIR").map(PathBuf::from);
    let mut harness = counting_kiosk(dir.path(), Settings::default());
    start_visit(&mut harness);
    tap_button(&mut harness, "まず、知っておきたいこと");
    make_staff_gesture(&mut harness);
    enter_pin(&mut harness, "1111");
    enter_pin(&mut harness, "2468");
    tap(&mut harness, "利用状況…");
    harness.get_by_label("1日ごとの利用の回数");
    harness.get_by_label("この期間の利用は1回です。最後のページまで読まれたのは0回です。");
    let summary = harness.state().usage_summary().expect("read on opening");
    assert_eq!(summary.visits_per_day.len(), 30);
    assert_eq!(summary.visits_per_day.last().map(|(_, n)| *n), Some(1));
    assert_eq!(summary.top_pages.len(), 1);
    if let Some(dir) = &look {
        save(&mut harness, &dir.join("usage-ja.png"));
    }
    tap(&mut harness, "過去90日");
    let summary = harness.state().usage_summary().expect("read again");
    assert_eq!(summary.visits_per_day.len(), 90);

    let counts = stored(&harness, dir.path());
    assert_eq!(counts.total(Kind::PinFailed), 1);
    assert_eq!(counts.total(Kind::StaffUnlock), 1);
    assert_eq!(counts.total(Kind::Lockout), 0);

    if let Some(dir) = &look {
        tap(&mut harness, "職員メニューに戻る");
        tap(&mut harness, "職員メニューを閉じて鍵をかける");
        start_visit(&mut harness);
        choose_language(&mut harness, "English");
        make_staff_gesture(&mut harness);
        for digit in ["2", "4", "6", "8"] {
            tap_button(&mut harness, digit);
        }
        tap_button(&mut harness, "Enter");
        tap(&mut harness, "Usage…");
        harness.get_by_label("Visits per day");
        save(&mut harness, &dir.join("usage-en.png"));
    }
}

#[test]
fn staff_delete_every_count_from_the_settings_screen() {
    let dir = tempfile::tempdir().expect("temp dir");
    let mut harness = counting_kiosk(dir.path(), Settings::default());
    start_visit(&mut harness);
    make_staff_gesture(&mut harness);
    enter_pin(&mut harness, "2468");
    // Opening the usage screen hands what is waiting in memory to the writer.
    tap(&mut harness, "利用状況…");
    assert_eq!(stored(&harness, dir.path()).total(Kind::VisitStarted), 1);
    tap(&mut harness, "職員メニューに戻る");
    tap(&mut harness, "設定…");
    tap(&mut harness, "記録をすべて消す");
    harness.get_by_label("利用状況の記録をすべて消しました。");
    harness.state().usage_sink().expect("counting").sync();
    assert!(!dir.path().join(DB_FILE).exists(), "the file is gone");
    assert!(
        harness
            .state()
            .usage_sink()
            .expect("counting")
            .read(jiff::civil::Date::constant(2000, 1, 1))
            .is_empty(),
        "nothing is left in memory either"
    );
}

#[test]
fn counting_turned_off_deletes_what_was_counted_and_counts_nothing() {
    let dir = tempfile::tempdir().expect("temp dir");
    {
        let mut harness = counting_kiosk(dir.path(), Settings::default());
        start_visit(&mut harness);
        advance(&mut harness, 61.0);
        assert_eq!(stored(&harness, dir.path()).total(Kind::VisitStarted), 1);
    }
    let off = Settings {
        usage_counts: false,
        ..Settings::default()
    };
    let mut harness = counting_kiosk(dir.path(), off);
    harness.state().usage_sink().expect("sink").sync();
    assert!(!dir.path().join(DB_FILE).exists(), "deleted at start");
    start_visit(&mut harness);
    advance(&mut harness, 121.0);
    advance(&mut harness, 31.0);
    harness.state().usage_sink().expect("sink").sync();
    assert!(!dir.path().join(DB_FILE).exists(), "nothing counted");
    // Staff looking at the usage screen are told, and looking makes no file.
    start_visit(&mut harness);
    make_staff_gesture(&mut harness);
    enter_pin(&mut harness, "2468");
    tap(&mut harness, "利用状況…");
    harness.get_by_label("利用状況の記録は止まっています。設定で切り替えられます。");
    harness.get_by_label("この期間の記録はありません。");
    harness.state().usage_sink().expect("sink").sync();
    assert!(!dir.path().join(DB_FILE).exists(), "still nothing on disk");
}

fn save(harness: &mut Harness<'_, KioskApp>, path: &Path) {
    harness.run();
    if let Ok(image) = harness.render() {
        image.save(path).expect("screenshot saved");
    }
}
