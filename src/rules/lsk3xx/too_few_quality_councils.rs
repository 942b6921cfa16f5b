use crate::declare_rule;
use crate::diagnostic::Diagnostic;
use crate::model::obligations::{Duty, Subject};
use crate::rules::{Context, Rule};
use crate::tr;

declare_rule! {
    /// Färre `kvalitetsråd` under det senaste hela kalenderåret än `kvalitetsråd_per_år`
    /// (standard 2). Ett år som började före `införd` i `lsk.yaml` räknas inte.
    ///
    /// ## Varför
    /// Tyresö socialförvaltnings ledningssystem (avsnitt 6.1): kvalitetsråd hålls minst två gånger
    /// per år, där avvikelser, synpunkter och klagomål sammanställs och analyseras och
    /// åtgärder beslutas tillsammans med personalen.
    ///
    /// ## Så åtgärdar du
    /// Dokumentera hållna kvalitetsråd (`typ: kvalitetsråd` med `datum`), eller ändra
    /// `kvalitetsråd_per_år` om ni beslutat om en annan takt. Felet pekar på `lsk.yaml`.
    ///
    /// ## Fel
    /// Ett enda protokoll med `datum` under 2025, när i dag är 2026-11-24.
    ///
    /// ## Rätt
    /// ```yaml
    /// typ: kvalitetsråd
    /// id: KR-2025-03-12
    /// datum: 2025-03-12
    /// ---
    /// typ: kvalitetsråd
    /// id: KR-2025-10-07
    /// datum: 2025-10-07
    /// ```
    pub struct TooFewQualityCouncils {
        code: "LSK306",
        name: "too-few-quality-councils",
        severity: Warning,
        basis: "Tyresö socialförvaltnings ledningssystem 6.1 (kvalitetsråd minst två gånger per år)",
    }
}

impl Rule for TooFewQualityCouncils {
    fn check(&self, cx: &Context, out: &mut Vec<Diagnostic>) {
        // One finding per year short of councils, on the first missing one.
        let mut seen = std::collections::BTreeSet::new();
        for (o, _) in cx.missed(Duty::QualityCouncil) {
            let Subject::Council { wanted, held, .. } = o.subject else {
                continue;
            };
            if !seen.insert(o.year) {
                continue;
            }
            out.push(cx.diag_for(
                &Self::META,
                o,
                None,
                tr!(
                    cx.lang,
                    "{} kvalitetsråd hölls under {}; minst {} ska hållas per år (`kvalitetsråd_per_år`).",
                    "{} quality councils were held in {}; at least {} a year are required (`kvalitetsråd_per_år`).",
                    held,
                    o.year,
                    wanted
                ),
            ));
        }
    }
}
