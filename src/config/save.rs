//! Saving the nurses' layer: atomic, with a last-known-good copy, never over a broken file.

use std::fmt::Write as _;
use std::fs;
use std::io;
use std::path::{Path, PathBuf};
use std::time::{SystemTime, UNIX_EPOCH};

use ron::Value;

use super::fields::{Field, Partial, value_ron};
use super::files::{sync_dir, write_atomically};
use super::load::{LoadedConfig, load, local_on_disk};
use super::paths::{ConfigPaths, SETTINGS_FILE_NAME, STATE_DIR_ENV};
use super::read::{LayerKind, parse_layer};
use super::settings::Settings;
use super::validate::Available;

/// Why the nurses' settings were not saved. Nothing on disk changed unless it says so.
#[derive(Debug, thiserror::Error)]
pub enum SaveError {
    /// No state directory could be determined.
    #[error(
        "there is no directory to save settings in; set {STATE_DIR_ENV}, or run the kiosk \
         as a systemd service with StateDirectory=immuno-kiosk"
    )]
    NoStateDir,
    /// The current `settings.ron` cannot be read or parsed, so it is left alone.
    #[error(
        "{}{}: {message}. It was left untouched and nothing was saved: fix or remove it, or \
         choose to replace it (it is then kept as {}.broken-<time>)",
        path.display(),
        position(*line, *col),
        path.display()
    )]
    ExistingFileBroken {
        /// The broken file.
        path: PathBuf,
        /// Where it breaks, when known.
        line: Option<usize>,
        /// Where it breaks, when known.
        col: Option<usize>,
        /// What is wrong with it.
        message: String,
    },
    /// The field is locked by /etc and cannot be saved in the nurses' layer.
    #[error("{key} is locked by hospital IT in /etc/immuno-kiosk and cannot be set here")]
    Locked {
        /// The locked field.
        key: String,
    },
    /// `set_pin_hash` was given something that is not a usable argon2id hash.
    #[error("not a usable PIN hash: {0}")]
    InvalidPinHash(String),
    /// The settings could not be written as RON (for example a non-UTF-8 content path).
    #[error("the settings cannot be written as RON: {0}")]
    Serialize(String),
    /// Reading or writing a file failed.
    #[error("{}: {source}", path.display())]
    Io {
        /// The file or directory.
        path: PathBuf,
        /// The error.
        source: io::Error,
    },
}

fn position(line: Option<usize>, col: Option<usize>) -> String {
    match (line, col) {
        (Some(line), Some(col)) => format!(":{line}:{col}"),
        (Some(line), None) => format!(":{line}"),
        _ => String::new(),
    }
}

fn io_error(path: &Path) -> impl FnOnce(io::Error) -> SaveError + '_ {
    move |source| SaveError::Io {
        path: path.to_path_buf(),
        source,
    }
}

/// What to do when the current `settings.ron` cannot be parsed.
#[derive(Clone, Copy, Debug, PartialEq, Eq)]
pub enum IfBroken {
    /// Refuse with [`SaveError::ExistingFileBroken`] (the default).
    Refuse,
    /// Rename it to `settings.ron.broken-<unix-time>`, then save. Only on an explicit choice.
    Replace,
}

/// Saves the nurses' changes: [`save_local_with`] with [`IfBroken::Refuse`].
///
/// # Errors
/// See [`SaveError`].
pub fn save_local(
    paths: &ConfigPaths,
    loaded: &LoadedConfig,
    draft: &Settings,
) -> Result<(), SaveError> {
    save_local_with(paths, loaded, draft, IfBroken::Refuse)
}

/// Saves the nurses' layer so that loading again gives `draft` (except for locked fields).
///
/// Writes only unlocked fields that differ from `loaded.below_local`, so IT changes to other
/// fields still take effect. A field the nurse left unchanged since `loaded` keeps whatever
/// the file holds now, so a concurrent `set-pin` is not undone. Keys this version does not
/// know are kept. The previous file is kept as `settings.ron.bak`; both are written
/// atomically. Saving identical content writes nothing.
///
/// # Errors
/// See [`SaveError`]; on error the files on disk are as before (apart from a broken file
/// renamed by [`IfBroken::Replace`]).
pub fn save_local_with(
    paths: &ConfigPaths,
    loaded: &LoadedConfig,
    draft: &Settings,
    if_broken: IfBroken,
) -> Result<(), SaveError> {
    let (Some(dir), Some(file), Some(backup)) =
        (&paths.state_dir, paths.settings_file(), paths.backup_file())
    else {
        return Err(SaveError::NoStateDir);
    };
    fs::create_dir_all(dir).map_err(io_error(dir))?;
    // Serialises read-modify-write with other savers (`immuno-kiosk set-pin` while the kiosk
    // runs); released when `_lock` is dropped, or by the OS if the process dies.
    let lock_path = dir.join(format!(".{SETTINGS_FILE_NAME}.lock"));
    let _lock = fs::OpenOptions::new()
        .create(true)
        .truncate(false)
        .write(true)
        .open(&lock_path)
        .and_then(|lock| lock.lock().map(|()| lock))
        .map_err(io_error(&lock_path))?;
    let (previous, on_disk, unknown) = match local_on_disk(&file) {
        Ok(Some((text, parsed))) => (Some(text), parsed.values, parsed.unknown),
        Ok(None) => (None, Partial::default(), Vec::new()),
        Err(error) if if_broken == IfBroken::Replace => {
            move_aside(&file)?;
            tracing::warn!("replacing unusable {}: {}", file.display(), error.message);
            (None, Partial::default(), Vec::new())
        }
        Err(error) => {
            return Err(SaveError::ExistingFileBroken {
                path: file,
                line: error.line,
                col: error.col,
                message: error.message,
            });
        }
    };
    let mut to_save = Partial::for_saving(
        draft,
        &loaded.settings,
        &on_disk,
        &loaded.below_local,
        &loaded.locked,
    );
    // Loading fits the default locale to the locales, so the one below may be a fitted one
    // and the one on disk may be one loading refused: the draft's, as the nurse saw it, is
    // saved unless loading gives it anyway.
    if !loaded.locked.contains("default_locale") {
        let below = &loaded.below_local;
        let given_anyway =
            draft.default_locale == below.default_locale && draft.locales == below.locales;
        to_save.default_locale = (!given_anyway).then(|| draft.default_locale.clone());
    }
    let text = render(&to_save, &unknown)?;
    if let Err(error) = parse_layer(&text, LayerKind::Local, &Available::new(&[])) {
        return Err(SaveError::Serialize(format!(
            "the text does not parse back: {}",
            error.message
        )));
    }
    if previous.as_deref() == Some(text.as_str()) {
        return Ok(());
    }
    if let Some(previous) = previous {
        write_atomically(&backup, previous.as_bytes()).map_err(io_error(&backup))?;
    }
    write_atomically(&file, text.as_bytes()).map_err(io_error(&file))?;
    tracing::info!("saved staff settings to {}", file.display());
    Ok(())
}

