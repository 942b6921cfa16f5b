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
        let message = crate::text::escape_controls(&d.message);
        let help = d.help.as_deref().map(crate::text::escape_controls);
        match report
            .source(&d.file)
            .filter(|f| !has_long_lines(&f.text, d.span))
        {
            Some(file) => {
                let mut diag = MietteDiagnostic::new(message.clone())
                    .with_code(format!("{} {}", d.code, d.name))
                    .with_severity(match d.severity {
                        Severity::Error => MietteSeverity::Error,
                        Severity::Warning => MietteSeverity::Warning,
                    });
                if let Some(help) = &help {
                    diag = diag.with_help(help.to_string());
                }
                let len = d.span.end.saturating_sub(d.span.start);
                diag = diag.with_label(LabeledSpan::new(None, d.span.start, len));
                let source = NamedSource::new(
                    format!("{}:{}:{}", d.file, d.line, d.column),
                    crate::text::neutralize_controls(&file.text).into_owned(),
                );
                let report = miette::Report::new(diag).with_source_code(source);
                let _ = self.handler().render_report(&mut text, report.as_ref());
            }
            None => {
                // No code frame: no text to show (an unreadable file, a finding about
                // lsk.yaml as a whole), or lines too long to show whole.
                let mark = match d.severity {
                    Severity::Error => "×",
                    Severity::Warning => "⚠",
                };
                text.push_str(&format!("{} {}\n\n", d.code, d.name));
                text.push_str(&format!("  {mark} {message}\n"));
                text.push_str(&format!("  ╭─[{}:{}:{}]\n", d.file, d.line, d.column));
                if let Some(file) = report.source(&d.file) {
                    text.push_str(&format!("  │ {}\n", excerpt(&file.text, d.span)));
                }
                if let Some(help) = &help {
                    text.push_str(&format!("  help: {help}\n"));
                }
            }
        }
        text
    }
}

/// Lines longer than this are not shown whole in a code frame.
const LONG_LINE: usize = 400;

/// Whether the line of `span`, or a line beside it, is too long to show whole: a code
/// frame would repeat it for every finding on it.
fn has_long_lines(text: &str, span: crate::syntax::Span) -> bool {
    let at = span.start.min(text.len());
    let start = text[..at].rfind('\n').map_or(0, |i| i + 1);
    let before = text[..start.saturating_sub(1)]
        .rfind('\n')
        .map_or(0, |i| i + 1);
    let end_of = |from: usize| text[from..].find('\n').map_or(text.len(), |i| from + i);
    let end = end_of(at);
    let after = end_of((end + 1).min(text.len()));
    after - before > 3 * LONG_LINE || end - start > LONG_LINE
}

/// Up to 60 characters either side of where `span` starts, on its line, made safe to print.
fn excerpt(text: &str, span: crate::syntax::Span) -> String {
    let mut at = span.start.min(text.len());
    while !text.is_char_boundary(at) {
        at -= 1;
    }
    let line_start = text[..at].rfind(['\n', '\r']).map_or(0, |i| i + 1);
    let line_end = text[at..].find(['\n', '\r']).map_or(text.len(), |i| at + i);
    let before: String = {
        let v: Vec<char> = text[line_start..at].chars().rev().take(60).collect();
        v.into_iter().rev().collect()
    };
    let after: String = text[at..line_end].chars().take(60).collect();
    let lead = if before.len() < at - line_start {
        "…"
    } else {
        ""
    };
    let tail = if after.len() < line_end - at {
        "…"
    } else {
        ""
    };
    crate::text::escape_controls(&format!("{lead}{before}{after}{tail}")).into_owned()
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
