//! The document model: every type of FORMAT.md as typed Rust structs with spans.

mod action_plan;
mod agreement;
pub mod checksum;
pub mod config;
pub mod decode;
mod follow_up;
mod header;
pub mod krav;
pub mod obligations;
mod period;
mod process;
mod quality_council;
mod quality_goals;
mod report_text;
mod repository;
mod responsibility;
mod risk_analysis;
mod self_inspection;
pub mod statutes;
mod values;

pub use action_plan::{Action, ActionPlan, ActionStatus};
pub use agreement::Agreement;
pub use follow_up::{Counts, FollowUp, LexMaria, LexSarah};
pub use header::{Header, Revision};
pub use period::Period;
pub use process::{Activity, Collaboration, Process, ProcessKind};
pub use quality_council::QualityCouncil;
pub use quality_goals::{Better, Goal, Indicator, QualityGoals};
pub use report_text::{ReportKind, ReportText};
pub use repository::{DocId, Repository, Unloaded};
pub use responsibility::{Function, Responsibilities, Role};
pub use risk_analysis::{Risk, RiskAnalysis};
pub use self_inspection::{Control, Frequency, Performed, SelfInspectionPlan};
pub use statutes::{Statute, Statutes};
pub use values::{Area, Checksum, Date, Id, Level, MonthDay, Scale, Status, Year};

pub use decode::{OneOrMany, Spanned};

use crate::syntax::Span;
use crate::vocabulary;

vocabulary! {
    /// The document types (`typ`).
    pub enum DocType {
        Responsibilities = "ansvarsfördelning",
        Statutes = "författningar",
        Process = "process",
        Routine = "rutin",
        Checklist = "checklista",
        Guideline = "riktlinje",
        RiskAnalysis = "riskanalys",
        ActionPlan = "handlingsplan",
        SelfInspectionPlan = "egenkontrollplan",
        FollowUp = "uppföljning",
        QualityCouncil = "kvalitetsråd",
        Agreement = "samverkan",
        QualityGoals = "kvalitetsmål",
        ReportText = "berättelseunderlag",
    }
}

impl DocType {
    /// Governed documents (styrdokument) are decided, dated and reviewed.
    pub fn is_governed(self) -> bool {
        matches!(
            self,
            DocType::Process
                | DocType::Routine
                | DocType::Checklist
                | DocType::Guideline
                | DocType::Responsibilities
                | DocType::Statutes
        )
    }

    /// The type's name in a Swedish sentence ("Rutinen", "Processen").
    pub fn definite_sv(self) -> &'static str {
        match self {
            DocType::Responsibilities => "Ansvarsfördelningen",
            DocType::Statutes => "Författningslistan",
            DocType::Process => "Processen",
            DocType::Routine => "Rutinen",
            DocType::Checklist => "Checklistan",
            DocType::Guideline => "Riktlinjen",
            DocType::RiskAnalysis => "Riskanalysen",
            DocType::ActionPlan => "Handlingsplanen",
            DocType::SelfInspectionPlan => "Egenkontrollplanen",
            DocType::FollowUp => "Uppföljningen",
            DocType::QualityCouncil => "Kvalitetsrådet",
            DocType::Agreement => "Överenskommelsen",
            DocType::QualityGoals => "Kvalitetsmålen",
            DocType::ReportText => "Berättelseunderlaget",
        }
    }

    /// The type's name in an English sentence.
    pub fn definite_en(self) -> &'static str {
        match self {
            DocType::Responsibilities => "The responsibility document",
            DocType::Statutes => "The statute list",
            DocType::Process => "The process",
            DocType::Routine => "The routine",
            DocType::Checklist => "The checklist",
            DocType::Guideline => "The guideline",
            DocType::RiskAnalysis => "The risk analysis",
            DocType::ActionPlan => "The action plan",
            DocType::SelfInspectionPlan => "The self-inspection plan",
            DocType::FollowUp => "The follow-up",
            DocType::QualityCouncil => "The quality council",
            DocType::Agreement => "The agreement",
            DocType::QualityGoals => "The quality goals",
            DocType::ReportText => "The report text",
        }
    }

    /// The keys the type adds to the common header.
    pub fn keys(self) -> &'static [&'static str] {
        match self {
            DocType::Responsibilities => Responsibilities::KEYS,
            DocType::Statutes => Statutes::KEYS,
            DocType::Process => Process::KEYS,
            DocType::Routine | DocType::Checklist | DocType::Guideline => &[],
            DocType::RiskAnalysis => RiskAnalysis::KEYS,
            DocType::ActionPlan => ActionPlan::KEYS,
            DocType::SelfInspectionPlan => SelfInspectionPlan::KEYS,
            DocType::FollowUp => FollowUp::KEYS,
            DocType::QualityCouncil => QualityCouncil::KEYS,
            DocType::Agreement => Agreement::KEYS,
            DocType::QualityGoals => QualityGoals::KEYS,
            DocType::ReportText => ReportText::KEYS,
        }
    }
}

