//! A page per role: its duties, the activities it performs, the processes and documents it
//! owns or decides, and what falls due for it.

use crate::model::Kind;
use crate::output::html::esc;
use crate::site::Ctx;
use crate::site::layout::{doc_link, href, page as frame};

pub fn role(cx: &Ctx, id: &str) -> String {
    let lang = cx.lang;
    let url = cx.role_urls[id].as_str();
    let name = cx.role_title(id);
    let mut body = format!("<h1>{}</h1>\n", esc(&name));
    let role = cx.repo.role(id);
    let mut meta = vec![("Id", format!("<span class=\"id\">{}</span>", esc(id)))];
    if let Some(f) = role.and_then(|r| r.function.as_ref()) {
        meta.push((
            lang.pick("Funktion", "Function"),
            esc(&f.value.describe(lang)),
        ));
    }
    body.push_str("<dl class=\"meta\">\n");
    for (k, v) in meta {
        body.push_str(&format!("<dt>{}</dt><dd>{v}</dd>\n", esc(k)));
    }
    body.push_str("</dl>\n");

    let duties: Vec<String> = role
        .map(|r| {
            r.duties
                .iter()
                .map(|d| format!("<li>{}</li>", esc(&d.value)))
                .collect()
        })
        .unwrap_or_default();
    section(&mut body, lang.pick("Ansvar", "Responsibilities"), &duties);

    let mut performs = Vec::new();
    let mut owns = Vec::new();
    let mut documents = Vec::new();
    let mut decides = Vec::new();
    for d in &cx.published {
        if let Kind::Process(p) = &d.kind {
            for a in &p.activities {
                if a.responsible.iter().any(|r| r.value.as_str() == id) {
                    let t = a.title.as_ref().map_or(a.id.as_str(), |t| t.value.as_str());
                    performs.push(format!(
                        "<li>{}: {}</li>",
                        doc_link(cx, url, d.id()),
                        esc(t)
                    ));
                }
            }
            let owner = p.owner.as_ref().is_some_and(|o| o.value.as_str() == id);
            let leader = p.leader.as_ref().is_some_and(|o| o.value.as_str() == id);
            if owner || leader {
                let how = match (owner, leader) {
                    (true, true) => {
                        lang.pick("processägare och processledare", "process owner and leader")
                    }
                    (true, false) => lang.pick("processägare", "process owner"),
                    _ => lang.pick("processledare", "process leader"),
                };
                owns.push(format!("<li>{} ({how})</li>", doc_link(cx, url, d.id())));
            }
        }
        if d.header
            .owner
            .as_ref()
            .is_some_and(|o| o.value.as_str() == id)
        {
            documents.push(format!("<li>{}</li>", doc_link(cx, url, d.id())));
        }
        if d.header
            .decided_by
            .as_ref()
            .is_some_and(|o| o.value.as_str() == id)
        {
            decides.push(format!("<li>{}</li>", doc_link(cx, url, d.id())));
        }
    }
    section(&mut body, lang.pick("Utför", "Performs"), &performs);
    section(
        &mut body,
        lang.pick("Äger och leder", "Owns and leads"),
        &owns,
    );
    section(
        &mut body,
        lang.pick("Dokumentägare för", "Document owner of"),
        &documents,
    );
    section(
        &mut body,
        lang.pick("Har beslutat", "Has decided"),
        &decides,
    );

    // What falls due for the role: the same list as `lsk due --owner`.
    let items: Vec<String> = cx
        .due
        .items
        .iter()
        .filter(|i| i.owner.as_deref() == Some(id))
        .map(|i| {
            let date = if i.date < cx.options.today {
                format!("<span class=\"overdue\">{}</span>", i.date)
            } else {
                i.date.to_string()
            };
            let doc = i
                .document
                .as_deref()
                .map(|d| format!(" ({})", doc_link(cx, url, d)))
                .unwrap_or_default();
            format!("<li>{date}: {}{doc}</li>", esc(&i.what))
        })
        .collect();
    body.push_str(&format!(
        "<h2>{}</h2>\n",
        lang.pick("Att göra de närmaste 90 dagarna", "Due in the next 90 days")
    ));
    if items.is_empty() {
        body.push_str(&format!("<p>{}</p>\n", lang.pick("Inget.", "Nothing.")));
    } else {
        body.push_str(&format!("<ul>\n{}\n</ul>\n", items.join("\n")));
    }
    body.push_str(&format!(
        "<p><a href=\"{}\">{}</a></p>\n",
        href(url, "att-gora.html"),
        lang.pick("Allt som förfaller", "Everything that falls due")
    ));
    frame(cx, url, &name, &body)
}

fn section(body: &mut String, heading: &str, items: &[String]) {
    if items.is_empty() {
        return;
    }
    body.push_str(&format!(
        "<h2>{}</h2>\n<ul>\n{}\n</ul>\n",
        esc(heading),
        items.join("\n")
    ));
}
