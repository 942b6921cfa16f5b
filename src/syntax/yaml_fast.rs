//! A fast reading of the plain YAML that nearly every document header is: block mappings
//! and sequences of plain or quoted one-line scalars, and one-line flow sequences of them.
//!
//! It gives exactly the tree (values and spans) that the full parse ([`super::yaml::parse`])
//! gives, or nothing: anything it is not sure of — a comment, an anchor, a tag, a block
//! scalar, a flow mapping, a scalar that YAML might read as a number, a boolean or null, a
//! duplicate key, a tab — leaves the text to the full parse. In debug builds every result
//! is checked against the full parse; `tests::agrees_with_the_full_parse` checks it on the
//! corpus and the fixtures.
//!
//! Why: parsing the header with serde-saphyr into spanned values was about half of
//! `lsk check`'s time, and of `lsk changes`'s, which judges every version of every file.

use std::borrow::Cow;

use super::Span;
use super::yaml::{Node, Value};

/// The deepest nesting read here; deeper goes to the full parse.
const MAX_DEPTH: usize = 24;

/// One non-blank line: where it starts, its indentation, and where its content ends
/// (trailing spaces excluded).
#[derive(Debug, Clone, Copy)]
struct Line {
    start: usize,
    indent: usize,
    end: usize,
}

impl Line {
    fn content(self) -> usize {
        self.start + self.indent
    }
}

struct Reader<'a> {
    text: &'a str,
    lines: Vec<Line>,
    at: usize,
    base: usize,
}

/// Parses `text` as the full parse would, every span shifted by `base`; `None` when the
/// text is not of the plain kind read here.
pub(crate) fn parse(text: &str, base: usize) -> Option<Node<'_>> {
    let bytes = text.as_bytes();
    // Tabs, CR, other control characters, and what YAML 1.1 counts as line breaks.
    // Tested 32 bytes at a time without branches (vectorised): a byte loop that stops at
    // the first hit was most of this reader's own time.
    let control = |b: u8| (b < 0x20) & (b != b'\n') | (b == 0x7f);
    if bytes
        .chunks(32)
        .any(|chunk| chunk.iter().fold(false, |any, &b| any | control(b)))
        || has_yaml11_break(bytes)
    {
        return None;
    }
    let mut lines = Vec::with_capacity(memchr::memchr_iter(b'\n', bytes).count() + 1);
    let mut start = 0;
    for line in crate::syntax::lines_inclusive(text) {
        let body = line.strip_suffix('\n').unwrap_or(line);
        let trimmed = body.trim_end_matches(' ');
        let indent = trimmed.len() - trimmed.trim_start_matches(' ').len();
        if !trimmed.is_empty() {
            lines.push(Line {
                start,
                indent,
                end: start + trimmed.len(),
            });
        }
        start += line.len();
    }
    // The root mapping's span is its first key's position; start at the very first byte.
    let first = *lines.first()?;
    if first.start != 0 || first.indent != 0 {
        return None;
    }
    let mut reader = Reader {
        text,
        lines,
        at: 0,
        base,
    };
    let node = reader.map(0, 0)?;
    (reader.at == reader.lines.len()).then_some(node)
}

/// Whether `bytes` hold U+0085, U+2028, U+2029 or U+FEFF (YAML 1.1 line breaks, a byte
/// order mark), found by their lead bytes (rare in Swedish text, unlike `å`, `ä`, `ö`).
fn has_yaml11_break(bytes: &[u8]) -> bool {
    memchr::memchr3_iter(0xc2, 0xe2, 0xef, bytes).any(|i| {
        matches!(
            &bytes[i..],
            [0xc2, 0x85, ..] | [0xe2, 0x80, 0xa8 | 0xa9, ..] | [0xef, 0xbb, 0xbf, ..]
        )
    })
}

impl<'a> Reader<'a> {
    fn span(&self, start: usize, end: usize) -> Span {
        Span::new(self.base + start, self.base + end)
    }

    fn peek(&self) -> Option<Line> {
        self.lines.get(self.at).copied()
    }

