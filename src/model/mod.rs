//! The document model: every type of FORMAT.md as typed Rust structs with spans.

mod action_plan;
mod agreement;
pub mod checksum;
pub mod config;
pub mod decode;
mod external_review;
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
pub use external_review::{ExternalReview, ReviewKind};
pub use follow_up::{AreaNumbers, Counts, FollowUp, LexMaria, LexSarah};
pub use header::{Header, Revision};
pub use period::Period;
pub use process::{Activity, Collaboration, Process, ProcessKind};
pub use quality_council::QualityCouncil;
pub use quality_goals::{Better, Goal, Indicator, QualityGoals};
pub use report_text::{ReportKind, ReportText};
pub use repository::{DocId, Index, Repository, Unloaded};
pub use responsibility::{Function, Responsibilities, Role};
pub use risk_analysis::{Risk, RiskAnalysis};
pub use self_inspection::{Control, Frequency, Performed, SelfInspectionPlan};
pub use statutes::{Statute, Statutes};
pub use values::{Area, Checksum, Date, Id, MonthDay, OrgLevel, Scale, Status, Year};

pub use decode::{OneOrMany, Spanned};

use crate::syntax::Span;
use crate::vocabulary;

vocabulary! {
    /// The document types (`typ`).
    pub enum DocType {
        Responsibilities = "ansvarsfördelning" / "responsibilities",
        Statutes = "författningar" / "statute list",
        Process = "process" / "process",
        Routine = "rutin" / "routine",
        Checklist = "checklista" / "checklist",
        Guideline = "riktlinje" / "guideline",
        RiskAnalysis = "riskanalys" / "risk analysis",
        ActionPlan = "handlingsplan" / "action plan",
        SelfInspectionPlan = "egenkontrollplan" / "self-inspection plan",
        FollowUp = "uppföljning" / "follow-up",
        QualityCouncil = "kvalitetsråd" / "quality council",
        Agreement = "samverkan" / "collaboration",
        QualityGoals = "kvalitetsmål" / "quality goals",
        ReportText = "berättelseunderlag" / "report material",
        ExternalReview = "granskning" / "external review",
    }
}

/// What every document type is, in one place: whether it is governed, how it is named in
/// Swedish and English, the conventional id prefix and folder for `lsk new`, whether it
/// is written as Markdown, and the keys it adds to the header. The decode dispatch
/// (`load`) and the JSON Schema (`schema.rs`) are exhaustive matches over [`Kind`] and
/// [`DocType`], so a new type does not compile until it has both.
#[derive(Debug)]
pub struct TypeInfo {
    /// Governed documents (styrdokument) are decided, dated and reviewed.
    pub governed: bool,
    /// Written as Markdown with front matter (its content is prose).
    pub markdown: bool,
    /// "Rutinen", "Processen": the type in a Swedish sentence.
    pub definite_sv: &'static str,
    pub definite_en: &'static str,
    /// "Rutiner": a heading over documents of the type.
    pub plural_sv: &'static str,
    pub plural_en: &'static str,
    /// The conventional id prefix and folder, for a repository that has none yet.
    pub id_prefix: &'static str,
    pub folder: &'static str,
    /// The keys the type adds to the common header.
    pub keys: &'static [&'static str],
}

