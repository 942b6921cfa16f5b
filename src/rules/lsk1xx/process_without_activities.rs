use crate::declare_rule;
use crate::diagnostic::Diagnostic;
use crate::rules::{Context, Rule};
use crate::tr;

declare_rule! {
    /// En process saknar `aktiviteter`.
    ///
    /// ## Varför
    /// SOSFS 2011:9 4 kap. 3 § kräver att de aktiviteter som ingår i varje process
    /// identifieras och att deras inbördes ordning fastställs. En process utan aktiviteter
    /// beskriver inget arbetssätt.
    ///
    /// ## Så åtgärdar du
    /// Lista processens aktiviteter i den ordning de utförs, var och en med `id`, `titel`
    /// och `ansvarig`.
    ///
    /// ## Fel
    /// ```yaml
    /// typ: process
    /// id: P-KLAGOMÅL
    /// titel: Hantera klagomål och synpunkter
    /// processtyp: stödprocess
    /// ```
    ///
    /// ## Rätt
    /// ```yaml
    /// typ: process
    /// id: P-KLAGOMÅL
    /// titel: Hantera klagomål och synpunkter
    /// processtyp: stödprocess
    /// aktiviteter:
    ///   - id: P-KLAGOMÅL.1
    ///     titel: Ta emot och registrera
    ///     ansvarig: enhetschef
    ///     rutiner: [RUT-KLAGOMÅL]
    /// ```
    pub struct ProcessWithoutActivities {
        code: "LSK102",
        name: "process-without-activities",
        severity: Error,
        basis: "SOSFS 2011:9 4 kap. 3 §",
    }
}

impl Rule for ProcessWithoutActivities {
    fn check(&self, cx: &Context, out: &mut Vec<Diagnostic>) {
        for doc in &cx.repo.documents {
            let Some(p) = doc.process() else { continue };
            if !p.activities.is_empty() {
                continue;
            }
            // An invalid `aktiviteter` value is LSK005's finding, not a missing list.
            if doc.is_faulty("aktiviteter") {
                continue;
            }
            let span = doc
                .key_span("aktiviteter")
                .unwrap_or_else(|| doc.first_line());
            out.push(cx.diag(
                &Self::META,
                doc,
                span,
                tr!(
                    cx.lang,
                    "Processen `{}` har inga aktiviteter.",
                    "The process `{}` has no activities.",
                    doc.id()
                ),
            ));
        }
    }
}
