//! Avtalsuppföljning and external reviews.

use crate::model::{Date, Document, Kind};
use crate::report::figures::{Input, Part, table};
use crate::report::model::{Block, Row};
use crate::tr;

/// Avtalsuppföljning and external reviews (tillsyn, revision) of the year, with what they
/// found and the actions that answer them.
pub fn external_reviews(input: &Input) -> Part {
    let lang = input.lang();
    let mut part = Part::default();
    let mut reviews: Vec<(Date, &Document, &crate::model::ExternalReview)> = input
        .documents()
        .filter_map(|d| match &d.kind {
            Kind::ExternalReview(r) => r
                .date
                .as_ref()
                .filter(|x| input.in_year(x.value))
                .map(|x| (x.value, d, &**r)),
            _ => None,
        })
        .collect();
    reviews.sort_by_key(|(date, d, _)| (*date, d.id().to_string()));
    if reviews.is_empty() {
        part.blocks.push(Block::Text {
            text: tr!(
                lang,
                "Ingen avtalsuppföljning eller extern granskning är registrerad för {} (`typ: granskning`).",
                "No contract follow-up or external review is recorded for {} (`typ: granskning`).",
                input.year
            ),
        });
        return part;
    }
    let text = |s: &Option<crate::model::Spanned<String>>| {
        s.as_ref().map_or_else(String::new, |v| v.value.clone())
    };
    let rows = reviews
        .iter()
        .map(|(date, doc, r)| Row {
            cells: vec![
                date.to_string(),
                r.kind
                    .as_ref()
                    .map_or_else(String::new, |k| k.value.describe(lang)),
                text(&r.reviewer),
                text(&r.subject),
                text(&r.result),
                r.actions
                    .iter()
                    .map(|a| a.value.as_str())
                    .collect::<Vec<_>>()
                    .join(", "),
            ],
            sources: vec![input.source(doc)],
        })
        .collect();
    part.blocks.push(table(
        lang.pick(
            "Avtalsuppföljningar och externa granskningar",
            "Contract follow-ups and external reviews",
        ),
        &lang.pick(
            [
                "Datum",
                "Slag",
                "Granskare",
                "Avser",
                "Resultat",
                "Åtgärder",
            ],
            ["Date", "Kind", "Reviewer", "Subject", "Result", "Actions"],
        ),
        rows,
    ));
    part
}
