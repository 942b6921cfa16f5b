//! Typed decoding of [`Node`] trees.
//!
//! Every document type is declared once with [`record!`](crate::record): the Rust struct,
//! its decoder and its JSON Schema come from the same field list. Decoding never stops at
//! the first fault: unknown keys (LSK003), missing keys (LSK004) and invalid values (LSK005)
//! are all reported at the offending key or value, and a struct with a bad optional value
//! is still built so the document stays indexed.

use std::borrow::Cow;

use schemars::{JsonSchema, Schema, SchemaGenerator, json_schema};

use crate::diagnostic::{Diagnostic, Fault};
use crate::lang::Lang;
use crate::syntax::Span;
use crate::syntax::yaml::{Node, Value};
use crate::syntax::{SourceFile, Split};
use crate::tr;

/// A value and the span of the YAML node it came from.
#[derive(Debug, Clone, PartialEq, Eq, PartialOrd, Ord, Hash)]
pub struct Spanned<T> {
    pub value: T,
    pub span: Span,
}

impl<T> Spanned<T> {
    pub fn new(value: T, span: Span) -> Self {
        Spanned { value, span }
    }
}

impl<T> std::ops::Deref for Spanned<T> {
    type Target = T;
    fn deref(&self) -> &T {
        &self.value
    }
}

impl<T: JsonSchema> JsonSchema for Spanned<T> {
    fn inline_schema() -> bool {
        T::inline_schema()
    }
    fn schema_name() -> Cow<'static, str> {
        T::schema_name()
    }
    fn schema_id() -> Cow<'static, str> {
        T::schema_id()
    }
    fn json_schema(generator: &mut SchemaGenerator) -> Schema {
        T::json_schema(generator)
    }
}

/// The decoding context: where we are, in which language to speak, what went wrong.
pub struct Cx<'a> {
    pub file: &'a SourceFile,
    pub lang: Lang,
    pub diagnostics: Vec<Diagnostic>,
    /// The key being decoded, for messages.
    key: Vec<&'static str>,
    /// The document type, for messages about unknown keys.
    pub type_name: &'static str,
    /// The document's root mapping starts here; a key missing from it is reported at
    /// the document's first line rather than at its first key.
    pub root: Option<usize>,
    /// Top-level keys whose value had a fault (already reported), so that rules do not
    /// report the same fault again as a missing or empty value.
    pub faulty_keys: Vec<&'static str>,
    /// Unknown keys reported so far (LSK003).
    unknown_keys: usize,
    /// After a syntax error, where the value read as its writer evidently meant it stands
    /// (see [`crate::syntax::yaml::parse`]).
    pub read_as_meant: Option<Span>,
}

impl<'a> Cx<'a> {
    pub fn new(file: &'a SourceFile, lang: Lang) -> Self {
        Cx {
            file,
            lang,
            diagnostics: Vec::new(),
            key: Vec::new(),
            type_name: "",
            root: None,
            faulty_keys: Vec::new(),
            unknown_keys: 0,
            read_as_meant: None,
        }
    }

