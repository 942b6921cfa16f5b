//! The search page: its results are filled in by `sok.js`, in the browser.

use crate::output::html::esc;
use crate::site::Ctx;
use crate::site::layout::page as frame;

const URL: &str = "sok.html";

pub fn page(cx: &Ctx) -> String {
    let lang = cx.lang;
    let body = format!(
        "<h1>{title}</h1>\n<form id=\"sokform\" role=\"search\" action=\"sok.html\" method=\"get\">\n<label for=\"sokord\">{label}</label>\n<input id=\"sokord\" name=\"q\" type=\"search\" autocomplete=\"off\">\n<button type=\"submit\">{title}</button>\n</form>\n<p id=\"status\" role=\"status\" aria-live=\"polite\">{needs}</p>\n<ol id=\"traffar\" class=\"results\"></ol>\n<script src=\"sok.js\"></script>\n",
        title = lang.pick("Sök", "Search"),
        label = esc(lang.pick(
            "Sök i rutiner, processer och roller",
            "Search routines, processes and roles"
        )),
        needs = esc(lang.pick(
            "Sökningen behöver JavaScript.",
            "The search needs JavaScript."
        )),
    );
    frame(cx, URL, lang.pick("Sök", "Search"), &body)
}
