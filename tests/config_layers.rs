//! Layering: defaults < config.ron < config.d (name order) < the nurses' file, locks,
//! `--config`, origins, and where the state directory comes from.

mod config_support;

use std::ffi::OsString;
use std::path::{Path, PathBuf};

use config_support::{AVAILABLE, Kiosk, problems_in, write};
use immuno_kiosk::config::{ConfigPaths, Layer, LayerStatus, Settings, load};

#[test]
fn later_layers_win_field_by_field() {
    let kiosk = Kiosk::new();
    write(
        &kiosk.etc_file(),
        "(idle_timeout_secs: 300, idle_warning_secs: 40, high_contrast: true)",
    );
    // Written out of name order, to show that name order is what counts.
    write(&kiosk.dropin("20-b.ron"), "(idle_timeout_secs: 500)");
    write(
        &kiosk.dropin("10-a.ron"),
        "(idle_timeout_secs: 400, show_cursor: true)",
    );
    write(&kiosk.dropin("README.txt"), "not RON, and ignored");
    write(
        &kiosk.dropin("30-c.ron.dpkg-old"),
        "(idle_timeout_secs: 999)",
    );
    write(&kiosk.dropin(".#40-d.ron"), "an editor's lock file");
    write(&kiosk.local(), "(idle_warning_secs: 60)");

    let loaded = kiosk.load();

    assert_eq!(loaded.problems, vec![]);
    let expected = Settings {
        idle_timeout_secs: 500,
        idle_warning_secs: 60,
        high_contrast: true,
        show_cursor: true,
        ..Settings::default()
    };
    assert_eq!(loaded.settings, expected);
    assert_eq!(
        loaded.below_local,
        Settings {
            idle_warning_secs: 40,
            ..expected.clone()
        }
    );

    let origin = |field: &str| loaded.origin.get(field).cloned();
    assert_eq!(
        origin("idle_timeout_secs"),
        Some(Layer::DropIn(kiosk.dropin("20-b.ron")))
    );
    assert_eq!(
        origin("show_cursor"),
        Some(Layer::DropIn(kiosk.dropin("10-a.ron")))
    );
    assert_eq!(
        origin("high_contrast"),
        Some(Layer::System(kiosk.etc_file()))
    );
    assert_eq!(
        origin("idle_warning_secs"),
        Some(Layer::Local(kiosk.local()))
    );
    assert_eq!(origin("allow_quit"), Some(Layer::Default));
    assert_eq!(
        loaded.origin.len(),
        immuno_kiosk::config::FIELD_NAMES.len(),
        "every field has an origin"
    );

    let layers: Vec<Layer> = loaded.layers.iter().map(|r| r.layer.clone()).collect();
    assert_eq!(
        layers,
        vec![
            Layer::Default,
            Layer::System(kiosk.etc_file()),
            Layer::DropIn(kiosk.dropin("10-a.ron")),
            Layer::DropIn(kiosk.dropin("20-b.ron")),
            Layer::Local(kiosk.local()),
        ]
    );
    assert!(
        loaded
            .layers
            .iter()
            .all(|r| r.status == LayerStatus::Loaded)
    );
}

#[test]
fn a_fresh_machine_runs_on_the_defaults() {
    let kiosk = Kiosk::new();
    let loaded = kiosk.load();
    assert_eq!(loaded.settings, Settings::default());
    assert_eq!(loaded.problems, vec![]);
    assert_eq!(
        loaded.layers.get(1).map(|r| r.status.clone()),
        Some(LayerStatus::Absent)
    );
}

