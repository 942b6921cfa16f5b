//! The responsibility matrix: who performs, owns, leads and decides what, as `lsk matrix
//! ansvar` gives it.

use crate::output::html::esc;
use crate::site::Ctx;
use crate::site::layout::page as frame;

const URL: &str = "ansvar.html";

pub fn page(cx: &Ctx) -> String {
    let lang = cx.lang;
    let matrix = crate::matrix::responsibility(cx.repo);
    let body = format!(
        "<h1>{}</h1>\n<p>{}</p>\n<div class=\"matrix\">\n{}</div>\n",
        lang.pick("Ansvarsmatris", "Responsibility matrix"),
        esc(lang.pick(
            "Vilken roll som utför, äger, leder och beslutar om varje process och aktivitet, och vem som äger dokumenten.",
            "Which role performs, owns, leads and decides each process and activity, and who owns the documents.",
        )),
        crate::output::matrix::responsibility_tables(&matrix)
    );
    frame(
        cx,
        URL,
        lang.pick("Ansvarsmatris", "Responsibility matrix"),
        &body,
    )
}
