use crate::declare_rule;
use crate::diagnostic::Diagnostic;
use crate::model::Status;
use crate::model::config::FILE_NAME;
use crate::rules::{Context, Rule};
use crate::tr;

declare_rule! {
    /// Ingen aktivitet i någon gällande process anger `samverkan`.
    ///
    /// ## Varför
    /// SOSFS 2011:9 4 kap. 5–6 §§: de processer där samverkan behövs ska identifieras, och
    /// rutiner för samverkan ska finnas (med andra verksamheter, huvudmän och
    /// vårdgivare). Ett ledningssystem utan någon samverkan har sannolikt inte identifierat den.
    ///
    /// ## Så åtgärdar du
    /// Ange `samverkan` på de aktiviteter där ni samverkar, med part och gärna ett
    /// samverkansdokument. Felet pekar på `lsk.yaml`, eftersom det gäller förrådet som helhet.
    ///
    /// ## Fel
    /// Processer där ingen aktivitet har `samverkan`.
    ///
    /// ## Rätt
    /// ```yaml
    ///   - id: P-SÄBO.3
    ///     titel: Verkställa beslut
    ///     ansvarig: [enhetschef]
    ///     rutiner: [RUT-INFLYTT]
    ///     samverkan:
    ///       - part: Regionens vårdcentral
    ///         beskrivning: Läkarmedverkan enligt överenskommelse.
    /// ```
    pub struct NoCollaborationIdentified {
        code: "LSK112",
        name: "no-collaboration-identified",
        severity: Warning,
        basis: "SOSFS 2011:9 4 kap. 5–6 §§ (samverkan)",
    }
}

impl Rule for NoCollaborationIdentified {
    fn check(&self, cx: &Context, out: &mut Vec<Diagnostic>) {
        let any = cx
            .repo
            .documents
            .iter()
            .filter(|d| d.status() == Status::InForce)
            .filter_map(|d| d.process())
            .any(|p| p.activities.iter().any(|a| !a.collaboration.is_empty()));
        // A process that failed to load and writes `samverkan` may be the one that names
        // the collaboration.
        let maybe = cx
            .repo
            .unloaded_mentions(crate::model::DocType::Process, "samverkan");
        if !any && !maybe {
            out.push(Diagnostic::at_file(
                &Self::META,
                FILE_NAME,
                tr!(
                    cx.lang,
                    "Ingen aktivitet i någon gällande process anger samverkan.",
                    "No activity of any current process names a collaboration."
                ),
            ));
        }
    }
}
