//! `lsk matrix ansvar|krav`: on examples/omsorg in Markdown, CSV and JSON (snapshotted,
//! Markdown in both languages); HTML a self-contained accessible page; the requirement
//! matrix the same as `lsk krav`; titles and names that look like markup, table syntax or
//! spreadsheet formulas stay text in every format.

mod common;

use std::path::Path;

fn lsk(dir: &Path, args: &[&str]) -> (i32, String, String) {
    common::lsk_in(dir, args)
}

fn omsorg() -> std::path::PathBuf {
    common::manifest_dir().join("examples/omsorg")
}

fn run_ok(dir: &Path, args: &[&str]) -> String {
    let (code, out, err) = lsk(dir, args);
    assert_eq!(code, 0, "lsk {args:?}: {err}");
    out
}

#[test]
fn responsibility_matrix_in_markdown_csv_and_json() {
    let dir = omsorg();
    insta::assert_snapshot!("matrix_ansvar_md", run_ok(&dir, &["matrix", "ansvar"]));
    insta::assert_snapshot!(
        "matrix_ansvar_md_en",
        run_ok(&dir, &["matrix", "ansvar", "--lang", "en"])
    );
    let csv = run_ok(&dir, &["matrix", "ansvar", "--format", "csv"]);
    insta::assert_snapshot!("matrix_ansvar_csv", csv);
    let json = run_ok(&dir, &["matrix", "ansvar", "--format", "json"]);
    insta::assert_snapshot!("matrix_ansvar_json", json);
    let v: serde_json::Value = serde_json::from_str(&json).unwrap();
    let sabo = v["processer"]
        .as_array()
        .unwrap()
        .iter()
        .find(|p| p["id"] == "P-SÄBO")
        .unwrap();
    assert_eq!(
        sabo["roller"]["avdelningschef"],
        serde_json::json!(["äger", "dokumentägare"])
    );
    assert_eq!(
        sabo["aktiviteter"][4]["roller"]["kontaktman"],
        serde_json::json!(["utför"])
    );
    // Every CSV line has as many fields as the header.
    let width = fields(csv.lines().next().unwrap());
    assert!(csv.lines().all(|l| fields(l) == width));
}

#[test]
fn requirement_matrix_in_markdown_csv_and_json_agrees_with_lsk_krav() {
    let dir = omsorg();
    insta::assert_snapshot!("matrix_krav_md", run_ok(&dir, &["matrix", "krav"]));
    insta::assert_snapshot!(
        "matrix_krav_md_en",
        run_ok(&dir, &["matrix", "krav", "--lang", "en"])
    );
    let csv = run_ok(&dir, &["matrix", "krav", "--format", "csv"]);
    insta::assert_snapshot!("matrix_krav_csv", csv);
    let json = run_ok(&dir, &["matrix", "krav", "--json"]);
    insta::assert_snapshot!("matrix_krav_json", json);
    let matrix: serde_json::Value = serde_json::from_str(&json).unwrap();
    let krav: serde_json::Value =
        serde_json::from_str(&run_ok(&dir, &["krav", "--format", "json"])).unwrap();
    let rows = matrix["paragrafer"].as_array().unwrap();
    let paragraphs = krav["paragrafer"].as_array().unwrap();
    assert_eq!(rows.len(), paragraphs.len());
    for (m, k) in rows.iter().zip(paragraphs) {
        assert_eq!(m["paragraf"], k["paragraf"]);
        assert_eq!(m["lucka"], k["lucka"], "{}", m["paragraf"]);
        let mut ids: Vec<&str> = k["uppfylls_av"]
            .as_array()
            .unwrap()
            .iter()
            .map(|d| d["id"].as_str().unwrap())
            .collect();
        ids.sort_unstable();
        ids.dedup();
        let mut got: Vec<&str> = m["uppfylls_av"]
            .as_array()
            .unwrap()
            .iter()
            .map(|d| d.as_str().unwrap())
            .collect();
        got.sort_unstable();
        assert_eq!(got, ids);
    }
}

