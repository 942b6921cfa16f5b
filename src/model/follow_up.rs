//! `uppföljning`: compiled figures for one period, never individual cases (5 kap.).

use std::borrow::Cow;

use schemars::{JsonSchema, Schema, SchemaGenerator, json_schema};

use super::{Id, Period};
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
