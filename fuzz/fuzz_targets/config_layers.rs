//! The layered loader on any bytes in any layer, through real files: the input is split at
//! each 0xFE byte into config.ron, two config.d drop-ins, the nurses' settings.ron and its
//! last good copy (a part that is not there is a file that is not there).
//!
//! Usable settings, every problem in a file that exists, every rejected file reported as an
//! error with its position, and the same settings as a kiosk without the rejected files.

#![no_main]

mod common;

use std::path::PathBuf;
use std::sync::OnceLock;

use immuno_kiosk::config::{ConfigPaths, LayerStatus, LoadedConfig, Severity, check_config, load};
use libfuzzer_sys::fuzz_target;

const AVAILABLE: &[&str] = &["ja", "en"];

fn root() -> &'static tempfile::TempDir {
    static ROOT: OnceLock<tempfile::TempDir> = OnceLock::new();
    ROOT.get_or_init(|| tempfile::tempdir().expect("temporary directory"))
}

fn paths() -> ConfigPaths {
    let root = root().path();
    ConfigPaths {
        etc_file: root.join("etc/config.ron"),
        etc_file_required: false,
        etc_dropin_dir: Some(root.join("etc/config.d")),
        state_dir: Some(root.join("state")),
    }
}

/// The five files, in the order the input gives them.
fn files(paths: &ConfigPaths) -> [PathBuf; 5] {
    let dropins = paths.etc_dropin_dir.clone().expect("drop-in dir");
    [
        paths.etc_file.clone(),
        dropins.join("10-a.ron"),
        dropins.join("20-b.ron"),
        paths.settings_file().expect("state dir"),
        paths.backup_file().expect("state dir"),
    ]
}

/// Writes `parts` (removing the files of missing parts) and loads.
fn load_parts(parts: &[Option<&[u8]>]) -> LoadedConfig {
    let paths = paths();
    for (file, part) in files(&paths).iter().zip(parts) {
        std::fs::create_dir_all(file.parent().expect("parent")).expect("dir");
        match part {
            Some(bytes) => std::fs::write(file, bytes).expect("write"),
            None => {
                let _ = std::fs::remove_file(file);
            }
        }
    }
    load(&paths, AVAILABLE)
}

fuzz_target!(|data: &[u8]| {
    let mut parts: Vec<Option<&[u8]>> = data.split(|b| *b == 0xFE).map(Some).collect();
    parts.resize(5, None);
    parts.truncate(5);
    let loaded = load_parts(&parts);
    let paths = paths();
    let files = files(&paths);

    common::assert_usable(&loaded.settings, AVAILABLE);
    common::assert_usable(&loaded.below_local, AVAILABLE);
    for problem in &loaded.problems {
        assert!(!problem.message.trim().is_empty());
        let index = files.iter().position(|f| *f == problem.path);
        let Some(index) = index else {
            panic!("a problem in a file that was not written: {problem}");
        };
        assert!(parts[index].is_some(), "{problem}");
    }
    let mut rejected = [false; 5];
    for report in &loaded.layers {
        let Some(index) = files
            .iter()
            .position(|f| Some(f.as_path()) == report.layer.path())
        else {
            continue;
        };
        let errors: Vec<_> = loaded
            .problems
            .iter()
            .filter(|p| p.path == files[index] && p.severity == Severity::Error)
            .collect();
        if let LayerStatus::Error { message, .. } = &report.status {
            rejected[index] = true;
            assert_eq!(errors.len(), 1, "{errors:?}");
            assert_eq!(&errors[0].message, message);
            assert!(
                errors[0].line.is_some() && errors[0].col.is_some(),
                "{}",
                errors[0]
            );
        } else {
            assert!(errors.is_empty(), "{errors:?}");
        }
    }

    // A rejected file costs only itself: the kiosk without it (the nurses' file replaced by
    // its last good copy) runs on the same settings.
    let mut fallback: Vec<Option<&[u8]>> = parts
        .iter()
        .zip(rejected)
        .map(|(part, rejected)| part.filter(|_| !rejected))
        .collect();
    if rejected[3] {
        fallback[3] = parts[4];
    }
    fallback[4] = None;
    let report = check_config(None, &paths, AVAILABLE);
    let expected = load_parts(&fallback);
    assert_eq!(loaded.settings, expected.settings);
    let errors = loaded
        .problems
        .iter()
        .any(|p| p.severity == Severity::Error);
    let code = match (errors, loaded.problems.is_empty()) {
        (true, _) => 2,
        (false, true) => 0,
        (false, false) => 1,
    };
    assert_eq!(report.exit_code, code, "{}", report.text);
});
