//! `--format html`: one self-contained HTML5 document (inline CSS, inline SVG charts, no
//! scripts and no external requests) that reads well on screen and prints on A4.
//!
//! Every piece of text from the model is escaped; the coordinator's Markdown goes through
//! comrak with raw HTML omitted and images turned into plain links, so that nothing in the
//! report can load anything from elsewhere. The output is deterministic: the same model
//! gives byte-identical HTML.

use std::collections::BTreeSet;
use std::fmt::Write as _;

use crate::lang::Lang;
use crate::output::Render;
use crate::output::html::esc;
use crate::report::model::{Block, Chart, Fact, Report, Section, Source, Table};

/// Renders a [`Report`] as a single HTML document.
#[derive(Debug, Clone, Copy, Default)]
pub struct Html;

impl Render<Report> for Html {
    fn render(&self, report: &Report, out: &mut dyn std::io::Write) -> std::io::Result<()> {
        out.write_all(self.text(report).as_bytes())
    }
}

impl Html {
    fn text(&self, report: &Report) -> String {
        let anchors = anchors(&report.sections);
        let lang = report.lang;
        let mut out = String::with_capacity(16 * 1024);

        let _ = writeln!(
            out,
            "<!DOCTYPE html>\n<html lang=\"{}\">\n<head>\n<meta charset=\"utf-8\">",
            lang.pick("sv", "en")
        );
        out.push_str("<meta name=\"viewport\" content=\"width=device-width, initial-scale=1\">\n");
        let _ = writeln!(
            out,
            "<title>{} – {} {}</title>",
            esc(&report.title),
            esc(&report.organisation),
            report.year
        );
        out.push_str("<style>\n");
        out.push_str(CSS);
        let (page, of) = lang.pick(("Sida", "av"), ("Page", "of"));
        let _ = writeln!(
            out,
            "@page {{ @bottom-right {{ content: \"{page} \" counter(page) \" {of} \" counter(pages); }} }}"
        );
        out.push_str("</style>\n</head>\n<body>\n");

        // Title block.
        out.push_str("<header class=\"title-block\">\n");
        if !report.kind.is_empty() {
            let _ = writeln!(
                out,
                "<p class=\"kind\">{}</p>",
                esc(&kind_label(&report.kind, lang))
            );
        }
        let _ = writeln!(out, "<h1>{}</h1>", esc(&report.title));
        let _ = writeln!(
            out,
            "<p class=\"organisation\">{}</p>",
            esc(&report.organisation)
        );
        let _ = writeln!(out, "<p class=\"year\">{}</p>", report.year);
        let _ = writeln!(
            out,
            "<p class=\"made\">{} {}</p>",
            lang.pick("Upprättad", "Prepared"),
            esc(&report.made)
        );
        for f in &report.cover {
            let _ = writeln!(
                out,
                "<p class=\"cover\">{}: {}</p>",
                esc(&f.label),
                esc_tokens(&f.value)
            );
        }
        out.push_str("</header>\n");

        // Table of contents.
        if !report.sections.is_empty() {
            let contents = lang.pick("Innehåll", "Contents");
            let _ = writeln!(
                out,
                "<nav class=\"toc\" aria-label=\"{contents}\">\n<h2>{contents}</h2>\n<ol>"
            );
            for (section, anchor) in report.sections.iter().zip(&anchors) {
                let _ = writeln!(
                    out,
                    "<li><a href=\"#{}\">{}</a></li>",
                    esc(anchor),
                    esc(&section.title)
                );
            }
            out.push_str("</ol>\n</nav>\n");
        }

        out.push_str("<main>\n");
        for (section, anchor) in report.sections.iter().zip(&anchors) {
            render_section(&mut out, section, anchor, lang);
        }
        out.push_str("</main>\n</body>\n</html>\n");
        out
    }
}

/// The stylesheet, screen and print, in its own file.
const CSS: &str = include_str!("report.css");

