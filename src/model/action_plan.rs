//! `handlingsplan`: the åtgärder (actions) and their follow-up (5 kap.).

use super::{Area, Date, Id};
use crate::model::decode::Spanned;
use crate::{record, vocabulary};

vocabulary! {
    /// An åtgärd's status.
    pub enum ActionStatus {
        Planned = "planerad" / "planned",
        Ongoing = "pågående" / "ongoing",
        Done = "klar" / "done",
        Cancelled = "avbruten" / "cancelled",
    }
}

record! {
    /// One åtgärd (action).
    pub struct Action {
        "id" id: Spanned<Id> [required],
        "beskrivning" description: Option<Spanned<String>> [required],
        /// The risk analysis, control or follow-up it answers.
        "källa" source: Option<Spanned<Id>>,
        "ansvarig" responsible: Option<Spanned<Id>> [required],
        "klart_senast" due: Option<Spanned<Date>> [required],
        /// Default planerad.
        "status" status: Option<Spanned<ActionStatus>>,
        "genomförd" completed: Option<Spanned<Date>>,
        /// The evaluated effect.
        "effekt" effect: Option<Spanned<String>>,
        /// The legal areas it concerns (SoL, LSS, HSL …); without it, its document's.
        "omfattning" scope: Vec<Spanned<Area>>,
    }
}

record! {
    /// `typ: handlingsplan`
    pub struct ActionPlan {
        "åtgärder" actions: Vec<Action>,
    }
}

impl Action {
    /// The status; default planerad.
    pub fn status(&self) -> ActionStatus {
        self.status
            .as_ref()
            .map_or(ActionStatus::Planned, |s| s.value)
    }

    /// Done or cancelled: nothing more is due.
    pub fn is_closed(&self) -> bool {
        matches!(self.status(), ActionStatus::Done | ActionStatus::Cancelled)
    }
}
