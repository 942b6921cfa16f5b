//! `lsk matrix … --format csv`: the matrix as a spreadsheet reads it (RFC 4180, UTF-8):
//! for `ansvar` a row per process, activity and other governed document with a column
//! per role (by name); for `krav` a row per paragraph with a column per document. Every
//! field goes through [`csv_field`]: quoted when needed, and a field a spreadsheet would
//! run as a formula (`=`, `+`, `-`, `@`) is written as text.

use std::io::{self, Write};

use super::doc_label;
use crate::matrix::{RequirementMatrix, ResponsibilityMatrix, Row};
use crate::output::Render;
use crate::output::escape::csv_field;

pub struct Csv;

fn line(out: &mut dyn Write, cells: &[String]) -> io::Result<()> {
    let fields: Vec<String> = cells.iter().map(|c| csv_field(c)).collect();
    writeln!(out, "{}", fields.join(","))
}

impl Render<ResponsibilityMatrix> for Csv {
    fn render(&self, m: &ResponsibilityMatrix, out: &mut dyn Write) -> io::Result<()> {
        let lang = m.lang;
        let mut header: Vec<String> = [
            lang.pick("typ", "type"),
            "id",
            lang.pick("titel", "title"),
            "process",
        ]
        .map(String::from)
        .to_vec();
        header.extend(m.roles.iter().map(|r| r.name.clone()));
        line(out, &header)?;
        let cells = |row: &Row| -> Vec<String> {
            (0..m.roles.len())
                .map(|i| row.of(i).map(|x| x.letters(lang)).unwrap_or_default())
                .collect()
        };
        for p in &m.processes {
            let mut l = vec![
                "process".to_string(),
                p.process.id.clone(),
                p.process.title.clone(),
                p.process.id.clone(),
            ];
            l.extend(cells(&p.process));
            line(out, &l)?;
            for a in &p.activities {
                let mut l = vec![
                    lang.pick("aktivitet", "activity").to_string(),
                    a.id.clone(),
                    a.title.clone(),
                    p.process.id.clone(),
                ];
                l.extend(cells(a));
                line(out, &l)?;
            }
        }
        for d in &m.documents {
            let mut l = vec![
                d.typ.describe(lang),
                d.row.id.clone(),
                d.row.title.clone(),
                String::new(),
            ];
            l.extend(cells(&d.row));
            line(out, &l)?;
        }
        Ok(())
    }
}

impl Render<RequirementMatrix> for Csv {
    fn render(&self, m: &RequirementMatrix, out: &mut dyn Write) -> io::Result<()> {
        let lang = m.lang;
        let mut header: Vec<String> = [
            lang.pick("paragraf", "paragraph"),
            lang.pick("rubrik", "heading"),
            "status",
        ]
        .map(String::from)
        .to_vec();
        header.extend(m.documents.iter().map(|d| d.id.clone()));
        line(out, &header)?;
        for r in &m.rows {
            let mut l = vec![
                r.requirement.reference(),
                r.requirement.heading.to_string(),
                r.state.word(lang).to_string(),
            ];
            l.extend((0..m.documents.len()).map(|i| {
                if r.documents.contains(&i) {
                    let d = &m.documents[i];
                    // "x", or the status when the document is not in force.
                    let label = doc_label(d, lang);
                    match label.strip_prefix(d.id.as_str()) {
                        Some("") => "x".to_string(),
                        Some(rest) => format!("x{rest}"),
                        None => label,
                    }
                } else {
                    String::new()
                }
            }));
            line(out, &l)?;
        }
        Ok(())
    }
}
