use crate::declare_rule;
use crate::diagnostic::Diagnostic;
use crate::rules::{Context, Rule};
use crate::tr;

declare_rule! {
    /// En aktivitet saknar `ansvarig`.
    ///
    /// ## Varför
    /// SOSFS 2011:9 4 kap. 1 § och 4 kap. 4 §: det ska framgå hur ansvaret för
    /// uppgifterna är fördelat. En aktivitet som ingen ansvarar för blir inte utförd.
    ///
    /// ## Så åtgärdar du
    /// Ange en roll, eller en lista av roller, från ansvarsfördelningen.
    ///
    /// ## Fel
    /// ```yaml
    ///   - id: P-SÄBO.1
    ///     titel: Ta emot ansökan
    ///     rutiner: [RUT-ANSÖKAN]
    /// ```
    ///
    /// ## Rätt
    /// ```yaml
    ///   - id: P-SÄBO.1
    ///     titel: Ta emot ansökan
    ///     ansvarig: [biståndshandläggare]
    ///     rutiner: [RUT-ANSÖKAN]
    /// ```
    pub struct ActivityWithoutResponsible {
        code: "LSK103",
        name: "activity-without-responsible",
        severity: Error,
        basis: "SOSFS 2011:9 4 kap. 1 § och 4 kap. 4 §; hälso- och sjukvård: patientsäkerhetslagen 3 kap. 9 §",
    }
}

impl Rule for ActivityWithoutResponsible {
    fn check(&self, cx: &Context, out: &mut Vec<Diagnostic>) {
        for doc in &cx.repo.documents {
            let Some(p) = doc.process() else { continue };
            for a in p.activities.iter().filter(|a| a.responsible.is_empty()) {
                out.push(cx.diag(
                    &Self::META,
                    doc,
                    a.id.span,
                    tr!(
                        cx.lang,
                        "Aktiviteten `{}` har ingen ansvarig.",
                        "The activity `{}` has no one responsible.",
                        a.id.as_str()
                    ),
                ));
            }
        }
    }
}
