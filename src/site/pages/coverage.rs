//! The coverage matrix: every paragraph of SOSFS 2011:9 and the documents that fulfil it,
//! gaps marked; the same catalogue and coverage `lsk krav` and LSK309 use.

use crate::output::html::esc;
use crate::site::Ctx;
use crate::site::layout::{doc_link, page as frame};

const URL: &str = "krav.html";

pub fn page(cx: &Ctx) -> String {
    let lang = cx.lang;
    let coverage = crate::coverage::build(Some(cx.repo), None, lang);
    let mut rows = String::new();
    for row in &coverage.rows {
        let r = row.requirement;
        let covered = if !row.applies {
            esc(lang.pick("gäller inte verksamheten", "does not apply to the service"))
        } else if row.covered_by.is_empty() {
            if r.is_obligation() {
                format!("<span class=\"gap\">{}</span>", lang.pick("Lucka", "Gap"))
            } else {
                "–".into()
            }
        } else {
            row.covered_by
                .iter()
                .map(|c| doc_link(cx, URL, &c.id))
                .collect::<Vec<_>>()
                .join(", ")
        };
        rows.push_str(&format!(
            "<tr><th scope=\"row\">{} kap. {} §</th><td>{}</td><td>{}</td></tr>\n",
            r.chapter,
            esc(r.paragraph),
            esc(r.heading),
            covered
        ));
    }
    let body = format!(
        "<h1>{}</h1>\n<p>{}</p>\n<table>\n<caption>{}</caption>\n<thead><tr><th scope=\"col\">{}</th><th scope=\"col\">{}</th><th scope=\"col\">{}</th></tr></thead>\n<tbody>\n{rows}</tbody>\n</table>\n",
        lang.pick("Krav: SOSFS 2011:9", "Requirements: SOSFS 2011:9"),
        esc(lang.pick(
            "Varje paragraf i Socialstyrelsens föreskrifter om ledningssystem för systematiskt kvalitetsarbete och de gällande dokument som uppfyller den. En lucka är en paragraf som inget dokument uppfyller.",
            "Every paragraph of the regulation on management systems for systematic quality work and the documents in force that fulfil it. A gap is a paragraph no document fulfils.",
        )),
        lang.pick("Paragrafer och dokument", "Paragraphs and documents"),
        lang.pick("Paragraf", "Paragraph"),
        lang.pick("Rubrik", "Heading"),
        lang.pick("Uppfylls av", "Fulfilled by"),
    );
    frame(cx, URL, lang.pick("Krav", "Requirements"), &body)
}