    fn starts_entry(&self, line: Line) -> bool {
        let rest = &self.text[line.content()..line.end];
        rest == "-" || rest.starts_with("- ")
    }

    /// A block mapping whose keys stand at column `indent`, from the current line.
    fn map(&mut self, indent: usize, depth: usize) -> Option<Node<'a>> {
        let first = self.peek()?;
        self.map_from(indent, first.content(), depth)
    }

    /// A block mapping whose first key starts at byte `key_at` on the current line (after
    /// a sequence's `- `, or at the indentation), the next ones at column `indent`.
    fn map_from(&mut self, indent: usize, key_at: usize, depth: usize) -> Option<Node<'a>> {
        if depth > MAX_DEPTH {
            return None;
        }
        let span = self.span(key_at, key_at);
        let mut entries: Vec<(Node<'a>, Node<'a>)> = Vec::new();
        let mut key_at = key_at;
        loop {
            let line = self.peek()?;
            let (key, colon) = self.key(key_at, line.end)?;
            if entries.iter().any(|(k, _)| k.value == key.value) {
                return None; // a duplicate key: the full parse says what it is
            }
            self.at += 1;
            let value_at = colon + 1;
            let value = if value_at == line.end {
                // Nothing after the colon: a nested block, or null.
                match self.peek() {
                    Some(next) if next.indent > indent => {
                        if self.starts_entry(next) {
                            self.seq(next.indent, false, depth + 1)?
                        } else {
                            self.map(next.indent, depth + 1)?
                        }
                    }
                    Some(next) if next.indent == indent && self.starts_entry(next) => {
                        self.seq(indent, true, depth + 1)?
                    }
                    _ => Node {
                        span: self.span(colon, colon),
                        value: Value::Null,
                    },
                }
            } else {
                let rest = &self.text[value_at..line.end];
                let value = rest.strip_prefix(' ')?.trim_start_matches(' ');
                if value.starts_with(['|', '>']) {
                    self.block_scalar(value, indent)?
                } else {
                    self.inline(line.end - value.len(), line.end)?
                }
            };
            entries.push((key, value));
            match self.peek() {
                Some(next) if next.indent == indent && !self.starts_entry(next) => {
                    key_at = next.content();
                }
                Some(next) if next.indent > indent => return None,
                _ => break,
            }
        }
        Some(Node {
            span,
            value: Value::Map(entries),
        })
    }

    /// The key at `at` on a line ending at `end`: a plain text, and the position of its
    /// colon (followed by a space or the end of the line).
    fn key(&self, at: usize, end: usize) -> Option<(Node<'a>, usize)> {
        let line: &'a str = &self.text[at..end];
        let colon = memchr::memchr(b':', line.as_bytes())?;
        let after = line.as_bytes().get(colon + 1);
        if !matches!(after, None | Some(b' ')) {
            return None;
        }
        let name = &line[..colon];
        if name.ends_with(' ') {
            return None;
        }
        let value = plain(name)?;
        if !matches!(value, Value::Str(_)) {
            return None;
        }
        Some((
            Node {
                span: self.span(at, at + colon),
                value,
            },
            at + colon,
        ))
    }

    /// A block sequence whose `- ` stand at column `indent`. `indentless`: at the same
    /// column as its mapping's keys, where the full parse's span starts at the first item.
    fn seq(&mut self, indent: usize, indentless: bool, depth: usize) -> Option<Node<'a>> {
        if depth > MAX_DEPTH {
            return None;
        }
        let dash = self.peek()?.content();
        let mut items = Vec::new();
        while let Some(line) = self.peek() {
            if line.indent != indent || !self.starts_entry(line) {
                if line.indent > indent {
                    return None;
                }
                break;
            }
            let rest = &self.text[line.content()..line.end];
            let Some(item) = rest.strip_prefix("- ") else {
                return None; // `-` alone: an item on the next lines
            };
            let item_at = line.end - item.trim_start_matches(' ').len();
            if item_at != line.content() + 2 {
                return None;
            }
            let item_text = &self.text[item_at..line.end];
            if item_text.starts_with("- ") || item_text == "-" {
                return None; // a sequence in a sequence
            }
            let node = if self.key(item_at, line.end).is_some() {
                // `- key: value`: a mapping whose keys stand where this one does.
                self.map_from(indent + 2, item_at, depth + 1)?
            } else {
                self.at += 1;
                let node = self.inline(item_at, line.end)?;
                if self.peek().is_some_and(|next| next.indent > indent) {
                    return None; // a scalar continued on the next line
                }
                node
            };
            items.push(node);
        }
        let start = if indentless {
            items.first()?.span.start - self.base
        } else {
            dash
        };
        Some(Node {
            span: self.span(start, start),
            value: Value::Seq(items),
        })
    }

    /// A value on one line, `start..end`: a one-line flow collection or a scalar.
    fn inline(&self, start: usize, end: usize) -> Option<Node<'a>> {
        let text: &'a str = &self.text[start..end];
        if text.starts_with(['[', '{']) {
            let (node, at) = self.flow(start, end, 0)?;
            return (at == end).then_some(node);
        }
        let (value, len) = scalar(text)?;
        (len == text.len()).then(|| Node {
            span: self.span(start, end),
            value,
        })
    }

    fn skip_spaces(&self, mut at: usize, end: usize) -> usize {
        let bytes = self.text.as_bytes();
        while at < end && bytes[at] == b' ' {
            at += 1;
        }
        at
    }

    /// A flow node at `at` (`[…]`, `{…}`, a quoted or a plain scalar) within one line
    /// ending at `end`: the node and where it ends.
    fn flow(&self, at: usize, end: usize, depth: usize) -> Option<(Node<'a>, usize)> {
        if depth > MAX_DEPTH {
            return None;
        }
        let bytes = self.text.as_bytes();
        let rest: &'a str = self.text.get(at..end)?;
        let (open, close) = match rest.as_bytes().first()? {
            b'[' => (b'[', b']'),
            b'{' => (b'{', b'}'),
            _ => {
                let (value, len) = if rest.starts_with(['"', '\'']) {
                    scalar(rest)?
                } else {
                    let len =
                        memchr::memchr3(b',', b']', b'}', rest.as_bytes()).unwrap_or(rest.len());
                    let item = rest[..len].trim_end_matches(' ');
                    (plain_in_flow(item)?, item.len())
                };
                let node = Node {
                    span: self.span(at, at + len),
                    value,
                };
                return Some((node, at + len));
            }
        };
        let span = self.span(at, at + 1);
        let mut pos = self.skip_spaces(at + 1, end);
        let mut items = Vec::new();
        let mut entries: Vec<(Node<'a>, Node<'a>)> = Vec::new();
        if bytes.get(pos) == Some(&close) && pos < end {
            pos += 1;
        } else {
            loop {
                if open == b'{' {
                    let rest: &'a str = self.text.get(pos..end)?;
                    let colon = memchr::memchr(b':', rest.as_bytes())?;
                    if rest.as_bytes().get(colon + 1) != Some(&b' ') {
                        return None;
                    }
                    let name = &rest[..colon];
                    let key = plain_in_flow(name).filter(|k| matches!(k, Value::Str(_)))?;
                    if entries.iter().any(|(k, _)| k.value == key) {
                        return None;
                    }
                    let key = Node {
                        span: self.span(pos, pos + colon),
                        value: key,
                    };
                    let value_at = self.skip_spaces(pos + colon + 1, end);
                    let (value, after) = self.flow(value_at, end, depth + 1)?;
                    entries.push((key, value));
                    pos = after;
                } else {
                    let (item, after) = self.flow(pos, end, depth + 1)?;
                    items.push(item);
                    pos = after;
                }
                pos = self.skip_spaces(pos, end);
                match bytes.get(pos).filter(|_| pos < end) {
                    Some(b',') => {
                        pos = self.skip_spaces(pos + 1, end);
                        if matches!(bytes.get(pos), Some(b']' | b'}')) {
                            return None; // a trailing comma
                        }
                    }
                    Some(&c) if c == close => {
                        pos += 1;
                        break;
                    }
                    _ => return None,
                }
            }
        }
        let value = if open == b'[' {
            Value::Seq(items)
        } else {
            Value::Map(entries)
        };
        Some((Node { span, value }, pos))
    }

    /// A block scalar (`|`, `|-`, `>`, `>-`) after `indicator` on the current line (already
    /// passed), its lines indented alike and more than `indent`, none blank: its node.
    fn block_scalar(&mut self, indicator: &str, indent: usize) -> Option<Node<'a>> {
        let (literal, strip) = match indicator {
            "|" => (true, false),
            "|-" => (true, true),
            ">" => (false, false),
            ">-" => (false, true),
            _ => return None,
        };
        let first = self.peek()?;
        if first.indent <= indent {
            return None;
        }
        let mut value = String::new();
        let mut last = first;
        while let Some(line) = self.peek() {
            if line.indent < first.indent {
                break;
            }
            if line.indent > first.indent {
                return None; // more indented: kept as it is, not read here
            }
            // Consecutive lines only (no blank one between), and no trailing spaces.
            if line.start != first.start && line.start != last.end + 1 {
                return None;
            }
            if self.text.as_bytes().get(line.end) != Some(&b'\n') {
                return None;
            }
            if !value.is_empty() {
                value.push(if literal { '\n' } else { ' ' });
            }
            value.push_str(&self.text[line.content()..line.end]);
            last = line;
            self.at += 1;
        }
        // The span runs to the next token (the next line's first character), or to the end
        // of the text; a blank line after it is left to the full parse.
        let end = match self.peek() {
            Some(next) if next.start == last.end + 1 => next.content(),
            Some(_) => return None,
            None if last.end + 1 == self.text.len() => self.text.len(),
            None => return None,
        };
        if !strip {
            value.push('\n');
        }
        Some(Node {
            span: self.span(first.content(), end),
            value: Value::Str(Cow::Owned(value)),
        })
    }
}

