//! Fluent bundles per language, with Japanese as the fallback for every look-up.

pub mod ids;
pub mod status;

use std::collections::HashSet;
use std::sync::atomic::{AtomicBool, Ordering};
use std::sync::{Mutex, PoisonError};

use fluent_bundle::{FluentArgs, FluentBundle, FluentResource, FluentValue};
use unic_langid::LanguageIdentifier;

use crate::source::ContentSource;
use status::{LocaleStatus, StatusFile, message_hashes};

pub use crate::source::REFERENCE_LOCALE;

struct Language {
    tag: String,
    bundle: FluentBundle<FluentResource>,
    /// The ids of its glossary entries (`glossary-…`), in file order.
    glossary: Vec<String>,
    /// Its translation status against the reference (empty for the reference itself),
    /// worked out on first use: the kiosk's first frame, in Japanese, does not wait for it.
    status: std::sync::OnceLock<LocaleStatus>,
    /// What the status is worked out from: the Fluent texts and the status file.
    status_source: (Vec<String>, Option<crate::source::SourceFile>),
}

/// The prefix of a glossary entry's id: `glossary-checkpoint-inhibitor`.
pub const GLOSSARY_PREFIX: &str = "glossary-";
/// The attribute of a glossary entry that explains the term.
pub const GLOSSARY_EXPLANATION: &str = "explanation";

/// Every language's messages, ready to look up.
pub struct I18n {
    /// Reference locale first.
    languages: Vec<Language>,
    /// The (language, message id) pairs whose problem is logged already: a message is looked
    /// up on every frame, and its problem is news only the first time.
    reported: Mutex<HashSet<(String, String)>>,
    /// Whether a stale translation gives way to the Japanese it was made from (else it is
    /// shown, and the page says it may be out of date).
    stale_shows_reference: AtomicBool,
    /// The hash of each reference message, worked out with the first translation's status.
    reference_hashes: std::sync::OnceLock<std::collections::BTreeMap<String, String>>,
}

impl std::fmt::Debug for I18n {
    fn fmt(&self, f: &mut std::fmt::Formatter<'_>) -> std::fmt::Result {
        f.debug_list()
            .entries(self.languages.iter().map(|l| &l.tag))
            .finish()
    }
}

impl I18n {
    /// Builds the bundles. Broken entries are skipped, never fatal: each problem is returned
    /// as a `file: message` line for the log (the `check-content` lint gives line numbers).
    pub fn load(source: &ContentSource) -> (Self, Vec<String>) {
        let mut problems = Vec::new();
        let mut languages = Vec::new();
        for locale in &source.locales {
            let lang_id: LanguageIdentifier = match language_id(&locale.lang) {
                Ok(id) => id,
                Err(err) => {
                    problems.push(format!(
                        "locales/{}: not a language tag: {err}",
                        locale.lang
                    ));
                    continue;
                }
            };
            let mut bundle = FluentBundle::new(vec![lang_id]);
            // Bidi isolation marks are invisible in Japanese and English, and would be drawn
            // as missing glyphs.
            bundle.set_use_isolating(false);
            let mut glossary = Vec::new();
            for file in &locale.files {
                let resource = match FluentResource::try_new(file.text.clone()) {
                    Ok(resource) => resource,
                    Err((resource, errors)) => {
                        problems.push(format!(
                            "{}: {} Fluent syntax error(s); the broken entries are skipped",
                            file.path,
                            errors.len()
                        ));
                        resource
                    }
                };
                for entry in resource.entries() {
                    if let fluent_syntax::ast::Entry::Message(message) = entry
                        && message.id.name.starts_with(GLOSSARY_PREFIX)
                        && !glossary.iter().any(|id| id == message.id.name)
                    {
                        glossary.push(message.id.name.to_owned());
                    }
                }
                if let Err(errors) = bundle.add_resource(resource) {
                    for error in errors {
                        problems.push(format!("{}: {error}", file.path));
                    }
                }
            }
            languages.push(Language {
                tag: locale.lang.clone(),
                bundle,
                glossary,
                status: std::sync::OnceLock::new(),
                status_source: (
                    locale.files.iter().map(|f| f.text.clone()).collect(),
                    locale.status.clone(),
                ),
            });
        }
        languages.sort_by_key(|l| l.tag != REFERENCE_LOCALE);
        let i18n = Self {
            languages,
            reported: Mutex::default(),
            stale_shows_reference: AtomicBool::new(true),
            reference_hashes: std::sync::OnceLock::new(),
        };
        (i18n, problems)
    }

