//! The renderers of `lsk matrix`: Markdown, HTML (a whole page, or only the tables for a
//! page of one's own), CSV (one matrix per file, for a spreadsheet) and JSON.

mod csv;
mod html;
mod json;
mod markdown;

pub use csv::Csv;
pub use html::{Html, requirement_table, responsibility_tables};
pub use json::Json;
pub use markdown::Markdown;

use crate::lang::Lang;
use crate::matrix::{CoverDoc, GROUPS, Relation, RequirementMatrix};
use crate::model::{DocType, Status};

/// "**U** utför aktiviteten (ansvarig) · …": what the letters mean, `bold` wrapping each.
fn legend(lang: Lang, bold: fn(&str) -> String) -> String {
    Relation::ALL
        .iter()
        .map(|r| format!("{} {}", bold(r.letter(lang)), r.explain(lang)))
        .collect::<Vec<_>>()
        .join(" · ")
}

/// "Processer", "Rutiner", …, "Övriga": a column group of the requirement matrix.
fn group_name(group: Option<DocType>, lang: Lang) -> &'static str {
    match group {
        Some(t) => lang.pick(t.info().plural_sv, t.info().plural_en),
        None => lang.pick("Övriga", "Other"),
    }
}

/// The groups that hold a document.
fn used_groups(m: &RequirementMatrix) -> Vec<usize> {
    (0..GROUPS.len())
        .filter(|&g| {
            m.documents
                .iter()
                .any(|d| crate::matrix::group_of(d.typ) == g)
        })
        .collect()
}

/// "RUT-X" or "RUT-X (utkast)".
fn doc_label(d: &CoverDoc, lang: Lang) -> String {
    match d.status {
        Status::InForce => d.id.clone(),
        other => format!("{} ({})", d.id, other.describe(lang)),
    }
}

/// The document's type in words: "rutin" / "routine".
fn type_word(typ: Option<DocType>, lang: Lang) -> String {
    typ.map_or_else(
        || lang.pick("okänt dokument", "unknown document").to_string(),
        |t| t.describe(lang),
    )
}
