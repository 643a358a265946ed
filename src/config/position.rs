//! Finding where a key or value sits in a RON text.
//!
//! `ron::Value` keeps no spans, so a warning about one field finds its line by scanning the
//! text for the key. The scanner knows just enough RON (comments, strings, raw strings,
//! chars) not to match a key inside a comment or a string. It never fails: at worst a
//! warning has no position.

/// A token the position search cares about.
#[derive(Debug, PartialEq)]
enum Token<'a> {
    /// An identifier, such as a struct field name.
    Ident(&'a str),
    /// The contents of a string literal, escapes left as written.
    Str(&'a str),
    /// Any other character outside comments and literals.
    Punct(char),
}

/// Tokens with their byte offsets.
fn tokens(text: &str) -> Vec<(usize, Token<'_>)> {
    let mut out = Vec::new();
    let mut chars = text.char_indices().peekable();
    while let Some((start, c)) = chars.next() {
        match c {
            c if c.is_whitespace() => {}
            '/' if chars.peek().is_some_and(|&(_, n)| n == '/') => {
                while chars.next_if(|&(_, n)| n != '\n').is_some() {}
            }
            '/' if chars.peek().is_some_and(|&(_, n)| n == '*') => {
                chars.next();
                let mut depth = 1_usize;
                let mut previous = ' ';
                while depth > 0 {
                    let Some((_, n)) = chars.next() else { break };
                    match (previous, n) {
                        ('/', '*') => (depth, previous) = (depth + 1, ' '),
                        ('*', '/') => (depth, previous) = (depth - 1, ' '),
                        _ => previous = n,
                    }
                }
            }
            '"' | '\'' => {
                let mut end = text.len();
                let mut escaped = false;
                for (i, n) in chars.by_ref() {
                    if escaped {
                        escaped = false;
                    } else if n == '\\' {
                        escaped = true;
                    } else if n == c {
                        end = i;
                        break;
                    }
                }
                if c == '"' {
                    out.push((start, Token::Str(text.get(start + 1..end).unwrap_or(""))));
                }
            }
            'r' if chars.peek().is_some_and(|&(_, n)| n == '"' || n == '#') => {
                let mut hashes = 0_usize;
                while chars.next_if(|&(_, n)| n == '#').is_some() {
                    hashes += 1;
                }
                if chars.next_if(|&(_, n)| n == '"').is_none() {
                    continue; // a raw identifier such as r#type: not a key we look for
                }
                let closing = format!("\"{}", "#".repeat(hashes));
                let body_start = chars.peek().map_or(text.len(), |&(i, _)| i);
                let rest = text.get(body_start..).unwrap_or("");
                let body_end = rest.find(&closing).map_or(text.len(), |i| body_start + i);
                out.push((
                    start,
                    Token::Str(text.get(body_start..body_end).unwrap_or("")),
                ));
                while chars
                    .next_if(|&(i, _)| i < body_end + closing.len())
                    .is_some()
                {}
            }
            c if c.is_alphabetic() || c == '_' => {
                let mut end = start + c.len_utf8();
                while let Some((i, n)) = chars.next_if(|&(_, n)| n.is_alphanumeric() || n == '_') {
                    end = i + n.len_utf8();
                }
                out.push((start, Token::Ident(text.get(start..end).unwrap_or(""))));
            }
            c => out.push((start, Token::Punct(c))),
        }
    }
    out
}

/// A text and its tokens, scanned once for all the look-ups of one file.
pub(crate) struct Locator<'a> {
    text: &'a str,
    tokens: Vec<(usize, Token<'a>)>,
}

impl<'a> Locator<'a> {
    /// Scans `text`.
    pub fn new(text: &'a str) -> Self {
        Self {
            text,
            tokens: tokens(text),
        }
    }

    /// Whether the text holds nothing but whitespace and comments.
    pub fn is_blank(&self) -> bool {
        self.tokens.is_empty()
    }

    /// Whether the text is just `()`, with any whitespace and comments.
    pub fn is_empty_parens(&self) -> bool {
        matches!(
            self.tokens.as_slice(),
            [(_, Token::Punct('(')), (_, Token::Punct(')'))]
        )
    }

    /// The byte offset of the first `key:` (or `"key":`) at or after byte `from`.
    pub fn key(&self, key: &str, from: usize) -> Option<usize> {
        self.tokens.windows(2).find_map(|pair| match pair {
            [
                (offset, Token::Ident(name) | Token::Str(name)),
                (_, Token::Punct(':')),
            ] if *offset >= from && *name == key => Some(*offset),
            _ => None,
        })
    }

    /// The byte offset of the `nth` (0-based) string literal `"literal"` at or after `from`.
    pub fn string(&self, literal: &str, from: usize, nth: usize) -> Option<usize> {
        self.tokens
            .iter()
            .filter(|(offset, token)| *offset >= from && *token == Token::Str(literal))
            .nth(nth)
            .map(|(offset, _)| *offset)
    }

    /// 1-based line and column (in characters, as ron counts them) of a byte offset.
    pub fn line_col(&self, offset: usize) -> (usize, usize) {
        line_col(self.text, offset)
    }
}

/// 1-based line and column (in characters, as ron counts them) of a byte offset.
pub(crate) fn line_col(text: &str, offset: usize) -> (usize, usize) {
    let before = text.get(..offset).unwrap_or(text);
    let line = 1 + before.matches('\n').count();
    let line_start = before.rfind('\n').map_or(0, |i| i + 1);
    let col = 1 + before.get(line_start..).map_or(0, |s| s.chars().count());
    (line, col)
}

#[cfg(test)]
mod tests {
    use super::*;

    #[test]
    fn keys_in_comments_and_strings_are_skipped() {
        let text = "// idle_timeout_secs: 1\n(\n  /* idle_timeout_secs: 2 */ a: \"idle_timeout_secs: 3\",\n  idle_timeout_secs: 4,\n)";
        let offset = Locator::new(text).key("idle_timeout_secs", 0).unwrap();
        assert_eq!(line_col(text, offset), (4, 3));
    }

    #[test]
    fn raw_strings_and_nested_comments_are_skipped() {
        let text = "( a: r#\"x: \"y\"\"#, /* /* b: */ b: */ b: 'c', \"q\": 1)";
        let locator = Locator::new(text);
        assert_eq!(
            locator.key("b", 0).map(|o| line_col(text, o)),
            Some((1, 37))
        );
        assert_eq!(
            locator.key("q", 0).map(|o| line_col(text, o)),
            Some((1, 45))
        );
    }

    #[test]
    fn blank_means_only_comments() {
        assert!(Locator::new(" // nothing\n/* here */\n").is_blank());
        assert!(!Locator::new("()").is_blank());
    }

    #[test]
    fn columns_count_characters() {
        assert_eq!(line_col("(a: \"日本\", b", 14), (1, 11));
    }
}
