use super::current;
use crate::config::FILE_NAME;
use crate::declare_rule;
use crate::diagnostic::Diagnostic;
use crate::model::{DocType, Kind};
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
        let since = cx.today.add_months(-12);
        let latest = current(cx.repo)
            .filter_map(|d| match &d.kind {
                Kind::RiskAnalysis(r) => r.performed.as_ref().map(|p| (p.value, d, p.span)),
                _ => None,
            })
            .filter(|(date, _, _)| *date <= cx.today)
            .max_by_key(|(date, d, _)| (*date, std::cmp::Reverse(d.file)));
        match latest {
            Some((date, _, _)) if date > since => {}
            Some((date, doc, span)) => out.push(cx.diag(
                &Self::META,
                doc,
                span,
                tr!(
                    cx.lang,
                    "Senaste riskanalysen genomfördes {}; ingen är gjord de senaste 12 månaderna.",
                    "The latest risk analysis was made {}; none in the last 12 months.",
                    date
                ),
            )),
            // An analysis without a valid date is LSK004/LSK005's finding; one that failed
            // to load is LSK001/LSK002's.
            None if cx.repo.has_or_may_have(DocType::RiskAnalysis) => {}
            None => out.push(Diagnostic::at_file(
                &Self::META,
                FILE_NAME,
                tr!(
                    cx.lang,
                    "Förrådet har ingen riskanalys (`typ: riskanalys`).",
                    "The repository has no risk analysis (`typ: riskanalys`)."
                ),
            )),
        }
    }
}
