//! `lsk krav --format json`: one object per paragraph, with Swedish keys like the documents.

use std::io::{self, Write};

use serde_json::json;

use super::areas;
use crate::coverage::Coverage;
use crate::model::krav::ORIGINAL_IN_FORCE;
use crate::output::Render;

pub struct Json;

impl Render<Coverage> for Json {
    fn render(&self, c: &Coverage, out: &mut dyn Write) -> io::Result<()> {
        let lang = c.lang;
        let list: Vec<_> = c
            .rows
            .iter()
            .map(|row| {
                let req = row.requirement;
                let amendment = |a: &crate::model::krav::Amendment| {
                    json!({
                        "beteckning": a.designation,
                        "utkom": a.published,
                        "i_kraft": a.in_force,
                        "gäller_från": a.effective().to_string(),
                        "källa": { "titel": a.source.title, "adress": a.source.address },
                    })
                };
                json!({
                    "paragraf": req.reference(),
                    "rubrik": req.heading,
                    "innebörd": req.paraphrase,
                    "verksamhet": areas(req, lang),
                    "gäller": row.applies,
                    "bindande": req.binding.label(lang),
                    "verifiering": req.verification.label(lang),
                    "källor": req.sources.iter().map(|s| json!({ "titel": s.title, "adress": s.address })).collect::<Vec<_>>(),
                    "anmärkning": req.note,
                    "se_även": req.also,
                    "senast_ändrad": req.last_amended().map(amendment),
                    "ursprunglig_lydelse_i_kraft": ORIGINAL_IN_FORCE,
                    "ändringar": row.amendments.iter().map(|a| amendment(a)).collect::<Vec<_>>(),
                    "kontrolleras_av": req.checked_by,
                    "uppfylls_av": row.covered_by.iter().map(|d| json!({
                        "id": d.id, "fil": d.file, "status": d.status.as_str(),
                    })).collect::<Vec<_>>(),
                    "lucka": row.is_gap(c.in_repository),
                })
            })
            .collect();
        let doc = json!({
            "föreskrift": "SOSFS 2011:9",
            "ändrade_sedan": c.changed_since.map(|d| d.to_string()),
            "paragrafer": list,
        });
        writeln!(out, "{}", serde_json::to_string_pretty(&doc).expect("json"))
    }
}
