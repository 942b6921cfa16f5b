//! `lsk approve ID --by ROLE [--date D]`: records a decision (fastställ). Sets `fastställd`,
//! `beslutad_av`, `revideras_senast` (the date plus the type's review interval),
//! `kontrollsumma`, and `status: gällande` for an `utkast` — editing only those lines:
//! comments, key order, quoting, line endings and the body stay byte for byte.
//!
//! A decision is refused for an unknown document or role, a document that is not a
//! styrdokument, an `upphävd` one, and one that would still have errors after the decision
//! (its own errors, not just the dates the decision renews).

use crate::diagnostic::{Diagnostic, Severity};
use crate::load::Loaded;
use crate::model::{Date, DocType, Id, Spanned, Status};
use crate::rules;
use crate::syntax::SourceFile;
use crate::syntax::Span;
use crate::syntax::source::{Split, split};
use crate::syntax::yaml::{self, Node};
use crate::text::suggest;

use crate::model::checksum;

/// Why a decision cannot be recorded.
#[derive(Debug)]
pub enum Refusal {
    UnknownDocument {
        id: String,
        hint: Option<String>,
    },
    NotGoverned(DocType),
    Repealed,
    UnknownRole {
        role: String,
        hint: Option<String>,
    },
    /// The document would still have these errors after the decision.
    Errors(Vec<Diagnostic>),
    /// The header could not be edited (it no longer parses).
    Unparseable,
}

/// A recorded decision: the file's new text and what was set.
#[derive(Debug)]
pub struct Approved {
    /// Path relative to the root.
    pub path: String,
    /// The file's text as it was read: it is replaced only if it still holds this.
    pub original: String,
    pub text: String,
    pub decided: Date,
    pub review_by: Date,
    pub checksum: String,
}

/// Records the decision on the document `id` in memory; the caller writes the text.
pub fn approve(
    loaded: &mut Loaded,
    id: &str,
    by: &str,
    date: Date,
    today: Date,
) -> Result<Approved, Refusal> {
    let repo = &mut loaded.repo;
    let Some(index) = repo.documents.iter().position(|d| d.id() == id) else {
        let hint = suggest(id, repo.document_ids()).map(str::to_string);
        return Err(Refusal::UnknownDocument {
            id: id.to_string(),
            hint,
        });
    };
    let doc = &repo.documents[index];
    if !doc.is_governed() {
        return Err(Refusal::NotGoverned(doc.typ()));
    }
    if doc.status() == Status::Repealed {
        return Err(Refusal::Repealed);
    }
    if repo.role(by).is_none() {
        let hint = suggest(by, repo.role_ids()).map(str::to_string);
        return Err(Refusal::UnknownRole {
            role: by.to_string(),
            hint,
        });
    }
    let months = repo.config.review_months(doc.typ()).unwrap_or(12);
    let review_by = date.add_months(months as i32);

    // The document as it would be after the decision: does it then have errors?
    let file_index = doc.file;
    {
        let h = &mut repo.documents[index].header;
        let at = |s: Option<Span>| s.unwrap_or(Span::START);
        h.decided = Some(Spanned::new(date, at(h.decided.as_ref().map(|d| d.span))));
        h.decided_by = Some(Spanned::new(
            Id(by.to_string()),
            at(h.decided_by.as_ref().map(|d| d.span)),
        ));
        h.review_by = Some(Spanned::new(
            review_by,
            at(h.review_by.as_ref().map(|d| d.span)),
        ));
        if let Some(status) = &mut h.status {
            status.value = Status::InForce;
        }
    }
    let path = repo.files[file_index].path.clone();
    let diagnostics = rules::run(repo, today, loaded.diagnostics.clone());
    let errors: Vec<Diagnostic> = diagnostics
        .into_iter()
        .filter(|d| d.file == path && d.severity == Severity::Error)
        .collect();
    if !errors.is_empty() {
        return Err(Refusal::Errors(errors));
    }

    let file = &repo.files[file_index];
    let mut edits = vec![
        ("beslutad_av", by.to_string()),
        ("fastställd", date.to_string()),
        ("revideras_senast", review_by.to_string()),
    ];
    if doc_status_is_draft(file) {
        edits.insert(0, ("status", "gällande".to_string()));
    }
    let decided = SourceFile::new(
        path.clone(),
        edit_header(file, &edits).ok_or(Refusal::Unparseable)?,
    );
    let sum = checksum::compute(&decided).ok_or(Refusal::Unparseable)?;
    edits.push(("kontrollsumma", sum.clone()));
    let text = edit_header(&decided, &edits[edits.len() - 1..]).ok_or(Refusal::Unparseable)?;
    // Whatever the header's style, the result is the file with only the decision changed,
    // or nothing is written.
    if !verify(file, &SourceFile::new(path.clone(), text.clone()), &edits) {
        return Err(Refusal::Unparseable);
    }
    Ok(Approved {
        path,
        original: file.text.clone(),
        text,
        decided: date,
        review_by,
        checksum: sum,
    })
}

