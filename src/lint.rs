//! The content lint: reads the Fluent files and `assets/content.ron` together and reports
//! every problem as `file:line: message`, so that a translator or editor finds it before a
//! patient does.
//!
//! Japanese (`ja`) is the reference locale: every other locale is compared with it. The lint
//! never stops at the first problem, and never panics on what it reads.

use std::collections::{BTreeMap, BTreeSet};
use std::fmt;
use std::path::Path;

use fluent_bundle::{FluentBundle, FluentResource};
use fluent_syntax::ast;
use fluent_syntax::parser::{self, ParserError};
use fluent_syntax::unicode::unescape_unicode_to_string;
use unic_langid::LanguageIdentifier;

use crate::content::{Block, ContentSource, ContentSpec, LocaleFiles, PageSpec, SourceFile};
use crate::fonts::GlyphCoverage;

/// The locale every other one is compared with.
const REFERENCE_LANG: &str = "ja";

/// Bidi isolation marks Fluent may put around placeables; layout, not characters a reader
/// reads, so the budget does not count them.
const ISOLATION_MARKS: [char; 2] = ['\u{2068}', '\u{2069}'];

/// One thing wrong with the content, at a place a person can open.
#[derive(Clone, Debug, PartialEq, Eq)]
pub struct Problem {
    /// The file, relative to the content root (`locales/en/core.ftl`).
    pub file: String,
    /// 1-based line in `file`.
    pub line: usize,
    /// What is wrong and what to do about it.
    pub message: String,
}

impl Problem {
    fn new(file: impl Into<String>, line: usize, message: impl Into<String>) -> Self {
        Self {
            file: file.into(),
            line,
            message: message.into(),
        }
    }
}

impl fmt::Display for Problem {
    fn fmt(&self, f: &mut fmt::Formatter<'_>) -> fmt::Result {
        write!(f, "{}:{}: {}", self.file, self.line, self.message)
    }
}

/// What the lint needs to know beyond the content itself.
#[derive(Clone, Copy, Debug, Default)]
pub struct LintOptions<'a> {
    /// Fluent ids the program's own code uses (the `ui.ftl` chrome); they count as used.
    pub code_ids: &'a [&'a str],
}

/// Checks the Fluent files and `content.ron` of `source`; an empty list means clean.
///
/// Problems are sorted by file, then line.
#[must_use]
pub fn check_content(
    source: &ContentSource,
    glyphs: &GlyphCoverage,
    options: &LintOptions<'_>,
) -> Vec<Problem> {
    let mut problems = Vec::new();
    let parsed: Vec<ParsedLocale<'_>> = source
        .locales
        .iter()
        .map(|files| ParsedLocale::parse(files, &mut problems))
        .collect();
    let locales: Vec<Locale<'_>> = parsed.iter().map(Locale::index).collect();
    for locale in &locales {
        check_locale(locale, glyphs, &mut problems);
    }
    if let Some(reference) = locales.iter().find(|l| l.lang == REFERENCE_LANG) {
        for other in locales.iter().filter(|l| l.lang != REFERENCE_LANG) {
            check_parity(reference, other, &mut problems);
        }
    }
    if let Some(spec) = parse_structure(&source.structure, &mut problems) {
        let ron = RonText::new(&source.structure);
        check_structure(&spec, &ron, glyphs, &mut problems);
        let uses = content_uses(&spec, &ron);
        check_usage(&uses, &ron, &locales, options.code_ids, &mut problems);
        check_budgets(&spec, &ron, source, &mut problems);
    }
    problems.sort_by(|a, b| (a.file.as_str(), a.line).cmp(&(b.file.as_str(), b.line)));
    problems.dedup();
    problems
}

/// The Fluent ids whose text counts towards a page's length budget, in reading order:
/// title, lead, then every heading, paragraph, bullet and callout or card title of its
/// blocks. Link captions and the consultation block are not counted.
#[must_use]
pub fn page_budget_ids(page: &PageSpec) -> Vec<String> {
    let mut ids = vec![page_title_id(&page.id), page_lead_id(&page.id)];
    for block in &page.blocks {
        push_budget_ids(block, &mut ids);
    }
    ids
}

/// Counts a page's characters as the budget does: the Unicode scalar values of the resolved
/// text of every id in [`page_budget_ids`], without Fluent's bidi isolation marks.
///
/// `text_of` resolves one Fluent id in the locale being counted; an id it cannot resolve
/// counts as empty (the lint reports missing ids separately).
#[must_use]
pub fn page_char_count<S: AsRef<str>>(
    page: &PageSpec,
    mut text_of: impl FnMut(&str) -> Option<S>,
) -> usize {
    page_budget_ids(page)
        .iter()
        .filter_map(|id| text_of(id))
        .map(|text| {
            text.as_ref()
                .chars()
                .filter(|c| !ISOLATION_MARKS.contains(c))
                .count()
        })
        .sum()
}

