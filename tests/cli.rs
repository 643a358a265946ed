//! The command-line tools for installers, run as a separate process like IT runs them.

#![allow(
    clippy::expect_used,
    reason = "test helpers: a failed expect is a failed test (allow-expect-in-tests covers only #[test] functions)"
)]

use std::io::Write as _;
use std::process::{Command, Stdio};

fn kiosk() -> Command {
    let mut command = Command::new(env!("CARGO_BIN_EXE_immuno-kiosk"));
    // Never the machine's own /etc or state: an empty state directory.
    command.env(
        "IMMUNO_KIOSK_STATE_DIR",
        std::env::temp_dir().join("immuno-kiosk-cli-test-none"),
    );
    command
}

#[test]
fn the_default_config_piped_into_check_config_is_clean() {
    let printed = kiosk().arg("print-default-config").output().expect("runs");
    assert!(printed.status.success());
    let mut check = kiosk()
        .args(["check-config", "/dev/stdin"])
        .stdin(Stdio::piped())
        .stdout(Stdio::piped())
        .spawn()
        .expect("runs");
    check
        .stdin
        .take()
        .expect("stdin")
        .write_all(&printed.stdout)
        .expect("piped");
    let checked = check.wait_with_output().expect("finishes");
    let report = String::from_utf8_lossy(&checked.stdout);
    assert_eq!(checked.status.code(), Some(0), "{report}");
    assert!(report.contains("0 warning(s), 0 error(s)"), "{report}");
}

#[test]
fn check_config_names_the_file_line_and_column_and_exits_2_on_errors() {
    let dir = tempfile::tempdir().expect("temp dir");
    let file = dir.path().join("config.ron");
    std::fs::write(
        &file,
        "(\n    idle_timeout_secs: 60,\n    locales: [\"ja\",, ],\n)\n",
    )
    .expect("write");
    let output = kiosk()
        .arg("check-config")
        .arg(&file)
        .output()
        .expect("runs");
    let report = String::from_utf8_lossy(&output.stdout);
    assert_eq!(output.status.code(), Some(2), "{report}");
    assert!(
        report.contains(&format!("{}:3:", file.display())),
        "{report}"
    );
}

#[test]
fn check_config_exits_1_on_warnings() {
    let dir = tempfile::tempdir().expect("temp dir");
    let file = dir.path().join("config.ron");
    std::fs::write(&file, "(idle_timeout_secs: 5, colour: \"blue\")\n").expect("write");
    let output = kiosk()
        .arg("check-config")
        .arg(&file)
        .output()
        .expect("runs");
    let report = String::from_utf8_lossy(&output.stdout);
    assert_eq!(output.status.code(), Some(1), "{report}");
    assert!(
        report.contains("idle_timeout_secs: 30"),
        "clamped to the minimum: {report}"
    );
}

#[test]
fn check_config_says_each_problem_once_on_stdout_and_nothing_on_stderr() {
    let dir = tempfile::tempdir().expect("temp dir");
    let file = dir.path().join("config.ron");
    std::fs::write(&file, "(colour: \"blue\")\n").expect("write");
    let output = kiosk()
        .arg("check-config")
        .arg(&file)
        .output()
        .expect("runs");
    let report = String::from_utf8_lossy(&output.stdout);
    let log = String::from_utf8_lossy(&output.stderr);
    assert_eq!(output.status.code(), Some(1), "{report}");
    assert_eq!(report.matches("colour").count(), 1, "{report}");
    assert!(!log.contains("colour"), "printed, so not logged too: {log}");
}

#[test]
fn check_content_is_clean_on_the_shipped_content_and_fails_on_a_broken_folder() {
    let clean = kiosk().arg("check-content").output().expect("runs");
    assert!(
        clean.status.success(),
        "{}",
        String::from_utf8_lossy(&clean.stdout)
    );
    assert!(
        String::from_utf8_lossy(&clean.stdout)
            .contains("content is clean: 11 pages in 10 languages")
    );

    let fixture = concat!(
        env!("CARGO_MANIFEST_DIR"),
        "/tests/fixtures/content/insecure_link"
    );
    let broken = kiosk()
        .args(["check-content", fixture])
        .output()
        .expect("runs");
    let report = String::from_utf8_lossy(&broken.stdout);
    assert_eq!(broken.status.code(), Some(1), "{report}");
    assert!(report.contains("assets/content.ron:"), "{report}");
    assert!(report.contains("https://"), "{report}");
}

