//! `lsk::output::report::Html`: one self-contained, escaped, deterministic HTML document.

use lsk::output::Render;
use lsk::output::report::Html;
use lsk::report::{Block, Chart, Fact, Report, Row, Section, Series, Source, Table};

fn src(document: &str, file: &str) -> Source {
    Source {
        document: document.to_string(),
        file: file.to_string(),
    }
}

fn report() -> Report {
    let mut intro = Section::new("inledning", "Inledning & syfte");
    intro.text("Verksamheten <script>alert('x')</script> följer \"SOSFS 2011:9\" & egna rutiner.");
    intro.heading("Om <b>rapporten</b>");
    intro.push(Block::Prose {
        markdown:
            "# Året som gått\n\nVi har **förbättrat** rutinerna.\n\n<script>alert(1)</script>\n\n\
                   - punkt ett\n- punkt <i>två</i>\n\n![bild](bild.png)\n"
                .to_string(),
        source: src("BU-2026-01", "berättelseunderlag/2026.md"),
    });
    intro.push(Block::List {
        items: vec!["Ett <mål>".to_string(), "Två & tre".to_string()],
    });

    let mut avvikelser = Section::new("avvikelser", "Avvikelser");
    avvikelser.push(Block::Facts {
        facts: vec![
            Fact {
                label: "Avvikelser 2026".to_string(),
                value: "124".to_string(),
                sources: vec![
                    src("AVV-1", "avvikelser/a.yaml"),
                    src("AVV-2", "avvikelser/b.yaml"),
                ],
            },
            Fact {
                label: "Lex Maria-anmälningar".to_string(),
                value: "2".to_string(),
                sources: vec![],
            },
        ],
    });
    avvikelser.push(Block::Table {
        table: Table {
            caption: "Avvikelser per enhet".to_string(),
            headers: vec!["Enhet".to_string(), "Antal".to_string()],
            rows: vec![
                Row {
                    cells: vec!["Solrosen \"hemtjänst\"".to_string(), "80".to_string()],
                    sources: vec![src("ENH-1", "enheter/solrosen.yaml")],
                },
                Row {
                    cells: vec!["Björken".to_string(), "44".to_string()],
                    sources: vec![],
                },
            ],
        },
    });
    avvikelser.push(Block::Chart {
        chart: Chart {
            caption: "Avvikelser per kategori <2026>".to_string(),
            categories: vec![
                "Läkemedel".to_string(),
                "Fall".to_string(),
                "Vård & omsorg".to_string(),
            ],
            series: vec![
                Series {
                    label: "2026".to_string(),
                    values: vec![50, 30, 44],
                },
                Series {
                    label: "2025".to_string(),
                    values: vec![61, 12, 0],
                },
            ],
            sources: vec![src("AVV-1", "avvikelser/a.yaml")],
        },
    });
    avvikelser.push(Block::Chart {
        chart: Chart {
            caption: "Klagomål".to_string(),
            categories: vec!["Bemötande".to_string(), "Information".to_string()],
            series: vec![
                Series {
                    label: "2026".to_string(),
                    values: vec![0, 0],
                },
                Series {
                    label: "2025".to_string(),
                    values: vec![0, 0],
                },
            ],
            sources: vec![],
        },
    });
    avvikelser.push(Block::Missing {
        items: vec!["Riskanalyser för <enhet> Björken".to_string()],
    });

    let mut saknas = Section::new("underlag som saknas\"><script>", "Underlag som saknas");
    saknas.push(Block::Missing {
        items: vec!["Egenkontroller 2026".to_string()],
    });

    Report {
        kind: "kvalitetsberättelse".to_string(),
        title: "Kvalitetsberättelse 2026".to_string(),
        organisation: "Exempel kommun – Vård & omsorg".to_string(),
        year: 2026,
        cover: vec![],
        made: "2027-02-15".to_string(),
        sections: vec![intro, avvikelser, saknas],
        missed: Vec::new(),
        lang: Default::default(),
    }
}

fn html() -> String {
    Html.to_text(&report())
}

