//! A tiny writer for well-formed HTML: every element it opens it closes, in order, void
//! elements are self-closed (`<img … />`), attributes are always quoted, and all text is
//! escaped. The output is therefore also XML (polyglot markup), which the tests parse.

/// Elements that hold other blocks: a line break after the opening tag keeps the source
/// readable without adding spaces inside text.
const CONTAINERS: &[&str] = &[
    "html", "head", "body", "header", "main", "nav", "section", "div", "ul", "ol", "dl", "figure",
    "footer",
];
/// Blocks of text: a line break after the closing tag.
const TEXT_BLOCKS: &[&str] = &[
    "title",
    "p",
    "h1",
    "h2",
    "h3",
    "h4",
    "li",
    "figcaption",
    "dt",
    "dd",
];

/// An HTML document being written.
#[derive(Debug, Default)]
pub(crate) struct Html {
    out: String,
    open: Vec<&'static str>,
}

impl Html {
    /// A document starting with the HTML5 doctype.
    pub(crate) fn document() -> Self {
        Self {
            out: "<!DOCTYPE html>\n".to_owned(),
            open: Vec::new(),
        }
    }

    /// Opens `tag`; [`Self::close`] closes the innermost open element.
    pub(crate) fn open(&mut self, tag: &'static str, attrs: &[(&str, &str)]) -> &mut Self {
        self.start_tag(tag, attrs);
        self.out.push('>');
        if CONTAINERS.contains(&tag) {
            self.out.push('\n');
        }
        self.open.push(tag);
        self
    }

    /// Closes the innermost open element (nothing if none is open).
    pub(crate) fn close(&mut self) -> &mut Self {
        if let Some(tag) = self.open.pop() {
            self.out.push_str("</");
            self.out.push_str(tag);
            self.out.push('>');
            if CONTAINERS.contains(&tag) || TEXT_BLOCKS.contains(&tag) {
                self.out.push('\n');
            }
        }
        self
    }

    /// A void element, self-closed: `<img … />`, `<meta … />`.
    pub(crate) fn void(&mut self, tag: &'static str, attrs: &[(&str, &str)]) -> &mut Self {
        self.start_tag(tag, attrs);
        self.out.push_str(" />");
        if matches!(tag, "meta" | "link") {
            self.out.push('\n');
        }
        self
    }

    /// Escaped text. Ruby markup (`｜自由診療《じゆうしんりょう》`) becomes
    /// `<ruby>自由診療<rt>じゆうしんりょう</rt></ruby>`, except inside `<title>`, which holds
    /// only text.
    pub(crate) fn text(&mut self, text: &str) -> &mut Self {
        let marked = crate::text::parse_lenient(text);
        if marked.ruby.is_empty() || self.open.last() == Some(&"title") {
            push_escaped(&mut self.out, &marked.plain, false);
            return self;
        }
        let chars: Vec<char> = marked.plain.chars().collect();
        self.marked_range(&marked, &chars, 0..chars.len());
        self
    }

    /// Like [`Self::text`], with each glossary term of `terms` not yet in `marked` linked
    /// to its entry (`#glossary-…`) at its first use.
    pub(crate) fn text_with_terms(
        &mut self,
        text: &str,
        terms: &[crate::content::glossary::Term],
        marked: &mut Vec<String>,
    ) -> &mut Self {
        let parsed = crate::text::parse_lenient(text);
        let uses = crate::content::glossary::first_uses(&parsed.plain, terms, marked);
        if uses.is_empty() {
            return self.text(text);
        }
        let chars: Vec<char> = parsed.plain.chars().collect();
        let mut at = 0;
        for (range, index) in uses {
            self.marked_range(&parsed, &chars, at..range.start);
            let href = format!("#{}", terms[index].id);
            self.open("a", &[("class", "term"), ("href", &href)]);
            self.marked_range(&parsed, &chars, range.clone());
            self.close();
            at = range.end;
        }
        self.marked_range(&parsed, &chars, at..chars.len());
        self
    }

    /// The `chars` of `range` with the readings whose base lies inside it as `<ruby>`.
    fn marked_range(
        &mut self,
        marked: &crate::text::Marked,
        chars: &[char],
        range: std::ops::Range<usize>,
    ) {
        let mut at = range.start;
        for ruby in marked
            .ruby
            .iter()
            .filter(|r| r.base.start >= range.start && r.base.end <= range.end)
        {
            let before: String = chars[at..ruby.base.start].iter().collect();
            push_escaped(&mut self.out, &before, false);
            let base: String = chars[ruby.base.clone()].iter().collect();
            self.out.push_str("<ruby>");
            push_escaped(&mut self.out, &base, false);
            self.out.push_str("<rt>");
            push_escaped(&mut self.out, &ruby.reading, false);
            self.out.push_str("</rt></ruby>");
            at = ruby.base.end;
        }
        let rest: String = chars[at..range.end].iter().collect();
        push_escaped(&mut self.out, &rest, false);
    }

