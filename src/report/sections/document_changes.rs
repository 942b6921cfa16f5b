//! Governed documents created, decided, changed, moved and repealed, from git.

use std::collections::BTreeMap;

use crate::control::changes::{What, changes};
use crate::model::{Date, DocType};
use crate::report::figures::{Input, Part, table};
use crate::report::model::{Block, Row, Source};
use crate::tr;

/// Governed documents created, revised, renamed and repealed in the year, from git.
pub fn document_changes(input: &Input) -> Part {
    let lang = input.lang();
    let mut part = Part::default();
    let (Some(history), Some(contents)) = (input.history, input.contents) else {
        part.missing.push(lang.pick(
            "Ingen git-historik: vilka styrdokument som skapades, reviderades, flyttades och upphävdes kan inte visas.",
            "No git history: which governing documents were created, revised, moved and repealed cannot be shown.",
        ).into());
        return part;
    };
    let since = Date::new(input.year, 1, 1).expect("1 January");
    if history.ensure_covers(since).is_err() {
        part.missing.push(tr!(
            lang,
            "Git-historiken når inte tillbaka till {} (grund klon); ändringarna under året kan inte visas fullständigt.",
            "The git history does not reach back to {} (shallow clone); the year's changes cannot be shown in full.",
            since
        ));
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
            What::Created => (0, lang.pick("ny", "new").to_string()),
            What::Revised { times: 1 } => (1, lang.pick("nytt beslut", "new decision").into()),
            What::Revised { times } => (
                1,
                tr!(
                    lang,
                    "nytt beslut ({} gånger)",
                    "new decision ({} times)",
                    times
                ),
            ),
            What::ChangedWithoutDecision { times: 1 } => (
                2,
                lang.pick("ändrad utan nytt beslut", "changed without a new decision")
                    .into(),
            ),
            What::ChangedWithoutDecision { times } => (
                2,
                tr!(
                    lang,
                    "ändrad utan nytt beslut ({} gånger)",
                    "changed without a new decision ({} times)",
                    times
                ),
            ),
            What::Renamed { from, .. } => (3, tr!(lang, "flyttad från {}", "moved from {}", from)),
            What::Repealed | What::Deleted => (
                4,
                if c.what == What::Deleted {
                    lang.pick("borttagen", "deleted").into()
                } else {
                    lang.pick("upphävd", "repealed").into()
                },
            ),
        };
        counts.entry(c.typ).or_default()[i] += 1;
        rows.push(Row {
            cells: vec![
                c.date.to_string(),
                c.typ.describe(lang),
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
                t.describe(lang),
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
            text: tr!(
                lang,
                "{} styrdokument infördes i förrådet {} (git-historikens början); de räknas inte som nya.",
                "{} governing documents were brought into the repository on {} (the start of the git history); they are not counted as new.",
                imported.len(),
                first
            ),
        });
    }
    if summary.is_empty() {
        part.blocks.push(Block::Text {
            text: tr!(
                lang,
                "Inga styrdokument skapades, reviderades, flyttades eller upphävdes under {} enligt git-historiken.",
                "No governing documents were created, revised, moved or repealed in {} according to the git history.",
                input.year
            ),
        });
    } else {
        part.blocks.push(table(
            lang.pick(
                "Styrdokument under året (ur git)",
                "Governing documents during the year (from git)",
            ),
            &lang.pick(
                [
                    "Typ",
                    "Nya",
                    "Nya beslut",
                    "Ändrade utan nytt beslut",
                    "Flyttade",
                    "Upphävda",
                ],
                [
                    "Type",
                    "New",
                    "New decisions",
                    "Changed without a new decision",
                    "Moved",
                    "Repealed",
                ],
            ),
            summary,
        ));
        part.blocks.push(table(
            lang.pick("Ändringar i styrdokument", "Changes to governing documents"),
            &lang.pick(
                ["Datum", "Typ", "Id", "Titel", "Ändring"],
                ["Date", "Type", "Id", "Title", "Change"],
            ),
            rows,
        ));
    }
    part
}
