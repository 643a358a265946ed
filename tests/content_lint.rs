//! The content lint against the shipped content and against small broken copies of it.
//!
//! Each fixture under `tests/fixtures/content/<case>/` is the `clean` one with one kind of
//! mistake in it, so each test shows one check firing where it should, and `clean` shows no
//! check fires on good input.

#![allow(
    clippy::expect_used,
    reason = "test helpers: a failed expect is a failed test (allow-expect-in-tests covers only #[test] functions)"
)]

use std::fmt::Write as _;
use std::path::Path;

use immuno_kiosk::content::{Block, ContentSource, Library, PageSpec};
use immuno_kiosk::fonts::GlyphCoverage;
use immuno_kiosk::lint::{LintOptions, Problem, check_content, page_char_count, sentences};

/// The ids the kiosk's own code uses (the `ui.ftl` chrome), which content.ron does not name.
const CODE_IDS: &[&str] = immuno_kiosk::i18n::ids::ALL;

fn lint(source: &ContentSource, code_ids: &[&str]) -> Vec<Problem> {
    let glyphs =
        GlyphCoverage::bundled().unwrap_or_else(|e| panic!("the bundled fonts do not parse: {e}"));
    // The shipped content (checked with the program's ids) must also be readable in full by
    // the readings table; fixtures need not be.
    let options = LintOptions {
        code_ids,
        readings_table: code_ids == CODE_IDS,
    };
    check_content(source, &glyphs, &options)
}

fn lint_fixture(case: &str) -> Vec<Problem> {
    let dir = Path::new(env!("CARGO_MANIFEST_DIR"))
        .join("tests/fixtures/content")
        .join(case);
    let source = ContentSource::from_dir(&dir).unwrap_or_else(|e| panic!("fixture: {e}"));
    lint(&source, &[])
}

fn listing(problems: &[Problem]) -> String {
    problems
        .iter()
        .fold(String::new(), |text, p| text + "\n  " + &p.to_string())
}

/// Asserts that some problem is at `file:line` and its message contains `fragment`.
fn assert_reported(problems: &[Problem], file: &str, line: usize, fragment: &str) {
    assert!(
        problems
            .iter()
            .any(|p| p.file == file && p.line == line && p.message.contains(fragment)),
        "expected {file}:{line}: …{fragment}…, got:{}",
        listing(problems)
    );
}

/// Fails while the content is still being written: that is this test doing its job, so it is
/// deliberately not `#[ignore]`d.
#[test]
fn shipped_content_is_clean() {
    let problems = lint(&ContentSource::embedded(), CODE_IDS);
    assert!(
        problems.is_empty(),
        "content problems:{}",
        listing(&problems)
    );
}

#[test]
fn clean_fixture_has_no_problems() {
    let problems = lint_fixture("clean");
    assert!(problems.is_empty(), "unexpected:{}", listing(&problems));
}

#[test]
fn fluent_syntax_error_is_reported_at_its_line() {
    let problems = lint_fixture("fluent_syntax");
    assert_reported(
        &problems,
        "locales/en/core.ftl",
        12,
        "Fluent syntax error in `core-1-note = { $who`",
    );
}

#[test]
fn message_missing_from_a_translation_is_reported_in_its_file() {
    let problems = lint_fixture("locale_parity");
    assert_reported(
        &problems,
        "locales/en/core.ftl",
        1,
        "message \"core-1-b1\" is missing here but present in ja (locales/ja/core.ftl:10)",
    );
}

#[test]
fn message_only_in_a_translation_is_reported_where_it_is() {
    let problems = lint_fixture("locale_parity");
    assert_reported(
        &problems,
        "locales/en/core.ftl",
        11,
        "message \"core-1-extra\" is defined here but not in ja",
    );
}

#[test]
fn differing_attributes_are_reported() {
    let problems = lint_fixture("attributes_variables");
    assert_reported(
        &problems,
        "locales/en/core.ftl",
        6,
        "different attributes than in ja (locales/ja/core.ftl:6): missing aria-label",
    );
}

