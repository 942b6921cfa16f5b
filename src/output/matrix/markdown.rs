//! `lsk matrix … --format md` (the default): tables that read well in GitLab and GitHub.

use std::fmt::Write as _;

use super::{doc_label, group_name, legend, type_word, used_groups};
use crate::matrix::{GROUPS, RequirementMatrix, ResponsibilityMatrix, State, group_of};
use crate::output::Render;
use crate::output::escape::markdown as esc;
use crate::tr;

pub struct Markdown;

fn bold(s: &str) -> String {
    format!("**{s}**")
}

/// A table row.
fn row(cells: &[String]) -> String {
    format!("| {} |", cells.join(" | "))
}

/// The line under the header: the first column left, the rest centred.
fn rule(columns: usize) -> String {
    let mut cells = vec!["---".to_string()];
    cells.extend((1..columns).map(|_| ":-:".to_string()));
    row(&cells)
}

impl Render<ResponsibilityMatrix> for Markdown {
    fn render(
        &self,
        m: &ResponsibilityMatrix,
        out: &mut dyn std::io::Write,
    ) -> std::io::Result<()> {
        let lang = m.lang;
        let mut o = String::new();
        let _ = writeln!(
            o,
            "# {}: {}\n",
            lang.pick("Ansvarsmatris", "Responsibility matrix"),
            esc(&m.organisation)
        );
        let _ = writeln!(
            o,
            "{}: {}.\n",
            lang.pick("Förklaring", "Key"),
            legend(lang, bold)
        );
        // Roles × processes.
        let _ = writeln!(
            o,
            "## {}\n",
            lang.pick("Roller och processer", "Roles and processes")
        );
        let mut header = vec![lang.pick("Roll", "Role").to_string()];
        header.extend(m.processes.iter().map(|p| esc(&p.process.id)));
        let _ = writeln!(o, "{}", row(&header));
        let _ = writeln!(o, "{}", rule(header.len()));
        for (i, role) in m.roles.iter().enumerate() {
            let cells: Vec<String> = m
                .processes
                .iter()
                .map(|p| p.summary(i).letters(lang))
                .collect();
            if cells.iter().all(String::is_empty) {
                continue;
            }
            let mut line = vec![esc(&role.name)];
            line.extend(cells);
            let _ = writeln!(o, "{}", row(&line));
        }
        o.push('\n');
        for p in &m.processes {
            let _ = writeln!(o, "## {} {}\n", esc(&p.process.id), esc(&p.process.title));
            let roles = p.roles();
            let mut header = vec![lang.pick("Aktivitet", "Activity").to_string()];
            header.extend(roles.iter().map(|&r| esc(&m.roles[r].name)));
            let _ = writeln!(o, "{}", row(&header));
            let _ = writeln!(o, "{}", rule(header.len()));
            let cells = |r: &crate::matrix::Row| -> Vec<String> {
                roles
                    .iter()
                    .map(|&i| r.of(i).map(|x| x.letters(lang)).unwrap_or_default())
                    .collect()
            };
            let mut line = vec![bold(lang.pick("Processen", "The process"))];
            line.extend(cells(&p.process));
            let _ = writeln!(o, "{}", row(&line));
            for (k, a) in p.activities.iter().enumerate() {
                let mut line = vec![format!("{}. {} ({})", k + 1, esc(&a.title), esc(&a.id))];
                line.extend(cells(a));
                let _ = writeln!(o, "{}", row(&line));
            }
            o.push('\n');
        }
        if !m.documents.is_empty() {
            let _ = writeln!(
                o,
                "## {}\n",
                lang.pick("Övriga styrdokument", "Other governed documents")
            );
            let roles = m.document_roles();
            let mut header = vec![lang.pick("Dokument", "Document").to_string()];
            header.extend(roles.iter().map(|&r| esc(&m.roles[r].name)));
            let _ = writeln!(o, "{}", row(&header));
            let _ = writeln!(o, "{}", rule(header.len()));
            for d in &m.documents {
                let mut line = vec![format!(
                    "{} {} ({})",
                    esc(&d.row.id),
                    esc(&d.row.title),
                    d.typ.describe(lang)
                )];
                line.extend(
                    roles
                        .iter()
                        .map(|&i| d.row.of(i).map(|x| x.letters(lang)).unwrap_or_default()),
                );
                let _ = writeln!(o, "{}", row(&line));
            }
        }
        out.write_all(o.trim_end().as_bytes())?;
        out.write_all(b"\n")
    }
}

impl Render<RequirementMatrix> for Markdown {
    fn render(&self, m: &RequirementMatrix, out: &mut dyn std::io::Write) -> std::io::Result<()> {
        let lang = m.lang;
        let mut o = String::new();
        let _ = writeln!(
            o,
            "# {}: {}\n",
            lang.pick("Kravmatris SOSFS 2011:9", "Requirement matrix SOSFS 2011:9"),
            esc(&m.organisation)
        );
        let gaps = m.rows.iter().filter(|r| r.state == State::Gap).count();
        let _ = writeln!(
            o,
            "{}\n",
            tr!(
                lang,
                "Varje paragraf och de dokument vars `uppfyller` anger den (samma som `lsk krav`). **Lucka**: paragrafen gäller verksamheten men inget gällande dokument uppfyller den. Luckor: {} av {} paragrafer.",
                "Each paragraph and the documents whose `uppfyller` names it (as `lsk krav`). **Gap**: the paragraph applies to the service but no document in force meets it. Gaps: {} of {} paragraphs.",
                gaps,
                m.rows.len()
            )
        );
        let groups = used_groups(m);
        let mut header = vec![
            lang.pick("Paragraf", "Paragraph").to_string(),
            lang.pick("Rubrik", "Heading").to_string(),
            lang.pick("Status", "Status").to_string(),
        ];
        header.extend(
            groups
                .iter()
                .map(|&g| group_name(GROUPS[g], lang).to_string()),
        );
        let _ = writeln!(o, "{}", row(&header));
        let mut under = vec!["---".to_string(), "---".to_string(), "---".to_string()];
        under.extend(groups.iter().map(|_| "---".to_string()));
        let _ = writeln!(o, "{}", row(&under));
        for r in &m.rows {
            let req = r.requirement;
            let state = match r.state {
                State::Gap => bold(r.state.word(lang)),
                s => s.word(lang).to_string(),
            };
            let mut line = vec![req.reference(), esc(req.heading), state];
            for &g in &groups {
                let ids: Vec<String> = r
                    .documents
                    .iter()
                    .map(|&i| &m.documents[i])
                    .filter(|d| group_of(d.typ) == g)
                    .map(|d| esc(&doc_label(d, lang)))
                    .collect();
                line.push(ids.join(", "));
            }
            let _ = writeln!(o, "{}", row(&line));
        }
        if !m.documents.is_empty() {
            let _ = writeln!(o, "\n## {}\n", lang.pick("Dokumenten", "The documents"));
            for d in &m.documents {
                let _ = writeln!(
                    o,
                    "- {} {} ({})",
                    esc(&d.id),
                    esc(&d.title),
                    type_word(d.typ, lang)
                );
            }
        }
        out.write_all(o.as_bytes())
    }
}
