//! Property tests of the content loader and the `check-content` lint: the real content with
//! one mistake made in it (a message deleted, doubled, broken or given an attribute, a file
//! replaced by junk, `content.ron` cut, garbled or pointed at ids that do not exist), and
//! random bytes for any file.
//!
//! Whatever the input, nothing panics, the loader gives a usable library or a clear error,
//! and the lint names the file, the line and, where the mistake has one, the id.
//!
//! The case counts keep the suite quick in the debug profile; `PROPTEST_CASES=N` runs more.

#![allow(
    clippy::expect_used,
    reason = "test helpers: a failed expect is a failed test (allow-expect-in-tests covers only #[test] functions)"
)]

use std::collections::BTreeSet;
use std::path::Path;
use std::sync::LazyLock;

use immuno_kiosk::content::{ContentSource, FolderError, Library, LibraryError, SourceFile};
use immuno_kiosk::fonts::GlyphCoverage;
use immuno_kiosk::lint::{LintOptions, Problem, check_content, page_budget_ids};
use proptest::prelude::*;
use proptest::sample::Index;
use proptest::test_runner::TestCaseError;

/// `default` cases, or `PROPTEST_CASES` when it is set, as proptest's own default does.
fn cases(default: u32) -> ProptestConfig {
    let from_env = std::env::var("PROPTEST_CASES")
        .ok()
        .and_then(|n| n.parse().ok());
    ProptestConfig::with_cases(from_env.unwrap_or(default))
}

static BASE: LazyLock<ContentSource> = LazyLock::new(ContentSource::embedded);
static GLYPHS: LazyLock<GlyphCoverage> =
    LazyLock::new(|| GlyphCoverage::bundled().expect("the bundled fonts parse"));
/// What the lint says about the unchanged content (nothing, once the content is finished).
static BASE_PROBLEMS: LazyLock<Vec<Problem>> = LazyLock::new(|| lint(&BASE));

fn lint(source: &ContentSource) -> Vec<Problem> {
    let options = LintOptions {
        code_ids: immuno_kiosk::i18n::ids::ALL,
        readings_table: false,
    };
    check_content(source, &GLYPHS, &options)
}

fn listing(problems: &[Problem]) -> String {
    problems
        .iter()
        .fold(String::new(), |text, p| text + "\n  " + &p.to_string())
}

/// The problems that are not in the unchanged content's report.
fn new_problems(problems: &[Problem]) -> Vec<&Problem> {
    problems
        .iter()
        .filter(|p| !BASE_PROBLEMS.contains(p))
        .collect()
}

/// Every file of a source: the structure, then each locale's files.
fn files(source: &ContentSource) -> Vec<&SourceFile> {
    source.files().collect()
}

/// Each problem names a file of the content (or the counterpart a translation lacks), a
/// line inside it, and says something.
fn assert_well_formed(source: &ContentSource, problems: &[Problem]) -> Result<(), TestCaseError> {
    let files = files(source);
    for problem in problems {
        prop_assert!(!problem.message.trim().is_empty(), "{problem}");
        prop_assert!(problem.line >= 1, "{problem}");
        if let Some(file) = files.iter().find(|f| f.path == problem.file) {
            let lines = 1 + file.text.matches('\n').count();
            prop_assert!(problem.line <= lines, "line past the end: {problem}");
        } else {
            let counterpart = source.locales.iter().any(|l| {
                problem.file.starts_with(&format!("locales/{}/", l.lang))
                    && std::path::Path::new(&problem.file)
                        .extension()
                        .is_some_and(|ext| ext == "ftl")
            });
            prop_assert!(counterpart, "a file that is not in the content: {problem}");
            prop_assert_eq!(problem.line, 1);
        }
    }
    Ok(())
}