    fn current_key(&self) -> &'static str {
        self.key.last().copied().unwrap_or("")
    }

    /// Decodes `node` as the value of `key`.
    pub fn field<T: FromNode>(&mut self, key: &'static str, node: &Node) -> Option<T> {
        let top_level = self.key.is_empty();
        let before = self.diagnostics.len();
        self.key.push(key);
        let value = T::from_node(node, self);
        self.key.pop();
        if top_level && self.diagnostics.len() > before {
            self.faulty_keys.push(key);
        }
        value
    }

    /// LSK005 at `node`: `why` says what was expected.
    pub fn invalid(&mut self, node: &Node, why_sv: impl AsRef<str>, why_en: impl AsRef<str>) {
        self.invalid_at(node.span, self.current_key(), why_sv, why_en);
    }

    /// LSK005 at `span`, a value of `key`.
    pub fn invalid_at(
        &mut self,
        span: Span,
        key: &str,
        why_sv: impl AsRef<str>,
        why_en: impl AsRef<str>,
    ) {
        let why = self.lang.pick(why_sv.as_ref(), why_en.as_ref());
        let why = why.trim_end_matches('.');
        let end = if why.ends_with('?') { "" } else { "." };
        let message = if key.is_empty() {
            tr!(
                self.lang,
                "Ogiltigt värde: {}{}",
                "Invalid value: {}{}",
                why,
                end
            )
        } else {
            tr!(
                self.lang,
                "Ogiltigt värde för `{}`: {}{}",
                "Invalid value for `{}`: {}{}",
                key,
                why,
                end
            )
        };
        self.push(Diagnostic::fault(
            Fault::InvalidValue,
            self.file,
            span,
            message,
        ));
    }

    /// LSK005 for a node of the wrong kind.
    pub fn wrong_kind(&mut self, node: &Node, expected_sv: &str, expected_en: &str) {
        let (got_sv, got_en) = (node.kind_sv(), node.kind_en());
        self.invalid(
            node,
            format!("väntade {expected_sv}, fick {got_sv}"),
            format!("expected {expected_en}, got {got_en}"),
        );
    }

    /// LSK004 for a key missing from `map`.
    pub fn missing(&mut self, map: &Node, key: &str) {
        if self.commented(map, key) {
            return;
        }
        // `titel:` with nothing after it: the key is there, its value is not.
        if let Some((k, _)) = map
            .as_map()
            .unwrap_or_default()
            .iter()
            .find(|(k, v)| k.as_str() == Some(key) && v.is_null())
        {
            let message = tr!(
                self.lang,
                "Obligatorisk nyckel `{}` är tom: skriv ett värde efter kolonet.",
                "Required key `{}` is empty: write a value after the colon.",
                key
            );
            let span = k.span;
            self.push(Diagnostic::fault(
                Fault::MissingKey,
                self.file,
                span,
                message,
            ));
            return;
        }
        let message = tr!(
            self.lang,
            "Obligatorisk nyckel `{}` saknas.",
            "Required key `{}` is missing.",
            key
        );
        let at = if self.root == Some(map.span.start) {
            self.file.content_start()
        } else {
            map.span.start
        };
        let span = Span::new(at, at);
        self.push(Diagnostic::fault(
            Fault::MissingKey,
            self.file,
            span,
            message,
        ));
    }

    /// LSK004 for `key: #text`, a value YAML reads as empty because `#` starts a comment:
    /// at the `#`, with a hint to quote it. Whether there was one.
    fn commented(&mut self, map: &Node, key: &str) -> bool {
        let entries = map.as_map().unwrap_or_default();
        let Some((k, _)) = entries
            .iter()
            .find(|(k, v)| k.as_str() == Some(key) && v.is_null())
        else {
            return false;
        };
        let Some((hash, fix)) = crate::syntax::yaml::commented_value(&self.file.text, k.span)
        else {
            return false;
        };
        let message = tr!(
            self.lang,
            "Värdet för `{}` är tomt: `#` inleder en kommentar i YAML.",
            "The value of `{}` is empty: `#` starts a comment in YAML.",
            key
        );
        let help = match fix {
            Some(fix) => tr!(
                self.lang,
                "Sätt citattecken runt värdet: `{}`.",
                "Put quotes around the value: `{}`.",
                fix
            ),
            None => tr!(
                self.lang,
                "Sätt citattecken runt värdet.",
                "Put quotes around the value."
            ),
        };
        let span = Span::new(hash, hash);
        self.push(Diagnostic::fault(Fault::MissingKey, self.file, span, message).with_help(help));
        true
    }

    /// LSK003 for every key of `map` that is not in `allowed`, with a "did you mean".
    pub fn check_keys(&mut self, map: &Node, allowed: &[&[&str]]) {
        let Some(entries) = map.as_map() else { return };
        for (key, _) in entries {
            let name: std::borrow::Cow<str> = match &key.value {
                Value::Str(s) => s.as_ref().into(),
                Value::Int(i) => i.to_string().into(),
                Value::Bool(b) => b.to_string().into(),
                _ => "?".into(),
            };
            if allowed.iter().any(|keys| keys.contains(&name.as_ref())) {
                continue;
            }
            let candidates = allowed.iter().flat_map(|k| k.iter().copied());
            let message = if self.type_name.is_empty() {
                tr!(self.lang, "Okänd nyckel `{}`.", "Unknown key `{}`.", name)
            } else {
                tr!(
                    self.lang,
                    "Okänd nyckel `{}` för typen {}.",
                    "Unknown key `{}` for type {}.",
                    name,
                    self.type_name
                )
            };
            let mut d = Diagnostic::fault(Fault::UnknownKey, self.file, key.span, message);
            // Only the first findings of a kind in a file are shown (the rest are counted):
            // beyond those, a suggestion would be computed for nothing.
            self.unknown_keys += 1;
            let shown = self.unknown_keys <= crate::diagnostic::MAX_PER_FILE;
            if let Some(best) = shown
                .then(|| crate::text::suggest(&name, candidates))
                .flatten()
            {
                d = d.with_help(tr!(
                    self.lang,
                    "Menade du `{}`?",
                    "Did you mean `{}`?",
                    best
                ));
            }
            self.push(d);
        }
    }

    pub fn push(&mut self, d: Diagnostic) {
        self.diagnostics.push(d);
    }
}

