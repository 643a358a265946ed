//! Review sheets for a hospital's translator: `export-review` writes one language's messages
//! beside the Japanese as an HTML page; the translator ticks what they approve, signs, and
//! saves a small approval file that `import-review` records in the locale's status file.
//!
//! An approval names the hashes of the Japanese and of the translation it saw, so only what
//! the reviewer actually read is recorded: a message that changed after the sheet was written
//! is refused, never approved by accident.

use std::collections::BTreeMap;
use std::fmt::Write as _;

use super::html::Html;
use crate::content::Library;
use crate::i18n::REFERENCE_LOCALE;
use crate::i18n::status::{MessageState, Review, StatusFile, message_hashes};
use crate::source::ContentSource;

/// The first line of an approval file.
pub const APPROVAL_HEADER: &str = "# immuno-kiosk review";

/// A language's messages grouped as the sheet shows them: one group a page (`core-1`,
/// `detail-3`, with its figure's words), then one a file for the rest.
fn groups<'a>(
    library: &Library,
    ids: impl Iterator<Item = (&'a str, &'a str)>,
) -> Vec<(String, Vec<&'a str>)> {
    let pages: Vec<&str> = library
        .tracks()
        .iter()
        .flat_map(|t| t.pages.iter().map(|p| p.id.as_str()))
        .collect();
    let mut groups: Vec<(String, Vec<&str>)> = pages
        .iter()
        .map(|p| ((*p).to_owned(), Vec::new()))
        .collect();
    for (file, id) in ids {
        let bare = id.strip_prefix("figure-").unwrap_or(id);
        let page = pages.iter().position(|p| {
            bare.strip_prefix(p)
                .is_some_and(|rest| rest.starts_with('-'))
        });
        let key = page.map_or_else(|| file.to_owned(), |index| pages[index].to_owned());
        match groups.iter_mut().find(|(k, _)| *k == key) {
            Some((_, list)) => list.push(id),
            None => groups.push((key, vec![id])),
        }
    }
    groups.retain(|(_, list)| !list.is_empty());
    groups
}

/// The section of FACTS.md a page was written from: `core-2` is "Core point 2: …",
/// `detail-4` is "Detail 4: …".
fn facts_section<'a>(facts: &'a str, page: &str) -> Option<&'a str> {
    let heading = if let Some(n) = page.strip_prefix("core-") {
        format!("## Core point {n}:")
    } else {
        format!("## Detail {}:", page.strip_prefix("detail-")?)
    };
    let start = facts.find(&heading)?;
    let rest = &facts[start..];
    let end = rest[heading.len()..]
        .find("\n## ")
        .map_or(rest.len(), |e| e + heading.len());
    Some(rest[..end].trim_end())
}

/// The review sheet of `lang`: an HTML page, the Japanese and the translation side by side.
/// `facts` is the text of FACTS.md, whose section for each page is shown with it.
pub fn review_sheet(
    library: &Library,
    source: &ContentSource,
    lang: &str,
    facts: Option<&str>,
) -> Option<String> {
    let reference = source.locale(REFERENCE_LOCALE)?;
    let translated = source.locale(lang)?;
    let ref_hashes = message_hashes(reference.files.iter().map(|f| f.text.as_str()));
    let text_hashes = message_hashes(translated.files.iter().map(|f| f.text.as_str()));
    let status = library.i18n.status(lang)?;
    // Each reference message with the file it is in.
    let mut ids: Vec<(&str, &str)> = Vec::new();
    for file in &reference.files {
        let name = file.path.rsplit('/').next().unwrap_or(&file.path);
        for id in message_hashes([file.text.as_str()]).into_keys() {
            if let Some((known, _)) = ref_hashes.get_key_value(&id) {
                ids.push((name, known.as_str()));
            }
        }
    }
    let own = |id: &str| {
        translated
            .files
            .iter()
            .find_map(|f| message_source(&f.text, id))
    };
    let name = library.i18n.language_name(lang);
    let mut html = Html::document();
    html.open("html", &[("lang", "ja")]).open("head", &[]);
    html.void("meta", &[("charset", "utf-8")]);
    html.element("title", &[], &format!("Review: {name} ({lang})"));
    html.element("style", &[], SHEET_CSS);
    html.close().open("body", &[]);
    html.element("h1", &[], &format!("Review sheet: {name} ({lang})"));
    html.element(
        "p",
        &[],
        "Read each message beside the Japanese original. Tick only what you approve as a \
         faithful medical translation, enter your name and the date, and press Save. Send \
         the saved file to hospital IT, who record it with `immuno-kiosk import-review FILE`. \
         A message that changes after this sheet was written is not recorded.",
    );
    html.open("form", &[("id", "review")]);
    html.open("p", &[]);
    html.element("label", &[("for", "by")], "Reviewer ");
    html.void(
        "input",
        &[("id", "by"), ("name", "by"), ("required", "required")],
    );
    html.element("label", &[("for", "on")], " Date ");
    html.void(
        "input",
        &[
            ("id", "on"),
            ("name", "on"),
            ("type", "date"),
            ("required", "required"),
        ],
    );
    html.close();
    for (group, members) in groups(library, ids.iter().copied()) {
        html.open("section", &[("id", &group)]);
        html.element("h2", &[], &group);
        if let Some(section) = facts.and_then(|f| facts_section(f, &group)) {
            html.open("details", &[]);
            html.element("summary", &[], "FACTS.md: what this page was written from");
            html.element("pre", &[("class", "facts")], section);
            html.close();
        }
        html.open("table", &[]);
        html.open("tr", &[]);
        for head in [
            "",
            "id",
            "日本語 (ja)",
            &format!("{name} ({lang})"),
            "state",
        ] {
            html.element("th", &[], head);
        }
        html.close();
        for id in members {
            let row = Row {
                id,
                lang,
                state: status.states.get(id).copied(),
                hashes: ref_hashes.get(id).zip(text_hashes.get(id)),
                japanese: message_source(&reference_text(reference, id), id).unwrap_or_default(),
                translated: own(id),
            };
            row.write(&mut html);
        }
        html.close().close();
    }
    html.element("button", &[("type", "submit")], "Save approvals");
    html.close();
    html.element("script", &[], &sheet_script(lang));
    html.close().close();
    Some(html.finish())
}

