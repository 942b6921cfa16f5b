//! `--format human`: miette's graphical report, the source line with a caret under the
//! offending key or value. Colour only when asked for (a terminal without `NO_COLOR`).

use std::io::{self, Write};

use miette::{
    GraphicalReportHandler, GraphicalTheme, LabeledSpan, MietteDiagnostic, NamedSource,
    Severity as MietteSeverity,
};

use super::Findings;
use crate::diagnostic::{Diagnostic, Severity};
use crate::output::Render;
use crate::tr;

pub struct Human {
    pub color: bool,
    /// Whether to end with the summary line ("2 fel och 1 varning i 42 dokument").
    pub summary: bool,
}

impl Human {
    fn handler(&self) -> GraphicalReportHandler {
        let theme = if self.color {
            GraphicalTheme::unicode()
        } else {
            GraphicalTheme::unicode_nocolor()
        };
        GraphicalReportHandler::new_themed(theme)
            .with_width(100)
            .with_context_lines(1)
            .with_links(false)
            // miette counts columns in bytes; we name the source with our own position,
            // counted in characters as everywhere else.
            .without_primary_span_start()
    }

    fn render_one(&self, report: &Findings, d: &Diagnostic) -> String {
        let mut text = String::new();
        match report.source(&d.file) {
            Some(file) => {
                let mut diag = MietteDiagnostic::new(d.message.clone())
                    .with_code(format!("{} {}", d.code, d.name))
                    .with_severity(match d.severity {
                        Severity::Error => MietteSeverity::Error,
                        Severity::Warning => MietteSeverity::Warning,
                    });
                if let Some(help) = &d.help {
                    diag = diag.with_help(help.clone());
                }
                let len = d.span.end.saturating_sub(d.span.start);
                diag = diag.with_label(LabeledSpan::new(None, d.span.start, len));
                let source = NamedSource::new(
                    format!("{}:{}:{}", d.file, d.line, d.column),
                    file.text.clone(),
                );
                let report = miette::Report::new(diag).with_source_code(source);
                let _ = self.handler().render_report(&mut text, report.as_ref());
            }
            None => {
                // No text to show (an unreadable file, or a finding about lsk.yaml as a whole).
                let mark = match d.severity {
                    Severity::Error => "×",
                    Severity::Warning => "⚠",
                };
                text.push_str(&format!("{} {}\n\n", d.code, d.name));
                text.push_str(&format!("  {mark} {}\n", d.message));
                text.push_str(&format!("  ╭─[{}:{}:{}]\n", d.file, d.line, d.column));
                if let Some(help) = &d.help {
                    text.push_str(&format!("  help: {help}\n"));
                }
            }
        }
        text
    }
}

impl<'a> Render<Findings<'a>> for Human {
    fn render(&self, report: &Findings<'a>, out: &mut dyn Write) -> io::Result<()> {
        for d in report.diagnostics {
            let text = self.render_one(report, d);
            writeln!(out, "{}", text.trim_end())?;
            writeln!(out)?;
        }
        if !self.summary {
            return Ok(());
        }
        let s = report.summary();
        let line = if s.errors == 0 && s.warnings == 0 {
            tr!(
                report.lang,
                "Inga fel eller varningar i {} dokument.",
                "No errors or warnings in {} documents.",
                report.documents
            )
        } else {
            let warnings = match (report.lang, s.warnings) {
                (crate::lang::Lang::Sv, 1) => "1 varning".to_string(),
                (crate::lang::Lang::Sv, n) => format!("{n} varningar"),
                (crate::lang::Lang::En, 1) => "1 warning".to_string(),
                (crate::lang::Lang::En, n) => format!("{n} warnings"),
            };
            let errors = match (report.lang, s.errors) {
                (crate::lang::Lang::En, 1) => "1 error".to_string(),
                (crate::lang::Lang::En, n) => format!("{n} errors"),
                (_, n) => format!("{n} fel"),
            };
            tr!(
                report.lang,
                "{} och {} i {} dokument.",
                "{} and {} in {} documents.",
                errors,
                warnings,
                report.documents
            )
        };
        writeln!(out, "{line}")
    }
}