#[test]
fn differing_variables_are_reported() {
    let problems = lint_fixture("attributes_variables");
    assert_reported(
        &problems,
        "locales/en/core.ftl",
        8,
        "different variables than in ja (locales/ja/core.ftl:9): missing $name",
    );
}

#[test]
fn blank_message_is_reported() {
    let problems = lint_fixture("empty_message");
    assert_reported(
        &problems,
        "locales/ja/core.ftl",
        10,
        "message \"core-1-b1\" is empty",
    );
}

#[test]
fn id_used_by_content_but_defined_nowhere_is_reported() {
    let problems = lint_fixture("undefined_unused");
    assert_reported(
        &problems,
        "assets/content.ron",
        23,
        "message \"core-1-p2\" (text on page \"core-1\") is used here but no locale defines it",
    );
}

#[test]
fn id_defined_but_used_nowhere_is_reported_once() {
    let problems = lint_fixture("undefined_unused");
    assert_reported(
        &problems,
        "locales/ja/core.ftl",
        12,
        "message \"core-1-old\" is not used",
    );
    let reports = problems
        .iter()
        .filter(|p| p.message.contains("\"core-1-old\""))
        .count();
    assert_eq!(reports, 1, "{}", listing(&problems));
}

#[test]
fn code_ids_count_as_used() {
    let dir = Path::new(env!("CARGO_MANIFEST_DIR")).join("tests/fixtures/content/undefined_unused");
    let source = ContentSource::from_dir(&dir).unwrap_or_else(|e| panic!("fixture: {e}"));
    let problems = lint(&source, &["core-1-old"]);
    assert!(
        problems
            .iter()
            .all(|p| !p.message.contains("\"core-1-old\"")),
        "{}",
        listing(&problems)
    );
}

#[test]
fn character_without_glyph_is_reported_with_its_code() {
    let problems = lint_fixture("missing_glyph");
    assert_reported(&problems, "locales/en/core.ftl", 10, "\"🛑\" (U+1F6D1)");
}

#[test]
fn tag_icon_without_glyph_is_reported() {
    let problems = lint_fixture("missing_glyph");
    assert_reported(&problems, "assets/content.ron", 4, "\"💉\" (U+1F489)");
}

#[test]
fn page_over_its_budget_is_reported_at_its_id() {
    let problems = lint_fixture("over_budget");
    assert_reported(
        &problems,
        "assets/content.ron",
        18,
        "page \"core-1\" has 60 characters in ja, over the \"core\" track's budget of 20",
    );
}

#[test]
fn link_that_is_not_https_is_reported() {
    let problems = lint_fixture("insecure_link");
    assert_reported(
        &problems,
        "assets/content.ron",
        7,
        "link \"ganjoho\" has the URL \"http://ganjoho.jp/\"",
    );
}

#[test]
fn unreadable_content_ron_is_reported_with_its_position() {
    let problems = lint_fixture("ron_parse_error");
    assert_reported(
        &problems,
        "assets/content.ron",
        4,
        "content.ron cannot be read",
    );
}

#[test]
fn message_defined_twice_is_reported_at_the_second() {
    let problems = lint_fixture("duplicates");
    assert_reported(
        &problems,
        "locales/ja/core.ftl",
        12,
        "message \"core-1-p1\" is defined twice in ja; the first definition is at \
         locales/ja/core.ftl:8",
    );
}

#[test]
fn page_id_used_twice_is_reported_at_the_second() {
    let problems = lint_fixture("duplicates");
    assert_reported(
        &problems,
        "assets/content.ron",
        31,
        "there are two pages with the id \"core-1\"",
    );
}

#[test]
fn unknown_tag_source_and_link_are_reported() {
    let problems = lint_fixture("unknown_references");
    assert_reported(&problems, "assets/content.ron", 19, "tag \"unproven\"");
    assert_reported(&problems, "assets/content.ron", 20, "source \"who\"");
    assert_reported(&problems, "assets/content.ron", 26, "link \"jsmo\"");
}