/// A type that can be decoded from a YAML node, reporting what is wrong.
pub trait FromNode: Sized {
    fn from_node(node: &Node, cx: &mut Cx) -> Option<Self>;
}

/// How a record field behaves when its key is absent or its value is null.
pub trait FieldValue: Sized {
    /// The value when the key is absent or null; `None` when the field is required.
    fn absent() -> Option<Self>;
    fn decode(node: &Node, cx: &mut Cx) -> Option<Self>;
    /// The value to use when decoding failed (already reported); `None` drops the record.
    fn fallback() -> Option<Self> {
        Self::absent()
    }
}

impl<T: FromNode> FieldValue for Spanned<T> {
    fn absent() -> Option<Self> {
        None
    }
    fn decode(node: &Node, cx: &mut Cx) -> Option<Self> {
        Spanned::<T>::from_node(node, cx)
    }
}

impl<T: FromNode> FromNode for Spanned<T> {
    fn from_node(node: &Node, cx: &mut Cx) -> Option<Self> {
        T::from_node(node, cx).map(|v| Spanned::new(v, node.span))
    }
}

impl<T: FromNode> FieldValue for Option<T> {
    fn absent() -> Option<Self> {
        Some(None)
    }
    fn decode(node: &Node, cx: &mut Cx) -> Option<Self> {
        Some(T::from_node(node, cx))
    }
}

impl<T: FromNode> FieldValue for Vec<T> {
    fn absent() -> Option<Self> {
        Some(Vec::new())
    }
    fn decode(node: &Node, cx: &mut Cx) -> Option<Self> {
        Vec::<T>::from_node(node, cx)
    }
}

impl<T: FromNode> FromNode for Vec<T> {
    fn from_node(node: &Node, cx: &mut Cx) -> Option<Self> {
        let Value::Seq(items) = &node.value else {
            cx.wrong_kind(node, "en lista", "a list");
            return None;
        };
        // Sized for every item: a vector grown one item at a time ends with up to twice
        // the room it needs, and the documents keep it.
        let mut out = Vec::with_capacity(items.len());
        out.extend(items.iter().filter_map(|i| T::from_node(i, cx)));
        Some(out)
    }
}

/// A field that may be written as one value or as a list of them (`ansvarig`).
#[derive(Debug, Clone, Default, PartialEq, Eq)]
pub struct OneOrMany<T>(pub Vec<T>);

impl<T> std::ops::Deref for OneOrMany<T> {
    type Target = [T];
    fn deref(&self) -> &[T] {
        &self.0
    }
}

impl<T: FromNode> FieldValue for OneOrMany<T> {
    fn absent() -> Option<Self> {
        Some(OneOrMany(Vec::new()))
    }
    fn decode(node: &Node, cx: &mut Cx) -> Option<Self> {
        match &node.value {
            Value::Seq(_) => Vec::<T>::decode(node, cx).map(OneOrMany),
            _ => Some(OneOrMany(T::from_node(node, cx).into_iter().collect())),
        }
    }
}

