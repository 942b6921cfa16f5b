//! `--format md`: what a coordinator reads on a Monday morning — overdue first, then what
//! comes, each with date, what, document and owner.

use std::fmt::Write;

use crate::due::{DueList, Item};
use crate::lang::days;
use crate::output::Render;
use crate::tr;

pub struct Markdown;

/// A table cell: no line breaks, `|` escaped.
fn cell(s: &str) -> String {
    s.replace('|', "\\|").replace(['\n', '\r'], " ")
}

fn table(out: &mut String, list: &DueList, items: &[&Item]) {
    let lang = list.lang;
    let _ = writeln!(
        out,
        "| {} | {} | {} | {} |\n| --- | --- | --- | --- |",
        lang.pick("Datum", "Date"),
        lang.pick("Vad", "What"),
        lang.pick("Dokument", "Document"),
        lang.pick("Ansvarig", "Owner"),
    );
    for item in items {
        let delta = list.today.days_until(item.date);
        let when = match delta {
            0 => lang.pick("i dag", "today").to_string(),
            d if d < 0 => tr!(lang, "{} sedan", "{} ago", days(lang, -d)),
            d => tr!(lang, "om {}", "in {}", days(lang, d)),
        };
        let document = match (&item.document, &item.file, item.line) {
            (Some(id), Some(file), Some(line)) => format!("{id} ({file}:{line})"),
            (Some(id), _, _) => id.clone(),
            _ => "–".to_string(),
        };
        let _ = writeln!(
            out,
            "| {} ({}) | {}: {} | {} | {} |",
            item.date,
            when,
            item.kind.label(lang),
            cell(&item.what),
            cell(&document),
            cell(item.owner.as_deref().unwrap_or("–")),
        );
    }
}

impl Render<DueList> for Markdown {
    fn render(&self, list: &DueList, out: &mut dyn std::io::Write) -> std::io::Result<()> {
        out.write_all(self.text(list).as_bytes())
    }
}

impl Markdown {
    fn text(&self, list: &DueList) -> String {
        let lang = list.lang;
        let mut out = String::new();
        let _ = writeln!(
            out,
            "# {} – {}\n",
            lang.pick("Att göra", "Due"),
            cell(&list.organisation)
        );
        let owner = list
            .owner
            .as_ref()
            .map(|o| tr!(lang, ", ansvarig {}", ", owner {}", o))
            .unwrap_or_default();
        let _ = writeln!(
            out,
            "{}\n",
            tr!(
                lang,
                "Per {}: försenat och det som förfaller inom {}{}.",
                "As of {}: overdue and due within {}{}.",
                list.today,
                days(lang, list.within as i32),
                owner
            )
        );
        let (overdue, coming): (Vec<&Item>, Vec<&Item>) =
            list.items.iter().partition(|i| i.is_overdue(list.today));
        if list.items.is_empty() {
            let _ = writeln!(out, "{}", lang.pick("Inget att göra.", "Nothing due."));
            return out;
        }
        for (title_sv, title_en, items) in [
            ("Försenat", "Overdue", &overdue),
            ("Kommande", "Coming", &coming),
        ] {
            if items.is_empty() {
                continue;
            }
            let _ = writeln!(
                out,
                "## {} ({})\n",
                lang.pick(title_sv, title_en),
                items.len()
            );
            table(&mut out, list, items);
            out.push('\n');
        }
        out
    }
}
