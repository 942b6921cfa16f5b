//! Riskanalyser of the year and their high risks.

use crate::model::Kind;
use crate::model::obligations::Duty;
use crate::report::figures::{Input, Part, table, yes_no};
use crate::report::model::{Block, Row};
use crate::tr;

/// Risk analyses made in the year, with their high risks and where they went.
pub fn risk_analyses(input: &Input) -> Part {
    let lang = input.lang();
    let mut part = Part::default();
    let c = &input.repo.config;
    let mut rows = Vec::new();
    let mut made = Vec::new();
    for doc in input.documents() {
        let Kind::RiskAnalysis(r) = &doc.kind else {
            continue;
        };
        let Some(date) = r.performed.as_ref().map(|d| d.value) else {
            continue;
        };
        if !input.in_year(date) {
            continue;
        }
        made.push(tr!(
            lang,
            "{} ({}, genomförd {}, {} risker)",
            "{} ({}, performed {}, {} risks)",
            doc.header
                .title
                .as_ref()
                .map_or(doc.id(), |t| t.value.as_str()),
            doc.id(),
            date,
            r.risks
                .iter()
                .filter(|k| input.counts(doc, &k.scope))
                .count()
        ));
        for risk in r
            .risks
            .iter()
            .filter(|k| input.counts(doc, &k.scope))
            .filter(|k| k.is_high(c.high_risk_from, c.high_risk_consequence))
        {
            let actions: Vec<&str> = risk.actions.iter().map(|a| a.as_str()).collect();
            rows.push(Row {
                cells: vec![
                    risk.id.as_str().to_string(),
                    risk.description
                        .as_ref()
                        .map(|d| d.value.clone())
                        .unwrap_or_default(),
                    risk.value().map_or("–".into(), |v| v.to_string()),
                    if actions.is_empty() {
                        lang.pick("ingen", "none").into()
                    } else {
                        actions.join(", ")
                    },
                    yes_no(
                        lang,
                        risk.internal_control.as_ref().is_some_and(|i| i.value),
                    ),
                ],
                sources: vec![input.source(doc)],
            });
        }
    }
    part.missing
        .extend(input.missed_lines(&[Duty::RiskAnalysis]));
    if made.is_empty() {
        part.missing.push(tr!(
            lang,
            "Ingen riskanalys genomförd under {}.",
            "No risk analysis performed in {}.",
            input.year
        ));
        return part;
    }
    part.blocks.push(Block::List { items: made });
    if rows.is_empty() {
        part.blocks.push(Block::Text {
            text: lang
                .pick(
                    "Riskanalyserna bedömde ingen risk som hög.",
                    "The risk analyses judged no risk to be high.",
                )
                .into(),
        });
    } else {
        part.blocks.push(table(
            lang.pick(
                "Höga risker och åtgärderna mot dem",
                "High risks and the actions against them",
            ),
            &lang.pick(
                [
                    "Risk",
                    "Beskrivning",
                    "Riskvärde",
                    "Åtgärder",
                    "Internkontroll",
                ],
                [
                    "Risk",
                    "Description",
                    "Risk value",
                    "Actions",
                    "Internal control",
                ],
            ),
            rows,
        ));
    }
    part
}
