//! Sammanställning och analys: follow-ups' analyses and the kvalitetsråd's decisions.

use crate::model::{Area, Document, Kind, Period};
use crate::report::figures::{Input, Part};
use crate::report::model::Block;
use crate::tr;

/// Sammanställning och analys: each follow-up's `analys`, and what the quality councils
/// of the year decided (the `**Beslut:**` passages of their minutes).
pub fn analysis(input: &Input) -> Part {
    let lang = input.lang();
    let mut part = Part::default();
    let mut follow_ups: Vec<(Period, &Document, Option<String>)> = input
        .documents()
        .filter_map(|d| match &d.kind {
            Kind::FollowUp(f) => f
                .period
                .as_ref()
                .filter(|p| p.value.year() == input.year)
                .map(|p| (p.value, d, f.analysis.as_ref().map(|a| a.value.clone()))),
            _ => None,
        })
        .collect();
    follow_ups.sort_by_key(|(p, d, _)| (*p, d.id().to_string()));
    // A follow-up's analysis is prose about the whole service: in a
    // patientsäkerhetsberättelse of a service with more than health care it would carry
    // socialtjänst matters, so it is left to the berättelseunderlag there.
    let whole_service = |d: &Document| {
        !crate::model::concerns(&d.scope_of(&[]), Area::Hsl)
            || d.header.scope.is_empty() && input.beyond_health_care()
    };
    if input.hsl_only && follow_ups.iter().any(|(_, d, _)| whole_service(d)) {
        follow_ups.retain(|(_, d, _)| !whole_service(d));
        part.blocks.push(Block::Text {
            text: lang.pick(
                "Tertialuppföljningarnas analyser gäller hela verksamheten och återges därför inte här; analysen av patientsäkerhetsarbetet står i berättelseunderlaget.",
                "The follow-ups' analyses cover the whole service and are therefore not given here; the analysis of patient safety work is in the report material.",
            ).into(),
        });
    }
    // Prose, not a fact: an analysis is paragraphs, not a figure.
    for (period, doc, analysis) in &follow_ups {
        match analysis {
            Some(text) => part.blocks.push(Block::Prose {
                markdown: tr!(
                    lang,
                    "**Analys, {}.** {}",
                    "**Analysis, {}.** {}",
                    period.words(lang),
                    text.split_whitespace().collect::<Vec<_>>().join(" ")
                ),
                source: input.source(doc),
            }),
            None => part.missing.push(tr!(
                lang,
                "Uppföljningen {} ({}) saknar `analys`.",
                "Follow-up {} ({}) has no `analys`.",
                doc.id(),
                period.words(lang)
            )),
        }
    }
    let mut decisions = Vec::new();
    for (date, doc) in input.councils_held() {
        let body = doc
            .body
            .map(|b| input.repo.file_of(doc).slice(b))
            .unwrap_or_default();
        let found = council_decisions(body);
        if found.is_empty() {
            part.missing.push(tr!(
                lang,
                "Protokollet från kvalitetsrådet {} ({}) anger inga beslut (skriv dem efter **Beslut:**).",
                "The minutes of the quality council {} ({}) record no decisions (write them after **Beslut:**).",
                date,
                doc.id()
            ));
        }
        for decision in found {
            decisions.push(format!("{date}: {decision} ({})", doc.id()));
        }
    }
    if !decisions.is_empty() {
        part.blocks.push(Block::Heading {
            text: lang
                .pick(
                    "Beslut i kvalitetsråden",
                    "Decisions of the quality councils",
                )
                .into(),
            swedish: None,
        });
        part.blocks.push(Block::List { items: decisions });
    }
    part
}

/// The decisions in a council's minutes: the text after each "Beslut:" to the end of its
/// paragraph, with Markdown emphasis and line breaks removed.
fn council_decisions(body: &str) -> Vec<String> {
    let mut out = Vec::new();
    for paragraph in body.split("\n\n") {
        let flat = paragraph.split_whitespace().collect::<Vec<_>>().join(" ");
        let mut rest = flat.as_str();
        while let Some(i) = rest.find("Beslut:") {
            let after = rest[i + "Beslut:".len()..].trim_start_matches('*').trim();
            let end = after.find("Beslut:").unwrap_or(after.len());
            let text = after[..end].trim().trim_end_matches('*').trim();
            if !text.is_empty() {
                out.push(text.to_string());
            }
            rest = &after[end..];
        }
    }
    out
}
