//! `granskning`: a review of the service from outside the management system: a follow-up
//! of a contractor's agreement (avtalsuppföljning), supervision (tillsyn, e.g. by IVO), an
//! audit (revision) or another external review. The berättelser report them.

use super::{Date, Id};
use crate::model::decode::Spanned;
use crate::{record, vocabulary};

vocabulary! {
    /// What kind of review.
    pub enum ReviewKind {
        ContractFollowUp = "avtalsuppföljning" / "contract follow-up",
        Supervision = "tillsyn" / "supervision",
        Audit = "revision" / "audit",
        Other = "extern granskning" / "external review",
    }
}

record! {
    /// `typ: granskning`: one external review and what it found.
    pub struct ExternalReview {
        "datum" date: Option<Spanned<Date>> [required],
        "slag" kind: Option<Spanned<ReviewKind>> [required],
        /// Who reviewed: IVO, the auditors, the procurement unit.
        "granskare" reviewer: Option<Spanned<String>> [required],
        /// What or whom it concerned, e.g. a contractor.
        "avser" subject: Option<Spanned<String>>,
        "resultat" result: Option<Spanned<String>> [required],
        /// Ids of åtgärder in a handlingsplan that answer it.
        "åtgärder" actions: Vec<Spanned<Id>>,
    }
}