/// Loading the content gives a library whose every page can be drawn, or a structure error
/// that says where; the lint agrees on whether `content.ron` can be read.
fn assert_loads(source: &ContentSource, problems: &[Problem]) -> Result<(), TestCaseError> {
    let unreadable = problems
        .iter()
        .find(|p| p.file == source.structure.path && p.message.contains("cannot be read"));
    match Library::load(source) {
        Ok((library, _log)) => {
            prop_assert!(unreadable.is_none(), "the lint and the loader disagree");
            for track in library.tracks() {
                for page in &track.pages {
                    for id in page_budget_ids(page) {
                        for lang in ["ja", "en"] {
                            let _ = library.i18n.text(lang, &id, &[]);
                        }
                    }
                }
            }
        }
        Err(LibraryError::Structure {
            path,
            line,
            col,
            message,
        }) => {
            prop_assert_eq!(&path, &source.structure.path);
            prop_assert!(line >= 1 && col >= 1 && !message.trim().is_empty());
            let Some(problem) = unreadable else {
                return Err(TestCaseError::fail(format!(
                    "the loader refuses content.ron ({message}) but the lint does not say so"
                )));
            };
            prop_assert_eq!(problem.line, line);
            prop_assert!(problem.message.contains(&message), "{problem}");
        }
    }
    Ok(())
}

// ---------------------------------------------------------------------------------------
// Fluent files
// ---------------------------------------------------------------------------------------

/// Where the messages of a `.ftl` text are: `(id, first line, line count)`, 0-based lines.
fn messages(text: &str) -> Vec<(String, usize, usize)> {
    let lines: Vec<&str> = text.lines().collect();
    let mut found = Vec::new();
    for (index, line) in lines.iter().enumerate() {
        let Some((id, _)) = line.split_once(" =") else {
            continue;
        };
        let is_id = id.chars().next().is_some_and(|c| c.is_ascii_alphabetic())
            && id
                .chars()
                .all(|c| c.is_ascii_alphanumeric() || c == '-' || c == '_');
        if !is_id {
            continue;
        }
        let more = lines
            .iter()
            .skip(index + 1)
            .take_while(|l| l.starts_with(' '))
            .count();
        found.push((id.to_owned(), index, 1 + more));
    }
    found
}

/// One mistake in one message of one `.ftl` file.
#[derive(Clone, Debug)]
enum FtlSlip {
    /// The message is gone.
    Delete,
    /// The message is there twice.
    Duplicate,
    /// `{ $x` without its closing brace.
    UnclosedPlaceable,
    /// An attribute the other language does not have.
    AddAttribute,
    /// Only an attribute, no text.
    OnlyAttribute,
    /// Other words.
    Reword(String),
}

fn ftl_slip() -> impl Strategy<Value = FtlSlip> {
    prop_oneof![
        Just(FtlSlip::Delete),
        Just(FtlSlip::Duplicate),
        Just(FtlSlip::UnclosedPlaceable),
        Just(FtlSlip::AddAttribute),
        Just(FtlSlip::OnlyAttribute),
        "[a-zA-Z0-9あ-んア-ン一-龠 、。(){}$\"\\\\-]{1,30}".prop_map(FtlSlip::Reword),
    ]
}

/// Picks a file (`locale`, `file`) and a message in it, and makes the slip.
fn apply_ftl_slip(
    source: &mut ContentSource,
    file_pick: Index,
    message_pick: Index,
    slip: &FtlSlip,
) -> Option<(String, String, usize, usize)> {
    let all: Vec<(usize, usize)> = source
        .locales
        .iter()
        .enumerate()
        .flat_map(|(l, locale)| (0..locale.files.len()).map(move |f| (l, f)))
        .collect();
    let (l, f) = *file_pick.get(&all);
    let file = &mut source.locales[l].files[f];
    let found = messages(&file.text);
    if found.is_empty() {
        return None;
    }
    let (id, start, count) = message_pick.get(&found).clone();
    let lines: Vec<&str> = file.text.lines().collect();
    let entry = lines[start..start + count].join("\n");
    let replacement = match slip {
        FtlSlip::Delete => String::new(),
        FtlSlip::Duplicate => format!("{entry}\n{entry}"),
        FtlSlip::UnclosedPlaceable => format!("{entry} {{ $x"),
        FtlSlip::AddAttribute => format!("{entry}\n    .spoken = {id}"),
        FtlSlip::OnlyAttribute => format!("{id} =\n    .spoken = {id}"),
        FtlSlip::Reword(words) => format!("{id} = {words}"),
    };
    let mut text: Vec<String> = lines[..start].iter().map(|l| (*l).to_owned()).collect();
    text.push(replacement);
    text.extend(lines[start + count..].iter().map(|l| (*l).to_owned()));
    file.text = text.join("\n") + "\n";
    Some((file.path.clone(), id, start + 1, count))
}

