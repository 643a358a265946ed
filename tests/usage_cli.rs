//! `immuno-kiosk usage` through the real binary: the counts as CSV and JSON, `--since`, and
//! one clear line with a non-zero exit for a missing or unreadable database, never a panic.

#![allow(
    clippy::expect_used,
    reason = "test helpers: a failed expect is a failed test (allow-expect-in-tests covers only #[test] functions)"
)]

use std::path::Path;
use std::process::{Command, Output};

use immuno_kiosk::usage::{DB_FILE, Event, Kind, Store, Tally};
use jiff::civil::Date;

fn usage(state_dir: &Path, args: &[&str]) -> Output {
    Command::new(env!("CARGO_BIN_EXE_immuno-kiosk"))
        .arg("usage")
        .args(args)
        .env("IMMUNO_KIOSK_STATE_DIR", state_dir)
        .env_remove("RUST_LOG")
        .output()
        .expect("the binary runs")
}

fn text(bytes: &[u8]) -> String {
    String::from_utf8_lossy(bytes).into_owned()
}

/// A database with a visit on 1 and 2 December, page openings on the 2nd.
fn counted(dir: &Path) {
    let mut tally = Tally::new();
    tally.add(
        Date::constant(2026, 12, 1),
        Event::plain(Kind::VisitStarted),
        3,
    );
    tally.add(
        Date::constant(2026, 12, 2),
        Event::plain(Kind::VisitStarted),
        1,
    );
    let page = Event::on_page(Kind::PageOpened, "core-1", "ja");
    tally.add(Date::constant(2026, 12, 2), page, 2);
    let mut store = Store::open(&dir.join(DB_FILE), 1_796_139_000)
        .expect("opens")
        .store;
    store.commit(&tally, 400).expect("written");
}

#[test]
fn the_counts_print_as_csv_and_json_and_since_filters_them() {
    let dir = tempfile::tempdir().expect("temp dir");
    counted(dir.path());
    // By day, then in the order the kinds are listed.
    let all = usage(dir.path(), &[]);
    assert!(all.status.success(), "{}", text(&all.stderr));
    assert_eq!(
        text(&all.stdout),
        "day,event,page,lang,detail,count\n\
         2026-12-01,visit_started,,,,3\n\
         2026-12-02,visit_started,,,,1\n\
         2026-12-02,page_opened,core-1,ja,,2\n"
    );
    let since = usage(dir.path(), &["--since", "2026-12-02", "--format", "json"]);
    assert!(since.status.success(), "{}", text(&since.stderr));
    let rows: serde_json::Value = serde_json::from_slice(&since.stdout).expect("JSON");
    let rows = rows.as_array().expect("an array");
    assert_eq!(rows.len(), 2);
    assert!(rows.iter().all(|row| row["day"] == "2026-12-02"));
}

#[test]
fn a_missing_database_is_one_clear_line_and_exit_1() {
    let dir = tempfile::tempdir().expect("temp dir");
    let output = usage(dir.path(), &[]);
    assert_eq!(output.status.code(), Some(1));
    assert!(output.stdout.is_empty());
    let stderr = text(&output.stderr);
    assert_eq!(stderr.lines().count(), 1, "{stderr}");
    assert!(stderr.contains("no usage database"), "{stderr}");
    assert!(!stderr.contains("panicked"), "{stderr}");
}

#[test]
fn an_unreadable_database_is_one_clear_line_and_left_alone() {
    let dir = tempfile::tempdir().expect("temp dir");
    let path = dir.path().join(DB_FILE);
    std::fs::write(&path, b"not a database").expect("write");
    let output = usage(dir.path(), &["--format", "json"]);
    assert_eq!(output.status.code(), Some(1));
    let stderr = text(&output.stderr);
    assert_eq!(stderr.lines().count(), 1, "{stderr}");
    assert!(stderr.contains("not a readable usage database"), "{stderr}");
    assert_eq!(std::fs::read(&path).expect("kept"), b"not a database");
}

#[test]
fn a_bad_date_is_refused_with_an_example() {
    let dir = tempfile::tempdir().expect("temp dir");
    counted(dir.path());
    let output = usage(dir.path(), &["--since", "last week"]);
    assert_eq!(output.status.code(), Some(2));
    assert!(text(&output.stderr).contains("2026-11-01"));
}
