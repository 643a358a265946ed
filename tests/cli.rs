//! The command-line tools for installers, run as a separate process like IT runs them.

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
            .contains("content is clean: 11 pages in 2 languages")
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