/// A quoted or plain scalar at the start of `text`: its value and length. A quoted one ends
/// at its closing quote; a plain one is all of `text`.
fn scalar(text: &str) -> Option<(Value<'_>, usize)> {
    if let Some(inner) = text.strip_prefix('"') {
        let close = memchr::memchr(b'"', inner.as_bytes())?;
        let value = &inner[..close];
        if value.contains('\\') {
            return None;
        }
        return Some((Value::Str(Cow::Borrowed(value)), close + 2));
    }
    if let Some(inner) = text.strip_prefix('\'') {
        let close = memchr::memchr(b'\'', inner.as_bytes())?;
        if inner[close + 1..].starts_with('\'') {
            return None; // '' is an escaped quote
        }
        return Some((Value::Str(Cow::Borrowed(&inner[..close])), close + 2));
    }
    Some((plain(text)?, text.len()))
}

/// A plain scalar in a block (not inside `[…]`) that is surely a text, a small decimal
/// integer or `true`/`false`; `None` for anything YAML might read otherwise (numbers,
/// other booleans, null, dates in other forms), or that has a character with a meaning of
/// its own.
fn plain(s: &str) -> Option<Value<'_>> {
    plain_in(s, false)
}

/// A plain scalar inside a flow sequence, where `,`, `[`, `]`, `{` and `}` end it.
fn plain_in_flow(s: &str) -> Option<Value<'_>> {
    plain_in(s, true)
}