#[test]
fn a_gap_is_marked_in_every_format() {
    let dir = tempfile::tempdir().unwrap();
    let root = dir.path();
    common::copy_tree(&omsorg(), root);
    // Nothing meets 5 kap. 7 § once the action plan no longer says so.
    common::edit(
        &root.join("forbattring/handlingsplaner/handlingsplan-2026.yaml"),
        "uppfyller: [\"5 kap. 6 §\", \"5 kap. 7 §\"]",
        "uppfyller: [\"5 kap. 6 §\"]",
    );
    let md = run_ok(root, &["matrix", "krav"]);
    let line = md.lines().find(|l| l.starts_with("| 5 kap. 7 §")).unwrap();
    assert!(line.contains("**lucka**"), "{line}");
    assert!(md.contains("Luckor: 1 av"));
    let csv = run_ok(root, &["matrix", "krav", "--format", "csv"]);
    assert!(
        csv.lines()
            .any(|l| l.starts_with("5 kap. 7 §,Åtgärder,lucka,"))
    );
    let html = run_ok(root, &["matrix", "krav", "--format", "html"]);
    assert!(html.contains("<tr class=\"gap\"><th scope=\"row\">5 kap. 7 §</th>"));
    assert!(html.contains("<span class=\"gap-word\">lucka</span>"));
}

fn fields(line: &str) -> usize {
    let mut n = 1;
    let mut quoted = false;
    for c in line.chars() {
        match c {
            '"' => quoted = !quoted,
            ',' if !quoted => n += 1,
            _ => {}
        }
    }
    n
}

#[test]
fn html_is_a_self_contained_accessible_page() {
    let dir = omsorg();
    for kind in ["ansvar", "krav"] {
        let html = run_ok(&dir, &["matrix", kind, "--format", "html"]);
        assert!(html.starts_with("<!DOCTYPE html>\n<html lang=\"sv\">"));
        assert!(html.contains("<caption>"));
        assert!(html.contains("<th scope=\"col\">"));
        assert!(html.contains("<th scope=\"row\">"));
        for banned in ["<script", "<link", "<img", "http://", "https://", "@import"] {
            assert!(!html.contains(banned), "{kind}: {banned}");
        }
        // Balanced table markup.
        for tag in ["table", "tr", "th", "td", "thead", "tbody", "caption"] {
            let open = html.matches(&format!("<{tag}>")).count()
                + html.matches(&format!("<{tag} ")).count();
            let close = html.matches(&format!("</{tag}>")).count();
            assert_eq!(open, close, "{kind}: <{tag}>");
        }
        let en = run_ok(&dir, &["matrix", kind, "--format", "html", "--lang", "en"]);
        assert!(en.starts_with("<!DOCTYPE html>\n<html lang=\"en\">"));
    }
    let ansvar = run_ok(&dir, &["matrix", "ansvar", "--format", "html"]);
    // The letters are also said in words.
    assert!(ansvar.contains(
        "<span aria-hidden=\"true\">Ä, D</span><span class=\"vh\">äger processen, dokumentägare</span>"
    ));
}

#[test]
fn the_library_gives_the_tables_for_a_page_of_ones_own() {
    let (_, loaded) = lsk::check::load(&omsorg(), &Default::default()).unwrap();
    let m = lsk::matrix::responsibility(&loaded.repo);
    let tables = lsk::output::matrix::responsibility_tables(&m);
    assert!(tables.starts_with("<p class=\"key\">"));
    assert!(!tables.contains("<html") && !tables.contains("<body"));
    let r = lsk::matrix::requirements(&loaded.repo);
    let table = lsk::output::matrix::requirement_table(&r);
    assert!(table.contains("<table>") && !table.contains("<html"));
}

