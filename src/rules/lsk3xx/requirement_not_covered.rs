use crate::declare_rule;
use crate::diagnostic::Diagnostic;
use crate::model::Status;
use crate::model::config::FILE_NAME;
use crate::model::krav::catalogue;
use crate::rules::{Context, Rule};
use crate::tr;

declare_rule! {
    /// En paragraf i kravkatalogen som gäller verksamheten (`verksamhet`) nämns inte i
    /// något gällande dokuments `uppfyller`.
    ///
    /// 1 kap. (tillämpningsområde) räknas inte: den säger var föreskrifterna gäller, inte
    /// vad som ska göras. `lsk krav` visar katalogen och vilka dokument som täcker varje
    /// paragraf. Felet pekar på `lsk.yaml`, ett per paragraf.
    ///
    /// ## Varför
    /// SOSFS 2011:9 7 kap. 1 §: ledningssystemet ska dokumenteras. Att varje krav i
    /// föreskriften är kopplat till ett gällande dokument visar att systemet täcker dem.
    ///
    /// ## Så åtgärdar du
    /// Ange paragrafen i `uppfyller` på det dokument som uppfyller den, t.ex.
    /// `uppfyller: ["5 kap. 2 §"]` på egenkontrollplanen.
    ///
    /// ## Fel
    /// Inget gällande dokument har `"5 kap. 2 §"` i `uppfyller`.
    ///
    /// ## Rätt
    /// ```yaml
    /// typ: egenkontrollplan
    /// id: EK-2026
    /// uppfyller: ["5 kap. 2 §"]
    /// ```
    pub struct RequirementNotCovered {
        code: "LSK309",
        name: "requirement-not-covered",
        severity: Warning,
        basis: "SOSFS 2011:9 7 kap. 1 §",
    }
}

impl Rule for RequirementNotCovered {
    fn check(&self, cx: &Context, out: &mut Vec<Diagnostic>) {
        // A document that failed to load may be the one that covers the paragraph.
        if !cx.repo.unloaded.is_empty() {
            return;
        }
        let areas = &cx.repo.config.areas;
        for req in catalogue().iter().filter(|r| r.is_obligation()) {
            if !areas.iter().any(|&a| req.areas.applies_to(a)) {
                continue;
            }
            let covered = cx.repo.documents.iter().any(|d| {
                d.status() == Status::InForce && d.header.fulfils.iter().any(|p| *p.value.0 == *req)
            });
            if covered {
                continue;
            }
            out.push(Diagnostic::at_file(
                &Self::META,
                FILE_NAME,
                tr!(
                    cx.lang,
                    "{} ({}) uppfylls inte av något gällande dokument (`uppfyller`).",
                    "{} ({}) is fulfilled by no current document (`uppfyller`).",
                    req.reference(),
                    req.heading
                ),
            ));
        }
    }
}
