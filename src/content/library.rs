//! The loaded content: structure and words together, with the look-ups the screens need.

use super::{ContentSpec, LinkSpec, PageSpec, SourceSpec, TagSpec, TrackSpec};
use crate::i18n::I18n;
use crate::source::{ContentSource, MAX_FLUENT_NESTING, SourceError};

/// Why a content set could not be used.
#[derive(Debug, thiserror::Error)]
pub enum LibraryError {
    /// `content.ron` did not parse.
    #[error("{path}:{line}:{col}: {message}")]
    Structure {
        /// Where the structure file is.
        path: String,
        /// 1-based line.
        line: usize,
        /// 1-based column.
        col: usize,
        /// What is wrong.
        message: String,
    },
}

/// Content structure plus the Fluent messages, ready to draw.
#[derive(Debug)]
pub struct Library {
    /// The structure from `content.ron`.
    pub spec: ContentSpec,
    /// The words.
    pub i18n: I18n,
    /// The figures' drawings, SVG text by figure id.
    pub figures: std::collections::BTreeMap<String, String>,
    /// Each drawing's own box (`[x, y, width, height]`, its `viewBox`), read once at load:
    /// the screen places a figure and its labels by it every frame.
    pub figure_boxes: std::collections::BTreeMap<String, [f32; 4]>,
}

impl Library {
    /// Loads a content source. Problems in the Fluent files are returned for the log and never
    /// fatal; a structure that does not parse is an error, and the caller falls back.
    ///
    /// # Errors
    /// [`LibraryError::Structure`] when `content.ron` does not parse.
    pub fn load(source: &ContentSource) -> Result<(Self, Vec<String>), LibraryError> {
        let spec =
            ContentSpec::parse(&source.structure.text).map_err(|err| LibraryError::Structure {
                path: source.structure.path.clone(),
                line: err.span.start.line,
                col: err.span.start.col,
                message: err.code.to_string(),
            })?;
        // A Fluent file nested too deep would overflow the parser's stack: it is left out.
        let mut too_deep = Vec::new();
        let mut shallow = std::borrow::Cow::Borrowed(source);
        for (l, locale) in source.locales.iter().enumerate() {
            for (f, file) in locale.files.iter().enumerate() {
                if let Some(line) = file.fluent_too_deep() {
                    too_deep.push(format!(
                        "{}:{line}: placeables nested more than {} deep; the file is skipped",
                        file.path, MAX_FLUENT_NESTING
                    ));
                    if let Some(file) = shallow
                        .to_mut()
                        .locales
                        .get_mut(l)
                        .and_then(|locale| locale.files.get_mut(f))
                    {
                        file.text.clear();
                    }
                }
            }
        }
        let (i18n, problems) = I18n::load(&shallow);
        too_deep.extend(problems);
        let figures: std::collections::BTreeMap<String, String> = source
            .figures
            .iter()
            .filter_map(|file| {
                crate::source::figure_id(&file.path).map(|id| (id.to_owned(), file.text.clone()))
            })
            .collect();
        let figure_boxes = figures
            .iter()
            .filter_map(|(id, svg)| Some((id.clone(), crate::figures::view_box(svg)?)))
            .collect();
        Ok((
            Self {
                spec,
                i18n,
                figures,
                figure_boxes,
            },
            too_deep,
        ))
    }

    /// The tracks, in order.
    pub fn tracks(&self) -> &[TrackSpec] {
        &self.spec.tracks
    }

    /// How many pages `track` has (0 for a track that does not exist).
    pub fn track_len(&self, track: usize) -> usize {
        self.spec.tracks.get(track).map_or(0, |t| t.pages.len())
    }

    /// One page.
    pub fn page(&self, track: usize, page: usize) -> Option<&PageSpec> {
        self.spec.tracks.get(track)?.pages.get(page)
    }

    /// A tag by id.
    pub fn tag(&self, id: &str) -> Option<&TagSpec> {
        self.spec.tags.iter().find(|t| t.id == id)
    }

    /// A link by id.
    pub fn link(&self, id: &str) -> Option<&LinkSpec> {
        self.spec.links.iter().find(|l| l.id == id)
    }

    /// A source by id.
    pub fn source(&self, id: &str) -> Option<&SourceSpec> {
        self.spec.sources.iter().find(|s| s.id == id)
    }
}

/// Why a content folder was not used (see `Library::from_checked_dir`, defined with the
/// kiosk's start-up in `crate::kiosk_content`, above both content and the lint).
#[derive(Debug, thiserror::Error)]
pub enum FolderError {
    /// The folder could not be read.
    #[error(transparent)]
    Source(#[from] SourceError),
    /// `check-content` finds problems in it.
    #[error("check-content finds {count} problem(s), the first: {first}")]
    Lint {
        /// How many problems.
        count: usize,
        /// The first, as `file:line: problem`.
        first: String,
    },
    /// Its structure does not parse.
    #[error(transparent)]
    Structure(#[from] LibraryError),
    /// The bundled font is unreadable (a broken build).
    #[error("the bundled font is unreadable: {0}")]
    Font(String),
}
