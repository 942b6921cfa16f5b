//! `lsk matrix … --format json`: the matrix with Swedish keys like the documents, for
//! other tools.

use std::io::{self, Write};

use serde_json::{Map, Value, json};

use crate::matrix::{Relation, RequirementMatrix, ResponsibilityMatrix, Row};
use crate::output::Render;

pub struct Json;

/// `{ "roll-id": ["utför"], … }`.
fn relations(m: &ResponsibilityMatrix, row: &Row) -> Value {
    let mut map = Map::new();
    for (i, rel) in &row.cells {
        map.insert(
            m.roles[*i].id.clone(),
            Value::Array(rel.0.iter().map(|r| json!(r.key())).collect()),
        );
    }
    Value::Object(map)
}

impl Render<ResponsibilityMatrix> for Json {
    fn render(&self, m: &ResponsibilityMatrix, out: &mut dyn Write) -> io::Result<()> {
        let lang = m.lang;
        let doc = json!({
            "matris": "ansvar",
            "organisation": m.organisation,
            "förklaring": Relation::ALL.iter().map(|r| json!({
                "relation": r.key(),
                "bokstav": r.letter(lang),
                "betydelse": r.explain(lang),
            })).collect::<Vec<_>>(),
            "roller": m.roles.iter().map(|r| json!({ "id": r.id, "namn": r.name })).collect::<Vec<_>>(),
            "processer": m.processes.iter().map(|p| json!({
                "id": p.process.id,
                "titel": p.process.title,
                "roller": relations(m, &p.process),
                "aktiviteter": p.activities.iter().map(|a| json!({
                    "id": a.id,
                    "titel": a.title,
                    "roller": relations(m, a),
                })).collect::<Vec<_>>(),
            })).collect::<Vec<_>>(),
            "dokument": m.documents.iter().map(|d| json!({
                "id": d.row.id,
                "titel": d.row.title,
                "typ": d.typ.as_str(),
                "roller": relations(m, &d.row),
            })).collect::<Vec<_>>(),
        });
        writeln!(out, "{}", serde_json::to_string_pretty(&doc).expect("json"))
    }
}

impl Render<RequirementMatrix> for Json {
    fn render(&self, m: &RequirementMatrix, out: &mut dyn Write) -> io::Result<()> {
        let doc = json!({
            "matris": "krav",
            "föreskrift": "SOSFS 2011:9",
            "organisation": m.organisation,
            "paragrafer": m.rows.iter().map(|r| json!({
                "paragraf": r.requirement.reference(),
                "rubrik": r.requirement.heading,
                "status": r.state.key(),
                "lucka": r.state == crate::matrix::State::Gap,
                "uppfylls_av": r.documents.iter().map(|&i| &m.documents[i].id).collect::<Vec<_>>(),
            })).collect::<Vec<_>>(),
            "dokument": m.documents.iter().map(|d| json!({
                "id": d.id,
                "titel": d.title,
                "typ": d.typ.map(|t| t.as_str()),
                "status": d.status.as_str(),
            })).collect::<Vec<_>>(),
        });
        writeln!(out, "{}", serde_json::to_string_pretty(&doc).expect("json"))
    }
}
