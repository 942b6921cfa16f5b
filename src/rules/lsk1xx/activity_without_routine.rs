use crate::declare_rule;
use crate::diagnostic::Diagnostic;
use crate::rules::{Context, Rule};
use crate::tr;

declare_rule! {
    /// En aktivitet har varken `rutiner`, `delprocess` eller `ingen_rutin`.
    ///
    /// ## Varför
    /// SOSFS 2011:9 4 kap. 4 §: de rutiner som behövs för att säkra verksamhetens
    /// kvalitet ska tas fram för varje aktivitet. Behövs ingen rutin ska det vara ett
    /// medvetet ställningstagande, inte en lucka.
    ///
    /// ## Så åtgärdar du
    /// Hänvisa till aktivitetens rutiner eller checklistor, till den delprocess som
    /// beskriver den, eller motivera i `ingen_rutin` varför ingen rutin behövs.
    ///
    /// ## Fel
    /// ```yaml
    ///   - id: P-SÄBO.4
    ///     titel: Avsluta
    ///     ansvarig: [enhetschef]
    /// ```
    ///
    /// ## Rätt
    /// ```yaml
    ///   - id: P-SÄBO.4
    ///     titel: Avsluta
    ///     ansvarig: [enhetschef]
    ///     ingen_rutin: Avslut sker enligt delegationsordningen.
    /// ```
    pub struct ActivityWithoutRoutine {
        code: "LSK104",
        name: "activity-without-routine",
        severity: Warning,
        basis: "SOSFS 2011:9 4 kap. 4 §",
    }
}

impl Rule for ActivityWithoutRoutine {
    fn check(&self, cx: &Context, out: &mut Vec<Diagnostic>) {
        for doc in &cx.repo.documents {
            let Some(p) = doc.process() else { continue };
            for a in &p.activities {
                if !a.routines.is_empty() || a.subprocess.is_some() || a.no_routine.is_some() {
                    continue;
                }
                out.push(cx.diag(
                    &Self::META,
                    doc,
                    a.id.span,
                    tr!(
                        cx.lang,
                        "Aktiviteten `{}` har varken rutiner, delprocess eller motivering i `ingen_rutin`.",
                        "The activity `{}` has neither routines, a delprocess nor a reason in `ingen_rutin`.",
                        a.id.as_str()
                    ),
                ));
            }
        }
    }
}
