//! Where the words and the structure come from: the copies embedded in the binary, or a
//! directory laid out like the repository's `locales/` and `assets/`.
//!
//! The bottom layer of the content: `i18n` builds its bundles from it, `content` its
//! structure, and `lint` checks it, and it imports none of them.

mod embedded;

use std::path::{Path, PathBuf};

pub use embedded::EMBEDDED_LOCALES;

/// The reference locale: complete by definition, the fallback for every other, and the one
/// every other locale is compared with.
pub const REFERENCE_LOCALE: &str = "ja";

/// Placeables (and call arguments) nested deeper than this are not parsed. The Fluent
/// parser recurses once per level, and a few hundred levels overflow the stack, which aborts
/// the process instead of panicking; real messages nest two or three deep.
pub const MAX_FLUENT_NESTING: usize = 16;

/// One text file and the path it is reported under (`locales/ja/core.ftl`).
#[derive(Clone, Debug, PartialEq, Eq)]
pub struct SourceFile {
    /// Path shown in messages, relative to the content root.
    pub path: String,
    /// The file's text.
    pub text: String,
}

impl SourceFile {
    /// The 1-based line where this Fluent text nests `{ .. }` (or `( .. )` inside one) more
    /// than [`MAX_FLUENT_NESTING`] deep, if it does; such a file must not be parsed.
    ///
    /// Counts as the parser descends: string literals and comments do not count, and a
    /// closing bracket of either kind ends a level, as it ends the parser's descent.
    #[must_use]
    pub fn fluent_too_deep(&self) -> Option<usize> {
        fluent_too_deep(&self.text)
    }
}

/// See [`SourceFile::fluent_too_deep`], for a text that is not (yet) a file.
#[must_use]
pub fn fluent_too_deep(text: &str) -> Option<usize> {
    let mut depth = 0_usize;
    let mut line = 1;
    let mut chars = text.chars().peekable();
    let mut line_start = true;
    while let Some(c) = chars.next() {
        match c {
            '\n' => line += 1,
            '#' if depth == 0 && line_start => while chars.next_if(|n| *n != '\n').is_some() {},
            '"' if depth > 0 => {
                // A string literal ends at its closing quote or, unclosed, at the line's end.
                let mut escaped = false;
                while let Some(n) = chars.next_if(|n| *n != '\n') {
                    match n {
                        _ if escaped => escaped = false,
                        '\\' => escaped = true,
                        '"' => break,
                        _ => {}
                    }
                }
            }
            '{' => depth += 1,
            '(' if depth > 0 => depth += 1,
            '}' | ')' => depth = depth.saturating_sub(1),
            _ => {}
        }
        if depth > MAX_FLUENT_NESTING {
            return Some(line);
        }
        line_start = c == '\n';
    }
    None
}

/// The Fluent files of one language.
#[derive(Clone, Debug, PartialEq, Eq)]
pub struct LocaleFiles {
    /// The language tag, e.g. `ja`.
    pub lang: String,
    /// Its `.ftl` files, sorted by name.
    pub files: Vec<SourceFile>,
    /// Its translation status ([`STATUS_FILE`]), if it has one: for each message, the hash
    /// of the Japanese it was translated from, and its review.
    pub status: Option<SourceFile>,
}

/// The name of a locale's translation status file, next to its `.ftl` files.
pub const STATUS_FILE: &str = "status.ron";

/// The file that holds the term table, relative to the content root.
pub const TERMS_FILE: &str = "locales/README.md";

/// All the text the kiosk's content is built from, not yet parsed.
#[derive(Clone, Debug, PartialEq, Eq)]
pub struct ContentSource {
    /// `assets/content.ron`.
    pub structure: SourceFile,
    /// `locales/<lang>/*.ftl`, Japanese (the reference) first.
    pub locales: Vec<LocaleFiles>,
    /// `assets/figures/*.svg`, sorted by name: the drawings, which hold no words.
    pub figures: Vec<SourceFile>,
    /// [`TERMS_FILE`], whose term table fixes each language's words for the two kinds of
    /// immunotherapy, if the content has one.
    pub terms: Option<SourceFile>,
}

