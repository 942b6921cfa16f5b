//! Kvalitetsmål and their indicators.

use crate::model::{Better, Kind};
use crate::report::figures::{Input, Part, table, yes_no};
use crate::report::model::Row;
use crate::tr;

/// The year's quality goals: every indicator with target, outcome and whether it was met.
pub fn goals(input: &Input) -> Part {
    let lang = input.lang();
    let mut part = Part::default();
    let mut rows = Vec::new();
    let mut any = false;
    for doc in input.documents() {
        let Kind::QualityGoals(g) = &doc.kind else {
            continue;
        };
        if g.year.as_ref().is_none_or(|y| y.value.0 != input.year) {
            continue;
        }
        any = true;
        for goal in g.goals.iter().filter(|goal| input.counts(doc, &goal.scope)) {
            // An indicator without its own scope has its goal's.
            let own = |ind: &crate::model::Indicator| {
                if ind.scope.is_empty() {
                    goal.scope.clone()
                } else {
                    ind.scope.clone()
                }
            };
            for ind in goal
                .indicators
                .iter()
                .filter(|i| input.counts(doc, &own(i)))
            {
                let name = ind
                    .name
                    .as_ref()
                    .map(|n| n.value.clone())
                    .unwrap_or_default();
                // "60 antal" says nothing "60" does not.
                let unit = ind
                    .unit
                    .as_ref()
                    .filter(|u| !u.value.eq_ignore_ascii_case("antal"))
                    .map(|u| format!(" {}", u.value))
                    .unwrap_or_default();
                let target = ind.target.as_ref().map(|t| t.value);
                let outcome = ind.outcome.as_ref().map(|o| o.value);
                let better = ind.better.as_ref().map_or(Better::Higher, |b| b.value);
                let met = match (target, outcome) {
                    (Some(t), Some(o)) => yes_no(
                        lang,
                        (better == Better::Higher && o >= t) || (better == Better::Lower && o <= t),
                    ),
                    _ => {
                        part.missing.push(tr!(
                            lang,
                            "Indikatorn \"{}\" ({}) saknar utfall.",
                            "Indicator \"{}\" ({}) has no outcome.",
                            name,
                            goal.id.as_str()
                        ));
                        lang.pick("utfall saknas", "no outcome").into()
                    }
                };
                let num = |v: Option<f64>| v.map_or("–".to_string(), |x| format!("{x}{unit}"));
                rows.push(Row {
                    cells: vec![
                        goal.title
                            .as_ref()
                            .map_or(goal.id.as_str().to_string(), |t| t.value.clone()),
                        name,
                        num(target),
                        num(outcome),
                        better.describe(lang),
                        met,
                    ],
                    sources: vec![input.source(doc)],
                });
            }
        }
    }
    if !any {
        part.missing.push(tr!(
            lang,
            "Inga kvalitetsmål för {}.",
            "No quality goals for {}.",
            input.year
        ));
        return part;
    }
    part.blocks.push(table(
        lang.pick("Mål och indikatorer", "Goals and indicators"),
        &lang.pick(
            [
                "Mål",
                "Indikator",
                "Målvärde",
                "Utfall",
                "Bättre",
                "Uppfyllt",
            ],
            ["Goal", "Indicator", "Target", "Outcome", "Better", "Met"],
        ),
        rows,
    ));
    part
}
