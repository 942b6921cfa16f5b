//! Swedish through and through, English complete on request: every command runs in both
//! languages on a real git repository made by `lsk init`, and no output holds a marker
//! word of the other language. Marker words that occur in the repository's own files
//! (which `lsk` quotes: titles, code frames) are not counted against it.

mod common;

use std::path::Path;

use assert_cmd::Command;

const TODAY: &str = common::TODAY;

/// Words lsk writes in Swedish.
const SWEDISH: &[&str] = &[
    "saknar",
    "skulle",
    "skapade",
    "skrev",
    "Inga fel",
    "varning",
    "Menade du",
    "hänvisar",
    "förfaller",
    "försenad",
    "Användning",
    "Flaggor",
    "Kommandon",
    " dagar",
    "Källa",
    "Underlag",
    "finns inte",
    " och ",
    " inte ",
];

/// Words lsk writes in English.
const ENGLISH: &[&str] = &[
    " the ",
    " is ",
    " not ",
    "found",
    "missing",
    "Usage",
    "Options",
    "error:",
    "warning",
    "created",
    "written",
    "Did you mean",
    " days",
    "overdue",
    "Source",
    " and ",
];

fn lsk(dir: &Path, args: &[&str]) -> String {
    let out = Command::cargo_bin("lsk")
        .unwrap()
        .current_dir(dir)
        .env_remove("LSK_LANG")
        .env("LSK_TODAY", TODAY)
        .args(args)
        .output()
        .unwrap();
    assert!(
        out.status.code().is_some_and(|c| c <= 2),
        "lsk {args:?} crashed"
    );
    format!(
        "{}\n{}",
        String::from_utf8_lossy(&out.stdout),
        String::from_utf8_lossy(&out.stderr)
    )
}

/// All text of the repository's files, which lsk may quote.
fn repository_text(root: &Path) -> String {
    let mut text = String::new();
    for entry in walk(root) {
        if let Ok(t) = std::fs::read_to_string(&entry) {
            text.push_str(&t);
        }
    }
    text
}

fn walk(dir: &Path) -> Vec<std::path::PathBuf> {
    let mut out = Vec::new();
    for e in std::fs::read_dir(dir).unwrap().flatten() {
        let p = e.path();
        if p.file_name().is_some_and(|n| n == ".git") {
            continue;
        }
        if p.is_dir() {
            out.extend(walk(&p));
        } else {
            out.push(p);
        }
    }
    out
}

