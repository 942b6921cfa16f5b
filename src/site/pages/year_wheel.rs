//! The year's wheel: the work of the year month by month — reviews, self-inspections,
//! follow-ups per tertial, quality councils, the berättelser — as the duties model gives it.

use crate::model::Date;
use crate::output::html::esc;
use crate::site::Ctx;
use crate::site::layout::{doc_link, page as frame};

const URL: &str = "arshjul.html";

const MONTHS: [(&str, &str); 12] = [
    ("Januari", "January"),
    ("Februari", "February"),
    ("Mars", "March"),
    ("April", "April"),
    ("Maj", "May"),
    ("Juni", "June"),
    ("Juli", "July"),
    ("Augusti", "August"),
    ("September", "September"),
    ("Oktober", "October"),
    ("November", "November"),
    ("December", "December"),
];

pub fn page(cx: &Ctx) -> String {
    let lang = cx.lang;
    let year = cx.options.today.year();
    let start = Date::new(year, 1, 1).expect("1 January");
    // What the year holds that is not yet done, counted from its first day: the same
    // duties `lsk due` lists.
    let list = crate::due::collect(
        cx.repo,
        &crate::due::Query {
            today: start,
            within: 364,
            owner: None,
        },
    );
    let mut body = format!(
        "<h1>{}</h1>\n<p>{}</p>\n<div class=\"months\">\n",
        esc(&crate::tr!(lang, "Årshjul {}", "Year wheel {}", year)),
        esc(&crate::tr!(
            lang,
            "Årets arbete i ledningssystemet månad för månad, så som det ser ut den {}: det som ska göras och ännu inte är gjort.",
            "The year's work in the management system month by month, as it stands on {}: what is to be done and is not yet done.",
            cx.options.today
        ))
    );
    for (m, (sv, en)) in MONTHS.iter().enumerate() {
        let items: Vec<String> = list
            .items
            .iter()
            .filter(|i| i.date.year() == year && i.date.0.month() as usize == m + 1)
            .map(|i| {
                let doc = i
                    .document
                    .as_deref()
                    .map(|d| format!(" ({})", doc_link(cx, URL, d)))
                    .unwrap_or_default();
                format!("<li>{}: {}{doc}</li>", i.date, esc(&i.what))
            })
            .collect();
        body.push_str(&format!(
            "<section aria-labelledby=\"m{n}\">\n<h2 id=\"m{n}\">{}</h2>\n",
            lang.pick(sv, en),
            n = m + 1
        ));
        if items.is_empty() {
            body.push_str(&format!(
                "<p>{}</p>\n",
                lang.pick("Inget planerat.", "Nothing planned.")
            ));
        } else {
            body.push_str(&format!("<ul>\n{}\n</ul>\n", items.join("\n")));
        }
        body.push_str("</section>\n");
    }
    body.push_str("</div>\n");
    frame(cx, URL, lang.pick("Årshjul", "Year wheel"), &body)
}
