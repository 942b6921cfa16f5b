//! `lsk krav --format md` (the default): the catalogue by chapter, as a coordinator reads it.

use std::io::{self, Write};

use super::{areas, wording};
use crate::coverage::Coverage;
use crate::model::Status;
use crate::output::Render;
use crate::tr;

pub struct Markdown;

impl Render<Coverage> for Markdown {
    fn render(&self, c: &Coverage, out: &mut dyn Write) -> io::Result<()> {
        let lang = c.lang;
        writeln!(
            out,
            "# {}\n",
            tr!(
                lang,
                "Kravkatalog: SOSFS 2011:9",
                "Requirement catalogue: SOSFS 2011:9"
            )
        )?;
        if let Some(date) = c.changed_since {
            writeln!(
                out,
                "{}\n",
                tr!(
                    lang,
                    "Paragrafer som ändrats efter {}: {}.",
                    "Paragraphs changed after {}: {}.",
                    date,
                    c.rows.len()
                )
            )?;
        }
        let mut chapter = 0;
        for row in &c.rows {
            let req = row.requirement;
            if req.chapter != chapter {
                chapter = req.chapter;
                writeln!(out, "## {} kap.\n", chapter)?;
            }
            writeln!(out, "### {} {}\n", req.reference(), req.heading)?;
            writeln!(out, "{}\n", req.paraphrase)?;
            let item = |label_sv: &str, label_en: &str, value: String| {
                format!("- **{}:** {}", lang.pick(label_sv, label_en), value)
            };
            writeln!(out, "{}", item("Gäller", "Applies to", areas(req, lang)))?;
            writeln!(
                out,
                "{}",
                item(
                    "Status",
                    "Status",
                    format!(
                        "{}, {}",
                        req.binding.label(lang),
                        req.verification.label(lang)
                    )
                )
            )?;
            writeln!(out, "{}", item("Lydelse", "Wording", wording(req, lang)))?;
            if c.changed_since.is_some() || row.amendments.len() > 1 {
                let list: Vec<String> = row
                    .amendments
                    .iter()
                    .map(|a| format!("{} ({})", a.designation, a.when(lang)))
                    .collect();
                writeln!(out, "{}", item("Ändringar", "Amendments", list.join("; ")))?;
            }
            for s in req.sources {
                writeln!(
                    out,
                    "{}",
                    item("Källa", "Source", format!("{} <{}>", s.title, s.address))
                )?;
            }
            if !req.note.is_empty() {
                let note = lang.pick(req.note, req.note_en);
                writeln!(out, "{}", item("Anmärkning", "Note", note.to_string()))?;
            }
            if !req.also.is_empty() {
                writeln!(out, "{}", item("Se även", "See also", req.also.to_string()))?;
            }
            if !req.checked_by.is_empty() {
                writeln!(
                    out,
                    "{}",
                    item("Kontrolleras av", "Checked by", req.checked_by.join(", "))
                )?;
            }
            if c.in_repository {
                let covered = if !row.applies {
                    tr!(
                        lang,
                        "gäller inte verksamheten",
                        "does not apply to the service"
                    )
                } else if row.covered_by.is_empty() {
                    tr!(lang, "inget dokument", "no document")
                } else {
                    row.covered_by
                        .iter()
                        .map(|d| match d.status {
                            Status::InForce => format!("{} ({})", d.id, d.file),
                            other => format!("{} ({}, {})", d.id, d.file, other),
                        })
                        .collect::<Vec<_>>()
                        .join("; ")
                };
                let gap = if row.is_gap(true) {
                    tr!(lang, " — **lucka**", " — **gap**")
                } else {
                    String::new()
                };
                writeln!(out, "{}{gap}", item("Uppfylls av", "Covered by", covered))?;
            }
            writeln!(out)?;
        }
        Ok(())
    }
}