impl<T: JsonSchema> JsonSchema for OneOrMany<T> {
    fn schema_name() -> Cow<'static, str> {
        format!("OneOrMany_{}", T::schema_name()).into()
    }
    fn json_schema(generator: &mut SchemaGenerator) -> Schema {
        let one = generator.subschema_for::<T>();
        json_schema!({ "anyOf": [one, { "type": "array", "items": one }] })
    }
}

impl FromNode for String {
    fn from_node(node: &Node, cx: &mut Cx) -> Option<Self> {
        match &node.value {
            Value::Str(s) => Some(String::from(s.as_ref())),
            // A plain number or boolean written where text is expected is still text.
            Value::Int(i) => Some(i.to_string()),
            Value::Float(_) | Value::Bool(_) => Some(cx.file.slice(node.span).trim().to_string()),
            _ => {
                cx.wrong_kind(node, "en text", "a text");
                None
            }
        }
    }
}

impl FromNode for bool {
    fn from_node(node: &Node, cx: &mut Cx) -> Option<Self> {
        match node.value {
            Value::Bool(b) => Some(b),
            _ => {
                cx.wrong_kind(node, "true eller false", "true or false");
                None
            }
        }
    }
}

impl FromNode for f64 {
    fn from_node(node: &Node, cx: &mut Cx) -> Option<Self> {
        match node.value {
            Value::Int(i) => Some(i as f64),
            Value::Float(f) if f.is_finite() => Some(f),
            _ => {
                cx.wrong_kind(node, "ett tal", "a number");
                None
            }
        }
    }
}

/// Decodes an integer within `min..=max`.
pub fn int_in_range(node: &Node, cx: &mut Cx, min: i64, max: i64) -> Option<i64> {
    match node.value {
        Value::Int(i) if (min..=max).contains(&i) => Some(i),
        Value::Int(i) => {
            cx.invalid(
                node,
                format!("{i} ligger utanför {min}–{max}"),
                format!("{i} is outside {min}–{max}"),
            );
            None
        }
        _ => {
            cx.wrong_kind(node, "ett heltal", "a whole number");
            None
        }
    }
}

impl FromNode for u32 {
    fn from_node(node: &Node, cx: &mut Cx) -> Option<Self> {
        int_in_range(node, cx, 0, u32::MAX as i64).map(|i| i as u32)
    }
}

/// A whole number in `MIN..=MAX`: a setting whose every value is used in arithmetic, so
/// that a value out of range is reported where it is written, not met later as an
/// overflow.
#[derive(Debug, Clone, Copy, PartialEq, Eq)]
pub struct Bounded<const MIN: u32, const MAX: u32>(pub u32);

impl<const MIN: u32, const MAX: u32> FromNode for Bounded<MIN, MAX> {
    fn from_node(node: &Node, cx: &mut Cx) -> Option<Self> {
        int_in_range(node, cx, i64::from(MIN), i64::from(MAX)).map(|i| Bounded(i as u32))
    }
}

impl<const MIN: u32, const MAX: u32> JsonSchema for Bounded<MIN, MAX> {
    fn schema_name() -> std::borrow::Cow<'static, str> {
        format!("Heltal{MIN}till{MAX}").into()
    }
    fn json_schema(_: &mut schemars::SchemaGenerator) -> schemars::Schema {
        schemars::json_schema!({ "type": "integer", "minimum": MIN, "maximum": MAX })
    }
}

