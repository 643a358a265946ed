//! Saving the nurses' layer: only what differs and is unlocked, atomically, with a
//! last-known-good copy, and never over a file that does not parse.

#![allow(
    clippy::expect_used,
    reason = "test helpers: a failed expect is a failed test (allow-expect-in-tests covers only #[test] functions)"
)]

mod config_support;

use std::fs;

use config_support::{Kiosk, write};
use immuno_kiosk::config::{
    ConfigPaths, IfBroken, SaveError, Settings, pin, save_local, save_local_with, set_pin_hash,
    write_atomically,
};

/// Loads, lets `edit` change the draft, saves.
fn save_edit(kiosk: &Kiosk, edit: impl FnOnce(&mut Settings)) -> Result<(), SaveError> {
    let loaded = kiosk.load();
    let mut draft = loaded.settings.clone();
    edit(&mut draft);
    save_local(&kiosk.paths, &loaded, &draft)
}

fn read(path: &std::path::Path) -> String {
    fs::read_to_string(path).expect("readable")
}

#[test]
fn only_changed_unlocked_fields_are_written() {
    let kiosk = Kiosk::new();
    write(
        &kiosk.etc_file(),
        "(idle_timeout_secs: 300, locked: [\"allow_quit\"])",
    );

    save_edit(&kiosk, |draft| {
        draft.idle_warning_secs = 45;
        draft.high_contrast = true;
        draft.allow_quit = true; // locked: silently not saved
    })
    .expect("saved");

    let text = read(&kiosk.local());
    assert!(
        text.starts_with("// immuno-kiosk: settings saved from the staff screen."),
        "{text}"
    );
    assert!(
        text.contains("    idle_warning_secs: 45,\n")
            && text.contains("    high_contrast: true,\n"),
        "{text}"
    );
    for absent in ["idle_timeout_secs", "allow_quit", "locales", "consultation"] {
        assert!(
            !text.contains(absent),
            "{absent} must not be saved:\n{text}"
        );
    }
    let loaded = kiosk.load();
    assert_eq!(loaded.problems, vec![]);
    assert_eq!(
        loaded.settings,
        Settings {
            idle_timeout_secs: 300,
            idle_warning_secs: 45,
            high_contrast: true,
            ..Settings::default()
        }
    );

    // Hospital IT later changes a value the nurses never touched: it takes effect.
    write(
        &kiosk.dropin("50-fleet.ron"),
        "(idle_timeout_secs: 600, idle_warning_secs: 20)",
    );
    let loaded = kiosk.load();
    assert_eq!(
        (
            loaded.settings.idle_timeout_secs,
            loaded.settings.idle_warning_secs
        ),
        (600, 45)
    );
}

#[test]
fn every_field_round_trips() {
    let kiosk = Kiosk::new();
    let hash = pin::hash_pin("2468").expect("hash");
    let desk = immuno_kiosk::config::ConsultationDesk {
        name: "がん相談支援センター".to_owned(),
        location: "本館1階 \"総合受付\"の隣".to_owned(),
        phone: "03-0000-0000".to_owned(),
        hours: "平日 9:00-17:00\n土曜 9:00-12:00".to_owned(),
        url: Some("https://example.jp/soudan".to_owned()),
    };
    let wanted = Settings {
        idle_timeout_secs: 1800,
        idle_warning_secs: 120,
        locales: vec!["en".to_owned(), "ja".to_owned()],
        default_locale: "en".to_owned(),
        default_text_scale: immuno_kiosk::model::TextScale::Largest,
        high_contrast: true,
        show_cursor: true,
        allow_quit: true,
        staff_pin_hash: Some(hash),
        consultation: Some(desk),
        content_dir: Some("/srv/kiosk content".into()),
        usage_counts: false,
        usage_retention_days: 90,
        usage_textfile: Some("/srv/metrics/kiosk.prom".into()),
        usage_textfile_period_secs: 15,
        speech: false,
        speech_device: "plughw:CARD=PCH,DEV=0".to_owned(),
        speech_volume: 3,
        hide_unreviewed_locales: true,
        stale_translations: immuno_kiosk::config::StaleTranslations::Mark,
    };
    save_edit(&kiosk, |draft| *draft = wanted.clone()).expect("saved");
    let loaded = kiosk.load();
    assert_eq!(loaded.problems, vec![], "{}", read(&kiosk.local()));
    assert_eq!(loaded.settings, wanted);

    save_edit(&kiosk, |draft| *draft = Settings::default()).expect("saved");
    assert_eq!(kiosk.load().settings, Settings::default());
    assert!(
        read(&kiosk.local()).ends_with("(\n)\n"),
        "nothing differs, nothing is kept"
    );
}

