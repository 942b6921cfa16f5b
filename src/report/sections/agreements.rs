//! Samverkan: agreements and their follow-ups.

use crate::model::Kind;
use crate::model::obligations::Duty;
use crate::report::figures::{Input, Part, table};
use crate::report::model::Row;
use crate::tr;

/// Collaboration agreements and whether they were followed up in the year.
pub fn agreements(input: &Input) -> Part {
    let lang = input.lang();
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
                last.map_or(lang.pick("aldrig", "never").into(), |d| d.to_string()),
                crate::report::figures::yes_no(lang, followed),
            ],
            sources: vec![input.source(doc)],
        });
    }
    part.missing
        .extend(input.missed_lines(&[Duty::Collaboration]));
    if !rows.is_empty() {
        let followed = tr!(lang, "Uppföljd {}", "Followed up {}", input.year);
        part.blocks.push(table(
            lang.pick("Samverkansöverenskommelser", "Collaboration agreements"),
            &lang.pick(
                ["Överenskommelse", "Part", "Senast uppföljd", &followed],
                ["Agreement", "Party", "Last followed up", &followed],
            ),
            rows,
        ));
    }
    part
}
