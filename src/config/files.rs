//! Reading and writing files safely: size limits, no surprises from odd file types,
//! atomic replacement.

use std::fs::{self, File, OpenOptions};
use std::io::{self, Read as _, Write as _};
use std::path::{Path, PathBuf};
use std::sync::atomic::{AtomicU64, Ordering};

use super::position::line_col;
use super::report::{ParseWarning, Severity};

/// Config files larger than this are refused without being read whole.
pub const MAX_CONFIG_BYTES: u64 = 1024 * 1024;

/// What reading a config file gave.
pub(crate) enum ReadOutcome {
    /// There is no such file: the layer is not in use.
    Absent,
    /// The file's text.
    Text(String),
    /// The file exists but cannot be used; the warning has severity `Error`.
    Failed(ParseWarning),
}

fn failed(message: String) -> ReadOutcome {
    ReadOutcome::Failed(ParseWarning {
        line: None,
        col: None,
        severity: Severity::Error,
        message,
    })
}

/// Reads a config file as text, refusing directories, devices, FIFOs, huge and non-UTF-8
/// files with a message that says which.
///
/// `allow_streams` admits pipes and character devices (`check-config /dev/stdin`): only for a
/// file someone named on the command line, never for the layers the kiosk reads at start,
/// where a FIFO could block the start for ever.
pub(crate) fn read_config_file(path: &Path, allow_streams: bool) -> ReadOutcome {
    let metadata = match fs::symlink_metadata(path) {
        Err(e) if e.kind() == io::ErrorKind::NotFound => return ReadOutcome::Absent,
        Err(e) => return failed(format!("cannot be inspected: {e}")),
        Ok(m) if m.file_type().is_symlink() => match fs::metadata(path) {
            Ok(target) => target,
            Err(e) => {
                return failed(format!(
                    "is a symbolic link to a missing or unreadable file: {e}"
                ));
            }
        },
        Ok(m) => m,
    };
    if metadata.is_dir() {
        return failed("is a directory, not a file".to_owned());
    }
    if !metadata.is_file() && !allow_streams {
        // Reading a FIFO or a device could block the kiosk's start for ever.
        return failed("is not a regular file (a device, socket or pipe?)".to_owned());
    }
    if metadata.len() > MAX_CONFIG_BYTES {
        return failed(format!(
            "is {} bytes, more than the limit of {MAX_CONFIG_BYTES} bytes; not read",
            metadata.len()
        ));
    }
    let mut bytes = Vec::new();
    let read =
        File::open(path).and_then(|file| file.take(MAX_CONFIG_BYTES + 1).read_to_end(&mut bytes));
    if let Err(e) = read {
        return failed(format!("cannot be read: {e}"));
    }
    if bytes.len() as u64 > MAX_CONFIG_BYTES {
        return failed(format!(
            "grew past the limit of {MAX_CONFIG_BYTES} bytes while being read"
        ));
    }
    match String::from_utf8(bytes) {
        Ok(text) => match text.strip_prefix('\u{feff}') {
            // Windows editors may start UTF-8 files with a byte-order mark; RON has no use for it.
            Some(rest) => ReadOutcome::Text(rest.to_owned()),
            None => ReadOutcome::Text(text),
        },
        Err(e) => {
            let valid = e.utf8_error().valid_up_to();
            let prefix = e
                .as_bytes()
                .get(..valid)
                .and_then(|b| std::str::from_utf8(b).ok());
            let (line, col) = prefix.map_or((1, 1), |p| line_col(p, p.len()));
            ReadOutcome::Failed(ParseWarning {
                line: Some(line),
                col: Some(col),
                severity: Severity::Error,
                message: "is not UTF-8 text (a binary file?); nothing in this file is used"
                    .to_owned(),
            })
        }
    }
}

/// Replaces `path` with `contents` so that a crash or power cut at any moment leaves either
/// the old or the new file, never a mix or an empty one.
///
/// Writes a temporary file in the same directory, fsyncs it, renames it over `path`, then
/// fsyncs the directory so the rename itself is durable. Keeps the old file's permissions
/// (owner-only for a new file, since settings may hold the PIN hash).
///
/// # Errors
/// Any I/O error; `path` is then unchanged and the temporary file removed where possible.
pub fn write_atomically(path: &Path, contents: &[u8]) -> io::Result<()> {
    static COUNTER: AtomicU64 = AtomicU64::new(0);
    let Some(name) = path.file_name() else {
        return Err(io::Error::new(
            io::ErrorKind::InvalidInput,
            "the path has no file name",
        ));
    };
    let dir = match path.parent() {
        Some(parent) if !parent.as_os_str().is_empty() => parent,
        _ => Path::new("."),
    };
    let temp = dir.join(format!(
        ".{}.tmp-{}-{}",
        name.to_string_lossy(),
        std::process::id(),
        COUNTER.fetch_add(1, Ordering::Relaxed)
    ));
    let result = write_and_rename(&temp, path, dir, contents);
    if result.is_err() {
        // Best effort: the error that matters is the one returned.
        let _ = fs::remove_file(&temp);
    }
    result
}

fn write_and_rename(temp: &Path, path: &Path, dir: &Path, contents: &[u8]) -> io::Result<()> {
    // Truncate rather than create_new: a temp file left by a power cut may share the name
    // once the pid is reused after a reboot.
    let mut file = OpenOptions::new()
        .write(true)
        .create(true)
        .truncate(true)
        .open(temp)?;
    #[cfg(unix)]
    {
        use std::os::unix::fs::PermissionsExt as _;
        let mode = fs::metadata(path).map_or(0o600, |m| m.permissions().mode() & 0o7777);
        file.set_permissions(fs::Permissions::from_mode(mode))?;
    }
    file.write_all(contents)?;
    file.sync_all()?;
    drop(file);
    fs::rename(temp, path)?;
    sync_dir(dir)
}

/// Makes a rename in `dir` durable.
pub(crate) fn sync_dir(dir: &Path) -> io::Result<()> {
    #[cfg(unix)]
    {
        File::open(dir)?.sync_all()
    }
    #[cfg(not(unix))]
    {
        let _ = dir; // Windows cannot open a directory this way; NTFS journals the rename.
        Ok(())
    }
}

/// The `*.ron` files of a drop-in directory in name order; hidden files are skipped (editor
/// and lock files). `Ok(empty)` if the directory does not exist.
pub(crate) fn dropin_files(dir: &Path) -> Result<Vec<PathBuf>, String> {
    let entries = match fs::read_dir(dir) {
        Err(e) if e.kind() == io::ErrorKind::NotFound => return Ok(Vec::new()),
        Err(_) if dir.is_file() => return Err("is a file, not a directory".to_owned()),
        Err(e) => return Err(format!("cannot be listed: {e}")),
        Ok(entries) => entries,
    };
    let mut files = Vec::new();
    for entry in entries {
        let entry = entry.map_err(|e| format!("cannot be listed: {e}"))?;
        let name = entry.file_name();
        let path = entry.path();
        let is_ron = path.extension().is_some_and(|ext| ext == "ron");
        if is_ron && !name.to_string_lossy().starts_with('.') {
            files.push(path);
        } else {
            tracing::debug!("ignoring {} (not a *.ron file)", path.display());
        }
    }
    files.sort_by(|a, b| a.file_name().cmp(&b.file_name()));
    Ok(files)
}