/// Replaces one file's text.
fn replace_file(source: &mut ContentSource, pick: Index, text: String) -> String {
    let mut all: Vec<&mut SourceFile> = std::iter::once(&mut source.structure)
        .chain(source.locales.iter_mut().flat_map(|l| l.files.iter_mut()))
        .collect();
    let at = pick.index(all.len());
    let file = &mut *all[at];
    file.text = text;
    file.path.clone()
}

proptest! {
    #![proptest_config(cases(32))]

    /// One mistake in one message is reported where it is, with the message's id.
    #[test]
    fn a_slip_in_a_message_is_reported_with_its_id(
        file_pick in any::<Index>(),
        message_pick in any::<Index>(),
        slip in ftl_slip(),
    ) {
        let mut source = BASE.clone();
        let Some((path, id, line, count)) =
            apply_ftl_slip(&mut source, file_pick, message_pick, &slip)
        else {
            return Ok(());
        };
        let problems = lint(&source);
        assert_well_formed(&source, &problems)?;
        assert_loads(&source, &problems)?;
        let new = new_problems(&problems);
        let quoted = format!("\"{id}\"");
        let context = || format!("{slip:?} {path}:{line} {id}:{}", listing(&problems));
        match &slip {
            FtlSlip::Delete | FtlSlip::AddAttribute | FtlSlip::OnlyAttribute => {
                prop_assert!(new.iter().any(|p| p.message.contains(&quoted)), "{}", context());
            }
            FtlSlip::Duplicate => {
                let twice = format!("{quoted} is defined twice");
                prop_assert!(
                    new.iter().any(|p| p.file == path && p.line == line + count && p.message.contains(&twice)),
                    "{}", context()
                );
            }
            FtlSlip::UnclosedPlaceable => {
                prop_assert!(
                    new.iter().any(|p| p.file == path
                        && (line..line + count).contains(&p.line)
                        && p.message.contains("Fluent syntax error")
                        && p.message.contains(&id)),
                    "{}", context()
                );
            }
            FtlSlip::Reword(words) => {
                let shown: String = words.trim().to_owned();
                let lang = path.split('/').nth(1).unwrap_or("ja");
                let missing_glyph = shown.chars().any(|c| !GLYPHS.covers(lang, c));
                let parses = !new.iter().any(|p| p.message.contains("Fluent syntax error"));
                if missing_glyph && parses {
                    prop_assert!(
                        new.iter().any(|p| p.file == path && p.message.contains("has no glyph")),
                        "{}", context()
                    );
                }
                if new.is_empty() {
                    let (library, _) = Library::load(&source).expect("loads");
                    let lang = path.split('/').nth(1).unwrap_or_default();
                    prop_assert_eq!(library.i18n.message(lang, &id), Some(shown));
                }
            }
        }
    }

    /// A Fluent file replaced by anything: the lint reports what that costs, the loader
    /// still loads.
    #[test]
    fn any_text_in_a_fluent_file_is_reported_not_fatal(
        pick in any::<Index>(),
        bytes in prop_oneof![
            prop::collection::vec(any::<u8>(), 0..300),
            prop::collection::vec(prop::sample::select(b"{}$-=.[]*\n ab\"\\#".to_vec()), 0..300),
        ],
    ) {
        let mut source = BASE.clone();
        let text = String::from_utf8_lossy(&bytes).into_owned();
        let all: usize = source.locales.iter().map(|l| l.files.len()).sum();
        let at = pick.index(all);
        let file = source
            .locales
            .iter_mut()
            .flat_map(|l| l.files.iter_mut())
            .nth(at)
            .expect("in range");
        file.text = text;
        let path = file.path.clone();
        let problems = lint(&source);
        assert_well_formed(&source, &problems)?;
        assert_loads(&source, &problems)?;
        prop_assert!(
            !new_problems(&problems).is_empty(),
            "losing {path}'s messages is reported"
        );
    }
}

