//! `lsk krav --format csv`: one row per paragraph, for a spreadsheet (RFC 4180 quoting,
//! comma-separated, UTF-8; a field that a spreadsheet would run as a formula is written as
//! text, [`crate::output::escape::csv_field`]).

use std::io::{self, Write};

use super::{areas, wording};
use crate::coverage::Coverage;
use crate::output::Render;
use crate::output::escape::csv_field as field;

pub struct Csv;

impl Render<Coverage> for Csv {
    fn render(&self, c: &Coverage, out: &mut dyn Write) -> io::Result<()> {
        let lang = c.lang;
        let header = if lang == crate::lang::Lang::En {
            "paragraph,heading,applies_to,binding,verification,wording,source,covered_by,gap"
        } else {
            "paragraf,rubrik,gäller,bindande,verifiering,lydelse,källa,uppfylls_av,lucka"
        };
        writeln!(out, "{header}")?;
        for row in &c.rows {
            let req = row.requirement;
            let sources: Vec<String> = req
                .sources
                .iter()
                .map(|s| format!("{} <{}>", s.title, s.address))
                .collect();
            let covered: Vec<String> = row
                .covered_by
                .iter()
                .map(|d| format!("{} ({})", d.id, d.status.as_str()))
                .collect();
            let cells = [
                req.reference(),
                req.heading.to_string(),
                areas(req, lang),
                req.binding.label(lang).to_string(),
                req.verification.label(lang).to_string(),
                wording(req, lang),
                sources.join("; "),
                covered.join("; "),
                if row.is_gap(c.in_repository) {
                    lang.pick("ja", "yes").to_string()
                } else {
                    String::new()
                },
            ];
            let line: Vec<String> = cells.iter().map(|s| field(s)).collect();
            writeln!(out, "{}", line.join(","))?;
        }
        Ok(())
    }
}