/// The kind above the title: "Kvalitetsberättelse", "Quality report".
fn kind_label(kind: &str, lang: Lang) -> String {
    match (lang, kind) {
        (Lang::En, "kvalitetsberättelse") => "Quality report".into(),
        (Lang::En, "patientsäkerhetsberättelse") => "Patient safety report".into(),
        _ => capitalise(kind),
    }
}

/// "Källa: …" / "Källor: …".
fn sources_label(lang: Lang, several: bool) -> &'static str {
    match several {
        false => lang.pick("Källa", "Source"),
        true => lang.pick("Källor", "Sources"),
    }
}

/// Escaped text in which every word that holds a digit or a hyphen (an id, a date, "12 av
/// 12" stays as words) is kept on one line: a printed report never breaks "P-SÄBO" or
/// "2025-11-26" in two.
fn esc_tokens(text: &str) -> String {
    let mut out = String::with_capacity(text.len() + 16);
    let mut word = String::new();
    let flush = |word: &mut String, out: &mut String| {
        if word.chars().any(|c| c.is_ascii_digit() || c == '-') && word.chars().count() > 1 {
            let _ = write!(out, "<span class=\"nw\">{}</span>", esc(word));
        } else {
            out.push_str(&esc(word));
        }
        word.clear();
    };
    for c in text.chars() {
        if c.is_whitespace() {
            flush(&mut word, &mut out);
            out.push(c);
        } else {
            word.push(c);
        }
    }
    flush(&mut word, &mut out);
    out
}

fn capitalise(text: &str) -> String {
    let mut chars = text.chars();
    match chars.next() {
        Some(first) => first.to_uppercase().chain(chars).collect(),
        None => String::new(),
    }
}

/// One safe, unique anchor per section: the id with anything but letters, digits, `-`, `_`
/// and `.` replaced by `-`, so that it needs no escaping in `href="#…"`.
fn anchors(sections: &[Section]) -> Vec<String> {
    let mut used = BTreeSet::new();
    sections
        .iter()
        .enumerate()
        .map(|(i, section)| {
            let mut base: String = section
                .id
                .trim()
                .chars()
                .map(|c| {
                    if c.is_alphanumeric() || matches!(c, '-' | '_' | '.') {
                        c
                    } else {
                        '-'
                    }
                })
                .collect();
            if base.is_empty() || !base.starts_with(char::is_alphabetic) {
                base = format!(
                    "avsnitt-{}{}",
                    i + 1,
                    if base.is_empty() { "" } else { "-" }
                ) + &base;
            }
            let mut anchor = base.clone();
            let mut n = 2;
            while !used.insert(anchor.clone()) {
                anchor = format!("{base}-{n}");
                n += 1;
            }
            anchor
        })
        .collect()
}

/// "`DOC-ID` (fil/sökväg.yaml)", several joined with "; ", escaped.
fn sources_html(sources: &[Source]) -> String {
    sources
        .iter()
        .map(|s| {
            if s.file.is_empty() {
                format!("<code class=\"nw\">{}</code>", esc(&s.document))
            } else {
                format!(
                    "<code class=\"nw\">{}</code> (<span class=\"nw\">{}</span>)",
                    esc(&s.document),
                    esc(&s.file)
                )
            }
        })
        .collect::<Vec<_>>()
        .join("; ")
}

fn source_note(out: &mut String, sources: &[Source], lang: Lang) {
    if !sources.is_empty() {
        let _ = writeln!(
            out,
            "<p class=\"source\">{}: {}</p>",
            sources_label(lang, false),
            sources_html(sources)
        );
    }
}

/// The last section, "Underlag som saknas" (in either language).
fn is_missing_section(section: &Section) -> bool {
    section.is_titled("Underlag som saknas")
}

