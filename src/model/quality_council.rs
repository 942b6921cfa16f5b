//! `kvalitetsråd`: the minutes of a quality council.

use super::{Date, Id, OrgLevel};
use crate::model::decode::Spanned;
use crate::record;

record! {
    /// `typ: kvalitetsråd`: the minutes of a quality council.
    pub struct QualityCouncil {
        "datum" date: Option<Spanned<Date>> [required],
        "nivå" level: Option<Spanned<OrgLevel>>,
        "deltagare" participants: Vec<Spanned<Id>>,
    }
}
