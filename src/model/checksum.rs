//! `kontrollsumma`: the fingerprint of the content that was decided.
//!
//! Definition (version 1). The fingerprint is `sha256:` followed by the lowercase hex
//! SHA-256 of this UTF-8 text:
//!
//! ```text
//! lsk-kontrollsumma-v1\n
//! <header>\n
//! ---\n
//! <body>
//! ```
//!
//! - `<header>` is the document's YAML header as parsed, without the decision fields
//!   `fastställd`, `beslutad_av`, `revideras_senast`, `kontrollsumma` and `revisioner`,
//!   written as compact JSON with keys in sorted order (scalars keep their YAML type:
//!   text, number, true/false, null). Key order, quoting, comments and indentation do not
//!   count; a changed value does.
//! - `<body>` is the Markdown body (empty for a YAML document) with CRLF and CR turned into
//!   LF, trailing whitespace removed from every line and blank lines removed, lines joined
//!   with LF. Whitespace-only edits do not count (so neither does splitting a paragraph in
//!   two with a blank line alone); a changed word, indentation or line break does.
//!
//! A byte order mark is ignored.

use serde_json::Value;
use sha2::{Digest, Sha256};

use crate::syntax::SourceFile;
use crate::syntax::source::Split;
use crate::syntax::yaml::{self, Node};

/// The fields a decision sets; they are not part of what was decided.
pub const DECISION_FIELDS: &[&str] = &[
    "fastställd",
    "beslutad_av",
    "revideras_senast",
    "kontrollsumma",
    "revisioner",
];

/// The fingerprint of a document file's text, or `None` if its header does not parse.
pub fn compute(file: &SourceFile) -> Option<String> {
    let split = crate::syntax::source::split(&file.path, &file.text);
    let (header, body) = match split {
        Split::Yaml { header } => (header, ""),
        Split::FrontMatter { header, body } => (header, file.slice(body)),
        _ => return None,
    };
    let node = yaml::parse(file.slice(header), 0).ok()?;
    Some(fingerprint(&node, body))
}

/// The fingerprint of a parsed header and a body.
pub fn fingerprint(header: &Node, body: &str) -> String {
    let canonical = canonical(header, body);
    let digest = Sha256::digest(canonical.as_bytes());
    let hex: String = digest.iter().map(|b| format!("{b:02x}")).collect();
    format!("sha256:{hex}")
}

/// What [`fingerprint`] hashes: two versions have the same checksum exactly when (short of
/// a SHA-256 collision) their canonical texts are equal, which is cheaper to compare.
pub fn canonical(header: &Node, body: &str) -> String {
    let mut canonical = String::from("lsk-kontrollsumma-v1\n");
    let mut value = header.to_json();
    if let Value::Object(map) = &mut value {
        for field in DECISION_FIELDS {
            map.remove(*field);
        }
    }
    canonical.push_str(&serde_json::to_string(&value).expect("json"));
    canonical.push_str("\n---\n");
    canonical.push_str(&normalise_body(body));
    canonical
}

/// Whether `s` has the form `sha256:<64 lowercase hex digits>`.
pub fn is_well_formed(s: &str) -> bool {
    s.strip_prefix("sha256:").is_some_and(|hex| {
        hex.len() == 64
            && hex
                .bytes()
                .all(|b| b.is_ascii_digit() || (b'a'..=b'f').contains(&b))
    })
}

fn normalise_body(body: &str) -> String {
    let text = body.replace("\r\n", "\n").replace('\r', "\n");
    let lines: Vec<&str> = text
        .lines()
        .map(str::trim_end)
        .filter(|l| !l.is_empty())
        .collect();
    lines.join("\n")
}

#[cfg(test)]
mod tests {
    use super::*;

    fn fp(path: &str, text: &str) -> String {
        compute(&SourceFile::new(path, text.to_string())).unwrap()
    }

    const DOC: &str = "---\ntyp: rutin\nid: RUT-A\ntitel: Inflyttning\nfastställd: 2026-03-01\n---\n# Inflyttning\n\n## Syfte\nAtt flytta in tryggt.\n";

    #[test]
    fn whitespace_only_edits_do_not_change_it() {
        let base = fp("a.md", DOC);
        let crlf = DOC.replace('\n', "\r\n");
        let spaced = DOC
            .replace("## Syfte\n", "## Syfte   \n\n\n")
            .replace("titel: Inflyttning", "titel:   Inflyttning   ");
        let bom = format!("\u{feff}{DOC}\n\n");
        for variant in [crlf.as_str(), spaced.as_str(), bom.as_str()] {
            assert_eq!(fp("a.md", variant), base, "{variant:?}");
        }
    }

    #[test]
    fn decision_fields_key_order_quoting_and_comments_do_not_change_it() {
        let base = fp("a.md", DOC);
        let decided = DOC.replace(
            "fastställd: 2026-03-01\n",
            "fastställd: 2027-01-01\nbeslutad_av: nämnden\nrevideras_senast: 2028-01-01\nkontrollsumma: sha256:00\nrevisioner:\n  - { datum: 2027-01-01, beskrivning: Ny }\n",
        );
        let reordered = DOC.replace(
            "id: RUT-A\ntitel: Inflyttning\n",
            "titel: \"Inflyttning\"  # rubrik\nid: 'RUT-A'\n",
        );
        assert_eq!(fp("a.md", &decided), base);
        assert_eq!(fp("a.md", &reordered), base);
    }

    #[test]
    fn real_edits_change_it() {
        let base = fp("a.md", DOC);
        assert_ne!(fp("a.md", &DOC.replace("tryggt", "säkert")), base);
        assert_ne!(
            fp(
                "a.md",
                &DOC.replace("titel: Inflyttning", "titel: Inflyttning SÄBO")
            ),
            base
        );
        assert_ne!(
            fp(
                "a.md",
                &DOC.replace("typ: rutin\n", "typ: rutin\nomfattning: [HSL]\n")
            ),
            base
        );
    }

    #[test]
    fn well_formed() {
        assert!(is_well_formed(&fp("a.md", DOC)));
        assert!(!is_well_formed("sha256:abc"));
        assert!(!is_well_formed("md5:0123"));
    }
}