fn render_section(out: &mut String, section: &Section, anchor: &str, lang: Lang) {
    let _ = writeln!(out, "<section id=\"{}\">", esc(anchor));
    let _ = writeln!(out, "<h2>{}</h2>", esc(&section.title));
    for block in &section.blocks {
        match block {
            Block::Text { text } => {
                let _ = writeln!(out, "<p>{}</p>", esc_tokens(text));
            }
            Block::Heading { text, .. } => {
                let _ = writeln!(out, "<h3>{}</h3>", esc(text));
            }
            Block::Prose { markdown, source } => {
                out.push_str("<div class=\"prose\">\n");
                out.push_str(&markdown_html(markdown));
                out.push_str("</div>\n");
                source_note(out, std::slice::from_ref(source), lang);
            }
            Block::Facts { facts } => render_facts(out, facts, lang),
            Block::Table { table } => render_table(out, table, lang),
            Block::Chart { chart } => render_chart(out, chart, lang),
            Block::List { items } => {
                out.push_str("<ul>\n");
                for item in items {
                    let _ = writeln!(out, "<li>{}</li>", esc_tokens(item));
                }
                out.push_str("</ul>\n");
            }
            Block::Missing { items } => {
                out.push_str("<aside class=\"missing\">\n");
                if !is_missing_section(section) {
                    let _ = writeln!(
                        out,
                        "<h3>{}</h3>",
                        lang.pick("Underlag som saknas", "Missing material")
                    );
                }
                out.push_str("<ul>\n");
                for item in items {
                    let _ = writeln!(out, "<li>{}</li>", esc_tokens(item));
                }
                out.push_str("</ul>\n</aside>\n");
            }
        }
    }
    out.push_str("</section>\n");
}

/// The coordinator's Markdown as HTML: raw HTML omitted (comrak's default), dangerous URLs
/// dropped, images turned into links (nothing is loaded), headings moved under the section's
/// `<h2>` (`#` → `<h3>`).
fn markdown_html(markdown: &str) -> String {
    crate::output::html::markdown(markdown, 2)
}

fn render_facts(out: &mut String, facts: &[Fact], lang: Lang) {
    if facts.is_empty() {
        return;
    }
    out.push_str("<dl class=\"facts\">\n");
    for fact in facts {
        out.push_str("<div class=\"fact\">");
        let _ = write!(
            out,
            "<dt>{}</dt><dd class=\"value\">{}</dd>",
            esc_tokens(&fact.label),
            esc_tokens(&fact.value)
        );
        if !fact.sources.is_empty() {
            let _ = write!(
                out,
                "<dd class=\"source\">{}: {}</dd>",
                sources_label(lang, false),
                sources_html(&fact.sources)
            );
        }
        out.push_str("</div>\n");
    }
    out.push_str("</dl>\n");
}

/// A table; where its rows have sources, each row gets a note number after its first cell
/// and the notes are listed under the table, one per distinct set of sources (a table from
/// one plan has one note), instead of a column that takes a quarter of the width.
fn render_table(out: &mut String, table: &Table, lang: Lang) {
    let columns = table
        .rows
        .iter()
        .map(|r| r.cells.len())
        .chain(std::iter::once(table.headers.len()))
        .max()
        .unwrap_or(0);
    // Note numbers first, so that a table with a single note needs no marks.
    let mut notes: Vec<String> = Vec::new();
    let row_notes: Vec<Option<usize>> = table
        .rows
        .iter()
        .map(|row| {
            if row.sources.is_empty() {
                return None;
            }
            let html = sources_html(&row.sources);
            Some(match notes.iter().position(|n| *n == html) {
                Some(i) => i + 1,
                None => {
                    notes.push(html);
                    notes.len()
                }
            })
        })
        .collect();
    out.push_str("<table>\n");
    if !table.caption.is_empty() {
        let _ = writeln!(out, "<caption>{}</caption>", esc_tokens(&table.caption));
    }
    if !table.headers.is_empty() {
        out.push_str("<thead><tr>");
        for i in 0..columns {
            let header = table.headers.get(i).map(String::as_str).unwrap_or("");
            let _ = write!(out, "<th scope=\"col\">{}</th>", esc(header));
        }
        out.push_str("</tr></thead>\n");
    }
    out.push_str("<tbody>\n");
    if table.rows.is_empty() {
        let _ = writeln!(
            out,
            "<tr><td colspan=\"{}\">{}</td></tr>",
            columns.max(1),
            lang.pick("Inga rader.", "No rows.")
        );
    }
    for (row, note) in table.rows.iter().zip(&row_notes) {
        out.push_str("<tr>");
        for i in 0..columns {
            let cell = row.cells.get(i).map(String::as_str).unwrap_or("");
            let mark = match note {
                Some(n) if i == 0 && notes.len() > 1 => {
                    format!("<sup class=\"note\">{n}</sup>")
                }
                _ => String::new(),
            };
            let _ = write!(out, "<td>{}{mark}</td>", esc_tokens(cell));
        }
        out.push_str("</tr>\n");
    }
    out.push_str("</tbody>\n</table>\n");
    match notes.len() {
        0 => {}
        1 => {
            let _ = writeln!(
                out,
                "<p class=\"notes\">{}: {}</p>",
                sources_label(lang, false),
                notes[0]
            );
        }
        _ => {
            let list: Vec<String> = notes
                .iter()
                .enumerate()
                .map(|(i, n)| format!("<sup>{}</sup> {n}", i + 1))
                .collect();
            let _ = writeln!(
                out,
                "<p class=\"notes\">{}: {}</p>",
                sources_label(lang, true),
                list.join("; ")
            );
        }
    }
}