#[test]
fn page_char_count_counts_title_lead_and_blocks_but_not_links_or_isolation_marks() {
    let page = PageSpec {
        id: "p".to_owned(),
        tag: None,
        sources: Vec::new(),
        blocks: vec![
            Block::Paragraph("para".to_owned()),
            Block::Card {
                title: "card".to_owned(),
                tag: None,
                blocks: vec![Block::Bullets(vec!["item".to_owned()])],
            },
            Block::Links(vec!["link".to_owned()]),
            Block::Consultation,
        ],
    };
    let count = page_char_count(&page, |id| match id {
        "p-title" => Some("免疫"),
        "p-lead" => Some("\u{2068}ab\u{2069}"),
        "para" | "card" | "item" => Some("xyz"),
        _ => Some("this must not be counted"),
    });
    assert_eq!(count, 2 + 2 + 3 * 3);
}

#[test]
fn the_national_centres_the_consultation_block_shows_must_be_links() {
    let mut source = ContentSource::embedded();
    let support = source
        .structure
        .text
        .lines()
        .find(|line| line.contains("id: \"support-center\""))
        .expect("the shipped content links the support centres")
        .to_owned();
    source.structure.text = source.structure.text.replace(&support, "");
    let problems = lint(&source, CODE_IDS);
    let line = source
        .structure
        .text
        .lines()
        .position(|line| line.contains("Consultation"))
        .expect("the shipped content has a consultation block")
        + 1;
    assert_reported(
        &problems,
        "assets/content.ron",
        line,
        "the consultation block shows the link \"support-center\" when no hospital desk is \
         configured, but no link has that id",
    );
    // Checked on its own, without the program, a content set needs no such links.
    let fixture = lint_fixture("clean");
    assert!(fixture.is_empty(), "unexpected:{}", listing(&fixture));
}

/// The embedded content with `extra` appended to one of its Fluent files, and the number of
/// lines that file then has.
fn embedded_with(path: &str, extra: &str) -> (ContentSource, usize) {
    let mut source = ContentSource::embedded();
    let file = source
        .locales
        .iter_mut()
        .flat_map(|l| l.files.iter_mut())
        .find(|f| f.path == path)
        .unwrap_or_else(|| panic!("no {path}"));
    file.text.push_str(extra);
    let lines = file.text.lines().count();
    (source, lines)
}

#[test]
fn placeables_nested_too_deep_are_reported_not_a_crash() {
    for deep in ["{".repeat(5000), format!("{{ F({})", "F(".repeat(5000))] {
        let path = "locales/en/core.ftl";
        let (source, line) = embedded_with(path, &format!("\ndeep-message = {deep}\n"));
        let problems = lint(&source, CODE_IDS);
        assert_reported(&problems, path, line, "nested more than 16 deep");
        let (library, log) = Library::load(&source).expect("the structure is untouched");
        assert!(log.iter().any(|l| l.starts_with(path)), "{log:?}");
        assert!(library.i18n.message("ja", "core-1-title").is_some());
    }
}

#[test]
fn an_unclosed_placeable_is_reported_on_its_own_line_not_the_next_entry() {
    let path = "locales/en/ui.ftl";
    let (source, lines) = embedded_with(path, "\nbroken = Open { $x\nfine = Fine\n");
    assert_reported(
        &lint(&source, &[]),
        path,
        lines - 1,
        "Fluent syntax error in `broken = Open { $x`",
    );
}

#[test]
fn a_misspelt_field_in_a_card_is_reported_not_ignored() {
    let mut source = ContentSource::embedded();
    let card = "Card(title: \"core-3-card-broad-title\", tag: Some(\"broad\")";
    let line = 1 + source.structure.text[..source.structure.text.find(card).expect("a card")]
        .matches('\n')
        .count();
    source.structure.text = source.structure.text.replacen(
        card,
        "Card(title: \"core-3-card-broad-title\", tga: Some(\"broad\")",
        1,
    );
    assert_reported(
        &lint(&source, CODE_IDS),
        "assets/content.ron",
        line,
        "content.ron cannot be read (column",
    );
    assert!(Library::load(&source).is_err(), "the badge would be lost");
}

