use super::current;
use crate::declare_rule;
use crate::diagnostic::Diagnostic;
use crate::model::Kind;
use crate::rules::{Context, Rule};
use crate::tr;

declare_rule! {
    /// En åtgärd har passerat `klart_senast` utan att vara `klar` eller `avbruten`.
    ///
    /// ## Varför
    /// SOSFS 2011:9 5 kap.: de åtgärder som behövs för att säkra kvaliteten ska vidtas; en
    /// åtgärd som passerat sitt datum utan att vara klar är en brist som ska följas upp
    /// (Hedemora 7.5).
    ///
    /// ## Så åtgärdar du
    /// Genomför åtgärden och sätt `status: klar` med `genomförd`, eller flytta
    /// `klart_senast` med ett beslut, eller sätt `status: avbruten` med motivering.
    ///
    /// ## Fel
    /// ```yaml
    ///   - id: Å-7
    ///     klart_senast: 2026-06-15   # i dag är 2026-11-24
    ///     status: pågående
    /// ```
    ///
    /// ## Rätt
    /// ```yaml
    ///   - id: Å-7
    ///     klart_senast: 2026-06-15
    ///     status: klar
    ///     genomförd: 2026-06-10
    ///     effekt: Inga läkemedelsavvikelser under juli–augusti.
    /// ```
    pub struct ActionOverdue {
        code: "LSK303",
        name: "action-overdue",
        severity: Warning,
        basis: "SOSFS 2011:9 5 kap. (åtgärder); förebild 004 7.5",
    }
}

impl Rule for ActionOverdue {
    fn check(&self, cx: &Context, out: &mut Vec<Diagnostic>) {
        for doc in current(cx.repo) {
            let Kind::ActionPlan(plan) = &doc.kind else {
                continue;
            };
            for action in &plan.actions {
                let Some(due) = &action.due else { continue };
                if action.is_closed() || due.value >= cx.today {
                    continue;
                }
                out.push(cx.diag(
                    &Self::META,
                    doc,
                    due.span,
                    tr!(
                        cx.lang,
                        "Åtgärden `{}` skulle vara klar senast {} ({} sedan) men är {}.",
                        "The action `{}` was due by {} ({} ago) but is {}.",
                        action.id.as_str(),
                        due.value,
                        crate::lang::days(cx.lang, due.value.days_until(cx.today)),
                        action.status()
                    ),
                ));
            }
        }
    }
}