/// Fills that are distinct in colour and in greyscale, each with at least 3:1 contrast
/// against the white page (WCAG 1.4.11), so that every bar can be seen.
const FILLS: [&str; 5] = ["#1f4e79", "#2e75b6", "#c55a11", "#595959", "#7f6000"];
const LABEL_FILLS: [&str; 5] = FILLS;

/// Room on the left for the value axis.
const AXIS_WIDTH: f64 = 34.0;

const SVG_WIDTH: f64 = 640.0;
const MARGIN_X: f64 = 12.0;
const PLOT_HEIGHT: f64 = 200.0;
const CHAR_WIDTH: f64 = 6.6; // rough width of a character at 12px
const CHAR_FACTOR: f64 = CHAR_WIDTH / 12.0;

/// Splits a label into lines of at most `max_chars` characters, by words; a word longer than
/// a line is broken with a hyphen.
fn wrap(label: &str, max_chars: usize) -> Vec<String> {
    let max_chars = max_chars.max(2);
    let mut words: Vec<String> = Vec::new();
    for word in label.split_whitespace() {
        let chars: Vec<char> = word.chars().collect();
        if chars.len() <= max_chars {
            words.push(word.to_string());
            continue;
        }
        let mut rest = &chars[..];
        while rest.len() > max_chars {
            let (head, tail) = rest.split_at(max_chars - 1);
            words.push(head.iter().collect::<String>() + "-");
            rest = tail;
        }
        words.push(rest.iter().collect());
    }
    let mut lines: Vec<String> = Vec::new();
    let mut line = String::new();
    for word in words {
        if !line.is_empty() && line.chars().count() + 1 + word.chars().count() > max_chars {
            lines.push(std::mem::take(&mut line));
        }
        if !line.is_empty() {
            line.push(' ');
        }
        line.push_str(&word);
    }
    if !line.is_empty() {
        lines.push(line);
    }
    lines
}

fn fmt_num(x: f64) -> String {
    let s = format!("{x:.1}");
    s.strip_suffix(".0").map(str::to_string).unwrap_or(s)
}

