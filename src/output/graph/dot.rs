//! `lsk graph --format dot`: the map for Graphviz (`dot -Tsvg`), one cluster per lane.
//! The node ids are made by lsk; every label is a quoted string with `\` and `"`
//! escaped, so that nothing in a title can end it.

use std::fmt::Write as _;

use super::mermaid::{WIDTH, contact_text, doc_text, lines};
use crate::graph::Swimlane;
use crate::lang::Lang;
use crate::output::Render;

#[derive(Clone, Copy)]
pub struct Dot {
    pub lang: Lang,
}

impl Render<Swimlane> for Dot {
    fn render(&self, map: &Swimlane, out: &mut dyn std::io::Write) -> std::io::Result<()> {
        out.write_all(dot(map, self.lang).as_bytes())
    }
}

/// Text inside a DOT quoted string: `\` and `"` escaped, control characters replaced.
fn quoted(s: &str) -> String {
    let mut out = String::with_capacity(s.len());
    for c in s.chars() {
        match c {
            '\\' => out.push_str("\\\\"),
            '"' => out.push_str("\\\""),
            '\n' | '\r' | '\t' => out.push(' '),
            c if c.is_control() => out.push('\u{fffd}'),
            c => out.push(c),
        }
    }
    out
}

/// The map as a Graphviz digraph.
pub fn dot(map: &Swimlane, lang: Lang) -> String {
    let br = "\\n";
    let mut o = String::new();
    o.push_str("digraph process {\n");
    let title = crate::tr!(
        lang,
        "Processkarta: {} – {}",
        "Process map: {} – {}",
        map.id,
        map.title
    );
    let _ = writeln!(
        o,
        "  graph [rankdir=LR, newrank=true, labelloc=t, fontsize=16, fontname=\"DejaVu Sans\", label=\"{}\"];",
        quoted(&title)
    );
    o.push_str("  node [shape=box, style=\"rounded,filled\", fillcolor=\"#ffffff\", color=\"#1f4e79\", fontcolor=\"#1a1a1a\", fontname=\"DejaVu Sans\", fontsize=11];\n");
    o.push_str("  edge [color=\"#1a1a1a\"];\n");
    for (l, lane) in map.lanes.iter().enumerate() {
        let (name, fill) = if lane.is_external() {
            (
                format!(
                    "{}: {}",
                    lang.pick("Extern part", "External party"),
                    lane.name
                ),
                "#fbf5e6",
            )
        } else {
            (lane.label(lang), "#f2f5f8")
        };
        let _ = writeln!(o, "  subgraph cluster_r{} {{", l + 1);
        let _ = writeln!(
            o,
            "    label=\"{}\"; style=filled; fillcolor=\"{fill}\"; color=\"#6b6b6b\"; fontcolor=\"#0f2740\";",
            quoted(&name)
        );
        for (i, s) in map.steps.iter().enumerate() {
            let n = i + 1;
            if s.lane == l {
                let mut text = lines(&format!("{n}. {}", s.title), WIDTH, quoted, br);
                for r in &s.routines {
                    text.push_str(br);
                    text.push_str(&lines(&doc_text(r), WIDTH, quoted, br));
                }
                let mut extra = String::new();
                if let Some(sub) = &s.subprocess {
                    text.push_str(br);
                    let t = format!(
                        "{} {}",
                        lang.pick("Delprocess:", "Sub-process:"),
                        doc_text(sub)
                    );
                    text.push_str(&lines(&t, WIDTH, quoted, br));
                    extra.push_str(", peripheries=2");
                }
                let _ = writeln!(o, "    a{n} [label=\"{text}\"{extra}];");
            }
            if s.also.contains(&l) {
                let text = crate::tr!(lang, "{}: även ansvarig", "{}: also responsible", n);
                let _ = writeln!(
                    o,
                    "    a{n}r{} [label=\"{}\", shape=box, style=\"rounded,filled\", fillcolor=\"#dfe8f1\", fontsize=10];",
                    l + 1,
                    quoted(&text)
                );
            }
            for (c, contact) in s.contacts.iter().enumerate() {
                if contact.lane != l {
                    continue;
                }
                let text = contact_text(contact, n, lang, quoted, br);
                let _ = writeln!(
                    o,
                    "    a{n}s{} [label=\"{text}\", style=\"dashed,filled\", color=\"#7a5500\", fontsize=10];",
                    c + 1
                );
            }
        }
        o.push_str("  }\n");
    }
    for n in 1..map.steps.len() {
        let _ = writeln!(o, "  a{n} -> a{};", n + 1);
    }
    for (i, s) in map.steps.iter().enumerate() {
        let n = i + 1;
        for l in &s.also {
            let _ = writeln!(
                o,
                "  a{n} -> a{n}r{} [style=dashed, arrowhead=none, color=\"#595959\"];",
                l + 1
            );
        }
        for c in 0..s.contacts.len() {
            let _ = writeln!(
                o,
                "  a{n} -> a{n}s{} [style=dashed, arrowhead=none, color=\"#595959\"];",
                c + 1
            );
        }
    }
    o.push_str("}\n");
    o
}

#[cfg(test)]
mod tests {
    #[test]
    fn strings_cannot_break_out() {
        assert_eq!(super::quoted("a\"b\\n\nc"), "a\\\"b\\\\n c");
    }
}
