//! The requirement catalogue and law changes, end to end: every entry is sourced and
//! marked; 5 kap. 3 a § is accepted for health care and 5 kap. 3 § binds socialtjänst and
//! LSS only; a document decided before an amendment of what it cites is flagged; a
//! repealed statute is flagged with its replacement; `lsk krav` lists what changed since a
//! date and writes Markdown, JSON and CSV.

mod common;

use lsk::model::krav::{Verification, catalogue};

#[test]
fn every_entry_is_sourced_and_marked() {
    for req in catalogue() {
        let at = req.reference();
        assert!(!req.paraphrase.is_empty(), "{at}: no paraphrase");
        assert!(!req.sources.is_empty(), "{at}: no source");
        for s in req.sources {
            assert!(!s.title.is_empty() && !s.address.is_empty(), "{at}: {s:?}");
        }
        // What is not quoted says what is left open.
        if matches!(
            req.verification,
            Verification::Unverified | Verification::Doubtful
        ) {
            assert!(!req.note.is_empty(), "{at}: unverified without a note");
        }
    }
    // HSLF-FS 2018:10: 5 kap. 3 § for socialtjänst and LSS, 5 kap. 3 a § for vårdgivare.
    let find = |r: &str| lsk::model::krav::find(r).unwrap();
    use lsk::model::Area;
    assert!(!find("5 kap. 3 §").areas.applies_to(Area::Hsl));
    assert!(find("5 kap. 3 §").areas.applies_to(Area::Sol));
    assert!(find("5 kap. 3 a §").areas.applies_to(Area::Hsl));
    assert!(!find("5 kap. 3 a §").areas.applies_to(Area::Lss));
    assert_eq!(
        find("5 kap. 3 a §").last_amended().unwrap().designation,
        "HSLF-FS 2018:10"
    );
    assert_eq!(
        find("7 kap. 2 §").last_amended().unwrap().designation,
        "HSLF-FS 2018:10"
    );
    assert!(find("4 kap. 2 §").last_amended().is_none());
    // Written as people write it.
    assert_eq!(find("5 kap 3a§").reference(), "5 kap. 3 a §");
}

/// `lsk krav ARGS DIR`: (exit code, stdout, stderr).
fn krav(dir: &std::path::Path, args: &[&str]) -> (i32, String, String) {
    let out = assert_cmd::Command::cargo_bin("lsk")
        .unwrap()
        .arg("krav")
        .args(args)
        .args(["--today", common::TODAY])
        .arg(dir)
        .output()
        .unwrap();
    (
        out.status.code().unwrap(),
        String::from_utf8(out.stdout).unwrap(),
        String::from_utf8_lossy(&out.stderr).into_owned(),
    )
}

fn json(out: &str) -> serde_json::Value {
    serde_json::from_str(out).unwrap_or_else(|e| panic!("{e}: {out}"))
}

fn codes_in(dir: &std::path::Path, file: &str) -> Vec<String> {
    common::check(dir)
        .diagnostics
        .iter()
        .filter(|d| d.file == file)
        .map(|d| d.code.to_string())
        .collect()
}

#[test]
fn health_care_citing_5_kap_3_a_passes() {
    let dir = common::base_repository();
    // The base repository (SoL and HSL) cites both 5 kap. 3 § and 3 a §.
    let outcome = common::check(dir.path());
    assert!(
        outcome.diagnostics.is_empty(),
        "{}",
        common::listing(&outcome)
    );
    // Without 3 a §, health care's complaints paragraph is uncovered.
    common::edit(
        &dir.path().join("ledningssystem.md"),
        "\"5 kap. 3 a §\", ",
        "",
    );
    let outcome = common::check(dir.path());
    let listing = common::listing(&outcome);
    assert!(
        listing.contains("LSK309") && listing.contains("5 kap. 3 a §"),
        "{listing}"
    );
}