#[test]
fn is_an_html5_document_in_swedish() {
    let html = html();
    assert!(html.starts_with("<!DOCTYPE html>\n<html lang=\"sv\">"));
    assert!(html.contains("<meta charset=\"utf-8\">"));
    assert!(html.contains("<h1>Kvalitetsberättelse 2026</h1>"));
    assert!(html.contains("Exempel kommun – Vård &amp; omsorg"));
    assert!(html.contains("2026"));
    assert!(html.contains("Upprättad 2027-02-15"));
    assert!(html.trim_end().ends_with("</html>"));
}

#[test]
fn escapes_all_model_text() {
    let html = html();
    assert!(
        !html.to_lowercase().contains("<script"),
        "raw <script> in:\n{html}"
    );
    assert!(html.contains(
        "Verksamheten &lt;script&gt;alert(&#39;x&#39;)&lt;/script&gt; följer &quot;SOSFS"
    ));
    assert!(html.contains("<span class=\"nw\">2011:9&quot;</span> &amp; egna rutiner."));
    assert!(html.contains("<h3>Om &lt;b&gt;rapporten&lt;/b&gt;</h3>"));
    assert!(html.contains("<li>Ett &lt;mål&gt;</li>"));
    assert!(html.contains("Solrosen &quot;hemtjänst&quot;"));
    assert!(html.contains("aria-label=\"Avvikelser per kategori &lt;2026&gt;\""));
    assert!(html.contains("Vård &amp; omsorg</tspan>"));
    // Markdown: rendered, but raw HTML omitted and images not loaded.
    assert!(html.contains("<strong>förbättrat</strong>"));
    assert!(!html.contains("<i>"));
    assert!(!html.contains("<img"));
    // Prose headings sit under the section's <h2>.
    assert!(html.contains("<h3>Året som gått</h3>"));
}

#[test]
fn has_a_table_of_contents_linking_to_every_section() {
    let html = html();
    let report = report();
    let nav_start = html.find("<nav").expect("a <nav>");
    let nav = &html[nav_start..html[nav_start..].find("</nav>").unwrap() + nav_start];
    assert_eq!(nav.matches("<a href=\"#").count(), report.sections.len());
    for (id, title) in [
        ("inledning", "Inledning &amp; syfte"),
        ("avvikelser", "Avvikelser"),
        ("underlag-som-saknas---script-", "Underlag som saknas"),
    ] {
        assert!(
            nav.contains(&format!("<a href=\"#{id}\">{title}</a>")),
            "{id}"
        );
        assert!(
            html.contains(&format!("<section id=\"{id}\">\n<h2>{title}</h2>")),
            "{id}"
        );
    }
}

#[test]
fn one_svg_per_chart_with_one_bar_per_value() {
    let html = html();
    assert_eq!(html.matches("<svg").count(), 2);
    assert_eq!(html.matches("<figure").count(), 2);
    let svgs: Vec<&str> = html
        .split("<svg")
        .skip(1)
        .map(|s| s.split("</svg>").next().unwrap())
        .collect();
    // 3 categories × 2 series, then 2 × 2 (all zero: drawn with height 0).
    assert_eq!(svgs[0].matches("<rect class=\"bar\"").count(), 6);
    assert_eq!(svgs[1].matches("<rect class=\"bar\"").count(), 4);
    assert_eq!(svgs[0].matches("<rect class=\"swatch\"").count(), 2);
    assert!(svgs[1].contains("height=\"0\""));
    assert!(!svgs[1].contains("NaN") && !svgs[1].contains("inf"));
    for svg in &svgs {
        assert!(svg.contains("<title>"));
        assert!(svg.contains("aria-label="));
    }
    assert!(html.contains("<figcaption>Avvikelser per kategori &lt;2026&gt;</figcaption>"));
}

#[test]
fn empty_chart_is_drawn_without_bars() {
    let mut section = Section::new("tom", "Tom");
    section.push(Block::Chart {
        chart: Chart {
            caption: "Inget".to_string(),
            categories: vec![],
            series: vec![],
            sources: vec![],
        },
    });
    let mut report = report();
    report.sections = vec![section];
    let html = Html.to_text(&report);
    assert_eq!(html.matches("<svg").count(), 1);
    assert_eq!(html.matches("<rect class=\"bar\"").count(), 0);
    assert!(html.contains("Inga värden att visa"));
}

