//! What loading found: the layers, their status, and problems for the staff screen.

use std::fmt;
use std::path::{Path, PathBuf};

/// Where a setting came from, lowest first.
#[derive(Clone, Debug, PartialEq, Eq, PartialOrd, Ord, Hash)]
pub enum Layer {
    /// The defaults compiled into the kiosk.
    Default,
    /// `/etc/immuno-kiosk/config.ron`, or the file given with `--config`.
    System(PathBuf),
    /// One file of `/etc/immuno-kiosk/config.d/`.
    DropIn(PathBuf),
    /// The settings nurses saved from the staff screen (or its last-known-good copy).
    Local(PathBuf),
}

impl Layer {
    /// The layer's file, if it has one.
    #[must_use]
    pub fn path(&self) -> Option<&Path> {
        match self {
            Self::Default => None,
            Self::System(path) | Self::DropIn(path) | Self::Local(path) => Some(path),
        }
    }
}

impl fmt::Display for Layer {
    fn fmt(&self, f: &mut fmt::Formatter<'_>) -> fmt::Result {
        match self {
            Self::Default => f.write_str("built-in defaults"),
            Self::System(path) => write!(f, "system config {}", path.display()),
            Self::DropIn(path) => write!(f, "drop-in {}", path.display()),
            Self::Local(path) => write!(f, "staff settings {}", path.display()),
        }
    }
}

/// What happened to one layer while loading.
#[derive(Clone, Debug, PartialEq, Eq)]
pub enum LayerStatus {
    /// Read and parsed; individual fields may still have been rejected (see the problems).
    Loaded,
    /// The file does not exist: the layer is simply not in use.
    Absent,
    /// The file could not be read or parsed; none of its values were used.
    Error {
        /// 1-based line of the error, when known.
        line: Option<usize>,
        /// 1-based column (in characters) of the error, when known.
        col: Option<usize>,
        /// What went wrong, in words for hospital IT.
        message: String,
    },
}

/// One layer and its status, in loading order.
#[derive(Clone, Debug, PartialEq, Eq)]
pub struct LayerReport {
    /// Which layer.
    pub layer: Layer,
    /// Whether it was used.
    pub status: LayerStatus,
}

/// How bad a problem is.
#[derive(Clone, Copy, Debug, PartialEq, Eq, PartialOrd, Ord, Hash)]
pub enum Severity {
    /// A value was corrected, dropped or ignored; the rest of the file was used.
    Warning,
    /// A whole file could not be used.
    Error,
}

impl fmt::Display for Severity {
    fn fmt(&self, f: &mut fmt::Formatter<'_>) -> fmt::Result {
        f.write_str(match self {
            Self::Warning => "warning",
            Self::Error => "error",
        })
    }
}

/// A problem found in text, before it is tied to a file: the output of [`parse_settings`].
///
/// [`parse_settings`]: super::parse_settings
#[derive(Clone, Debug, PartialEq, Eq)]
pub struct ParseWarning {
    /// 1-based line, when known.
    pub line: Option<usize>,
    /// 1-based column in characters, when known.
    pub col: Option<usize>,
    /// Whether the whole text was unusable.
    pub severity: Severity,
    /// What was wrong and what was done instead.
    pub message: String,
}

impl ParseWarning {
    /// Ties the warning to the file it was found in.
    #[must_use]
    pub fn in_file(self, path: &Path) -> Problem {
        Problem {
            path: path.to_path_buf(),
            line: self.line,
            col: self.col,
            severity: self.severity,
            message: self.message,
        }
    }
}

/// A problem in one configuration file, shown on the staff screen and by `check-config`.
#[derive(Clone, Debug, PartialEq, Eq)]
pub struct Problem {
    /// The file (for the built-in defaults, a description in parentheses).
    pub path: PathBuf,
    /// 1-based line, when known.
    pub line: Option<usize>,
    /// 1-based column in characters, when known.
    pub col: Option<usize>,
    /// Whether a value or the whole file was lost.
    pub severity: Severity,
    /// What was wrong and what the kiosk did instead. Never contains the PIN hash.
    pub message: String,
}

/// Formats as `path:line:col: message`, the way compilers do, so editors can jump to it.
impl fmt::Display for Problem {
    fn fmt(&self, f: &mut fmt::Formatter<'_>) -> fmt::Result {
        write!(f, "{}", self.path.display())?;
        if let Some(line) = self.line {
            write!(f, ":{line}")?;
            if let Some(col) = self.col {
                write!(f, ":{col}")?;
            }
        }
        write!(f, ": {}", self.message)
    }
}
