use pulldown_cmark::{Event, HeadingLevel, Parser, Tag, TagEnd};

use crate::declare_rule;
use crate::diagnostic::Diagnostic;
use crate::model::DocType;
use crate::rules::{Context, Rule};
use crate::tr;

declare_rule! {
    /// En rutin saknar en rubrik från `rutin_rubriker`, eller en checklista saknar
    /// listpunkter.
    ///
    /// Rubrikerna får stå på valfri nivå och jämförs utan hänsyn till versaler. Standard är
    /// Syfte, Ansvar och Tillvägagångssätt.
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
        basis: "SOSFS 2011:9 4 kap. 4 §",
    }
}

/// The headings and the number of list items of a Markdown body.
pub fn outline(body: &str) -> (Vec<(HeadingLevel, String)>, usize) {
    let mut headings = Vec::new();
    let mut items = 0;
    let mut current: Option<(HeadingLevel, String)> = None;
    for event in Parser::new(body) {
        match event {
            Event::Start(Tag::Heading { level, .. }) => current = Some((level, String::new())),
            Event::Text(t) | Event::Code(t) => {
                if let Some((_, text)) = current.as_mut() {
                    text.push_str(&t);
                }
            }
            Event::End(TagEnd::Heading(_)) => {
                if let Some((level, text)) = current.take() {
                    headings.push((level, text.trim().to_string()));
                }
            }
            Event::Start(Tag::Item) => items += 1,
            _ => {}
        }
    }
    (headings, items)
}

impl Rule for RoutineMissingSection {
    fn check(&self, cx: &Context, out: &mut Vec<Diagnostic>) {
        for doc in &cx.repo.documents {
            let typ = doc.typ();
            if !matches!(typ, DocType::Routine | DocType::Checklist) {
                continue;
            }
            let body = doc
                .body
                .map(|b| cx.repo.file_of(doc).slice(b))
                .unwrap_or_default();
            let (headings, items) = outline(body);
            if typ == DocType::Checklist {
                if items == 0 {
                    out.push(cx.diag(
                        &Self::META,
                        doc,
                        doc.first_line(),
                        tr!(
                            cx.lang,
                            "Checklistan `{}` har inga listpunkter.",
                            "The checklist `{}` has no list items.",
                            doc.id()
                        ),
                    ));
                }
                continue;
            }
            for wanted in &cx.repo.config.routine_headings {
                let found = headings
                    .iter()
                    .any(|(_, h)| h.to_lowercase() == wanted.to_lowercase());
                if !found {
                    out.push(
                        cx.diag(
                            &Self::META,
                            doc,
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
    }
}
