use crate::declare_rule;
use crate::diagnostic::Diagnostic;
use crate::model::obligations::Duty;
use crate::rules::{Context, Rule};
use crate::tr;

declare_rule! {
    /// Dagens datum är efter `revideras_senast` (angiven, eller `fastställd` plus typens
    /// granskningsintervall från `lsk.yaml`).
    ///
    /// ## Varför
    /// Förebilderna anger att dokument "bör revideras senast" ett visst datum, och
    /// ledningssystemet ska hållas aktuellt genom fortlöpande översyn. Ett dokument som
    /// passerat sin revisionstid kan beskriva ett arbetssätt som inte längre gäller.
    ///
    /// ## Så åtgärdar du
    /// Gå igenom dokumentet, revidera det vid behov och registrera det nya beslutet med
    /// `lsk approve ID --by ROLL`, som skriver nytt `fastställd`, `revideras_senast` och
    /// `kontrollsumma`.
    ///
    /// ## Fel
    /// ```yaml
    /// fastställd: 2024-03-01
    /// revideras_senast: 2025-03-01   # och i dag är 2026-11-24
    /// ```
    ///
    /// ## Rätt
    /// ```yaml
    /// fastställd: 2026-03-01
    /// revideras_senast: 2027-03-01
    /// ```
    pub struct ReviewOverdue {
        code: "LSK202",
        name: "review-overdue",
        severity: Error,
        basis: "kommunala ledningssystem (Norrmalm, Tyresö, Hedemora): \"bör revideras senast\"; fortlöpande översyn",
    }
}

impl Rule for ReviewOverdue {
    fn check(&self, cx: &Context, out: &mut Vec<Diagnostic>) {
        for (o, doc) in cx.missed(Duty::Review) {
            let Some(doc) = doc else { continue };
            let days = o.due.days_until(cx.today);
            out.push(
                cx.diag_for(
                    &Self::META,
                    o,
                    Some(doc),
                    tr!(
                        cx.lang,
                        "{} skulle ha reviderats senast {} ({} sedan).",
                        "{} should have been reviewed by {} ({} ago).",
                        cx.lang.pick(doc.typ().definite_sv(), doc.typ().definite_en()),
                        o.due,
                        crate::lang::days(cx.lang, days)
                    ),
                )
                .with_help(tr!(
                    cx.lang,
                    "Gå igenom dokumentet, revidera det vid behov och registrera beslutet med `lsk approve {} --by ROLL`.",
                    "Review the document, revise it if needed and record the decision with `lsk approve {} --by ROLE`.",
                    doc.id()
                )),
            );
        }
    }
}
