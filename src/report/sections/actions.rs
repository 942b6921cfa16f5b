//! Åtgärder: done, open, overdue and cancelled.

use crate::model::obligations::Duty;
use crate::model::{ActionStatus, Kind};
use crate::report::figures::{Input, Part, table};
use crate::report::model::{Block, Fact, Row};

/// Actions: completed in the year with their evaluated effect, open, and overdue.
pub fn actions(input: &Input) -> Part {
    let mut part = Part::default();
    let (mut done, mut open, mut overdue) = (Vec::new(), Vec::new(), Vec::new());
    let mut cancelled = Vec::new();
    let mut plans = Vec::new();
    for doc in input.documents() {
        let Kind::ActionPlan(plan) = &doc.kind else {
            continue;
        };
        plans.push(input.source(doc));
        for a in plan.actions.iter().filter(|a| input.counts(doc, &a.scope)) {
            let text = a
                .description
                .as_ref()
                .map(|d| d.value.clone())
                .unwrap_or_default();
            let due = a.due.as_ref().map(|d| d.value);
            let source = vec![input.source(doc)];
            match a.status() {
                ActionStatus::Done => {
                    let Some(when) = a.completed.as_ref().map(|c| c.value) else {
                        continue;
                    };
                    if !input.in_year(when) {
                        continue;
                    }
                    let effect = a.effect.as_ref().map(|e| e.value.clone());
                    if effect.is_none() {
                        part.missing.push(format!(
                            "Åtgärden {} är klar men effekten är inte utvärderad.",
                            a.id.as_str()
                        ));
                    }
                    done.push(Row {
                        cells: vec![
                            a.id.as_str().into(),
                            text,
                            when.to_string(),
                            effect.unwrap_or_else(|| "ej utvärderad".into()),
                        ],
                        sources: source,
                    });
                }
                ActionStatus::Cancelled => cancelled.push(Row {
                    cells: vec![
                        a.id.as_str().into(),
                        text,
                        due.map_or("–".into(), |d| d.to_string()),
                        a.effect
                            .as_ref()
                            .map_or_else(String::new, |e| e.value.clone()),
                    ],
                    sources: source,
                }),
                status => {
                    let late = due.is_some_and(|d| input.today > d);
                    let row = Row {
                        cells: vec![
                            a.id.as_str().into(),
                            text,
                            due.map_or("–".into(), |d| d.to_string()),
                            status.to_string(),
                            a.responsible
                                .as_ref()
                                .map(|r| input.role_title(r.value.as_str()))
                                .unwrap_or_default(),
                        ],
                        sources: source,
                    };
                    if late {
                        overdue.push(row)
                    } else {
                        open.push(row)
                    }
                }
            }
        }
    }
    part.blocks.push(Block::Facts {
        facts: vec![
            Fact {
                label: format!("Åtgärder genomförda {}", input.year),
                value: done.len().to_string(),
                sources: plans.clone(),
            },
            Fact {
                label: "Pågående eller planerade".into(),
                value: open.len().to_string(),
                sources: plans.clone(),
            },
            Fact {
                label: format!("Försenade per {}", input.today),
                value: overdue.len().to_string(),
                sources: plans.clone(),
            },
        ],
    });
    part.missing.extend(input.missed_lines(&[Duty::Action]));
    if plans.is_empty() {
        part.missing
            .push("Ingen handlingsplan: vilka åtgärder som vidtagits kan inte redovisas.".into());
    }
    if !done.is_empty() {
        part.blocks.push(table(
            "Genomförda åtgärder och deras effekt",
            &["Åtgärd", "Beskrivning", "Genomförd", "Effekt"],
            done,
        ));
    }
    if !open.is_empty() {
        part.blocks.push(table(
            "Pågående och planerade åtgärder",
            &[
                "Åtgärd",
                "Beskrivning",
                "Klart senast",
                "Status",
                "Ansvarig",
            ],
            open,
        ));
    }
    if !overdue.is_empty() {
        part.blocks.push(table(
            "Försenade åtgärder",
            &[
                "Åtgärd",
                "Beskrivning",
                "Klart senast",
                "Status",
                "Ansvarig",
            ],
            overdue,
        ));
    }
    if !cancelled.is_empty() {
        part.blocks.push(table(
            "Avbrutna åtgärder",
            &["Åtgärd", "Beskrivning", "Skulle ha varit klar", "Kommentar"],
            cancelled,
        ));
    }
    part
}