/// One message's row of the sheet.
struct Row<'a> {
    id: &'a str,
    lang: &'a str,
    state: Option<MessageState>,
    /// The hashes of the Japanese and of the translation, when both exist.
    hashes: Option<(&'a String, &'a String)>,
    japanese: String,
    translated: Option<String>,
}

impl Row<'_> {
    fn write(&self, html: &mut Html) {
        let (state_text, class) = match self.state {
            Some(MessageState::Missing) | None => ("missing", "missing"),
            Some(MessageState::Stale) => ("stale: Japanese changed", "stale"),
            Some(MessageState::Current) => ("not reviewed", "current"),
            Some(MessageState::Reviewed) => ("reviewed", "reviewed"),
        };
        html.open("tr", &[("class", class)]);
        html.open("td", &[]);
        if let Some((ja, text)) = self.hashes {
            let value = format!("{} ja={ja} text={text}", self.id);
            html.void(
                "input",
                &[("type", "checkbox"), ("name", "approve"), ("value", &value)],
            );
        }
        html.close();
        html.element("td", &[("class", "id")], self.id);
        html.open("td", &[("lang", "ja")]);
        html.text(&self.japanese);
        html.close();
        html.element(
            "td",
            &[("lang", self.lang)],
            self.translated.as_deref().unwrap_or("(not translated)"),
        );
        html.element("td", &[], state_text);
        html.close();
    }
}

fn reference_text(reference: &crate::source::LocaleFiles, id: &str) -> String {
    reference
        .files
        .iter()
        .find(|f| message_source(&f.text, id).is_some())
        .map(|f| f.text.clone())
        .unwrap_or_default()
}

/// The message `id` of a Fluent text as a reader sees its source: the value, then each
/// attribute on a line of its own.
fn message_source(text: &str, id: &str) -> Option<String> {
    if crate::source::fluent_too_deep(text).is_some() {
        return None;
    }
    let resource = match fluent_syntax::parser::parse(text) {
        Ok(resource) | Err((resource, _)) => resource,
    };
    resource.body.into_iter().find_map(|entry| match entry {
        fluent_syntax::ast::Entry::Message(mut message) if message.id.name == id => {
            message.comment = None;
            let serialised = fluent_syntax::serializer::serialize(&fluent_syntax::ast::Resource {
                body: vec![fluent_syntax::ast::Entry::Message(message)],
            });
            let body = serialised.split_once(" =").map_or("", |(_, b)| b);
            let lines: Vec<&str> = body.lines().map(str::trim).collect();
            Some(lines.join("\n").trim().to_owned())
        }
        _ => None,
    })
}

