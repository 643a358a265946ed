//! A strict little XML reader for the export's tests: enough to prove a page is well-formed
//! (one root, every element closed in order, every attribute quoted, every `&` an entity)
//! and to walk its elements with the language each is in.

/// A child of an element.
#[derive(Debug)]
pub enum Node {
    Element(Element),
    Text(String),
}

/// An element with its attributes (entities decoded) and children.
#[derive(Debug)]
pub struct Element {
    pub name: String,
    pub attrs: Vec<(String, String)>,
    pub children: Vec<Node>,
}

impl Element {
    /// The value of attribute `name`.
    pub fn attr(&self, name: &str) -> Option<&str> {
        self.attrs
            .iter()
            .find(|(n, _)| n == name)
            .map(|(_, v)| v.as_str())
    }

    /// Every element below and including this one, with the language it is in.
    pub fn walk<'e>(&'e self, lang: &str, visit: &mut dyn FnMut(&'e Element, &str)) {
        let lang = self.attr("lang").unwrap_or(lang).to_owned();
        visit(self, &lang);
        for child in &self.children {
            if let Node::Element(element) = child {
                element.walk(&lang, visit);
            }
        }
    }

    /// Every element named `name` below and including this one, in document order.
    pub fn find_all(&self, name: &str) -> Vec<&Element> {
        let mut found = Vec::new();
        self.walk("", &mut |e, _| {
            if e.name == name {
                found.push(e);
            }
        });
        found
    }

    /// All the text inside, entities decoded.
    pub fn text(&self) -> String {
        self.children
            .iter()
            .map(|child| match child {
                Node::Text(text) => text.clone(),
                Node::Element(element) => element.text(),
            })
            .collect()
    }
}

fn is_name(name: &str) -> bool {
    name.starts_with(|c: char| c.is_ascii_alphabetic())
        && name
            .chars()
            .all(|c| c.is_ascii_alphanumeric() || matches!(c, '-' | '_' | ':' | '.'))
}

/// Checks that every `&` starts an XML entity, and decodes them.
fn unescape(text: &str) -> Result<String, String> {
    let mut out = String::new();
    let mut rest = text;
    while let Some(at) = rest.find('&') {
        out.push_str(&rest[..at]);
        let end = rest[at..].find(';').ok_or(format!("bare & in {text:?}"))?;
        let entity = &rest[at + 1..at + end];
        let c = match entity {
            "amp" => '&',
            "lt" => '<',
            "gt" => '>',
            "quot" => '"',
            "apos" => '\'',
            _ => entity
                .strip_prefix("#x")
                .map(|hex| u32::from_str_radix(hex, 16))
                .or_else(|| entity.strip_prefix('#').map(str::parse))
                .and_then(Result::ok)
                .and_then(char::from_u32)
                .ok_or(format!("unknown entity &{entity}; in {text:?}"))?,
        };
        out.push(c);
        rest = &rest[at + end + 1..];
    }
    out.push_str(rest);
    Ok(out)
}

/// Reads `<name a="v" …>` after its `<`; returns the element, whether it closed itself, and
/// what follows the tag.
fn start_tag(input: &str) -> Result<(Element, bool, &str), String> {
    let name_end = input
        .find(|c: char| c.is_whitespace() || c == '>' || c == '/')
        .ok_or("unterminated tag")?;
    let name = &input[..name_end];
    if !is_name(name) {
        return Err(format!("bad tag name {name:?}"));
    }
    let mut element = Element {
        name: name.to_owned(),
        attrs: Vec::new(),
        children: Vec::new(),
    };
    let mut rest = &input[name_end..];
    loop {
        let trimmed = rest.trim_start();
        let spaced = trimmed.len() < rest.len();
        if let Some(after) = trimmed.strip_prefix("/>") {
            return Ok((element, true, after));
        }
        if let Some(after) = trimmed.strip_prefix('>') {
            return Ok((element, false, after));
        }
        if !spaced {
            return Err(format!("<{name}>: no space before an attribute"));
        }
        let eq = trimmed
            .find('=')
            .ok_or(format!("<{name}>: attribute without value"))?;
        let attr = trimmed[..eq].trim_end();
        if !is_name(attr) {
            return Err(format!("<{name}>: bad attribute name {attr:?}"));
        }
        let value_start = trimmed[eq + 1..].trim_start();
        let quote = value_start
            .chars()
            .next()
            .filter(|q| matches!(q, '"' | '\''))
            .ok_or(format!("<{name}>: unquoted attribute {attr}"))?;
        let value_end = value_start[1..]
            .find(quote)
            .ok_or(format!("<{name}>: unterminated attribute {attr}"))?;
        let raw = &value_start[1..=value_end];
        if raw.contains('<') {
            return Err(format!("<{name}>: `<` in attribute {attr}"));
        }
        if element.attr(attr).is_some() {
            return Err(format!("<{name}>: attribute {attr} twice"));
        }
        element.attrs.push((attr.to_owned(), unescape(raw)?));
        rest = &value_start[value_end + 2..];
    }
}

/// Parses a whole document strictly as XML: an optional doctype first, comments, exactly one
/// root element, every element closed in order, every attribute quoted, every `&` an entity.
pub fn parse(document: &str) -> Result<Element, String> {
    let mut stack: Vec<Element> = Vec::new();
    let mut root: Option<Element> = None;
    let mut rest = document;
    let mut first = true;
    while !rest.is_empty() {
        if let Some(after) = rest.strip_prefix("<!--") {
            let end = after.find("-->").ok_or("unterminated comment")?;
            rest = &after[end + 3..];
        } else if rest.starts_with("<!DOCTYPE") || rest.starts_with("<!doctype") {
            if !first {
                return Err("a doctype after the start".to_owned());
            }
            let end = rest.find('>').ok_or("unterminated doctype")?;
            rest = &rest[end + 1..];
        } else if let Some(after) = rest.strip_prefix("</") {
            let end = after.find('>').ok_or("unterminated end tag")?;
            let name = after[..end].trim_end();
            let open = stack.pop().ok_or(format!("</{name}> closes nothing"))?;
            if open.name != name {
                return Err(format!("</{name}> closes <{}>", open.name));
            }
            match stack.last_mut() {
                Some(parent) => parent.children.push(Node::Element(open)),
                None => root = Some(open),
            }
            rest = &after[end + 1..];
        } else if let Some(after) = rest.strip_prefix('<') {
            let (element, closed, after) = start_tag(after)?;
            if stack.is_empty() && root.is_some() {
                return Err(format!("<{}> after the root element", element.name));
            }
            if closed {
                match stack.last_mut() {
                    Some(parent) => parent.children.push(Node::Element(element)),
                    None => root = Some(element),
                }
            } else {
                stack.push(element);
            }
            rest = after;
        } else {
            let end = rest.find('<').unwrap_or(rest.len());
            let text = unescape(&rest[..end])?;
            match stack.last_mut() {
                Some(parent) => parent.children.push(Node::Text(text)),
                None if text.trim().is_empty() => {}
                None => return Err(format!("text {text:?} outside the root element")),
            }
            rest = &rest[end..];
        }
        first = false;
    }
    if let Some(open) = stack.last() {
        return Err(format!("<{}> is never closed", open.name));
    }
    root.ok_or_else(|| "no root element".to_owned())
}