#[test]
fn a_document_decided_before_an_amendment_of_what_it_cites_is_flagged() {
    let dir = common::base_repository();
    let root = dir.path();
    std::fs::write(
        root.join("lsk.yaml"),
        "organisation: Testkommun\nverksamhet: [SoL, HSL]\ngranskningsintervall:\n  rutin: 120\n",
    )
    .unwrap();
    common::edit(
        &root.join("rutiner/inflytt.md"),
        "fastställd: 2026-06-01",
        "fastställd: 2017-09-01\nrevideras_senast: 2027-09-01\nuppfyller: [\"5 kap. 3 §\"]",
    );
    let outcome = common::check(root);
    let found: Vec<_> = outcome
        .diagnostics
        .iter()
        .filter(|d| d.code == "LSK208")
        .collect();
    assert_eq!(found.len(), 1, "{}", common::listing(&outcome));
    assert!(
        found[0].message.contains("HSLF-FS 2018:10"),
        "{}",
        found[0].message
    );
    assert!(
        found[0]
            .help
            .as_deref()
            .is_some_and(|h| h.contains("lsk approve RUT-INFLYTT")),
        "{found:?}"
    );
    assert_eq!(codes_in(root, "rutiner/inflytt.md"), vec!["LSK208"]);

    // `lsk krav --ändrade-sedan` lists the paragraph and the document citing it.
    let (code, out, stderr) = krav(root, &["--ändrade-sedan", "2018-01-01", "--format", "json"]);
    assert_eq!(code, 0, "{stderr}");
    let list = json(&out);
    let changed: Vec<&str> = list["paragrafer"]
        .as_array()
        .unwrap()
        .iter()
        .map(|p| p["paragraf"].as_str().unwrap())
        .collect();
    assert_eq!(
        changed,
        vec!["1 kap. 1 §", "5 kap. 3 §", "5 kap. 3 a §", "7 kap. 2 §"]
    );
    let p53 = &list["paragrafer"][1];
    assert!(
        p53["uppfylls_av"]
            .as_array()
            .unwrap()
            .iter()
            .any(|d| d["id"] == "RUT-INFLYTT"),
        "{p53}"
    );
    assert_eq!(p53["ändringar"][0]["beteckning"], "HSLF-FS 2018:10");
}

#[test]
fn a_repealed_statute_is_flagged_with_its_replacement() {
    let dir = common::base_repository();
    common::edit(
        &dir.path().join("lagar.yaml"),
        "beteckning: \"SFS 2025:400\"",
        "beteckning: \"SFS 2001:453\"",
    );
    let outcome = common::check(dir.path());
    let listing = common::listing(&outcome);
    assert_eq!(
        codes_in(dir.path(), "lagar.yaml"),
        vec!["LSK209"],
        "{listing}"
    );
    assert!(listing.contains("SFS 2025:400"), "{listing}");
}

#[test]
fn krav_in_markdown_json_and_csv() {
    let dir = common::base_repository();
    let root = dir.path();
    let (code, md, _) = krav(root, &[]);
    assert_eq!(code, 0);
    assert!(
        md.contains("### 5 kap. 3 a § Klagomål och synpunkter"),
        "{md}"
    );
    assert!(md.contains("citat sett") && md.contains("ej verifierad"));
    assert!(md.contains("HSLF-FS 2018:10"));

    let (code, out, _) = krav(root, &["--format", "json"]);
    assert_eq!(code, 0);
    let list = json(&out);
    let rows = list["paragrafer"].as_array().unwrap();
    assert_eq!(rows.len(), catalogue().len());
    assert!(
        rows.iter()
            .all(|r| r["källor"].as_array().is_some_and(|s| !s.is_empty()))
    );

    let (code, csv, _) = krav(root, &["--format", "csv"]);
    assert_eq!(code, 0);
    let lines: Vec<&str> = csv.lines().collect();
    assert_eq!(lines.len(), catalogue().len() + 1, "{csv}");
    assert!(lines[0].starts_with("paragraf,rubrik,"));
    // Every row has the header's nine fields (quoted fields may hold commas).
    for line in &lines[1..] {
        assert_eq!(csv_fields(line), 9, "{line}");
    }

    // A gap is marked: drop 5 kap. 6 § from the only document citing it.
    common::edit(&root.join("ledningssystem.md"), "\"5 kap. 6 §\", ", "");
    let (_, csv, _) = krav(root, &["--format", "csv"]);
    let row = csv.lines().find(|l| l.starts_with("5 kap. 6 §")).unwrap();
    assert!(row.ends_with(",ja"), "{row}");
}

/// The number of fields in one CSV line (RFC 4180 quoting).
fn csv_fields(line: &str) -> usize {
    let (mut fields, mut quoted) = (1, false);
    for c in line.chars() {
        match c {
            '"' => quoted = !quoted,
            ',' if !quoted => fields += 1,
            _ => {}
        }
    }
    fields
}
