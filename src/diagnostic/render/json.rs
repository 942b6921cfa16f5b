//! `--format json`: exactly one JSON object, as CLI.md gives it.

use std::io::{self, Write};

use serde::Serialize;

use super::{Renderer, Report};
use crate::diagnostic::Summary;

pub struct Json;

#[derive(Serialize)]
struct Output<'a> {
    version: u32,
    root: &'a str,
    documents: usize,
    diagnostics: Vec<Item<'a>>,
    summary: Summary,
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
}

impl Renderer for Json {
    fn render(&self, report: &Report, out: &mut dyn Write) -> io::Result<()> {
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
                })
                .collect(),
            summary: report.summary(),
        };
        serde_json::to_writer_pretty(&mut *out, &output)?;
        writeln!(out)
    }
}
