//! A process's map on its page: the swimlane map `lsk graph` draws, its boxes linking to
//! the pages of the routines and delprocesser, and the same content in words beside it.

use crate::model::Document;
use crate::output::html::esc;
use crate::site::Ctx;
use crate::site::layout::href;

/// The map of process `d` for the page at `url`.
pub fn section(cx: &Ctx, url: &str, d: &Document) -> String {
    let lang = cx.lang;
    let map = crate::graph::swimlane(cx.repo, d);
    let link = |id: &str| cx.urls.get(id).map(|to| href(url, to));
    let svg = crate::output::graph::svg(&map, lang, Some(&link));
    format!(
        "<h2>{}</h2>\n<figure class=\"map\">\n{svg}<figcaption>{}</figcaption>\n</figure>\n",
        lang.pick("Processkarta", "Process map"),
        esc(lang.pick(
            "En bana per ansvarig roll, aktiviteterna i ordning. Samma innehåll står i tabellen Aktiviteter nedan.",
            "A lane per responsible role, the activities in order. The same content is in the table Activities below.",
        ))
    )
}
