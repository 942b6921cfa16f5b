//! Why YAML text did not parse, said the way a writer needs it: the parser's error sorted
//! into the mistakes people make (a colon inside a text, a value that starts with a
//! character YAML reserves, a tab as indentation, a quote never closed, a line indented
//! wrongly), its position moved onto the offending character, and a message and a hint in
//! Swedish or English. What the parser says about anything else is kept and shown as is.

use serde_saphyr::granit_parser::ErrorKind;

use super::yaml::Node;
use crate::lang::Lang;
use crate::syntax::Span;
use crate::tr;

/// A YAML syntax error with its position.
#[derive(Debug, Clone)]
pub struct SyntaxError {
    /// Byte offset of the offending character in the file, when known.
    pub offset: Option<usize>,
    pub problem: Problem,
    /// The parser's own text (English), shown when the problem is [`Problem::Other`].
    pub parser_text: String,
    /// The tree as the writer evidently meant it, when the one mistake leaves no doubt
    /// about that (see [`super::yaml::parse`]); the error is to be reported all the same.
    pub recovered: Option<Box<Node<'static>>>,
    /// Where, in the file, the value read differently for [`Self::recovered`] stands
    /// (none when a repeated key was skipped).
    pub read_as_meant: Option<Span>,
}

/// The kinds of syntax error that get a message of their own.
#[derive(Debug, Clone, PartialEq, Eq)]
pub enum Problem {
    /// `titel: Kopia: Ta emot`: a `: ` inside an unquoted value.
    ColonInValue {
        fix: Option<String>,
    },
    /// An unquoted value starting with a character YAML reserves (`@`, `` ` ``, `%`) or
    /// gives a meaning (`*`, `&`, `|`, `>`, `[`, `{`, `-`).
    SpecialStart {
        ch: char,
        fix: Option<String>,
    },
    /// Text after the closing quote of a value that starts with a quote.
    AfterQuote {
        quote: char,
        fix: Option<String>,
    },
    /// A quoted value never closed.
    UnclosedQuote {
        quote: char,
        fix: Option<String>,
    },
    /// A `\` escape that double quotes do not know (`"C:\Dokument"`).
    UnknownEscape,
    /// A `[` or `{` never closed.
    UnclosedBracket(char),
    /// A `- ` list item inside `[…]` or `{…}`.
    DashInBrackets,
    /// A tab where YAML wants spaces; `indentation` when it is in a line's indentation.
    Tab {
        indentation: bool,
    },
    Indentation(Indentation),
    /// A line that is neither `key: value`, a list item nor a continuation.
    MissingColon,
    /// A key twice in one mapping.
    DuplicateKey(Option<String>),
    /// An invisible control character.
    Control(char),
    /// `---` or `...` inside a YAML file: a second document.
    MultipleDocuments,
    /// Nested deeper, or holding more values, than the parser's limits allow.
    TooDeep,
    /// Anything else: the parser's text is shown.
    Other,
}

/// How a line's indentation does not fit the structure above it.
#[derive(Debug, Clone, Copy, PartialEq, Eq)]
pub enum Indentation {
    /// Indented under a line that already has a value.
    Deeper,
    /// In line with none of the keys above.
    Unaligned,
    /// Inside a list, but neither a new item (`- `) nor indented under the one above.
    NotListItem,
    /// A list item (`- `) among the keys of a mapping.
    ItemAmongKeys,
    /// A line of a `|` or `>` text not indented under its key.
    BlockText,
}

/// How deep collections may nest. A document needs four or five levels; the limit keeps
/// the recursive parser well inside the stack of a worker thread.
pub const MAX_DEPTH: usize = 32;