#[test]
fn locked_keys_are_ignored_in_the_nurses_file() {
    let kiosk = Kiosk::new();
    write(
        &kiosk.etc_file(),
        "(idle_timeout_secs: 300, locked: [\"idle_timeout_secs\"])",
    );
    write(&kiosk.dropin("10-lock.ron"), "(locked: [\"allow_quit\"])");
    write(
        &kiosk.local(),
        "(\n    allow_quit: true,\n    idle_timeout_secs: 900,\n    high_contrast: true,\n)\n",
    );

    let loaded = kiosk.load();

    assert_eq!(loaded.settings.idle_timeout_secs, 300);
    assert!(!loaded.settings.allow_quit);
    assert!(loaded.settings.high_contrast, "unlocked fields still apply");
    let locked: Vec<&str> = loaded.locked.iter().map(String::as_str).collect();
    assert_eq!(locked, ["allow_quit", "idle_timeout_secs"]);
    let shown: Vec<String> = problems_in(&loaded, &kiosk.local())
        .iter()
        .map(ToString::to_string)
        .collect();
    let local = kiosk.local().display().to_string();
    assert_eq!(
        shown,
        [
            format!(
                "{local}:2:5: allow_quit is locked by hospital IT in /etc; this value is ignored"
            ),
            format!(
                "{local}:3:5: idle_timeout_secs is locked by hospital IT in /etc; this value is ignored"
            ),
        ]
    );
}

#[test]
fn nurses_cannot_lock_keys() {
    let kiosk = Kiosk::new();
    write(
        &kiosk.local(),
        "(locked: [\"allow_quit\"], allow_quit: true)",
    );
    let loaded = kiosk.load();
    assert!(loaded.locked.is_empty());
    assert!(loaded.settings.allow_quit);
    assert!(
        loaded
            .problems
            .iter()
            .any(|p| p.message.contains("only files in /etc can lock"))
    );
}

#[test]
fn the_config_option_replaces_both_etc_layers() {
    let kiosk = Kiosk::new();
    write(&kiosk.etc_file(), "(idle_timeout_secs: 300)");
    write(&kiosk.dropin("10-a.ron"), "(high_contrast: true)");
    let test_file = kiosk.dir.path().join("test.ron");
    write(&test_file, "(show_cursor: true)");
    let state = kiosk.paths.state_dir.clone().expect("state dir");
    write(&kiosk.local(), "(allow_quit: true)");

    let env = |name: &str| (name == "IMMUNO_KIOSK_STATE_DIR").then(|| OsString::from(&state));
    let paths = ConfigPaths::resolve_with(Some(&test_file), env);
    assert_eq!(paths.etc_file, test_file);
    assert_eq!(paths.etc_dropin_dir, None);
    let loaded = load(&paths, AVAILABLE);

    assert_eq!(loaded.problems, vec![]);
    assert_eq!(
        loaded.settings,
        Settings {
            show_cursor: true,
            allow_quit: true,
            ..Settings::default()
        },
        "neither config.ron nor config.d applies; the nurses' file still does"
    );
}

#[test]
fn a_new_drop_in_takes_effect_on_the_next_start() {
    let kiosk = Kiosk::new();
    write(&kiosk.etc_file(), "(idle_timeout_secs: 300)");
    assert_eq!(kiosk.load().settings.idle_timeout_secs, 300);

    write(
        &kiosk.dropin("50-fleet.ron"),
        "(idle_timeout_secs: 600, locales: [\"en\", \"ja\"])",
    );
    let loaded = kiosk.load();

    assert_eq!(loaded.settings.idle_timeout_secs, 600);
    assert_eq!(loaded.settings.locales, ["en", "ja"]);
    assert_eq!(
        loaded.origin.get("locales"),
        Some(&Layer::DropIn(kiosk.dropin("50-fleet.ron")))
    );
}

#[test]
fn the_default_locale_follows_the_enabled_locales() {
    let kiosk = Kiosk::new();
    write(&kiosk.etc_file(), "(\n    locales: [\"en\"],\n)");
    let loaded = kiosk.load();
    assert_eq!(loaded.settings.default_locale, "en");
    assert_eq!(loaded.below_local.default_locale, "en");
    let problem = loaded.problems.first().expect("a warning");
    assert_eq!(
        (problem.path.as_path(), problem.line, problem.col),
        (kiosk.etc_file().as_path(), Some(2), Some(5))
    );
    assert!(
        problem
            .message
            .contains("\"ja\" is not one of locales (en); using \"en\""),
        "{problem}"
    );
}

