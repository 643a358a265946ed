//! `export-html`: the kiosk's content as a static site that works without a network, for a
//! hospital's intranet or for printing.
//!
//! ```text
//! DIR/index.html          one link a language, each in its own language
//! DIR/<lang>/index.html   the whole guide in one language: home, both tracks, about
//! DIR/style.css           screen and print styles, the bundled font via @font-face
//! DIR/fonts/              BIZUDPGothic-Regular.ttf, BIZUDPGothic-Bold.ttf, OFL.txt
//! DIR/qr/<n>.png          one QR code a distinct URL
//! ```
//!
//! Every word comes from the same [`Library`] and [`Settings`] the kiosk draws with, so the
//! site says exactly what the screen says, consultation desk included. Only these files are
//! written; anything else in `DIR` is left alone.

mod blocks;
mod context;
mod figure;
mod html;
mod page;
mod qr_images;
pub mod review;

use std::path::{Path, PathBuf};

use crate::config::Settings;
use crate::content::Library;

pub use qr_images::MODULE_PIXELS;

/// The stylesheet every page links to.
const STYLE_CSS: &str = include_str!("style.css");
/// The font licence, shipped next to the fonts as it requires.
const OFL_TXT: &str = include_str!("../../assets/fonts/OFL.txt");

/// Why an export could not be written.
#[derive(Debug, thiserror::Error)]
pub enum ExportError {
    /// The output path exists and is a file, not a directory.
    #[error("{0} exists and is not a directory")]
    NotADirectory(PathBuf),
    /// A directory could not be created.
    #[error("cannot create the directory {path}: {reason}")]
    CreateDir {
        /// The directory.
        path: PathBuf,
        /// Why; part of the message rather than a separate cause, so it is said once.
        reason: std::io::Error,
    },
    /// A file could not be written.
    #[error("cannot write {path}: {reason}")]
    Write {
        /// The file.
        path: PathBuf,
        /// Why.
        reason: std::io::Error,
    },
    /// A QR code could not be encoded as PNG.
    #[error("cannot encode the QR code image {path}: {reason}")]
    Png {
        /// The file it was meant for.
        path: PathBuf,
        /// Why.
        reason: image::ImageError,
    },
}

/// One file an export wrote.
#[derive(Clone, Debug, PartialEq, Eq)]
pub struct WrittenFile {
    /// Where it is.
    pub path: PathBuf,
    /// Its size in bytes.
    pub bytes: u64,
}

/// What an export wrote.
#[derive(Clone, Debug, Default, PartialEq, Eq)]
pub struct ExportSummary {
    /// Every file, in the order written.
    pub files: Vec<WrittenFile>,
    /// The languages exported, in the order of the language links.
    pub languages: Vec<String>,
}

impl ExportSummary {
    /// The size of the whole export in bytes.
    pub fn total_bytes(&self) -> u64 {
        self.files.iter().map(|f| f.bytes).sum()
    }
}

/// Writes the site into `dir`, creating it if needed. The languages are the enabled ones of
/// `settings` that the content has, in the order of the kiosk's language switch (all of the
/// content's languages if none of them is); the root page is in the default language.
///
/// # Errors
/// A `dir` that is a file or cannot be created, or any file that cannot be written.
pub fn export_html(
    library: &Library,
    settings: &Settings,
    dir: &Path,
) -> Result<ExportSummary, ExportError> {
    if dir.exists() && !dir.is_dir() {
        return Err(ExportError::NotADirectory(dir.to_path_buf()));
    }
    let languages = languages(library, settings);
    let mut files = Vec::new();
    files.push(write_file(&dir.join("style.css"), STYLE_CSS.as_bytes())?);
    let fonts = dir.join("fonts");
    files.push(write_file(
        &fonts.join("BIZUDPGothic-Regular.ttf"),
        crate::fonts::REGULAR,
    )?);
    files.push(write_file(
        &fonts.join("BIZUDPGothic-Bold.ttf"),
        crate::fonts::BOLD,
    )?);
    files.push(write_file(&fonts.join("OFL.txt"), OFL_TXT.as_bytes())?);

    let mut qr = qr_images::QrImages::default();
    for lang in &languages {
        let mut cx = context::Context {
            library,
            settings,
            lang,
            languages: &languages,
            qr: &mut qr,
            terms: crate::content::glossary::glossary(library, lang),
            marked: Vec::new(),
        };
        let text = page::language_page(&mut cx);
        files.push(write_file(
            &dir.join(lang).join("index.html"),
            text.as_bytes(),
        )?);
    }
    qr.write(dir, &mut files)?;
    let root_lang = languages
        .iter()
        .find(|l| **l == settings.default_locale)
        .or_else(|| languages.first())
        .map_or(crate::i18n::REFERENCE_LOCALE, String::as_str);
    let root = page::root_page(library, root_lang, &languages);
    files.push(write_file(&dir.join("index.html"), root.as_bytes())?);
    Ok(ExportSummary { files, languages })
}