    /// `<tag attrs>text</tag>`.
    pub(crate) fn element(
        &mut self,
        tag: &'static str,
        attrs: &[(&str, &str)],
        text: &str,
    ) -> &mut Self {
        self.open(tag, attrs).text(text).close()
    }

    /// The finished document, with every element still open closed.
    pub(crate) fn finish(mut self) -> String {
        while !self.open.is_empty() {
            self.close();
        }
        self.out
    }

    fn start_tag(&mut self, tag: &str, attrs: &[(&str, &str)]) {
        self.out.push('<');
        self.out.push_str(tag);
        for (name, value) in attrs {
            self.out.push(' ');
            self.out.push_str(name);
            self.out.push_str("=\"");
            push_escaped(&mut self.out, &crate::text::plain(value), true);
            self.out.push('"');
        }
    }
}

/// Appends `text` escaped for HTML and XML: `&`, `<` and `>` always, quotes in attribute
/// values. Characters XML does not allow at all (control characters other than tab and line
/// breaks) are dropped: they could only come from a broken translation and draw nothing.
fn push_escaped(out: &mut String, text: &str, attribute: bool) {
    for c in text.chars() {
        match c {
            '&' => out.push_str("&amp;"),
            '<' => out.push_str("&lt;"),
            '>' => out.push_str("&gt;"),
            '"' if attribute => out.push_str("&quot;"),
            '\'' if attribute => out.push_str("&#39;"),
            '\t' | '\n' | '\r' => out.push(c),
            c if c.is_control() || matches!(c, '\u{FFFE}' | '\u{FFFF}') => {}
            c => out.push(c),
        }
    }
}

/// An `id` for an anchor: `prefix-id` (or `id` alone), with anything but ASCII letters,
/// digits, `-` and `_` replaced, so a content folder's ids are always valid.
pub(crate) fn anchor(prefix: &str, id: &str) -> String {
    let clean: String = id
        .chars()
        .map(|c| {
            if c.is_ascii_alphanumeric() || c == '-' || c == '_' {
                c
            } else {
                '_'
            }
        })
        .collect();
    match (
        prefix.is_empty(),
        clean.starts_with(|c: char| c.is_ascii_alphabetic()),
    ) {
        (true, true) => clean,
        (true, false) => format!("p-{clean}"),
        (false, _) => format!("{prefix}-{clean}"),
    }
}

#[cfg(test)]
mod tests {
    use super::{Html, anchor};

    #[test]
    fn text_and_attributes_are_escaped() {
        let mut html = Html::default();
        html.element("p", &[("title", "a \"b\" & 'c' <d>")], "x < y & z > \"w\"");
        assert_eq!(
            html.finish(),
            "<p title=\"a &quot;b&quot; &amp; &#39;c&#39; &lt;d&gt;\">x &lt; y &amp; z &gt; \"w\"</p>\n"
        );
    }

    #[test]
    fn control_characters_are_dropped_and_line_breaks_kept() {
        let mut html = Html::default();
        html.text("a\u{0}b\u{7}c\nd\u{FFFF}");
        assert_eq!(html.finish(), "abc\nd");
    }

    #[test]
    fn void_elements_self_close_and_finish_closes_what_is_open() {
        let mut html = Html::document();
        html.open("html", &[("lang", "ja")]).open("head", &[]);
        html.void("meta", &[("charset", "utf-8")]);
        html.close().open("body", &[]).open("p", &[]).text("本文");
        html.void("img", &[("src", "qr/1.png"), ("alt", "QR")]);
        assert_eq!(
            html.finish(),
            "<!DOCTYPE html>\n<html lang=\"ja\">\n<head>\n<meta charset=\"utf-8\" />\n</head>\n\
             <body>\n<p>本文<img src=\"qr/1.png\" alt=\"QR\" /></p>\n</body>\n</html>\n"
        );
    }

    #[test]
    fn anchors_are_page_ids_made_safe() {
        assert_eq!(anchor("", "core-3"), "core-3");
        assert_eq!(anchor("track", "details"), "track-details");
        assert_eq!(anchor("", "3 ページ"), "p-3____");
        assert_eq!(anchor("", ""), "p-");
    }
}