impl SyntaxError {
    /// What is wrong, in `lang`.
    pub fn message(&self, lang: Lang) -> String {
        match &self.problem {
            Problem::ColonInValue { .. } => tr!(
                lang,
                "Kolon i ett värde utan citattecken: YAML läser `: ` som gränsen mellan nyckel och värde.",
                "Colon in a value without quotes: YAML reads `: ` as the boundary between key and value."
            ),
            Problem::SpecialStart { ch, .. } => {
                let (sv, en) = meaning(*ch);
                tr!(
                    lang,
                    "Värdet börjar med {}, som i YAML {}.",
                    "The value starts with {}, which in YAML {}.",
                    code(*ch),
                    lang.pick(sv, en)
                )
            }
            Problem::AfterQuote { quote, .. } => tr!(
                lang,
                "Text efter det avslutande citattecknet: värdet börjar med {}, så det slutar vid nästa {}.",
                "Text after the closing quote: the value starts with {}, so it ends at the next {}.",
                code(*quote),
                code(*quote)
            ),
            Problem::UnclosedQuote { quote, .. } => tr!(
                lang,
                "Citattecknet {} stängs aldrig.",
                "The quote {} is never closed.",
                code(*quote)
            ),
            Problem::UnknownEscape => tr!(
                lang,
                "Okänd escape-sekvens: inom dubbla citattecken inleder `\\` ett specialtecken.",
                "Unknown escape sequence: within double quotes `\\` starts a special character."
            ),
            Problem::UnclosedBracket(open) => tr!(
                lang,
                "{} öppnas men stängs aldrig.",
                "{} is opened but never closed.",
                code(*open)
            ),
            Problem::DashInBrackets => tr!(
                lang,
                "Listpost (`- `) inom `[…]` eller `{{…}}`: där skiljs posterna åt med kommatecken.",
                "List item (`- `) within `[…]` or `{{…}}`: there, items are separated by commas."
            ),
            Problem::Tab { indentation: true } => tr!(
                lang,
                "Tabb i indraget: YAML tillåter bara mellanslag som indrag.",
                "Tab in the indentation: YAML allows only spaces for indentation."
            ),
            Problem::Tab { indentation: false } => tr!(
                lang,
                "Tabb där YAML bara tillåter mellanslag.",
                "Tab where YAML allows only spaces."
            ),
            Problem::Indentation(Indentation::Deeper) => tr!(
                lang,
                "Fel indrag: raden är indragen under en rad som redan har ett värde.",
                "Wrong indentation: the line is indented under a line that already has a value."
            ),
            Problem::Indentation(Indentation::Unaligned) => tr!(
                lang,
                "Fel indrag: raden står inte i linje med nycklarna ovanför.",
                "Wrong indentation: the line does not line up with the keys above."
            ),
            Problem::Indentation(Indentation::NotListItem) => tr!(
                lang,
                "Fel indrag: raden står i en lista men börjar inte med `- ` och är inte indragen under posten ovanför.",
                "Wrong indentation: the line is in a list but neither starts with `- ` nor is indented under the item above."
            ),
            Problem::Indentation(Indentation::ItemAmongKeys) => tr!(
                lang,
                "Fel indrag: en listpost (`- `) står bland nycklarna i en mappning.",
                "Wrong indentation: a list item (`- `) stands among the keys of a mapping."
            ),
            Problem::Indentation(Indentation::BlockText) => tr!(
                lang,
                "Fel indrag: raderna i en text efter `|` eller `>` måste dras in under nyckeln.",
                "Wrong indentation: the lines of a text after `|` or `>` must be indented under the key."
            ),
            Problem::MissingColon => tr!(
                lang,
                "Raden saknar kolon: den är varken `nyckel: värde`, en listpost (`- `) eller en indragen fortsättning på raden ovanför.",
                "The line has no colon: it is neither `key: value`, a list item (`- `) nor an indented continuation of the line above."
            ),
            Problem::DuplicateKey(Some(key)) => tr!(
                lang,
                "Nyckeln `{}` finns två gånger.",
                "The key `{}` appears twice.",
                key
            ),
            Problem::DuplicateKey(None) => {
                tr!(lang, "En nyckel finns två gånger.", "A key appears twice.")
            }
            Problem::Control(c) => tr!(
                lang,
                "Otillåtet tecken U+{:04X} (ett osynligt styrtecken).",
                "Character U+{:04X} is not allowed (an invisible control character).",
                *c as u32
            ),
            Problem::MultipleDocuments => tr!(
                lang,
                "Filen innehåller mer än ett YAML-dokument: en rad med `---` eller `...` avslutar det första.",
                "The file holds more than one YAML document: a line with `---` or `...` ends the first."
            ),
            Problem::TooDeep => tr!(
                lang,
                "Ogiltig YAML: nästlad djupare än {} nivåer eller med fler än 500 000 värden.",
                "Invalid YAML: nested deeper than {} levels or holding more than 500,000 values.",
                MAX_DEPTH
            ),
            Problem::Other => tr!(
                lang,
                "Ogiltig YAML ({}).",
                "Invalid YAML ({}).",
                self.parser_text
            ),
        }
    }