fn push_budget_ids(block: &Block, ids: &mut Vec<String>) {
    match block {
        Block::Heading(id) | Block::Paragraph(id) => ids.push(id.clone()),
        Block::Bullets(items) => ids.extend(items.iter().cloned()),
        Block::Callout { title, blocks } | Block::Card { title, blocks, .. } => {
            ids.push(title.clone());
            for inner in blocks {
                push_budget_ids(inner, ids);
            }
        }
        Block::Links(_) | Block::Consultation => {}
    }
}

fn page_title_id(page_id: &str) -> String {
    format!("{page_id}-title")
}

fn page_lead_id(page_id: &str) -> String {
    format!("{page_id}-lead")
}

// ---------------------------------------------------------------------------------------
// Text positions

/// 1-based line of byte `offset` in `text`.
fn line_at(text: &str, offset: usize) -> usize {
    text.bytes().take(offset).filter(|b| *b == b'\n').count() + 1
}

/// Byte offset of `part` inside `text`, when `part` is a slice of it (as the Fluent parser's
/// identifiers and text elements are).
fn offset_in(text: &str, part: &str) -> Option<usize> {
    let offset = part.as_ptr().addr().checked_sub(text.as_ptr().addr())?;
    (offset + part.len() <= text.len()).then_some(offset)
}

/// 1-based line where `part`, a slice of `text`, starts; 1 when it is not a slice of it.
fn line_of_slice(text: &str, part: &str) -> usize {
    offset_in(text, part).map_or(1, |offset| line_at(text, offset))
}

fn file_name(path: &str) -> &str {
    Path::new(path)
        .file_name()
        .and_then(|name| name.to_str())
        .unwrap_or(path)
}

// ---------------------------------------------------------------------------------------
// Fluent files

/// One `.ftl` file and its syntax tree, which borrows from the file's text.
struct ParsedFile<'s> {
    path: &'s str,
    text: &'s str,
    resource: ast::Resource<&'s str>,
}

/// All `.ftl` files of one language, parsed.
struct ParsedLocale<'s> {
    lang: &'s str,
    files: Vec<ParsedFile<'s>>,
}

impl<'s> ParsedLocale<'s> {
    /// Parses every file, reporting syntax errors; the parser recovers, so the rest of
    /// each file is still checked.
    fn parse(locale: &'s LocaleFiles, problems: &mut Vec<Problem>) -> Self {
        let files = locale
            .files
            .iter()
            .map(|file| parse_ftl(file, problems))
            .collect();
        Self {
            lang: &locale.lang,
            files,
        }
    }
}

fn parse_ftl<'s>(file: &'s SourceFile, problems: &mut Vec<Problem>) -> ParsedFile<'s> {
    let text = file.text.as_str();
    let resource = match parser::parse(text) {
        Ok(resource) => resource,
        Err((resource, errors)) => {
            for error in &errors {
                problems.push(syntax_problem(&file.path, text, error));
            }
            resource
        }
    };
    ParsedFile {
        path: &file.path,
        text,
        resource,
    }
}

fn syntax_problem(path: &str, text: &str, error: &ParserError) -> Problem {
    let entry = error
        .slice
        .as_ref()
        .and_then(|slice| text.get(slice.clone()))
        .and_then(|junk| junk.lines().find(|line| !line.trim().is_empty()))
        .map_or_else(String::new, |line| format!(" in `{}`", line.trim()));
    Problem::new(
        path,
        error_line(text, error.pos.start),
        format!(
            "Fluent syntax error{entry}: {}; the whole entry is ignored until this is fixed",
            error.kind
        ),
    )
}

/// The line of a parser error at byte `offset`. The parser often stops at the line break
/// after the mistake, or at the end of the file; the mistake is on the last line with text.
fn error_line(text: &str, offset: usize) -> usize {
    let at_text = text
        .get(offset..)
        .and_then(|rest| rest.chars().next())
        .is_some_and(|c| !c.is_whitespace());
    if at_text {
        return line_at(text, offset);
    }
    let before = text.get(..offset).unwrap_or(text).trim_end();
    line_at(text, before.len().saturating_sub(1))
}

/// Whether an entry is a message or a term (`-brand`), for messages to people.
#[derive(Clone, Copy, Debug, PartialEq, Eq)]
enum Kind {
    Message,
    Term,
}

impl fmt::Display for Kind {
    fn fmt(&self, f: &mut fmt::Formatter<'_>) -> fmt::Result {
        f.write_str(match self {
            Self::Message => "message",
            Self::Term => "term",
        })
    }
}

/// One message or term definition, where it is and what it holds.
#[derive(Clone)]
struct Def<'a> {
    /// The id as other entries refer to it: terms keep their leading `-`.
    id: String,
    kind: Kind,
    path: &'a str,
    text: &'a str,
    line: usize,
    value: Option<&'a ast::Pattern<&'a str>>,
    attributes: &'a [ast::Attribute<&'a str>],
}

