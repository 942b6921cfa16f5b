use crate::declare_rule;
use crate::diagnostic::Diagnostic;
use crate::model::{ActionStatus, Kind};
use crate::rules::{Context, Rule};
use crate::tr;

declare_rule! {
    /// En `klar` åtgärd saknar `effekt`: har effekten utvärderats?
    ///
    /// ## Varför
    /// Norrmalms stadsdelsnämnds ledningssystem: förbättringsarbetet avslutas med en utvärdering av om
    /// åtgärderna gett önskad effekt. Utan den vet ingen om bristen är åtgärdad.
    ///
    /// ## Så åtgärdar du
    /// Utvärdera åtgärden och beskriv effekten i `effekt`.
    ///
    /// ## Fel
    /// ```yaml
    ///   - id: Å-7
    ///     status: klar
    ///     genomförd: 2026-06-10
    /// ```
    ///
    /// ## Rätt
    /// ```yaml
    ///   - id: Å-7
    ///     status: klar
    ///     genomförd: 2026-06-10
    ///     effekt: Inga läkemedelsavvikelser under juli–augusti.
    /// ```
    pub struct ActionWithoutEffect {
        code: "LSK304",
        name: "action-without-effect",
        severity: Warning,
        basis: "Norrmalms stadsdelsnämnds ledningssystem (utvärdering av åtgärdernas effekt)",
    }
}

impl Rule for ActionWithoutEffect {
    fn check(&self, cx: &Context, out: &mut Vec<Diagnostic>) {
        for doc in cx.repo.current() {
            let Kind::ActionPlan(plan) = &doc.kind else {
                continue;
            };
            for action in &plan.actions {
                if action.status() != ActionStatus::Done || action.effect.is_some() {
                    continue;
                }
                out.push(cx.diag(
                    &Self::META,
                    doc,
                    action.id.span,
                    tr!(
                        cx.lang,
                        "Åtgärden `{}` är klar men dess effekt är inte utvärderad (`effekt`).",
                        "The action `{}` is done but its effect is not evaluated (`effekt`).",
                        action.id.as_str()
                    ),
                ));
            }
        }
    }
}