    /// What to do about it, in `lang`, when there is something specific to say.
    pub fn help(&self, lang: Lang) -> Option<String> {
        let quote_it = |fix: &Option<String>| match fix {
            Some(fix) => tr!(
                lang,
                "Sätt citattecken runt värdet: `{}`.",
                "Put quotes around the value: `{}`.",
                fix
            ),
            None => tr!(
                lang,
                "Sätt citattecken runt värdet.",
                "Put quotes around the value."
            ),
        };
        Some(match &self.problem {
            Problem::ColonInValue { fix } => quote_it(fix),
            Problem::SpecialStart { ch: '-', fix } => {
                let list = tr!(
                    lang,
                    "En lista skrivs med en post per rad under nyckeln (`  - a`) eller som `[a, b]`.",
                    "A list is written one item a line below the key (`  - a`) or as `[a, b]`."
                );
                format!("{list} {}", quote_it(fix))
            }
            Problem::SpecialStart { fix, .. } => quote_it(fix),
            Problem::AfterQuote { fix: Some(fix), .. } => tr!(
                lang,
                "Sätt citattecken runt hela värdet, av det andra slaget: `{}`.",
                "Put quotes of the other kind around the whole value: `{}`.",
                fix
            ),
            Problem::AfterQuote { fix: None, .. } => tr!(
                lang,
                "Sätt citattecken runt hela värdet, av det andra slaget (`'` eller `\"`).",
                "Put quotes of the other kind (`'` or `\"`) around the whole value."
            ),
            Problem::UnclosedQuote { fix: Some(fix), .. } => tr!(
                lang,
                "Avsluta värdet med samma citattecken som det börjar med: `{}`.",
                "End the value with the quote it starts with: `{}`.",
                fix
            ),
            Problem::UnclosedQuote { quote: '\'', .. } => tr!(
                lang,
                "Avsluta värdet med `'`. En apostrof inuti värdet skrivs dubbel: `''`.",
                "End the value with `'`. An apostrophe inside the value is written twice: `''`."
            ),
            Problem::UnclosedQuote { .. } => tr!(
                lang,
                "Avsluta värdet med `\"`. Ett citattecken inuti värdet skrivs `\\\"`.",
                "End the value with `\"`. A quote inside the value is written `\\\"`."
            ),
            Problem::UnknownEscape => tr!(
                lang,
                "Skriv `\\\\` för ett omvänt snedstreck, eller använd enkla citattecken (`'C:\\Mappar'`).",
                "Write `\\\\` for a backslash, or use single quotes (`'C:\\Folders'`)."
            ),
            Problem::UnclosedBracket(open) => tr!(
                lang,
                "Stäng med {} (`[a, b]`, `{{a: 1}}`); är värdet en text, sätt citattecken runt det.",
                "Close with {} (`[a, b]`, `{{a: 1}}`); if the value is a text, put quotes around it.",
                code(if *open == '{' { '}' } else { ']' })
            ),
            Problem::DashInBrackets => tr!(
                lang,
                "Skriv listan antingen som `[a, b]` eller med en post per rad (`- a`), utan hakparenteser.",
                "Write the list either as `[a, b]` or one item a line (`- a`), without brackets."
            ),
            Problem::Tab { .. } => tr!(
                lang,
                "Ersätt tabben med mellanslag, lika många som raderna ovanför använder.",
                "Replace the tab with spaces, as many as the lines above use."
            ),
            Problem::Indentation(Indentation::NotListItem) => tr!(
                lang,
                "Börja en ny post med `- `, eller dra in raden lika långt som nycklarna i posten ovanför.",
                "Start a new item with `- `, or indent the line as far as the keys of the item above."
            ),
            Problem::Indentation(Indentation::ItemAmongKeys) => tr!(
                lang,
                "Dra in listan under den nyckel den hör till: `nyckel:` och på raderna under `  - post`.",
                "Indent the list under the key it belongs to: `key:` and on the lines below `  - item`."
            ),
            Problem::Indentation(Indentation::BlockText) => tr!(
                lang,
                "Dra in varje rad i texten med mellanslag, längre än nyckeln.",
                "Indent every line of the text with spaces, further than the key."
            ),
            Problem::Indentation(_) => tr!(
                lang,
                "Nycklar i samma mappning står exakt under varandra, med lika många mellanslag före.",
                "Keys of one mapping stand exactly below each other, with as many spaces before them."
            ),
            Problem::MissingColon => tr!(
                lang,
                "Skriv `nyckel: värde`, eller dra in raden om den fortsätter texten ovanför.",
                "Write `key: value`, or indent the line if it continues the text above."
            ),
            Problem::DuplicateKey(_) => tr!(
                lang,
                "Ta bort den ena, eller slå ihop värdena under en nyckel.",
                "Remove one of them, or merge the values under one key."
            ),
            Problem::Control(_) => tr!(
                lang,
                "Ta bort tecknet; det syns sällan i en editor.",
                "Remove the character; editors seldom show it."
            ),
            Problem::MultipleDocuments => tr!(
                lang,
                "Ett dokument per fil: ta bort raden, eller dela upp filen.",
                "One document a file: remove the line, or split the file."
            ),
            Problem::TooDeep | Problem::Other => return None,
        })
    }
}

/// What a character at the start of a plain value means in YAML.
fn meaning(ch: char) -> (&'static str, &'static str) {
    match ch {
        '*' => (
            "inleder en hänvisning (alias) till ett ankare",
            "starts an alias (a reference to an anchor)",
        ),
        '&' => ("inleder ett ankare", "starts an anchor"),
        '!' => ("inleder en tagg", "starts a tag"),
        '|' | '>' => (
            "inleder en text på flera rader",
            "starts a text of several lines",
        ),
        '[' => ("inleder en lista", "starts a list"),
        '{' => ("inleder en mappning", "starts a mapping"),
        '-' => ("inleder en listpost", "starts a list item"),
        '%' => ("inleder ett direktiv", "starts a directive"),
        '#' => ("inleder en kommentar", "starts a comment"),
        _ => ("är reserverat", "is reserved"),
    }
}

/// A character in backticks, as Markdown would quote it.
fn code(ch: char) -> String {
    if ch == '`' {
        "`` ` ``".to_string()
    } else {
        format!("`{ch}`")
    }
}

/// A sorted error: where (a local offset in the YAML text), what, and, when the mistake
/// leaves no doubt about what was meant, the text that replaces `range` to mean it.
pub(super) struct Classified {
    pub at: Option<usize>,
    pub problem: Problem,
    pub repair: Option<Repair>,
}

/// Replace `range` of the YAML text with `with` (a value quoted, a quote closed); the
/// value so read as meant stands at `value` in the text as written.
#[derive(Debug, Clone, PartialEq, Eq)]
pub(super) struct Repair {
    pub range: std::ops::Range<usize>,
    pub with: String,
    pub value: std::ops::Range<usize>,
}

impl Classified {
    fn new(at: usize, problem: Problem) -> Self {
        Classified {
            at: Some(at),
            problem,
            repair: None,
        }
    }

    fn repaired(mut self, repair: Option<Repair>) -> Self {
        self.repair = repair;
        self
    }
}

/// Characters that give an unquoted value's first character a meaning, or are reserved.
const SPECIAL: &[char] = &['@', '`', '%', '*', '&', '!', '|', '>', '[', '{', '-'];

