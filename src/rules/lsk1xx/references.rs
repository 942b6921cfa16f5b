//! Every reference a document makes, in one place: LSK101 checks that each resolves,
//! LSK114 that none of a current document's document references is repealed.

use crate::model::{Document, Id, Kind, Spanned};

/// What a reference must resolve to.
#[derive(Debug, Clone, Copy, PartialEq, Eq)]
pub enum Target {
    Role,
    Statute,
    Action,
    /// A rutin, checklista or riktlinje.
    Routine,
    Process,
    Agreement,
    /// A document of any type, or a control (an åtgärd's `källa`).
    Source,
}

impl Target {
    /// Whether the reference names a document (and so can point at a repealed one).
    pub fn is_document(self) -> bool {
        matches!(
            self,
            Target::Routine | Target::Process | Target::Agreement | Target::Source
        )
    }
}

/// One reference: the key it is written under, what it must resolve to, and the id.
pub struct Reference<'a> {
    pub key: &'static str,
    pub target: Target,
    pub id: &'a Spanned<Id>,
}

/// All references `doc` makes, in source order.
pub fn references(doc: &Document) -> Vec<Reference<'_>> {
    let mut out = Vec::new();
    let mut push = |key, target, id| out.push(Reference { key, target, id });
    let h = &doc.header;
    for (key, id) in [("dokumentägare", &h.owner), ("beslutad_av", &h.decided_by)] {
        if let Some(id) = id {
            push(key, Target::Role, id);
        }
    }
    match &doc.kind {
        Kind::Process(p) => {
            if let Some(id) = &p.parent {
                push("överordnad", Target::Process, id);
            }
            for (key, id) in [("processägare", &p.owner), ("processledare", &p.leader)] {
                if let Some(id) = id {
                    push(key, Target::Role, id);
                }
            }
            for id in &p.requirements {
                push("krav", Target::Statute, id);
            }
            for a in &p.activities {
                for id in a.responsible.iter() {
                    push("ansvarig", Target::Role, id);
                }
                for id in &a.routines {
                    push("rutiner", Target::Routine, id);
                }
                if let Some(id) = &a.subprocess {
                    push("delprocess", Target::Process, id);
                }
                for c in &a.collaboration {
                    if let Some(id) = &c.document {
                        push("dokument", Target::Agreement, id);
                    }
                }
            }
        }
        Kind::RiskAnalysis(r) => {
            for id in &r.participants {
                push("deltagare", Target::Role, id);
            }
            for risk in &r.risks {
                if let Some(id) = &risk.process {
                    push("process", Target::Process, id);
                }
                for id in &risk.actions {
                    push("åtgärder", Target::Action, id);
                }
            }
        }
        Kind::ActionPlan(plan) => {
            for a in &plan.actions {
                if let Some(id) = &a.source {
                    push("källa", Target::Source, id);
                }
                if let Some(id) = &a.responsible {
                    push("ansvarig", Target::Role, id);
                }
            }
        }
        Kind::SelfInspectionPlan(plan) => {
            for c in &plan.controls {
                if let Some(id) = &c.responsible {
                    push("ansvarig", Target::Role, id);
                }
                for p in &c.performed {
                    for id in &p.actions {
                        push("åtgärder", Target::Action, id);
                    }
                }
            }
        }
        Kind::FollowUp(f) => {
            for id in &f.actions {
                push("åtgärder", Target::Action, id);
            }
        }
        Kind::QualityCouncil(k) => {
            for id in &k.participants {
                push("deltagare", Target::Role, id);
            }
        }
        Kind::Agreement(s) => {
            for id in &s.processes {
                push("processer", Target::Process, id);
            }
        }
        Kind::ExternalReview(r) => {
            for id in &r.actions {
                push("åtgärder", Target::Action, id);
            }
        }
        Kind::Responsibilities(_)
        | Kind::Statutes(_)
        | Kind::Text
        | Kind::QualityGoals(_)
        | Kind::ReportText(_) => {}
    }
    out.sort_by_key(|r| r.id.span.start);
    out
}
