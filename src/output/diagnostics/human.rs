//! `--format human`: miette's graphical report, the source line with a caret under the
//! offending key or value. Colour only when asked for (a terminal without `NO_COLOR`).

use std::io::{self, Write};

use miette::{
    GraphicalReportHandler, GraphicalTheme, LabeledSpan, MietteDiagnostic,
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
    /// Columns to fit in; text wraps between words only, so an id, path or command is
    /// never broken.
    pub width: usize,
    /// `--quiet`: errors only, and the summary line.
    pub quiet: bool,
    /// `--statistics`: the number of findings per rule instead of the findings.
    pub statistics: bool,
}

impl Default for Human {
    fn default() -> Self {
        Human {
            color: false,
            summary: true,
            width: 80,
            quiet: false,
            statistics: false,
        }
    }
}

impl Human {
    fn handler(&self) -> GraphicalReportHandler {
        let theme = if self.color {
            GraphicalTheme::unicode()
        } else {
            GraphicalTheme::unicode_nocolor()
        };
        GraphicalReportHandler::new_themed(theme)
            .with_width(self.width.max(40))
            .with_break_words(false)
            .with_word_splitter(textwrap::WordSplitter::NoHyphenation)
            .with_word_separator(textwrap::WordSeparator::Custom(words_outside_code))
            .with_context_lines(1)
            .with_links(false)
            // miette counts columns in bytes; we name the source with our own position,
            // counted in characters as everywhere else.
            .without_primary_span_start()
    }

    /// One finding, or several of one rule at one place (LSK309's uncovered paragraphs at
    /// `lsk.yaml`) as one block listing their messages.
    fn render_one(&self, report: &Findings, group: &[&Diagnostic]) -> String {
        let d = group[0];
        if group.len() > 1 {
            return self.render_group(report, group);
        }
        let mut text = String::new();
        let message = crate::text::escape_controls(&d.message);
        let help = d.help.as_deref().map(crate::text::escape_controls);
        match report
            .source(&d.file)
            .filter(|f| !has_long_lines(f, d.span))
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
                // Only the lines shown, so that a finding costs the same in a file of any size.
                let (range, first_line) = file.lines_around(d.span, 2, 2);
                let source = Window {
                    name: format!("{}:{}:{}", d.file, d.line, d.column),
                    text: crate::text::neutralize_controls(&file.text[range.clone()]).into_owned(),
                    start: range.start,
                    first_line,
                };
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
                    text.push_str(&format!("  │ {}\n", excerpt(file, d.span)));
                }
                if let Some(help) = &help {
                    text.push_str(&format!("  help: {help}\n"));
                }
            }
        }
        text
    }
}

impl Human {
    /// Several findings of one rule at one place, listed under one heading.
    fn render_group(&self, report: &Findings, group: &[&Diagnostic]) -> String {
        let d = group[0];
        let mark = match d.severity {
            Severity::Error => "×",
            Severity::Warning => "⚠",
        };
        let wrap = |line: &str, first: &str, rest: &str| {
            let opts = textwrap::Options::new(self.width.max(40))
                .initial_indent(first)
                .subsequent_indent(rest)
                .break_words(false)
                .word_splitter(textwrap::WordSplitter::NoHyphenation)
                .word_separator(textwrap::WordSeparator::Custom(words_outside_code));
            textwrap::fill(&crate::text::escape_controls(line), opts)
        };
        let mut text = format!("{} {}\n\n", d.code, d.name);
        let head = tr!(
            report.lang,
            "{} fynd i {}:{}:{}",
            "{} findings at {}:{}:{}",
            group.len(),
            d.file,
            d.line,
            d.column
        );
        let messages: Vec<&str> = group.iter().map(|g| g.message.as_str()).collect();
        match common_ending(&messages) {
            // "3 kap. 1 § (…) uppfylls inte …" fourteen times: the ending once, then the
            // beginnings in one paragraph.
            Some(ending) => {
                let head = format!("{head}: … {}", ending.trim());
                text.push_str(&wrap(&head, &format!("  {mark} "), "    "));
                text.push('\n');
                let items: Vec<&str> = messages
                    .iter()
                    .map(|m| m[..m.len() - ending.len()].trim())
                    .collect();
                text.push_str(&wrap(&items.join("; "), "    ", "    "));
                text.push('\n');
            }
            None => {
                text.push_str(&wrap(&head, &format!("  {mark} "), "    "));
                text.push('\n');
                for m in messages {
                    text.push_str(&wrap(m, "    - ", "      "));
                    text.push('\n');
                }
            }
        }
        if let Some(help) = &d.help
            && group.iter().all(|g| g.help.as_ref() == Some(help))
        {
            text.push_str(&wrap(help, "  help: ", "        "));
            text.push('\n');
        }
        text
    }
}

