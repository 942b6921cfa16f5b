//! The renderers of `lsk krav`: Markdown, JSON and CSV.

mod csv;
mod json;
mod markdown;

pub use csv::Csv;
pub use json::Json;
pub use markdown::Markdown;

use crate::lang::Lang;
use crate::model::krav::{Areas, ORIGINAL_IN_FORCE, Requirement};

/// "alla" or "HSL, Tandvårdslagen".
fn areas(req: &Requirement, lang: Lang) -> String {
    match req.areas {
        Areas::All => lang.pick("alla", "all").to_string(),
        Areas::Only(list) => list
            .iter()
            .map(|a| a.as_str())
            .collect::<Vec<_>>()
            .join(", "),
    }
}

/// "HSLF-FS 2018:10 (utkom 2018-05-04; ikraftträdandet ej belagt)", or the original
/// wording's date.
fn wording(req: &Requirement, lang: Lang) -> String {
    match req.last_amended() {
        Some(a) => format!("{} ({})", a.designation, a.when(lang)),
        None => crate::tr!(
            lang,
            "ursprunglig lydelse (i kraft {})",
            "original wording (in force {})",
            ORIGINAL_IN_FORCE
        ),
    }
}
