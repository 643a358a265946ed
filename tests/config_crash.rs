//! Crash consistency: a save killed with SIGKILL at any moment leaves `settings.ron` (and
//! `settings.ron.bak`) holding either the old or the new settings, complete and parseable.
//!
//! The parent re-runs this test binary as a child that does nothing but save, alternating
//! between two values, and kills it after a varying number of microseconds.

#![allow(
    clippy::expect_used,
    reason = "test helpers: a failed expect is a failed test (allow-expect-in-tests covers only #[test] functions)"
)]

use std::path::{Path, PathBuf};
use std::process::{Command, Stdio};
use std::time::Duration;

use immuno_kiosk::config::{ConfigPaths, LoadedConfig, Settings, load, parse_settings, save_local};

/// Set in the child: the state directory to save into.
const CHILD_ENV: &str = "IMMUNO_KIOSK_TEST_CRASH_CHILD_DIR";
const OLD: u32 = 300;
const NEW: u32 = 600;
const ITERATIONS: u64 = 200;

fn paths_for(state_dir: &Path) -> ConfigPaths {
    ConfigPaths {
        etc_file: state_dir.join("no-such-etc.ron"),
        etc_file_required: false,
        etc_dropin_dir: None,
        state_dir: Some(state_dir.to_path_buf()),
    }
}

/// Saves `idle_timeout_secs` as `OLD` if it is `NEW` and the other way round; also flips a
/// second field, so a torn write would show as a mismatched pair.
fn flip(paths: &ConfigPaths) {
    let loaded: LoadedConfig = load(paths, &[]);
    let mut draft = loaded.settings.clone();
    let to_new = draft.idle_timeout_secs != NEW;
    draft.idle_timeout_secs = if to_new { NEW } else { OLD };
    draft.high_contrast = to_new;
    save_local(paths, &loaded, &draft).expect("the child's save works");
}

/// The child: saves in a loop until killed. Ignored in a normal run; the parent runs it
/// with `--ignored`.
#[test]
#[ignore = "the child process of the crash test, run by it"]
fn crash_child_saves_in_a_loop() {
    let Some(dir) = std::env::var_os(CHILD_ENV) else {
        return;
    };
    let paths = paths_for(Path::new(&dir));
    // Bounded, so a child whose parent died cannot run for ever.
    for _ in 0..100_000 {
        flip(&paths);
    }
}

/// A small deterministic random number generator (xorshift64).
fn xorshift(seed: u64) -> u64 {
    let mut x = seed.wrapping_mul(0x9e37_79b9_7f4a_7c15) | 1;
    for _ in 0..4 {
        x ^= x << 13;
        x ^= x >> 7;
        x ^= x << 17;
    }
    x
}

/// Asserts that `path` holds a complete old or new version; `None` if it does not exist.
fn assert_old_or_new(path: &Path, iteration: u64) -> Option<u32> {
    let text = std::fs::read_to_string(path).ok()?;
    let (settings, warnings): (Settings, _) = parse_settings(&text, &[]);
    assert_eq!(
        warnings,
        vec![],
        "iteration {iteration}: {} is damaged:\n{text}",
        path.display()
    );
    let pair = (settings.idle_timeout_secs, settings.high_contrast);
    assert!(
        pair == (OLD, false) || pair == (NEW, true),
        "iteration {iteration}: {} holds {pair:?}:\n{text}",
        path.display()
    );
    Some(settings.idle_timeout_secs)
}

#[test]
fn a_save_killed_at_any_moment_leaves_the_old_or_the_new_file() {
    let exe = std::env::current_exe().expect("the test binary");
    let start = tempfile::tempdir().expect("temp dir");
    flip(&paths_for(start.path())); // settings.ron holds NEW, with no backup yet
    flip(&paths_for(start.path())); // now OLD, with NEW as the backup
    let mut saw = [0_u32; 2];
    // Temporary files left behind: kills that landed in the middle of a write.
    let mut torn = 0;
    for iteration in 0..ITERATIONS {
        let dir = tempfile::tempdir().expect("temp dir");
        let paths = paths_for(dir.path());
        for name in ["settings.ron", "settings.ron.bak"] {
            std::fs::copy(start.path().join(name), dir.path().join(name)).expect("copied");
        }

        let mut child = Command::new(&exe)
            .args([
                "--exact",
                "crash_child_saves_in_a_loop",
                "--ignored",
                "--nocapture",
                "--test-threads=1",
            ])
            .env(CHILD_ENV, dir.path())
            .stdout(Stdio::null())
            .stderr(Stdio::null())
            .spawn()
            .expect("the child starts");
        // From "before the child ran" to "several saves in".
        std::thread::sleep(Duration::from_micros(xorshift(iteration) % 15_000));
        child.kill().expect("kill");
        child.wait().expect("reaped");

        let file: PathBuf = paths.settings_file().expect("state dir");
        let value = assert_old_or_new(&file, iteration).expect("settings.ron always exists");
        saw[usize::from(value == NEW)] += 1;
        let entries = std::fs::read_dir(dir.path()).expect("dir").flatten();
        torn += entries
            .filter(|e| e.file_name().to_string_lossy().contains(".tmp-"))
            .count();
        assert_old_or_new(&paths.backup_file().expect("state dir"), iteration)
            .expect("the backup always exists");
        // Loading after the crash gives one of the two versions, with no problem reported.
        let loaded = load(&paths, &[]);
        assert_eq!(loaded.problems, vec![], "iteration {iteration}");
    }
    eprintln!(
        "after {ITERATIONS} kills: {} old, {} new, {torn} mid-write",
        saw[0], saw[1]
    );
    // Proof the child really saved: otherwise every check above passes vacuously.
    assert!(
        saw[1] > 0,
        "the child never completed a save in {ITERATIONS} runs"
    );
}
