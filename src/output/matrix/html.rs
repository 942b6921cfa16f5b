//! `lsk matrix … --format html`: one self-contained, accessible HTML page (inline CSS, no
//! scripts, nothing from elsewhere): tables with a caption, column and row headers
//! (`scope`), each letter also written out for screen readers, gaps said in words and
//! not only in colour. Everything from the documents is escaped.
//!
//! [`responsibility_tables`] and [`requirement_table`] give the tables alone, for a page
//! of one's own (a site).

use std::fmt::Write as _;

use super::{doc_label, group_name, legend, type_word, used_groups};
use crate::lang::Lang;
use crate::matrix::{
    GROUPS, Relations, RequirementMatrix, ResponsibilityMatrix, Row, State, group_of,
};
use crate::output::Render;
use crate::output::escape::xml as esc;
use crate::tr;

pub struct Html;

const CSS: &str = "\
body { font-family: 'DejaVu Sans', Verdana, Arial, sans-serif; color: #1a1a1a; background: #ffffff; margin: 2rem; line-height: 1.4; }
h1 { font-size: 1.5rem; } h2 { font-size: 1.2rem; margin-top: 2rem; }
table { border-collapse: collapse; margin: 0.5rem 0 1.5rem; font-size: 0.9rem; }
caption { text-align: left; font-weight: bold; padding: 0.3rem 0; }
th, td { border: 1px solid #6b6b6b; padding: 0.25rem 0.5rem; vertical-align: top; }
thead th { background: #dfe8f1; color: #0f2740; }
tbody th { text-align: left; font-weight: normal; }
td.mark { text-align: center; font-weight: bold; white-space: nowrap; }
abbr, .id { white-space: nowrap; }
tr.gap th, tr.gap td { background: #fbe9e7; }
.gap-word { font-weight: bold; color: #8a1c0b; }
.vh { position: absolute; width: 1px; height: 1px; overflow: hidden; clip: rect(0 0 0 0); white-space: nowrap; }
.key { max-width: 60rem; }
@media print { body { margin: 0; } table { page-break-inside: auto; } tr { page-break-inside: avoid; } }
";

fn page(title: &str, lang: Lang, body: &str) -> String {
    format!(
        "<!DOCTYPE html>\n<html lang=\"{}\">\n<head>\n<meta charset=\"utf-8\">\n\
         <meta name=\"viewport\" content=\"width=device-width, initial-scale=1\">\n\
         <title>{}</title>\n<style>\n{CSS}</style>\n</head>\n<body>\n<main>\n{body}</main>\n</body>\n</html>\n",
        lang.pick("sv", "en"),
        esc(title)
    )
}

/// A cell of letters, the words beside them for screen readers.
fn mark(rel: Option<&Relations>, lang: Lang) -> String {
    match rel {
        Some(r) if !r.is_empty() => format!(
            "<td class=\"mark\"><span aria-hidden=\"true\">{}</span><span class=\"vh\">{}</span></td>",
            esc(&r.letters(lang)),
            esc(&r.words(lang))
        ),
        _ => "<td class=\"mark\"></td>".to_string(),
    }
}

fn strong(s: &str) -> String {
    format!("<strong>{}</strong>", esc(s))
}

/// The tables of the responsibility matrix, without the page around them: the key, the
/// roles against the processes, a table per process, and the other governed documents.
pub fn responsibility_tables(m: &ResponsibilityMatrix) -> String {
    let lang = m.lang;
    let mut o = String::new();
    let _ = writeln!(
        o,
        "<p class=\"key\">{}: {}.</p>",
        lang.pick("Förklaring", "Key"),
        legend(lang, strong)
    );
    // Roles × processes.
    let _ = writeln!(
        o,
        "<table>\n<caption>{}</caption>\n<thead><tr><th scope=\"col\">{}</th>",
        lang.pick("Roller och processer", "Roles and processes"),
        lang.pick("Roll", "Role")
    );
    for p in &m.processes {
        let _ = write!(
            o,
            "<th scope=\"col\"><abbr title=\"{}\">{}</abbr></th>",
            esc(&p.process.title),
            esc(&p.process.id)
        );
    }
    o.push_str("</tr></thead>\n<tbody>\n");
    for (i, role) in m.roles.iter().enumerate() {
        let cells: Vec<Relations> = m.processes.iter().map(|p| p.summary(i)).collect();
        if cells.iter().all(Relations::is_empty) {
            continue;
        }
        let _ = write!(o, "<tr><th scope=\"row\">{}</th>", esc(&role.name));
        for c in &cells {
            o.push_str(&mark(Some(c), lang));
        }
        o.push_str("</tr>\n");
    }
    o.push_str("</tbody>\n</table>\n");
    for p in &m.processes {
        let roles = p.roles();
        let _ = writeln!(
            o,
            "<table>\n<caption>{} {}</caption>\n<thead><tr><th scope=\"col\">{}</th>",
            esc(&p.process.id),
            esc(&p.process.title),
            lang.pick("Aktivitet", "Activity")
        );
        for &r in &roles {
            let _ = write!(o, "<th scope=\"col\">{}</th>", esc(&m.roles[r].name));
        }
        o.push_str("</tr></thead>\n<tbody>\n");
        let row = |o: &mut String, head: String, r: &Row| {
            let _ = write!(o, "<tr><th scope=\"row\">{head}</th>");
            for &i in &roles {
                o.push_str(&mark(r.of(i), lang));
            }
            o.push_str("</tr>\n");
        };
        row(
            &mut o,
            strong(lang.pick("Processen", "The process")),
            &p.process,
        );
        for (k, a) in p.activities.iter().enumerate() {
            row(
                &mut o,
                format!(
                    "{}. {} (<span class=\"id\">{}</span>)",
                    k + 1,
                    esc(&a.title),
                    esc(&a.id)
                ),
                a,
            );
        }
        o.push_str("</tbody>\n</table>\n");
    }
    if !m.documents.is_empty() {
        let roles = m.document_roles();
        let _ = writeln!(
            o,
            "<table>\n<caption>{}</caption>\n<thead><tr><th scope=\"col\">{}</th>",
            lang.pick("Övriga styrdokument", "Other governed documents"),
            lang.pick("Dokument", "Document")
        );
        for &r in &roles {
            let _ = write!(o, "<th scope=\"col\">{}</th>", esc(&m.roles[r].name));
        }
        o.push_str("</tr></thead>\n<tbody>\n");
        for d in &m.documents {
            let _ = write!(
                o,
                "<tr><th scope=\"row\"><span class=\"id\">{}</span> {} ({})</th>",
                esc(&d.row.id),
                esc(&d.row.title),
                esc(&d.typ.describe(lang))
            );
            for &i in &roles {
                o.push_str(&mark(d.row.of(i), lang));
            }
            o.push_str("</tr>\n");
        }
        o.push_str("</tbody>\n</table>\n");
    }
    o
}

/// The table of the requirement matrix, with its explanation and the list of documents,
/// without the page around them.
pub fn requirement_table(m: &RequirementMatrix) -> String {
    let lang = m.lang;
    let mut o = String::new();
    let gaps = m.rows.iter().filter(|r| r.state == State::Gap).count();
    let _ = writeln!(
        o,
        "<p class=\"key\">{}</p>",
        tr!(
            lang,
            "Varje paragraf och de dokument vars <code>uppfyller</code> anger den (samma som <code>lsk krav</code>). <strong>Lucka</strong>: paragrafen gäller verksamheten men inget gällande dokument uppfyller den. Luckor: {} av {} paragrafer.",
            "Each paragraph and the documents whose <code>uppfyller</code> names it (as <code>lsk krav</code>). <strong>Gap</strong>: the paragraph applies to the service but no document in force meets it. Gaps: {} of {} paragraphs.",
            gaps,
            m.rows.len()
        )
    );
    let groups = used_groups(m);
    let _ = write!(
        o,
        "<table>\n<caption>{}</caption>\n<thead><tr><th scope=\"col\">{}</th><th scope=\"col\">{}</th><th scope=\"col\">{}</th>",
        lang.pick(
            "SOSFS 2011:9: paragrafer och dokument",
            "SOSFS 2011:9: paragraphs and documents"
        ),
        lang.pick("Paragraf", "Paragraph"),
        lang.pick("Rubrik", "Heading"),
        lang.pick("Status", "Status")
    );
    for &g in &groups {
        let _ = write!(
            o,
            "<th scope=\"col\">{}</th>",
            esc(group_name(GROUPS[g], lang))
        );
    }
    o.push_str("</tr></thead>\n<tbody>\n");
    for r in &m.rows {
        let req = r.requirement;
        let gap = r.state == State::Gap;
        let _ = write!(
            o,
            "<tr{}><th scope=\"row\">{}</th><td>{}</td><td>{}</td>",
            if gap { " class=\"gap\"" } else { "" },
            esc(&req.reference()),
            esc(req.heading),
            if gap {
                format!(
                    "<span class=\"gap-word\">{}</span>",
                    esc(r.state.word(lang))
                )
            } else {
                esc(r.state.word(lang))
            }
        );
        for &g in &groups {
            let ids: Vec<String> = r
                .documents
                .iter()
                .map(|&i| &m.documents[i])
                .filter(|d| group_of(d.typ) == g)
                .map(|d| {
                    format!(
                        "<abbr title=\"{}\">{}</abbr>",
                        esc(&d.title),
                        esc(&doc_label(d, lang))
                    )
                })
                .collect();
            let _ = write!(o, "<td>{}</td>", ids.join(", "));
        }
        o.push_str("</tr>\n");
    }
    o.push_str("</tbody>\n</table>\n");
    if !m.documents.is_empty() {
        let _ = writeln!(
            o,
            "<h2>{}</h2>\n<ul>",
            lang.pick("Dokumenten", "The documents")
        );
        for d in &m.documents {
            let _ = writeln!(
                o,
                "<li>{} {} ({})</li>",
                esc(&d.id),
                esc(&d.title),
                esc(&type_word(d.typ, lang))
            );
        }
        o.push_str("</ul>\n");
    }
    o
}

impl Render<ResponsibilityMatrix> for Html {
    fn render(
        &self,
        m: &ResponsibilityMatrix,
        out: &mut dyn std::io::Write,
    ) -> std::io::Result<()> {
        let title = format!(
            "{}: {}",
            m.lang.pick("Ansvarsmatris", "Responsibility matrix"),
            m.organisation
        );
        let body = format!("<h1>{}</h1>\n{}", esc(&title), responsibility_tables(m));
        out.write_all(page(&title, m.lang, &body).as_bytes())
    }
}

impl Render<RequirementMatrix> for Html {
    fn render(&self, m: &RequirementMatrix, out: &mut dyn std::io::Write) -> std::io::Result<()> {
        let title = format!(
            "{}: {}",
            m.lang
                .pick("Kravmatris SOSFS 2011:9", "Requirement matrix SOSFS 2011:9"),
            m.organisation
        );
        let body = format!("<h1>{}</h1>\n{}", esc(&title), requirement_table(m));
        out.write_all(page(&title, m.lang, &body).as_bytes())
    }
}
