use crate::declare_rule;
use crate::diagnostic::Diagnostic;
use crate::model::obligations::{Duty, Subject};
use crate::rules::{Context, Rule};
use crate::tr;

declare_rule! {
    /// Ingen `riskanalys` är genomförd under de senaste 12 månaderna.
    ///
    /// ## Varför
    /// SOSFS 2011:9 5 kap. 1 §: verksamheten ska fortlöpande bedöma om det finns risk för
    /// händelser som kan medföra brister i kvaliteten. Förebilderna gör en risk- och
    /// konsekvensanalys minst en gång om året, och inför förändringar.
    ///
    /// ## Så åtgärdar du
    /// Genomför en riskanalys och dokumentera den (`typ: riskanalys` med `genomförd`).
    /// Finns ingen alls pekar felet på `lsk.yaml`; annars på den senastes `genomförd`.
    ///
    /// ## Fel
    /// ```yaml
    /// typ: riskanalys
    /// genomförd: 2025-01-20   # i dag är 2026-11-24
    /// ```
    ///
    /// ## Rätt
    /// ```yaml
    /// typ: riskanalys
    /// genomförd: 2026-01-20
    /// ```
    pub struct RiskAnalysisMissing {
        code: "LSK301",
        name: "risk-analysis-missing",
        severity: Warning,
        basis: "SOSFS 2011:9 5 kap. 1 §",
    }
}

impl Rule for RiskAnalysisMissing {
    fn check(&self, cx: &Context, out: &mut Vec<Diagnostic>) {
        for (o, doc) in cx.missed(Duty::RiskAnalysis) {
            let message = match o.subject {
                Subject::LatestRiskAnalysis(Some(date)) => tr!(
                    cx.lang,
                    "Senaste riskanalysen genomfördes {}; ingen är gjord de senaste 12 månaderna.",
                    "The latest risk analysis was made {}; none in the last 12 months.",
                    date
                ),
                _ => tr!(
                    cx.lang,
                    "Förrådet har ingen riskanalys (`typ: riskanalys`).",
                    "The repository has no risk analysis (`typ: riskanalys`)."
                ),
            };
            out.push(cx.diag_for(&Self::META, o, doc, message));
        }
    }
}
