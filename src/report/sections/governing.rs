//! The processes and routines in force, with their decisions.

use crate::model::{DocType, Document, Status};
use crate::report::figures::{Input, Part, table};
use crate::report::model::Row;

/// The governing documents in force for the report's scope (in the
/// patientsäkerhetsberättelse: those for health care, or for every area), with their
/// decisions: processes first, then routines, checklists and guidelines.
pub fn governing(input: &Input) -> Part {
    let lang = input.lang();
    let mut part = Part::default();
    let mut docs: Vec<&Document> = input
        .documents()
        .filter(|d| {
            d.status() == Status::InForce
                && matches!(
                    d.typ(),
                    DocType::Process | DocType::Routine | DocType::Checklist | DocType::Guideline
                )
        })
        .collect();
    docs.sort_by_key(|d| (d.typ(), d.id().to_string()));
    let rows: Vec<Row> = docs
        .iter()
        .map(|d| Row {
            cells: vec![
                d.typ().describe(lang),
                d.id().to_string(),
                d.header
                    .title
                    .as_ref()
                    .map_or_else(String::new, |t| t.value.clone()),
                d.header
                    .decided
                    .as_ref()
                    .map_or("–".into(), |x| x.value.to_string()),
                d.header
                    .decided_by
                    .as_ref()
                    .map_or("–".into(), |x| input.role_title(x.value.as_str())),
            ],
            sources: vec![input.source(d)],
        })
        .collect();
    if rows.is_empty() {
        part.missing.push(
            lang.pick(
                "Inga gällande processer eller rutiner för verksamheten.",
                "No processes or routines in force for the service.",
            )
            .into(),
        );
    } else {
        part.blocks.push(table(
            lang.pick(
                "Gällande processer och rutiner",
                "Processes and routines in force",
            ),
            &lang.pick(
                ["Typ", "Id", "Titel", "Fastställd", "Beslutad av"],
                ["Type", "Id", "Title", "Approved", "Decided by"],
            ),
            rows,
        ));
    }
    part
}