const SHEET_CSS: &str = "body{font-family:sans-serif;margin:2em}table{border-collapse:collapse;\
width:100%}td,th{border:1px solid #999;padding:.4em;vertical-align:top;white-space:pre-wrap}\
td.id{font-family:monospace;font-size:85%}tr.stale{background:#fde2e2}tr.missing{background:#eee}\
tr.reviewed{background:#e2f5e2}pre.facts{white-space:pre-wrap;background:#f6f6f6;padding:1em}";

/// Saves the ticked messages as an approval file, without a server.
fn sheet_script(lang: &str) -> String {
    format!(
        "document.getElementById('review').addEventListener('submit',function(e){{\
e.preventDefault();var f=e.target;var lines=['{APPROVAL_HEADER}','lang: {lang}',\
'by: '+f.by.value.replace(/\\n/g,' '),'on: '+f.on.value];\
f.querySelectorAll('input[name=approve]:checked').forEach(function(c){{lines.push('approve: '+c.value)}});\
var a=document.createElement('a');a.href=URL.createObjectURL(new Blob([lines.join('\\n')+'\\n'],\
{{type:'text/plain'}}));a.download='review-{lang}.txt';a.click();}});"
    )
}

/// What an approval file says.
#[derive(Clone, Debug, PartialEq, Eq)]
pub struct Approval {
    /// The language reviewed.
    pub lang: String,
    /// The reviewer.
    pub by: String,
    /// The day, `YYYY-MM-DD`.
    pub on: String,
    /// `(message id, Japanese hash, translation hash)` of each approved message.
    pub approved: Vec<(String, String, String)>,
}

/// Why an approval file was refused.
#[derive(Debug, thiserror::Error, PartialEq, Eq)]
pub enum ApprovalError {
    /// Not an approval file.
    #[error("line 1: not an immuno-kiosk review file (it must start with `{APPROVAL_HEADER}`)")]
    NotApproval,
    /// A line that is none of the known ones.
    #[error("line {0}: not understood: {1}")]
    Line(usize, String),
    /// A required field is missing or empty.
    #[error("`{0}:` is missing or empty; the reviewer must give their name and the date")]
    Missing(&'static str),
    /// The date is not a date.
    #[error("`on: {0}` is not a date (YYYY-MM-DD)")]
    Date(String),
}

impl Approval {
    /// Parses an approval file.
    ///
    /// # Errors
    /// [`ApprovalError`] for the first thing wrong, with its line.
    pub fn parse(text: &str) -> Result<Self, ApprovalError> {
        let mut lines = text.lines().enumerate();
        if lines.next().map(|(_, l)| l.trim()) != Some(APPROVAL_HEADER) {
            return Err(ApprovalError::NotApproval);
        }
        let mut fields: BTreeMap<&str, String> = BTreeMap::new();
        let mut approved = Vec::new();
        for (index, line) in lines {
            let line = line.trim();
            if line.is_empty() || line.starts_with('#') {
                continue;
            }
            let bad = || ApprovalError::Line(index + 1, line.to_owned());
            let (key, value) = line.split_once(':').ok_or_else(bad)?;
            let value = value.trim();
            match key {
                "lang" | "by" | "on" => {
                    fields.insert(key, value.to_owned());
                }
                "approve" => {
                    let mut parts = value.split_whitespace();
                    let id = parts.next().ok_or_else(bad)?;
                    let ja = parts.next().and_then(|p| p.strip_prefix("ja="));
                    let text = parts.next().and_then(|p| p.strip_prefix("text="));
                    let (Some(ja), Some(text), None) = (ja, text, parts.next()) else {
                        return Err(bad());
                    };
                    approved.push((id.to_owned(), ja.to_owned(), text.to_owned()));
                }
                _ => return Err(bad()),
            }
        }
        let mut take = |key: &'static str| {
            fields
                .remove(key)
                .filter(|v| !v.is_empty())
                .ok_or(ApprovalError::Missing(key))
        };
        let (lang, by, on) = (take("lang")?, take("by")?, take("on")?);
        if jiff::civil::Date::strptime("%Y-%m-%d", &on).is_err() {
            return Err(ApprovalError::Date(on));
        }
        Ok(Self {
            lang,
            by,
            on,
            approved,
        })
    }
}

/// What `import-review` did.
#[derive(Clone, Debug, Default, PartialEq, Eq)]
pub struct ImportReport {
    /// The ids recorded as reviewed.
    pub recorded: Vec<String>,
    /// Each approval not recorded, with why.
    pub refused: Vec<(String, String)>,
}

