use rustc_hash::FxHashSet as HashSet;

use crate::declare_rule;
use crate::diagnostic::Diagnostic;
use crate::model::{DocType, Status};
use crate::rules::{Context, Rule};
use crate::tr;

declare_rule! {
    /// En gällande rutin eller checklista som ingen aktivitet hänvisar till.
    ///
    /// ## Varför
    /// SOSFS 2011:9 4 kap. 4 §: rutinerna tas fram för processernas aktiviteter. En rutin
    /// som ingen aktivitet använder är antingen inaktuell eller saknas i processkartan.
    ///
    /// ## Så åtgärdar du
    /// Lägg rutinens id i `rutiner` för den aktivitet den hör till, eller sätt
    /// `status: upphävd` om den inte längre används.
    ///
    /// ## Fel
    /// En `rutin` med id `RUT-NYCKLAR` som ingen process nämner.
    ///
    /// ## Rätt
    /// ```yaml
    ///   - id: P-SÄBO.3
    ///     titel: Verkställa beslut
    ///     ansvarig: [enhetschef]
    ///     rutiner: [RUT-INFLYTT, RUT-NYCKLAR]
    /// ```
    pub struct OrphanRoutine {
        code: "LSK105",
        name: "orphan-routine",
        severity: Warning,
        basis: "SOSFS 2011:9 4 kap. 4 §",
    }
}

impl Rule for OrphanRoutine {
    fn check(&self, cx: &Context, out: &mut Vec<Diagnostic>) {
        let used: HashSet<&str> = cx
            .repo
            .documents
            .iter()
            .filter_map(|d| d.process())
            .flat_map(|p| p.activities.iter())
            .flat_map(|a| a.routines.iter().map(|r| r.as_str()))
            .collect();
        for doc in &cx.repo.documents {
            let routine = matches!(doc.typ(), DocType::Routine | DocType::Checklist);
            if !routine || doc.status() != Status::InForce || used.contains(doc.id()) {
                continue;
            }
            // A process that failed to load and names the routine may be the one that
            // uses it; one that does not name it explains nothing.
            if cx.repo.unloaded_mentions(DocType::Process, doc.id()) {
                continue;
            }
            out.push(cx.diag(
                &Self::META,
                doc,
                doc.header.id.span,
                tr!(
                    cx.lang,
                    "{} `{}` används inte av någon aktivitet.",
                    "{} `{}` is not used by any activity.",
                    cx.lang.pick(doc.typ().definite_sv(), doc.typ().definite_en()),
                    doc.id()
                ),
            ));
        }
    }
}
