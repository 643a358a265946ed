//! The `.ftl` files: parsing them (reporting syntax errors) and indexing each locale's
//! message and term definitions.

use std::collections::{BTreeMap, BTreeSet};
use std::fmt;

use fluent_syntax::ast;
use fluent_syntax::parser::{self, ParserError};

use super::Problem;
use super::pattern::{Piece, walk_pattern};
use super::position::{LinedText, file_name};
use crate::source::{LocaleFiles, MAX_FLUENT_NESTING, SourceFile};

/// One `.ftl` file and its syntax tree, which borrows from the file's text.
struct ParsedFile<'s> {
    path: &'s str,
    text: LinedText<'s>,
    resource: ast::Resource<&'s str>,
}

/// All `.ftl` files of one language, parsed.
pub(super) struct ParsedLocale<'s> {
    lang: &'s str,
    files: Vec<ParsedFile<'s>>,
}

impl<'s> ParsedLocale<'s> {
    /// Parses every file, reporting syntax errors; the parser recovers, so the rest of
    /// each file is still checked.
    pub(super) fn parse(locale: &'s LocaleFiles, problems: &mut Vec<Problem>) -> Self {
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
    let text = LinedText::new(&file.text);
    if let Some(line) = file.fluent_too_deep() {
        problems.push(Problem::new(
            &file.path,
            line,
            format!(
                "placeables are nested more than {MAX_FLUENT_NESTING} deep (`{{ {{ {{ ..`); \
                 nothing in this file is read until this is fixed"
            ),
        ));
        return ParsedFile {
            path: &file.path,
            text,
            resource: ast::Resource { body: Vec::new() },
        };
    }
    let resource = match parser::parse(text.text) {
        Ok(resource) => resource,
        Err((resource, errors)) => {
            for error in &errors {
                problems.push(syntax_problem(&file.path, &text, error));
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

fn syntax_problem(path: &str, text: &LinedText<'_>, error: &ParserError) -> Problem {
    let entry = error
        .slice
        .as_ref()
        .and_then(|slice| {
            let line = text
                .text
                .get(slice.clone())?
                .lines()
                .find(|line| !line.trim().is_empty())?;
            // A broken attribute (`.explanation = …`) is named with its entry's id line.
            let owner = line
                .trim_start()
                .starts_with('.')
                .then(|| text.text.get(..slice.start))
                .flatten()
                .and_then(|before| {
                    before.lines().rev().find(|l| {
                        l.starts_with(|c: char| c.is_ascii_alphabetic()) && l.contains(" =")
                    })
                });
            Some(match owner {
                Some(owner) => format!(" in `{}` (`{}`)", owner.trim(), line.trim()),
                None => format!(" in `{}`", line.trim()),
            })
        })
        .unwrap_or_default();
    // A placeable may go on over line breaks, so the parser can stop at the start of the
    // next entry; the mistake is inside the broken one.
    let offset = error.slice.as_ref().map_or(error.pos.start, |slice| {
        error.pos.start.min(slice.end.saturating_sub(1))
    });
    Problem::new(
        path,
        error_line(text, offset),
        format!(
            "Fluent syntax error{entry}: {}; the whole entry is ignored until this is fixed",
            error.kind
        ),
    )
}

/// The line of a parser error at byte `offset`. The parser often stops at the line break
/// after the mistake, or at the end of the file; the mistake is on the last line with text.
fn error_line(text: &LinedText<'_>, offset: usize) -> usize {
    let at_text = text
        .text
        .get(offset..)
        .and_then(|rest| rest.chars().next())
        .is_some_and(|c| !c.is_whitespace());
    if at_text {
        return text.line_at(offset);
    }
    let before = text.text.get(..offset).unwrap_or(text.text).trim_end();
    text.line_at(before.len().saturating_sub(1))
}

/// Whether an entry is a message or a term (`-brand`), for messages to people.
#[derive(Clone, Copy, Debug, PartialEq, Eq)]
pub(super) enum Kind {
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
pub(super) struct Def<'a> {
    /// The id as other entries refer to it: terms keep their leading `-`.
    pub(super) id: String,
    pub(super) kind: Kind,
    pub(super) path: &'a str,
    pub(super) text: &'a LinedText<'a>,
    pub(super) line: usize,
    pub(super) value: Option<&'a ast::Pattern<&'a str>>,
    pub(super) attributes: &'a [ast::Attribute<&'a str>],
}

impl Def<'_> {
    pub(super) fn patterns(&self) -> impl Iterator<Item = &ast::Pattern<&str>> {
        self.value
            .into_iter()
            .chain(self.attributes.iter().map(|attribute| &attribute.value))
    }

    pub(super) fn attribute_names(&self) -> BTreeSet<&str> {
        self.attributes.iter().map(|a| a.id.name).collect()
    }

    pub(super) fn variables(&self) -> BTreeSet<&str> {
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
    pub(super) fn references(&self) -> BTreeSet<String> {
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
pub(super) struct Locale<'a> {
    pub(super) lang: &'a str,
    files: &'a [ParsedFile<'a>],
    pub(super) defs: Vec<Def<'a>>,
    pub(super) by_id: BTreeMap<String, Def<'a>>,
}

impl<'a> Locale<'a> {
    pub(super) fn index(parsed: &'a ParsedLocale<'a>) -> Self {
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
    pub(super) fn references(&self) -> BTreeSet<String> {
        self.defs.iter().flat_map(Def::references).collect()
    }

    /// The path of this locale's file named like `path` (`locales/ja/core.ftl` →
    /// `locales/en/core.ftl`), whether or not it exists.
    pub(super) fn counterpart(&self, path: &str) -> String {
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
                text: &file.text,
                line: file.text.line_of_slice(message.id.name),
                value: message.value.as_ref(),
                attributes: &message.attributes,
            }),
            ast::Entry::Term(term) => Some(Def {
                id: format!("-{}", term.id.name),
                kind: Kind::Term,
                path: file.path,
                text: &file.text,
                line: file.text.line_of_slice(term.id.name),
                value: Some(&term.value),
                attributes: &term.attributes,
            }),
            _ => None,
        })
}

/// Each id's first definition, in file order.
pub(super) fn unique_in_order<'l, 'a>(locale: &'l Locale<'a>) -> impl Iterator<Item = &'l Def<'a>> {
    locale.defs.iter().filter(|def| {
        locale
            .by_id
            .get(&def.id)
            .is_some_and(|first| (first.path, first.line) == (def.path, def.line))
    })
}