#[test]
fn hostile_titles_and_names_stay_text_in_every_format() {
    let dir = tempfile::tempdir().unwrap();
    let root = dir.path();
    common::copy_tree(&omsorg(), root);
    common::edit(
        &root.join("processer/sarskilt-boende.yaml"),
        "titel: Ge stöd i särskilt boende",
        "titel: '=cmd|'' /C calc''!A0'",
    );
    common::edit(
        &root.join("processer/sarskilt-boende.yaml"),
        "titel: Utreda behov",
        "titel: '<script>alert(\"x\")</script> | # ; *x*'",
    );
    common::edit(
        &root.join("ansvar/ansvarsfordelning.yaml"),
        "namn: Fysioterapeut",
        "namn: '@SUM(A1) \"fysio\", <b>'",
    );
    common::edit(
        &root.join("rutiner/inflyttning-sarskilt-boende.md"),
        "titel: Inflyttning på särskilt boende",
        "titel: '+46 <img src=x onerror=alert(1)>'",
    );

    let csv = run_ok(root, &["matrix", "ansvar", "--format", "csv"]);
    assert!(csv.contains(",'=cmd|' /C calc'!A0,"), "{csv}");
    assert!(csv.contains("\"'@SUM(A1) \"\"fysio\"\", <b>\""), "{csv}");
    assert!(csv.contains(",'+46 <img src=x onerror=alert(1)>,"), "{csv}");
    for line in csv.lines() {
        for field in split_csv(line) {
            assert!(
                !field.starts_with(['=', '+', '-', '@']),
                "a formula in {line}"
            );
        }
    }

    let html = run_ok(root, &["matrix", "ansvar", "--format", "html"]);
    assert!(!html.contains("<script") && !html.contains("<img") && !html.contains("<b>"));
    assert!(html.contains("&lt;script&gt;alert(&quot;x&quot;)&lt;/script&gt;"));
    assert!(html.contains("@SUM(A1) &quot;fysio&quot;, &lt;b&gt;"));

    let md = run_ok(root, &["matrix", "ansvar"]);
    assert!(!md.contains("<script") && !md.contains("<b>"));
    let row = md
        .lines()
        .find(|l| l.contains("(P-SÄBO.2)"))
        .expect("the activity's row");
    // The | in the title does not add a column.
    let header = md
        .lines()
        .skip_while(|l| !l.starts_with("## P-SÄBO"))
        .nth(2)
        .unwrap();
    let columns = |l: &str| l.replace("\\|", "").matches('|').count();
    assert_eq!(columns(row), columns(header), "{row}");
    assert!(row.contains("&lt;script&gt;alert(\"x\")&lt;/script&gt; \\| \\# ; \\*x\\*"));

    let json = run_ok(root, &["matrix", "ansvar", "--format", "json"]);
    let v: serde_json::Value = serde_json::from_str(&json).unwrap();
    assert!(
        v["roller"]
            .as_array()
            .unwrap()
            .iter()
            .any(|r| r["namn"] == "@SUM(A1) \"fysio\", <b>")
    );

    let krav = run_ok(root, &["matrix", "krav", "--format", "html"]);
    assert!(!krav.contains("<img"));
    assert!(krav.contains("title=\"+46 &lt;img src=x onerror=alert(1)&gt;\""));
}

/// The fields of a CSV line, unquoted.
fn split_csv(line: &str) -> Vec<String> {
    let mut out = vec![String::new()];
    let mut quoted = false;
    let mut chars = line.chars().peekable();
    while let Some(c) = chars.next() {
        match c {
            '"' if quoted && chars.peek() == Some(&'"') => {
                chars.next();
                out.last_mut().unwrap().push('"');
            }
            '"' => quoted = !quoted,
            ',' if !quoted => out.push(String::new()),
            c => out.last_mut().unwrap().push(c),
        }
    }
    out
}

#[test]
fn output_to_a_file_by_its_extension() {
    let dir = tempfile::tempdir().unwrap();
    let root = dir.path();
    common::copy_tree(&omsorg(), root);
    let target = root.join("ansvar.csv");
    let (code, out, err) = lsk(root, &["matrix", "ansvar", "-o", target.to_str().unwrap()]);
    assert_eq!(code, 0, "{err}");
    assert!(out.is_empty());
    assert!(
        std::fs::read_to_string(&target)
            .unwrap()
            .starts_with("typ,id,titel,process,")
    );
    let yaml = root.join("lsk.yaml");
    let (code, _, err) = lsk(root, &["matrix", "krav", "-o", yaml.to_str().unwrap()]);
    assert_eq!(code, 2);
    assert!(err.contains("kravmatrisen skriver inte över den"), "{err}");
    let (code, _, err) = lsk(root, &["matrix", "roller"]);
    assert_eq!(code, 2);
    assert!(err.contains("ansvar") && err.contains("krav"), "{err}");
}