    /// Whether a stale translation gives way to the Japanese (`true`, the default) or is
    /// shown with a note on its page (`false`): the setting `stale_translations`.
    pub fn set_stale_shows_reference(&self, show_reference: bool) {
        self.stale_shows_reference
            .store(show_reference, Ordering::Relaxed);
    }

    /// See [`Self::set_stale_shows_reference`].
    pub fn stale_shows_reference(&self) -> bool {
        self.stale_shows_reference.load(Ordering::Relaxed)
    }

    /// The translation status of `lang` (empty for the reference locale and for a language
    /// without messages).
    pub fn status(&self, lang: &str) -> Option<&LocaleStatus> {
        let language = self.languages.iter().find(|l| l.tag == lang)?;
        Some(self.status_of(language))
    }

    fn status_of<'a>(&'a self, language: &'a Language) -> &'a LocaleStatus {
        language.status.get_or_init(|| {
            if language.tag == REFERENCE_LOCALE {
                return LocaleStatus::default();
            }
            let reference = self.reference_hashes.get_or_init(|| {
                self.languages
                    .iter()
                    .find(|l| l.tag == REFERENCE_LOCALE)
                    .map(|l| message_hashes(l.status_source.0.iter().map(String::as_str)))
                    .unwrap_or_default()
            });
            let (texts, status_file) = &language.status_source;
            let file = status_file.as_ref().and_then(|file| {
                StatusFile::parse(&file.text)
                    .map_err(|err| {
                        tracing::warn!(
                            "{}:{}:{}: {}; the translation status is unknown",
                            file.path,
                            err.span.start.line,
                            err.span.start.col,
                            err.code
                        );
                    })
                    .ok()
            });
            let hashes = message_hashes(texts.iter().map(String::as_str));
            LocaleStatus::compute(reference, &hashes, file.as_ref())
        })
    }

    /// Whether message `id` of `lang` was translated from Japanese that has changed since.
    pub fn is_stale(&self, lang: &str, id: &str) -> bool {
        self.status(lang).is_some_and(|status| status.is_stale(id))
    }

    /// The language tags that have messages, reference first.
    pub fn languages(&self) -> impl Iterator<Item = &str> {
        self.languages.iter().map(|l| l.tag.as_str())
    }

    /// Whether `lang` has any messages.
    pub fn has_language(&self, lang: &str) -> bool {
        self.languages.iter().any(|l| l.tag == lang)
    }

    /// The message `id` in `lang`, falling back to Japanese; `None` if neither has it.
    pub fn message(&self, lang: &str, id: &str) -> Option<String> {
        self.format(lang, id, None)
    }

