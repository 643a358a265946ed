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