fn render_chart(out: &mut String, chart: &Chart, lang: Lang) {
    let caption = esc(&chart.caption);
    out.push_str("<figure class=\"chart\">\n");
    if !chart.caption.is_empty() {
        let _ = writeln!(out, "<figcaption>{caption}</figcaption>");
    }

    let n_cat = chart.categories.len();
    let n_ser = chart.series.len();
    if n_cat == 0 || n_ser == 0 {
        let _ = writeln!(
            out,
            "<svg viewBox=\"0 0 {w} 60\" role=\"img\" aria-label=\"{caption}\"><title>{caption}</title>\
<text x=\"{x}\" y=\"34\" text-anchor=\"middle\" font-size=\"14\" fill=\"#555555\">{none}</text></svg>",
            w = SVG_WIDTH,
            x = SVG_WIDTH / 2.0,
            none = lang.pick("Inga värden att visa", "No values to show"),
        );
        source_note(out, &chart.sources, lang);
        out.push_str("</figure>\n");
        return;
    }

    // Legend: swatch + label, wrapped into rows.
    let mut legend_items = Vec::new();
    let (mut lx, mut ly) = (MARGIN_X, 0usize);
    for (i, series) in chart.series.iter().enumerate() {
        let w = 18.0 + series.label.chars().count() as f64 * CHAR_WIDTH + 20.0;
        if lx > MARGIN_X && lx + w > SVG_WIDTH - MARGIN_X {
            lx = MARGIN_X;
            ly += 1;
        }
        legend_items.push((i, lx, ly));
        lx += w;
    }
    let legend_height = (ly + 1) as f64 * 20.0 + 6.0;

    let max = chart
        .series
        .iter()
        .flat_map(|s| s.values.iter().take(n_cat).copied())
        .max()
        .unwrap_or(0);
    let scale_max = f64::from(max.max(1));
    // All zero: no need for a tall, empty plot.
    let plot_height = if max == 0 { 40.0 } else { PLOT_HEIGHT };

    let plot_left = MARGIN_X + AXIS_WIDTH;
    let group_width = (SVG_WIDTH - MARGIN_X - plot_left) / n_cat as f64;
    let bar_gap = 3.0;
    let bar_width =
        ((group_width * 0.78 - bar_gap * (n_ser as f64 - 1.0)) / n_ser as f64).clamp(2.0, 48.0);
    let cluster = bar_width * n_ser as f64 + bar_gap * (n_ser as f64 - 1.0);
    // Category labels: shrink the font (down to 8) so the longest word fits its group, then
    // wrap by words.
    let longest_word = chart
        .categories
        .iter()
        .flat_map(|c| c.split_whitespace())
        .map(|w| w.chars().count())
        .max()
        .unwrap_or(1)
        .max(1);
    let label_font = ((group_width - 6.0) / (longest_word as f64 * CHAR_FACTOR)).clamp(8.0, 12.0);
    let line_height = (label_font * 1.2).round();
    let max_chars = ((group_width - 6.0) / (label_font * CHAR_FACTOR)).floor() as usize;
    let labels: Vec<Vec<String>> = chart
        .categories
        .iter()
        .map(|c| wrap(c, max_chars))
        .collect();
    let label_lines = labels.iter().map(Vec::len).max().unwrap_or(1).max(1);

    let value_space = 18.0;
    let plot_top = legend_height + value_space;
    let baseline = plot_top + plot_height;
    let height = baseline + 6.0 + label_lines as f64 * line_height + 4.0;
    let digits = max.to_string().len() as f64;
    let value_font = (bar_width / (0.6 * digits)).clamp(7.0, 11.0);

    let _ = writeln!(
        out,
        "<svg viewBox=\"0 0 {} {}\" role=\"img\" aria-label=\"{caption}\" font-family=\"system-ui, sans-serif\">",
        SVG_WIDTH,
        fmt_num(height)
    );
    let _ = writeln!(out, "<title>{caption}</title>");

    // Legend.
    out.push_str("<g class=\"legend\" font-size=\"12\">\n");
    for (i, x, row) in legend_items {
        let y = 4.0 + row as f64 * 20.0;
        let _ = writeln!(
            out,
            "<rect class=\"swatch\" x=\"{}\" y=\"{}\" width=\"12\" height=\"12\" fill=\"{}\" stroke=\"#333333\" stroke-width=\"0.5\"/><text x=\"{}\" y=\"{}\">{}</text>",
            fmt_num(x),
            fmt_num(y),
            FILLS[i % FILLS.len()],
            fmt_num(x + 17.0),
            fmt_num(y + 10.5),
            esc(&chart.series[i].label)
        );
    }
    out.push_str("</g>\n");

    // Bars with value labels.
    out.push_str("<g class=\"bars\">\n");
    for (c, category) in chart.categories.iter().enumerate() {
        let group_x = plot_left + c as f64 * group_width + (group_width - cluster) / 2.0;
        for (s, series) in chart.series.iter().enumerate() {
            let Some(&value) = series.values.get(c) else {
                continue;
            };
            let h = f64::from(value) / scale_max * plot_height;
            let x = group_x + s as f64 * (bar_width + bar_gap);
            let y = baseline - h;
            let _ = writeln!(
                out,
                "<rect class=\"bar\" x=\"{}\" y=\"{}\" width=\"{}\" height=\"{}\" fill=\"{}\" stroke=\"#333333\" stroke-width=\"0.5\"><title>{}, {}: {}</title></rect>",
                fmt_num(x),
                fmt_num(y),
                fmt_num(bar_width),
                fmt_num(h),
                FILLS[s % FILLS.len()],
                esc(category),
                esc(&series.label),
                value
            );
            let _ = writeln!(
                out,
                "<text x=\"{}\" y=\"{}\" text-anchor=\"middle\" font-size=\"{}\" fill=\"{}\">{}</text>",
                fmt_num(x + bar_width / 2.0),
                fmt_num(y - 4.0),
                fmt_num(value_font),
                LABEL_FILLS[s % LABEL_FILLS.len()],
                value
            );
        }
    }
    out.push_str("</g>\n");

    // The value axis: a line with ticks at 0, half and the top, and gridlines.
    out.push_str("<g class=\"axis\" font-size=\"10\" fill=\"#333333\" text-anchor=\"end\">\n");
    let _ = writeln!(
        out,
        "<line x1=\"{x}\" y1=\"{}\" x2=\"{x}\" y2=\"{}\" stroke=\"#333333\" stroke-width=\"1\"/>",
        fmt_num(plot_top),
        fmt_num(baseline),
        x = fmt_num(plot_left)
    );
    let ticks: Vec<u32> = if max == 0 {
        vec![0]
    } else {
        vec![0, max / 2, max]
    };
    for tick in ticks {
        let y = baseline - f64::from(tick) / scale_max * plot_height;
        let _ = writeln!(
            out,
            "<line x1=\"{}\" y1=\"{y}\" x2=\"{}\" y2=\"{y}\" stroke=\"#d0d0d0\" stroke-width=\"0.5\"/><text x=\"{}\" y=\"{}\">{tick}</text>",
            fmt_num(plot_left - 3.0),
            fmt_num(SVG_WIDTH - MARGIN_X),
            fmt_num(plot_left - 5.0),
            fmt_num(y + 3.5),
            y = fmt_num(y)
        );
    }
    out.push_str("</g>\n");
    // Baseline and category labels.
    let _ = writeln!(
        out,
        "<line x1=\"{}\" y1=\"{b}\" x2=\"{}\" y2=\"{b}\" stroke=\"#333333\" stroke-width=\"1\"/>",
        fmt_num(plot_left),
        SVG_WIDTH - MARGIN_X,
        b = fmt_num(baseline)
    );
    let _ = writeln!(
        out,
        "<g class=\"categories\" font-size=\"{}\" text-anchor=\"middle\">",
        fmt_num(label_font)
    );
    for (c, lines) in labels.iter().enumerate() {
        let cx = fmt_num(plot_left + (c as f64 + 0.5) * group_width);
        let _ = write!(
            out,
            "<text x=\"{cx}\" y=\"{}\">",
            fmt_num(baseline + 4.0 + line_height)
        );
        for (l, line) in lines.iter().enumerate() {
            let dy = if l == 0 { 0.0 } else { line_height };
            let _ = write!(
                out,
                "<tspan x=\"{cx}\" dy=\"{}\">{}</tspan>",
                fmt_num(dy),
                esc(line)
            );
        }
        out.push_str("</text>\n");
    }
    out.push_str("</g>\n</svg>\n");

    source_note(out, &chart.sources, lang);
    out.push_str("</figure>\n");
}

#[cfg(test)]
mod contrast_tests {
    #[test]
    fn every_bar_has_three_to_one_contrast_against_the_page() {
        for fill in super::FILLS {
            let ratio = crate::output::html::contrast(fill, "#ffffff");
            assert!(ratio >= 3.0, "{fill}: {ratio:.2}");
        }
    }
}
