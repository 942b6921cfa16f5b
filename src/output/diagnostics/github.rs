//! `--format github`: GitHub Actions workflow commands, one annotation per finding.

use std::io::{self, Write};

use super::Findings;
use crate::diagnostic::Severity;
use crate::output::Render;

pub struct Github;

/// Escapes a workflow command's message.
fn escape_data(s: &str) -> String {
    s.replace('%', "%25")
        .replace('\r', "%0D")
        .replace('\n', "%0A")
}

/// Escapes a workflow command's property value.
fn escape_property(s: &str) -> String {
    escape_data(s).replace(':', "%3A").replace(',', "%2C")
}

/// GitHub shows at most this many error annotations, and as many warnings, per step.
const SHOWN_PER_KIND: usize = 10;

impl<'a> Render<Findings<'a>> for Github {
    fn render(&self, report: &Findings<'a>, out: &mut dyn Write) -> io::Result<()> {
        // Errors first, so that the ones GitHub shows are the ones that fail the check.
        for d in report.errors_first() {
            let level = match d.severity {
                Severity::Error => "error",
                Severity::Warning => "warning",
            };
            let mut message = d.message.clone();
            if let Some(help) = &d.help {
                message.push('\n');
                message.push_str(help);
            }
            writeln!(
                out,
                "::{level} file={},line={},col={},title={}::{}",
                escape_property(&d.file),
                d.line,
                d.column,
                escape_property(&format!("{} {}", d.code, d.name)),
                escape_data(&message)
            )?;
        }
        let s = report.summary();
        let hidden =
            s.errors.saturating_sub(SHOWN_PER_KIND) + s.warnings.saturating_sub(SHOWN_PER_KIND);
        if hidden > 0 {
            writeln!(
                out,
                "::notice title=lsk::{}",
                escape_data(&crate::tr!(
                    report.lang,
                    "{} fel och {} varningar; GitHub visar högst {} av varje slag, så {} anteckningar syns inte här. Kör `lsk check` för hela listan.",
                    "{} errors and {} warnings; GitHub shows at most {} of each kind, so {} annotations are not shown here. Run `lsk check` for the full list.",
                    s.errors,
                    s.warnings,
                    SHOWN_PER_KIND,
                    hidden
                ))
            )?;
        }
        Ok(())
    }
}

#[cfg(test)]
mod tests {
    use super::*;

    #[test]
    fn escapes() {
        assert_eq!(escape_data("a%b\nc"), "a%25b%0Ac");
        assert_eq!(escape_property("a:b,c"), "a%3Ab%2Cc");
    }
}
