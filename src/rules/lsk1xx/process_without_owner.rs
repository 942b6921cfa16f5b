use crate::declare_rule;
use crate::diagnostic::Diagnostic;
use crate::rules::{Context, Rule};
use crate::tr;

declare_rule! {
    /// En process saknar `processägare`.
    ///
    /// ## Varför
    /// Förebilderna (bl.a. Hedemora och Norrmalm) utser en processägare per process, som
    /// ansvarar för att processen är ändamålsenlig och följs upp. Utan ägare förvaltas
    /// processen inte.
    ///
    /// ## Så åtgärdar du
    /// Ange den roll som äger processen.
    ///
    /// ## Fel
    /// ```yaml
    /// typ: process
    /// id: P-SÄBO
    /// processtyp: huvudprocess
    /// ```
    ///
    /// ## Rätt
    /// ```yaml
    /// typ: process
    /// id: P-SÄBO
    /// processtyp: huvudprocess
    /// processägare: avdelningschef
    /// ```
    pub struct ProcessWithoutOwner {
        code: "LSK111",
        name: "process-without-owner",
        severity: Error,
        basis: "kommunala ledningssystem (Norrmalm, Tyresö, Hedemora): processägare per process",
    }
}

impl Rule for ProcessWithoutOwner {
    fn check(&self, cx: &Context, out: &mut Vec<Diagnostic>) {
        for doc in &cx.repo.documents {
            let Some(p) = doc.process() else { continue };
            if p.owner.is_none() && !doc.is_faulty("processägare") {
                out.push(cx.diag(
                    &Self::META,
                    doc,
                    doc.first_line(),
                    tr!(
                        cx.lang,
                        "Processen `{}` har ingen processägare.",
                        "The process `{}` has no process owner.",
                        doc.id()
                    ),
                ));
            }
        }
    }
}
