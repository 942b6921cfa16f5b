//! The processes and routines in force, with their decisions.

use crate::model::{DocType, Document, Status};
use crate::report::figures::{Input, Part, table};
use crate::report::model::Row;

/// The governing documents in force for the report's scope (in the
/// patientsäkerhetsberättelse: those for health care, or for every area), with their
/// decisions: processes first, then routines, checklists and guidelines.
pub fn governing(input: &Input) -> Part {
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
                d.typ().to_string(),
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
        part.missing
            .push("Inga gällande processer eller rutiner för verksamheten.".into());
    } else {
        part.blocks.push(table(
            "Gällande processer och rutiner",
            &["Typ", "Id", "Titel", "Fastställd", "Beslutad av"],
            rows,
        ));
    }
    part
}
