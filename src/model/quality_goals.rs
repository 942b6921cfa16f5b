//! `kvalitetsmål`: the year's quality goals and their indicators.

use super::{Area, Id, Year};
use crate::model::decode::Spanned;
use crate::{record, vocabulary};

vocabulary! {
    /// Which direction is better for an indicator.
    pub enum Better {
        Higher = "högre" / "higher",
        Lower = "lägre" / "lower",
    }
}

record! {
    /// A measurable indicator of a goal.
    pub struct Indicator {
        "namn" name: Option<Spanned<String>> [required],
        "källa" source: Option<Spanned<String>>,
        "enhet" unit: Option<Spanned<String>>,
        "målvärde" target: Option<Spanned<f64>> [required],
        "utfall" outcome: Option<Spanned<f64>>,
        /// Default högre.
        "bättre" better: Option<Spanned<Better>>,
        /// The legal areas it concerns (SoL, LSS, HSL …); without it, its document's.
        "omfattning" scope: Vec<Spanned<Area>>,
    }
}

record! {
    /// One quality goal.
    pub struct Goal {
        "id" id: Spanned<Id> [required],
        "titel" title: Option<Spanned<String>> [required],
        "indikatorer" indicators: Vec<Indicator>,
        /// The legal areas it concerns (SoL, LSS, HSL …); without it, its document's.
        "omfattning" scope: Vec<Spanned<Area>>,
    }
}

record! {
    /// `typ: kvalitetsmål`
    pub struct QualityGoals {
        "år" year: Option<Spanned<Year>> [required],
        "mål" goals: Vec<Goal>,
    }
}