#[test]
fn default_locales_missing_from_the_content_are_dropped() {
    let kiosk = Kiosk::new();
    let loaded = load(&kiosk.paths, &["ja"]);
    assert_eq!(loaded.settings.locales, ["ja"]);
    assert!(
        loaded
            .problems
            .iter()
            .any(|p| p.path == Path::new("(built-in defaults)"))
    );
}

#[test]
fn a_broken_nurse_file_falls_back_to_its_last_known_good_copy() {
    let kiosk = Kiosk::new();
    write(&kiosk.local(), "(allow_quit: true,");
    let backup = kiosk.paths.backup_file().expect("state dir");
    write(&backup, "(allow_quit: true, high_contrast: true)");
    let loaded = kiosk.load();
    assert!(loaded.settings.allow_quit && loaded.settings.high_contrast);
    assert_eq!(
        loaded.origin.get("allow_quit"),
        Some(&Layer::Local(backup.clone()))
    );
    assert!(
        loaded
            .problems
            .iter()
            .any(|p| p.message.contains("last known good copy"))
    );
    assert!(matches!(
        loaded.layers.get(2).map(|r| &r.status),
        Some(LayerStatus::Error { line: Some(1), .. })
    ));
}

#[test]
fn the_state_directory_comes_from_the_environment_in_order() {
    let env = |pairs: &'static [(&'static str, &'static str)]| {
        move |name: &str| {
            pairs
                .iter()
                .find(|(k, _)| *k == name)
                .map(|(_, v)| OsString::from(v))
        }
    };
    let both = ConfigPaths::resolve_with(
        None,
        env(&[
            ("IMMUNO_KIOSK_STATE_DIR", "/srv/kiosk"),
            ("STATE_DIRECTORY", "/var/lib/immuno-kiosk"),
        ]),
    );
    assert_eq!(both.state_dir, Some(PathBuf::from("/srv/kiosk")));
    assert_eq!(
        both.settings_file(),
        Some(PathBuf::from("/srv/kiosk/settings.ron"))
    );
    assert_eq!(both.etc_file, PathBuf::from("/etc/immuno-kiosk/config.ron"));
    assert_eq!(
        both.etc_dropin_dir,
        Some(PathBuf::from("/etc/immuno-kiosk/config.d"))
    );

    let systemd = ConfigPaths::resolve_with(
        None,
        env(&[("STATE_DIRECTORY", "/var/lib/immuno-kiosk:/var/lib/other")]),
    );
    assert_eq!(
        systemd.state_dir,
        Some(PathBuf::from("/var/lib/immuno-kiosk"))
    );

    let platform = ConfigPaths::resolve_with(None, env(&[("IMMUNO_KIOSK_STATE_DIR", "")]));
    if let Some(dir) = platform.state_dir {
        assert!(dir.ends_with("immuno-kiosk"), "{}", dir.display());
    }
}

#[test]
fn a_drop_in_directory_that_is_a_file_is_reported() {
    let kiosk = Kiosk::new();
    let dir = kiosk.paths.etc_dropin_dir.clone().expect("drop-in dir");
    std::fs::remove_dir(&dir).expect("removed");
    write(&dir, "(idle_timeout_secs: 999)");
    write(&kiosk.etc_file(), "(idle_timeout_secs: 300)");
    let loaded = kiosk.load();
    assert_eq!(loaded.settings.idle_timeout_secs, 300);
    let problem = problems_in(&loaded, &dir)
        .into_iter()
        .next()
        .expect("reported");
    assert!(
        problem.message.contains("is a file, not a directory"),
        "{problem}"
    );
}
