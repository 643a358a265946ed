//! The content the kiosk starts with: a content folder from the settings, only when it passes
//! every `check-content` check, else the embedded content.
//!
//! It sits above both `content` and `lint`, since it needs the one to load and the other to
//! check; `content` itself never calls the lint, so the two do not import each other. The
//! functions stay associated with [`Library`], where the kiosk looks for them.

use crate::content::{ContentSource, FolderError, Library, LibraryError};

/// Every `check-content` check on `source`, with the program's own message ids and the bundled
/// font: what `check-content` prints and what a content folder must pass to be shown.
///
/// # Errors
/// The bundled font cannot be read (a broken build).
///
/// The embedded content must also be readable in full by the embedded readings table (the
/// ふりがな choice "all kanji"); a content folder need not be: its new words show without a
/// reading.
pub fn check(source: &ContentSource) -> Result<Vec<crate::lint::Problem>, String> {
    let glyphs = crate::fonts::GlyphCoverage::bundled().map_err(|err| err.to_string())?;
    let embedded = ContentSource::embedded();
    let options = crate::lint::LintOptions {
        code_ids: crate::i18n::ids::ALL,
        readings_table: source.structure.text == embedded.structure.text
            && source.locales.len() == embedded.locales.len(),
    };
    Ok(crate::lint::check_content(source, &glyphs, &options))
}

impl Library {
    /// The content in `dir`, only if it passes every `check-content` check (a stale
    /// translation is allowed: it is shown as configured).
    ///
    /// # Errors
    /// An unreadable folder, any lint problem, or an unparsable structure.
    pub fn from_checked_dir(dir: &std::path::Path) -> Result<Self, FolderError> {
        let source = ContentSource::from_dir(dir)?;
        let (stale, problems): (Vec<_>, Vec<_>) = check(&source)
            .map_err(FolderError::Font)?
            .into_iter()
            .partition(crate::lint::Problem::is_stale);
        // A stale translation is not a fault of the folder: the kiosk shows the Japanese in
        // its place (or marks the page), as configured.
        if !stale.is_empty() {
            tracing::info!(
                "{}: {} translated message(s) are stale, the first: {}",
                dir.display(),
                stale.len(),
                stale[0]
            );
        }
        if let Some(first) = problems.first() {
            return Err(FolderError::Lint {
                count: problems.len(),
                first: first.to_string(),
            });
        }
        Ok(Self::load(&source)?.0)
    }

    /// The content the kiosk shows: `content_dir` when it is set and passes the checks,
    /// else the embedded content. A rejected folder is logged, never fatal.
    ///
    /// # Errors
    /// Only if the embedded content itself is broken, which the tests rule out.
    pub fn for_kiosk(content_dir: Option<&std::path::Path>) -> Result<Self, LibraryError> {
        if let Some(dir) = content_dir {
            match Self::from_checked_dir(dir) {
                Ok(library) => {
                    tracing::info!("using the content in {}", dir.display());
                    return Ok(library);
                }
                Err(err) => tracing::warn!(
                    "ignoring content_dir {}: {err}; using the built-in content",
                    dir.display()
                ),
            }
        }
        let (library, problems) = Self::load(&ContentSource::embedded())?;
        for problem in problems {
            tracing::warn!("{problem}");
        }
        Ok(library)
    }
}