/// Where a content folder keeps its figures' drawings.
pub const FIGURES_DIR: &str = "assets/figures";

/// The figure id a drawing's path names: `assets/figures/core-2.svg` is `core-2`.
pub fn figure_id(path: &str) -> Option<&str> {
    path.rsplit('/').next()?.strip_suffix(".svg")
}

/// Content files larger than this are refused without being read whole; the largest shipped
/// file is about 25 KB.
pub const MAX_CONTENT_FILE_BYTES: u64 = 1024 * 1024;

/// Why a content directory could not be read.
#[derive(Debug, thiserror::Error)]
pub enum SourceError {
    /// A file or directory could not be read.
    #[error("{path}: {source}")]
    Io {
        /// The path that failed.
        path: PathBuf,
        /// The underlying error.
        source: std::io::Error,
    },
    /// A content file is a directory, device or pipe (reading a pipe could block for ever).
    #[error("{0}: is not a regular file")]
    NotAFile(PathBuf),
    /// A content file is larger than [`MAX_CONTENT_FILE_BYTES`].
    #[error("{path}: is {bytes} bytes, more than the limit of {MAX_CONTENT_FILE_BYTES}; not read")]
    TooLarge {
        /// The file.
        path: PathBuf,
        /// Its size.
        bytes: u64,
    },
    /// A content file is not UTF-8 text.
    #[error("{path}:{line}: is not UTF-8 text; save it as UTF-8 (not Shift_JIS or UTF-16)")]
    NotUtf8 {
        /// The file.
        path: PathBuf,
        /// The 1-based line of the first byte that is not UTF-8.
        line: usize,
    },
    /// The directory has no `locales/ja/`.
    #[error("{0}: no locales/ja/ directory (Japanese is the reference locale)")]
    NoReferenceLocale(PathBuf),
}

impl ContentSource {
    /// The content compiled into the binary.
    pub fn embedded() -> Self {
        embedded::source()
    }

    /// Reads `DIR/assets/content.ron` and every `DIR/locales/<lang>/*.ftl`.
    ///
    /// # Errors
    /// Any file that cannot be read, or a directory without `locales/ja/`.
    pub fn from_dir(dir: &Path) -> Result<Self, SourceError> {
        let structure = read_source(dir, Path::new("assets/content.ron"))?;
        let locales_dir = dir.join("locales");
        if !locales_dir.join(REFERENCE_LOCALE).is_dir() {
            return Err(SourceError::NoReferenceLocale(dir.to_path_buf()));
        }
        let mut langs = list_dir(&locales_dir)?
            .into_iter()
            .filter(|p| p.is_dir())
            .filter_map(|p| p.file_name().and_then(|n| n.to_str()).map(str::to_owned))
            .collect::<Vec<_>>();
        // Japanese first: it is the reference every other locale is compared with.
        langs.sort_by_key(|lang| (lang != REFERENCE_LOCALE, lang.clone()));
        let mut locales = Vec::with_capacity(langs.len());
        for lang in langs {
            let mut names = list_dir(&locales_dir.join(&lang))?
                .into_iter()
                .filter(|p| p.extension().is_some_and(|e| e == "ftl"))
                .filter_map(|p| p.file_name().and_then(|n| n.to_str()).map(str::to_owned))
                .collect::<Vec<_>>();
            names.sort();
            let files = names
                .iter()
                .map(|name| read_source(dir, &Path::new("locales").join(&lang).join(name)))
                .collect::<Result<Vec<_>, _>>()?;
            let status_path = Path::new("locales").join(&lang).join(STATUS_FILE);
            let status = dir
                .join(&status_path)
                .exists()
                .then(|| read_source(dir, &status_path))
                .transpose()?;
            locales.push(LocaleFiles {
                lang,
                files,
                status,
            });
        }
        let figures_dir = dir.join(FIGURES_DIR);
        let mut figures = Vec::new();
        if figures_dir.is_dir() {
            let mut names = list_dir(&figures_dir)?
                .into_iter()
                .filter(|p| p.extension().is_some_and(|e| e == "svg"))
                .filter_map(|p| p.file_name().and_then(|n| n.to_str()).map(str::to_owned))
                .collect::<Vec<_>>();
            names.sort();
            for name in names {
                figures.push(read_source(dir, &Path::new(FIGURES_DIR).join(name))?);
            }
        }
        let terms = dir
            .join(TERMS_FILE)
            .exists()
            .then(|| read_source(dir, Path::new(TERMS_FILE)))
            .transpose()?;
        Ok(Self {
            structure,
            locales,
            figures,
            terms,
        })
    }

