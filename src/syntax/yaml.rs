//! YAML text → a generic tree of [`Node`]s with byte spans.
//!
//! serde-saphyr parses (with its budgets against alias bombs and deep nesting) into
//! `Spanned` values; we keep a plain tree so that the typed conversion in
//! [`super::decode`] can report *every* fault in a document, each at its value, instead of
//! stopping at the first as a derived `Deserialize` would.

use serde::de::{Deserialize, Deserializer, MapAccess, SeqAccess, Visitor};
use serde_saphyr::Spanned;
use std::borrow::Cow;
use std::fmt;

use crate::syntax::Span;

/// One YAML node and where it stands in the file. Its texts borrow from the text parsed
/// where they are written as they are (nearly all, in the fast reading): a header's keys
/// and values are not copied to be read.
#[derive(Debug, Clone, PartialEq)]
pub struct Node<'a> {
    pub span: Span,
    pub value: Value<'a>,
}

#[derive(Debug, Clone, PartialEq)]
pub enum Value<'a> {
    Null,
    Bool(bool),
    Int(i64),
    Float(f64),
    Str(Cow<'a, str>),
    Seq(Vec<Node<'a>>),
    Map(Vec<(Node<'a>, Node<'a>)>),
}

impl<'a> Node<'a> {
    pub fn as_str(&self) -> Option<&str> {
        match &self.value {
            Value::Str(s) => Some(s),
            _ => None,
        }
    }

    pub fn as_map(&self) -> Option<&[(Node<'a>, Node<'a>)]> {
        match &self.value {
            Value::Map(m) => Some(m),
            _ => None,
        }
    }

    /// The value at `key` of a mapping node.
    pub fn get(&self, key: &str) -> Option<&Node<'a>> {
        self.as_map()?
            .iter()
            .find(|(k, _)| k.as_str() == Some(key))
            .map(|(_, v)| v)
    }

    pub fn is_null(&self) -> bool {
        matches!(self.value, Value::Null)
    }

    /// The node as JSON: keys in sorted order, scalars with their YAML type.
    pub fn to_json(&self) -> serde_json::Value {
        use serde_json::Value as J;
        match &self.value {
            Value::Null => J::Null,
            Value::Bool(b) => J::Bool(*b),
            Value::Int(i) => J::from(*i),
            Value::Float(f) => J::from(*f),
            Value::Str(s) => J::String(s.to_string()),
            Value::Seq(items) => J::Array(items.iter().map(Node::to_json).collect()),
            Value::Map(entries) => J::Object(
                entries
                    .iter()
                    .map(|(k, v)| {
                        let key = match &k.value {
                            Value::Str(s) => s.to_string(),
                            other => format!("{other:?}"),
                        };
                        (key, v.to_json())
                    })
                    .collect(),
            ),
        }
    }

    /// A short Swedish description of the node's kind, for messages.
    pub fn kind_sv(&self) -> &'static str {
        match self.value {
            Value::Null => "ett tomt värde",
            Value::Bool(_) => "ett sanningsvärde",
            Value::Int(_) | Value::Float(_) => "ett tal",
            Value::Str(_) => "en text",
            Value::Seq(_) => "en lista",
            Value::Map(_) => "en mappning",
        }
    }

    pub fn kind_en(&self) -> &'static str {
        match self.value {
            Value::Null => "an empty value",
            Value::Bool(_) => "a boolean",
            Value::Int(_) | Value::Float(_) => "a number",
            Value::Str(_) => "a text",
            Value::Seq(_) => "a list",
            Value::Map(_) => "a mapping",
        }
    }
}

pub use super::yaml_error::{Indentation, MAX_DEPTH, Problem, SyntaxError, commented_value};
use super::yaml_error::{Repair, classify};

/// Parses `text`; every span is shifted by `base` (the YAML's offset in its file).
///
/// A syntax error is sorted into a [`Problem`] at the offending character. When the one
/// mistake leaves no doubt about what was meant (a value that needs quotes, a quote not
/// closed at the end of its line, a key given twice), the text is parsed again as meant
/// and the result, its spans pointing into the text as written, comes with the error as
/// [`SyntaxError::recovered`]: the error is reported, and the rest of the document checked.
///
/// Plain headers (block mappings of one-line scalars) are read by a fast reader of their
/// own (`yaml_fast.rs`), which gives the same tree or leaves the text to serde-saphyr.
pub fn parse(text: &str, base: usize) -> Result<Node<'_>, SyntaxError> {
    if let Some(node) = super::yaml_fast::parse(text, base) {
        if cfg!(debug_assertions) {
            let full = parse_full(text, base);
            assert!(
                full.as_ref().ok() == Some(&node),
                "the fast YAML reading differs from the full parse on {text:?}"
            );
        }
        return Ok(node);
    }
    parse_full(text, base)
}

