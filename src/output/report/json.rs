//! `--format json`: the same report for other tools. The structure is the report model
//! (`Report` → `sections` → `blocks`, each block tagged with `type`), serialised as is.

use crate::output::Render;
use crate::report::model::Report;

pub struct Json;

impl Render<Report> for Json {
    fn render(&self, report: &Report, out: &mut dyn std::io::Write) -> std::io::Result<()> {
        out.write_all(self.text(report).as_bytes())
    }
}

impl Json {
    fn text(&self, report: &Report) -> String {
        let mut text = serde_json::to_string_pretty(report).expect("json");
        text.push('\n');
        text
    }
}
