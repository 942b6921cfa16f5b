//! Kvalitetsråd held in the year.

use crate::model::obligations::Duty;
use crate::report::figures::{Input, Part};
use crate::report::model::{Block, Fact};
use crate::tr;

/// Quality councils held in the year.
pub fn councils(input: &Input) -> Part {
    let lang = input.lang();
    let mut part = Part::default();
    let held = input.councils_held();
    let wanted = input.repo.config.councils_per_year as usize;
    part.blocks.push(Block::Facts {
        facts: vec![Fact {
            label: tr!(
                lang,
                "Kvalitetsråd hållna {}",
                "Quality councils held {}",
                input.year
            ),
            value: tr!(
                lang,
                "{} (av minst {})",
                "{} (of at least {})",
                held.len(),
                wanted
            ),
            sources: held.iter().map(|(_, d)| input.source(d)).collect(),
        }],
    });
    if !held.is_empty() {
        part.blocks.push(Block::List {
            items: held
                .iter()
                .map(|(date, d)| {
                    format!(
                        "{date}: {}",
                        d.header.title.as_ref().map_or(d.id(), |t| t.value.as_str())
                    )
                })
                .collect(),
        });
    }
    // One line for the year, however many councils are missing.
    part.missing.extend(
        input
            .missed_lines(&[Duty::QualityCouncil])
            .into_iter()
            .take(1),
    );
    part
}