// ---------------------------------------------------------------------------------------
// content.ron
// ---------------------------------------------------------------------------------------

/// The quoted strings of a RON text outside comments: `(offset of the opening quote, the
/// key before it, if any)`.
fn quoted_strings(text: &str) -> Vec<(usize, usize, Option<String>)> {
    let mut found = Vec::new();
    let mut offset = 0;
    for line in text.split_inclusive('\n') {
        if !line.trim_start().starts_with("//") {
            let mut rest = line;
            let mut base = offset;
            while let Some(open) = rest.find('"') {
                let Some(len) = rest[open + 1..].find('"') else {
                    break;
                };
                let before = rest[..open].trim_end();
                let key = before.strip_suffix(':').map(|b| {
                    b.trim_end()
                        .rsplit(|c: char| !(c.is_alphanumeric() || c == '_'))
                        .next()
                        .unwrap_or_default()
                        .to_owned()
                });
                found.push((base + open, len, key));
                base += open + len + 2;
                rest = &rest[open + len + 2..];
            }
        }
        offset += line.len();
    }
    found
}

/// The characters of a RON text outside comments and strings, with their offsets.
fn code_chars(text: &str) -> Vec<(usize, char)> {
    let mut code = Vec::new();
    let mut in_string = false;
    let mut escaped = false;
    let mut chars = text.char_indices().peekable();
    while let Some((i, c)) = chars.next() {
        if in_string {
            match c {
                _ if escaped => escaped = false,
                '\\' => escaped = true,
                '"' => in_string = false,
                _ => {}
            }
        } else if c == '/' && chars.peek().is_some_and(|(_, n)| *n == '/') {
            while chars.next_if(|(_, n)| *n != '\n').is_some() {}
        } else if c == '"' {
            in_string = true;
        } else {
            code.push((i, c));
        }
    }
    code
}

