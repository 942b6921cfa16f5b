//! `--format sarif`: SARIF 2.1.0, as GitHub code scanning reads it.

use std::io::{self, Write};

use serde_json::{Value, json};

use super::Findings;
use crate::diagnostic::Severity;
use crate::output::Render;
use crate::rules::registry;

pub struct Sarif;

fn level(s: Severity) -> &'static str {
    match s {
        Severity::Error => "error",
        Severity::Warning => "warning",
    }
}

/// A relative path as a URI reference: bytes outside the unreserved set and `/` are
/// percent-encoded (`okänd.yaml` → `ok%C3%A4nd.yaml`).
fn uri(path: &str) -> String {
    let mut out = String::with_capacity(path.len());
    for b in path.bytes() {
        if b.is_ascii_alphanumeric() || matches!(b, b'-' | b'.' | b'_' | b'~' | b'/') {
            out.push(b as char);
        } else {
            out.push_str(&format!("%{b:02X}"));
        }
    }
    out
}

impl<'a> Render<Findings<'a>> for Sarif {
    fn render(&self, report: &Findings<'a>, out: &mut dyn Write) -> io::Result<()> {
        let rules = registry().all();
        let descriptors: Vec<Value> = rules
            .iter()
            .map(|r| {
                let m = r.meta();
                json!({
                    "id": m.code,
                    "name": m.name,
                    "shortDescription": { "text": m.summary() },
                    "fullDescription": { "text": m.explanation() },
                    "help": { "text": m.explanation(), "markdown": m.explanation() },
                    "defaultConfiguration": { "level": level(m.severity) },
                    "properties": { "basis": m.basis },
                })
            })
            .collect();
        let results: Vec<Value> = report
            .diagnostics
            .iter()
            .map(|d| {
                let index = rules.iter().position(|r| r.meta().code == d.code);
                let mut message = d.message.clone();
                if let Some(help) = &d.help {
                    message.push(' ');
                    message.push_str(help);
                }
                let mut result = json!({
                    "ruleId": d.code,
                    "level": level(d.severity),
                    "message": { "text": message },
                    "locations": [{
                        "physicalLocation": {
                            "artifactLocation": { "uri": uri(&d.file), "uriBaseId": "ROOT" },
                            "region": { "startLine": d.line, "startColumn": d.column },
                        }
                    }],
                });
                if let Some(i) = index {
                    result["ruleIndex"] = json!(i);
                }
                if let Some(doc) = &d.document {
                    result["properties"] = json!({ "document": doc });
                }
                result
            })
            .collect();
        let sarif = json!({
            "$schema": "https://json.schemastore.org/sarif-2.1.0.json",
            "version": "2.1.0",
            "runs": [{
                "tool": { "driver": {
                    "name": "lsk",
                    "version": env!("CARGO_PKG_VERSION"),
                    "rules": descriptors,
                }},
                "originalUriBaseIds": { "ROOT": { "uri": "./" } },
                "results": results,
            }],
        });
        serde_json::to_writer_pretty(&mut *out, &sarif)?;
        writeln!(out)
    }
}

#[cfg(test)]
mod tests {
    #[test]
    fn uri_encodes_swedish_letters_and_spaces() {
        assert_eq!(
            super::uri("rutiner/välkomst samtal.md"),
            "rutiner/v%C3%A4lkomst%20samtal.md"
        );
    }
}
