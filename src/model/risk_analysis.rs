//! `riskanalys`: a risk and consequence analysis (5 kap. 1 §).

use super::{Area, Date, Id, OrgLevel, Scale};
use crate::model::decode::Spanned;
use crate::record;

record! {
    /// One identified risk.
    pub struct Risk {
        "id" id: Spanned<Id> [required],
        "beskrivning" description: Option<Spanned<String>> [required],
        /// The process the risk concerns.
        "process" process: Option<Spanned<Id>>,
        /// 1–4.
        "sannolikhet" likelihood: Option<Spanned<Scale>> [required],
        /// 1–4.
        "konsekvens" consequence: Option<Spanned<Scale>> [required],
        /// Taken into the internkontrollplan.
        "internkontroll" internal_control: Option<Spanned<bool>>,
        /// Ids of åtgärder in a handlingsplan.
        "åtgärder" actions: Vec<Spanned<Id>>,
        /// The legal areas it concerns (SoL, LSS, HSL …); without it, its document's.
        "omfattning" scope: Vec<Spanned<Area>>,
    }
}

record! {
    /// `typ: riskanalys`
    pub struct RiskAnalysis {
        "genomförd" performed: Option<Spanned<Date>> [required],
        "nivå" level: Option<Spanned<OrgLevel>>,
        "deltagare" participants: Vec<Spanned<Id>>,
        "risker" risks: Vec<Risk>,
    }
}

impl Risk {
    /// sannolikhet × konsekvens, when both are given.
    pub fn value(&self) -> Option<u32> {
        let (l, c) = (self.likelihood.as_ref()?, self.consequence.as_ref()?);
        Some(u32::from(l.value.0) * u32::from(c.value.0))
    }

    /// A high risk: value ≥ `high_from`, or konsekvens ≥ `high_consequence`.
    pub fn is_high(&self, high_from: u32, high_consequence: u32) -> bool {
        let consequence = self.consequence.as_ref().map(|c| u32::from(c.value.0));
        self.value().is_some_and(|v| v >= high_from)
            || consequence.is_some_and(|c| c >= high_consequence)
    }
}