/// The ending all `messages` share, from a space on, when it says something (at least
/// three words) and leaves each message a beginning of its own.
fn common_ending<'m>(messages: &[&'m str]) -> Option<&'m str> {
    let first = messages.first()?;
    let mut ending: &str = first;
    for m in &messages[1..] {
        let same = ending
            .chars()
            .rev()
            .zip(m.chars().rev())
            .take_while(|(a, b)| a == b)
            .map(|(a, _)| a.len_utf8())
            .sum::<usize>();
        ending = &ending[ending.len() - same..];
    }
    // Start at a word.
    let at = ending.find(' ')?;
    let ending = &ending[at..];
    let words = ending.split_whitespace().count();
    let leaves_each_a_beginning = messages.iter().all(|m| m.len() > ending.len());
    (words >= 3 && leaves_each_a_beginning).then(|| &first[first.len() - ending.len()..])
}

/// Words for wrapping: split at spaces, except inside `backticks`, so that a command to
/// copy (`lsk approve RUT-X --by ROLL`) stays on one line.
fn words_outside_code(line: &str) -> Box<dyn Iterator<Item = textwrap::core::Word<'_>> + '_> {
    let mut words = Vec::new();
    let (mut start, mut in_code, mut after_space) = (0, false, false);
    for (i, c) in line.char_indices() {
        if c == ' ' {
            after_space = !in_code;
            continue;
        }
        if after_space {
            words.push(textwrap::core::Word::from(&line[start..i]));
            start = i;
            after_space = false;
        }
        if c == '`' {
            in_code = !in_code;
        }
    }
    if start < line.len() {
        words.push(textwrap::core::Word::from(&line[start..]));
    }
    Box::new(words.into_iter())
}

/// A few lines of a file, placed where they stand in it, for miette to show.
struct Window {
    name: String,
    text: String,
    /// Byte offset of the text in the file.
    start: usize,
    /// 0-based line number of its first line.
    first_line: usize,
}

impl miette::SourceCode for Window {
    fn read_span<'a>(
        &'a self,
        span: &miette::SourceSpan,
        before: usize,
        after: usize,
    ) -> Result<Box<dyn miette::SpanContents<'a> + 'a>, miette::MietteError> {
        let offset = span
            .offset()
            .saturating_sub(self.start)
            .min(self.text.len());
        let len = span.len().min(self.text.len() - offset);
        let local = miette::SourceSpan::new(offset.into(), len);
        let inner = self.text.read_span(&local, before, after)?;
        Ok(Box::new(miette::MietteSpanContents::new_named(
            self.name.clone(),
            inner.data(),
            miette::SourceSpan::new(
                (inner.span().offset() + self.start).into(),
                inner.span().len(),
            ),
            inner.line() + self.first_line,
            inner.column(),
            inner.line_count(),
        )))
    }
}

/// Lines longer than this are not shown whole in a code frame.
const LONG_LINE: usize = 400;

/// Whether the line of `span`, or a line beside it, is too long to show whole: a code
/// frame would repeat it for every finding on it.
fn has_long_lines(file: &crate::syntax::SourceFile, span: crate::syntax::Span) -> bool {
    let (own, _) = file.lines_around(span, 0, 0);
    let (around, _) = file.lines_around(span, 1, 1);
    own.len() > LONG_LINE || around.len() > 3 * LONG_LINE
}

