//! Åtgärder: done, open, overdue and cancelled.

use crate::model::obligations::Duty;
use crate::model::{ActionStatus, Kind};
use crate::report::figures::{Input, Part, table};
use crate::report::model::{Block, Fact, Row};
use crate::tr;

/// Actions: completed in the year with their evaluated effect, open, and overdue.
pub fn actions(input: &Input) -> Part {
    let lang = input.lang();
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
                        part.missing.push(tr!(
                            lang,
                            "Åtgärden {} är klar men effekten är inte utvärderad.",
                            "Action {} is done but its effect has not been evaluated.",
                            a.id.as_str()
                        ));
                    }
                    done.push(Row {
                        cells: vec![
                            a.id.as_str().into(),
                            text,
                            when.to_string(),
                            effect.unwrap_or_else(|| {
                                lang.pick("ej utvärderad", "not evaluated").into()
                            }),
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
                            status.describe(lang),
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
                label: tr!(
                    lang,
                    "Åtgärder genomförda {}",
                    "Actions completed {}",
                    input.year
                ),
                value: done.len().to_string(),
                sources: plans.clone(),
            },
            Fact {
                label: lang
                    .pick("Pågående eller planerade", "Ongoing or planned")
                    .into(),
                value: open.len().to_string(),
                sources: plans.clone(),
            },
            Fact {
                label: tr!(lang, "Försenade per {}", "Overdue on {}", input.today),
                value: overdue.len().to_string(),
                sources: plans.clone(),
            },
        ],
    });
    part.missing.extend(input.missed_lines(&[Duty::Action]));
    if plans.is_empty() {
        part.missing.push(
            lang.pick(
                "Ingen handlingsplan: vilka åtgärder som vidtagits kan inte redovisas.",
                "No action plan: the actions taken cannot be reported.",
            )
            .into(),
        );
    }
    if !done.is_empty() {
        part.blocks.push(table(
            lang.pick(
                "Genomförda åtgärder och deras effekt",
                "Completed actions and their effect",
            ),
            &lang.pick(
                ["Åtgärd", "Beskrivning", "Genomförd", "Effekt"],
                ["Action", "Description", "Completed", "Effect"],
            ),
            done,
        ));
    }
    if !open.is_empty() {
        part.blocks.push(table(
            lang.pick(
                "Pågående och planerade åtgärder",
                "Ongoing and planned actions",
            ),
            &open_headers(lang),
            open,
        ));
    }
    if !overdue.is_empty() {
        part.blocks.push(table(
            lang.pick("Försenade åtgärder", "Overdue actions"),
            &open_headers(lang),
            overdue,
        ));
    }
    if !cancelled.is_empty() {
        part.blocks.push(table(
            lang.pick("Avbrutna åtgärder", "Cancelled actions"),
            &lang.pick(
                ["Åtgärd", "Beskrivning", "Skulle ha varit klar", "Kommentar"],
                ["Action", "Description", "Was due", "Comment"],
            ),
            cancelled,
        ));
    }
    part
}

fn open_headers(lang: crate::lang::Lang) -> [&'static str; 5] {
    lang.pick(
        [
            "Åtgärd",
            "Beskrivning",
            "Klart senast",
            "Status",
            "Ansvarig",
        ],
        ["Action", "Description", "Due", "Status", "Responsible"],
    )
}