/// Declares a record type: the struct, its decoder and its JSON Schema from one list.
///
/// ```ignore
/// record! {
///     /// An activity in a process.
///     pub struct Activity {
///         /// The activity's id.
///         "id" id: Spanned<Id> [required],
///         "titel" title: Option<Spanned<String>> [required],
///         "rutiner" routines: Vec<Spanned<Id>>,
///     }
/// }
/// ```
///
/// The field's type decides what absence means (see [`FieldValue`]): `Spanned<T>` is
/// required and drops the record when missing or invalid, `Option<T>` may be absent,
/// `Vec<T>` defaults to empty. `[required]` on an `Option` field reports LSK004 when it
/// is missing but keeps the record. Unknown keys are reported by [`Cx::check_keys`].
#[macro_export]
macro_rules! record {
    (
        $(#[doc = $sdoc:literal])*
        pub struct $name:ident {
            $(
                $(#[doc = $doc:literal])*
                $key:literal $field:ident : $ty:ty $([$flag:ident])?
            ),* $(,)?
        }
    ) => {
        $(#[doc = $sdoc])*
        #[derive(Debug, Clone)]
        pub struct $name {
            $( $(#[doc = $doc])* pub $field: $ty, )*
        }

        impl $name {
            /// The keys this record accepts.
            pub const KEYS: &'static [&'static str] = &[$($key),*];

            /// Decodes the fields of a mapping, ignoring keys that are not this record's
            /// (the caller checks them, possibly together with other records' keys).
            pub fn decode_fields(
                node: &$crate::syntax::yaml::Node,
                cx: &mut $crate::model::decode::Cx,
            ) -> Option<Self> {
                $(
                    let $field: Option<$ty> = match node.get($key) {
                        Some(v) if !v.is_null() => cx
                            .field::<$crate::model::decode::Field<$ty>>($key, v)
                            .map(|f| f.0)
                            .or_else(<$ty as $crate::model::decode::FieldValue>::fallback),
                        _ => {
                            let value = <$ty as $crate::model::decode::FieldValue>::absent();
                            if value.is_none() $(|| $crate::record!(@required $flag))? {
                                cx.missing(node, $key);
                            }
                            value
                        }
                    };
                )*
                Some(Self { $($field: $field?,)* })
            }
        }

        impl $crate::model::decode::FromNode for $name {
            fn from_node(
                node: &$crate::syntax::yaml::Node,
                cx: &mut $crate::model::decode::Cx,
            ) -> Option<Self> {
                if node.as_map().is_none() {
                    cx.wrong_kind(node, "en mappning (nyckel: värde)", "a mapping (key: value)");
                    return None;
                }
                cx.check_keys(node, &[Self::KEYS]);
                Self::decode_fields(node, cx)
            }
        }

        impl schemars::JsonSchema for $name {
            fn schema_name() -> std::borrow::Cow<'static, str> {
                stringify!($name).into()
            }
            fn json_schema(generator: &mut schemars::SchemaGenerator) -> schemars::Schema {
                let mut properties = serde_json::Map::new();
                let mut required: Vec<&str> = Vec::new();
                $(
                    let mut field = generator.subschema_for::<$ty>();
                    let doc = $crate::model::decode::doc_text(&[$($doc),*]);
                    if !doc.is_empty() {
                        field.insert("description".into(), doc.into());
                    }
                    properties.insert($key.to_string(), field.to_value());
                    if <$ty as $crate::model::decode::FieldValue>::absent().is_none()
                        $(|| $crate::record!(@required $flag))?
                    {
                        required.push($key);
                    }
                )*
                let mut schema = schemars::json_schema!({
                    "type": "object",
                    "properties": properties,
                    "required": required,
                    "additionalProperties": false,
                });
                let doc = $crate::model::decode::doc_text(&[$($sdoc),*]);
                if !doc.is_empty() {
                    schema.insert("description".into(), doc.into());
                }
                schema
            }
        }
    };
    (@required required) => { true };
}

/// Adapts a [`FieldValue`] to [`FromNode`] so that [`Cx::field`] can track the key.
pub struct Field<T>(pub T);

impl<T: FieldValue> FromNode for Field<T> {
    fn from_node(node: &Node, cx: &mut Cx) -> Option<Self> {
        T::decode(node, cx).map(Field)
    }
}

/// Joins doc-comment lines into one description.
pub fn doc_text(lines: &[&str]) -> String {
    lines
        .iter()
        .map(|l| l.strip_prefix(' ').unwrap_or(l))
        .collect::<Vec<_>>()
        .join("\n")
        .trim()
        .to_string()
}

/// Declares a closed vocabulary: an enum whose values are written as the given strings.
#[macro_export]
macro_rules! vocabulary {
    (
        $(#[doc = $sdoc:literal])*
        pub enum $name:ident { $( $(#[doc = $doc:literal])* $variant:ident = $text:literal $(/ $en:literal)? ),* $(,)? }
    ) => {
        $(#[doc = $sdoc])*
        #[derive(Debug, Clone, Copy, PartialEq, Eq, PartialOrd, Ord, Hash)]
        pub enum $name { $( $(#[doc = $doc])* $variant ),* }

        impl $name {
            pub const ALL: &'static [$name] = &[$($name::$variant),*];

            /// The value as written in documents.
            pub fn as_str(self) -> &'static str {
                match self { $($name::$variant => $text),* }
            }

            pub fn parse(s: &str) -> Option<Self> {
                match s { $($text => Some($name::$variant),)* _ => None }
            }

            /// The value in words for a report: in English its translation where the
            /// vocabulary gives one (`Main = "huvudprocess" / "main process"`), else the
            /// value as written.
            pub fn describe(self, lang: $crate::lang::Lang) -> String {
                match (self, lang) {
                    $($( ($name::$variant, $crate::lang::Lang::En) => $en.to_string(), )?)*
                    _ => self.as_str().to_string(),
                }
            }
        }

        impl std::fmt::Display for $name {
            fn fmt(&self, f: &mut std::fmt::Formatter<'_>) -> std::fmt::Result {
                f.write_str(self.as_str())
            }
        }

        impl $crate::model::decode::FromNode for $name {
            fn from_node(
                node: &$crate::syntax::yaml::Node,
                cx: &mut $crate::model::decode::Cx,
            ) -> Option<Self> {
                $crate::model::decode::from_vocabulary(node, cx, &[$($text),*], $name::parse)
            }
        }

        impl schemars::JsonSchema for $name {
            fn schema_name() -> std::borrow::Cow<'static, str> {
                stringify!($name).into()
            }
            fn json_schema(_: &mut schemars::SchemaGenerator) -> schemars::Schema {
                schemars::json_schema!({ "type": "string", "enum": [$($text),*] })
            }
        }
    };
}

/// Decodes a string that must be one of `words`, with a "did you mean" on failure.
pub fn from_vocabulary<T>(
    node: &Node,
    cx: &mut Cx,
    words: &[&'static str],
    parse: fn(&str) -> Option<T>,
) -> Option<T> {
    let text = String::from_node(node, cx)?;
    if let Some(v) = parse(&text) {
        return Some(v);
    }
    let list = words.join(", ");
    let hint = crate::text::suggest(&text, words.iter().copied());
    let (sv, en) = match hint {
        Some(h) => (
            format!("`{text}` är inte ett av {list} (menade du `{h}`?)"),
            format!("`{text}` is not one of {list} (did you mean `{h}`?)"),
        ),
        None => (
            format!("`{text}` är inte ett av {list}"),
            format!("`{text}` is not one of {list}"),
        ),
    };
    cx.invalid(node, sv, en);
    None
}

/// Parses the YAML header of a split file; a syntax error is reported as LSK001. When the
/// mistake leaves no doubt about what was meant, the tree so read is returned all the same
/// and [`Cx::read_as_meant`] says where the value read differently stands.
pub fn parse_header<'f>(file: &'f SourceFile, split: Split, cx: &mut Cx) -> Option<Node<'f>> {
    let header = match split {
        Split::Yaml { header } | Split::FrontMatter { header, .. } => header,
        Split::Unclosed { opening } => {
            cx.push(
                Diagnostic::fault(
                    Fault::Syntax,
                    file,
                    opening,
                    tr!(
                        cx.lang,
                        "Front matter öppnas med `---` men stängs aldrig.",
                        "Front matter is opened with `---` but never closed."
                    ),
                )
                .with_help(tr!(
                    cx.lang,
                    "Avsluta huvudet med en rad som bara innehåller `---`.",
                    "End the header with a line that holds only `---`."
                )),
            );
            return None;
        }
        Split::NoFrontMatter => return None,
    };
    match crate::syntax::yaml::parse(file.slice(header), header.start) {
        Ok(node) => Some(node),
        Err(err) => {
            let at = err.offset.unwrap_or(header.start);
            let mut d =
                Diagnostic::fault(Fault::Syntax, file, Span::new(at, at), err.message(cx.lang));
            if let Some(help) = err.help(cx.lang) {
                d = d.with_help(help);
            }
            cx.push(d);
            // What the writer evidently meant, when the mistake leaves no doubt: the rest
            // of the document is checked too.
            cx.read_as_meant = err.read_as_meant;
            err.recovered.map(|node| *node)
        }
    }
}
