//! `berättelseunderlag`: prose the coordinator writes for a yearly report.

use super::Year;
use crate::model::decode::Spanned;
use crate::{record, vocabulary};

vocabulary! {
    /// The yearly reports.
    pub enum ReportKind {
        Quality = "kvalitetsberättelse",
        PatientSafety = "patientsäkerhetsberättelse",
    }
}

record! {
    /// `typ: berättelseunderlag`: prose the coordinator writes for a yearly report.
    pub struct ReportText {
        "år" year: Option<Spanned<Year>> [required],
        "avser" report: Option<Spanned<ReportKind>> [required],
    }
}