/// The embedded content written to a temporary folder, as `content_dir` would hold it.
fn content_folder() -> tempfile::TempDir {
    let dir = tempfile::tempdir().expect("temporary directory");
    let source = ContentSource::embedded();
    for file in source.files() {
        let path = dir.path().join(&file.path);
        std::fs::create_dir_all(path.parent().expect("parent")).expect("dir");
        std::fs::write(path, &file.text).expect("write");
    }
    dir
}

#[test]
fn a_byte_order_mark_from_a_windows_editor_is_ignored() {
    let dir = content_folder();
    for file in ["assets/content.ron", "locales/en/core.ftl"] {
        let path = dir.path().join(file);
        let text = std::fs::read_to_string(&path).expect("read");
        std::fs::write(&path, format!("\u{feff}{text}")).expect("write");
    }
    let library = Library::from_checked_dir(dir.path());
    assert!(library.is_ok(), "{:?}", library.err());
}

#[test]
fn a_file_saved_as_shift_jis_is_named_with_its_line() {
    let dir = content_folder();
    let path = dir.path().join("locales/ja/about.ftl");
    // "# x\nabout-title = 概要" with the last two characters in Shift_JIS.
    std::fs::write(&path, b"# x\nabout-title = \x8a\x54\x97\x76\n").expect("write");
    let error = Library::from_checked_dir(dir.path()).expect_err("refused");
    let shown = error.to_string();
    assert!(
        shown.ends_with(
            "locales/ja/about.ftl:2: is not UTF-8 text; save it as UTF-8 (not Shift_JIS or UTF-16)"
        ),
        "{shown}"
    );
}

#[cfg(unix)]
#[test]
fn a_pipe_or_device_in_a_content_folder_is_refused_without_reading_it() {
    let dir = content_folder();
    let ron = dir.path().join("assets/content.ron");
    std::fs::remove_file(&ron).expect("remove");
    // Reading /dev/zero would never end; a pipe would block for ever.
    std::os::unix::fs::symlink("/dev/zero", &ron).expect("symlink");
    let shown = Library::from_checked_dir(dir.path())
        .expect_err("refused")
        .to_string();
    assert!(
        shown.ends_with("assets/content.ron: is not a regular file"),
        "{shown}"
    );
}

#[test]
fn a_huge_content_file_is_refused_without_reading_it() {
    let dir = content_folder();
    let path = dir.path().join("locales/en/details.ftl");
    let file = std::fs::File::create(&path).expect("create");
    file.set_len(immuno_kiosk::content::MAX_CONTENT_FILE_BYTES + 1)
        .expect("sparse file");
    let shown = Library::from_checked_dir(dir.path())
        .expect_err("refused")
        .to_string();
    assert!(
        shown.contains("locales/en/details.ftl: is 1048577 bytes, more than the limit"),
        "{shown}"
    );
}

/// Large files (half the 1 MiB a content folder may hold) are checked in about linear
/// time: finding each id's line used to search or count through the whole text, which
/// took from 20 s to minutes here and now takes about 2 s in a debug build.
#[test]
fn large_files_are_checked_in_linear_time() {
    let mut source = ContentSource::embedded();
    let paragraphs = (0..10_000).fold(String::new(), |mut out, i| {
        let _ = writeln!(out, "                        Paragraph(\"p-{i:06}\"),");
        out
    });
    source.structure.text =
        source
            .structure
            .text
            .replacen("blocks: [\n", &format!("blocks: [\n{paragraphs}"), 1);
    let messages = (0..40_000).fold(String::new(), |mut out, i| {
        let _ = writeln!(out, "m-{i:06} = x");
        out
    });
    let file = source
        .locales
        .iter_mut()
        .flat_map(|l| l.files.iter_mut())
        .find(|f| f.path == "locales/en/about.ftl")
        .expect("about.ftl");
    file.text.push_str(&messages);
    let limit = immuno_kiosk::content::MAX_CONTENT_FILE_BYTES;
    assert!(source.structure.text.len() as u64 <= limit && file.text.len() as u64 <= limit);

    let started = std::time::Instant::now();
    let problems = lint(&source, CODE_IDS);
    let took = started.elapsed();
    assert!(problems.len() > 45_000, "{}", problems.len());
    assert!(took.as_secs() < 10, "took {took:?}");
}

