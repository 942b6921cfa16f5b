//! `egenkontrollplan`: planned self-inspections and those performed (5 kap. 2 §).

use super::{Date, Id, Period, Year};
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

impl Frequency {
    /// The periods of `year` a control with this frequency must be performed in.
    pub fn periods(self, year: i16) -> Vec<Period> {
        match self {
            Frequency::Month => (1..=12).map(|m| Period::Month(year, m)).collect(),
            Frequency::Quarter => (1..=4).map(|n| Period::Quarter(year, n)).collect(),
            Frequency::Tertial => (1..=3).map(|n| Period::Tertial(year, n)).collect(),
            Frequency::Half => (1..=2).map(|n| Period::Half(year, n)).collect(),
            Frequency::Year => vec![Period::Year(year)],
        }
    }
}

impl Control {
    /// Whether a performed control is dated within `period`.
    pub fn performed_in(&self, period: Period) -> bool {
        self.performed.iter().any(|p| period.contains(p.date.value))
    }

    /// The periods of `year` that ended before `today` without a performed control.
    pub fn missed_periods(&self, year: i16, today: Date) -> Vec<Period> {
        let Some(frequency) = &self.frequency else {
            return Vec::new();
        };
        frequency
            .periods(year)
            .into_iter()
            .filter(|p| p.end() < today && !self.performed_in(*p))
            .collect()
    }
}
