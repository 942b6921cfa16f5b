//! The one diagnostic type every check produces, and what a rule declares about itself.
//! The renderers that print diagnostics are in [`crate::output`].

mod fault;
mod rule;

use serde::Serialize;
use std::fmt;

pub use fault::Fault;
pub use rule::{Described, RuleMeta};

use crate::syntax::{SourceFile, Span};

#[derive(Debug, Clone, Copy, PartialEq, Eq, PartialOrd, Ord, Hash, Serialize)]
#[serde(rename_all = "lowercase")]
pub enum Severity {
    Warning,
    Error,
}

impl Severity {
    pub fn as_str(self) -> &'static str {
        match self {
            Severity::Error => "error",
            Severity::Warning => "warning",
        }
    }
}

impl fmt::Display for Severity {
    fn fmt(&self, f: &mut fmt::Formatter<'_>) -> fmt::Result {
        f.write_str(self.as_str())
    }
}

/// One finding: which rule, where (file, byte span, line and column), about which
/// document, and what to do about it.
#[derive(Debug, Clone, PartialEq, Eq)]
pub struct Diagnostic {
    pub code: &'static str,
    pub name: &'static str,
    pub severity: Severity,
    /// Path relative to the repository root, with `/`.
    pub file: String,
    pub span: Span,
    /// 1-based line.
    pub line: usize,
    /// 1-based column, counted in characters.
    pub column: usize,
    /// The id of the document the finding concerns, when known.
    pub document: Option<String>,
    pub message: String,
    pub help: Option<String>,
    /// The key of the duty a finding says was missed (`control/EK-1/2026-03`), so that
    /// tools and the agreement test can tie it to `lsk due` and the reports.
    pub obligation: Option<String>,
}

/// At most this many findings of one rule in one file are listed; the last says how many
/// more there are. Thousands of the same finding help nobody, and cost time to print.
pub const MAX_PER_FILE: usize = 100;

/// Messages longer than this are cut: a value quoted from a document can be megabytes.
const MAX_MESSAGE_CHARS: usize = 600;

fn bounded(message: String) -> String {
    match message.char_indices().nth(MAX_MESSAGE_CHARS) {
        None => message,
        Some((cut, _)) => format!("{}…", &message[..cut]),
    }
}

impl Diagnostic {
    /// A diagnostic of `rule` at `span` in `file`, with the rule's default severity.
    pub fn new(rule: &RuleMeta, file: &SourceFile, span: Span, message: impl Into<String>) -> Self {
        Self::located(
            (rule.code, rule.name, rule.severity),
            file,
            span,
            message.into(),
        )
    }

    /// A fault found while loading, at `span` in `file`.
    pub fn fault(fault: Fault, file: &SourceFile, span: Span, message: impl Into<String>) -> Self {
        Self::located(
            (fault.code(), fault.name(), Severity::Error),
            file,
            span,
            message.into(),
        )
    }

    /// A diagnostic about a file whose text could not be read (no source to point into).
    pub fn at_file(rule: &RuleMeta, path: &str, message: impl Into<String>) -> Self {
        Self::unlocated((rule.code, rule.name, rule.severity), path, message.into())
    }

    /// A loading fault about a file whose text could not be read.
    pub fn fault_at_file(fault: Fault, path: &str, message: impl Into<String>) -> Self {
        Self::unlocated(
            (fault.code(), fault.name(), Severity::Error),
            path,
            message.into(),
        )
    }

    fn located(
        (code, name, severity): (&'static str, &'static str, Severity),
        file: &SourceFile,
        span: Span,
        message: String,
    ) -> Self {
        let message = bounded(message);
        // A lean check keeps of a file without findings from the rules that read files
        // only its header: a rule over the repository that points past it must read the
        // file as a file rule (`Rule::check_file`) instead.
        debug_assert!(
            !file.is_cut() || span.end <= file.text.len(),
            "{code} points past the text kept of {}",
            file.path
        );
        let (line, column) = file.line_col(span.start);
        Diagnostic {
            code,
            name,
            severity,
            file: file.path.clone(),
            span,
            line,
            column,
            document: None,
            message,
            help: None,
            obligation: None,
        }
    }

    fn unlocated(
        (code, name, severity): (&'static str, &'static str, Severity),
        path: &str,
        message: String,
    ) -> Self {
        let message = bounded(message);
        Diagnostic {
            code,
            name,
            severity,
            file: path.to_string(),
            span: Span::START,
            line: 1,
            column: 1,
            document: None,
            message,
            help: None,
            obligation: None,
        }
    }

    pub fn with_help(mut self, help: impl Into<String>) -> Self {
        self.help = Some(help.into());
        self
    }

    pub fn with_obligation(mut self, key: &str) -> Self {
        self.obligation = Some(key.to_string());
        self
    }

    pub fn with_document(mut self, id: Option<&str>) -> Self {
        if self.document.is_none() {
            self.document = id.map(str::to_string);
        }
        self
    }

    /// The order output is sorted in: file, line, column, code.
    pub fn sort_key(&self) -> (&str, usize, usize, &str) {
        (&self.file, self.line, self.column, self.code)
    }
}

/// Totals, as the JSON summary gives them.
#[derive(Debug, Clone, Copy, Default, PartialEq, Eq, Serialize)]
pub struct Summary {
    pub errors: usize,
    pub warnings: usize,
}

impl Summary {
    pub fn of(diagnostics: &[Diagnostic]) -> Self {
        let mut s = Summary::default();
        for d in diagnostics {
            match d.severity {
                Severity::Error => s.errors += 1,
                Severity::Warning => s.warnings += 1,
            }
        }
        s
    }
}

#[cfg(test)]
mod tests {
    use super::*;

    /// In debug builds, a finding past the part of a file a lean check kept is a bug of
    /// the rule that made it (see `Rule::check_file`), and stops the tests.
    #[test]
    #[cfg(debug_assertions)]
    #[should_panic(expected = "points past the text kept")]
    fn a_finding_past_a_cut_text_is_caught() {
        let mut file = SourceFile::new("rutiner/a.md", "---\nid: A\n---\n# A\n\nText.\n".into());
        file.truncate(14);
        Diagnostic::fault(Fault::Unreadable, &file, Span::new(20, 22), "x");
    }

    #[test]
    fn a_finding_in_a_cut_text_is_made() {
        let mut file = SourceFile::new("rutiner/a.md", "---\nid: A\n---\n# A\n\nText.\n".into());
        file.truncate(14);
        let d = Diagnostic::fault(Fault::Unreadable, &file, Span::new(4, 9), "x");
        assert_eq!((d.line, d.column), (2, 1));
    }
}