/// The parser's error sorted, at `at` (a local offset in `text`, the YAML alone).
pub(super) fn classify(err: &serde_saphyr::Error, text: &str, at: Option<usize>) -> Classified {
    use serde_saphyr::{Error, ExternalMessageSource};
    let err = err.without_snippet();
    let Some(at) = at.map(|a| floor_boundary(text, a)) else {
        let problem = match err {
            Error::Budget { .. } => Problem::TooDeep,
            _ => Problem::Other,
        };
        return Classified {
            at: None,
            problem,
            repair: None,
        };
    };
    let kind = match err {
        Error::ExternalMessage { source, .. } => match source.as_ref() {
            ExternalMessageSource::Parser(scan) => Some(scan.kind()),
            _ => None,
        },
        _ => None,
    };
    let line = Line::at(text, at);
    match (err, kind) {
        (Error::Budget { .. }, _) | (_, Some(ErrorKind::RecursionLimitExceeded)) => {
            Classified::new(at, Problem::TooDeep)
        }
        (Error::DuplicateMappingKey { key, .. }, _) => {
            Classified::new(at, Problem::DuplicateKey(key.clone()))
        }
        (Error::MultipleDocuments { .. }, _) => Classified::new(
            document_marker(text, at).unwrap_or(at),
            Problem::MultipleDocuments,
        ),
        (Error::UnknownAnchor { .. }, _) => special(&line, at),
        (_, Some(ErrorKind::MappingValueNotAllowed)) => match line.value_start() {
            Some(start) if start <= at => Classified::new(
                at,
                Problem::ColonInValue {
                    fix: line.quoted_fix(),
                },
            )
            .repaired(line.quoted_repair()),
            _ => Classified::new(
                line.content_start(),
                Problem::Indentation(Indentation::Deeper),
            ),
        },
        (_, Some(ErrorKind::UnexpectedCharacter { character })) if character.is_control() => {
            let found = text[at..].find(*character).map_or(at, |i| at + i);
            Classified::new(found, Problem::Control(*character))
        }
        (
            _,
            Some(
                ErrorKind::UnexpectedCharacter { .. }
                | ErrorKind::MissingAnchorOrAliasName
                | ErrorKind::InvalidBlockScalarHeader
                | ErrorKind::BlockSequenceEntryNotAllowed,
            ),
        ) => special(&line, at),
        (
            _,
            Some(
                ErrorKind::InvalidTrailingDoubleQuotedScalar
                | ErrorKind::InvalidTrailingSingleQuotedScalar,
            ),
        ) => after_quote(&line, at),
        (_, Some(ErrorKind::UnclosedQuotedScalar)) => {
            let quote = text[at..].chars().next().unwrap_or('"');
            let (fix, repair) = match line.value_start() {
                Some(start) if start == at => line.closed(at, quote),
                _ => (None, None),
            };
            Classified::new(at, Problem::UnclosedQuote { quote, fix }).repaired(repair)
        }
        (_, Some(ErrorKind::UnknownQuotedScalarEscape)) => {
            Classified::new(bad_escape(text, at).unwrap_or(at), Problem::UnknownEscape)
        }
        (
            _,
            Some(
                ErrorKind::TabInPlainScalar
                | ErrorKind::TabInIndentation
                | ErrorKind::TabInBlockIndentation
                | ErrorKind::TabAtBlockScalarStart
                | ErrorKind::TabNotAllowed,
            ),
        ) => match find_tab(text, at, !matches!(kind, Some(ErrorKind::TabNotAllowed))) {
            Some((tab, indentation)) => Classified::new(tab, Problem::Tab { indentation }),
            None => Classified::new(at, Problem::Tab { indentation: false }),
        },
        (
            _,
            Some(
                kind @ (ErrorKind::ExpectedBlockMappingKey
                | ErrorKind::ExpectedBlockSequenceEntry
                | ErrorKind::InvalidIndentation),
            ),
        ) => match line.value_start() {
            // More after a value on the same line: a value that starts with `[`, `{` or
            // a quote goes on after the end of what that character starts.
            Some(start) if start < at => match line.first() {
                Some('[' | '{') => special(&line, start),
                Some('"' | '\'') => after_quote(&line, at),
                _ => Classified::new(at, Problem::Other),
            },
            _ => {
                let item = line.prefix_end() > line.content_start();
                let how = match kind {
                    ErrorKind::ExpectedBlockSequenceEntry => Indentation::NotListItem,
                    ErrorKind::ExpectedBlockMappingKey if item => Indentation::ItemAmongKeys,
                    _ => Indentation::Unaligned,
                };
                Classified::new(line.content_start(), Problem::Indentation(how))
            }
        },
        (_, Some(ErrorKind::SimpleKeyExpected)) if at == line.content_start() => {
            let problem = if after_block_indicator(text, line.start) {
                Problem::Indentation(Indentation::BlockText)
            } else {
                Problem::MissingColon
            };
            Classified::new(at, problem)
        }
        (_, Some(ErrorKind::UnclosedFlowCollection { open })) => {
            Classified::new(at, Problem::UnclosedBracket(*open))
        }
        (_, Some(ErrorKind::BlockEntryInFlowCollection)) => {
            Classified::new(at, Problem::DashInBrackets)
        }
        _ => Classified::new(at, Problem::Other),
    }
}