/// Stores a new staff PIN hash in the nurses' layer, keeping its other fields
/// (for `immuno-kiosk set-pin`).
///
/// # Errors
/// [`SaveError::InvalidPinHash`] unless `hash` is a usable argon2id PHC string,
/// [`SaveError::Locked`] if /etc locks `staff_pin_hash`, else as [`save_local`].
pub fn set_pin_hash(paths: &ConfigPaths, hash: &str) -> Result<(), SaveError> {
    super::pin::check_phc(hash).map_err(SaveError::InvalidPinHash)?;
    let loaded = load(paths, &[]);
    if loaded.is_locked(Field::StaffPinHash) {
        return Err(SaveError::Locked {
            key: Field::StaffPinHash.name().to_owned(),
        });
    }
    let mut draft = loaded.settings.clone();
    draft.staff_pin_hash = Some(hash.to_owned());
    save_local(paths, &loaded, &draft)
}

/// The header of every saved file.
const HEADER: &str = "\
// immuno-kiosk: settings saved from the staff screen.
// Only values that differ from /etc/immuno-kiosk/ are kept here, so that hospital IT's
// later changes to the other values still take effect. The previous version of this file
// is settings.ron.bak. Check any hand edit with `immuno-kiosk check-config`.
";

/// The file's text: header, then one line per field.
fn render(values: &Partial, unknown: &[(String, Value)]) -> Result<String, SaveError> {
    let serialize = |e: ron::Error| SaveError::Serialize(e.to_string());
    let mut text = format!("{HEADER}(\n");
    for (field, value) in values.entries_ron(false).map_err(serialize)? {
        let _ = writeln!(text, "    {}: {value},", field.name());
    }
    let mut kept = unknown
        .iter()
        .filter(|(key, _)| is_identifier(key))
        .peekable();
    if kept.peek().is_some() {
        text.push_str("    // Keys this version of immuno-kiosk does not know, kept as found:\n");
    }
    for (key, value) in kept {
        let _ = writeln!(text, "    {key}: {},", value_ron(value).map_err(serialize)?);
    }
    for (key, _) in unknown.iter().filter(|(key, _)| !is_identifier(key)) {
        tracing::error!("dropping unknown key {key:?}: it cannot be written back as a field name");
    }
    text.push_str(")\n");
    Ok(text)
}

/// Whether `key` can be written unquoted as a RON field name.
fn is_identifier(key: &str) -> bool {
    let mut chars = key.chars();
    chars
        .next()
        .is_some_and(|c| c.is_ascii_alphabetic() || c == '_')
        && chars.all(|c| c.is_ascii_alphanumeric() || c == '_')
}

/// Renames a broken file to `<name>.broken-<unix-time>` (never over an existing file).
fn move_aside(file: &Path) -> Result<(), SaveError> {
    let secs = SystemTime::now()
        .duration_since(UNIX_EPOCH)
        .map_or(0, |d| d.as_secs());
    let base = format!("{}.broken-{secs}", file.display());
    for attempt in 0..1000_u32 {
        let candidate = PathBuf::from(if attempt == 0 {
            base.clone()
        } else {
            format!("{base}-{attempt}")
        });
        if fs::symlink_metadata(&candidate).is_ok() {
            continue;
        }
        fs::rename(file, &candidate).map_err(io_error(file))?;
        if let Some(dir) = file.parent() {
            sync_dir(dir).map_err(io_error(dir))?;
        }
        tracing::warn!(
            "kept the unusable {} as {}",
            file.display(),
            candidate.display()
        );
        return Ok(());
    }
    Err(SaveError::Io {
        path: file.to_path_buf(),
        source: io::Error::new(
            io::ErrorKind::AlreadyExists,
            "too many broken copies already",
        ),
    })
}
