//! `--format json`: exactly one JSON object, as CLI.md gives it.

use std::io::{self, Write};

use serde::Serialize;

use super::Findings;
use crate::diagnostic::Summary;
use crate::output::Render;

pub struct Json;

#[derive(Serialize)]
struct Output<'a> {
    version: u32,
    root: &'a str,
    documents: usize,
    diagnostics: Vec<Item<'a>>,
    summary: Summary,
    /// Findings silenced by `# lsk: ignorera KOD – motivering`, per rule.
    suppressed: std::collections::BTreeMap<&'a str, usize>,
    /// Findings left out as outside the files checked (`lsk check FILE…`).
    #[serde(skip_serializing_if = "is_zero")]
    elsewhere: usize,
}

fn is_zero(n: &usize) -> bool {
    *n == 0
}

#[derive(Serialize)]
struct Item<'a> {
    code: &'a str,
    name: &'a str,
    severity: &'a str,
    file: &'a str,
    line: usize,
    column: usize,
    document: Option<&'a str>,
    message: &'a str,
    /// The missed duty's key, for findings about one (`lsk due` lists the same key).
    #[serde(skip_serializing_if = "Option::is_none")]
    obligation: Option<&'a str>,
}

impl<'a> Render<Findings<'a>> for Json {
    fn render(&self, report: &Findings<'a>, out: &mut dyn Write) -> io::Result<()> {
        let output = Output {
            version: 1,
            root: report.root,
            documents: report.documents,
            diagnostics: report
                .diagnostics
                .iter()
                .map(|d| Item {
                    code: d.code,
                    name: d.name,
                    severity: d.severity.as_str(),
                    file: &d.file,
                    line: d.line,
                    column: d.column,
                    document: d.document.as_deref(),
                    message: &d.message,
                    obligation: d.obligation.as_deref(),
                })
                .collect(),
            summary: report.summary(),
            suppressed: report
                .suppressed
                .iter()
                .fold(Default::default(), |mut m, d| {
                    *m.entry(d.code).or_default() += 1;
                    m
                }),
            elsewhere: report.elsewhere,
        };
        serde_json::to_writer_pretty(&mut *out, &output)?;
        writeln!(out)
    }
}