#[test]
fn version_and_help_name_the_commands() {
    let version = kiosk().arg("--version").output().expect("runs");
    assert!(String::from_utf8_lossy(&version.stdout).contains(env!("CARGO_PKG_VERSION")));
    let help = kiosk().arg("--help").output().expect("runs");
    let help = String::from_utf8_lossy(&help.stdout);
    for command in [
        "check-config",
        "check-content",
        "print-default-config",
        "set-pin",
        "enable-kiosk",
        "--windowed",
    ] {
        assert!(help.contains(command), "{command} in --help");
    }
}

#[test]
fn with_no_display_the_kiosk_says_so_in_one_line_and_exits_1() {
    let out = kiosk()
        .env_remove("DISPLAY")
        .env_remove("WAYLAND_DISPLAY")
        .env_remove("WAYLAND_SOCKET")
        .env("RUST_LOG", "warn")
        .output()
        .expect("runs");
    let stderr = String::from_utf8_lossy(&out.stderr);
    assert_eq!(out.status.code(), Some(1), "{stderr}");
    let errors: Vec<&str> = stderr.lines().filter(|l| l.contains("ERROR")).collect();
    assert_eq!(errors.len(), 1, "{stderr}");
    assert!(
        errors[0].contains("no display: neither WAYLAND_DISPLAY nor DISPLAY is set"),
        "{stderr}"
    );
    assert!(!stderr.contains("panicked"), "{stderr}");
}

/// A copy of the shipped content in a temporary folder, as `--dir` or `content_dir` holds it.
fn content_copy() -> tempfile::TempDir {
    let dir = tempfile::tempdir().expect("temp dir");
    for file in immuno_kiosk::content::ContentSource::embedded().files() {
        let path = dir.path().join(&file.path);
        std::fs::create_dir_all(path.parent().expect("in the folder")).expect("mkdir");
        std::fs::write(path, &file.text).expect("write");
    }
    dir
}

#[test]
fn a_review_sheet_round_trips_only_what_the_reviewer_approved() {
    let content = content_copy();
    let out = tempfile::tempdir().expect("temp dir");
    let facts = out.path().join("FACTS.md");
    std::fs::write(
        &facts,
        "# Facts\n## Core point 1: immunity\nThe body removes cancer cells.\n",
    )
    .expect("facts");
    let exported = kiosk()
        .args(["export-review", "en"])
        .arg(out.path())
        .arg("--content")
        .arg(content.path())
        .arg("--facts")
        .arg(&facts)
        .output()
        .expect("runs");
    assert!(
        exported.status.success(),
        "{}",
        String::from_utf8_lossy(&exported.stderr)
    );
    let sheet = std::fs::read_to_string(out.path().join("review-en.html")).expect("the sheet");
    // The Japanese beside the English, the ids, the facts of the page, the states.
    for shown in [
        "core-1-title",
        "Our bodies use immunity to remove the cancer cells that form in them",
        "<ruby>排除<rt>はいじょ</rt></ruby>",
        "The body removes cancer cells.",
        "not reviewed",
    ] {
        assert!(sheet.contains(shown), "{shown} is not on the sheet");
    }
    // The sheet's approval values, as its Save button writes them.
    let value = |id: &str| {
        let start = sheet
            .find(&format!("value=\"{id} ja="))
            .unwrap_or_else(|| panic!("{id} has no checkbox"))
            + "value=\"".len();
        let end = start + sheet[start..].find('"').expect("closing quote");
        sheet[start..end].to_owned()
    };
    let tampered = value("core-2-title").replace("text=", "text=00");
    let approvals = out.path().join("review-en.txt");
    std::fs::write(
        &approvals,
        format!(
            "# immuno-kiosk review\nlang: en\nby: A. Reviewer\non: 2026-12-10\napprove: {}\napprove: {}\n",
            value("core-1-title"),
            tampered
        ),
    )
    .expect("approvals");
    let imported = kiosk()
        .arg("import-review")
        .arg(&approvals)
        .arg("--dir")
        .arg(content.path())
        .output()
        .expect("runs");
    let said = String::from_utf8_lossy(&imported.stdout);
    // One recorded, one refused, and the exit code says something was refused.
    assert_eq!(imported.status.code(), Some(1), "{said}");
    assert!(said.contains("1 message(s) recorded as reviewed"), "{said}");
    assert!(
        said.contains(
            "not recorded: core-2-title: the translation changed after the sheet was written"
        ),
        "{said}"
    );
    let status =
        std::fs::read_to_string(content.path().join("locales/en/status.ron")).expect("status");
    let line = |id: &str| {
        status
            .lines()
            .find(|l| l.contains(&format!("\"{id}\"")))
            .unwrap_or_default()
            .to_owned()
    };
    assert!(
        line("core-1-title").contains("by: \"A. Reviewer\""),
        "{status}"
    );
    assert!(
        line("core-1-title").contains("on: \"2026-12-10\""),
        "{status}"
    );
    assert!(line("core-2-title").contains("reviewed: None"), "{status}");
    // The content folder still passes the checks, and the kiosk reads the review.
    let source = immuno_kiosk::content::ContentSource::from_dir(content.path()).expect("reads");
    let (library, problems) = immuno_kiosk::content::Library::load(&source).expect("loads");
    assert!(problems.is_empty(), "{problems:?}");
    let en = library.i18n.status("en").expect("en");
    assert_eq!(
        en.count(immuno_kiosk::i18n::status::MessageState::Reviewed),
        1
    );
}