/// Up to 60 characters either side of where `span` starts, on its line, made safe to print.
fn excerpt(file: &crate::syntax::SourceFile, span: crate::syntax::Span) -> String {
    let text = &file.text;
    let (line, _) = file.lines_around(span, 0, 0);
    let mut at = span.start.clamp(line.start, line.end);
    while !text.is_char_boundary(at) {
        at -= 1;
    }
    let line_end = line.start + text[line.clone()].trim_end_matches(['\n', '\r']).len();
    let at = at.min(line_end);
    let before: String = {
        let v: Vec<char> = text[line.start..at].chars().rev().take(60).collect();
        v.into_iter().rev().collect()
    };
    let after: String = text[at..line_end].chars().take(60).collect();
    let lead = if before.len() < at - line.start {
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
        let lang = report.lang;
        if self.statistics {
            for (code, name, shown, silenced) in report.statistics() {
                let silenced = match silenced {
                    0 => String::new(),
                    n => tr!(lang, " ({} tystade)", " ({} silenced)", n),
                };
                writeln!(out, "{shown:>5}  {code} {name}{silenced}")?;
            }
        } else {
            let list: Vec<&Diagnostic> = report
                .errors_first()
                .into_iter()
                .filter(|d| !self.quiet || d.severity == Severity::Error)
                .collect();
            // Findings of one rule at one place form one block.
            let same = |a: &Diagnostic, b: &Diagnostic| {
                (a.code, &a.file, a.line, a.column) == (b.code, &b.file, b.line, b.column)
            };
            for group in list.chunk_by(|a, b| same(a, b)) {
                let text = self.render_one(report, group);
                writeln!(out, "{}", text.trim_end())?;
                writeln!(out)?;
            }
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
        let mut extra = Vec::new();
        if self.quiet && s.warnings > 0 {
            extra.push(
                lang.pick(
                    "varningarna visas inte med --quiet",
                    "the warnings are not shown with --quiet",
                )
                .to_string(),
            );
        }
        if !report.suppressed.is_empty() {
            extra.push(tr!(
                lang,
                "{} tystade med `lsk: ignorera`",
                "{} silenced with `lsk: ignore`",
                report.suppressed.len()
            ));
        }
        if report.elsewhere > 0 {
            extra.push(tr!(
                lang,
                "{} fynd i andra filer visas inte; `lsk check` utan filer visar allt",
                "{} findings in other files are not shown; `lsk check` without files shows all",
                report.elsewhere
            ));
        }
        if extra.is_empty() {
            writeln!(out, "{line}")
        } else {
            writeln!(out, "{} ({})", line.trim_end_matches('.'), extra.join("; "))
        }
    }
}

#[cfg(test)]
mod tests {
    use super::*;

    #[test]
    fn a_shared_ending_is_said_once() {
        let m = [
            "3 kap. 1 § (Ledningssystem) uppfylls inte av något dokument.",
            "5 kap. 2 § (Egenkontroll) uppfylls inte av något dokument.",
        ];
        assert_eq!(common_ending(&m), Some(" uppfylls inte av något dokument."));
        assert_eq!(
            common_ending(&["Rutinen A saknas.", "Rutinen B saknas."]),
            None
        );
    }

    #[test]
    fn commands_in_backticks_are_one_word() {
        let words: Vec<String> = words_outside_code("kör `lsk approve RUT-X --by ROLL` nu")
            .map(|w| w.word.to_string())
            .collect();
        assert_eq!(words, ["kör", "`lsk approve RUT-X --by ROLL`", "nu"]);
    }

    #[test]
    fn narrow_output_never_breaks_a_command_or_id() {
        let opts = textwrap::Options::new(30)
            .break_words(false)
            .word_splitter(textwrap::WordSplitter::NoHyphenation)
            .word_separator(textwrap::WordSeparator::Custom(words_outside_code));
        let text =
            "Registrera beslutet med `lsk approve RUT-INFLYTTNING-PÅ-SÄRSKILT-BOENDE --by ROLL`.";
        let lines = textwrap::wrap(text, opts);
        assert!(
            lines
                .iter()
                .any(|l| l.contains("`lsk approve RUT-INFLYTTNING-PÅ-SÄRSKILT-BOENDE --by ROLL`.")),
            "{lines:?}"
        );
    }
}