/// [`parse`] with serde-saphyr, always.
pub(crate) fn parse_full(text: &str, base: usize) -> Result<Node<'static>, SyntaxError> {
    let err = match parse_raw(text, false) {
        Ok(raw) => return Ok(convert(raw, &Place::new(text, base))),
        Err(err) => err,
    };
    let at = err.location().map(|loc| offset_of(text, &loc));
    let parser_text = bare_message(&err);
    let mut sorted = classify(&err, text, at);
    if sorted.problem == Problem::Other && parser_text.contains("budget breached") {
        sorted.problem = Problem::TooDeep;
    }
    let recovered = match (&sorted.problem, &sorted.repair) {
        (Problem::DuplicateKey(_), _) => parse_raw(text, true)
            .ok()
            .map(|raw| Box::new(convert(raw, &Place::new(text, base)))),
        (_, Some(repair)) => {
            let mut repaired = text.to_string();
            repaired.replace_range(repair.range.clone(), &repair.with);
            parse_raw(&repaired, false).ok().map(|raw| {
                let place = Place {
                    text: &repaired,
                    base,
                    repair: Some(repair),
                };
                Box::new(convert(raw, &place))
            })
        }
        _ => None,
    };
    let read_as_meant = match (&recovered, &sorted.repair) {
        (Some(_), Some(r)) => Some(Span::new(base + r.value.start, base + r.value.end)),
        _ => None,
    };
    Err(SyntaxError {
        offset: sorted.at.map(|o| o + base),
        problem: sorted.problem,
        parser_text,
        recovered,
        read_as_meant,
    })
}

/// serde-saphyr's parse, within its budgets; with `first_wins`, a duplicate key is skipped.
fn parse_raw(text: &str, first_wins: bool) -> Result<Spanned<Raw>, serde_saphyr::Error> {
    let options = serde_saphyr::options! {
        budget: serde_saphyr::budget! {
            max_nodes: 500_000,
            max_depth: MAX_DEPTH,
        },
        duplicate_keys: if first_wins {
            serde_saphyr::DuplicateKeyPolicy::FirstWins
        } else {
            serde_saphyr::DuplicateKeyPolicy::Error
        },
    };
    serde_saphyr::from_str_with_options::<Spanned<Raw>>(text, options)
}

/// The text a tree was parsed from, and how its offsets map back into the file.
struct Place<'a> {
    text: &'a str,
    base: usize,
    /// The repair made to the text as written, if any.
    repair: Option<&'a Repair>,
}

impl<'a> Place<'a> {
    fn new(text: &'a str, base: usize) -> Self {
        Place {
            text,
            base,
            repair: None,
        }
    }

    /// An offset in the parsed text as an offset in the file: after a repair, shifted
    /// back by what it added; inside one, at most the end of what it replaced.
    fn file_offset(&self, offset: usize) -> usize {
        let local = match self.repair {
            Some(r) if offset > r.range.start => {
                let added_end = r.range.start + r.with.len();
                if offset >= added_end {
                    offset - added_end + r.range.end
                } else {
                    offset.min(r.range.end)
                }
            }
            _ => offset,
        };
        self.base + local
    }
}

/// The error's message without serde-saphyr's "line L column C:" prefix and snippet.
fn bare_message(err: &serde_saphyr::Error) -> String {
    let text = err.without_snippet().to_string();

    let first = text.lines().next().unwrap_or_default();
    let first = first.strip_prefix("error: ").unwrap_or(first);
    let message = match first.split_once(": ") {
        Some((head, rest)) if head.starts_with("line ") && head.contains(" column ") => rest,
        _ => first,
    };
    // Positions inside the message count from the YAML's start, not the file's: drop them.
    match message.find(" at line ") {
        Some(i) => message[..i].to_string(),
        None => message.to_string(),
    }
}

pub(super) fn offset_of(text: &str, loc: &serde_saphyr::Location) -> usize {
    if let Some(b) = loc.span().byte_offset() {
        return (b as usize).min(text.len());
    }
    // Fall back on line/column (1-based, in characters).
    let (line, col) = (loc.line() as usize, loc.column() as usize);
    let mut offset = 0;
    for (i, l) in text.split_inclusive('\n').enumerate() {
        if i + 1 == line {
            return offset
                + l.char_indices()
                    .nth(col.saturating_sub(1))
                    .map_or(l.len(), |(b, _)| b);
        }
        offset += l.len();
    }
    text.len()
}

fn span_of<T>(s: &Spanned<T>, place: &Place) -> Span {
    let loc = &s.referenced;
    let start = offset_of(place.text, loc);
    let len = loc.span().byte_len().unwrap_or(0) as usize;
    let end = (start + len).min(place.text.len());
    Span::new(place.file_offset(start), place.file_offset(end))
}

fn convert(raw: Spanned<Raw>, place: &Place) -> Node<'static> {
    let span = span_of(&raw, place);
    let value = match raw.value {
        Raw::Null => Value::Null,
        Raw::Bool(b) => Value::Bool(b),
        Raw::Int(i) => Value::Int(i),
        Raw::Float(f) => Value::Float(f),
        Raw::Str(s) => Value::Str(Cow::Owned(s)),
        Raw::Seq(items) => Value::Seq(items.into_iter().map(|i| convert(i, place)).collect()),
        Raw::Map(entries) => Value::Map(
            entries
                .into_iter()
                .map(|(k, v)| (convert(k, place), convert(v, place)))
                .collect(),
        ),
    };
    Node { span, value }
}

