//! Silencing a finding with a reason, written in the file where it is found:
//!
//! ```yaml
//! processägare: enhetschef   # lsk: ignorera LSK110 – enheten saknar egen chef till 1 mars
//! # lsk: ignorera LSK105 – rutinen används av hemtjänstens process, som inte förs här
//! id: RUT-NYCKEL
//! # lsk: ignorera-fil LSK204 – ersätts av regional riktlinje, beslut ON 2026/31
//! ```
//!
//! A line form covers findings on its own line or on the line below it; the file form
//! (`ignorera-fil`) every finding of the codes in the file. In Markdown the same text goes
//! in an HTML comment (`<!-- lsk: ignorera LSK106 – … -->`). English `ignore` and
//! `ignore-file` are accepted too. Several codes are separated by commas; the reason follows
//! a dash or colon. A suppression without a reason still silences, and is itself a warning
//! (LSK008). Personnummer (LSK401) and LSK008 itself can never be silenced.

use crate::diagnostic::Diagnostic;
use crate::syntax::{SourceFile, Span};
use crate::text::DIRECTIVE;

/// Codes no suppression silences.
pub const NEVER_SILENCED: &[&str] = &["LSK401", "LSK008"];

#[derive(Debug, Clone, PartialEq, Eq)]
pub struct Suppression {
    pub codes: Vec<String>,
    /// The whole file, or (1-based) this line and the next.
    pub whole_file: bool,
    pub line: usize,
    /// Where the comment's `lsk:` starts, to point at it.
    pub span: Span,
    /// The motivering, if any.
    pub reason: Option<String>,
}

impl Suppression {
    /// Whether this suppression silences `d` (which must be in the same file).
    pub fn covers(&self, d: &Diagnostic) -> bool {
        !NEVER_SILENCED.contains(&d.code)
            && self.codes.iter().any(|c| c == d.code)
            && (self.whole_file || d.line == self.line || d.line == self.line + 1)
    }
}

/// The suppressions written in `file`.
pub fn find(file: &SourceFile) -> Vec<Suppression> {
    let mut found = Vec::new();
    let mut offset = 0;
    for (i, line) in file.text.split_inclusive('\n').enumerate() {
        if let Some(at) = line.find(DIRECTIVE)
            && let Some(s) = parse(&line[at + DIRECTIVE.len()..])
        {
            let start = offset + at;
            found.push(Suppression {
                line: i + 1,
                span: Span::new(start, start + DIRECTIVE.len()),
                ..s
            });
        }
        offset += line.len();
    }
    found
}

/// `ignorera LSK105, LSK106 – motivering` (after `lsk:`), in a comment.
fn parse(rest: &str) -> Option<Suppression> {
    let rest = rest.trim_start();
    let (word, rest) = rest.split_once(char::is_whitespace)?;
    let whole_file = match word {
        "ignorera" | "ignore" => false,
        "ignorera-fil" | "ignore-file" => true,
        _ => return None,
    };
    // The end of an HTML comment is not part of the reason.
    let rest = rest.trim().trim_end_matches("-->").trim_end();
    let mut codes = Vec::new();
    let mut tail = rest;
    loop {
        let t = tail.trim_start_matches([' ', ',']);
        let code_len = t
            .char_indices()
            .take_while(|(i, c)| {
                if *i < 3 {
                    "LSK"
                        .chars()
                        .nth(*i)
                        .is_some_and(|l| c.eq_ignore_ascii_case(&l))
                } else {
                    c.is_ascii_digit()
                }
            })
            .count();
        if code_len != 6 {
            tail = t;
            break;
        }
        codes.push(t[..6].to_ascii_uppercase());
        tail = &t[6..];
    }
    if codes.is_empty() {
        return None;
    }
    let reason = tail
        .trim_start_matches(['–', '—', '-', ':', ' '])
        .trim()
        .to_string();
    Some(Suppression {
        codes,
        whole_file,
        line: 0,
        span: Span::new(0, 0),
        reason: (!reason.is_empty()).then_some(reason),
    })
}

/// Splits `diagnostics` into those kept and those silenced by the suppressions in
/// `files` (sorted by path, as the repository keeps them).
pub fn apply(
    diagnostics: Vec<Diagnostic>,
    files: &[SourceFile],
) -> (Vec<Diagnostic>, Vec<Diagnostic>) {
    let mut by_file: std::collections::HashMap<&str, Vec<Suppression>> =
        std::collections::HashMap::new();
    // Only the files with findings are searched for directives: with none, no text is.
    let with_findings: std::collections::HashSet<&str> =
        diagnostics.iter().map(|d| d.file.as_str()).collect();
    for f in files
        .iter()
        .filter(|f| with_findings.contains(f.path.as_str()))
    {
        if crate::text::may_hold_directive(&f.text) {
            let s = find(f);
            if !s.is_empty() {
                by_file.insert(f.path.as_str(), s);
            }
        }
    }
    diagnostics.into_iter().partition(|d| {
        !by_file
            .get(d.file.as_str())
            .is_some_and(|list| list.iter().any(|s| s.covers(d)))
    })
}

#[cfg(test)]
mod tests {
    use super::*;

    fn one(text: &str) -> Option<Suppression> {
        find(&SourceFile::new("a.yaml", text.to_string()))
            .into_iter()
            .next()
    }

    #[test]
    fn forms() {
        let s = one("x: 1 # lsk: ignorera LSK105 – används av hemtjänsten\n").unwrap();
        assert_eq!(s.codes, ["LSK105"]);
        assert_eq!(s.reason.as_deref(), Some("används av hemtjänsten"));
        assert!(!s.whole_file);
        assert_eq!(s.line, 1);

        let s = one("a: 1\n# lsk: ignorera-fil LSK204, lsk106: beslut ON 2026/31\n").unwrap();
        assert_eq!(s.codes, ["LSK204", "LSK106"]);
        assert!(s.whole_file);
        assert_eq!(s.line, 2);
        assert_eq!(s.reason.as_deref(), Some("beslut ON 2026/31"));

        let s = one("<!-- lsk: ignore LSK106 -->\n").unwrap();
        assert_eq!(s.reason, None);

        assert_eq!(one("# lsk: ignorera\n"), None);
        assert_eq!(one("# lsk: något annat LSK105\n"), None);
        assert_eq!(one("titel: lsk: ett verktyg\n"), None);
    }
}
