//! `--format md`: the report as Markdown, the source form.

use std::fmt::Write;

use crate::output::Render;
use crate::report::model::{Block, Report, Source};

pub struct Markdown;

/// Text from the documents as Markdown text: a `<` cannot open raw HTML.
fn esc(s: &str) -> String {
    s.replace('<', "&lt;")
}

fn cell(s: &str) -> String {
    esc(s).replace('|', "\\|").replace(['\n', '\r'], " ")
}

fn sources(list: &[Source]) -> String {
    list.iter()
        .map(|s| format!("{} ({})", esc(&s.document), esc(&s.file)))
        .collect::<Vec<_>>()
        .join("; ")
}

impl Render<Report> for Markdown {
    fn render(&self, report: &Report, out: &mut dyn std::io::Write) -> std::io::Result<()> {
        out.write_all(self.text(report).as_bytes())
    }
}

impl Markdown {
    fn text(&self, report: &Report) -> String {
        let mut out = String::new();
        let lang = report.lang;
        let source_word = lang.pick("Källa", "Source");
        let _ = writeln!(out, "# {}\n", esc(&report.title));
        let _ = writeln!(
            out,
            "{} · {} {}\n",
            esc(&report.organisation),
            lang.pick("upprättad", "prepared"),
            report.made
        );
        for f in &report.cover {
            let _ = writeln!(out, "- **{}:** {}", esc(&f.label), esc(&f.value));
        }
        if !report.cover.is_empty() {
            out.push('\n');
        }
        for (i, s) in report.sections.iter().enumerate() {
            let _ = writeln!(out, "{}. [{}](#{})", i + 1, s.title, s.id);
        }
        for (i, section) in report.sections.iter().enumerate() {
            let _ = writeln!(out, "\n## {}. {}\n", i + 1, section.title);
            for block in &section.blocks {
                match block {
                    Block::Text { text } => {
                        let _ = writeln!(out, "{}\n", esc(text));
                    }
                    Block::Heading { text, .. } => {
                        let _ = writeln!(out, "### {}\n", esc(text));
                    }
                    Block::Prose { markdown, source } => {
                        // The coordinator's headings sit below the report's.
                        for line in markdown.lines() {
                            let line = esc(line);
                            let line = if line.starts_with('#') {
                                format!("###{line}")
                            } else {
                                line
                            };
                            let _ = writeln!(out, "{line}");
                        }
                        let _ = writeln!(
                            out,
                            "\n*{source_word}: {}*\n",
                            sources(std::slice::from_ref(source))
                        );
                    }
                    Block::Facts { facts } => {
                        for f in facts {
                            let src = if f.sources.is_empty() {
                                String::new()
                            } else {
                                format!(
                                    " *({}: {})*",
                                    source_word.to_lowercase(),
                                    sources(&f.sources)
                                )
                            };
                            let _ =
                                writeln!(out, "- **{}:** {}{src}", esc(&f.label), esc(&f.value));
                        }
                        out.push('\n');
                    }
                    Block::Table { table } => {
                        let _ = writeln!(out, "**{}**\n", esc(&table.caption));
                        let with_sources = table.rows.iter().any(|r| !r.sources.is_empty());
                        let mut headers: Vec<String> =
                            table.headers.iter().map(|h| cell(h)).collect();
                        if with_sources {
                            headers.push(source_word.into());
                        }
                        let _ = writeln!(out, "| {} |", headers.join(" | "));
                        let _ = writeln!(out, "|{}", " --- |".repeat(headers.len()));
                        for row in &table.rows {
                            let mut cells: Vec<String> =
                                row.cells.iter().map(|c| cell(c)).collect();
                            if with_sources {
                                cells.push(cell(&sources(&row.sources)));
                            }
                            let _ = writeln!(out, "| {} |", cells.join(" | "));
                        }
                        out.push('\n');
                    }
                    Block::Chart { chart } => {
                        let _ = writeln!(out, "**{}**\n", esc(&chart.caption));
                        let mut headers = vec!["".to_string()];
                        headers.extend(chart.series.iter().map(|s| cell(&s.label)));
                        let _ = writeln!(out, "| {} |", headers.join(" | "));
                        let _ = writeln!(out, "|{}", " --- |".repeat(headers.len()));
                        for (i, c) in chart.categories.iter().enumerate() {
                            let values: Vec<String> = chart
                                .series
                                .iter()
                                .map(|s| s.values.get(i).copied().unwrap_or(0).to_string())
                                .collect();
                            let _ = writeln!(out, "| {} | {} |", cell(c), values.join(" | "));
                        }
                        let _ = writeln!(out, "\n*{source_word}: {}*\n", sources(&chart.sources));
                    }
                    Block::List { items } => {
                        for item in items {
                            let _ = writeln!(out, "- {}", esc(item));
                        }
                        out.push('\n');
                    }
                    Block::Missing { items } => {
                        for item in items {
                            let _ = writeln!(out, "- ⚠ {}", esc(item));
                        }
                        out.push('\n');
                    }
                }
            }
        }
        out
    }
}
