//! One file per kind of page.

mod accessibility;
mod coverage;
mod deadlines;
mod document;
mod lists;
mod matrix;
mod role;
mod search;
mod start;
mod year_wheel;

pub use document::document;
pub use role::role;

use super::Ctx;

/// The pages every site has, whatever its documents.
pub fn fixed(cx: &Ctx) -> Vec<(String, Vec<u8>)> {
    let pages: Vec<(&str, String)> = vec![
        ("index.html", start::page(cx)),
        ("dokument/index.html", lists::documents(cx)),
        ("roller/index.html", lists::roles(cx)),
        ("ansvar.html", matrix::page(cx)),
        ("krav.html", coverage::page(cx)),
        ("att-gora.html", deadlines::page(cx)),
        ("arshjul.html", year_wheel::page(cx)),
        ("sok.html", search::page(cx)),
        ("tillganglighet.html", accessibility::page(cx)),
    ];
    pages
        .into_iter()
        .map(|(url, html)| (url.to_string(), html.into_bytes()))
        .collect()
}

/// "Utkast" after a draft's title.
pub(super) fn draft_mark(cx: &Ctx, d: &crate::model::Document) -> String {
    if d.status() == crate::model::Status::Draft {
        format!(
            " <span class=\"badge draft\">{}</span>",
            cx.lang.pick("Utkast", "Draft")
        )
    } else {
        String::new()
    }
}
