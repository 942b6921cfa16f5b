//! A page per process, routine, checklist and riktlinje: what it is, its decision and next
//! review, and its content (a process's activities with who does them and the routines for
//! them; a routine's text).

use crate::model::{Document, Kind, Process};
use crate::output::html::{esc, markdown};
use crate::site::layout::{doc_link, page as frame, role_link};
use crate::site::{Ctx, title};

pub fn document(cx: &Ctx, d: &Document) -> String {
    let url = cx.urls[d.id()].as_str();
    let mut body = format!("<h1>{}{}</h1>\n", esc(&title(d)), super::draft_mark(cx, d));
    body.push_str(&meta(cx, url, d));
    match &d.kind {
        Kind::Process(p) => body.push_str(&process(cx, url, d, p)),
        _ => {
            body.push_str(&used_in(cx, url, d));
            if let Some(span) = d.body {
                let text = cx.repo.file_of(d).slice(span);
                // The document's own `# Title` is the page's heading already.
                let text = match text.trim_start().split_once('\n') {
                    Some((first, rest))
                        if first.trim().strip_prefix("# ").map(str::trim)
                            == Some(title(d).as_str()) =>
                    {
                        rest
                    }
                    _ => text,
                };
                body.push_str("<div class=\"document\">\n");
                body.push_str(&markdown(text, 1));
                body.push_str("</div>\n");
            }
        }
    }
    frame(cx, url, &title(d), &body)
}

/// The document's facts: kind, status, decision, next review, owner.
fn meta(cx: &Ctx, url: &str, d: &Document) -> String {
    let lang = cx.lang;
    let h = &d.header;
    let mut rows: Vec<(&str, String)> = vec![
        (lang.pick("Typ", "Type"), esc(&d.typ().describe(lang))),
        ("Id", format!("<span class=\"id\">{}</span>", esc(d.id()))),
        (
            lang.pick("Status", "Status"),
            esc(&d.status().describe(lang)),
        ),
    ];
    if let Some(x) = &h.decided {
        rows.push((lang.pick("Fastställd", "Approved"), x.value.to_string()));
    }
    if let Some(x) = &h.decided_by {
        rows.push((
            lang.pick("Beslutad av", "Decided by"),
            role_link(cx, url, x.value.as_str()),
        ));
    }
    // The next review as `check` and `lsk due` count it.
    if let Some(r) = crate::model::obligations::review(d, &cx.repo.config) {
        let overdue = r.due < cx.options.today;
        rows.push((
            lang.pick("Revideras senast", "Review by"),
            if overdue {
                format!(
                    "<span class=\"overdue\">{} ({})</span>",
                    r.due,
                    lang.pick("försenad", "overdue")
                )
            } else {
                r.due.to_string()
            },
        ));
    }
    if let Some(x) = &h.owner {
        rows.push((
            lang.pick("Dokumentägare", "Document owner"),
            role_link(cx, url, x.value.as_str()),
        ));
    }
    if let Some(x) = &h.registry_number {
        rows.push((lang.pick("Diarienummer", "Reference number"), esc(&x.value)));
    }
    let mut out = String::from("<dl class=\"meta\">\n");
    for (k, v) in rows {
        out.push_str(&format!("<dt>{}</dt><dd>{v}</dd>\n", esc(k)));
    }
    out.push_str("</dl>\n");
    out
}

/// The activities that use a routine.
fn used_in(cx: &Ctx, url: &str, d: &Document) -> String {
    let Some(uses) = cx.uses.get(d.id()) else {
        return String::new();
    };
    let items: Vec<String> = uses
        .iter()
        .map(|(process, activity)| {
            format!("<li>{}: {}</li>", doc_link(cx, url, process), esc(activity))
        })
        .collect();
    format!(
        "<h2>{}</h2>\n<ul>\n{}\n</ul>\n",
        cx.lang.pick("Används i", "Used in"),
        items.join("\n")
    )
}

/// A process: its purpose, the map, and the activities as a table (the map's text).
fn process(cx: &Ctx, url: &str, d: &Document, p: &Process) -> String {
    let lang = cx.lang;
    let mut out = String::new();
    if let Some(purpose) = &p.purpose {
        out.push_str(&format!(
            "<h2>{}</h2>\n<p>{}</p>\n",
            lang.pick("Syfte", "Purpose"),
            esc(&purpose.value)
        ));
    }
    if let Some(owner) = &p.owner {
        out.push_str(&format!(
            "<p>{}: {}</p>\n",
            lang.pick("Processägare", "Process owner"),
            role_link(cx, url, owner.value.as_str())
        ));
    }
    if let Some(parent) = &p.parent {
        out.push_str(&format!(
            "<p>{}: {}</p>\n",
            lang.pick("Ingår i", "Part of"),
            doc_link(cx, url, parent.value.as_str())
        ));
    }
    out.push_str(&super::super::map::section(cx, url, d));
    out.push_str(&format!(
        "<h2>{}</h2>\n<table>\n<caption>{}</caption>\n<thead><tr><th scope=\"col\">{}</th><th scope=\"col\">{}</th><th scope=\"col\">{}</th><th scope=\"col\">{}</th></tr></thead>\n<tbody>\n",
        lang.pick("Aktiviteter", "Activities"),
        esc(&crate::tr!(lang, "Aktiviteterna i {} i ordning", "The activities of {} in order", title(d))),
        lang.pick("Aktivitet", "Activity"),
        lang.pick("Ansvarig", "Responsible"),
        lang.pick("Rutiner", "Routines"),
        lang.pick("Samverkan", "Collaboration"),
    ));
    for (i, a) in p.activities.iter().enumerate() {
        let activity = a.title.as_ref().map_or(a.id.as_str(), |t| t.value.as_str());
        let responsible: Vec<String> = a
            .responsible
            .iter()
            .map(|r| role_link(cx, url, r.value.as_str()))
            .collect();
        let mut routines: Vec<String> = a
            .routines
            .iter()
            .map(|r| doc_link(cx, url, r.value.as_str()))
            .collect();
        if let Some(sub) = &a.subprocess {
            routines.push(format!(
                "{}: {}",
                lang.pick("delprocess", "sub-process"),
                doc_link(cx, url, sub.value.as_str())
            ));
        }
        if routines.is_empty()
            && let Some(why) = &a.no_routine
        {
            routines.push(esc(&why.value));
        }
        let collaboration: Vec<String> = a
            .collaboration
            .iter()
            .filter_map(|c| c.party.as_ref().map(|p| esc(&p.value)))
            .collect();
        out.push_str(&format!(
            "<tr><td>{}. {} <span class=\"id\">{}</span></td><td>{}</td><td>{}</td><td>{}</td></tr>\n",
            i + 1,
            esc(activity),
            esc(a.id.as_str()),
            responsible.join(", "),
            routines.join("<br>"),
            collaboration.join(", ")
        ));
    }
    out.push_str("</tbody>\n</table>\n");
    out
}