/// A value that starts with a character YAML gives a meaning to, at `at`.
fn special(line: &Line, at: usize) -> Classified {
    let ch = line.text[at..].chars().next().unwrap_or_default();
    if !SPECIAL.contains(&ch) {
        return Classified::new(at, Problem::Other);
    }
    let whole_value = line.value_start() == Some(at);
    let fix = whole_value.then(|| line.quoted_fix()).flatten();
    // `-`, `*`, `&` and `!` may have been meant as YAML (a list, an alias, an anchor, a
    // tag): what was meant is not certain.
    let repair = (whole_value && !matches!(ch, '-' | '*' | '&' | '!'))
        .then(|| line.quoted_repair())
        .flatten();
    Classified::new(at, Problem::SpecialStart { ch, fix }).repaired(repair)
}

/// Text after the closing quote of a value that starts with one; `at` is that text.
fn after_quote(line: &Line, at: usize) -> Classified {
    match line.first() {
        Some(quote @ ('"' | '\'')) => Classified::new(
            at,
            Problem::AfterQuote {
                quote,
                fix: line.quoted_fix(),
            },
        )
        .repaired(line.quoted_repair()),
        _ => Classified::new(at, Problem::Other),
    }
}

/// Longest corrected line shown in a hint; a longer one would not fit on a screen.
const MAX_FIX_CHARS: usize = 80;

/// The line holding an error, as `indentation`, `- ` items, `key: ` and a value.
struct Line<'a> {
    text: &'a str,
    /// Byte offsets of the line in `text`, without its line break.
    start: usize,
    end: usize,
}

impl<'a> Line<'a> {
    fn at(text: &'a str, at: usize) -> Self {
        let start = text[..at].rfind(['\n', '\r']).map_or(0, |i| i + 1);
        let end = text[at..].find(['\n', '\r']).map_or(text.len(), |i| at + i);
        Line { text, start, end }
    }

    fn get(&self, from: usize) -> &'a str {
        &self.text[from..self.end]
    }

    /// The first character that is not indentation.
    fn content_start(&self) -> usize {
        let line = self.get(self.start);
        self.start + (line.len() - line.trim_start_matches([' ', '\t']).len())
    }

    /// After the indentation and any `- ` that start list items.
    fn prefix_end(&self) -> usize {
        let mut p = self.content_start();
        while let Some(rest) = self.get(p).strip_prefix("- ") {
            p = self.end - rest.trim_start_matches(' ').len();
        }
        p
    }

    /// The `:` after a plain key at the start of the line (after any `- `).
    fn key_colon(&self) -> Option<usize> {
        let from = self.prefix_end();
        let rest = self.get(from);
        let colon = rest.char_indices().find_map(|(i, c)| {
            let separates = || {
                rest[i + 1..]
                    .chars()
                    .next()
                    .is_none_or(|a| a == ' ' || a == '\t')
            };
            (c == ':' && separates()).then_some(i)
        })?;
        let key = &rest[..colon];
        let plain = key.chars().next().is_some_and(|c| {
            !SPECIAL.contains(&c) && !matches!(c, '?' | ':' | ',' | ']' | '}' | '#' | '\'' | '"')
        }) && !key.contains(" #");
        plain.then_some(from + colon)
    }

    /// Where the value starts: after `key: `, or after `- ` when there is no key.
    fn value_start(&self) -> Option<usize> {
        let start = match self.key_colon() {
            Some(colon) => {
                let rest = self.get(colon + 1);
                self.end - rest.trim_start_matches([' ', '\t']).len()
            }
            None if self.prefix_end() > self.content_start() => self.prefix_end(),
            None => return None,
        };
        (start < self.end).then_some(start)
    }

    /// The value's first character.
    fn first(&self) -> Option<char> {
        self.get(self.value_start()?).chars().next()
    }

    /// Where the value ends: before a comment (` #`) and trailing spaces.
    fn value_end(&self) -> Option<usize> {
        let start = self.value_start()?;
        let rest = self.get(start);
        let cut = rest
            .char_indices()
            .find(|&(i, c)| c == '#' && rest[..i].ends_with([' ', '\t']))
            .map_or(rest.len(), |(i, _)| i);
        Some(start + rest[..cut].trim_end_matches([' ', '\t']).len())
    }

    /// The line (without its indentation) with its value put in quotes, for a hint.
    fn quoted_fix(&self) -> Option<String> {
        let repair = self.quoted_repair()?;
        let head = match self.key_colon() {
            Some(colon) => format!("{} ", &self.text[self.content_start()..=colon]),
            None => self.text[self.content_start()..repair.range.start].to_string(),
        };
        shown(format!("{head}{}", repair.with))
    }

    /// The value put in quotes.
    fn quoted_repair(&self) -> Option<Repair> {
        let (start, end) = (self.value_start()?, self.value_end()?);
        Some(Repair {
            range: start..end,
            with: quoted(&self.text[start..end]),
            value: start..end,
        })
    }

    /// A value that opens `quote` at its start and never closes it, closed at the end of
    /// the line: the hint, and the repair.
    fn closed(&self, at: usize, quote: char) -> (Option<String>, Option<Repair>) {
        let end = self.start + self.get(self.start).trim_end_matches([' ', '\t']).len();
        let fix = shown(format!("{}{quote}", &self.text[self.content_start()..end]));
        let repair = Repair {
            range: end..end,
            with: quote.to_string(),
            value: at..end,
        };
        (fix, Some(repair))
    }
}