/// Records `approval` in `status`: only messages whose Japanese and translation are still
/// exactly what the reviewer saw.
pub fn record_approval(
    approval: &Approval,
    reference: &BTreeMap<String, String>,
    translated: &BTreeMap<String, String>,
    status: &mut StatusFile,
) -> ImportReport {
    let mut report = ImportReport::default();
    for (id, ja, text) in &approval.approved {
        let refuse = |why: &str| (id.clone(), why.to_owned());
        match (reference.get(id), translated.get(id)) {
            (None, _) => report.refused.push(refuse("no such message in Japanese")),
            (_, None) => report.refused.push(refuse("not translated")),
            (Some(now_ja), _) if now_ja != ja => report.refused.push(refuse(
                "the Japanese changed after the sheet was written; review it again",
            )),
            (_, Some(now_text)) if now_text != text => report.refused.push(refuse(
                "the translation changed after the sheet was written; review it again",
            )),
            (Some(_), Some(_)) => {
                let entry = status.messages.entry(id.clone()).or_insert_with(|| {
                    crate::i18n::status::MessageStatus {
                        source: ja.clone(),
                        reviewed: None,
                    }
                });
                // The reviewer compared this translation with this Japanese: both hashes
                // are current, so the translation is current too.
                entry.source.clone_from(ja);
                entry.reviewed = Some(Review {
                    by: approval.by.clone(),
                    on: approval.on.clone(),
                    text: text.clone(),
                });
                report.recorded.push(id.clone());
            }
        }
    }
    report
}

/// A one-line summary for the terminal.
pub fn describe(report: &ImportReport) -> String {
    let mut out = format!("{} message(s) recorded as reviewed", report.recorded.len());
    for (id, why) in &report.refused {
        let _ = write!(out, "\nnot recorded: {id}: {why}");
    }
    out
}

#[cfg(test)]
mod tests {
    use super::{Approval, ApprovalError, facts_section, record_approval};
    use crate::i18n::status::StatusFile;

    #[test]
    fn an_approval_file_parses_and_refuses_what_is_not_one() {
        let text = "# immuno-kiosk review\nlang: vi\nby: Nguyen A\non: 2026-12-10\n\
                    approve: core-1-title ja=aa text=bb\n";
        let approval = Approval::parse(text).unwrap();
        assert_eq!(approval.by, "Nguyen A");
        assert_eq!(
            approval.approved,
            [("core-1-title".into(), "aa".into(), "bb".into())]
        );
        assert_eq!(Approval::parse("hello"), Err(ApprovalError::NotApproval));
        assert_eq!(
            Approval::parse("# immuno-kiosk review\nlang: vi\nby: \non: 2026-12-10\n"),
            Err(ApprovalError::Missing("by"))
        );
        assert_eq!(
            Approval::parse("# immuno-kiosk review\nlang: vi\nby: A\non: 10/12/2026\n"),
            Err(ApprovalError::Date("10/12/2026".into()))
        );
        assert!(matches!(
            Approval::parse("# immuno-kiosk review\nlang: vi\nby: A\non: 2026-12-10\napprove: x\n"),
            Err(ApprovalError::Line(5, _))
        ));
    }

    #[test]
    fn only_messages_unchanged_since_the_sheet_are_recorded() {
        let map = |pairs: &[(&str, &str)]| {
            pairs
                .iter()
                .map(|(a, b)| ((*a).to_owned(), (*b).to_owned()))
                .collect()
        };
        let reference = map(&[("a", "ja1"), ("b", "ja2-new"), ("c", "ja3")]);
        let translated = map(&[("a", "t1"), ("b", "t2"), ("c", "t3-new")]);
        let approval = Approval::parse(
            "# immuno-kiosk review\nlang: vi\nby: A\non: 2026-12-10\n\
             approve: a ja=ja1 text=t1\napprove: b ja=ja2 text=t2\napprove: c ja=ja3 text=t3\n",
        )
        .unwrap();
        let mut status = StatusFile::default();
        let report = record_approval(&approval, &reference, &translated, &mut status);
        assert_eq!(report.recorded, ["a"]);
        assert_eq!(report.refused.len(), 2);
        assert_eq!(status.messages["a"].reviewed.as_ref().unwrap().text, "t1");
        assert!(!status.messages.contains_key("b"));
    }

    #[test]
    fn a_page_finds_its_facts_section() {
        let facts = "# F\n## Core point 2: x\nabc\n## Core point 3: y\ndef\n## Detail 1: z\nghi\n";
        assert_eq!(
            facts_section(facts, "core-2"),
            Some("## Core point 2: x\nabc")
        );
        assert_eq!(
            facts_section(facts, "detail-1"),
            Some("## Detail 1: z\nghi")
        );
        assert_eq!(facts_section(facts, "detail-9"), None);
    }
}