/// What serde-saphyr hands us: a node tree whose children carry their locations.
enum Raw {
    Null,
    Bool(bool),
    Int(i64),
    Float(f64),
    Str(String),
    Seq(Vec<Spanned<Raw>>),
    Map(Vec<(Spanned<Raw>, Spanned<Raw>)>),
}

impl<'de> Deserialize<'de> for Raw {
    fn deserialize<D: Deserializer<'de>>(d: D) -> Result<Self, D::Error> {
        d.deserialize_any(RawVisitor)
    }
}

struct RawVisitor;

impl<'de> Visitor<'de> for RawVisitor {
    type Value = Raw;

    fn expecting(&self, f: &mut fmt::Formatter) -> fmt::Result {
        f.write_str("a YAML value")
    }
    fn visit_unit<E>(self) -> Result<Raw, E> {
        Ok(Raw::Null)
    }
    fn visit_none<E>(self) -> Result<Raw, E> {
        Ok(Raw::Null)
    }
    fn visit_some<D: Deserializer<'de>>(self, d: D) -> Result<Raw, D::Error> {
        Raw::deserialize(d)
    }
    fn visit_bool<E>(self, v: bool) -> Result<Raw, E> {
        Ok(Raw::Bool(v))
    }
    fn visit_i64<E>(self, v: i64) -> Result<Raw, E> {
        Ok(Raw::Int(v))
    }
    fn visit_u64<E>(self, v: u64) -> Result<Raw, E> {
        Ok(i64::try_from(v).map_or(Raw::Float(v as f64), Raw::Int))
    }
    fn visit_f64<E>(self, v: f64) -> Result<Raw, E> {
        Ok(Raw::Float(v))
    }
    fn visit_str<E>(self, v: &str) -> Result<Raw, E> {
        Ok(Raw::Str(v.to_owned()))
    }
    fn visit_string<E>(self, v: String) -> Result<Raw, E> {
        Ok(Raw::Str(v))
    }
    fn visit_seq<A: SeqAccess<'de>>(self, mut seq: A) -> Result<Raw, A::Error> {
        let mut items = Vec::new();
        while let Some(item) = seq.next_element()? {
            items.push(item);
        }
        Ok(Raw::Seq(items))
    }
    fn visit_map<A: MapAccess<'de>>(self, mut map: A) -> Result<Raw, A::Error> {
        let mut entries = Vec::new();
        while let Some(key) = map.next_key()? {
            entries.push((key, map.next_value()?));
        }
        Ok(Raw::Map(entries))
    }
}

#[cfg(test)]
mod tests {
    use super::*;

    /// What `text::yaml_scalar` writes reads back as the same text (the helper sits
    /// below this layer, so its round trip is tested here).
    #[test]
    fn scalars_read_back_as_written() {
        for s in [
            "Inflyttning på SÄBO",
            "Kopia: Ta emot",
            "&anchor",
            "*alias",
            "!tag",
            "a \\ b",
            "\"citat\"",
            "- lista",
            "2026-01-01",
            "2026",
            "0x1F",
            ".inf",
            "yes",
            "",
            " kant ",
            "50%",
            "@x",
            "a # b",
        ] {
            let written = crate::text::yaml_scalar(s);
            let text = format!("k: {written}\n");
            let node = parse(&text, 0).unwrap();
            assert_eq!(node.get("k").and_then(|n| n.as_str()), Some(s), "{written}");
        }
    }

    #[test]
    fn spans_point_at_values_shifted_by_base() {
        let text = "typ: process\nid: P-SÄBO\nfastställd: 2026-02-01\n";
        let node = parse(text, 4).unwrap();
        let id = node.get("id").unwrap();
        assert_eq!(&text[id.span.start - 4..id.span.end - 4], "P-SÄBO");
        let date = node.get("fastställd").unwrap();
        assert_eq!(date.as_str(), Some("2026-02-01"));
        assert_eq!(&text[date.span.start - 4..date.span.end - 4], "2026-02-01");
    }

    #[test]
    fn syntax_error_has_position_and_bare_message() {
        let err = parse("a: 1\nb: [1, 2\nc: 3\n", 0).unwrap_err();
        assert!(err.offset.is_some());
        assert!(!err.parser_text.starts_with("line "), "{}", err.parser_text);
    }

    #[test]
    fn alias_bomb_is_refused() {
        let mut s = String::from("a: &a [x,x,x,x,x,x,x,x,x]\n");
        for i in 1..10u8 {
            let (p, c) = ((b'a' + i - 1) as char, (b'a' + i) as char);
            s.push_str(&format!(
                "{c}: &{c} [{}]\n",
                vec![format!("*{p}"); 9].join(",")
            ));
        }
        assert!(parse(&s, 0).is_err());
    }

    #[test]
    fn deep_nesting_is_refused() {
        let s = format!("a: {}{}\n", "[".repeat(10_000), "]".repeat(10_000));
        assert!(parse(&s, 0).is_err());
    }
}