#[test]
fn the_previous_file_is_kept_as_bak() {
    let kiosk = Kiosk::new();
    let backup = kiosk.paths.backup_file().expect("state dir");
    save_edit(&kiosk, |draft| draft.idle_timeout_secs = 60).expect("first save");
    assert!(!backup.exists(), "there was nothing to back up");
    let first = read(&kiosk.local());

    save_edit(&kiosk, |draft| draft.idle_timeout_secs = 90).expect("second save");
    assert_eq!(read(&backup), first);
    assert!(read(&kiosk.local()).contains("idle_timeout_secs: 90"));

    // Saving the same values again writes nothing, so the backup stays one version back.
    save_edit(&kiosk, |_| {}).expect("third save");
    assert_eq!(read(&backup), first);

    let leftovers: Vec<_> = fs::read_dir(kiosk.paths.state_dir.as_ref().expect("state dir"))
        .expect("state dir")
        .flatten()
        .map(|e| e.file_name().to_string_lossy().into_owned())
        .filter(|name| name.contains("tmp"))
        .collect();
    assert_eq!(leftovers, Vec::<String>::new());
}

#[test]
fn a_file_that_does_not_parse_is_never_overwritten() {
    let kiosk = Kiosk::new();
    let broken = "(\n    idle_timeout_secs: 60\n    allow_quit: true,\n)\n";
    write(&kiosk.local(), broken);
    let loaded = kiosk.load();
    let mut draft = loaded.settings.clone();
    draft.high_contrast = true;

    let error = save_local(&kiosk.paths, &loaded, &draft).expect_err("refused");
    let SaveError::ExistingFileBroken {
        path, line, col, ..
    } = &error
    else {
        panic!("{error}")
    };
    assert_eq!((path, *line, *col), (&kiosk.local(), Some(3), Some(5)));
    assert!(error.to_string().contains("left untouched"), "{error}");
    assert_eq!(read(&kiosk.local()), broken);

    save_local_with(&kiosk.paths, &loaded, &draft, IfBroken::Replace).expect("replaced on request");
    let state = kiosk.paths.state_dir.as_ref().expect("state dir");
    let kept: Vec<_> = fs::read_dir(state)
        .expect("state dir")
        .flatten()
        .filter(|e| {
            e.file_name()
                .to_string_lossy()
                .starts_with("settings.ron.broken-")
        })
        .collect();
    assert_eq!(kept.len(), 1, "the broken file is kept aside");
    assert_eq!(read(&kept.first().expect("one").path()), broken);
    assert!(kiosk.load().settings.high_contrast);
}

#[test]
fn unknown_keys_survive_a_save() {
    let kiosk = Kiosk::new();
    write(
        &kiosk.local(),
        "(future_option: Some((level: 3)), allow_quit: true)",
    );
    save_edit(&kiosk, |draft| draft.show_cursor = true).expect("saved");
    let text = read(&kiosk.local());
    assert!(
        text.contains("    future_option: Some({\n        \"level\": 3,\n    }),\n"),
        "{text}"
    );
    let loaded = kiosk.load();
    assert!(loaded.settings.allow_quit && loaded.settings.show_cursor);
    assert_eq!(
        loaded.problems.len(),
        1,
        "only the unknown key is reported: {:?}",
        loaded.problems
    );

    // Kept again by the next save, unchanged.
    save_edit(&kiosk, |draft| draft.show_cursor = false).expect("saved");
    assert!(
        read(&kiosk.local())
            .contains("    future_option: Some({\n        \"level\": 3,\n    }),\n")
    );
}

#[test]
fn set_pin_keeps_the_other_nurse_fields_and_is_not_undone_by_an_open_staff_screen() {
    let kiosk = Kiosk::new();
    save_edit(&kiosk, |draft| draft.show_cursor = true).expect("saved");
    let staff_screen = kiosk.load();

    let hash = pin::hash_pin("13579").expect("hash");
    set_pin_hash(&kiosk.paths, &hash).expect("pin set");
    let mut draft = staff_screen.settings.clone();
    draft.high_contrast = true;
    save_local(&kiosk.paths, &staff_screen, &draft).expect("saved");

    let loaded = kiosk.load();
    assert!(loaded.settings.show_cursor && loaded.settings.high_contrast);
    let saved = loaded
        .settings
        .staff_pin_hash
        .expect("the new PIN survives");
    assert!(pin::verify_pin(&saved, "13579"));
}

