//! `--format json`: the list for other tools.

use serde::Serialize;

use crate::due::{DueList, Item};
use crate::output::Render;

pub struct Json;

#[derive(Serialize)]
struct Output<'a> {
    version: u32,
    organisation: &'a str,
    today: String,
    within_days: u32,
    owner: Option<&'a str>,
    items: Vec<Entry<'a>>,
}

#[derive(Serialize)]
struct Entry<'a> {
    #[serde(flatten)]
    item: &'a Item,
    overdue: bool,
    /// Days from today to the date (negative when overdue).
    days: i32,
}

impl Render<DueList> for Json {
    fn render(&self, list: &DueList, out: &mut dyn std::io::Write) -> std::io::Result<()> {
        out.write_all(self.text(list).as_bytes())
    }
}

impl Json {
    fn text(&self, list: &DueList) -> String {
        let output = Output {
            version: 1,
            organisation: &list.organisation,
            today: list.today.to_string(),
            within_days: list.within,
            owner: list.owner.as_deref(),
            items: list
                .items
                .iter()
                .map(|item| Entry {
                    item,
                    overdue: item.is_overdue(list.today),
                    days: list.today.days_until(item.date),
                })
                .collect(),
        };
        let mut text = serde_json::to_string_pretty(&output).expect("json");
        text.push('\n');
        text
    }
}
