//! The counts database on a real `SQLite` file: saving and reading, retention, and every way
//! the file can be unusable (damaged, newer, locked, in a read-only directory), plus the
//! crash test: a writer killed mid-write again and again never leaves a broken file.

use std::io::{BufRead as _, BufReader};
use std::path::Path;
use std::process::{Command, Stdio};

use immuno_kiosk::usage::day::add_days;
use immuno_kiosk::usage::{DB_FILE, Event, Kind, Store, StoreError, Tally, Writer, WriterConfig};
use jiff::civil::Date;

const NOW: u64 = 1_796_139_000;
const TODAY: Date = Date::constant(2026, 12, 2);

fn visits(day: Date, count: u64) -> Tally {
    let mut tally = Tally::new();
    tally.add(day, Event::plain(Kind::VisitStarted), count);
    tally
}

#[allow(
    clippy::expect_used,
    reason = "a test helper: a failed expect is a failed test"
)]
fn open(path: &Path) -> Store {
    Store::open(path, NOW).expect("the database opens").store
}

#[test]
fn batches_add_up_across_reopening() {
    let dir = tempfile::tempdir().expect("temp dir");
    let path = dir.path().join(DB_FILE);
    let mut store = open(&path);
    store.commit(&visits(TODAY, 2), 400).expect("first batch");
    let mut pages = Tally::new();
    pages.add(TODAY, Event::on_page(Kind::PageOpened, "core-1", "ja"), 3);
    pages.add(TODAY, Event::plain(Kind::VisitStarted), 1);
    store.commit(&pages, 400).expect("second batch");
    drop(store);
    let store = Store::open_read_only(&path).expect("read-only open");
    let counts = store.read(None).expect("read");
    assert_eq!(counts.total(Kind::VisitStarted), 3);
    assert_eq!(counts.total(Kind::PageOpened), 3);
    assert_eq!(
        store
            .read(Some(add_days(TODAY, 1)))
            .expect("read")
            .iter()
            .count(),
        0
    );
}

#[test]
fn days_past_the_retention_go_but_a_clock_far_ahead_deletes_nothing() {
    let dir = tempfile::tempdir().expect("temp dir");
    let path = dir.path().join(DB_FILE);
    let mut store = open(&path);
    store
        .commit(&visits(add_days(TODAY, -20), 1), 400)
        .expect("old");
    store
        .commit(&visits(add_days(TODAY, -5), 1), 400)
        .expect("recent");
    store
        .commit(&visits(TODAY, 1), 10)
        .expect("today, 10 days kept");
    let counts = store.read(None).expect("read");
    assert_eq!(
        counts.total(Kind::VisitStarted),
        2,
        "the day 20 days ago is gone"
    );
    // Gone from the days, not from the totals behind the textfile's counters.
    assert_eq!(store.totals().expect("totals").total(Kind::VisitStarted), 3);
    // A batch dated 50 years ahead cuts relative to the newest day already stored.
    store
        .commit(&visits(add_days(TODAY, 50 * 365), 1), 10)
        .expect("far ahead");
    assert_eq!(store.read(None).expect("read").total(Kind::VisitStarted), 3);
    assert_eq!(store.totals().expect("totals").total(Kind::VisitStarted), 4);
}

#[test]
fn a_damaged_file_is_moved_aside_with_a_clear_name_never_deleted() {
    let dir = tempfile::tempdir().expect("temp dir");
    let path = dir.path().join(DB_FILE);
    std::fs::write(&path, b"this is not a database, but someone's counts").expect("write");
    let opened = Store::open(&path, NOW).expect("a new database is started");
    let aside = opened.moved_aside.expect("the old file was moved aside");
    let name = aside
        .file_name()
        .expect("name")
        .to_string_lossy()
        .into_owned();
    assert_eq!(name, "usage.sqlite.unreadable-20261201T153000Z");
    assert_eq!(
        std::fs::read(&aside).expect("kept"),
        b"this is not a database, but someone's counts"
    );
    let mut store = opened.store;
    store
        .commit(&visits(TODAY, 1), 400)
        .expect("the new one works");
}

#[test]
fn a_database_from_a_newer_build_is_left_untouched() {
    let dir = tempfile::tempdir().expect("temp dir");
    let path = dir.path().join(DB_FILE);
    drop(open(&path));
    let conn = rusqlite::Connection::open(&path).expect("open");
    conn.pragma_update(None, "user_version", 7)
        .expect("set version");
    drop(conn);
    let before = std::fs::read(&path).expect("read");
    let err = Store::open(&path, NOW).expect_err("a newer schema is refused");
    assert!(
        matches!(err, StoreError::FutureSchema { found: 7, .. }),
        "{err}"
    );
    assert_eq!(std::fs::read(&path).expect("read"), before);
    assert_eq!(
        std::fs::read_dir(dir.path()).expect("list").count(),
        1,
        "nothing moved"
    );
}

#[test]
fn a_locked_database_is_reported_as_locked() {
    let dir = tempfile::tempdir().expect("temp dir");
    let path = dir.path().join(DB_FILE);
    let mut store = open(&path);
    let holder = rusqlite::Connection::open(&path).expect("open");
    holder.execute_batch("BEGIN EXCLUSIVE").expect("lock");
    let err = store.commit(&visits(TODAY, 1), 400).expect_err("locked");
    assert!(matches!(err, StoreError::Locked { .. }), "{err}");
    holder.execute_batch("COMMIT").expect("unlock");
    store
        .commit(&visits(TODAY, 1), 400)
        .expect("works once released");
}