fn header_of(file: &SourceFile) -> Option<(Span, Node<'_>)> {
    let split = split(&file.path, &file.text);
    let header = match split {
        Split::Yaml { header } | Split::FrontMatter { header, .. } => header,
        _ => return None,
    };
    let node = yaml::parse(file.slice(header), header.start).ok()?;
    Some((header, node))
}

fn doc_status_is_draft(file: &SourceFile) -> bool {
    header_of(file)
        .and_then(|(_, node)| {
            node.get("status")
                .and_then(|s| s.as_str().map(|s| s == "utkast"))
        })
        .unwrap_or(false)
}

/// Where a missing decision field goes: after the nearest of these that is present.
const ORDER: &[&str] = &[
    "titel",
    "status",
    "dokumentägare",
    "beslutad_av",
    "fastställd",
    "giltig_från",
    "revideras_senast",
    "kontrollsumma",
];

/// `file` with the top-level `fields` set to these values and nothing else changed, or
/// `None` when that cannot be done (see [`set_fields`] and [`verify`]).
pub fn edit_header(file: &SourceFile, fields: &[(&str, String)]) -> Option<String> {
    let text = set_fields(file, fields)?;
    verify(
        file,
        &SourceFile::new(file.path.clone(), text.clone()),
        fields,
    )
    .then_some(text)
}

