use crate::declare_rule;
use crate::diagnostic::Diagnostic;
use crate::model::obligations::Duty;
use crate::rules::{Context, Rule};
use crate::tr;

declare_rule! {
    /// En kontroll i årets egenkontrollplan saknar en utförd kontroll (`utförda`) i en
    /// period som har tagit slut.
    ///
    /// Perioderna följer `frekvens`: månad, kvartal (K1–K4), tertial (T1 = jan–apr,
    /// T2 = maj–aug, T3 = sep–dec), halvår eller år. En period har tagit slut dagen efter
    /// dess sista dag. Varje missad period rapporteras för sig. Perioder som började före
    /// `införd` i `lsk.yaml` räknas inte.
    ///
    /// ## Varför
    /// SOSFS 2011:9 5 kap. 2 §: verksamheten ska utöva egenkontroll med den frekvens och
    /// omfattning som behövs för att säkra kvaliteten. En planerad kontroll som inte görs
    /// säkrar ingenting.
    ///
    /// ## Så åtgärdar du
    /// Dokumentera den utförda kontrollen under `utförda` med datum och resultat, eller
    /// ändra planens frekvens med ett beslut.
    ///
    /// ## Fel
    /// ```yaml
    ///   - id: EK-1
    ///     frekvens: kvartal
    ///     utförda:
    ///       - { datum: 2026-03-28, resultat: 8 av 10 aktuella. }
    ///       # ingen i K2 (apr–jun) eller K3 (jul–sep); i dag är 2026-11-24
    /// ```
    ///
    /// ## Rätt
    /// ```yaml
    ///   - id: EK-1
    ///     frekvens: kvartal
    ///     utförda:
    ///       - { datum: 2026-03-28, resultat: 8 av 10 aktuella. }
    ///       - { datum: 2026-06-20, resultat: 9 av 10 aktuella. }
    ///       - { datum: 2026-09-25, resultat: 10 av 10 aktuella. }
    /// ```
    pub struct SelfInspectionMissed {
        code: "LSK305",
        name: "self-inspection-missed",
        severity: Warning,
        basis: "SOSFS 2011:9 5 kap. 2 §",
    }
}

impl Rule for SelfInspectionMissed {
    fn check(&self, cx: &Context, out: &mut Vec<Diagnostic>) {
        for (o, doc) in cx.missed(Duty::Control) {
            let (Some(period), Some(control)) = (o.period, o.item()) else {
                continue;
            };
            out.push(cx.diag_for(
                &Self::META,
                o,
                doc,
                tr!(
                    cx.lang,
                    "Kontrollen `{}` har ingen utförd kontroll för {} ({}–{}).",
                    "The control `{}` has no performed control for {} ({}–{}).",
                    control,
                    period,
                    period.start(),
                    period.end()
                ),
            ));
        }
    }
}