#[test]
fn broken_ruby_markup_and_markup_outside_japanese_are_reported() {
    let problems = lint_fixture("ruby_markup");
    // Well-formed readings pass: the lead's 「免疫《めんえき》」 and 「｜がん治療《ちりょう》」.
    assert!(
        !problems
            .iter()
            .any(|p| p.file == "locales/ja/core.ftl" && p.line == 7),
        "well-formed ruby was reported:{}",
        listing(&problems)
    );
    assert_reported(&problems, "locales/ja/core.ftl", 8, "is never closed");
    assert_reported(&problems, "locales/ja/core.ftl", 10, "is not all kana");
    assert_reported(
        &problems,
        "locales/en/core.ftl",
        7,
        "for Japanese readings only",
    );
    assert_eq!(problems.len(), 3, "{}", listing(&problems));
}

#[test]
fn a_banned_variant_of_a_term_is_reported_at_its_line_with_the_word_to_use() {
    let problems = lint_fixture("term_variant");
    assert_reported(
        &problems,
        "locales/ja/core.ftl",
        9,
        "message \"core-1-p1\": \"わかる\" is a variant of \"分かる\"",
    );
    assert_reported(
        &problems,
        "locales/en/core.ftl",
        10,
        "message \"core-1-b1\": \"pee\" is a variant of \"urinate\"",
    );
    // 保険 inside 保険診療 (an exception) and inside 公的な医療保険 (the preferred form) is a
    // different word, and "pee" inside "speed" is no word at all: two reports, not more.
    assert_eq!(problems.len(), 2, "{}", listing(&problems));
}

#[test]
fn a_sentence_over_the_budget_is_reported_and_a_short_one_is_not() {
    let problems = lint_fixture("long_sentence");
    assert_reported(
        &problems,
        "locales/ja/core.ftl",
        10,
        "message \"core-1-b1\": a sentence of 32 characters, over the budget of 30 for ja",
    );
    // The first sentence of the same message (13 characters) and the English text, which
    // has no budget, are not reported.
    assert_eq!(problems.len(), 1, "{}", listing(&problems));
}

#[test]
fn sentences_split_at_full_stops_and_leave_ruby_readings_out() {
    let counted: Vec<(String, usize)> =
        sentences("｜免疫《めんえき》の力です。\n  T細胞（ティーさいぼう）が働きます！最後")
            .into_iter()
            .map(|s| (s.text, s.chars))
            .collect();
    assert_eq!(
        counted,
        [
            ("免疫の力です。".to_owned(), 7),
            ("T細胞（ティーさいぼう）が働きます！".to_owned(), 18),
            ("最後".to_owned(), 2),
        ]
    );
}

#[test]
fn a_trial_figure_on_a_page_that_names_no_trial_is_reported_at_the_page() {
    let problems = lint_fixture("trial_without_source");
    assert_reported(
        &problems,
        "assets/content.ron",
        18,
        "page \"core-1\" gives a trial figure (\"core-1-p1\"",
    );
    assert_eq!(problems.len(), 1, "{}", listing(&problems));
}

