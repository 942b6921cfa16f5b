//! Riskanalyser of the year and their high risks.

use crate::model::Kind;
use crate::model::obligations::Duty;
use crate::report::figures::{Input, Part, table};
use crate::report::model::{Block, Row};

/// Risk analyses made in the year, with their high risks and where they went.
pub fn risk_analyses(input: &Input) -> Part {
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
        made.push(format!(
            "{} ({}, genomförd {date}, {} risker)",
            doc.header
                .title
                .as_ref()
                .map_or(doc.id(), |t| t.value.as_str()),
            doc.id(),
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
                        "ingen".into()
                    } else {
                        actions.join(", ")
                    },
                    if risk.internal_control.as_ref().is_some_and(|i| i.value) {
                        "ja".into()
                    } else {
                        "nej".into()
                    },
                ],
                sources: vec![input.source(doc)],
            });
        }
    }
    part.missing
        .extend(input.missed_lines(&[Duty::RiskAnalysis]));
    if made.is_empty() {
        part.missing
            .push(format!("Ingen riskanalys genomförd under {}.", input.year));
        return part;
    }
    part.blocks.push(Block::List { items: made });
    if rows.is_empty() {
        part.blocks.push(Block::Text {
            text: "Riskanalyserna bedömde ingen risk som hög.".into(),
        });
    } else {
        part.blocks.push(table(
            "Höga risker och åtgärderna mot dem",
            &[
                "Risk",
                "Beskrivning",
                "Riskvärde",
                "Åtgärder",
                "Internkontroll",
            ],
            rows,
        ));
    }
    part
}