impl Def<'_> {
    fn patterns(&self) -> impl Iterator<Item = &ast::Pattern<&str>> {
        self.value
            .into_iter()
            .chain(self.attributes.iter().map(|attribute| &attribute.value))
    }

    fn attribute_names(&self) -> BTreeSet<&str> {
        self.attributes.iter().map(|a| a.id.name).collect()
    }

    fn variables(&self) -> BTreeSet<&str> {
        let mut names = BTreeSet::new();
        for pattern in self.patterns() {
            walk_pattern(pattern, &mut |piece| {
                if let Piece::Variable(name) = piece {
                    names.insert(name);
                }
            });
        }
        names
    }

    /// Ids this definition refers to (`{ other-message }`, `{ -term }`).
    fn references(&self) -> BTreeSet<String> {
        let mut ids = BTreeSet::new();
        for pattern in self.patterns() {
            walk_pattern(pattern, &mut |piece| match piece {
                Piece::Message(id) => {
                    ids.insert(id.to_owned());
                }
                Piece::Term(id) => {
                    ids.insert(format!("-{id}"));
                }
                _ => {}
            });
        }
        ids
    }
}

/// One language's definitions, in file order, and the first definition of each id.
struct Locale<'a> {
    lang: &'a str,
    files: &'a [ParsedFile<'a>],
    defs: Vec<Def<'a>>,
    by_id: BTreeMap<String, Def<'a>>,
}

impl<'a> Locale<'a> {
    fn index(parsed: &'a ParsedLocale<'a>) -> Self {
        let defs: Vec<Def<'a>> = parsed.files.iter().flat_map(file_defs).collect();
        let mut by_id = BTreeMap::new();
        for def in &defs {
            by_id.entry(def.id.clone()).or_insert_with(|| def.clone());
        }
        Self {
            lang: parsed.lang,
            files: &parsed.files,
            defs,
            by_id,
        }
    }

    /// Every id this locale's entries refer to.
    fn references(&self) -> BTreeSet<String> {
        self.defs.iter().flat_map(Def::references).collect()
    }

    /// The path of this locale's file named like `path` (`locales/ja/core.ftl` →
    /// `locales/en/core.ftl`), whether or not it exists.
    fn counterpart(&self, path: &str) -> String {
        let name = file_name(path);
        self.files
            .iter()
            .find(|file| file_name(file.path) == name)
            .map_or_else(
                || format!("locales/{}/{name}", self.lang),
                |file| file.path.to_owned(),
            )
    }
}

fn file_defs<'a>(file: &'a ParsedFile<'a>) -> impl Iterator<Item = Def<'a>> {
    file.resource
        .body
        .iter()
        .filter_map(move |entry| match entry {
            ast::Entry::Message(message) => Some(Def {
                id: message.id.name.to_owned(),
                kind: Kind::Message,
                path: file.path,
                text: file.text,
                line: line_of_slice(file.text, message.id.name),
                value: message.value.as_ref(),
                attributes: &message.attributes,
            }),
            ast::Entry::Term(term) => Some(Def {
                id: format!("-{}", term.id.name),
                kind: Kind::Term,
                path: file.path,
                text: file.text,
                line: line_of_slice(file.text, term.id.name),
                value: Some(&term.value),
                attributes: &term.attributes,
            }),
            _ => None,
        })
}

/// A leaf of a Fluent pattern that some check cares about.
enum Piece<'a> {
    /// Literal text, as written in the file.
    Text(&'a str),
    /// A quoted string literal (`{ "" }`), still escaped.
    Literal(&'a str),
    /// `$name`.
    Variable(&'a str),
    /// `{ other-message }` (the id, without attribute).
    Message(&'a str),
    /// `{ -term }` (the id, without its `-`).
    Term(&'a str),
}

fn walk_pattern<'a>(pattern: &'a ast::Pattern<&'a str>, visit: &mut impl FnMut(Piece<'a>)) {
    for element in &pattern.elements {
        match element {
            ast::PatternElement::TextElement { value } => visit(Piece::Text(value)),
            ast::PatternElement::Placeable { expression } => walk_expression(expression, visit),
        }
    }
}

fn walk_expression<'a>(
    expression: &'a ast::Expression<&'a str>,
    visit: &mut impl FnMut(Piece<'a>),
) {
    match expression {
        ast::Expression::Select { selector, variants } => {
            walk_inline(selector, visit);
            for variant in variants {
                walk_pattern(&variant.value, visit);
            }
        }
        ast::Expression::Inline(inline) => walk_inline(inline, visit),
    }
}

fn walk_inline<'a>(inline: &'a ast::InlineExpression<&'a str>, visit: &mut impl FnMut(Piece<'a>)) {
    match inline {
        ast::InlineExpression::StringLiteral { value } => visit(Piece::Literal(value)),
        ast::InlineExpression::NumberLiteral { .. } => {}
        ast::InlineExpression::FunctionReference { arguments, .. } => {
            walk_arguments(arguments, visit);
        }
        ast::InlineExpression::MessageReference { id, .. } => visit(Piece::Message(id.name)),
        ast::InlineExpression::TermReference { id, arguments, .. } => {
            visit(Piece::Term(id.name));
            if let Some(arguments) = arguments {
                walk_arguments(arguments, visit);
            }
        }
        ast::InlineExpression::VariableReference { id } => visit(Piece::Variable(id.name)),
        ast::InlineExpression::Placeable { expression } => walk_expression(expression, visit),
    }
}