#[test]
fn an_approval_file_that_is_not_one_is_refused_and_nothing_is_written() {
    let content = content_copy();
    let before = std::fs::read(content.path().join("locales/en/status.ron")).expect("status");
    let file = content.path().join("review.txt");
    std::fs::write(&file, "lang: en\nby: A\non: 2026-12-10\n").expect("write");
    let imported = kiosk()
        .arg("import-review")
        .arg(&file)
        .arg("--dir")
        .arg(content.path())
        .output()
        .expect("runs");
    assert_eq!(imported.status.code(), Some(1));
    let said = String::from_utf8_lossy(&imported.stderr);
    assert!(said.contains("not an immuno-kiosk review file"), "{said}");
    let after = std::fs::read(content.path().join("locales/en/status.ron")).expect("status");
    assert_eq!(before, after);
}

#[test]
fn mark_translated_records_a_message_translated_again_and_it_is_no_longer_stale() {
    let content = content_copy();
    let ja = content.path().join("locales/ja/core.ftl");
    let text = std::fs::read_to_string(&ja).expect("read");
    std::fs::write(
        &ja,
        text.replacen("core-1-title = 私たちの", "core-1-title = ", 1),
    )
    .expect("write");
    let lint = || {
        let output = kiosk()
            .arg("check-content")
            .arg(content.path())
            .output()
            .expect("runs");
        String::from_utf8_lossy(&output.stdout).into_owned()
    };
    let before = lint();
    assert!(
        before.contains("locales/en/core.ftl:33: stale: ja changed since this was translated"),
        "{before}"
    );
    let marked = kiosk()
        .args(["mark-translated", "en", "core-1-title", "--dir"])
        .arg(content.path())
        .output()
        .expect("runs");
    assert!(
        marked.status.success(),
        "{}",
        String::from_utf8_lossy(&marked.stderr)
    );
    let after = lint();
    assert!(!after.contains("locales/en/core.ftl:33: stale"), "{after}");
    // An id that is not a message is refused, and nothing is written.
    let wrong = kiosk()
        .args(["mark-translated", "en", "core-99-title", "--dir"])
        .arg(content.path())
        .output()
        .expect("runs");
    assert_eq!(wrong.status.code(), Some(1));
    assert!(
        String::from_utf8_lossy(&wrong.stderr)
            .contains("core-99-title: not a message of both ja and en")
    );
}
