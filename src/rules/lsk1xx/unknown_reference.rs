use rayon::prelude::*;
use rustc_hash::FxHashSet as HashSet;

use super::references::{Target, references};
use crate::declare_rule;
use crate::diagnostic::Diagnostic;
use crate::model::{DocType, Document, Kind};
use crate::rules::{Context, Rule, refs::did_you_mean};
use crate::tr;

declare_rule! {
    /// En hänvisning till en roll, ett dokument, en process, en författning eller en
    /// åtgärd som inte finns (med det närmaste id som finns).
    ///
    /// Hänvisningar som kontrolleras: roller i `dokumentägare`, `beslutad_av`,
    /// `processägare`, `processledare`, `ansvarig` och `deltagare`; rutiner, checklistor
    /// och riktlinjer i `rutiner`; processer i `delprocess`, `överordnad`, `processer` och
    /// en risks `process`; samverkansdokument i `samverkan.dokument`; författningar i
    /// `krav`; åtgärder i `åtgärder`; och en åtgärds `källa` (ett dokument eller en kontroll).
    ///
    /// ## Varför
    /// En hänvisning som inte går att följa är ett glapp i ledningssystemet: en aktivitet
    /// utan giltig rutin, ett ansvar som ingen roll bär.
    ///
    /// ## Så åtgärdar du
    /// Rätta stavningen (förslaget visar närmaste befintliga id), eller skapa det som saknas.
    ///
    /// ## Fel
    /// ```yaml
    /// aktiviteter:
    ///   - id: P-SÄBO.3
    ///     titel: Verkställa beslut
    ///     ansvarig: [enhetchef]
    ///     rutiner: [RUT-INFLYT]
    /// ```
    ///
    /// ## Rätt
    /// ```yaml
    /// aktiviteter:
    ///   - id: P-SÄBO.3
    ///     titel: Verkställa beslut
    ///     ansvarig: [enhetschef]
    ///     rutiner: [RUT-INFLYTT]
    /// ```
    pub struct UnknownReference {
        code: "LSK101",
        name: "unknown-reference",
        severity: Error,
        basis: "SOSFS 2011:9 7 kap. 1 § (ett dokumenterat, sammanhängande ledningssystem)",
    }
}

