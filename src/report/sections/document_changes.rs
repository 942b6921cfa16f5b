//! Governed documents created, decided, changed, moved and repealed, from git.

use std::collections::BTreeMap;

use crate::control::changes::{What, changes};
use crate::model::{Date, DocType};
use crate::report::figures::{Input, Part, table};
use crate::report::model::{Block, Row, Source};

/// Governed documents created, revised, renamed and repealed in the year, from git.
pub fn document_changes(input: &Input) -> Part {
    let mut part = Part::default();
    let (Some(history), Some(contents)) = (input.history, input.contents) else {
        part.missing.push("Ingen git-historik: vilka styrdokument som skapades, reviderades, flyttades och upphävdes kan inte visas.".into());
        return part;
    };
    let since = Date::new(input.year, 1, 1).expect("1 January");
    if history.ensure_covers(since).is_err() {
        part.missing.push(format!("Git-historiken når inte tillbaka till {since} (grund klon); ändringarna under året kan inte visas fullständigt."));
        return part;
    }
    let list = changes(input.repo, history, contents, since, input.cutoff());
    let mut counts: BTreeMap<DocType, [usize; 5]> = BTreeMap::new();
    let mut rows = Vec::new();
    let mut imported: Vec<Date> = Vec::new();
    for c in list.iter().filter(|c| c.typ.is_governed()) {
        let (i, label) = match &c.what {
            // The import into git is one event, not a year of new documents.
            What::Imported => {
                imported.push(c.date);
                continue;
            }
            What::Created => (0, "ny".to_string()),
            What::Revised { times: 1 } => (1, "nytt beslut".to_string()),
            What::Revised { times } => (1, format!("nytt beslut ({times} gånger)")),
            What::ChangedWithoutDecision { times: 1 } => (2, "ändrad utan nytt beslut".to_string()),
            What::ChangedWithoutDecision { times } => {
                (2, format!("ändrad utan nytt beslut ({times} gånger)"))
            }
            What::Renamed { from, .. } => (3, format!("flyttad från {from}")),
            What::Repealed | What::Deleted => (
                4,
                if c.what == What::Deleted {
                    "borttagen".into()
                } else {
                    "upphävd".into()
                },
            ),
        };
        counts.entry(c.typ).or_default()[i] += 1;
        rows.push(Row {
            cells: vec![
                c.date.to_string(),
                c.typ.to_string(),
                c.id.clone().unwrap_or_default(),
                c.title.clone().unwrap_or_default(),
                label,
            ],
            sources: vec![Source {
                document: c.id.clone().unwrap_or_default(),
                file: c.path.clone(),
            }],
        });
    }
    let summary: Vec<Row> = counts
        .iter()
        .map(|(t, n)| Row {
            cells: vec![
                t.to_string(),
                n[0].to_string(),
                n[1].to_string(),
                n[2].to_string(),
                n[3].to_string(),
                n[4].to_string(),
            ],
            sources: vec![],
        })
        .collect();
    if let Some(first) = imported.iter().min() {
        part.blocks.push(Block::Text {
            text: format!(
                "{} styrdokument infördes i förrådet {first} (git-historikens början); de räknas inte som nya.",
                imported.len()
            ),
        });
    }
    if summary.is_empty() {
        part.blocks.push(Block::Text { text: format!("Inga styrdokument skapades, reviderades, flyttades eller upphävdes under {} enligt git-historiken.", input.year) });
    } else {
        part.blocks.push(table(
            "Styrdokument under året (ur git)",
            &[
                "Typ",
                "Nya",
                "Nya beslut",
                "Ändrade utan nytt beslut",
                "Flyttade",
                "Upphävda",
            ],
            summary,
        ));
        part.blocks.push(table(
            "Ändringar i styrdokument",
            &["Datum", "Typ", "Id", "Titel", "Ändring"],
            rows,
        ));
    }
    part
}
