//! When a governed document's next review falls due: the one computation LSK202,
//! LSK203, LSK204 (and `lsk due`) share.

use crate::config::Config;
use crate::diagnostic::Span;
use crate::model::{Date, Document, Status};

/// A current governed document's review date and where it comes from.
#[derive(Debug, Clone, Copy)]
pub struct Review {
    pub decided: Date,
    /// `revideras_senast` if written, else `fastställd` + the type's interval.
    pub due: Date,
    /// Whether `due` was written (`revideras_senast`) or computed.
    pub explicit: bool,
    /// Where to point: `revideras_senast` when written, else `fastställd`.
    pub span: Span,
}

/// The review of a `gällande` governed document that has a valid `fastställd`.
pub fn review(doc: &Document, config: &Config) -> Option<Review> {
    if !doc.is_governed() || doc.status() != Status::InForce {
        return None;
    }
    let decided = doc.header.decided.as_ref()?;
    let months = config.review_months(doc.typ())?;
    Some(match &doc.header.review_by {
        Some(r) => Review {
            decided: decided.value,
            due: r.value,
            explicit: true,
            span: r.span,
        },
        None => Review {
            decided: decided.value,
            due: decided.value.add_months(months as i32),
            explicit: false,
            span: decided.span,
        },
    })
}

impl Review {
    /// A review date before the decision is LSK204's fault; LSK202/203 then stay quiet.
    pub fn is_consistent(&self) -> bool {
        self.due >= self.decided
    }
}
