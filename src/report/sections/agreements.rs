//! Samverkan: agreements and their follow-ups.

use crate::model::Kind;
use crate::model::obligations::Duty;
use crate::report::figures::{Input, Part, table};
use crate::report::model::Row;

/// Collaboration agreements and whether they were followed up in the year.
pub fn agreements(input: &Input) -> Part {
    let mut part = Part::default();
    let mut rows = Vec::new();
    for doc in input.documents() {
        let Kind::Agreement(a) = &doc.kind else {
            continue;
        };
        let last = a.last_followed_up.as_ref().map(|d| d.value);
        let followed = last.is_some_and(|d| input.in_year(d));
        rows.push(Row {
            cells: vec![
                doc.id().to_string(),
                a.party
                    .as_ref()
                    .map(|p| p.value.clone())
                    .unwrap_or_default(),
                last.map_or("aldrig".into(), |d| d.to_string()),
                if followed { "ja".into() } else { "nej".into() },
            ],
            sources: vec![input.source(doc)],
        });
    }
    part.missing
        .extend(input.missed_lines(&[Duty::Collaboration]));
    if !rows.is_empty() {
        part.blocks.push(table(
            "Samverkansöverenskommelser",
            &[
                "Överenskommelse",
                "Part",
                "Senast uppföljd",
                &format!("Uppföljd {}", input.year),
            ],
            rows,
        ));
    }
    part
}