#[test]
fn citing_a_trial_source_satisfies_the_trial_rule() {
    let dir =
        Path::new(env!("CARGO_MANIFEST_DIR")).join("tests/fixtures/content/trial_without_source");
    let mut source = ContentSource::from_dir(&dir).unwrap_or_else(|e| panic!("fixture: {e}"));
    source.structure.text = source.structure.text.replace(
        "(id: \"ncc\", label: \"source-ncc\"),",
        "(id: \"ncc\", label: \"source-ncc\", trial: true),",
    );
    let problems = lint(&source, &[]);
    assert!(problems.is_empty(), "unexpected:{}", listing(&problems));
}

#[test]
fn a_figure_where_no_trial_is_spoken_of_needs_no_trial_source() {
    let dir =
        Path::new(env!("CARGO_MANIFEST_DIR")).join("tests/fixtures/content/trial_without_source");
    let mut source = ContentSource::from_dir(&dir).unwrap_or_else(|e| panic!("fixture: {e}"));
    for file in source.locales.iter_mut().flat_map(|l| l.files.iter_mut()) {
        file.text = file.text.replace("ある臨床試験では、", "ある報告では、");
    }
    let problems = lint(&source, &[]);
    assert!(problems.is_empty(), "unexpected:{}", listing(&problems));
}

/// The Japanese sentences of the shipped content as the sentence budget counts them,
/// in 10-character bins: printed for the content review (`--nocapture`), and held to the
/// budget in content.ron.
#[test]
#[expect(
    clippy::print_stdout,
    reason = "the figures for the content review, shown with --nocapture"
)]
fn shipped_japanese_sentences_fit_the_budget() {
    let source = ContentSource::embedded();
    let library = Library::load(&source).expect("content parses").0;
    let budget = library
        .spec
        .max_sentence_chars
        .iter()
        .find(|(lang, _)| lang == "ja")
        .map(|(_, max)| *max)
        .expect("a ja sentence budget");
    let ja = source.locale("ja").expect("ja");
    let mut lengths: Vec<usize> = ja
        .files
        .iter()
        .filter(|f| !f.path.ends_with("ui.ftl"))
        .flat_map(|f| message_values(&f.text))
        .flat_map(|value| sentences(&value))
        .map(|s| s.chars)
        .collect();
    lengths.sort_unstable();
    let mut bins = std::collections::BTreeMap::new();
    for length in &lengths {
        *bins.entry(length / 10 * 10).or_insert(0) += 1;
    }
    let shown = bins.iter().fold(String::new(), |mut out, (bin, n)| {
        let _ = write!(out, " {bin}-{}:{n}", bin + 9);
        out
    });
    let max = lengths.last().copied().unwrap_or(0);
    let median = lengths.get(lengths.len() / 2).copied().unwrap_or(0);
    println!(
        "ja sentences: {}, max {max}, median {median};{shown}",
        lengths.len()
    );
    assert!(lengths.len() > 300, "{} sentences", lengths.len());
    assert!(max <= budget, "longest sentence {max} > {budget}");
}

/// Each message's value and attribute in a Fluent file, continuation lines joined (enough
/// for the shipped files, which have no placeables in their content messages).
fn message_values(text: &str) -> Vec<String> {
    let mut values: Vec<String> = Vec::new();
    let mut in_message = false;
    for line in text.lines() {
        if let Some((id, value)) = line.split_once(" = ")
            && (!id.starts_with([' ', '#']) || id.trim_start().starts_with('.'))
        {
            values.push(value.to_owned());
            in_message = true;
        } else if in_message && line.starts_with(' ') {
            if let Some(last) = values.last_mut() {
                last.push_str(line.trim());
            }
        } else {
            in_message = false;
        }
    }
    values
}

