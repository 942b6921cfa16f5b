use crate::declare_rule;
use crate::diagnostic::Diagnostic;
use crate::model::obligations::Duty;
use crate::rules::{Context, Rule};
use crate::tr;

declare_rule! {
    /// Revisionen förfaller inom `varning_dagar` (standard 60 dagar).
    ///
    /// ## Varför
    /// En påminnelse i god tid gör att revisionen hinner planeras in, i stället för att
    /// dokumentet blir för gammalt (LSK202).
    ///
    /// ## Så åtgärdar du
    /// Planera in revisionen. Varningen försvinner när beslutet registrerats på nytt.
    ///
    /// ## Fel
    /// ```yaml
    /// revideras_senast: 2026-12-15   # i dag är 2026-11-24
    /// ```
    ///
    /// ## Rätt
    /// ```yaml
    /// revideras_senast: 2027-06-15
    /// ```
    pub struct ReviewDueSoon {
        code: "LSK203",
        name: "review-due-soon",
        severity: Warning,
        basis: "revisionscykeln (se LSK202)",
    }
}

impl Rule for ReviewDueSoon {
    fn check(&self, cx: &Context, out: &mut Vec<Diagnostic>) {
        let window = i64::from(cx.repo.config.warning_days);
        for o in cx.obligations().iter().filter(|o| o.duty == Duty::Review) {
            let Some(doc) = o.document.map(|i| &cx.repo.documents[i]) else {
                continue;
            };
            let days = cx.today.days_until(o.due);
            if days < 0 || i64::from(days) > window {
                continue;
            }
            out.push(cx.diag_for(
                &Self::META,
                o,
                Some(doc),
                tr!(
                    cx.lang,
                    "{} ska revideras senast {} (om {}).",
                    "{} is due for review by {} (in {}).",
                    cx.lang.pick(doc.typ().definite_sv(), doc.typ().definite_en()),
                    o.due,
                    crate::lang::days(cx.lang, days)
                ),
            ));
        }
    }
}