/// A value that YAML reads as empty because it starts with `#`, a comment (`titel: #1
/// Inflyttning`): where the `#` stands after the key at `key` in `text`, and the line with
/// the value quoted, for a hint.
pub fn commented_value(text: &str, key: Span) -> Option<(usize, Option<String>)> {
    let rest = text.get(key.end..)?.strip_prefix(':')?;
    let after = rest.trim_start_matches([' ', '\t']);
    if after.len() == rest.len() || !after.starts_with('#') {
        return None;
    }
    let hash = text.len() - after.len();
    let value = after.split(['\n', '\r']).next().unwrap_or_default();
    let value = value.trim_end_matches([' ', '\t']);
    let fix = shown(format!("{}: {}", &text[key.start..key.end], quoted(value)));
    Some((hash, fix))
}

/// `line` if it is short enough to show in a hint.
fn shown(line: String) -> Option<String> {
    (line.chars().count() <= MAX_FIX_CHARS).then_some(line)
}

/// `value` as a quoted YAML scalar: in double quotes when nothing in it needs escaping,
/// else in single quotes (where only `'` is special, written twice).
fn quoted(value: &str) -> String {
    if value.contains(['"', '\\']) {
        format!("'{}'", value.replace('\'', "''"))
    } else {
        format!("\"{value}\"")
    }
}

/// The start of the first of the lines with `---` or `...` (blank lines between them)
/// at or before the line of `at`.
fn document_marker(text: &str, at: usize) -> Option<usize> {
    let is_marker = |line: &str| line.starts_with("---") || line.starts_with("...");
    let mut found = None;
    let mut end = text[at..].find('\n').map_or(text.len(), |i| at + i);
    loop {
        let start = text[..end].rfind('\n').map_or(0, |i| i + 1);
        let line = text[start..end].trim_end_matches('\r');
        if is_marker(line) {
            found = Some(start);
        } else if found.is_some() && !line.trim().is_empty() {
            return found;
        }
        if start == 0 {
            return found;
        }
        end = start - 1;
    }
}

/// Whether the last line with content before `line_start` ends in a `|` or `>` (with
/// its indicators): the lines after it are a text that must be indented.
fn after_block_indicator(text: &str, line_start: usize) -> bool {
    let Some(previous) = text[..line_start]
        .lines()
        .rev()
        .find(|l| !l.trim().is_empty())
    else {
        return false;
    };
    let value = previous.split(" #").next().unwrap_or_default().trim_end();
    let head = value.trim_end_matches(|c: char| c.is_ascii_digit() || c == '-' || c == '+');
    (head.ends_with(": |")
        || head.ends_with(": >")
        || head.ends_with("- |")
        || head.ends_with("- >"))
        || matches!(head, "|" | ">")
}

/// The tab the parser stumbled on, from its position `at`, and whether it is in a line's
/// indentation. Where tabs are allowed inside a value but not in indentation (`leading`),
/// it is the first tab in the indentation of that line or of a line after it; else the
/// first tab from `at` on.
fn find_tab(text: &str, at: usize, leading: bool) -> Option<(usize, bool)> {
    let line_start = text[..at].rfind('\n').map_or(0, |i| i + 1);
    let in_indentation = |tab: usize| {
        let own = text[..tab].rfind('\n').map_or(0, |i| i + 1);
        text[own..tab].trim_start_matches([' ', '\t']).is_empty()
    };
    if !leading && let Some(tab) = text[at..].find('\t').map(|i| at + i) {
        return Some((tab, in_indentation(tab)));
    }
    let mut start = line_start;
    for line in text[line_start..].split_inclusive('\n') {
        let indentation = line.len() - line.trim_start_matches([' ', '\t']).len();
        if let Some(i) = line[..indentation].find('\t') {
            return Some((start + i, true));
        }
        start += line.len();
    }
    text[at..].find('\t').map(|i| (at + i, false))
}

/// The `\` of the first escape that double quotes do not know, in the quoted value at `at`.
fn bad_escape(text: &str, at: usize) -> Option<usize> {
    let mut chars = text[at..].char_indices().skip(1);
    while let Some((i, c)) = chars.next() {
        match c {
            '"' => return None,
            '\\' => {
                let known = chars.next().is_some_and(|(_, e)| {
                    matches!(
                        e,
                        '0' | 'a'
                            | 'b'
                            | 't'
                            | '\t'
                            | 'n'
                            | 'v'
                            | 'f'
                            | 'r'
                            | 'e'
                            | ' '
                            | '"'
                            | '/'
                            | '\\'
                            | 'N'
                            | '_'
                            | 'L'
                            | 'P'
                            | 'x'
                            | 'u'
                            | 'U'
                            | '\n'
                            | '\r'
                    )
                });
                if !known {
                    return Some(at + i);
                }
            }
            _ => {}
        }
    }
    None
}

fn floor_boundary(text: &str, at: usize) -> usize {
    let mut at = at.min(text.len());
    while !text.is_char_boundary(at) {
        at -= 1;
    }
    at
}

#[cfg(test)]
mod tests {
    use super::*;
    use crate::syntax::yaml::parse;

    /// The error in `text`, and the text from its position on.
    fn error(text: &str) -> (SyntaxError, &str) {
        let err = parse(text, 0).unwrap_err();
        let at = err.offset.expect("a position");
        (err, &text[at..])
    }