/// A table of the bytes in `bytes`, for a test of one load a byte.
const fn byte_table(bytes: &[u8]) -> [bool; 256] {
    let mut table = [false; 256];
    let mut i = 0;
    while i < bytes.len() {
        table[bytes[i] as usize] = true;
        i += 1;
    }
    table
}

/// Characters with a meaning of their own anywhere in a plain scalar.
static SPECIAL: [bool; 256] = byte_table(b"#:&*!|>'\"%@`?\\");
/// The same inside `[…]`, where brackets, braces and commas end a scalar.
static SPECIAL_IN_FLOW: [bool; 256] = byte_table(b"#:&*!|>'\"%@`?\\{}[],");

fn plain_in(s: &str, flow: bool) -> Option<Value<'_>> {
    let first = *s.as_bytes().first()?;
    let bracket = |b: u8| matches!(b, b'{' | b'}' | b'[' | b']' | b',');
    let special = if flow { &SPECIAL_IN_FLOW } else { &SPECIAL };
    if s.bytes().any(|b| special[usize::from(b)])
        || bracket(first)
        || matches!(first, b'-' | b'.' | b'+' | b'~' | b'<' | b'=')
    {
        return None;
    }
    match s {
        "true" => return Some(Value::Bool(true)),
        "false" => return Some(Value::Bool(false)),
        _ => {}
    }
    const WORDS: &[&str] = &[
        "y", "n", "yes", "no", "on", "off", "true", "false", "null", "nan", "inf",
    ];
    if s.len() <= 5 && WORDS.iter().any(|w| s.eq_ignore_ascii_case(w)) {
        return None;
    }
    if first.is_ascii_digit() {
        let b = s.as_bytes();
        if b.iter().all(u8::is_ascii_digit) {
            if s == "0" || (first != b'0' && s.len() <= 18) {
                return s.parse().ok().map(Value::Int);
            }
            return None;
        }
        let date = b.len() == 10
            && b[4] == b'-'
            && b[7] == b'-'
            && b.iter()
                .enumerate()
                .all(|(i, c)| i == 4 || i == 7 || c.is_ascii_digit());
        // A digit first, then a space or a letter that no number has (`8 av 10`, `2026-T1`).
        let text = s.bytes().any(|c| {
            c == b' '
                || (c.is_ascii_alphabetic()
                    && !matches!(c.to_ascii_lowercase(), b'a'..=b'f' | b'o' | b'x'))
        });
        return (date || text).then_some(Value::Str(Cow::Borrowed(s)));
    }
    Some(Value::Str(Cow::Borrowed(s)))
}

