//! `check-config`: one file, or the effective layered configuration, explained.

use std::fmt::Write as _;
use std::path::Path;

use super::fields::Partial;
use super::load::{LoadedConfig, load};
use super::paths::ConfigPaths;
use super::report::{LayerStatus, Severity};

/// What `immuno-kiosk check-config` prints, and its exit code.
#[derive(Clone, Debug, PartialEq, Eq)]
pub struct CheckReport {
    /// Each problem as `path:line:col: message`, then the layers, the locked keys, and the
    /// effective values with the layer that set each.
    pub text: String,
    /// 0: clean; 1: warnings (values were corrected or ignored); 2: errors (a file unusable).
    pub exit_code: u8,
}

/// Checks one file on its own (over the built-in defaults), or with `None` the whole
/// layered configuration `paths` describes. Stricter than loading: any warning makes the
/// exit code non-zero, so a rollout script can stop before a fleet runs on fallbacks.
#[must_use]
pub fn check_config(
    path: Option<&Path>,
    paths: &ConfigPaths,
    available_locales: &[&str],
) -> CheckReport {
    let loaded = match path {
        Some(file) => {
            let single = ConfigPaths {
                etc_file: file.to_path_buf(),
                etc_file_required: true,
                etc_dropin_dir: None,
                state_dir: None,
            };
            load(&single, available_locales)
        }
        None => load(paths, available_locales),
    };
    report(&loaded)
}

/// Formats a loaded configuration as a check report.
fn report(loaded: &LoadedConfig) -> CheckReport {
    let mut text = String::new();
    for problem in &loaded.problems {
        let _ = writeln!(text, "{problem}");
    }
    let _ = writeln!(text, "layers:");
    for report in &loaded.layers {
        let status = match &report.status {
            LayerStatus::Loaded => "loaded".to_owned(),
            LayerStatus::Absent => "not present".to_owned(),
            LayerStatus::Error {
                line: Some(line),
                col: Some(col),
                message,
            } => {
                format!("NOT USED, error at {line}:{col}: {message}")
            }
            LayerStatus::Error { message, .. } => format!("NOT USED: {message}"),
        };
        let _ = writeln!(text, "  {}: {status}", report.layer);
    }
    let locked: Vec<&str> = loaded.locked.iter().map(String::as_str).collect();
    let locked = if locked.is_empty() {
        "none".to_owned()
    } else {
        locked.join(", ")
    };
    let _ = writeln!(text, "locked for the staff screen: {locked}");
    let _ = writeln!(text, "effective settings:");
    match Partial::from_settings(&loaded.settings).entries_ron(true) {
        Ok(entries) => {
            for (field, value) in entries {
                let name = field.name();
                let value = match (field.is_secret(), value.as_str()) {
                    // A secret stays out of logs and terminals: a 4-digit PIN is quick to
                    // brute-force from its hash.
                    (true, "None") => "not set".to_owned(),
                    (true, _) => "set".to_owned(),
                    (false, _) => value,
                };
                let origin = loaded
                    .origin
                    .get(name)
                    .map(ToString::to_string)
                    .unwrap_or_default();
                let _ = writeln!(text, "  {name}: {value}  ({origin})");
            }
        }
        Err(e) => {
            let _ = writeln!(text, "  (cannot be shown: {e})");
        }
    }
    let errors = loaded
        .problems
        .iter()
        .filter(|p| p.severity == Severity::Error)
        .count();
    let warnings = loaded.problems.len() - errors;
    let _ = writeln!(text, "{warnings} warning(s), {errors} error(s)");
    let exit_code = match (errors, warnings) {
        (0, 0) => 0,
        (0, _) => 1,
        _ => 2,
    };
    CheckReport { text, exit_code }
}

#[cfg(test)]
mod tests {
    use super::check_config;
    use crate::config::{ConfigPaths, load};

    /// A config file with one unknown key (a warning) and no other problem.
    fn one_warning() -> (tempfile::TempDir, ConfigPaths) {
        let dir = tempfile::tempdir().unwrap();
        let file = dir.path().join("config.ron");
        std::fs::write(&file, "(colour: \"blue\")\n").unwrap();
        let paths = ConfigPaths {
            etc_file: file,
            etc_file_required: true,
            etc_dropin_dir: None,
            state_dir: None,
        };
        (dir, paths)
    }

    #[test]
    fn check_config_reports_each_problem_once_and_logs_nothing() {
        let (_dir, paths) = one_warning();
        let (report, warnings) =
            crate::log_capture::warnings(|| check_config(Some(&paths.etc_file), &paths, &[]));
        assert_eq!(report.exit_code, 1, "{}", report.text);
        assert_eq!(
            report.text.matches("colour").count(),
            1,
            "printed once: {}",
            report.text
        );
        assert!(warnings.is_empty(), "and not logged too: {warnings:#?}");
    }

    #[test]
    fn the_kiosk_logs_each_load_problem_once() {
        let (_dir, paths) = one_warning();
        let (loaded, warnings) = crate::log_capture::warnings(|| load(&paths, &[]));
        assert!(warnings.is_empty(), "loading only reports: {warnings:#?}");
        assert_eq!(loaded.problems.len(), 1, "{:?}", loaded.problems);
        let ((), warnings) = crate::log_capture::warnings(|| loaded.log_problems());
        assert_eq!(warnings.len(), 1, "{warnings:#?}");
        assert!(warnings[0].contains("colour"), "{warnings:#?}");
    }
}