impl DocType {
    /// The one table of per-type facts.
    pub fn info(self) -> &'static TypeInfo {
        macro_rules! info {
            ($gov:expr, $md:expr, $dsv:literal, $den:literal, $psv:literal, $pen:literal, $prefix:literal, $folder:literal, $keys:expr) => {
                &TypeInfo {
                    governed: $gov,
                    markdown: $md,
                    definite_sv: $dsv,
                    definite_en: $den,
                    plural_sv: $psv,
                    plural_en: $pen,
                    id_prefix: $prefix,
                    folder: $folder,
                    keys: $keys,
                }
            };
        }
        match self {
            DocType::Responsibilities => info!(
                true,
                false,
                "Ansvarsfördelningen",
                "The responsibility document",
                "Ansvarsfördelning",
                "Responsibilities",
                "ANSVAR",
                "ansvar",
                Responsibilities::KEYS
            ),
            DocType::Statutes => info!(
                true,
                false,
                "Författningslistan",
                "The statute list",
                "Författningslistor",
                "Statute lists",
                "LAGAR",
                "forfattningar",
                Statutes::KEYS
            ),
            DocType::Process => info!(
                true,
                false,
                "Processen",
                "The process",
                "Processer",
                "Processes",
                "P-",
                "processer",
                Process::KEYS
            ),
            DocType::Routine => info!(
                true,
                true,
                "Rutinen",
                "The routine",
                "Rutiner",
                "Routines",
                "RUT-",
                "rutiner",
                &[]
            ),
            DocType::Checklist => info!(
                true,
                true,
                "Checklistan",
                "The checklist",
                "Checklistor",
                "Checklists",
                "CHK-",
                "checklistor",
                &[]
            ),
            DocType::Guideline => info!(
                true,
                true,
                "Riktlinjen",
                "The guideline",
                "Riktlinjer",
                "Guidelines",
                "RL-",
                "riktlinjer",
                &[]
            ),
            DocType::RiskAnalysis => info!(
                false,
                false,
                "Riskanalysen",
                "The risk analysis",
                "Riskanalyser",
                "Risk analyses",
                "RISK-",
                "forbattring/riskanalyser",
                RiskAnalysis::KEYS
            ),
            DocType::ActionPlan => info!(
                false,
                false,
                "Handlingsplanen",
                "The action plan",
                "Handlingsplaner",
                "Action plans",
                "HP-",
                "forbattring/handlingsplaner",
                ActionPlan::KEYS
            ),
            DocType::SelfInspectionPlan => info!(
                false,
                false,
                "Egenkontrollplanen",
                "The self-inspection plan",
                "Egenkontrollplaner",
                "Self-inspection plans",
                "EK-",
                "forbattring/egenkontroll",
                SelfInspectionPlan::KEYS
            ),
            DocType::FollowUp => info!(
                false,
                false,
                "Uppföljningen",
                "The follow-up",
                "Uppföljningar",
                "Follow-ups",
                "UPP-",
                "forbattring/uppfoljning",
                FollowUp::KEYS
            ),
            DocType::QualityCouncil => info!(
                false,
                true,
                "Kvalitetsrådet",
                "The quality council",
                "Kvalitetsråd",
                "Quality councils",
                "KR-",
                "forbattring/kvalitetsrad",
                QualityCouncil::KEYS
            ),
            DocType::Agreement => info!(
                false,
                false,
                "Överenskommelsen",
                "The agreement",
                "Samverkansöverenskommelser",
                "Collaboration agreements",
                "SAM-",
                "forbattring/samverkan",
                Agreement::KEYS
            ),
            DocType::QualityGoals => info!(
                false,
                false,
                "Kvalitetsmålen",
                "The quality goals",
                "Kvalitetsmål",
                "Quality goals",
                "MÅL-",
                "forbattring/mal",
                QualityGoals::KEYS
            ),
            DocType::ReportText => info!(
                false,
                true,
                "Berättelseunderlaget",
                "The report text",
                "Berättelseunderlag",
                "Report texts",
                "KB-",
                "forbattring/berattelser",
                ReportText::KEYS
            ),
            DocType::ExternalReview => info!(
                false,
                false,
                "Granskningen",
                "The review",
                "Granskningar",
                "Reviews",
                "GR-",
                "forbattring/granskningar",
                ExternalReview::KEYS
            ),
        }
    }

    /// Governed documents (styrdokument) are decided, dated and reviewed.
    pub fn is_governed(self) -> bool {
        self.info().governed
    }

    /// The type's name in a Swedish sentence ("Rutinen", "Processen").
    pub fn definite_sv(self) -> &'static str {
        self.info().definite_sv
    }

    /// The type's name in an English sentence.
    pub fn definite_en(self) -> &'static str {
        self.info().definite_en
    }

    /// The keys the type adds to the common header.
    pub fn keys(self) -> &'static [&'static str] {
        self.info().keys
    }
}

/// A document's type-specific content.
#[derive(Debug, Clone)]
// Boxed: most documents are routines (`Text`), and an inline variant made every
// document 400 bytes larger (40 MB at 100,000 documents).
pub enum Kind {
    Responsibilities(Box<Responsibilities>),
    Statutes(Box<Statutes>),
    Process(Box<Process>),
    /// rutin, checklista and riktlinje: their content is the Markdown body.
    Text,
    RiskAnalysis(Box<RiskAnalysis>),
    ActionPlan(Box<ActionPlan>),
    SelfInspectionPlan(Box<SelfInspectionPlan>),
    FollowUp(Box<FollowUp>),
    QualityCouncil(Box<QualityCouncil>),
    Agreement(Box<Agreement>),
    QualityGoals(Box<QualityGoals>),
    ReportText(Box<ReportText>),
    ExternalReview(Box<ExternalReview>),
}

