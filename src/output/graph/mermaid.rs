//! `lsk graph --format mermaid`: a `flowchart LR` with one `subgraph` per lane, in the
//! Mermaid syntax GitHub and GitLab render in Markdown (inside a ```` ```mermaid ````
//! block). Mermaid places the lanes itself: they are groups, not aligned bands.
//!
//! The node ids are made by lsk (`a1`, `r1`, …), never taken from the documents; every
//! label is quoted, with `"`, `#`, `;`, `<`, `>`, `&` and `` ` `` written as Mermaid's
//! entity codes (`#35;`), so that nothing in a title can end a label or add syntax.

use std::fmt::Write as _;

use crate::graph::{DocRef, Swimlane, describe};
use crate::lang::Lang;
use crate::output::Render;

#[derive(Clone, Copy)]
pub struct Mermaid {
    pub lang: Lang,
}

impl Render<Swimlane> for Mermaid {
    fn render(&self, map: &Swimlane, out: &mut dyn std::io::Write) -> std::io::Result<()> {
        out.write_all(mermaid(map, self.lang).as_bytes())
    }
}

/// Text inside a quoted Mermaid label.
pub(crate) fn label(s: &str) -> String {
    let mut out = String::with_capacity(s.len());
    for c in s.chars() {
        match c {
            '"' => out.push_str("#34;"),
            '#' => out.push_str("#35;"),
            '&' => out.push_str("#38;"),
            ';' => out.push_str("#59;"),
            '<' => out.push_str("#60;"),
            '>' => out.push_str("#62;"),
            '`' => out.push_str("#96;"),
            '\n' | '\r' | '\t' => out.push(' '),
            c if c.is_control() => out.push('\u{fffd}'),
            c => out.push(c),
        }
    }
    out
}

/// Text to the end of a line (`accTitle:`, `accDescr:`): one line, no control characters.
fn one_line(s: &str) -> String {
    s.chars()
        .map(|c| {
            if c.is_control() || c == '\u{2028}' || c == '\u{2029}' {
                ' '
            } else {
                c
            }
        })
        .collect()
}

/// Words into lines of about `width` characters (words are never broken), each escaped,
/// joined by `<br/>`.
pub(crate) fn lines(text: &str, width: usize, escape: fn(&str) -> String, br: &str) -> String {
    let mut out: Vec<String> = Vec::new();
    let mut line = String::new();
    for word in text.split_whitespace() {
        if !line.is_empty() && line.chars().count() + 1 + word.chars().count() > width {
            out.push(std::mem::take(&mut line));
        }
        if !line.is_empty() {
            line.push(' ');
        }
        line.push_str(word);
    }
    if !line.is_empty() {
        out.push(line);
    }
    out.iter().map(|l| escape(l)).collect::<Vec<_>>().join(br)
}

/// Characters a line of a box's text may have in the text-based maps (Mermaid, DOT).
pub(crate) const WIDTH: usize = 30;

/// A samverkan contact of step `n` as the text-based formats write it: "Samverkan i N:",
/// its description, and its document on a line of its own, wrapped and escaped.
pub(crate) fn contact_text(
    contact: &crate::graph::Contact,
    n: usize,
    lang: Lang,
    escape: fn(&str) -> String,
    br: &str,
) -> String {
    let mut t = crate::tr!(lang, "Samverkan i {}:", "Collaboration in {}:", n);
    if let Some(d) = &contact.description {
        t.push(' ');
        t.push_str(d);
    }
    let mut text = lines(&t, WIDTH, escape, br);
    if let Some(d) = &contact.document {
        text.push_str(br);
        text.push_str(&lines(&doc_text(d), WIDTH, escape, br));
    }
    text
}

pub(crate) fn doc_text(d: &DocRef) -> String {
    match &d.title {
        Some(t) => format!("{} {t}", d.id),
        None => d.id.clone(),
    }
}

