//! `uppföljning`: compiled figures for one period, never individual cases (5 kap.).

use std::borrow::Cow;

use schemars::{JsonSchema, Schema, SchemaGenerator, json_schema};

use super::{Area, Id, Period};
use crate::model::decode::{Cx, FromNode, Spanned};
use crate::record;
use crate::syntax::yaml::{Node, Value};

/// Counts per category, e.g. `{ läkemedel: 12, fall: 15 }`.
#[derive(Debug, Clone, Default)]
pub struct Counts(pub Vec<(Spanned<String>, Spanned<u32>)>);

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

/// Deviation counts per legal area, e.g. `{ HSL: { fall: 15 }, SoL: { dokumentation: 4 } }`.
#[derive(Debug, Clone, Default)]
pub struct AreaCounts(pub Vec<(Spanned<Area>, Counts)>);

impl AreaCounts {
    /// The counts of one area, if given.
    pub fn of(&self, area: Area) -> Option<&Counts> {
        self.0.iter().find(|(a, _)| a.value == area).map(|(_, c)| c)
    }

    /// All areas' counts added up per category.
    pub fn total(&self) -> Counts {
        let mut out: Vec<(Spanned<String>, Spanned<u32>)> = Vec::new();
        for (_, counts) in &self.0 {
            for (k, v) in &counts.0 {
                match out.iter_mut().find(|(o, _)| o.value == k.value) {
                    Some((_, n)) => n.value += v.value,
                    None => out.push((k.clone(), v.clone())),
                }
            }
        }
        Counts(out)
    }
}

impl FromNode for AreaCounts {
    fn from_node(node: &Node, cx: &mut Cx) -> Option<Self> {
        let Value::Map(entries) = &node.value else {
            cx.wrong_kind(
                node,
                "en mappning verksamhet: { kategori: antal }",
                "a mapping area: { category: count }",
            );
            return None;
        };
        let mut out = Vec::new();
        for (k, v) in entries {
            let area = Spanned::<Area>::from_node(k, cx);
            let counts = Counts::from_node(v, cx);
            if let (Some(a), Some(c)) = (area, counts) {
                out.push((a, c));
            }
        }
        Some(AreaCounts(out))
    }
}

impl JsonSchema for AreaCounts {
    fn schema_name() -> Cow<'static, str> {
        "AreaCounts".into()
    }
    fn json_schema(_: &mut SchemaGenerator) -> Schema {
        json_schema!({
            "type": "object",
            "propertyNames": { "enum": ["SoL", "LSS", "HSL", "LVU", "LVM", "Tandvårdslagen"] },
            "additionalProperties": { "type": "object", "additionalProperties": { "type": "integer", "minimum": 0 } }
        })
    }
}

/// A number per legal area, e.g. `{ HSL: 12, SoL: 15 }`.
#[derive(Debug, Clone, Default)]
pub struct AreaNumbers(pub Vec<(Spanned<Area>, Spanned<u32>)>);

impl AreaNumbers {
    pub fn of(&self, area: Area) -> Option<u32> {
        self.0
            .iter()
            .find(|(a, _)| a.value == area)
            .map(|(_, n)| n.value)
    }

    pub fn total(&self) -> u32 {
        self.0.iter().map(|(_, n)| n.value).sum()
    }
}

impl FromNode for AreaNumbers {
    fn from_node(node: &Node, cx: &mut Cx) -> Option<Self> {
        let Value::Map(entries) = &node.value else {
            cx.wrong_kind(
                node,
                "en mappning verksamhet: antal",
                "a mapping area: count",
            );
            return None;
        };
        let mut out = Vec::new();
        for (k, v) in entries {
            let area = Spanned::<Area>::from_node(k, cx);
            let n = Spanned::<u32>::from_node(v, cx);
            if let (Some(a), Some(n)) = (area, n) {
                out.push((a, n));
            }
        }
        Some(AreaNumbers(out))
    }
}

impl JsonSchema for AreaNumbers {
    fn schema_name() -> Cow<'static, str> {
        "AreaNumbers".into()
    }
    fn json_schema(_: &mut SchemaGenerator) -> Schema {
        json_schema!({
            "type": "object",
            "propertyNames": { "enum": ["SoL", "LSS", "HSL", "LVU", "LVM", "Tandvårdslagen"] },
            "additionalProperties": { "type": "integer", "minimum": 0 }
        })
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
        /// Deviations per category, for the whole service.
        "avvikelser" deviations: Option<Spanned<Counts>>,
        /// Deviations per category and legal area; the patientsäkerhetsberättelse takes
        /// the HSL part, and the total is their sum when `avvikelser` is not given.
        "avvikelser_per_verksamhet" deviations_by_area: Option<Spanned<AreaCounts>>,
        "synpunkter" opinions: Option<Spanned<u32>>,
        /// Synpunkter per legal area; the patientsäkerhetsberättelse takes the HSL part.
        "synpunkter_per_verksamhet" opinions_by_area: Option<Spanned<AreaNumbers>>,
        "klagomål" complaints: Option<Spanned<u32>>,
        /// Klagomål per legal area; the patientsäkerhetsberättelse takes the HSL part.
        "klagomål_per_verksamhet" complaints_by_area: Option<Spanned<AreaNumbers>>,
        "lex_sarah" lex_sarah: Option<LexSarah>,
        "lex_maria" lex_maria: Option<LexMaria>,
        "analys" analysis: Option<Spanned<String>>,
        "åtgärder" actions: Vec<Spanned<Id>>,
    }
}