#[test]
fn a_term_or_sentence_budget_for_a_missing_locale_is_reported() {
    for (from, to, fragment) in [
        (
            "(lang: \"en\", use: \"urinate\"",
            "(lang: \"fr\", use: \"urinate\"",
            "the term \"urinate\" is for locale \"fr\", but there is no locales/fr/ folder",
        ),
        (
            "terms: [",
            "max_sentence_chars: [(\"jp\", 60)],\n    terms: [",
            "max_sentence_chars has a budget for locale \"jp\"",
        ),
    ] {
        let dir = Path::new(env!("CARGO_MANIFEST_DIR")).join("tests/fixtures/content/term_variant");
        let mut source = ContentSource::from_dir(&dir).unwrap_or_else(|e| panic!("fixture: {e}"));
        assert!(source.structure.text.contains(from), "{from}");
        source.structure.text = source.structure.text.replacen(from, to, 1);
        let problems = lint(&source, &[]);
        assert!(
            problems
                .iter()
                .any(|p| p.file == "assets/content.ron" && p.message.contains(fragment)),
            "{fragment}:{}",
            listing(&problems)
        );
    }
}

#[test]
fn figure_faults_are_reported_at_the_drawing_or_the_block() {
    let problems = lint_fixture("figure_faults");
    // The well-made drawing and its inside label pass.
    assert!(
        !problems
            .iter()
            .any(|p| p.file == "assets/figures/cells.svg"),
        "a good drawing was reported:{}",
        listing(&problems)
    );
    assert_reported(&problems, "assets/content.ron", 22, "outside its drawing");
    assert_reported(&problems, "assets/content.ron", 25, "has no drawing");
    assert_reported(
        &problems,
        "assets/figures/emblem.svg",
        2,
        "fill=\"#ff0000\" is not one of the figure colours",
    );
    assert_reported(
        &problems,
        "assets/figures/spare.svg",
        1,
        "no figure in content.ron uses this drawing",
    );
    assert_eq!(problems.len(), 4, "{}", listing(&problems));
}

#[test]
fn a_translation_whose_japanese_changed_is_listed_as_stale_at_its_line() {
    let problems = lint_fixture("stale_translation");
    assert_reported(
        &problems,
        "locales/en/core.ftl",
        8,
        "stale: ja changed since this was translated",
    );
    // Only that message: the others were translated from the Japanese as it stands.
    assert_eq!(
        problems.iter().filter(|p| p.is_stale()).count(),
        1,
        "{}",
        listing(&problems)
    );
    assert_reported(
        &problems,
        "locales/en/status.ron",
        7,
        "\"core-9-gone\" is recorded here but is not a message in ja",
    );
}

#[test]
fn a_status_file_that_does_not_parse_is_reported_at_its_line() {
    let problems = lint_fixture("status_parse_error");
    assert_reported(
        &problems,
        "locales/en/status.ron",
        3,
        "the translation status does not parse",
    );
}

#[test]
fn the_term_table_fixes_each_language_s_words_for_the_two_kinds() {
    let problems = lint_fixture("term_table");
    assert_reported(
        &problems,
        "locales/en/core.ftl",
        8,
        "the Japanese says 免疫療法（効果あり）; write it as \"Proven immunotherapy\"",
    );
    assert_reported(
        &problems,
        "locales/en/core.ftl",
        10,
        "the Japanese says 免疫療法（広義）; write it as \"Immunotherapy in the broad sense\"",
    );
    assert_reported(
        &problems,
        "locales/README.md",
        7,
        "the term table has a row for \"fr\", but there is no locales/fr/ folder",
    );
    // Japanese is its own row, and says it.
    assert!(
        !problems.iter().any(|p| p.file.starts_with("locales/ja/")),
        "{}",
        listing(&problems)
    );
}

#[test]
fn a_character_is_checked_against_the_fonts_of_its_own_language() {
    let problems = lint_fixture("glyph_by_language");
    // Hangul has a glyph in Korean's face, not in the faces English is drawn with.
    assert_reported(
        &problems,
        "locales/en/core.ftl",
        6,
        "has no glyph in the bundled fonts of en (BIZ UDPGothic)",
    );
    assert!(
        !problems
            .iter()
            .any(|p| p.file == "locales/ko/core.ftl" && p.message.contains("glyph")),
        "{}",
        listing(&problems)
    );
}