#[cfg(unix)]
#[test]
fn a_read_only_directory_is_an_error_not_a_panic() {
    use std::os::unix::fs::PermissionsExt as _;
    let dir = tempfile::tempdir().expect("temp dir");
    let ro = dir.path().join("ro");
    std::fs::create_dir(&ro).expect("mkdir");
    std::fs::set_permissions(&ro, std::fs::Permissions::from_mode(0o555)).expect("chmod");
    let result = Store::open(&ro.join(DB_FILE), NOW);
    // Root ignores the mode; everyone else gets an error.
    let is_root = std::fs::write(ro.join("probe"), b"").is_ok();
    if !is_root {
        assert!(
            matches!(result, Err(StoreError::Sqlite { .. })),
            "{result:?}"
        );
    }
    std::fs::set_permissions(&ro, std::fs::Permissions::from_mode(0o755)).expect("chmod back");
}

#[test]
fn a_missing_database_is_missing_for_readers() {
    let dir = tempfile::tempdir().expect("temp dir");
    let err = Store::open_read_only(&dir.path().join(DB_FILE)).expect_err("missing");
    assert!(matches!(err, StoreError::Missing { .. }));
}

/// Batches of this many visits each, so a half-written batch would show as a remainder.
const BATCH: u64 = 1000;
const CHILD_ENV: &str = "USAGE_CRASH_CHILD_DB";

/// Run only as the crash test's child: writes batches forever, saying after each one.
#[test]
fn crash_child_writer() {
    let Some(path) = std::env::var_os(CHILD_ENV) else {
        return;
    };
    let mut store = open(Path::new(&path));
    let mut batch = Tally::new();
    for page in 0..BATCH {
        let event = Event::on_page(Kind::PageOpened, &format!("p{page}"), "ja");
        batch.add(TODAY, event, 1);
    }
    loop {
        store.commit(&batch, 400).expect("commit");
        #[expect(
            clippy::print_stdout,
            reason = "the child tells the parent over its stdout"
        )]
        {
            println!("committed");
        }
    }
}

#[test]
fn a_writer_killed_mid_write_again_and_again_never_corrupts_the_database() {
    let dir = tempfile::tempdir().expect("temp dir");
    let path = dir.path().join(DB_FILE);
    let exe = std::env::current_exe().expect("test binary");
    let mut acknowledged = 0u64;
    for round in 0..12 {
        let mut child = Command::new(&exe)
            .args([
                "crash_child_writer",
                "--exact",
                "--nocapture",
                "--test-threads=1",
            ])
            .env(CHILD_ENV, &path)
            .stdout(Stdio::piped())
            .stderr(Stdio::null())
            .spawn()
            .expect("child starts");
        let stdout = child.stdout.take().expect("stdout");
        let mut lines = BufReader::new(stdout).lines();
        // Kill after a different number of commits each round, while the next is under way.
        let mut seen = 0;
        while seen < 1 + round % 4 {
            let line = lines.next().expect("a line").expect("readable");
            if line == "committed" {
                seen += 1;
            }
        }
        child.kill().expect("kill");
        // Lines already printed before the kill landed count as acknowledged too.
        let late = lines
            .map_while(Result::ok)
            .filter(|l| l == "committed")
            .count() as u64;
        let _ = child.wait();
        acknowledged += seen + late;
        let store = open(&path);
        let total = store
            .read(None)
            .expect("readable after a kill")
            .total(Kind::PageOpened);
        assert_eq!(total % BATCH, 0, "round {round}: a batch was half written");
        let batches = total / BATCH;
        assert!(
            batches == acknowledged || batches == acknowledged + 1,
            "round {round}: {batches} batches stored, {acknowledged} acknowledged"
        );
        acknowledged = batches;
    }
}

#[test]
fn a_state_directory_that_cannot_be_used_keeps_the_counts_in_memory_and_says_why() {
    let dir = tempfile::tempdir().expect("temp dir");
    // A file where the directory should be: no database can be made there, even as root.
    let blocked = dir.path().join("state");
    std::fs::write(&blocked, b"").expect("a file in the way");
    let config = WriterConfig {
        state_dir: Some(blocked.clone()),
        counting: true,
        retention_days: 400,
        textfile: None,
        textfile_period_secs: 60,
    };
    let writer =
        Writer::start(config, std::sync::Arc::new(|| NOW), Box::new(|| {})).expect("thread");
    writer.commit(visits(TODAY, 2));
    writer.commit(visits(TODAY, 1));
    writer.sync();
    let status = writer.status();
    let problem = status.problem.expect("the problem is told");
    assert!(problem.contains("state"), "{problem}");
    assert_eq!(status.commits, 0);
    assert_eq!(
        writer.read(TODAY).total(Kind::VisitStarted),
        3,
        "kept in memory"
    );
    // The directory becomes usable: the next batch writes everything kept.
    std::fs::remove_file(&blocked).expect("clear the way");
    writer.commit(visits(TODAY, 1));
    writer.sync();
    assert_eq!(writer.status().problem, None);
    drop(writer);
    let store = Store::open_read_only(&blocked.join(DB_FILE)).expect("written now");
    assert_eq!(store.read(None).expect("read").total(Kind::VisitStarted), 4);
}