/// Sets top-level scalar fields, replacing only the value text of a field that is there
/// (keeping its quoting and any comment after it; a block scalar becomes one line) and
/// adding a line for one that is not. `None` when the header cannot be edited this way;
/// the caller verifies the result (see [`verify`]).
fn set_fields(file: &SourceFile, fields: &[(&str, String)]) -> Option<String> {
    let (header, node) = header_of(file)?;
    let entries = node.as_map()?;
    let text = &file.text;
    let newline = if text.contains("\r\n") { "\r\n" } else { "\n" };
    // A flow-style header, `{typ: rutin, ...}` (after any comment lines).
    let flow_root = file
        .slice(header)
        .lines()
        .map(str::trim)
        .find(|l| !l.is_empty() && !l.starts_with('#'))
        .is_some_and(|l| l.starts_with('{'));
    // Where new lines go, and how far in: like the first key.
    let indent = entries
        .first()
        .map(|(k, _)| " ".repeat(k.span.start - line_start(text, k.span.start)))
        .unwrap_or_default();
    // (position, bytes to remove, text to insert), applied from the end.
    let mut edits: Vec<(usize, usize, String)> = Vec::new();
    for (key, value) in fields {
        match entries.iter().find(|(k, _)| k.as_str() == Some(key)) {
            Some((k, v)) if v.span.start == v.span.end => {
                // `key:` with no value: write it after the colon.
                let colon = text[k.span.end..].find(':')? + k.span.end + 1;
                edits.push((colon, 0, format!(" {}", crate::text::yaml_scalar(value))));
            }
            Some((k, v)) => {
                let old = file.slice(v.span);
                let quote = old.chars().next().filter(|c| *c == '"' || *c == '\'');
                let new = match quote {
                    Some(q) => crate::text::yaml_quoted(value, q),
                    None => crate::text::yaml_scalar(value),
                };
                let (start, end) = value_range(text, k, v.span);
                edits.push((start, end - start, new));
            }
            None if flow_root => {
                let close = text[..header.end].rfind('}')?;
                let entry = format!(", {key}: {}", crate::text::yaml_scalar(value));
                edits.push((close, 0, entry));
            }
            None => {
                let position = ORDER.iter().position(|o| o == key).unwrap_or(ORDER.len());
                let anchor = ORDER[..position]
                    .iter()
                    .rev()
                    .find_map(|a| entries.iter().find(|(k, _)| k.as_str() == Some(a)))
                    .map(|(k, v)| line_end(text, value_range(text, k, v.span).1));
                let at = anchor.unwrap_or(header.end);
                let lead = if at > 0 && !text[..at].ends_with('\n') {
                    newline
                } else {
                    ""
                };
                let line = format!(
                    "{lead}{indent}{key}: {}{newline}",
                    crate::text::yaml_scalar(value)
                );
                edits.push((at, 0, line));
            }
        }
    }
    // Applied from the end; several lines inserted at one place go in the order listed.
    let mut edits: Vec<(usize, (usize, usize, String))> = edits.into_iter().enumerate().collect();
    edits.sort_by(|(i, a), (j, b)| b.0.cmp(&a.0).then(j.cmp(i)));
    let mut out = text.clone();
    let mut last_start = usize::MAX;
    for (_, (at, remove, insert)) in edits {
        // Two edits that overlap cannot both be right.
        if at + remove > last_start {
            return None;
        }
        last_start = at;
        out.replace_range(at..at + remove, &insert);
    }
    Some(out)
}

/// The bytes a value takes, from where it starts to where it ends. For a block scalar
/// (`|` or `>`) that is from its indicator after the colon to the end of its last content
/// line: the lines below the key that are blank or indented more than the key. (The
/// parser's span of a block scalar covers only its content, with the line break.)
fn value_range(text: &str, key: &Node, value: Span) -> (usize, usize) {
    let colon = text[key.span.end..]
        .find(':')
        .map_or(value.start, |i| key.span.end + i + 1);
    let after = colon + (text[colon..].len() - text[colon..].trim_start_matches([' ', '\t']).len());
    if !matches!(text[after..].chars().next(), Some('|' | '>')) || after > value.start {
        let end = value.start
            + text[value.start..value.end.max(value.start)]
                .trim_end()
                .len();
        return (value.start, end);
    }
    let key_indent = key.span.start - line_start(text, key.span.start);
    let mut end = line_end(text, after);
    let mut content_end = text[..end].trim_end_matches(['\n', '\r']).len();
    while end < text.len() {
        let next = line_end(text, end);
        let line = text[end..next].trim_end_matches(['\n', '\r']);
        let blank = line.trim().is_empty();
        let indent = line.len() - line.trim_start_matches(' ').len();
        if !blank && indent <= key_indent {
            break;
        }
        if !blank {
            content_end = end + line.len();
        }
        end = next;
    }
    (after, content_end)
}

/// The offset where the line holding `offset` starts.
fn line_start(text: &str, offset: usize) -> usize {
    text[..offset].rfind('\n').map_or(0, |i| i + 1)
}

/// The offset just after the line end that follows `offset`.
fn line_end(text: &str, offset: usize) -> usize {
    text[offset..]
        .find('\n')
        .map_or(text.len(), |i| offset + i + 1)
}

