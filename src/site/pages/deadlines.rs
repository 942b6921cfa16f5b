//! What falls due: the same list as `lsk due`, for the next 90 days and everything overdue.

use crate::output::html::esc;
use crate::site::Ctx;
use crate::site::layout::{doc_link, page as frame, role_link};

const URL: &str = "att-gora.html";

pub fn page(cx: &Ctx) -> String {
    let lang = cx.lang;
    let today = cx.options.today;
    let list = &cx.due;
    let mut body = format!(
        "<h1>{}</h1>\n<p>{}</p>\n",
        lang.pick("Att göra", "Due"),
        esc(&crate::tr!(
            lang,
            "Det som är försenat eller förfaller inom 90 dagar från {}: revisioner, åtgärder, egenkontroller, uppföljningar, kvalitetsråd och berättelser.",
            "What is overdue or falls due within 90 days of {}: reviews, actions, self-inspections, follow-ups, quality councils and reports.",
            today
        ))
    );
    if list.items.is_empty() {
        body.push_str(&format!("<p>{}</p>\n", lang.pick("Inget.", "Nothing.")));
    } else {
        body.push_str(&format!(
            "<table>\n<caption>{}</caption>\n<thead><tr><th scope=\"col\">{}</th><th scope=\"col\">{}</th><th scope=\"col\">{}</th><th scope=\"col\">{}</th></tr></thead>\n<tbody>\n",
            lang.pick("Försenat och kommande", "Overdue and coming"),
            lang.pick("Datum", "Date"),
            lang.pick("Vad", "What"),
            lang.pick("Dokument", "Document"),
            lang.pick("Ansvarig", "Responsible"),
        ));
        for i in &list.items {
            let date = if i.date < today {
                format!(
                    "<span class=\"overdue\">{} ({})</span>",
                    i.date,
                    lang.pick("försenad", "overdue")
                )
            } else {
                i.date.to_string()
            };
            body.push_str(&format!(
                "<tr><td>{date}</td><td>{}</td><td>{}</td><td>{}</td></tr>\n",
                esc(&i.what),
                i.document
                    .as_deref()
                    .map_or("–".into(), |d| doc_link(cx, URL, d)),
                i.owner
                    .as_deref()
                    .map_or("–".into(), |o| role_link(cx, URL, o)),
            ));
        }
        body.push_str("</tbody>\n</table>\n");
    }
    frame(cx, URL, lang.pick("Att göra", "Due"), &body)
}