    #[test]
    fn a_colon_in_a_value_is_pointed_at_and_the_value_read_as_meant() {
        let text = "typ: rutin\ntitel: Kopia: Ta emot ansökan # obs\nid: R-1\n";
        let (err, at) = error(text);
        assert!(at.starts_with(": Ta emot"), "{at:?}");
        let fix = "titel: \"Kopia: Ta emot ansökan\"";
        assert_eq!(
            err.problem,
            Problem::ColonInValue {
                fix: Some(fix.into())
            }
        );
        assert!(err.help(Lang::Sv).unwrap().contains(fix));
        assert!(err.help(Lang::En).unwrap().contains(fix));
        let node = err.recovered.expect("read as meant");
        let title = node.get("titel").unwrap();
        assert_eq!(title.as_str(), Some("Kopia: Ta emot ansökan"));
        // Spans point into the text as written, before the value, in it and after it.
        assert_eq!(
            &text[title.span.start..title.span.end],
            "Kopia: Ta emot ansökan"
        );
        let id = node.get("id").unwrap();
        assert_eq!(&text[id.span.start..id.span.end], "R-1");
        assert_eq!(
            err.read_as_meant.map(|s| &text[s.start..s.end]),
            Some("Kopia: Ta emot ansökan")
        );
    }

    #[test]
    fn a_colon_in_a_list_item_value() {
        let (err, at) = error("aktiviteter:\n  - titel: Kopia: b\n");
        assert!(at.starts_with(": b"), "{at:?}");
        assert_eq!(
            err.problem,
            Problem::ColonInValue {
                fix: Some("- titel: \"Kopia: b\"".into())
            }
        );
    }

    #[test]
    fn values_that_start_with_a_special_character() {
        for (text, ch, repaired) in [
            ("titel: @kommun\n", '@', true),
            ("titel: `kod` x\n", '`', true),
            ("titel: %x\n", '%', true),
            ("titel: [Utkast] Rutin\n", '[', true),
            ("titel: > 5 år\n", '>', true),
            ("titel: *Viktigt* rutin\n", '*', false),
            ("titel: & Co\n", '&', false),
            ("ansvarig: - a\n", '-', false),
        ] {
            let (err, at) = error(text);
            assert!(at.starts_with(ch), "{text:?}: {at:?}");
            assert!(
                matches!(err.problem, Problem::SpecialStart { ch: c, fix: Some(_) } if c == ch),
                "{text:?}: {:?}",
                err.problem
            );
            assert!(err.message(Lang::Sv).contains(&code(ch)), "{text:?}");
            assert_eq!(err.recovered.is_some(), repaired, "{text:?}");
        }
    }

    #[test]
    fn text_after_a_closing_quote() {
        let (err, at) = error("titel: \"Rutin\" för x\n");
        assert!(at.starts_with("för"), "{at:?}");
        assert_eq!(
            err.problem,
            Problem::AfterQuote {
                quote: '"',
                fix: Some("titel: '\"Rutin\" för x'".into())
            }
        );
        let node = err.recovered.unwrap();
        assert_eq!(node.get("titel").unwrap().as_str(), Some("\"Rutin\" för x"));
    }

    #[test]
    fn a_tab_is_found_where_it_is() {
        for text in [
            "typ: rutin\naktiviteter:\n  - id: A\n\ttitel: x\n",
            "typ: rutin\nid: R-1\n\ttitel: x\n",
            "a:\n\tb: 2\n",
            "a: |\n\tx\n",
        ] {
            let (err, at) = error(text);
            assert!(at.starts_with('\t'), "{text:?}: {at:?}");
            assert_eq!(err.problem, Problem::Tab { indentation: true }, "{text:?}");
            assert!(err.recovered.is_none());
        }
    }

    #[test]
    fn an_unclosed_quote_is_closed_at_the_end_of_its_line() {
        let text = "typ: rutin\ntitel: 'Ta emot  \nid: R-1\n";
        let (err, at) = error(text);
        assert!(at.starts_with("'Ta"), "{at:?}");
        assert_eq!(
            err.problem,
            Problem::UnclosedQuote {
                quote: '\'',
                fix: Some("titel: 'Ta emot'".into())
            }
        );
        let node = err.recovered.unwrap();
        assert_eq!(node.get("titel").unwrap().as_str(), Some("Ta emot"));
        let id = node.get("id").unwrap();
        assert_eq!(&text[id.span.start..id.span.end], "R-1");
        // Spanning lines, the quote may end anywhere: nothing is read as meant.
        let (err, _) = error("a: \"x\n  y\nb: 1\n");
        assert!(matches!(err.problem, Problem::UnclosedQuote { .. }));
        assert!(err.recovered.is_none());
    }

    #[test]
    fn indentation() {
        for (text, how, at_text) in [
            ("typ: rutin\n  id: R-1\n", Indentation::Deeper, "id"),
            ("a:\n  b: 1\n   c: 2\n", Indentation::Deeper, "c:"),
            ("a:\n  b: 1\n c: 2\n", Indentation::Unaligned, "c:"),
            ("a:\n    b: 1\n  c: 2\n", Indentation::Unaligned, "c:"),
            ("r:\n  - a: 1\n   b: 2\n", Indentation::NotListItem, "b:"),
            ("a:\n  - x\n  y: 2\n", Indentation::NotListItem, "y:"),
            ("titel: x\n- a\n", Indentation::ItemAmongKeys, "- a"),
            ("syfte: |\nText.\nb: 1\n", Indentation::BlockText, "Text"),
        ] {
            let (err, at) = error(text);
            assert_eq!(err.problem, Problem::Indentation(how), "{text:?}");
            assert!(at.starts_with(at_text), "{text:?}: {at:?}");
            assert!(err.help(Lang::En).is_some());
        }
    }

