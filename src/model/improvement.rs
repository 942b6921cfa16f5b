//! The systematic improvement work (5 kap.): risk analyses, action plans, self-inspection,
//! follow-ups, quality councils, collaboration agreements, quality goals and report prose.
//! None of these hold personal data: counts, analyses and decisions only.

use std::borrow::Cow;

use schemars::{JsonSchema, Schema, SchemaGenerator, json_schema};

use super::{Date, Id, Level, Period, Scale, Year};
use crate::load::decode::{Cx, FromNode, Spanned};
use crate::load::yaml::{Node, Value};
use crate::{record, vocabulary};

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

vocabulary! {
    /// An åtgärd's status.
    pub enum ActionStatus {
        Planned = "planerad",
        Ongoing = "pågående",
        Done = "klar",
        Cancelled = "avbruten",
    }
}

record! {
    /// One åtgärd (action).
    pub struct Action {
        "id" id: Spanned<Id> [required],
        "beskrivning" description: Option<Spanned<String>> [required],
        /// The risk analysis, control or follow-up it answers.
        "källa" source: Option<Spanned<Id>>,
        "ansvarig" responsible: Option<Spanned<Id>> [required],
        "klart_senast" due: Option<Spanned<Date>> [required],
        /// Default planerad.
        "status" status: Option<Spanned<ActionStatus>>,
        "genomförd" completed: Option<Spanned<Date>>,
        /// The evaluated effect.
        "effekt" effect: Option<Spanned<String>>,
    }
}

record! {
    /// `typ: handlingsplan`
    pub struct ActionPlan {
        "åtgärder" actions: Vec<Action>,
    }
}

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

/// Counts per category, e.g. `{ läkemedel: 12, fall: 15 }`.
#[derive(Debug, Clone, Default)]
pub struct Counts(pub Vec<(Spanned<String>, Spanned<u32>)>);

impl Counts {
    pub fn total(&self) -> u32 {
        self.0.iter().map(|(_, n)| n.value).sum()
    }
}

impl FromNode for Counts {
    fn from_node(node: &Node, cx: &mut Cx) -> Option<Self> {
        let Value::Map(entries) = &node.value else {
            cx.wrong_kind(
                node,
                "en mappning kategori: antal",
                "a mapping category: count",
            );
            return None;
        };
        let mut counts = Vec::new();
        for (k, v) in entries {
            let key = Spanned::<String>::from_node(k, cx);
            let value = Spanned::<u32>::from_node(v, cx);
            if let (Some(k), Some(v)) = (key, value) {
                counts.push((k, v));
            }
        }
        Some(Counts(counts))
    }
}

impl JsonSchema for Counts {
    fn schema_name() -> Cow<'static, str> {
        "Counts".into()
    }
    fn json_schema(_: &mut SchemaGenerator) -> Schema {
        json_schema!({ "type": "object", "additionalProperties": { "type": "integer", "minimum": 0 } })
    }
}

record! {
    /// Lex Sarah figures (SoL 27 kap., LSS 24 a–f §§).
    pub struct LexSarah {
        "rapporter" reports: Option<Spanned<u32>>,
        "anmälningar" notifications: Option<Spanned<u32>>,
    }
}

record! {
    /// Lex Maria figures (patientsäkerhetslagen 3 kap. 5 §).
    pub struct LexMaria {
        "anmälningar" notifications: Option<Spanned<u32>>,
    }
}

record! {
    /// `typ: uppföljning`: compiled figures for one period, never individual cases.
    pub struct FollowUp {
        "period" period: Option<Spanned<Period>> [required],
        "avvikelser" deviations: Option<Spanned<Counts>>,
        "synpunkter" opinions: Option<Spanned<u32>>,
        "klagomål" complaints: Option<Spanned<u32>>,
        "lex_sarah" lex_sarah: Option<LexSarah>,
        "lex_maria" lex_maria: Option<LexMaria>,
        "analys" analysis: Option<Spanned<String>>,
        "åtgärder" actions: Vec<Spanned<Id>>,
    }
}

record! {
    /// `typ: kvalitetsråd`: the minutes of a quality council.
    pub struct QualityCouncil {
        "datum" date: Option<Spanned<Date>> [required],
        "nivå" level: Option<Spanned<Level>>,
        "deltagare" participants: Vec<Spanned<Id>>,
    }
}

record! {
    /// `typ: samverkan`: a collaboration agreement.
    pub struct Agreement {
        "part" party: Option<Spanned<String>> [required],
        "processer" processes: Vec<Spanned<Id>>,
        "senast_uppföljd" last_followed_up: Option<Spanned<Date>>,
        /// Months between follow-ups; default 12.
        "uppföljning_månader" follow_up_months: Option<Spanned<u32>>,
    }
}

vocabulary! {
    /// Which direction is better for an indicator.
    pub enum Better {
        Higher = "högre",
        Lower = "lägre",
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
    }
}

record! {
    /// One quality goal.
    pub struct Goal {
        "id" id: Spanned<Id> [required],
        "titel" title: Option<Spanned<String>> [required],
        "indikatorer" indicators: Vec<Indicator>,
    }
}

record! {
    /// `typ: kvalitetsmål`
    pub struct QualityGoals {
        "år" year: Option<Spanned<Year>> [required],
        "mål" goals: Vec<Goal>,
    }
}

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