/// Runs every command in `lang` and returns (what was run, its output).
fn every_command(lang: &str) -> (tempfile::TempDir, Vec<(String, String)>) {
    let dir = tempfile::tempdir().unwrap();
    let root = dir.path().join("lsk");
    let l = ["--lang", lang];
    let mut runs: Vec<(Vec<String>, String)> = Vec::new();
    let mut run = |args: &[&str]| {
        let mut all: Vec<&str> = args.to_vec();
        all.extend(l);
        let out = lsk(dir.path(), &all);
        runs.push((all.iter().map(|s| s.to_string()).collect(), out));
    };
    run(&["init", "lsk", "--verksamhet", "SoL,HSL"]);
    common::git(
        &root,
        "Kvalitetsutvecklare",
        "2026-01-10",
        &["init", "-q", "-b", "main"],
    );
    common::commit(&root, "Kvalitetsutvecklare", "2026-01-10", "Start");
    let r = "lsk";
    run(&["check", r]);
    run(&["check", r, "--quiet"]);
    run(&["check", r, "--statistics"]);
    run(&["check", r, "--today", "2029-01-01"]);
    run(&["due", r]);
    run(&["due", r, "--within", "1000"]);
    run(&["rules", r]);
    run(&["krav", r]);
    run(&["report", "kvalitetsberättelse", r, "--year", "2026"]);
    run(&["report", "patientsäkerhetsberättelse", r, "--year", "2026"]);
    run(&["new", "rutin", "Tillsyn nattetid", r]);
    let (id, role) = {
        let file = walk(&root)
            .into_iter()
            .find(|p| p.to_string_lossy().contains("tillsyn"))
            .expect("lsk new wrote the routine");
        let text = std::fs::read_to_string(file).unwrap();
        let id = text
            .lines()
            .find_map(|l| l.strip_prefix("id: "))
            .unwrap()
            .to_string();
        let role = text
            .lines()
            .find_map(|l| l.strip_prefix("dokumentägare: "))
            .unwrap_or("förvaltningschef")
            .to_string();
        (id, role)
    };
    run(&["approve", &id, "--by", &role, r]);
    run(&["approve", "RUT-FINNS-INTE", "--by", &role, r]);
    common::commit(&root, "Kvalitetsutvecklare", "2026-03-02", "Tillsyn");
    run(&["log", &id, r]);
    run(&["changes", "--since", "2026-01-01", r]);
    run(&["graph", "P-KLAGOMÅL", r]);
    run(&["graph", "P-KLAGOMÅL", r, "--format", "mermaid"]);
    run(&["graph", "P-KLAGOMAL", r]);
    run(&["graph", "RUT-KLAGOMÅL", r]);
    run(&["matrix", "ansvar", r]);
    run(&["matrix", "krav", r]);
    run(&["matrix", "krav", r, "--format", "html"]);
    run(&["schema", "--out", "scheman"]);
    run(&["site", r, "-o", "webb"]);
    run(&["graph", "P-KLAGOMÅL", r, "--format", "mermaid"]);
    run(&["graph", "P-FINNS-INTE", r]);
    run(&["matrix", "ansvar", r]);
    run(&["matrix", "krav", r]);
    run(&["explain", "LSK101"]);
    run(&["chekc"]);
    run(&["check", "--formt", "json"]);
    for command in [
        "check", "due", "explain", "rules", "krav", "report", "graph", "matrix", "schema",
        "approve", "new", "log", "changes", "init",
    ] {
        run(&[command, "--help"]);
    }
    // What the site says, page by page.
    for page in walk(&dir.path().join("webb")) {
        if page.extension().is_some_and(|e| e == "html") {
            let html = std::fs::read_to_string(&page).unwrap();
            // The text people read: markup and the map's drawing commands left out.
            let mut text = String::new();
            let mut in_tag = false;
            for c in html.chars() {
                match c {
                    '<' => in_tag = true,
                    '>' => {
                        in_tag = false;
                        text.push(' ');
                    }
                    c if !in_tag => text.push(c),
                    _ => {}
                }
            }
            runs.push((vec![format!("site page {}", page.display())], text));
        }
    }
    let runs = runs
        .into_iter()
        .map(|(args, out)| (args.join(" "), out))
        .collect();
    (dir, runs)
}

/// What lsk quotes rather than writes: the rules' names (identifiers, like their codes),
/// and the regulation's content in the requirement catalogue (its headings and what each
/// paragraph requires), which is given in the regulation's language.
fn quotations() -> Vec<String> {
    let mut quoted: Vec<String> = lsk::rules::registry()
        .all()
        .iter()
        .map(|r| r.meta().name.to_string())
        .collect();
    for r in lsk::model::krav::catalogue() {
        quoted.extend([r.heading, r.paraphrase].map(String::from));
    }
    quoted.retain(|q| !q.is_empty());
    // Longest first, so that a title inside a wording does not cut it up.
    quoted.sort_by_key(|q| std::cmp::Reverse(q.len()));
    quoted
}

fn assert_no_markers(lang: &str, markers: &[&str]) {
    let (dir, runs) = every_command(lang);
    let quotations = quotations();
    let quoted = repository_text(&dir.path().join("lsk"));
    let markers: Vec<&str> = markers
        .iter()
        .copied()
        .filter(|m| !quoted.contains(m))
        .collect();
    assert!(markers.len() >= 8, "too few marker words left: {markers:?}");
    let mut leaks = Vec::new();
    for (args, out) in &runs {
        let mut out = out.clone();
        for q in &quotations {
            out = out.replace(q.as_str(), "…");
        }
        // The rules' explanations are written in Swedish only, and say so in English.
        if lang == "en" && args.starts_with("explain LSK101") {
            continue;
        }
        for m in &markers {
            if let Some(at) = out.find(m) {
                let line = out[..at].rsplit('\n').next().unwrap_or("").to_string()
                    + out[at..].split('\n').next().unwrap_or("");
                leaks.push(format!("lsk {args}: \"{m}\" in: {line}"));
            }
        }
    }
    assert!(leaks.is_empty(), "\n{}", leaks.join("\n"));
}

#[test]
fn every_command_in_swedish_holds_no_english() {
    assert_no_markers("sv", ENGLISH);
}

#[test]
fn every_command_in_english_holds_no_swedish() {
    assert_no_markers("en", SWEDISH);
}
