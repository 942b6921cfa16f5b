use crate::declare_rule;
use crate::diagnostic::Diagnostic;
use crate::model::Kind;
use crate::rules::{Context, Rule};
use crate::tr;

declare_rule! {
    /// En hög risk saknar åtgärd eller är inte förd till internkontrollplanen
    /// (`internkontroll: true`).
    ///
    /// En risk är hög när sannolikhet × konsekvens ≥ `riskmatris.hög_från` (standard 9),
    /// eller när konsekvensen ensam ≥ `riskmatris.hög_konsekvens` (standard 4), på skalorna 1–4.
    ///
    /// ## Varför
    /// SOSFS 2011:9 5 kap. 1 §, och kommunernas ledningssystem (Norrmalm, Tyresö, Hedemora): en risk som bedöms som både sannolik och
    /// allvarlig ska leda till en åtgärdsplan (Norrmalm), och risker med hög risk och/eller
    /// stor konsekvens förs till internkontrollplanen (Tyresö).
    ///
    /// ## Så åtgärdar du
    /// Lägg en åtgärd i handlingsplanen och hänvisa till den i riskens `åtgärder`, och sätt
    /// `internkontroll: true` när risken förts till internkontrollplanen.
    ///
    /// ## Fel
    /// ```yaml
    ///   - id: R1
    ///     beskrivning: Läkemedel ges inte i rätt tid vid hög sjukfrånvaro.
    ///     sannolikhet: 3
    ///     konsekvens: 4
    /// ```
    ///
    /// ## Rätt
    /// ```yaml
    ///   - id: R1
    ///     beskrivning: Läkemedel ges inte i rätt tid vid hög sjukfrånvaro.
    ///     sannolikhet: 3
    ///     konsekvens: 4
    ///     internkontroll: true
    ///     åtgärder: [Å-7]
    /// ```
    pub struct HighRiskUnhandled {
        code: "LSK302",
        name: "high-risk-unhandled",
        severity: Error,
        basis: "SOSFS 2011:9 5 kap. 1 §; Norrmalms ledningssystem (åtgärdsplan), Tyresö socialförvaltnings (internkontrollplan)",
    }
}

impl Rule for HighRiskUnhandled {
    fn check(&self, cx: &Context, out: &mut Vec<Diagnostic>) {
        let c = &cx.repo.config;
        for doc in cx.repo.current() {
            let Kind::RiskAnalysis(analysis) = &doc.kind else {
                continue;
            };
            for risk in &analysis.risks {
                if !risk.is_high(c.high_risk_from, c.high_risk_consequence) {
                    continue;
                }
                let internal = risk.internal_control.as_ref().is_some_and(|i| i.value);
                let missing = match (risk.actions.is_empty(), internal) {
                    (false, true) => continue,
                    (true, true) => cx.lang.pick("saknar åtgärd", "has no action"),
                    (false, false) => cx.lang.pick(
                        "är inte förd till internkontrollplanen",
                        "is not taken into the internal control plan",
                    ),
                    (true, false) => cx.lang.pick(
                        "saknar åtgärd och är inte förd till internkontrollplanen",
                        "has no action and is not taken into the internal control plan",
                    ),
                };
                let value = risk.value().unwrap_or_default();
                out.push(cx.diag(
                    &Self::META,
                    doc,
                    risk.id.span,
                    tr!(
                        cx.lang,
                        "Risken `{}` är hög (riskvärde {}) men {}.",
                        "The risk `{}` is high (risk value {}) but {}.",
                        risk.id.as_str(),
                        value,
                        missing
                    ),
                ));
            }
        }
    }
}