/// A document's type-specific content.
#[derive(Debug, Clone)]
pub enum Kind {
    Responsibilities(Responsibilities),
    Statutes(Statutes),
    Process(Process),
    /// rutin, checklista and riktlinje: their content is the Markdown body.
    Text,
    RiskAnalysis(RiskAnalysis),
    ActionPlan(ActionPlan),
    SelfInspectionPlan(SelfInspectionPlan),
    FollowUp(FollowUp),
    QualityCouncil(QualityCouncil),
    Agreement(Agreement),
    QualityGoals(QualityGoals),
    ReportText(ReportText),
}

/// One document: a typed header plus an optional Markdown body.
#[derive(Debug, Clone)]
pub struct Document {
    /// Index of the file in [`Repository::files`].
    pub file: usize,
    pub header: Header,
    pub kind: Kind,
    /// Byte range of the Markdown body in the file, for Markdown documents.
    pub body: Option<Span>,
    /// Span of the whole header, for findings about the document as a whole.
    pub header_span: Span,
    /// The header's top-level keys as written, with their spans (also those whose value
    /// was invalid: a rule about a missing key must not fire for a key that is there).
    pub keys: Vec<(String, Span)>,
    /// Top-level keys whose value had a fault that loading already reported.
    pub faulty_keys: Vec<&'static str>,
}

impl Document {
    pub fn typ(&self) -> DocType {
        self.header.typ.value
    }
    pub fn id(&self) -> &str {
        self.header.id.value.as_str()
    }
    pub fn status(&self) -> Status {
        self.header.status()
    }
    pub fn is_governed(&self) -> bool {
        self.typ().is_governed()
    }
    /// Where to point for a fault of the document as a whole: the header's first line.
    pub fn first_line(&self) -> Span {
        Span::new(self.header_span.start, self.header_span.start)
    }
    /// Where the header writes `key`, if it does.
    pub fn key_span(&self, key: &str) -> Option<Span> {
        self.keys.iter().find(|(k, _)| k == key).map(|(_, s)| *s)
    }

    /// Whether `key`'s value had a fault (LSK003–LSK005) reported while loading.
    pub fn is_faulty(&self, key: &str) -> bool {
        self.faulty_keys.contains(&key)
    }

    pub fn action_plan(&self) -> Option<&ActionPlan> {
        match &self.kind {
            Kind::ActionPlan(p) => Some(p),
            _ => None,
        }
    }

    pub fn self_inspection_plan(&self) -> Option<&SelfInspectionPlan> {
        match &self.kind {
            Kind::SelfInspectionPlan(p) => Some(p),
            _ => None,
        }
    }

    pub fn agreement(&self) -> Option<&Agreement> {
        match &self.kind {
            Kind::Agreement(a) => Some(a),
            _ => None,
        }
    }

    pub fn process(&self) -> Option<&Process> {
        match &self.kind {
            Kind::Process(p) => Some(p),
            _ => None,
        }
    }
}