impl Kind {
    /// Decodes a type's own fields (its keys were checked with the header's): the decode
    /// dispatch, next to the type table so that a new type is added in one place.
    pub fn decode(
        typ: DocType,
        node: &crate::syntax::yaml::Node,
        cx: &mut decode::Cx,
    ) -> Option<Kind> {
        Some(match typ {
            DocType::Responsibilities => {
                Kind::Responsibilities(Box::new(Responsibilities::decode_fields(node, cx)?))
            }
            DocType::Statutes => Kind::Statutes(Box::new(Statutes::decode_fields(node, cx)?)),
            DocType::Process => Kind::Process(Box::new(Process::decode_fields(node, cx)?)),
            DocType::Routine | DocType::Checklist | DocType::Guideline => Kind::Text,
            DocType::RiskAnalysis => {
                Kind::RiskAnalysis(Box::new(RiskAnalysis::decode_fields(node, cx)?))
            }
            DocType::ActionPlan => Kind::ActionPlan(Box::new(ActionPlan::decode_fields(node, cx)?)),
            DocType::SelfInspectionPlan => {
                Kind::SelfInspectionPlan(Box::new(SelfInspectionPlan::decode_fields(node, cx)?))
            }
            DocType::FollowUp => Kind::FollowUp(Box::new(FollowUp::decode_fields(node, cx)?)),
            DocType::QualityCouncil => {
                Kind::QualityCouncil(Box::new(QualityCouncil::decode_fields(node, cx)?))
            }
            DocType::Agreement => Kind::Agreement(Box::new(Agreement::decode_fields(node, cx)?)),
            DocType::QualityGoals => {
                Kind::QualityGoals(Box::new(QualityGoals::decode_fields(node, cx)?))
            }
            DocType::ReportText => Kind::ReportText(Box::new(ReportText::decode_fields(node, cx)?)),
            DocType::ExternalReview => {
                Kind::ExternalReview(Box::new(ExternalReview::decode_fields(node, cx)?))
            }
        })
    }

    /// The JSON Schema of a type's own fields, `None` for the Markdown-only types.
    pub fn schema(
        typ: DocType,
        generator: &mut schemars::SchemaGenerator,
    ) -> Option<schemars::Schema> {
        use schemars::JsonSchema;
        Some(match typ {
            DocType::Responsibilities => Responsibilities::json_schema(generator),
            DocType::Statutes => Statutes::json_schema(generator),
            DocType::Process => Process::json_schema(generator),
            DocType::Routine | DocType::Checklist | DocType::Guideline => return None,
            DocType::RiskAnalysis => RiskAnalysis::json_schema(generator),
            DocType::ActionPlan => ActionPlan::json_schema(generator),
            DocType::SelfInspectionPlan => SelfInspectionPlan::json_schema(generator),
            DocType::FollowUp => FollowUp::json_schema(generator),
            DocType::QualityCouncil => QualityCouncil::json_schema(generator),
            DocType::Agreement => Agreement::json_schema(generator),
            DocType::QualityGoals => QualityGoals::json_schema(generator),
            DocType::ReportText => ReportText::json_schema(generator),
            DocType::ExternalReview => ExternalReview::json_schema(generator),
        })
    }
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
    /// The header's top-level keys the type knows, where they are written (also those
    /// whose value was invalid: a rule about a missing key must not fire for a key that is
    /// there). Twelve bytes a key ([`KeyAt`]): a name and a span each were 40, and at
    /// 100,000 documents tens of megabytes. Ask with [`Document::key_span`].
    pub keys: Box<[KeyAt]>,
    /// Top-level keys whose value had a fault that loading already reported.
    pub faulty_keys: Vec<&'static str>,
}

/// Where a document's header writes one of the keys its type knows.
#[derive(Debug, Clone, Copy, PartialEq, Eq)]
pub struct KeyAt {
    /// The key's place in [`Document::known_keys`].
    pub index: u16,
    /// The key's byte range in the file (a file is at most a few megabytes).
    pub start: u32,
    pub end: u32,
}

/// Whether something whose scope is `areas` ([`Document::scope_of`]) concerns `area`.
pub fn concerns(areas: &[Area], area: Area) -> bool {
    areas.is_empty() || areas.contains(&area)
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

    /// The legal areas an item of this document concerns: its own `omfattning`, else the
    /// document's; empty means every area of the service.
    pub fn scope_of(&self, item: &[Spanned<Area>]) -> Vec<Area> {
        let own = if item.is_empty() {
            &self.header.scope
        } else {
            item
        };
        own.iter().map(|a| a.value).collect()
    }
    pub fn is_governed(&self) -> bool {
        self.typ().is_governed()
    }
    /// Where to point for a fault of the document as a whole: the header's first line.
    pub fn first_line(&self) -> Span {
        Span::new(self.header_span.start, self.header_span.start)
    }
    /// The keys a document of this type may have: the header's, then the type's own
    /// ([`KeyAt::index`] counts in this order).
    pub fn known_keys(&self) -> impl Iterator<Item = &'static str> {
        Header::KEYS.iter().chain(self.typ().keys()).copied()
    }

    /// Where the header writes `key`, if it does.
    pub fn key_span(&self, key: &str) -> Option<Span> {
        let index = self.known_keys().position(|k| k == key)?;
        self.keys
            .iter()
            .find(|k| usize::from(k.index) == index)
            .map(|k| Span::new(k.start as usize, k.end as usize))
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