fn walk_arguments<'a>(
    arguments: &'a ast::CallArguments<&'a str>,
    visit: &mut impl FnMut(Piece<'a>),
) {
    for positional in &arguments.positional {
        walk_inline(positional, visit);
    }
    for named in &arguments.named {
        walk_inline(&named.value, visit);
    }
}

// ---------------------------------------------------------------------------------------
// Checks within one locale

fn check_locale(locale: &Locale<'_>, glyphs: &GlyphCoverage, problems: &mut Vec<Problem>) {
    check_duplicates(locale, problems);
    check_unused_terms(locale, problems);
    for def in &locale.defs {
        check_empty(def, problems);
        check_glyphs(def, glyphs, problems);
        check_references(def, locale, problems);
    }
}

fn check_duplicates(locale: &Locale<'_>, problems: &mut Vec<Problem>) {
    for def in &locale.defs {
        let Some(first) = locale.by_id.get(&def.id) else {
            continue;
        };
        if (first.path, first.line) != (def.path, def.line) {
            problems.push(Problem::new(
                def.path,
                def.line,
                format!(
                    "{} \"{}\" is defined twice in {}; the first definition is at {}:{}; \
                     keep only one",
                    def.kind, def.id, locale.lang, first.path, first.line
                ),
            ));
        }
    }
}

/// Whether a pattern shows nothing but whitespace.
fn is_blank(pattern: &ast::Pattern<&str>) -> bool {
    let mut blank = true;
    walk_pattern(pattern, &mut |piece| match piece {
        Piece::Text(text) => blank &= text.trim().is_empty(),
        Piece::Literal(literal) => blank &= unescape_unicode_to_string(literal).trim().is_empty(),
        Piece::Variable(_) | Piece::Message(_) | Piece::Term(_) => blank = false,
    });
    blank
}

fn check_empty(def: &Def<'_>, problems: &mut Vec<Problem>) {
    if def.value.is_none() && def.attributes.is_empty() {
        problems.push(Problem::new(
            def.path,
            def.line,
            format!("{} \"{}\" is empty; write its text", def.kind, def.id),
        ));
    }
    if def.value.is_some_and(is_blank) {
        problems.push(Problem::new(
            def.path,
            def.line,
            format!(
                "{} \"{}\" is empty (only spaces); write its text",
                def.kind, def.id
            ),
        ));
    }
    for attribute in def.attributes.iter().filter(|a| is_blank(&a.value)) {
        problems.push(Problem::new(
            def.path,
            line_of_slice(def.text, attribute.id.name),
            format!(
                "attribute \"{}\" of {} \"{}\" is empty; write its text",
                attribute.id.name, def.kind, def.id
            ),
        ));
    }
}

fn check_glyphs(def: &Def<'_>, glyphs: &GlyphCoverage, problems: &mut Vec<Problem>) {
    let mut report = |line: usize, c: char| {
        problems.push(Problem::new(
            def.path,
            line,
            format!(
                "{} \"{}\": {} has no glyph in the bundled font (BIZ UDPGothic) and would \
                 show as a box; use another character",
                def.kind,
                def.id,
                describe_char(c)
            ),
        ));
    };
    for pattern in def.patterns() {
        walk_pattern(pattern, &mut |piece| match piece {
            Piece::Text(text) => {
                // Text is a slice of the file, so each character has its own line.
                let start = offset_in(def.text, text);
                for (index, c) in text.char_indices().filter(|(_, c)| !glyphs.covers(*c)) {
                    report(start.map_or(def.line, |s| line_at(def.text, s + index)), c);
                }
            }
            Piece::Literal(literal) => {
                let line = line_of_slice(def.text, literal);
                let shown = unescape_unicode_to_string(literal);
                for c in shown.chars().filter(|c| !glyphs.covers(*c)) {
                    report(line, c);
                }
            }
            Piece::Variable(_) | Piece::Message(_) | Piece::Term(_) => {}
        });
    }
}

/// `"→" (U+2192)`, or just the code for characters that do not print.
fn describe_char(c: char) -> String {
    let code = format!("U+{:04X}", u32::from(c));
    if c.is_control() || c.is_whitespace() {
        format!("the invisible character {code}")
    } else {
        format!("\"{c}\" ({code})")
    }
}

fn check_references(def: &Def<'_>, locale: &Locale<'_>, problems: &mut Vec<Problem>) {
    for id in def.references() {
        if !locale.by_id.contains_key(&id) {
            problems.push(Problem::new(
                def.path,
                def.line,
                format!(
                    "{} \"{}\" refers to {{ {id} }}, which no {} file defines",
                    def.kind, def.id, locale.lang
                ),
            ));
        }
    }
}

// ---------------------------------------------------------------------------------------
// Checks between the reference locale and another