/// One change to `content.ron`.
#[derive(Clone, Debug)]
enum RonSlip {
    /// Cut the file at a character.
    Truncate(Index),
    /// Delete one character.
    DeleteChar(Index),
    /// Insert one piece of punctuation.
    Insert(Index, &'static str),
    /// Delete a line.
    DeleteLine(Index),
    /// Repeat a line.
    DuplicateLine(Index),
    /// A quoted string (not an `id:`, an `icon:` or a word of the term list) becomes an id
    /// nothing defines.
    Retarget(Index, String),
    /// A number becomes a huge one.
    HugeNumber(Index),
    /// A field this version does not know.
    UnknownField(Index),
}

fn ron_slip() -> impl Strategy<Value = RonSlip> {
    let piece = prop::sample::select(vec!["(", ")", "[", "]", ",", ":", "\"", "/*", "'", "Some("]);
    prop_oneof![
        any::<Index>().prop_map(RonSlip::Truncate),
        any::<Index>().prop_map(RonSlip::DeleteChar),
        (any::<Index>(), piece).prop_map(|(at, p)| RonSlip::Insert(at, p)),
        any::<Index>().prop_map(RonSlip::DeleteLine),
        any::<Index>().prop_map(RonSlip::DuplicateLine),
        (any::<Index>(), "[a-z]{2,8}-zz").prop_map(|(at, id)| RonSlip::Retarget(at, id)),
        any::<Index>().prop_map(RonSlip::HugeNumber),
        any::<Index>().prop_map(RonSlip::UnknownField),
    ]
}

/// Makes the slip; for a retargeted string, returns the old and new strings.
fn apply_ron_slip(text: &str, slip: &RonSlip) -> (String, Option<(String, String)>) {
    let chars: Vec<(usize, char)> = text.char_indices().collect();
    let char_at = |at: &Index| chars[at.index(chars.len())];
    let lines: Vec<&str> = text.split_inclusive('\n').collect();
    match slip {
        RonSlip::Truncate(at) => (text[..char_at(at).0].to_owned(), None),
        RonSlip::DeleteChar(at) => {
            let (offset, c) = char_at(at);
            let mut out = text.to_owned();
            out.replace_range(offset..offset + c.len_utf8(), "");
            (out, None)
        }
        RonSlip::Insert(at, piece) => {
            let mut out = text.to_owned();
            out.insert_str(char_at(at).0, piece);
            (out, None)
        }
        RonSlip::DeleteLine(at) => {
            let mut out = lines.clone();
            out.remove(at.index(lines.len()));
            (out.concat(), None)
        }
        RonSlip::DuplicateLine(at) => {
            let mut out = lines.clone();
            let i = at.index(lines.len());
            out.insert(i, lines[i]);
            (out.concat(), None)
        }
        RonSlip::Retarget(at, id) => {
            // The term list's strings are words, not ids: a changed word is another rule.
            let terms = text.find("\n    terms: [").map_or(0..0, |start| {
                start
                    ..text[start..]
                        .find("\n    ],")
                        .map_or(start, |end| start + end)
            });
            let strings: Vec<_> = quoted_strings(text)
                .into_iter()
                .filter(|(_, _, key)| !matches!(key.as_deref(), Some("id" | "icon")))
                .filter(|(offset, _, _)| !terms.contains(offset))
                .collect();
            let (offset, len, _) = at.get(&strings).clone();
            let old = text[offset + 1..offset + 1 + len].to_owned();
            let mut out = text.to_owned();
            out.replace_range(offset + 1..offset + 1 + len, id);
            (out, Some((old, id.clone())))
        }
        RonSlip::HugeNumber(at) => {
            let numbers: Vec<usize> = code_chars(text)
                .into_iter()
                .filter(|(i, c)| c.is_ascii_digit() && text[..*i].ends_with(' '))
                .map(|(i, _)| i)
                .collect();
            let offset = numbers[at.index(numbers.len())];
            let mut out = text.to_owned();
            out.insert_str(offset, "99999999999999999999999");
            (out, None)
        }
        RonSlip::UnknownField(at) => {
            let opens: Vec<usize> = code_chars(text)
                .into_iter()
                .filter(|(i, c)| {
                    *c == '('
                        && text[i + 1..]
                            .trim_start()
                            .starts_with(|c: char| c.is_ascii_lowercase())
                })
                .map(|(i, _)| i)
                .collect();
            let offset = opens[at.index(opens.len())];
            let mut out = text.to_owned();
            out.insert_str(offset + 1, "colour: \"red\", ");
            (out, None)
        }
    }
}

proptest! {
    #![proptest_config(cases(32))]

    /// A changed `content.ron` loads or is refused with its position, the lint agrees, and a
    /// string pointed at an id nothing defines is reported with one of the two ids.
    #[test]
    fn a_slip_in_content_ron_is_reported_or_harmless(slip in ron_slip()) {
        let mut source = BASE.clone();
        let (text, retarget) = apply_ron_slip(&BASE.structure.text, &slip);
        source.structure.text = text;
        let problems = lint(&source);
        assert_well_formed(&source, &problems)?;
        assert_loads(&source, &problems)?;
        let unchanged = Library::load(&source)
            .ok()
            .zip(Library::load(&BASE).ok())
            .is_some_and(|((mine, _), (base, _))| mine.spec == base.spec);
        if unchanged {
            let messages = |problems: &[Problem]| -> BTreeSet<(String, String)> {
                problems.iter().map(|p| (p.file.clone(), p.message.clone())).collect()
            };
            prop_assert_eq!(
                messages(&problems),
                messages(&BASE_PROBLEMS),
                "the same structure, the same report"
            );
        }
        if let Some((old, new)) = retarget {
            let named = |id: &str| {
                let quoted = format!("\"{id}");
                new_problems(&problems).iter().any(|p| p.message.contains(&quoted))
            };
            prop_assert!(named(&old) || named(&new), "{old} -> {new}:{}", listing(&problems));
        }
        if matches!(slip, RonSlip::UnknownField(_) | RonSlip::HugeNumber(_)) {
            prop_assert!(Library::load(&source).is_err(), "{slip:?}");
        }
    }

    /// Any bytes as `content.ron` (or any other file) through the folder the kiosk would
    /// use: refused with the file's name, or used only when the lint passes.
    #[test]
    fn a_content_folder_with_any_file_is_refused_clearly_or_used(
        pick in any::<Index>(),
        bytes in prop_oneof![
            prop::collection::vec(any::<u8>(), 0..200),
            any::<String>().prop_map(String::into_bytes),
        ],
    ) {
        let dir = tempfile::tempdir().expect("temporary directory");
        let mut source = BASE.clone();
        let path = replace_file(&mut source, pick, String::new());
        for file in files(&source) {
            let target = dir.path().join(&file.path);
            std::fs::create_dir_all(target.parent().expect("parent")).expect("dir");
            let contents = if file.path == path { bytes.clone() } else { file.text.clone().into_bytes() };
            std::fs::write(&target, contents).expect("write");
        }
        match Library::from_checked_dir(dir.path()) {
            Ok(library) => {
                prop_assert!(!library.tracks().is_empty());
                prop_assert!(std::str::from_utf8(&bytes).is_ok());
            }
            Err(FolderError::Source(error)) => {
                let shown = error.to_string();
                prop_assert!(std::str::from_utf8(&bytes).is_err(), "{shown}");
                prop_assert!(shown.contains(&path), "names the file: {shown}");
            }
            Err(FolderError::Lint { count, first }) => {
                prop_assert!(count >= 1);
                let in_content = files(&source).iter().any(|f| first.starts_with(&format!("{}:", f.path)))
                    || first.starts_with("locales/");
                prop_assert!(in_content, "names a file: {first}");
            }
            Err(other) => {
                return Err(TestCaseError::fail(format!("unexpected: {other}")));
            }
        }
    }
}

// ---------------------------------------------------------------------------------------
// Sanity
// ---------------------------------------------------------------------------------------

/// The slips above find the real messages and strings; if the files change shape so that
/// they find none, the properties would pass without testing anything.
#[test]
fn the_generators_find_messages_and_strings() {
    let ids: BTreeSet<String> = BASE
        .locales
        .iter()
        .flat_map(|l| l.files.iter())
        .flat_map(|f| messages(&f.text))
        .map(|(id, _, _)| id)
        .collect();
    assert!(ids.len() > 100, "{}", ids.len());
    assert!(ids.contains("core-1-title"));
    let strings = quoted_strings(&BASE.structure.text);
    assert!(strings.len() > 100, "{}", strings.len());
    assert!(Path::new(&BASE.structure.path).ends_with("content.ron"));
}

/// Blocks nested far deeper than any page are refused with a position, not a stack
/// overflow (the RON parser stops at its recursion limit).
#[test]
fn deeply_nested_blocks_are_an_error_not_a_crash() {
    let mut source = BASE.clone();
    let deep = "Callout(title: \"x\", blocks: [".repeat(10_000);
    source.structure.text =
        source
            .structure
            .text
            .replacen("blocks: [", &format!("blocks: [{deep}"), 1);
    let problems = lint(&source);
    assert!(
        problems
            .iter()
            .any(|p| p.file == "assets/content.ron" && p.message.contains("cannot be read")),
        "{}",
        listing(&problems)
    );
    assert!(Library::load(&source).is_err());
}
