//! `egenkontrollplan`: planned self-inspections and those performed (5 kap. 2 §).

use super::{Date, Id, Year};
use crate::load::decode::Spanned;
use crate::{record, vocabulary};

vocabulary! {
    /// How often a control is performed.
    pub enum Frequency {
        Month = "månad",
        Quarter = "kvartal",
        Tertial = "tertial",
        Half = "halvår",
        Year = "år",
    }
}

record! {
    /// One performed control.
    pub struct Performed {
        "datum" date: Spanned<Date> [required],
        "resultat" result: Option<Spanned<String>> [required],
        "åtgärder" actions: Vec<Spanned<Id>>,
    }
}

record! {
    /// One planned control.
    pub struct Control {
        "id" id: Spanned<Id> [required],
        "vad" what: Option<Spanned<String>> [required],
        "metod" method: Option<Spanned<String>>,
        "frekvens" frequency: Option<Spanned<Frequency>> [required],
        "ansvarig" responsible: Option<Spanned<Id>> [required],
        "utförda" performed: Vec<Performed>,
    }
}

record! {
    /// `typ: egenkontrollplan`
    pub struct SelfInspectionPlan {
        "år" year: Option<Spanned<Year>> [required],
        "kontroller" controls: Vec<Control>,
    }
}
