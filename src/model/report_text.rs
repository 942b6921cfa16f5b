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
    /// An attachment to a report, e.g. a contractor's own berättelse.
    pub struct Attachment {
        "titel" title: Option<Spanned<String>> [required],
        /// Where it is: a file name or an address.
        "fil" file: Option<Spanned<String>>,
    }
}

record! {
    /// `typ: berättelseunderlag`: prose the coordinator writes for a yearly report, and
    /// what its cover says.
    pub struct ReportText {
        "år" year: Option<Spanned<Year>> [required],
        "avser" report: Option<Spanned<ReportKind>> [required],
        /// The report's registration number (diarienummer).
        "diarienummer" case_number: Option<Spanned<String>>,
        /// Attachments listed at the end of the report.
        "bilagor" attachments: Vec<Attachment>,
    }
}
