//! Egenkontroller: planned and performed periods, with results.

use crate::model::obligations::Duty;
use crate::model::{Kind, Period};
use crate::report::figures::{Input, Part, table};
use crate::report::model::Row;

/// The year's self-inspection plan: controls planned and performed, with results.
pub fn self_inspection(input: &Input) -> Part {
    let mut part = Part::default();
    let mut rows = Vec::new();
    let mut any = false;
    for doc in input.documents() {
        let Kind::SelfInspectionPlan(plan) = &doc.kind else {
            continue;
        };
        if plan.year.as_ref().is_none_or(|y| y.value.0 != input.year) {
            continue;
        }
        any = true;
        for control in plan.controls.iter().filter(|k| input.counts(doc, &k.scope)) {
            let Some(freq) = &control.frequency else {
                continue;
            };
            let due: Vec<Period> = freq
                .value
                .periods(input.year)
                .into_iter()
                .filter(|p| p.has_ended(input.today))
                .collect();
            let done = due.iter().filter(|p| control.performed_in(**p)).count();
            let results: Vec<String> = control
                .performed
                .iter()
                .filter(|p| input.in_year(p.date.value))
                .map(|p| {
                    format!(
                        "{}: {}",
                        p.date.value,
                        p.result.as_ref().map_or("", |r| r.value.as_str())
                    )
                })
                .collect();
            rows.push(Row {
                cells: vec![
                    control.id.as_str().to_string(),
                    control
                        .what
                        .as_ref()
                        .map(|w| w.value.clone())
                        .unwrap_or_default(),
                    freq.value.to_string(),
                    format!("{done} av {}", due.len()),
                    results.join("; "),
                ],
                sources: vec![input.source(doc)],
            });
        }
    }
    part.missing.extend(input.missed_lines(&[Duty::Control]));
    if !any {
        part.missing
            .push(format!("Ingen egenkontrollplan för {}.", input.year));
        return part;
    }
    part.blocks.push(table(
        "Egenkontroller: planerade och utförda perioder, med resultat",
        &["Kontroll", "Vad", "Frekvens", "Utförda", "Resultat"],
        rows,
    ));
    part
}
