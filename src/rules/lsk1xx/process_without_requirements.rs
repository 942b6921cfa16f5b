use crate::declare_rule;
use crate::diagnostic::Diagnostic;
use crate::rules::{Context, Rule};
use crate::tr;

declare_rule! {
    /// En process har ingen `krav` (tom eller saknad lista).
    ///
    /// ## Varför
    /// Tyresö socialförvaltnings ledningssystem (avsnitt 3): för varje process ska "de krav
    /// och mål som gäller för tjänsten identifieras". `krav` hänvisar till de lagar och
    /// föreskrifter i författningslistan som processen vilar på.
    ///
    /// ## Så åtgärdar du
    /// Ange id:n ur författningslistan, t.ex. `krav: [SoL, HSL]`.
    ///
    /// ## Fel
    /// ```yaml
    /// krav: []
    /// ```
    ///
    /// ## Rätt
    /// ```yaml
    /// krav: [SoL, HSL, PSL]
    /// ```
    pub struct ProcessWithoutRequirements {
        code: "LSK113",
        name: "process-without-requirements",
        severity: Warning,
        basis: "Tyresö socialförvaltnings ledningssystem, avsnitt 3 (krav och mål identifieras)",
    }
}

impl Rule for ProcessWithoutRequirements {
    fn check(&self, cx: &Context, out: &mut Vec<Diagnostic>) {
        for doc in &cx.repo.documents {
            let Some(p) = doc.process() else { continue };
            if !p.requirements.is_empty() || doc.is_faulty("krav") {
                continue;
            }
            let span = doc.key_span("krav").unwrap_or_else(|| doc.first_line());
            out.push(cx.diag(
                &Self::META,
                doc,
                span,
                tr!(
                    cx.lang,
                    "Processen `{}` anger inga krav (lagar och föreskrifter) för tjänsten.",
                    "The process `{}` names no requirements (laws and regulations) for the service.",
                    doc.id()
                ),
            ));
        }
    }
}