fn check_parity(reference: &Locale<'_>, other: &Locale<'_>, problems: &mut Vec<Problem>) {
    let mut previous: Option<&str> = None;
    // Terms are private to each locale (a language may need one another does not).
    for def in unique_in_order(reference).filter(|def| def.kind == Kind::Message) {
        match other.by_id.get(&def.id) {
            None => problems.push(missing_problem(def, previous, reference, other)),
            Some(translated) => compare_shapes(def, translated, problems),
        }
        if other.by_id.contains_key(&def.id) {
            previous = Some(&def.id);
        }
    }
    for def in unique_in_order(other).filter(|def| def.kind == Kind::Message) {
        if !reference.by_id.contains_key(&def.id) {
            problems.push(Problem::new(
                def.path,
                def.line,
                format!(
                    "{} \"{}\" is defined here but not in {}, the reference locale; \
                     remove it, or add it to {} first",
                    def.kind, def.id, reference.lang, reference.lang
                ),
            ));
        }
    }
}

/// Each id's first definition, in file order.
fn unique_in_order<'l, 'a>(locale: &'l Locale<'a>) -> impl Iterator<Item = &'l Def<'a>> {
    locale.defs.iter().filter(|def| {
        locale
            .by_id
            .get(&def.id)
            .is_some_and(|first| (first.path, first.line) == (def.path, def.line))
    })
}

fn missing_problem(
    def: &Def<'_>,
    previous: Option<&str>,
    reference: &Locale<'_>,
    other: &Locale<'_>,
) -> Problem {
    let place = previous.map_or_else(String::new, |id| format!(", after \"{id}\""));
    Problem::new(
        other.counterpart(def.path),
        1,
        format!(
            "{} \"{}\" is missing here but present in {} ({}:{}); translate it and add \
             it to this file{place}",
            def.kind, def.id, reference.lang, def.path, def.line
        ),
    )
}

fn compare_shapes(reference: &Def<'_>, translated: &Def<'_>, problems: &mut Vec<Problem>) {
    let mut report = |what: &str, expected: &BTreeSet<&str>, found: &BTreeSet<&str>| {
        let missing = expected.difference(found).copied().collect::<Vec<_>>();
        let extra = found.difference(expected).copied().collect::<Vec<_>>();
        if missing.is_empty() && extra.is_empty() {
            return;
        }
        problems.push(Problem::new(
            translated.path,
            translated.line,
            format!(
                "{} \"{}\" has different {what} than in ja ({}:{}): {}",
                translated.kind,
                translated.id,
                reference.path,
                reference.line,
                describe_difference(&missing, &extra)
            ),
        ));
    };
    report(
        "attributes",
        &reference.attribute_names(),
        &translated.attribute_names(),
    );
    let expected_vars = prefixed(&reference.variables());
    let found_vars = prefixed(&translated.variables());
    report(
        "variables",
        &expected_vars.iter().map(String::as_str).collect(),
        &found_vars.iter().map(String::as_str).collect(),
    );
}

fn prefixed(variables: &BTreeSet<&str>) -> BTreeSet<String> {
    variables.iter().map(|name| format!("${name}")).collect()
}

fn describe_difference(missing: &[&str], extra: &[&str]) -> String {
    let mut parts = Vec::new();
    if !missing.is_empty() {
        parts.push(format!("missing {}", missing.join(", ")));
    }
    if !extra.is_empty() {
        parts.push(format!("not in ja: {}", extra.join(", ")));
    }
    parts.join("; ")
}

// ---------------------------------------------------------------------------------------
// content.ron

fn parse_structure(file: &SourceFile, problems: &mut Vec<Problem>) -> Option<ContentSpec> {
    match ron::from_str::<ContentSpec>(&file.text) {
        Ok(spec) => Some(spec),
        Err(error) => {
            problems.push(Problem::new(
                &file.path,
                error.span.start.line.max(1),
                format!(
                    "content.ron cannot be read (column {}): {}; nothing else in it was \
                     checked",
                    error.span.start.col, error.code
                ),
            ));
            None
        }
    }
}

/// Finds where quoted strings appear in `content.ron`, since serde keeps no positions.
struct RonText<'a> {
    path: &'a str,
    text: &'a str,
}

impl<'a> RonText<'a> {
    fn new(file: &'a SourceFile) -> Self {
        Self {
            path: &file.path,
            text: &file.text,
        }
    }

    /// Byte offsets of every `"value"` outside `//` comment lines.
    fn occurrences(&self, value: &str) -> Vec<usize> {
        let quoted = format!("\"{value}\"");
        self.text
            .match_indices(&quoted)
            .map(|(offset, _)| offset)
            .filter(|offset| !self.in_comment_line(*offset))
            .collect()
    }

    fn in_comment_line(&self, offset: usize) -> bool {
        let before = self.text.get(..offset).unwrap_or_default();
        let line_start = before.rfind('\n').map_or(0, |i| i + 1);
        before
            .get(line_start..)
            .is_some_and(|line| line.trim_start().starts_with("//"))
    }

    /// Line of the first `"value"`, or 1.
    fn line_of(&self, value: &str) -> usize {
        self.occurrences(value)
            .first()
            .map_or(1, |offset| line_at(self.text, *offset))
    }

    /// Line of the `nth` (0-based) `key: "value"`, falling back to any `"value"`.
    fn line_of_field(&self, key: &str, value: &str, nth: usize) -> usize {
        self.occurrences(value)
            .into_iter()
            .filter(|offset| self.preceded_by_key(*offset, key))
            .nth(nth)
            .map_or_else(|| self.line_of(value), |offset| line_at(self.text, offset))
    }

