use pulldown_cmark::{Event, HeadingLevel, Parser, Tag, TagEnd};

use crate::declare_rule;
use crate::diagnostic::Diagnostic;
use crate::model::DocType;
use crate::rules::{FileContext, Rule};
use crate::tr;

declare_rule! {
    /// En rutin saknar en rubrik från `rutin_rubriker`, eller en checklista saknar
    /// listpunkter.
    ///
    /// Rubrikerna får stå på valfri nivå och jämförs utan hänsyn till versaler. Standard är
    /// Syfte, Ansvar och Tillvägagångssätt. En rubrik utan innehåll (ingen text under den
    /// före nästa rubrik på samma eller högre nivå) räknas inte som skriven.
    ///
    /// ## Varför
    /// SOSFS 2011:9 4 kap. 4 §: en rutin ska beskriva ett bestämt tillvägagångssätt *och*
    /// hur ansvaret är fördelat. En checklista utan punkter går inte att bocka av.
    ///
    /// ## Så åtgärdar du
    /// Lägg till de rubriker som saknas, med innehåll; ge checklistan minst en punkt.
    ///
    /// ## Fel
    /// ```markdown
    /// # Inflyttning på särskilt boende
    /// ## Syfte
    /// Att inflyttningen blir trygg.
    /// ```
    ///
    /// ## Rätt
    /// ```markdown
    /// # Inflyttning på särskilt boende
    /// ## Syfte
    /// Att inflyttningen blir trygg.
    /// ## Ansvar
    /// Enhetschef ansvarar för att rutinen följs. Kontaktman ansvarar för välkomstsamtalet.
    /// ## Tillvägagångssätt
    /// 1. Kontaktman utses före inflyttningen.
    /// ```
    pub struct RoutineMissingSection {
        code: "LSK106",
        name: "routine-missing-section",
        severity: Error,
        basis: "SOSFS 2011:9 4 kap. 4 §; hälso- och sjukvård: patientsäkerhetslagen 3 kap. 9 §",
    }
}

/// A heading of a Markdown body.
pub struct Heading {
    pub level: HeadingLevel,
    pub text: String,
    /// Byte range in the body.
    pub range: std::ops::Range<usize>,
    /// Whether anything but headings stands below it before the next heading of its level
    /// or above (a subsection's text counts).
    pub has_content: bool,
}

/// The headings and the number of list items of a Markdown body.
pub fn outline(body: &str) -> (Vec<Heading>, usize) {
    let mut headings: Vec<Heading> = Vec::new();
    let mut items = 0;
    let mut in_heading = false;
    for (event, range) in Parser::new(body).into_offset_iter() {
        match event {
            Event::Start(Tag::Heading { level, .. }) => {
                in_heading = true;
                headings.push(Heading {
                    level,
                    text: String::new(),
                    range,
                    has_content: false,
                });
            }
            Event::End(TagEnd::Heading(_)) => in_heading = false,
            Event::Text(t) | Event::Code(t) if in_heading => {
                if let Some(h) = headings.last_mut() {
                    h.text.push_str(&t);
                }
            }
            // A comment (`<!-- ... -->`) is not content.
            Event::Text(t) | Event::Code(t) | Event::Html(t) | Event::InlineHtml(t)
                if !t.trim().is_empty() && !t.trim_start().starts_with("<!--") =>
            {
                // Content: it belongs to the last heading and every open one above it.
                let mut below: Option<HeadingLevel> = None;
                for h in headings.iter_mut().rev() {
                    if below.is_none_or(|l| h.level < l) {
                        h.has_content = true;
                        below = Some(h.level);
                    }
                }
            }
            Event::Start(Tag::Item) => items += 1,
            _ => {}
        }
    }
    for h in &mut headings {
        // Trimmed in place: no second string per heading.
        let end = h.text.trim_end().len();
        h.text.truncate(end);
        let start = h.text.len() - h.text.trim_start().len();
        h.text.drain(..start);
    }
    (headings, items)
}

impl Rule for RoutineMissingSection {
    fn check_file(&self, cx: &FileContext, out: &mut Vec<Diagnostic>) {
        if let Some(doc) = cx.document {
            check_document(cx, doc, out);
        }
    }
}

fn check_document(cx: &FileContext, doc: &crate::model::Document, out: &mut Vec<Diagnostic>) {
    let typ = doc.typ();
    if !matches!(typ, DocType::Routine | DocType::Checklist) {
        return;
    }
    let body = doc.body.map(|b| cx.file.slice(b)).unwrap_or_default();
    let (headings, items) = outline(body);
    if typ == DocType::Checklist {
        if items == 0 {
            out.push(cx.diag(
                &RoutineMissingSection::META,
                doc.first_line(),
                tr!(
                    cx.lang,
                    "Checklistan `{}` har inga listpunkter.",
                    "The checklist `{}` has no list items.",
                    doc.id()
                ),
            ));
        }
        return;
    }
    let body_start = doc.body.map_or(0, |b| b.start);
    for wanted in &cx.config.routine_headings {
        let found = headings
            .iter()
            .find(|h| crate::text::eq_ignoring_case(&h.text, wanted));
        if let Some(h) = found
            && !h.has_content
        {
            let at =
                crate::syntax::Span::new(body_start + h.range.start, body_start + h.range.start);
            out.push(
                cx.diag(
                    &RoutineMissingSection::META,
                    at,
                    tr!(
                        cx.lang,
                        "Rubriken \"{}\" i rutinen `{}` saknar innehåll.",
                        "The heading \"{}\" in the routine `{}` has no content.",
                        h.text,
                        doc.id()
                    ),
                )
                .with_help(tr!(
                    cx.lang,
                    "Skriv vad avsnittet ska säga under rubriken.",
                    "Write what the section says below the heading."
                )),
            );
        }
        // A heading that is nearly the one wanted ("Tillvägagångsätt") is a
        // misspelling: said at that heading, with the right spelling.
        let near = found.is_none().then(|| {
            let texts = headings.iter().map(|h| h.text.as_str());
            crate::text::suggest(wanted, texts).and_then(|t| headings.iter().find(|h| h.text == t))
        });
        if let Some(Some(h)) = near {
            let at =
                crate::syntax::Span::new(body_start + h.range.start, body_start + h.range.start);
            out.push(
                    cx.diag(
                        &RoutineMissingSection::META,
                        at,
                        tr!(
                            cx.lang,
                            "Rutinen `{}` saknar rubriken \"{}\"; rubriken \"{}\" är nästan den.",
                            "The routine `{}` lacks the heading \"{}\"; the heading \"{}\" is nearly it.",
                            doc.id(),
                            wanted,
                            h.text
                        ),
                    )
                    .with_help(tr!(
                        cx.lang,
                        "Menade du `## {}`?",
                        "Did you mean `## {}`?",
                        wanted
                    )),
                );
        } else if found.is_none() {
            out.push(
                cx.diag(
                    &RoutineMissingSection::META,
                    doc.first_line(),
                    tr!(
                        cx.lang,
                        "Rutinen `{}` saknar rubriken \"{}\".",
                        "The routine `{}` lacks the heading \"{}\".",
                        doc.id(),
                        wanted
                    ),
                )
                .with_help(tr!(
                    cx.lang,
                    "Lägg till `## {}` med innehåll.",
                    "Add `## {}` with content.",
                    wanted
                )),
            );
        }
    }
}