    /// Every file: the structure, each language's Fluent files and status, the drawings, then
    /// the term table; each path is where it lies in a content folder.
    pub fn files(&self) -> impl Iterator<Item = &SourceFile> {
        std::iter::once(&self.structure)
            .chain(
                self.locales
                    .iter()
                    .flat_map(|l| l.files.iter().chain(l.status.iter())),
            )
            .chain(self.figures.iter())
            .chain(self.terms.iter())
    }

    /// The drawing of figure `id` (`assets/figures/<id>.svg`), if the content has it.
    pub fn figure(&self, id: &str) -> Option<&SourceFile> {
        self.figures
            .iter()
            .find(|file| figure_id(&file.path) == Some(id))
    }

    /// The files of one language, if it is present.
    pub fn locale(&self, lang: &str) -> Option<&LocaleFiles> {
        self.locales.iter().find(|l| l.lang == lang)
    }
}

fn read_source(root: &Path, relative: &Path) -> Result<SourceFile, SourceError> {
    use std::io::Read as _;

    let path = root.join(relative);
    let io = |source| SourceError::Io {
        path: path.clone(),
        source,
    };
    let metadata = std::fs::metadata(&path).map_err(io)?;
    if !metadata.is_file() {
        return Err(SourceError::NotAFile(path));
    }
    let too_large = |bytes| SourceError::TooLarge {
        path: path.clone(),
        bytes,
    };
    if metadata.len() > MAX_CONTENT_FILE_BYTES {
        return Err(too_large(metadata.len()));
    }
    let mut bytes = Vec::new();
    std::fs::File::open(&path)
        .and_then(|file| {
            file.take(MAX_CONTENT_FILE_BYTES + 1)
                .read_to_end(&mut bytes)
        })
        .map_err(io)?;
    if bytes.len() as u64 > MAX_CONTENT_FILE_BYTES {
        return Err(too_large(bytes.len() as u64));
    }
    let text = String::from_utf8(bytes).map_err(|error| {
        let valid = error.as_bytes().get(..error.utf8_error().valid_up_to());
        let line = 1 + valid.map_or(0, bytecount_newlines);
        SourceError::NotUtf8 {
            path: path.clone(),
            line,
        }
    })?;
    // Windows editors may start UTF-8 files with a byte-order mark; neither Fluent nor RON
    // expects one, and both would report an invisible character.
    let text = match text.strip_prefix('\u{feff}') {
        Some(rest) => rest.to_owned(),
        None => text,
    };
    Ok(SourceFile {
        path: relative.to_string_lossy().into_owned(),
        text,
    })
}

fn list_dir(dir: &Path) -> Result<Vec<PathBuf>, SourceError> {
    let entries = std::fs::read_dir(dir).map_err(|source| SourceError::Io {
        path: dir.to_path_buf(),
        source,
    })?;
    let mut paths = Vec::new();
    for entry in entries {
        let entry = entry.map_err(|source| SourceError::Io {
            path: dir.to_path_buf(),
            source,
        })?;
        paths.push(entry.path());
    }
    Ok(paths)
}

/// The number of line breaks in `bytes`.
#[expect(
    clippy::naive_bytecount,
    reason = "runs once, on an error path; not worth the bytecount crate"
)]
fn bytecount_newlines(bytes: &[u8]) -> usize {
    bytes.iter().filter(|b| **b == b'\n').count()
}