/// Whether `new` is `old` with only `fields` set: the text around the header byte for byte
/// the same, every other key with the same value, and each field with the value given.
fn verify(old: &SourceFile, new: &SourceFile, fields: &[(&str, String)]) -> bool {
    let (Some((old_span, old_node)), Some((new_span, new_node))) = (header_of(old), header_of(new))
    else {
        return false;
    };
    let same_frame = old.text[..old_span.start] == new.text[..new_span.start]
        && old.text[old_span.end..] == new.text[new_span.end..];
    let (Some(old_map), Some(new_map)) = (old_node.as_map(), new_node.as_map()) else {
        return false;
    };
    let is_field = |k: &Node| fields.iter().any(|(f, _)| k.as_str() == Some(f));
    let rest = |map: &[(Node, Node)]| -> Vec<(serde_json::Value, serde_json::Value)> {
        map.iter()
            .filter(|(k, _)| !is_field(k))
            .map(|(k, v)| (k.to_json(), v.to_json()))
            .collect()
    };
    let fields_set = fields.iter().all(|(f, value)| {
        new_map
            .iter()
            .filter(|(k, _)| k.as_str() == Some(f))
            .map(|(_, v)| v.as_str() == Some(value.as_str()))
            .eq([true])
    });
    same_frame && rest(old_map) == rest(new_map) && fields_set
}

#[cfg(test)]
mod tests {
    use super::*;

    fn set(path: &str, text: &str, fields: &[(&str, &str)]) -> String {
        let fields: Vec<(&str, String)> = fields.iter().map(|(k, v)| (*k, v.to_string())).collect();
        set_fields(&SourceFile::new(path, text.to_string()), &fields).unwrap()
    }

    #[test]
    fn replaces_values_keeping_comments_and_quotes() {
        let text = "typ: rutin  # typ\nid: R\nfastställd: \"2025-01-01\"  # beslut\nbeslutad_av: nämnden\n";
        let out = set(
            "a.yaml",
            text,
            &[("fastställd", "2026-11-24"), ("beslutad_av", "mas")],
        );
        assert_eq!(
            out,
            "typ: rutin  # typ\nid: R\nfastställd: \"2026-11-24\"  # beslut\nbeslutad_av: mas\n"
        );
    }

    #[test]
    fn inserts_missing_fields_in_a_natural_place_with_the_files_line_ends() {
        let text = "---\r\ntyp: rutin\r\nid: R\r\ntitel: T\r\ndokumentägare: enhetschef\r\nuppfyller: [\"4 kap. 4 §\"]\r\n---\r\nText\r\n";
        let out = set(
            "a.md",
            text,
            &[("beslutad_av", "mas"), ("fastställd", "2026-11-24")],
        );
        assert_eq!(
            out,
            "---\r\ntyp: rutin\r\nid: R\r\ntitel: T\r\ndokumentägare: enhetschef\r\nbeslutad_av: mas\r\nfastställd: 2026-11-24\r\nuppfyller: [\"4 kap. 4 §\"]\r\n---\r\nText\r\n"
        );
    }

    #[test]
    fn fills_an_empty_value() {
        let out = set(
            "a.yaml",
            "typ: rutin\nfastställd:\nid: R\n",
            &[("fastställd", "2026-11-24")],
        );
        assert_eq!(out, "typ: rutin\nfastställd: 2026-11-24\nid: R\n");
    }
}

#[cfg(test)]
mod block_scalar_tests {
    use super::*;

    #[test]
    fn a_block_scalar_value_becomes_one_line() {
        let text =
            "typ: rutin\nfastställd: >-\n  2025-03-01\nbeslutad_av: |-\n    chef\ntitel: T\n";
        let file = SourceFile::new("a.yaml", text.to_string());
        let fields = [
            ("fastställd", "2026-11-20".to_string()),
            ("beslutad_av", "mas".to_string()),
        ];
        let out = set_fields(&file, &fields).unwrap();
        assert_eq!(
            out,
            "typ: rutin\nfastställd: 2026-11-20\nbeslutad_av: mas\ntitel: T\n"
        );
        assert!(verify(&file, &SourceFile::new("a.yaml", out), &fields));
    }
}