    fn preceded_by_key(&self, offset: usize, key: &str) -> bool {
        let before = self.text.get(..offset).unwrap_or_default().trim_end();
        let Some(before) = before.strip_suffix(':') else {
            return false;
        };
        let Some(rest) = before.trim_end().strip_suffix(key) else {
            return false;
        };
        !rest
            .chars()
            .next_back()
            .is_some_and(|c| c.is_alphanumeric() || c == '_')
    }

    fn problem(&self, line: usize, message: String) -> Problem {
        Problem::new(self.path, line, message)
    }
}

fn check_structure(
    spec: &ContentSpec,
    ron: &RonText<'_>,
    glyphs: &GlyphCoverage,
    problems: &mut Vec<Problem>,
) {
    check_review_date(spec, ron, problems);
    check_duplicate_ids(spec, ron, problems);
    check_tags(spec, ron, glyphs, problems);
    check_links(spec, ron, problems);
    check_page_references(spec, ron, problems);
}

fn check_review_date(spec: &ContentSpec, ron: &RonText<'_>, problems: &mut Vec<Problem>) {
    let date = spec.reviewed;
    if !(1..=12).contains(&date.month) || !(1..=31).contains(&date.day) {
        let line = ron
            .text
            .find("reviewed")
            .map_or(1, |offset| line_at(ron.text, offset));
        problems.push(ron.problem(
            line,
            format!(
                "the review date {}-{:02}-{:02} is not a real date",
                date.year, date.month, date.day
            ),
        ));
    }
}