/// The map as a Mermaid flowchart.
pub fn mermaid(map: &Swimlane, lang: Lang) -> String {
    let mut o = String::new();
    o.push_str("flowchart LR\n");
    let _ = writeln!(
        o,
        "  accTitle: {}",
        one_line(&crate::tr!(
            lang,
            "Processkarta: {} – {}",
            "Process map: {} – {}",
            map.id,
            map.title
        ))
    );
    let _ = writeln!(o, "  accDescr: {}", one_line(&describe(map, lang)));
    let br = "<br/>";
    for (l, lane) in map.lanes.iter().enumerate() {
        let name = if lane.is_external() {
            format!(
                "{}: {}",
                lang.pick("Extern part", "External party"),
                lane.name
            )
        } else {
            lane.label(lang)
        };
        let _ = writeln!(o, "  subgraph r{}[\"{}\"]", l + 1, label(&name));
        for (i, s) in map.steps.iter().enumerate() {
            let n = i + 1;
            if s.lane == l {
                let mut text = lines(&format!("{n}. {}", s.title), WIDTH, label, br);
                for r in &s.routines {
                    text.push_str(br);
                    text.push_str(&lines(&doc_text(r), WIDTH, label, br));
                }
                if let Some(sub) = &s.subprocess {
                    text.push_str(br);
                    let t = format!(
                        "{} {}",
                        lang.pick("Delprocess:", "Sub-process:"),
                        doc_text(sub)
                    );
                    text.push_str(&lines(&t, WIDTH, label, br));
                    let _ = writeln!(o, "    a{n}[[\"{text}\"]]");
                } else {
                    let _ = writeln!(o, "    a{n}[\"{text}\"]");
                }
            }
            if s.also.contains(&l) {
                let text = crate::tr!(lang, "{}: även ansvarig", "{}: also responsible", n);
                let _ = writeln!(o, "    a{n}r{}([\"{}\"])", l + 1, label(&text));
            }
            for (c, contact) in s.contacts.iter().enumerate() {
                if contact.lane != l {
                    continue;
                }
                let text = contact_text(contact, n, lang, label, br);
                let _ = writeln!(o, "    a{n}s{}[\"{text}\"]", c + 1);
            }
        }
        o.push_str("  end\n");
    }
    for n in 1..map.steps.len() {
        let _ = writeln!(o, "  a{n} --> a{}", n + 1);
    }
    for (i, s) in map.steps.iter().enumerate() {
        let n = i + 1;
        for l in &s.also {
            let _ = writeln!(o, "  a{n} -.- a{n}r{}", l + 1);
        }
        for c in 0..s.contacts.len() {
            let _ = writeln!(o, "  a{n} -.- a{n}s{}", c + 1);
        }
    }
    // Colours with enough contrast; the external lanes set apart.
    o.push_str("  classDef shared fill:#dfe8f1,stroke:#1f4e79,color:#0f2740\n");
    o.push_str(
        "  classDef contact fill:#ffffff,stroke:#7a5500,stroke-dasharray:5 3,color:#1a1a1a\n",
    );
    let shared: Vec<String> = map
        .steps
        .iter()
        .enumerate()
        .flat_map(|(i, s)| s.also.iter().map(move |l| format!("a{}r{}", i + 1, l + 1)))
        .collect();
    if !shared.is_empty() {
        let _ = writeln!(o, "  class {} shared", shared.join(","));
    }
    let contacts: Vec<String> = map
        .steps
        .iter()
        .enumerate()
        .flat_map(|(i, s)| (0..s.contacts.len()).map(move |c| format!("a{}s{}", i + 1, c + 1)))
        .collect();
    if !contacts.is_empty() {
        let _ = writeln!(o, "  class {} contact", contacts.join(","));
    }
    o
}

#[cfg(test)]
mod tests {
    use super::*;

    #[test]
    fn labels_cannot_break_out() {
        assert_eq!(
            label("<script>\"x\";#1 & `y`"),
            "#60;script#62;#34;x#34;#59;#35;1 #38; #96;y#96;"
        );
        let s = label("a\"]) --> evil[\"b\nc");
        assert!(!s.contains('"') && !s.contains('\n'), "{s}");
        assert_eq!(one_line("a\nb\u{1b}"), "a b ");
    }
}
