//! Every kind of bad input, in an /etc drop-in and in the nurses' file: each is reported
//! with its file and position, loading still gives usable settings from the other layers,
//! and the bad file is left exactly as it was.

#![allow(
    clippy::expect_used,
    reason = "test helpers: a failed expect is a failed test (allow-expect-in-tests covers only #[test] functions)"
)]
#![cfg(unix)]

mod config_support;

use std::fs;
use std::path::Path;

use config_support::{Kiosk, problems_in, write};
use immuno_kiosk::config::{LayerStatus, Severity};

/// How a case creates its bad file.
enum Setup {
    /// Write these bytes.
    Bytes(&'static [u8]),
    /// Write this many bytes of valid-looking RON padding.
    Huge(usize),
    /// Make a directory there.
    Directory,
    /// Make a symbolic link to a file that does not exist.
    DanglingSymlink,
    /// Write a valid file, then make it unreadable (skipped when running as root).
    Unreadable,
    /// Make a named pipe there (reading it would block for ever).
    Fifo,
}

struct Case {
    name: &'static str,
    setup: Setup,
    severity: Severity,
    /// A piece of the problem's message.
    message: &'static str,
    /// Where the problem is, if it has a position.
    position: Option<(usize, usize)>,
    /// Extra check on the effective settings.
    check: fn(&immuno_kiosk::config::Settings),
}

fn no_check(_: &immuno_kiosk::config::Settings) {}

fn cases() -> Vec<Case> {
    use Setup::{Bytes, DanglingSymlink, Directory, Fifo, Huge, Unreadable};
    use Severity::{Error, Warning};
    vec![
        Case { name: "empty file", setup: Bytes(b""), severity: Warning, message: "empty", position: None, check: no_check },
        Case { name: "only comments", setup: Bytes(b"// nothing yet\n/* later */\n"), severity: Warning, message: "empty", position: None, check: no_check },
        Case { name: "binary garbage", setup: Bytes(b"\x89PNG\r\n\x1a\n\x00\x00\x00\rIHDR\xff\xfe"), severity: Error, message: "not UTF-8", position: Some((1, 1)), check: no_check },
        Case { name: "invalid UTF-8 later", setup: Bytes(b"(\n    allow_quit: tr\xffue,\n)"), severity: Error, message: "not UTF-8", position: Some((2, 19)), check: no_check },
        Case { name: "control characters", setup: Bytes(b"\x00\x01\x02garbage"), severity: Error, message: "not valid RON", position: Some((1, 1)), check: no_check },
        Case {
            name: "syntax error",
            setup: Bytes(b"(\n    idle_warning_secs: 40\n    allow_quit: true,\n)\n"),
            severity: Error,
            message: "not valid RON",
            position: Some((3, 5)),
            check: |s| assert_eq!(s.idle_warning_secs, 30, "nothing of a broken file is used"),
        },
        Case { name: "not a struct", setup: Bytes(b"[\"ja\"]"), severity: Error, message: "expected settings in parentheses", position: Some((1, 1)), check: no_check },
        Case {
            name: "wrong type",
            setup: Bytes(b"(\n    idle_warning_secs: \"long\",\n    allow_quit: true,\n)\n"),
            severity: Warning,
            message: "idle_warning_secs: expected a whole number, found a string",
            position: Some((2, 5)),
            check: |s| assert!(s.allow_quit, "the good field next to the bad one is kept"),
        },
        Case {
            name: "bare word instead of a bool",
            setup: Bytes(b"(allow_quit: ture, idle_warning_secs: 40)"),
            severity: Warning,
            message: "allow_quit: expected true or false",
            position: Some((1, 2)),
            check: |s| assert_eq!(s.idle_warning_secs, 40),
        },
        Case {
            name: "unknown key",
            setup: Bytes(b"(\n    idle_timout_secs: 60,\n    allow_quit: true,\n)\n"),
            severity: Warning,
            message: "unknown key `idle_timout_secs` (did you mean `idle_timeout_secs`?)",
            position: Some((2, 5)),
            check: |s| assert!(s.allow_quit),
        },
        Case {
            name: "out of range",
            setup: Bytes(b"(\n  default_text_scale: 130,\n  idle_warning_secs: 5,\n)"),
            severity: Warning,
            message: "idle_warning_secs: 5 is below the minimum of 20; using 20",
            position: Some((3, 3)),
            check: |s| assert_eq!((s.idle_warning_secs, s.default_text_scale.percent()), (20, 150)),
        },
        Case {
            name: "huge negative float",
            setup: Bytes(b"(default_text_scale: -1e300, idle_warning_secs: 40)"),
            severity: Warning,
            message: "default_text_scale: -1e300 is not 100, 150 or 200; using 100",
            position: Some((1, 2)),
            check: |s| assert_eq!((s.default_text_scale.percent(), s.idle_warning_secs), (100, 40)),
        },
        Case {
            name: "unknown locale",
            setup: Bytes(b"(\n    locales: [\"en\", \"xx\", \"ja\"],\n    default_locale: \"en\",\n)"),
            severity: Warning,
            message: "\"xx\" is not an available locale (ja, ja-x-easy, en, zh-Hans, vi, ko, fil, ne, pt-BR, id); dropped",
            position: Some((2, 21)),
            check: |s| assert_eq!((s.locales.join(","), s.default_locale.as_str()), ("en,ja".to_owned(), "en")),
        },
        Case {
            name: "bad PIN hash",
            setup: Bytes(b"(staff_pin_hash: Some(\"1234\"), allow_quit: true)"),
            severity: Warning,
            message: "staff_pin_hash: not a PHC hash string",
            position: Some((1, 2)),
            check: |s| assert_eq!((s.staff_pin_hash.as_deref(), s.allow_quit), (None, true)),
        },
        Case {
            name: "http link",
            setup: Bytes(b"(consultation: Some((\n    name: \"  Desk  \",\n    url: Some(\"http://example.jp\"),\n)))"),
            severity: Warning,
            message: "consultation.url: \"http://example.jp\" is not an https:// link; dropped",
            position: Some((3, 5)),
            check: |s| {
                let desk = s.consultation.as_ref().expect("the desk is kept without its link");
                assert_eq!((desk.name.as_str(), desk.url.as_deref()), ("Desk", None));
            },
        },
        Case { name: "unreadable", setup: Unreadable, severity: Error, message: "cannot be read", position: None, check: no_check },
        Case { name: "dangling symlink", setup: DanglingSymlink, severity: Error, message: "symbolic link", position: None, check: no_check },
        Case { name: "directory", setup: Directory, severity: Error, message: "is a directory", position: None, check: no_check },
        Case { name: "named pipe", setup: Fifo, severity: Error, message: "not a regular file", position: None, check: no_check },
        Case { name: "10 MB file", setup: Huge(10 * 1024 * 1024), severity: Error, message: "more than the limit", position: None, check: no_check },
    ]
}

/// Creates the bad file; `false` if the case cannot be set up here.
fn set_up(setup: &Setup, path: &Path) -> bool {
    fs::create_dir_all(path.parent().expect("parent")).expect("dir");
    match setup {
        Setup::Bytes(bytes) => write(path, bytes),
        Setup::Huge(size) => {
            let mut text = "(allow_quit: true, /*".to_owned();
            text.push_str(&"x".repeat(*size));
            text.push_str("*/)");
            write(path, text);
        }
        Setup::Directory => fs::create_dir(path).expect("dir"),
        Setup::DanglingSymlink => {
            std::os::unix::fs::symlink(path.with_extension("missing"), path).expect("symlink");
        }
        Setup::Unreadable => {
            use std::os::unix::fs::PermissionsExt as _;
            write(path, "(allow_quit: true)");
            fs::set_permissions(path, fs::Permissions::from_mode(0o000)).expect("chmod");
            // Root (as in CI) reads it anyway: the symlink and directory cases cover
            // unreadability there.
            return fs::read(path).is_err();
        }
        Setup::Fifo => {
            let made = std::process::Command::new("mkfifo").arg(path).status();
            return made.is_ok_and(|status| status.success());
        }
    }
    true
}

/// What the file is, to check that loading changed nothing.
fn fingerprint(path: &Path) -> String {
    let Ok(meta) = fs::symlink_metadata(path) else {
        return "missing".to_owned();
    };
    let kind = meta.file_type();
    if kind.is_symlink() {
        format!("symlink to {:?}", fs::read_link(path).ok())
    } else if kind.is_file() {
        use std::os::unix::fs::PermissionsExt as _;
        let mode = meta.permissions().mode();
        let bytes = fs::read(path).unwrap_or_default();
        format!(
            "file {mode:o} {} bytes, hash {:x}",
            meta.len(),
            simple_hash(&bytes)
        )
    } else {
        format!("{kind:?}")
    }
}

fn simple_hash(bytes: &[u8]) -> u64 {
    bytes.iter().fold(0xcbf2_9ce4_8422_2325, |h, b| {
        (h ^ u64::from(*b)).wrapping_mul(0x100_0000_01b3)
    })
}

/// Runs every case with the bad file at `place` ("drop-in" or "local").
fn run_cases(place: &str) {
    for case in cases() {
        let kiosk = Kiosk::new();
        write(&kiosk.etc_file(), "(idle_timeout_secs: 300)");
        write(&kiosk.dropin("10-good.ron"), "(high_contrast: true)");
        let bad = if place == "local" {
            kiosk.local()
        } else {
            write(&kiosk.local(), "(show_cursor: true)");
            kiosk.dropin("50-bad.ron")
        };
        if !set_up(&case.setup, &bad) {
            eprintln!("skipping {place} / {}: cannot be set up here", case.name);
            continue;
        }
        let before = fingerprint(&bad);
        let loaded = kiosk.load();
        let context = format!("{place} / {}: {:#?}", case.name, loaded.problems);

        let problems = problems_in(&loaded, &bad);
        let Some(problem) = problems.iter().find(|p| p.message.contains(case.message)) else {
            panic!("no problem containing {:?} in {context}", case.message);
        };
        assert_eq!(problem.severity, case.severity, "{context}");
        assert_eq!(problem.line.zip(problem.col), case.position, "{context}");
        let shown = problem.to_string();
        assert!(
            shown.starts_with(&bad.display().to_string()),
            "names the file: {shown}"
        );
        if let Some((line, col)) = case.position {
            assert!(
                shown.contains(&format!(":{line}:{col}: ")),
                "names the position: {shown}"
            );
        }
        let report = loaded
            .layers
            .iter()
            .find(|r| r.layer.path() == Some(bad.as_path()));
        let status = &report.expect("the bad layer is reported").status;
        assert_eq!(
            matches!(status, LayerStatus::Error { .. }),
            case.severity == Severity::Error,
            "{context}"
        );

        assert_eq!(
            loaded.settings.idle_timeout_secs, 300,
            "config.ron survives: {context}"
        );
        assert!(
            loaded.settings.high_contrast,
            "the good drop-in survives: {context}"
        );
        if place != "local" {
            assert!(
                loaded.settings.show_cursor,
                "the nurses' file survives: {context}"
            );
        }
        (case.check)(&loaded.settings);

        assert_eq!(
            fingerprint(&bad),
            before,
            "{place} / {}: the bad file is untouched",
            case.name
        );
        let state = kiosk.paths.state_dir.as_ref().expect("state dir");
        let mut names: Vec<_> = fs::read_dir(state).map_or_else(
            |_| Vec::new(),
            |d| d.flatten().map(|e| e.file_name()).collect(),
        );
        names.sort();
        assert!(names.len() <= 1, "loading created no files: {names:?}");
    }
}

#[test]
fn bad_drop_ins_are_reported_and_the_other_layers_still_apply() {
    run_cases("drop-in");
}

#[test]
fn bad_nurse_files_are_reported_and_the_other_layers_still_apply() {
    run_cases("local");
}

#[test]
fn a_pin_hash_is_never_echoed_in_a_message() {
    let kiosk = Kiosk::new();
    write(
        &kiosk.etc_file(),
        "(staff_pin_hash: \"$argon2i$v=19$m=16,t=2,p=1$c2FsdHNhbHQ$aGFzaGhhc2hoYXNo\")",
    );
    let loaded = kiosk.load();
    let problem = problems_in(&loaded, &kiosk.etc_file())
        .into_iter()
        .next()
        .expect("a warning");
    assert!(problem.message.contains("not argon2id"), "{problem}");
    assert!(!problem.message.contains("c2FsdHNhbHQ"), "{problem}");
    assert_eq!(loaded.settings.staff_pin_hash, None);
}

#[test]
fn a_missing_config_override_is_an_error_but_loading_goes_on() {
    let kiosk = Kiosk::new();
    let mut paths = immuno_kiosk::config::ConfigPaths::resolve_with(
        Some(&kiosk.dir.path().join("typo.ron")),
        |_| None,
    );
    paths.state_dir.clone_from(&kiosk.paths.state_dir);
    write(&kiosk.local(), "(allow_quit: true)");
    let loaded = immuno_kiosk::config::load(&paths, config_support::AVAILABLE);
    let problem = loaded.problems.first().expect("a problem");
    assert_eq!(problem.severity, Severity::Error);
    assert!(
        problem.to_string().ends_with("typo.ron: does not exist"),
        "{problem}"
    );
    assert!(loaded.settings.allow_quit);
}
