//! The start page: the processes by kind.

use crate::model::{Kind, ProcessKind};
use crate::output::html::esc;
use crate::site::Ctx;
use crate::site::layout::{doc_link, page as frame};

const URL: &str = "index.html";

pub fn page(cx: &Ctx) -> String {
    let lang = cx.lang;
    let mut body = format!(
        "<h1>{}</h1>\n<p>{}</p>\n",
        esc(&crate::tr!(
            lang,
            "Ledningssystemet för {}",
            "The management system of {}",
            cx.repo.config.organisation
        )),
        esc(lang.pick(
            "Här finns verksamhetens processer och aktiviteter, rutinerna för dem och vem som ansvarar för vad. Sök efter ett ord, eller välj en process.",
            "Here are the service's processes and activities, their routines and who is responsible for what. Search for a word, or choose a process.",
        ))
    );
    let kinds = [
        (ProcessKind::Main, "Huvudprocesser", "Main processes"),
        (
            ProcessKind::Management,
            "Ledningsprocesser",
            "Management processes",
        ),
        (ProcessKind::Support, "Stödprocesser", "Support processes"),
        (ProcessKind::Sub, "Delprocesser", "Sub-processes"),
    ];
    let mut any = false;
    for (kind, sv, en) in kinds {
        let list: Vec<String> = cx
            .published
            .iter()
            .filter(|d| match &d.kind {
                Kind::Process(p) => p.kind.as_ref().is_some_and(|k| k.value == kind),
                _ => false,
            })
            .map(|d| {
                format!(
                    "<li>{}{}</li>",
                    doc_link(cx, URL, d.id()),
                    super::draft_mark(cx, d)
                )
            })
            .collect();
        if list.is_empty() {
            continue;
        }
        any = true;
        body.push_str(&format!(
            "<h2>{}</h2>\n<ul>\n{}\n</ul>\n",
            lang.pick(sv, en),
            list.join("\n")
        ));
    }
    if !any {
        body.push_str(&format!(
            "<p>{}</p>\n",
            lang.pick(
                "Inga processer är publicerade.",
                "No processes are published."
            )
        ));
    }
    frame(cx, URL, lang.pick("Processer", "Processes"), &body)
}
