//! `--format json`: the same report for other tools. The structure is the report model
//! (`Report` → `sections` → `blocks`, each block tagged with `type`), serialised as is.

use super::Renderer;
use super::model::Report;

pub struct Json;

impl Renderer for Json {
    fn render(&self, report: &Report) -> String {
        let mut text = serde_json::to_string_pretty(report).expect("json");
        text.push('\n');
        text
    }
}
