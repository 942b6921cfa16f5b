//! Egenkontroller: planned and performed periods, with results.

use crate::model::obligations::Duty;
use crate::model::{Kind, Period};
use crate::report::figures::{Input, Part, table};
use crate::report::model::Row;
use crate::tr;

/// The year's self-inspection plan: controls planned and performed, with results.
pub fn self_inspection(input: &Input) -> Part {
    let lang = input.lang();
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
                    freq.value.describe(lang),
                    tr!(lang, "{} av {}", "{} of {}", done, due.len()),
                    results.join("; "),
                ],
                sources: vec![input.source(doc)],
            });
        }
    }
    part.missing.extend(input.missed_lines(&[Duty::Control]));
    if !any {
        part.missing.push(tr!(
            lang,
            "Ingen egenkontrollplan för {}.",
            "No self-inspection plan for {}.",
            input.year
        ));
        return part;
    }
    part.blocks.push(table(
        lang.pick(
            "Egenkontroller: planerade och utförda perioder, med resultat",
            "Self-inspections: periods planned and performed, with results",
        ),
        &lang.pick(
            ["Kontroll", "Vad", "Frekvens", "Utförda", "Resultat"],
            ["Control", "What", "Frequency", "Performed", "Result"],
        ),
        rows,
    ));
    part
}
