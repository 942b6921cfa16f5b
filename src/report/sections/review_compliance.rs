//! Reviews that fell due in the year: in time, late or missed.

use crate::model::obligations::{Duty, review_due};
use crate::model::{Date, Status};
use crate::report::figures::{Input, Part};
use crate::report::model::{Block, Fact, Source};
use crate::tr;

/// Reviews that fell due in the year: made in time, late, or not at all, from the
/// document's decisions over time (`fastställd` and `revideras_senast` in each version).
pub fn review_compliance(input: &Input) -> Part {
    let lang = input.lang();
    let mut part = Part::default();
    let (in_time, late, missed) = (&mut Vec::new(), &mut Vec::new(), &mut Vec::new());
    let mut counted: Vec<Source> = Vec::new();
    let year_start = Date::new(input.year, 1, 1).expect("1 January");
    let year_end = Date::new(input.year, 12, 31).expect("31 December");
    for doc in input
        .documents()
        .filter(|d| d.is_governed() && d.status() == Status::InForce)
    {
        // Every decision the document has had: (fastställd, revideras_senast).
        let mut decisions: Vec<(Date, Date)> = Vec::new();
        let mut add = |text: &str| {
            let field = |key: &str| crate::syntax::peek(text, key).and_then(Date::parse);
            if let Some(decided) = field("fastställd") {
                let Some(due) = review_due(
                    &input.repo.config,
                    doc.typ(),
                    decided,
                    field("revideras_senast"),
                ) else {
                    return;
                };
                if !decisions.iter().any(|(d, _)| *d == decided) {
                    decisions.push((decided, due));
                }
            }
        };
        add(&input.repo.file_of(doc).text);
        if let (Some(h), Some(c)) = (input.history, input.contents) {
            let path = &input.repo.file_of(doc).path;
            for change in h
                .file(path)
                .map(|f| f.changes.as_slice())
                .unwrap_or_default()
            {
                if let Some(text) = c.of(change) {
                    add(&text);
                }
            }
        }
        decisions.sort();
        for (i, (_, due)) in decisions.iter().enumerate() {
            // Reviews that fell due in the year and whose deadline has passed.
            if *due < year_start || *due > year_end || input.today <= *due {
                continue;
            }
            let label = tr!(
                lang,
                "{} {} (skulle revideras senast {})",
                "{} {} (to be reviewed by {})",
                doc.typ().describe(lang),
                doc.id(),
                due
            );
            if !counted.iter().any(|s| s.document == doc.id()) {
                counted.push(input.source(doc));
            }
            match decisions.get(i + 1) {
                Some((next, _)) if next <= due => in_time.push(label),
                Some((next, _)) => late.push(tr!(
                    lang,
                    "{}: fastställd {}",
                    "{}: approved {}",
                    label,
                    next
                )),
                None => missed.push(label),
            }
        }
    }
    let total = in_time.len() + late.len() + missed.len();
    part.blocks.push(Block::Facts {
        facts: vec![
            Fact {
                label: tr!(
                    lang,
                    "Revisioner som förföll {} (till och med {})",
                    "Reviews that fell due in {} (up to and including {})",
                    input.year,
                    input.cutoff()
                ),
                value: total.to_string(),
                sources: counted.clone(),
            },
            Fact {
                label: lang.pick("Gjorda i tid", "Made in time").into(),
                value: in_time.len().to_string(),
                sources: vec![],
            },
            Fact {
                label: lang.pick("Gjorda för sent", "Made late").into(),
                value: late.len().to_string(),
                sources: vec![],
            },
            Fact {
                label: lang.pick("Inte gjorda", "Not made").into(),
                value: missed.len().to_string(),
                sources: vec![],
            },
        ],
    });
    if !late.is_empty() {
        part.blocks.push(Block::Heading {
            text: lang
                .pick("Revisioner gjorda för sent", "Reviews made late")
                .into(),
            swedish: None,
        });
        part.blocks.push(Block::List {
            items: late.clone(),
        });
    }
    if !missed.is_empty() {
        part.blocks.push(Block::Heading {
            text: tr!(
                lang,
                "Försenade revisioner per {}",
                "Overdue reviews on {}",
                input.cutoff()
            ),
            swedish: None,
        });
        part.blocks.push(Block::List {
            items: missed.clone(),
        });
    }
    part.missing.extend(input.missed_lines(&[Duty::Review]));
    if input.history.is_none() {
        part.missing.push(lang.pick(
            "Ingen git-historik: revisioner räknas bara ur dokumentens nuvarande beslut, så revisioner som gjorts under året kan saknas i siffrorna.",
            "No git history: reviews are counted only from the documents' current decisions, so reviews made during the year may be missing from the figures.",
        ).into());
    }
    part
}