#[test]
fn sources_are_shown_with_document_and_file() {
    let html = html();
    assert!(html.contains(
        "Källa: <code class=\"nw\">AVV-1</code> (<span class=\"nw\">avvikelser/a.yaml</span>); <code class=\"nw\">AVV-2</code> (<span class=\"nw\">avvikelser/b.yaml</span>)"
    ));
    // A table's sources are a note under it, not a column.
    assert!(!html.contains("class=\"sources\""));
    assert!(html.contains(
        "<p class=\"notes\">Källa: <code class=\"nw\">ENH-1</code> (<span class=\"nw\">enheter/solrosen.yaml</span>)</p>"
    ));
    assert!(html.contains(
        "<p class=\"source\">Källa: <code class=\"nw\">BU-2026-01</code> (<span class=\"nw\">berättelseunderlag/2026.md</span>)</p>"
    ));
}

#[test]
fn missing_is_marked_and_headed_only_outside_its_own_section() {
    let html = html();
    assert_eq!(html.matches("<aside class=\"missing\">").count(), 2);
    assert_eq!(html.matches("<h3>Underlag som saknas</h3>").count(), 1);
}

#[test]
fn prints_on_a4_with_a_page_per_section() {
    let html = html();
    assert!(html.contains("size: A4"));
    assert!(html.contains("break-before: page"));
    assert!(html.contains("thead { display: table-header-group; }"));
    assert!(html.contains("<thead>"));
    assert!(html.contains("<caption>Avvikelser per enhet</caption>"));
}

#[test]
fn requests_nothing_from_elsewhere() {
    let html = html();
    for needle in [
        "http://", "https://", "src=", "<script", "<link", "@import", "url(",
    ] {
        assert!(!html.contains(needle), "found {needle:?}");
    }
}

#[test]
fn is_deterministic() {
    assert_eq!(html(), html());
    assert_eq!(Html.to_text(&report()), Html.to_text(&report()));
}

#[test]
fn snapshot() {
    let html = html();
    if let Ok(path) = std::env::var("LSK_REPORT_HTML_OUT") {
        std::fs::write(path, &html).unwrap();
    }
    insta::assert_snapshot!("report_html", html);
}

#[test]
fn many_categories_and_three_series_still_draw_one_bar_each() {
    let categories: Vec<String> = [
        "Läkemedelshantering och delegering",
        "Fall",
        "Vård och omsorg i ordinärt boende",
        "Bemötande",
        "Dokumentation",
        "Informationsöverföring mellan huvudmän",
        "Hygien",
        "Övrigt",
    ]
    .iter()
    .map(|s| s.to_string())
    .collect();
    let series = |label: &str, k: u32| Series {
        label: label.to_string(),
        values: (0..8).map(|i| (i * 137 + k * 311) % 2400).collect(),
    };
    let mut section = Section::new("stor", "Stort diagram");
    section.push(Block::Chart {
        chart: Chart {
            caption: "Avvikelser per kategori och år".to_string(),
            categories,
            series: vec![series("2026", 1), series("2025", 2), series("2024", 3)],
            sources: vec![src("AVV-1", "avvikelser/a.yaml")],
        },
    });
    section.push(Block::Table {
        table: Table {
            caption: "Bred tabell".to_string(),
            headers: (1..=6).map(|i| format!("Kolumn {i}")).collect(),
            rows: vec![Row {
                cells: (1..=6)
                    .map(|i| format!("Ett_mycket_långt_ord_utan_mellanslag_nummer_{i}"))
                    .collect(),
                sources: vec![src(
                    "DOK-MED-ETT-LÅNGT-ID-2026-0001",
                    "en/mycket/djup/sökväg/till/dokumentet.yaml",
                )],
            }],
        },
    });
    let mut report = report();
    report.sections = vec![section];
    let html = Html.to_text(&report);
    if let Ok(path) = std::env::var("LSK_REPORT_HTML_STRESS_OUT") {
        std::fs::write(path, &html).unwrap();
    }
    assert_eq!(html.matches("<rect class=\"bar\"").count(), 24);
    assert_eq!(html.matches("<rect class=\"swatch\"").count(), 3);
}