/// Every `id:` in document order, with what it names.
fn declared_ids(spec: &ContentSpec) -> Vec<(&'static str, &str)> {
    let mut ids: Vec<(&'static str, &str)> = Vec::new();
    ids.extend(spec.tags.iter().map(|t| ("tag", t.id.as_str())));
    ids.extend(spec.links.iter().map(|l| ("link", l.id.as_str())));
    ids.extend(spec.sources.iter().map(|s| ("source", s.id.as_str())));
    for track in &spec.tracks {
        ids.push(("track", &track.id));
        ids.extend(track.pages.iter().map(|p| ("page", p.id.as_str())));
    }
    ids
}

fn check_duplicate_ids(spec: &ContentSpec, ron: &RonText<'_>, problems: &mut Vec<Problem>) {
    let mut seen_value: BTreeMap<&str, usize> = BTreeMap::new();
    let mut seen_kind: BTreeMap<(&str, &str), usize> = BTreeMap::new();
    for (kind, id) in declared_ids(spec) {
        let nth = seen_value.entry(id).or_default();
        let line = ron.line_of_field("id", id, *nth);
        *nth += 1;
        let count = seen_kind.entry((kind, id)).or_default();
        *count += 1;
        if *count == 2 {
            let first = ron.line_of_field("id", id, 0);
            problems.push(ron.problem(
                line,
                format!(
                    "there are two {kind}s with the id \"{id}\" (the first is on line \
                     {first}); give this one another id"
                ),
            ));
        }
    }
}

fn check_tags(
    spec: &ContentSpec,
    ron: &RonText<'_>,
    glyphs: &GlyphCoverage,
    problems: &mut Vec<Problem>,
) {
    for tag in &spec.tags {
        let line = ron.line_of_field("icon", &tag.icon, 0);
        if tag.icon.is_empty() {
            problems.push(ron.problem(
                ron.line_of_field("id", &tag.id, 0),
                format!("tag \"{}\" has no icon; give it one character", tag.id),
            ));
        }
        for c in tag.icon.chars().filter(|c| !glyphs.covers(*c)) {
            problems.push(ron.problem(
                line,
                format!(
                    "the icon of tag \"{}\", {}, has no glyph in the bundled font \
                     (BIZ UDPGothic); choose another character",
                    tag.id,
                    describe_char(c)
                ),
            ));
        }
    }
}

fn check_links(spec: &ContentSpec, ron: &RonText<'_>, problems: &mut Vec<Problem>) {
    for link in &spec.links {
        let secure = link
            .url
            .strip_prefix("https://")
            .is_some_and(|rest| !rest.is_empty() && !rest.contains(char::is_whitespace));
        if !secure {
            problems.push(ron.problem(
                ron.line_of_field("url", &link.url, 0),
                format!(
                    "link \"{}\" has the URL \"{}\", which is not a valid https:// address; \
                     the kiosk only shows https:// links",
                    link.id, link.url
                ),
            ));
        }
    }
}

fn check_page_references(spec: &ContentSpec, ron: &RonText<'_>, problems: &mut Vec<Problem>) {
    let tags: BTreeSet<&str> = spec.tags.iter().map(|t| t.id.as_str()).collect();
    let links: BTreeSet<&str> = spec.links.iter().map(|l| l.id.as_str()).collect();
    let sources: BTreeSet<&str> = spec.sources.iter().map(|s| s.id.as_str()).collect();
    let mut unknown = |kind: &str, id: &str, known: &BTreeSet<&str>, page: &str| {
        if !known.contains(id) {
            problems.push(ron.problem(
                ron.line_of(id),
                format!(
                    "{page} refers to {kind} \"{id}\", but no {kind} has that id; \
                     fix the id or add the {kind} to the {kind}s list"
                ),
            ));
        }
    };
    for track in &spec.tracks {
        for page in &track.pages {
            let name = format!("page \"{}\"", page.id);
            if let Some(tag) = &page.tag {
                unknown("tag", tag, &tags, &name);
            }
            for source in &page.sources {
                unknown("source", source, &sources, &name);
            }
            for_each_block(&page.blocks, &mut |block| match block {
                Block::Card { tag: Some(tag), .. } => unknown("tag", tag, &tags, &name),
                Block::Links(ids) => {
                    for id in ids {
                        unknown("link", id, &links, &name);
                    }
                }
                _ => {}
            });
        }
    }
    for_each_block(&spec.about, &mut |block| {
        if let Block::Links(ids) = block {
            for id in ids {
                unknown("link", id, &links, "the about page");
            }
        }
    });
}

/// Calls `visit` on every block, depth first, including those inside callouts and cards.
fn for_each_block<'a>(blocks: &'a [Block], visit: &mut impl FnMut(&'a Block)) {
    for block in blocks {
        visit(block);
        if let Block::Callout { blocks, .. } | Block::Card { blocks, .. } = block {
            for_each_block(blocks, visit);
        }
    }
}

// ---------------------------------------------------------------------------------------
// Which Fluent ids content.ron uses

/// One Fluent id used by `content.ron`, the line to report it at and what it is for.
struct Use {
    id: String,
    line: usize,
    role: String,
}

fn content_uses(spec: &ContentSpec, ron: &RonText<'_>) -> Vec<Use> {
    let mut uses = Vec::new();
    let mut add = |id: &str, line: usize, role: String| {
        uses.push(Use {
            id: id.to_owned(),
            line,
            role,
        });
    };
    for tag in &spec.tags {
        add(
            &tag.label,
            ron.line_of_field("label", &tag.label, 0),
            format!("label of tag \"{}\"", tag.id),
        );
    }
    for link in &spec.links {
        add(
            &link.caption,
            ron.line_of_field("caption", &link.caption, 0),
            format!("caption of link \"{}\"", link.id),
        );
    }
    for source in &spec.sources {
        add(
            &source.label,
            ron.line_of_field("label", &source.label, 0),
            format!("name of source \"{}\"", source.id),
        );
    }
    for track in &spec.tracks {
        let line = ron.line_of_field("id", &track.id, 0);
        add(
            &format!("track-{}-title", track.id),
            line,
            format!("title of track \"{}\"", track.id),
        );
        add(
            &format!("track-{}-summary", track.id),
            line,
            format!("summary of track \"{}\"", track.id),
        );
        for page in &track.pages {
            let line = ron.line_of_field("id", &page.id, 0);
            add(
                &page_title_id(&page.id),
                line,
                format!("title of page \"{}\"", page.id),
            );
            add(
                &page_lead_id(&page.id),
                line,
                format!("lead of page \"{}\"", page.id),
            );
            add_block_uses(
                &page.blocks,
                ron,
                &format!("text on page \"{}\"", page.id),
                &mut add,
            );
        }
    }
    add_block_uses(&spec.about, ron, "text on the about page", &mut add);
    uses
}

fn add_block_uses(
    blocks: &[Block],
    ron: &RonText<'_>,
    role: &str,
    add: &mut impl FnMut(&str, usize, String),
) {
    for_each_block(blocks, &mut |block| match block {
        Block::Heading(id) | Block::Paragraph(id) => add(id, ron.line_of(id), role.to_owned()),
        Block::Bullets(ids) => {
            for id in ids {
                add(id, ron.line_of(id), role.to_owned());
            }
        }
        Block::Callout { title, .. } | Block::Card { title, .. } => {
            add(title, ron.line_of_field("title", title, 0), role.to_owned());
        }
        Block::Links(_) | Block::Consultation => {}
    });
}

fn check_usage(
    uses: &[Use],
    ron: &RonText<'_>,
    locales: &[Locale<'_>],
    code_ids: &[&str],
    problems: &mut Vec<Problem>,
) {
    for content_use in uses {
        let defined = locales
            .iter()
            .filter_map(|locale| locale.by_id.get(&content_use.id))
            .collect::<Vec<_>>();
        if defined.is_empty() {
            problems.push(ron.problem(
                content_use.line,
                format!(
                    "message \"{}\" ({}) is used here but no locale defines it; add it to \
                     the ja and every other locale's .ftl files",
                    content_use.id, content_use.role
                ),
            ));
        }
        for def in defined.into_iter().filter(|def| def.value.is_none()) {
            problems.push(Problem::new(
                def.path,
                def.line,
                format!(
                    "message \"{}\" ({}) has attributes but no text of its own; write its text",
                    def.id, content_use.role
                ),
            ));
        }
    }
    check_code_ids(locales, code_ids, problems);
    check_unused(uses, locales, code_ids, problems);
}

fn check_code_ids(locales: &[Locale<'_>], code_ids: &[&str], problems: &mut Vec<Problem>) {
    let Some(reference) = locales.iter().find(|l| l.lang == REFERENCE_LANG) else {
        return;
    };
    for id in code_ids {
        if locales.iter().all(|locale| !locale.by_id.contains_key(*id)) {
            problems.push(Problem::new(
                reference.counterpart("ui.ftl"),
                1,
                format!(
                    "message \"{id}\" is used by the kiosk program but no locale defines it; \
                     add it to ui.ftl (or the .ftl file it belongs in) of ja and every other \
                     locale"
                ),
            ));
        }
    }
}

fn check_unused(
    uses: &[Use],
    locales: &[Locale<'_>],
    code_ids: &[&str],
    problems: &mut Vec<Problem>,
) {
    let mut in_use: BTreeSet<String> = uses.iter().map(|u| u.id.clone()).collect();
    in_use.extend(code_ids.iter().map(|id| (*id).to_owned()));
    in_use.extend(locales.iter().flat_map(Locale::references));
    let reference = locales.iter().find(|l| l.lang == REFERENCE_LANG);
    // A message missing from the reference locale is already reported by the parity check.
    let known = |id: &str| reference.is_none_or(|r| r.by_id.contains_key(id));
    let mut reported = BTreeSet::new();
    for locale in locales {
        for def in unique_in_order(locale).filter(|def| def.kind == Kind::Message) {
            if !in_use.contains(&def.id) && known(&def.id) && reported.insert(def.id.clone()) {
                problems.push(Problem::new(
                    def.path,
                    def.line,
                    format!(
                        "message \"{}\" is not used by content.ron, by another message or by \
                         the program; remove it, or use it in content.ron",
                        def.id
                    ),
                ));
            }
        }
    }
}

/// Terms are private to their locale: one is unused when no entry of its own locale uses it.
fn check_unused_terms(locale: &Locale<'_>, problems: &mut Vec<Problem>) {
    let in_use = locale.references();
    for def in unique_in_order(locale).filter(|def| def.kind == Kind::Term) {
        if !in_use.contains(&def.id) {
            problems.push(Problem::new(
                def.path,
                def.line,
                format!(
                    "term \"{}\" is not used by any message in {}; remove it",
                    def.id, locale.lang
                ),
            ));
        }
    }
}

// ---------------------------------------------------------------------------------------
// Length budgets

fn build_bundle(locale: &LocaleFiles) -> FluentBundle<FluentResource> {
    let lang: LanguageIdentifier = locale.lang.parse().unwrap_or_default();
    let mut bundle = FluentBundle::new(vec![lang]);
    bundle.set_use_isolating(false);
    for file in &locale.files {
        let resource =
            FluentResource::try_new(file.text.clone()).unwrap_or_else(|(partial, _)| partial);
        // Duplicates and syntax errors are reported by the checks above; what remains is
        // what the kiosk would show.
        let _ = bundle.add_resource(resource);
    }
    bundle
}

/// The text of message `id` as the kiosk shows it, without arguments.
fn resolve(bundle: &FluentBundle<FluentResource>, id: &str) -> Option<String> {
    let pattern = bundle.get_message(id)?.value()?;
    let mut errors = Vec::new();
    Some(
        bundle
            .format_pattern(pattern, None, &mut errors)
            .into_owned(),
    )
}

fn check_budgets(
    spec: &ContentSpec,
    ron: &RonText<'_>,
    source: &ContentSource,
    problems: &mut Vec<Problem>,
) {
    let bundles: Vec<(&str, FluentBundle<FluentResource>)> = source
        .locales
        .iter()
        .map(|locale| (locale.lang.as_str(), build_bundle(locale)))
        .collect();
    for track in &spec.tracks {
        let track_line = ron.line_of_field("id", &track.id, 0);
        for (lang, _) in &bundles {
            if !track.max_chars.iter().any(|(l, _)| l == lang) {
                problems.push(ron.problem(
                    track_line,
                    format!(
                        "track \"{}\" has no max_chars budget for locale \"{lang}\"; add one",
                        track.id
                    ),
                ));
            }
        }
        for (lang, max) in &track.max_chars {
            let Some((_, bundle)) = bundles.iter().find(|(l, _)| l == lang) else {
                problems.push(ron.problem(
                    track_line,
                    format!(
                        "track \"{}\" has a max_chars budget for locale \"{lang}\", but there \
                         is no locales/{lang}/ folder",
                        track.id
                    ),
                ));
                continue;
            };
            for page in &track.pages {
                let count = page_char_count(page, |id| resolve(bundle, id));
                if count > *max {
                    problems.push(ron.problem(
                        ron.line_of_field("id", &page.id, 0),
                        format!(
                            "page \"{}\" has {count} characters in {lang}, over the \"{}\" \
                             track's budget of {max}; shorten its {lang} text by {}",
                            page.id,
                            track.id,
                            count - max
                        ),
                    ));
                }
            }
        }
    }
}