    #[test]
    fn a_repeated_key_keeps_the_first() {
        let (err, at) = error("typ: rutin\ntitel: x\ntitel: y\n");
        assert!(at.starts_with("titel: y"), "{at:?}");
        assert_eq!(err.problem, Problem::DuplicateKey(Some("titel".into())));
        assert_eq!(err.message(Lang::Sv), "Nyckeln `titel` finns två gånger.");
        let node = err.recovered.unwrap();
        assert_eq!(node.get("titel").unwrap().as_str(), Some("x"));
        assert_eq!(err.read_as_meant, None);
    }

    #[test]
    fn more_kinds() {
        let (err, at) = error("a: \"C:\\Dok\"\n");
        assert_eq!(err.problem, Problem::UnknownEscape);
        assert!(at.starts_with("\\Dok"), "{at:?}");
        let (err, at) = error("a: b\u{7}\n");
        assert_eq!(err.problem, Problem::Control('\u{7}'));
        assert!(at.starts_with('\u{7}'));
        assert!(err.message(Lang::En).contains("U+0007"));
        let (err, at) = error("a: b\n...\n---\nc: d\n");
        assert_eq!(err.problem, Problem::MultipleDocuments);
        assert!(at.starts_with("..."), "{at:?}");
        let (err, at) = error("a: [x, y\n");
        assert_eq!(err.problem, Problem::UnclosedBracket('['));
        assert!(at.starts_with('['), "{at:?}");
        let (err, at) = error("typ: rutin\nfel rad\n");
        assert_eq!(err.problem, Problem::MissingColon);
        assert!(at.starts_with("fel"), "{at:?}");
    }

    #[test]
    fn anything_else_shows_the_parsers_text() {
        let err = parse("a: !!int x\n", 0).unwrap_err();
        assert_eq!(err.problem, Problem::Other);
        let sv = err.message(Lang::Sv);
        assert!(sv.starts_with("Ogiltig YAML ("), "{sv}");
        assert!(sv.contains(&err.parser_text), "{sv}");
        assert!(err.message(Lang::En).starts_with("Invalid YAML ("));
        assert_eq!(err.help(Lang::Sv), None);
    }

    /// Every one-character edit of a small document, with characters that matter to
    /// YAML and to byte offsets: no panic, and every position on a character boundary.
    #[test]
    fn no_edit_panics_or_points_between_bytes() {
        let base = "typ: rutin\nid: RÄ-1\ndokumentägare: ä\ntitel: Åtgärd för äldre\nroller:\n  - id: år\n    ansvar: [a, 'b']\n";
        let inserts = [
            ":", ": ", "\t", "\"", "'", "@", "`", "*", "&", "!", "|", ">", "%", "[", "{", "-", "#",
            "\\", "ä", "\n", "\n ", " ", "\u{7}", "\r",
        ];
        for (i, _) in base.char_indices() {
            for insert in inserts {
                let text = format!("{}{insert}{}", &base[..i], &base[i..]);
                let Err(err) = parse(&text, 3) else {
                    continue;
                };
                let _ = (err.message(Lang::Sv), err.help(Lang::En));
                let inside =
                    |o: usize| o >= 3 && o - 3 <= text.len() && text.is_char_boundary(o - 3);
                if let Some(o) = err.offset {
                    assert!(inside(o), "{text:?}: {o}");
                }
                if let Some(span) = err.read_as_meant {
                    assert!(inside(span.start) && inside(span.end), "{text:?}");
                }
                if let Some(node) = &err.recovered {
                    let mut stack = vec![node.as_ref()];
                    while let Some(n) = stack.pop() {
                        assert!(
                            inside(n.span.start) && inside(n.span.end),
                            "{text:?}: {n:?}"
                        );
                        match &n.value {
                            super::super::yaml::Value::Seq(items) => stack.extend(items),
                            super::super::yaml::Value::Map(entries) => {
                                stack.extend(entries.iter().flat_map(|(k, v)| [k, v]))
                            }
                            _ => {}
                        }
                    }
                }
            }
        }
    }

    #[test]
    fn a_value_that_is_a_comment() {
        let text = "---\ntitel: #1 Inflyttning  \nid: x\n";
        let key = Span::new(4, 9);
        let (hash, fix) = commented_value(text, key).unwrap();
        assert!(text[hash..].starts_with("#1"));
        assert_eq!(fix.as_deref(), Some("titel: \"#1 Inflyttning\""));
        assert_eq!(commented_value("titel:#1\n", Span::new(0, 5)), None);
        assert_eq!(commented_value("titel: a #1\n", Span::new(0, 5)), None);
        assert_eq!(commented_value("titel:\n#1\n", Span::new(0, 5)), None);
    }

    #[test]
    fn positions_count_from_the_yamls_place_in_the_file() {
        let file = "---\ntitel: a: b\n---\n";
        let yaml = &file[4..file.len() - 4];
        let err = parse(yaml, 4).unwrap_err();
        assert_eq!(&file[err.offset.unwrap()..], ": b\n---\n");
        let title = err.recovered.unwrap().get("titel").unwrap().span;
        assert_eq!(&file[title.start..title.end], "a: b");
    }
}
