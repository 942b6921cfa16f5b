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
    let (headings, items) = crate::syntax::outline::outline(body);
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
    // Where a heading starts, in the file.
    let at = |h: &crate::syntax::outline::Heading| {
        crate::syntax::Span::new(body_start + h.range.start, body_start + h.range.start)
    };
    for wanted in &cx.config.routine_headings {
        let found = headings
            .iter()
            .find(|h| crate::text::eq_ignoring_case(&h.text, wanted));
        if let Some(h) = found
            && !h.has_content
        {
            out.push(
                cx.diag(
                    &RoutineMissingSection::META,
                    at(h),
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
            let texts = headings.iter().map(|h| h.text.as_ref());
            crate::text::suggest(wanted, texts).and_then(|t| headings.iter().find(|h| h.text == t))
        });
        if let Some(Some(h)) = near {
            out.push(
                    cx.diag(
                        &RoutineMissingSection::META,
                        at(h),
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
