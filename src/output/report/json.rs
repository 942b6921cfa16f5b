//! `--format json`: the same report for other tools. The structure is the report model
//! (`Report` → `sections` → `blocks`, each block tagged with `type`), with one difference:
//! a figure is a number, not text. A fact's `value` of "371" becomes `371`, and one of
//! "85 procent" becomes `85` with `"unit": "procent"`; a table cell that is a number is one.

use serde_json::{Map, Number, Value};

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
        let mut value = serde_json::to_value(report).expect("json");
        numbers(&mut value);
        let mut text = serde_json::to_string_pretty(&value).expect("json");
        text.push('\n');
        text
    }
}

/// "371" → 371, "2,5" → 2.5; anything else is not a number.
fn number(s: &str) -> Option<Number> {
    let t = s.trim();
    if t.is_empty()
        || !t
            .chars()
            .all(|c| c.is_ascii_digit() || matches!(c, '-' | ',' | '.'))
    {
        return None;
    }
    if let Ok(i) = t.parse::<i64>() {
        return Some(Number::from(i));
    }
    t.replace(',', ".")
        .parse::<f64>()
        .ok()
        .and_then(Number::from_f64)
}

/// Facts' values and table cells that are figures become numbers, recursively.
fn numbers(value: &mut Value) {
    match value {
        Value::Object(map) => {
            if map.contains_key("label") && map.contains_key("sources") {
                fact(map);
            }
            if let Some(Value::Array(cells)) = map.get_mut("cells") {
                for cell in cells.iter_mut() {
                    if let Some(n) = cell.as_str().and_then(number) {
                        *cell = Value::Number(n);
                    }
                }
            }
            for v in map.values_mut() {
                numbers(v);
            }
        }
        Value::Array(list) => list.iter_mut().for_each(numbers),
        _ => {}
    }
}

/// A fact's value "85 procent" → `value: 85, unit: "procent"`; "371" → `value: 371`.
fn fact(map: &mut Map<String, Value>) {
    let Some(text) = map.get("value").and_then(Value::as_str).map(str::to_string) else {
        return;
    };
    let (head, unit) = match text.split_once(' ') {
        Some((h, u)) if !u.contains(char::is_numeric) && !u.contains('(') => (h, Some(u)),
        _ => (text.as_str(), None),
    };
    if let Some(n) = number(head) {
        map.insert("value".into(), Value::Number(n));
        if let Some(u) = unit {
            map.insert("unit".into(), Value::String(u.to_string()));
        }
    }
}

#[cfg(test)]
mod tests {
    use super::*;

    #[test]
    fn figures_become_numbers() {
        let mut v = serde_json::json!({
            "facts": [
                { "label": "a", "value": "371", "sources": [] },
                { "label": "b", "value": "85 procent", "sources": [] },
                { "label": "c", "value": "2 (av minst 2)", "sources": [] },
                { "label": "d", "value": "2026-03-02", "sources": [] },
            ],
            "rows": [ { "cells": ["tertial 1 2026", "66", "2,5"], "sources": [] } ],
        });
        numbers(&mut v);
        assert_eq!(v["facts"][0]["value"], 371);
        assert_eq!(v["facts"][1]["value"], 85);
        assert_eq!(v["facts"][1]["unit"], "procent");
        assert_eq!(v["facts"][2]["value"], "2 (av minst 2)");
        assert_eq!(v["facts"][3]["value"], "2026-03-02");
        assert_eq!(v["rows"][0]["cells"][1], 66);
        assert_eq!(v["rows"][0]["cells"][2], 2.5);
        assert_eq!(v["rows"][0]["cells"][0], "tertial 1 2026");
    }
}
