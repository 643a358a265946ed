//! The content compiled into the binary. The languages are named once, in the
//! `embed_content!` call below: the list the rest of the program reads
//! ([`EMBEDDED_LOCALES`]) and the files it embeds both come from it, so they cannot differ.

use super::{ContentSource, LocaleFiles, SourceFile};

/// One language's files, embedded: `(file name, text)`, in the order given.
macro_rules! locale_files {
    ($lang:literal, [$($file:literal),+ $(,)?]) => {
        &[$(($file, include_str!(concat!("../../locales/", $lang, "/", $file)))),+]
    };
}

/// The embedded languages (reference first) and the Fluent files each of them has; every
/// translation (each language after the reference) also has its status file.
macro_rules! embed_content {
    (reference: $reference:literal, translations: [$($lang:literal),+ $(,)?], files: $files:tt $(,)?) => {
        /// The languages the embedded content provides, the reference locale first.
        pub const EMBEDDED_LOCALES: &[&str] = &[$reference, $($lang),+];

        /// Each embedded language's `.ftl` files, `(file name, text)`, and its status file.
        const EMBEDDED_FILES: &[(&str, &[(&str, &str)], Option<&str>)] = &[
            ($reference, locale_files!($reference, $files), None),
            $((
                $lang,
                locale_files!($lang, $files),
                Some(include_str!(concat!("../../locales/", $lang, "/status.ron"))),
            )),+
        ];
    };
}

embed_content! {
    reference: "ja",
    translations: ["ja-x-easy", "en", "zh-Hans", "vi", "ko", "fil", "ne", "pt-BR", "id"],
    files: ["ui.ftl", "core.ftl", "details.ftl", "about.ftl", "glossary.ftl", "figures.ftl"],
}

const EMBEDDED_TERMS: &str = include_str!("../../locales/README.md");

const EMBEDDED_CONTENT_RON: &str = include_str!("../../assets/content.ron");

/// The embedded drawings, `(figure id, SVG text)`; a test checks that this is every file in
/// `assets/figures/`.
macro_rules! embed_figures {
    ($($id:literal),* $(,)?) => {
        &[$(($id, include_str!(concat!("../../assets/figures/", $id, ".svg")))),*]
    };
}

/// Every drawing in `assets/figures/`.
pub(super) const EMBEDDED_FIGURES: &[(&str, &str)] = embed_figures![
    "core-1",
    "core-2",
    "core-3",
    "core-4",
    "core-5",
    "detail-1",
    "detail-2",
    "detail-3",
    "detail-4",
    "detail-5",
    "detail-6",
    "track-core",
    "track-details",
];

/// The embedded content as a [`ContentSource`], read like a content folder.
pub(super) fn source() -> ContentSource {
    ContentSource {
        structure: SourceFile {
            path: "assets/content.ron".to_owned(),
            text: EMBEDDED_CONTENT_RON.to_owned(),
        },
        locales: EMBEDDED_FILES
            .iter()
            .map(|(lang, files, status)| LocaleFiles {
                lang: (*lang).to_owned(),
                files: files
                    .iter()
                    .map(|(name, text)| SourceFile {
                        path: format!("locales/{lang}/{name}"),
                        text: (*text).to_owned(),
                    })
                    .collect(),
                status: status.map(|text| SourceFile {
                    path: format!("locales/{lang}/{}", super::STATUS_FILE),
                    text: text.to_owned(),
                }),
            })
            .collect(),
        figures: EMBEDDED_FIGURES
            .iter()
            .map(|(id, text)| SourceFile {
                path: format!("{}/{id}.svg", super::FIGURES_DIR),
                text: (*text).to_owned(),
            })
            .collect(),
        terms: Some(SourceFile {
            path: super::TERMS_FILE.to_owned(),
            text: EMBEDDED_TERMS.to_owned(),
        }),
    }
}

#[cfg(test)]
mod tests {
    use super::{EMBEDDED_FIGURES, EMBEDDED_LOCALES, source};
    use crate::source::REFERENCE_LOCALE;

    #[test]
    fn the_reference_locale_is_embedded_first() {
        assert_eq!(EMBEDDED_LOCALES.first(), Some(&REFERENCE_LOCALE));
    }

    #[test]
    fn every_embedded_language_has_its_files_in_the_listed_order() {
        let source = source();
        let langs: Vec<&str> = source.locales.iter().map(|l| l.lang.as_str()).collect();
        assert_eq!(langs, EMBEDDED_LOCALES);
        for locale in &source.locales {
            let paths: Vec<&str> = locale.files.iter().map(|f| f.path.as_str()).collect();
            let lang = &locale.lang;
            assert_eq!(
                paths,
                [
                    format!("locales/{lang}/ui.ftl"),
                    format!("locales/{lang}/core.ftl"),
                    format!("locales/{lang}/details.ftl"),
                    format!("locales/{lang}/about.ftl"),
                    format!("locales/{lang}/glossary.ftl"),
                    format!("locales/{lang}/figures.ftl"),
                ]
            );
            assert!(locale.files.iter().all(|f| !f.text.is_empty()), "{lang}");
        }
    }

    #[test]
    fn every_drawing_in_the_figures_folder_is_embedded_in_order() {
        let dir = std::path::Path::new(env!("CARGO_MANIFEST_DIR")).join("assets/figures");
        let mut on_disk: Vec<String> = std::fs::read_dir(&dir)
            .map(|entries| {
                entries
                    .filter_map(Result::ok)
                    .filter_map(|e| e.file_name().to_str().map(str::to_owned))
                    .filter_map(|name| name.strip_suffix(".svg").map(str::to_owned))
                    .collect()
            })
            .unwrap_or_default();
        on_disk.sort();
        let embedded: Vec<&str> = EMBEDDED_FIGURES.iter().map(|(id, _)| *id).collect();
        assert_eq!(
            embedded, on_disk,
            "list every drawing in embed_figures!, sorted"
        );
    }
}
