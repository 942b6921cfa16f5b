//! `--format gitlab`: a GitLab Code Quality report (a JSON array of issues).

use std::io::{self, Write};

use serde_json::json;
use sha2::{Digest, Sha256};

use super::Findings;
use crate::diagnostic::Severity;
use crate::output::Render;

pub struct Gitlab;

impl<'a> Render<Findings<'a>> for Gitlab {
    fn render(&self, report: &Findings<'a>, out: &mut dyn Write) -> io::Result<()> {
        let issues: Vec<_> = report
            .diagnostics
            .iter()
            .map(|d| {
                // Stable across runs and unaffected by lines moving: what, where, about what.
                let mut hash = Sha256::new();
                for part in [
                    d.code,
                    &d.file,
                    d.document.as_deref().unwrap_or(""),
                    &d.message,
                ] {
                    hash.update(part.as_bytes());
                    hash.update([0]);
                }
                let fingerprint: String = hash
                    .finalize()
                    .iter()
                    .take(16)
                    .map(|b| format!("{b:02x}"))
                    .collect();
                json!({
                    "description": format!("{}: {}", d.code, d.message),
                    "check_name": format!("{} {}", d.code, d.name),
                    "fingerprint": fingerprint,
                    "severity": match d.severity {
                        Severity::Error => "major",
                        Severity::Warning => "minor",
                    },
                    "location": { "path": d.file, "lines": { "begin": d.line } },
                })
            })
            .collect();
        serde_json::to_writer_pretty(&mut *out, &issues)?;
        writeln!(out)
    }
}