/// The languages to export: enabled in the settings and present in the content.
fn languages(library: &Library, settings: &Settings) -> Vec<String> {
    // A language tag becomes a directory name: only plain tags (`ja`, `en-GB`) qualify.
    let usable = |lang: &str| {
        !lang.is_empty()
            && lang
                .chars()
                .all(|c| c.is_ascii_alphanumeric() || c == '-' || c == '_')
            && library.i18n.has_language(lang)
            // What the kiosk hides as unreviewed, the site leaves out too.
            && (!settings.hide_unreviewed_locales
                || lang == crate::i18n::REFERENCE_LOCALE
                || library
                    .i18n
                    .status(lang)
                    .is_some_and(crate::i18n::status::LocaleStatus::fully_reviewed))
    };
    let mut languages: Vec<String> = Vec::new();
    for lang in &settings.locales {
        if usable(lang) && !languages.contains(lang) {
            languages.push(lang.clone());
        }
    }
    if languages.is_empty() {
        languages = library
            .i18n
            .languages()
            .filter(|lang| usable(lang))
            .map(str::to_owned)
            .collect();
    }
    languages
}

/// Writes one file, creating its directory; replaces a file of ours from an earlier export.
fn write_file(path: &Path, bytes: &[u8]) -> Result<WrittenFile, ExportError> {
    if let Some(parent) = path.parent() {
        std::fs::create_dir_all(parent).map_err(|reason| ExportError::CreateDir {
            path: parent.to_path_buf(),
            reason,
        })?;
    }
    std::fs::write(path, bytes).map_err(|reason| ExportError::Write {
        path: path.to_path_buf(),
        reason,
    })?;
    Ok(WrittenFile {
        path: path.to_path_buf(),
        bytes: bytes.len() as u64,
    })
}

#[cfg(test)]
mod tests {
    use super::{ExportError, export_html, languages};
    use crate::config::Settings;
    use crate::content::{ContentSource, Library};

    fn library() -> Library {
        Library::load(&ContentSource::embedded())
            .expect("embedded content parses")
            .0
    }

    #[test]
    fn the_enabled_languages_are_exported_in_the_switch_order() {
        let library = library();
        let mut settings = Settings::default();
        assert_eq!(
            languages(&library, &settings),
            crate::source::EMBEDDED_LOCALES
        );
        settings.locales = vec!["en".to_owned(), "fr".to_owned(), "en".to_owned()];
        assert_eq!(languages(&library, &settings), ["en"]);
        settings.locales = vec!["../etc".to_owned()];
        assert_eq!(
            languages(&library, &settings),
            crate::source::EMBEDDED_LOCALES,
            "fallback"
        );
        settings.hide_unreviewed_locales = true;
        settings.locales = vec!["ja".to_owned(), "en".to_owned()];
        assert_eq!(languages(&library, &settings), ["ja"], "unreviewed: hidden");
    }

    #[test]
    fn a_file_in_the_way_is_an_error_not_a_panic() {
        let dir = tempfile::tempdir().expect("temp dir");
        let file = dir.path().join("file");
        std::fs::write(&file, "x").expect("write");
        let err = export_html(&library(), &Settings::default(), &file).expect_err("a file");
        assert!(matches!(err, ExportError::NotADirectory(_)), "{err}");
        let err = export_html(&library(), &Settings::default(), &file.join("out"))
            .expect_err("under a file");
        assert!(err.to_string().contains("cannot create"), "{err}");
    }
}
