//! `riskanalys`: a risk and consequence analysis (5 kap. 1 §).

use super::{Date, Id, Level, Scale};
use crate::load::decode::Spanned;
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
    }
}

record! {
    /// `typ: riskanalys`
    pub struct RiskAnalysis {
        "genomförd" performed: Option<Spanned<Date>> [required],
        "nivå" level: Option<Spanned<Level>>,
        "deltagare" participants: Vec<Spanned<Id>>,
        "risker" risks: Vec<Risk>,
    }
}