#[test]
fn set_pin_refuses_bad_hashes_and_locked_pins() {
    let kiosk = Kiosk::new();
    assert!(matches!(
        set_pin_hash(&kiosk.paths, "1234"),
        Err(SaveError::InvalidPinHash(_))
    ));
    write(&kiosk.etc_file(), "(locked: [\"staff_pin_hash\"])");
    let hash = pin::hash_pin("1234").expect("hash");
    assert!(matches!(
        set_pin_hash(&kiosk.paths, &hash),
        Err(SaveError::Locked { .. })
    ));
    assert!(!kiosk.local().exists());
}

#[test]
fn without_a_state_directory_loading_works_and_saving_says_why_not() {
    let kiosk = Kiosk::new();
    write(&kiosk.etc_file(), "(allow_quit: true)");
    let paths = ConfigPaths {
        state_dir: None,
        ..kiosk.paths.clone()
    };
    let loaded = immuno_kiosk::config::load(&paths, config_support::AVAILABLE);
    assert!(loaded.settings.allow_quit);
    let error = save_local(&paths, &loaded, &Settings::default()).expect_err("nowhere to save");
    assert!(matches!(error, SaveError::NoStateDir));
    assert!(error.to_string().contains("IMMUNO_KIOSK_STATE_DIR"));
}

#[cfg(unix)]
#[test]
fn write_atomically_replaces_whole_files_and_keeps_them_private() {
    use std::os::unix::fs::PermissionsExt as _;
    let dir = tempfile::tempdir().expect("temp dir");
    let path = dir.path().join("lockout.ron");
    write_atomically(&path, b"(failures: 1)").expect("written");
    assert_eq!(read(&path), "(failures: 1)");
    assert_eq!(
        fs::metadata(&path).expect("meta").permissions().mode() & 0o777,
        0o600
    );

    fs::set_permissions(&path, fs::Permissions::from_mode(0o640)).expect("chmod");
    write_atomically(&path, b"(failures: 2)").expect("replaced");
    assert_eq!(read(&path), "(failures: 2)");
    assert_eq!(
        fs::metadata(&path).expect("meta").permissions().mode() & 0o777,
        0o640
    );
    assert_eq!(
        fs::read_dir(dir.path()).expect("dir").count(),
        1,
        "no temporary file left"
    );

    assert!(write_atomically(&dir.path().join("missing/dir/file"), b"x").is_err());
}

#[test]
fn concurrent_savers_do_not_lose_each_others_fields() {
    let kiosk = Kiosk::new();
    std::thread::scope(|scope| {
        for field in ["idle_timeout_secs", "idle_warning_secs"] {
            let kiosk = &kiosk;
            scope.spawn(move || {
                for i in 0..20 {
                    save_edit(kiosk, |draft| match field {
                        "idle_timeout_secs" => draft.idle_timeout_secs = 100 + i,
                        _ => draft.idle_warning_secs = 50 + i,
                    })
                    .expect("saved");
                }
            });
        }
    });
    let settings = kiosk.load().settings;
    assert_eq!(
        (settings.idle_timeout_secs, settings.idle_warning_secs),
        (119, 69)
    );
}

#[test]
fn the_start_language_shown_is_the_one_saved_when_the_languages_change() {
    // IT enables English only, so loading fits the start language to it.
    let kiosk = Kiosk::new();
    write(&kiosk.etc_file(), "(locales: [\"en\"])");
    assert_eq!(kiosk.load().settings.default_locale, "en");

    save_edit(&kiosk, |draft| {
        draft.locales = vec!["en".to_owned(), "ja".to_owned()];
    })
    .expect("saved");

    let loaded = kiosk.load();
    assert_eq!(loaded.settings.locales, ["en", "ja"]);
    assert_eq!(loaded.settings.default_locale, "en", "as the draft showed");
    assert_eq!(loaded.problems, vec![]);
}

#[test]
fn a_refused_start_language_on_disk_does_not_replace_the_one_shown() {
    let kiosk = Kiosk::new();
    write(
        &kiosk.local(),
        "(default_locale: \"xx\", locales: [\"en\"])",
    );
    assert_eq!(kiosk.load().settings.default_locale, "en");

    save_edit(&kiosk, |draft| {
        draft.locales = vec!["ja".to_owned(), "en".to_owned()];
    })
    .expect("saved");

    let loaded = kiosk.load();
    assert_eq!(loaded.settings.default_locale, "en", "as the draft showed");
    assert_eq!(loaded.problems, vec![]);
}
