use crate::declare_rule;
use crate::diagnostic::Diagnostic;
use crate::model::obligations::Duty;
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
        basis: "patientsäkerhetslagen 3 kap. 2 § (tidsplan för åtgärder som inte kan vidtas omedelbart); SOSFS 2011:9 5 kap. (åtgärder); Hedemora omsorgsförvaltnings ledningssystem 7.5",
    }
}

impl Rule for ActionOverdue {
    fn check(&self, cx: &Context, out: &mut Vec<Diagnostic>) {
        for (o, doc) in cx.missed(Duty::Action) {
            let Some(action) = doc
                .and_then(|d| d.action_plan())
                .and_then(|p| p.actions.iter().find(|a| Some(a.id.as_str()) == o.item()))
            else {
                continue;
            };
            out.push(cx.diag_for(
                &Self::META,
                o,
                doc,
                tr!(
                    cx.lang,
                    "Åtgärden `{}` skulle vara klar senast {} ({} sedan) men är {}.",
                    "The action `{}` was due by {} ({} ago) but is {}.",
                    action.id.as_str(),
                    o.due,
                    crate::lang::days(cx.lang, o.due.days_until(cx.today)),
                    action.status()
                ),
            ));
        }
    }
}