#[cfg(test)]
mod tests {
    use super::*;

    #[test]
    fn yaml11_breaks_are_found_by_their_bytes() {
        for (text, found) in [
            ("titel: Rutin – för å ä ö", false),
            ("titel: a\u{85}b", true),
            ("titel: a\u{2028}b", true),
            ("titel: a\u{2029}b", true),
            ("\u{feff}titel: a", true),
            ("titel: \u{2027}\u{ff10}", false),
        ] {
            assert_eq!(has_yaml11_break(text.as_bytes()), found, "{text:?}");
        }
    }

    fn full(text: &str) -> Node<'static> {
        crate::syntax::yaml::parse_full(text, 7).unwrap()
    }

    #[test]
    fn reads_each_kind() {
        for text in [
            "a: b\nkomma: a, b [c] {d}\n",
            "sant: true\ntomma: []\n",
            "flöde: { a: b, c: [d, \"e, f\"], g: {} }\n",
            "syfte: >-\n  Ett två\n  tre: fyra # inte kommentar\nordagrant: |\n  x\n  y\n",
            "poster:\n  - { datum: 2026-03-20, resultat: 8 av 10. }\n  - text: >\n      a\n      b\n",
            "a:\n  - b: |-\n      x\n  - c\n",
            "a:   b\nc: 'x'  \nd: \"y\" \ne: 0\nf: 123456789012345678\ng: [a , b]\n",
            "lista:\n- a:\n  - x\n  - z\n  b: c\n",
            "lista:\n- a:\n  - x\n  b: 1.5k\n- c\n",
            "a: 1 000\nb: 2026-T1\nc: 3 kap. 4 §\nd: 12h\n",
        ] {
            assert_eq!(parse(text, 7).as_ref(), Some(&full(text)), "{text:?}");
        }
    }

    #[test]
    fn reads_the_plain_kind() {
        let text = "typ: rutin\nid: R-1\nversion: 3\nfastställd: 2026-01-15\n\
                    uppfyller: [\"4 kap. 4 §\", a, 'b c']\nx:\n  - id: a\n    b: [c, d]\n  - e\n\
                    komma: a, b [c] {d}\nsant: true\ntomma: []\nflöde: { a: b, c: [d, \"e, f\"], g: {} }\n\
                    syfte: >-\n  Ett två\n  tre: fyra # inte kommentar\nordagrant: |\n  x\n  y\n\
                    poster:\n  - { datum: 2026-03-20, resultat: 8 av 10. }\n  - text: >\n      a\n      b\nlista:\n- a\n- b\n\nyy:\n  z: 1\n  w:\ntom:\nsist: Text med  mellanrum\n";
        let fast = parse(text, 7).expect("read here");
        assert_eq!(fast, full(text));
    }

    #[test]
    fn leaves_the_rest_to_the_full_parse() {
        for text in [
            "a: b # kommentar\n",
            "a: &x b\nc: *x\n",
            "y: 1\n",
            "a: [b{c]\n",
            "a: True\n",
            "a: yes\n",
            "a: 012\n",
            "a: 1.5\n",
            "a: -1\n",
            "a: 2026-1-1\n",
            "a: 1e5\n",
            "a: 0x1F\n",
            "a: 12_000\n",
            "a: b\na: c\n",
            "a: b\n  c\n",
            "a:\tb\n",
            "a: \"b\\n\"\n",
            "a: |+\n  x\n",
            "a: >-\n  x\n\n  y\n",
            "a: >-\n  x\n    y\n",
            "a: { b: c, b: d }\n",
            "a: { b: c, }\n",
            "a: [b, ]\n",
            "- a\n",
            "\na: b\n",
            "a: b:c\n",
            "a: 'it''s'\n",
            "a:\n  - - b\n",
            "a:\n  -\n    b\n",
        ] {
            assert_eq!(parse(text, 0), None, "{text:?}");
        }
    }

    /// On every YAML header of the corpus, the fixtures and the examples, the fast reading
    /// is the full parse's, where it reads at all.
    #[test]
    fn agrees_with_the_full_parse() {
        let root = std::path::Path::new(env!("CARGO_MANIFEST_DIR"));
        let mut read = 0;
        let mut files = 0;
        let dirs = ["tests", "examples"].iter().map(|d| root.join(d)).collect();
        for (name, text) in crate::syntax::files_below(dirs, &[".md", ".yaml", ".yml"]) {
            let header = match crate::syntax::source::split(&name, &text) {
                crate::syntax::Split::Yaml { header }
                | crate::syntax::Split::FrontMatter { header, .. } => {
                    &text[header.start..header.end]
                }
                _ => continue,
            };
            files += 1;
            if let Some(fast) = parse(header, 3) {
                read += 1;
                let full = crate::syntax::yaml::parse_full(header, 3);
                assert_eq!(Some(&fast), full.as_ref().ok(), "{name}");
            }
        }
        assert!(files > 100 && read > files / 4, "{read} of {files} read");
    }
}
/// `LSK_YAML_CHECK_DIR=<folder> cargo test --release --lib yaml_fast`: the fast reading
/// and the full parse compared on every header in a folder (a generated bench repository,
/// say), with how many the fast reading took.
#[cfg(test)]
mod on_a_folder {
    #[test]
    fn agrees_on_the_folder_named() {
        let Ok(dir) = std::env::var("LSK_YAML_CHECK_DIR") else {
            return;
        };
        let (mut headers, mut fast) = (0, 0);
        let dirs = vec![std::path::PathBuf::from(dir)];
        for (name, text) in crate::syntax::files_below(dirs, &[""]) {
            let header = match crate::syntax::source::split(&name, &text) {
                crate::syntax::Split::Yaml { header }
                | crate::syntax::Split::FrontMatter { header, .. } => {
                    &text[header.start..header.end]
                }
                _ => continue,
            };
            headers += 1;
            if let Some(node) = super::parse(header, 0) {
                fast += 1;
                let full = crate::syntax::yaml::parse_full(header, 0);
                assert_eq!(Some(&node), full.as_ref().ok(), "{name}");
            }
        }
        println!("the fast reading took {fast} of {headers} headers");
    }
}