impl Rule for UnknownReference {
    fn check(&self, cx: &Context, out: &mut Vec<Diagnostic>) {
        let repo = cx.repo;
        let ids = |f: fn(&Kind) -> Vec<&str>| -> HashSet<&str> {
            repo.documents.iter().flat_map(|d| f(&d.kind)).collect()
        };
        let actions = ids(|k| match k {
            Kind::ActionPlan(p) => p.actions.iter().map(|a| a.id.as_str()).collect(),
            _ => Vec::new(),
        });
        let controls = ids(|k| match k {
            Kind::SelfInspectionPlan(p) => p.controls.iter().map(|c| c.id.as_str()).collect(),
            _ => Vec::new(),
        });
        // Whether a document with this id is of one of `types`: looked up, not collected
        // (the first document with the id, else, rarely, the others with it).
        let is_a = |id: &str, types: &[DocType]| match repo.document(id) {
            Some(d) if types.contains(&d.typ()) => true,
            Some(_) => repo
                .documents
                .iter()
                .any(|d| d.id() == id && types.contains(&d.typ())),
            None => false,
        };
        // The ids of `types`, for the hint: only for a reference that does not resolve.
        let docs_of = |types: &[DocType]| -> Vec<&str> {
            repo.documents
                .iter()
                .filter(|d| types.contains(&d.typ()))
                .map(|d| d.id())
                .collect()
        };
        // Which types are loaded at all, looked up once rather than per reference.
        let loaded_types: HashSet<DocType> = repo.documents.iter().map(|d| d.typ()).collect();
        let loaded = |t: DocType| loaded_types.contains(&t);
        const ROUTINES: &[DocType] = &[DocType::Routine, DocType::Checklist, DocType::Guideline];

        // Each document's references on their own, on every core: this is the longest
        // rule (4 ms of 11 at 10,000 documents), and the rules' phase waited for it.
        let of_document = |doc: &Document| {
            let mut out = Vec::new();
            for r in references(doc) {
                let id = r.id.as_str();
                let exists = match r.target {
                    Target::Role => repo.role(id).is_some(),
                    Target::Statute => repo.statute(id).is_some(),
                    Target::Action => actions.contains(id),
                    Target::Routine => is_a(id, ROUTINES),
                    Target::Process => is_a(id, &[DocType::Process]),
                    Target::Agreement => is_a(id, &[DocType::Agreement]),
                    Target::Source => repo.document(id).is_some() || controls.contains(id),
                };
                // A reference into what failed to load is that file's fault, reported there;
                // with no roles or statutes loaded at all, LSK110/LSK207 report the one fault.
                if exists {
                    continue;
                }
                let cause_elsewhere = repo.is_unloaded_id(id)
                    || match r.target {
                        Target::Role => !loaded(DocType::Responsibilities),
                        Target::Statute => !loaded(DocType::Statutes),
                        Target::Action => repo.unloaded_mentions(DocType::ActionPlan, id),
                        _ => false,
                    };
                if cause_elsewhere {
                    continue;
                }
                // Only now, for the message and the hint, what could have been meant.
                let (what_sv, what_en, mut candidates): (&str, &str, Vec<&str>) = match r.target {
                    Target::Role => ("rollen", "the role", repo.role_ids().collect()),
                    Target::Statute => {
                        ("författningen", "the statute", repo.statute_ids().collect())
                    }
                    Target::Action => ("åtgärden", "the action", actions.iter().copied().collect()),
                    Target::Routine => (
                        "rutinen, checklistan eller riktlinjen",
                        "the routine, checklist or guideline",
                        docs_of(ROUTINES),
                    ),
                    Target::Process => ("processen", "the process", docs_of(&[DocType::Process])),
                    Target::Agreement => (
                        "samverkansdokumentet",
                        "the collaboration document",
                        docs_of(&[DocType::Agreement]),
                    ),
                    Target::Source => (
                        "dokumentet eller kontrollen",
                        "the document or control",
                        repo.document_ids()
                            .chain(controls.iter().copied())
                            .collect(),
                    ),
                };
                let message = match repo.document(id) {
                    // The id exists, but as a document of the wrong type.
                    Some(other) if r.target.is_document() => tr!(
                        cx.lang,
                        "`{}` hänvisar till `{}`, som är av typen {}, inte {}.",
                        "`{}` refers to `{}`, which is of type {}, not {}.",
                        r.key,
                        id,
                        other.typ(),
                        cx.lang.pick(what_sv, what_en)
                    ),
                    _ => tr!(
                        cx.lang,
                        "`{}` hänvisar till {} `{}`, som inte finns.",
                        "`{}` refers to {} `{}`, which does not exist.",
                        r.key,
                        cx.lang.pick(what_sv, what_en),
                        id
                    ),
                };
                candidates.sort_unstable();
                let mut d = cx.diag(&Self::META, doc, r.id.span, message);
                if let Some(help) = did_you_mean(cx, id, candidates) {
                    d = d.with_help(help);
                } else if r.target == Target::Role {
                    // Far from every role: another role would be a wrong guess.
                    let file = repo
                        .documents
                        .iter()
                        .find(|d| d.typ() == crate::model::DocType::Responsibilities)
                        .map(|d| repo.file_of(d).path.clone());
                    d = d.with_help(match file {
                        Some(file) => tr!(
                            cx.lang,
                            "Lägg till rollen `{}` i ansvarsfördelningen ({}), eller skriv en roll som finns där.",
                            "Add the role `{}` to the division of responsibilities ({}), or write a role defined there.",
                            id,
                            file
                        ),
                        None => tr!(
                            cx.lang,
                            "Lägg till rollen `{}` i en ansvarsfördelning (`typ: ansvarsfördelning`).",
                            "Add the role `{}` to a division of responsibilities (`typ: ansvarsfördelning`).",
                            id
                        ),
                    });
                }
                out.push(d);
            }
            out
        };
        out.par_extend(repo.documents.par_iter().flat_map_iter(of_document));
    }
}
