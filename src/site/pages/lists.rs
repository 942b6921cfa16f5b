//! The lists: routines, checklists and riktlinjer by kind; the roles.

use crate::model::DocType;
use crate::output::html::esc;
use crate::site::Ctx;
use crate::site::layout::{doc_link, page as frame, role_link};

pub fn documents(cx: &Ctx) -> String {
    const URL: &str = "dokument/index.html";
    let lang = cx.lang;
    let mut body = format!(
        "<h1>{}</h1>\n",
        lang.pick(
            "Rutiner, checklistor och riktlinjer",
            "Routines, checklists and guidelines"
        )
    );
    for typ in [DocType::Routine, DocType::Checklist, DocType::Guideline] {
        let items: Vec<String> = cx
            .published
            .iter()
            .filter(|d| d.typ() == typ)
            .map(|d| {
                format!(
                    "<li>{} <span class=\"id\">{}</span>{}</li>",
                    doc_link(cx, URL, d.id()),
                    esc(d.id()),
                    super::draft_mark(cx, d)
                )
            })
            .collect();
        if items.is_empty() {
            continue;
        }
        let info = typ.info();
        body.push_str(&format!(
            "<h2>{}</h2>\n<ul>\n{}\n</ul>\n",
            esc(lang.pick(info.plural_sv, info.plural_en)),
            items.join("\n")
        ));
    }
    frame(
        cx,
        URL,
        lang.pick("Rutiner och riktlinjer", "Routines and guidelines"),
        &body,
    )
}

pub fn roles(cx: &Ctx) -> String {
    const URL: &str = "roller/index.html";
    let lang = cx.lang;
    let mut ids: Vec<&String> = cx.role_urls.keys().collect();
    ids.sort_by_key(|id| crate::text::swedish_key(&cx.role_title(id)));
    let items: Vec<String> = ids
        .iter()
        .map(|id| format!("<li>{}</li>", role_link(cx, URL, id)))
        .collect();
    let body = format!(
        "<h1>{}</h1>\n<p>{}</p>\n<ul>\n{}\n</ul>\n",
        lang.pick("Roller", "Roles"),
        esc(lang.pick(
            "Varje roll med sitt ansvar, de aktiviteter den utför och de dokument den äger.",
            "Each role with its responsibilities, the activities it performs and the documents it owns.",
        )),
        items.join("\n")
    );
    frame(cx, URL, lang.pick("Roller", "Roles"), &body)
}