    /// Like [`Self::message`], with variables.
    pub fn message_with(
        &self,
        lang: &str,
        id: &str,
        args: &[(&str, FluentValue<'_>)],
    ) -> Option<String> {
        let mut fluent_args = FluentArgs::new();
        for (name, value) in args {
            fluent_args.set(*name, value.clone());
        }
        self.format(lang, id, Some(&fluent_args))
    }

    /// Text for the screen: the message with variables, Japanese as the fallback, and nothing
    /// at all (never the raw id) when neither language has it.
    pub fn text(&self, lang: &str, id: &str, args: &[(&str, FluentValue<'_>)]) -> String {
        self.message_with(lang, id, args).unwrap_or_default()
    }

    /// A language's own name for itself (日本語, English), for the language switch.
    pub fn language_name(&self, lang: &str) -> String {
        self.message(lang, ids::LANGUAGE_NAME)
            .unwrap_or_else(|| lang.to_owned())
    }

    /// Whether `lang` itself (not its fallback) defines `id`.
    pub fn defines(&self, lang: &str, id: &str) -> bool {
        self.languages
            .iter()
            .find(|l| l.tag == lang)
            .is_some_and(|l| l.bundle.has_message(id))
    }

    /// The glossary of `lang` (else of Japanese): each entry's id, its term as the pages
    /// write it, and its explanation. An entry without either is left out.
    pub fn glossary(&self, lang: &str) -> Vec<(String, String, String)> {
        let language = self
            .languages
            .iter()
            .find(|l| l.tag == lang && !l.glossary.is_empty())
            .or_else(|| self.languages.iter().find(|l| l.tag == REFERENCE_LOCALE));
        let Some(language) = language else {
            return Vec::new();
        };
        language
            .glossary
            .iter()
            .filter_map(|id| {
                let message = language.bundle.get_message(id)?;
                let mut errors = Vec::new();
                let mut format = |pattern| {
                    let text = language.bundle.format_pattern(pattern, None, &mut errors);
                    Some(text.trim().to_owned()).filter(|t| !t.is_empty())
                };
                let term = format(message.value()?)?;
                let explanation = format(message.get_attribute(GLOSSARY_EXPLANATION)?.value())?;
                Some((id.clone(), term, explanation))
            })
            .collect()
    }

    /// Whether the problem of message `id` in `lang` is reported now for the first time.
    fn first_report(&self, lang: &str, id: &str) -> bool {
        self.reported
            .lock()
            .unwrap_or_else(PoisonError::into_inner)
            .insert((lang.to_owned(), id.to_owned()))
    }

    fn format(&self, lang: &str, id: &str, args: Option<&FluentArgs<'_>>) -> Option<String> {
        let preferred = self.languages.iter().find(|l| l.tag == lang).filter(|l| {
            l.tag == REFERENCE_LOCALE
                || !(self.stale_shows_reference() && self.status_of(l).is_stale(id))
        });
        let reference = self.languages.iter().find(|l| l.tag == REFERENCE_LOCALE);
        [preferred, reference]
            .into_iter()
            .flatten()
            .find_map(|language| {
                let pattern = language.bundle.get_message(id)?.value()?;
                let mut errors = Vec::new();
                let text = language.bundle.format_pattern(pattern, args, &mut errors);
                if !errors.is_empty() && self.first_report(&language.tag, id) {
                    tracing::warn!("message {id} in {}: {errors:?}", language.tag);
                }
                let text = text.trim();
                (!text.is_empty()).then(|| text.to_owned())
            })
    }
}

/// The Fluent language of a locale tag. A private-use tag (`ja-x-easy`, やさしい日本語) is its
/// language's: its plural rules and number formats are those of `ja`.
fn language_id(tag: &str) -> Result<LanguageIdentifier, unic_langid::LanguageIdentifierError> {
    let public = tag.split_once("-x-").map_or(tag, |(public, _)| public);
    public.parse()
}

#[cfg(test)]
mod tests {
    use super::I18n;
    use crate::source::{ContentSource, LocaleFiles, SourceFile};

    fn source(ja: &str, en: &str) -> ContentSource {
        let locale = |lang: &str, text: &str| LocaleFiles {
            lang: lang.to_owned(),
            files: vec![SourceFile {
                path: format!("locales/{lang}/ui.ftl"),
                text: text.to_owned(),
            }],
            status: None,
        };
        ContentSource {
            structure: SourceFile {
                path: "assets/content.ron".to_owned(),
                text: String::new(),
            },
            locales: vec![locale("en", en), locale("ja", ja)],
            figures: Vec::new(),
            terms: None,
        }
    }

    #[test]
    fn a_message_missing_in_english_falls_back_to_japanese() {
        let (i18n, problems) = I18n::load(&source("a = あ\nb = い\n", "a = A\n"));
        assert!(problems.is_empty(), "{problems:?}");
        assert_eq!(i18n.message("en", "a").as_deref(), Some("A"));
        assert_eq!(i18n.message("en", "b").as_deref(), Some("い"));
        assert!(!i18n.defines("en", "b"));
    }

    #[test]
    fn a_stale_translation_gives_way_to_the_japanese_unless_it_is_to_be_marked() {
        use super::status::{MessageStatus, StatusFile, message_hashes};
        let old_ja = "a = 古い\nb = そのまま\n";
        let new_ja = "a = 新しい\nb = そのまま\n";
        let hashes = message_hashes([old_ja]);
        let file = StatusFile {
            messages: hashes
                .into_iter()
                .map(|(id, source)| {
                    let reviewed = None;
                    (id, MessageStatus { source, reviewed })
                })
                .collect(),
        };
        let mut source = source(new_ja, "a = Old\nb = Same\n");
        source.locales[0].status = Some(SourceFile {
            path: "locales/en/status.ron".to_owned(),
            text: file.to_text().unwrap(),
        });
        let (i18n, problems) = I18n::load(&source);
        assert!(problems.is_empty(), "{problems:?}");
        assert!(i18n.is_stale("en", "a"));
        assert!(!i18n.is_stale("en", "b"));
        assert_eq!(i18n.message("en", "a").as_deref(), Some("新しい"));
        assert_eq!(i18n.message("en", "b").as_deref(), Some("Same"));
        i18n.set_stale_shows_reference(false);
        assert_eq!(i18n.message("en", "a").as_deref(), Some("Old"));
    }

    #[test]
    fn a_private_use_tag_is_loaded_with_its_language_rules() {
        let mut source = source("n = { $count }件\n", "n = { $count }\n");
        source.locales[0].lang = "ja-x-easy".to_owned();
        let (i18n, problems) = I18n::load(&source);
        assert!(problems.is_empty(), "{problems:?}");
        assert!(i18n.has_language("ja-x-easy"));
    }

    #[test]
    fn a_message_missing_everywhere_is_none_never_the_raw_id() {
        let (i18n, _) = I18n::load(&source("a = あ\n", "a = A\n"));
        assert_eq!(i18n.message("en", "nowhere"), None);
    }

    #[test]
    fn a_broken_entry_is_skipped_and_the_rest_still_loads() {
        let (i18n, problems) = I18n::load(&source("a = あ\n", "a = A\nbroken = }\nc = C\n"));
        assert_eq!(problems.len(), 1, "{problems:?}");
        assert!(problems[0].starts_with("locales/en/ui.ftl"));
        assert_eq!(i18n.message("en", "c").as_deref(), Some("C"));
    }

    #[test]
    fn japanese_is_the_first_language_whatever_the_file_order() {
        let (i18n, _) = I18n::load(&source("a = あ\n", "a = A\n"));
        assert_eq!(i18n.languages().collect::<Vec<_>>(), ["ja", "en"]);
    }

    #[test]
    fn a_broken_message_is_logged_once_per_language_however_often_it_is_shown() {
        let (i18n, problems) =
            I18n::load(&source("n = { $count }ページ\n", "n = { $count } pages\n"));
        assert!(problems.is_empty(), "{problems:?}");
        let (texts, warnings) = crate::log_capture::warnings(|| {
            // Three frames of each language, the variable missing every time.
            (0..3)
                .flat_map(|_| ["ja", "en"])
                .map(|lang| i18n.text(lang, "n", &[]))
                .collect::<Vec<_>>()
        });
        assert!(texts.iter().all(|text| !text.is_empty()), "{texts:?}");
        let about = |lang: &str| {
            let needle = format!("message n in {lang}");
            warnings
                .iter()
                .filter(|line| line.contains(&needle))
                .count()
        };
        assert_eq!(about("ja"), 1, "{warnings:#?}");
        assert_eq!(about("en"), 1, "{warnings:#?}");
        assert_eq!(warnings.len(), 2, "{warnings:#?}");
    }

    #[test]
    fn variables_are_filled_in_without_isolation_marks() {
        let (i18n, _) = I18n::load(&source("n = { $count }ページ\n", "n = { $count } pages\n"));
        let text = i18n.message_with("ja", "n", &[("count", 5.into())]);
        assert_eq!(text.as_deref(), Some("5ページ"));
    }
}
