//! The coordinator's text (berättelseunderlag): prose by heading, the Sammanfattning, the cover and the attachments.

use crate::model::{Document, Kind, Status};
use crate::report::Section;
use crate::report::figures::Input;
use crate::report::model::{Block, Fact, Source};
use crate::tr;

/// The coordinator's prose for the report: `berättelseunderlag` of the year and kind, split
/// at its `##` headings. Returns (heading, markdown, source) in document order.
pub fn prose(input: &Input, kind: crate::model::ReportKind) -> Vec<(String, String, Source)> {
    let mut out = Vec::new();
    for (doc, _) in underlag(input, kind) {
        let body = doc
            .body
            .map(|b| input.repo.file_of(doc).slice(b))
            .unwrap_or_default();
        let mut heading: Option<String> = None;
        let mut text = String::new();
        let mut flush = |heading: &Option<String>, text: &mut String| {
            if let Some(h) = heading
                && !text.trim().is_empty()
            {
                out.push((h.clone(), text.trim().to_string(), input.source(doc)));
            }
            text.clear();
        };
        for line in body.lines() {
            if let Some(h) = line.strip_prefix("## ") {
                flush(&heading, &mut text);
                heading = Some(h.trim().to_string());
            } else if heading.is_some() {
                text.push_str(line);
                text.push('\n');
            }
        }
        flush(&heading, &mut text);
    }
    out
}

/// The berättelseunderlag documents for this report and year.
fn underlag<'a>(
    input: &'a Input,
    kind: crate::model::ReportKind,
) -> Vec<(&'a Document, &'a crate::model::ReportText)> {
    input
        .repo
        .documents
        .iter()
        .filter(|d| d.status() != Status::Repealed)
        .filter_map(|d| match &d.kind {
            Kind::ReportText(t)
                if t.year.as_ref().is_some_and(|y| y.value.0 == input.year)
                    && t.report.as_ref().is_some_and(|r| r.value == kind) =>
            {
                Some((d, &**t))
            }
            _ => None,
        })
        .collect()
}

/// The cover's details: who is responsible (`functions`, e.g. the MAS), and from the
/// berättelseunderlag the decision (`fastställd`, `beslutad_av`) and the diarienummer.
pub fn cover(
    input: &Input,
    kind: crate::model::ReportKind,
    functions: &[crate::model::Function],
) -> Vec<Fact> {
    let mut facts = Vec::new();
    if let Some(role) = input.repo.role_with(functions) {
        facts.push(Fact {
            label: input.lang().pick("Ansvarig", "Responsible").into(),
            value: input.role_title(&role),
            sources: vec![],
        });
    }
    for (doc, text) in underlag(input, kind) {
        if let (Some(date), Some(by)) = (&doc.header.decided, &doc.header.decided_by) {
            facts.push(Fact {
                label: input.lang().pick("Beslut", "Decision").into(),
                value: format!("{} {}", input.role_title(by.value.as_str()), date.value),
                sources: vec![input.source(doc)],
            });
        }
        if let Some(n) = &text.case_number {
            facts.push(Fact {
                label: input.lang().pick("Diarienummer", "Reference number").into(),
                value: n.value.clone(),
                sources: vec![input.source(doc)],
            });
        }
    }
    facts
}

/// The attachments the berättelseunderlag lists (`bilagor`), as a section; `None` when
/// there are none.
pub fn attachments(input: &Input, kind: crate::model::ReportKind) -> Option<Section> {
    let mut items = Vec::new();
    for (_, text) in underlag(input, kind) {
        for a in &text.attachments {
            let title = a.title.as_ref().map_or("", |t| t.value.as_str());
            items.push(match &a.file {
                Some(f) => format!("{title} ({})", f.value),
                None => title.to_string(),
            });
        }
    }
    if items.is_empty() {
        return None;
    }
    let mut section = Section::titled(input.lang(), "bilagor", "Bilagor", "Attachments");
    section.push(Block::List { items });
    Some(section)
}

/// The Sammanfattning section, first in a report: the berättelseunderlag's text under
/// the heading "Sammanfattning", taken out of `texts`; or a line saying it is missing.
pub fn summary(
    input: &Input,
    texts: &mut Vec<(String, String, Source)>,
    missing: &mut Vec<(String, Vec<String>)>,
) -> Section {
    let lang = input.lang();
    let mut section = Section::titled(lang, "sammanfattning", "Sammanfattning", "Summary");
    texts.retain(|(h, md, src)| {
        if section.is_titled(h) {
            section.push(Block::Prose {
                markdown: md.clone(),
                source: src.clone(),
            });
            false
        } else {
            true
        }
    });
    if section.blocks.is_empty() {
        section.text(lang.pick("Underlag saknas.", "No material."));
        missing.push((
            section.title.clone(),
            vec![tr!(
                lang,
                "Ingen sammanfattning i berättelseunderlaget för {} (rubriken \"Sammanfattning\").",
                "No summary in the report material for {} (the heading \"Summary\" or \"Sammanfattning\").",
                input.year
            )],
        ));
    }
    section
}
