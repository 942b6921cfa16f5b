//! `lsk report`: the two berättelser from a git repository built here with a year of
//! history on fixed dates; all three formats snapshotted; reproducible; and an empty year
//! gives an honest report of what is missing, not an error.

mod common;

use std::path::Path;

use common::{commit, edit, git};

use assert_cmd::Command;

/// examples/omsorg with a year of history: imported in December 2025, a routine revised in March
/// (due for review in 2026 and revised in time), a checklist moved in April, a routine added
/// in June and repealed in September.
fn omsorg_with_history() -> tempfile::TempDir {
    let dir = tempfile::tempdir().unwrap();
    let root = dir.path();
    common::copy_tree(&common::manifest_dir().join("examples/omsorg"), root);
    let routine = root.join("rutiner/inflyttning-sarskilt-boende.md");
    edit(
        &routine,
        "fastställd: 2026-03-02\nrevideras_senast: 2027-03-01",
        "fastställd: 2025-03-02\nrevideras_senast: 2026-03-01",
    );
    git(
        root,
        "Kvalitetsutvecklare",
        "2025-12-15",
        &["init", "-q", "-b", "main"],
    );
    commit(
        root,
        "Kvalitetsutvecklare",
        "2025-12-15",
        "Ledningssystemet förs in i git",
    );

    edit(
        &routine,
        "fastställd: 2025-03-02\nrevideras_senast: 2026-03-01",
        "fastställd: 2026-03-02\nrevideras_senast: 2027-03-01",
    );
    commit(
        root,
        "Enhetschef",
        "2026-03-02",
        "Inflyttningsrutinen reviderad och fastställd",
    );

    std::fs::create_dir_all(root.join("checklistor/sabo")).unwrap();
    git(
        root,
        "Kvalitetsutvecklare",
        "2026-04-15",
        &[
            "mv",
            "checklistor/valkomstsamtal.md",
            "checklistor/sabo/valkomstsamtal.md",
        ],
    );
    commit(
        root,
        "Kvalitetsutvecklare",
        "2026-04-15",
        "Checklistor för SÄBO i egen mapp",
    );

    std::fs::write(
        root.join("rutiner/nattillsyn.md"),
        "---\ntyp: rutin\nid: RUT-NATT\ntitel: Tillsyn nattetid\ndokumentägare: enhetschef\nbeslutad_av: avdelningschef\nfastställd: 2026-06-01\n---\n## Syfte\nTrygg natt.\n## Ansvar\nNattpersonal.\n## Tillvägagångssätt\n1. Tillsyn enligt plan.\n",
    )
    .unwrap();
    commit(
        root,
        "Avdelningschef",
        "2026-06-01",
        "Rutin för tillsyn nattetid",
    );
    edit(
        &root.join("rutiner/nattillsyn.md"),
        "typ: rutin\n",
        "typ: rutin\nstatus: upphävd\n",
    );
    commit(
        root,
        "Avdelningschef",
        "2026-09-01",
        "Rutinen för nattillsyn upphävs; ingår i P-SÄBO.6",
    );
    dir
}

fn report(root: &Path, args: &[&str]) -> (i32, String, String) {
    let out = Command::cargo_bin("lsk")
        .unwrap()
        .arg("report")
        .args(args)
        .args(["--today", common::TODAY, "--path"])
        .arg(root)
        .output()
        .unwrap();
    (
        out.status.code().unwrap(),
        String::from_utf8(out.stdout).unwrap(),
        String::from_utf8_lossy(&out.stderr).into_owned(),
    )
}

#[test]
fn both_reports_in_all_formats_are_reproducible() {
    let repo = omsorg_with_history();
    for kind in ["kvalitetsberättelse", "patientsäkerhetsberättelse"] {
        for format in ["md", "json", "html"] {
            let (code, first, err) =
                report(repo.path(), &[kind, "--year", "2026", "--format", format]);
            assert_eq!(code, 0, "{err}");
            let (_, second, _) = report(repo.path(), &[kind, "--year", "2026", "--format", format]);
            assert_eq!(first, second, "{kind} {format} is not byte-identical");
            let name = kind.replace(['ä', 'å'], "a");
            insta::assert_snapshot!(format!("{name}_2026_{format}"), first);
        }
    }
}

#[test]
fn the_quality_report_holds_the_years_figures_with_their_sources() {
    let repo = omsorg_with_history();
    let (_, md, _) = report(repo.path(), &["kvalitetsberattelse", "--year", "2026"]);
    for expected in [
        "## 1. Sammanfattning",
        "## 2. Inledning",
        "## 4. Måluppfyllelse",
        "## 11. Underlag som saknas",
        "## 10. Bilaga: Ansvarsfördelningen",
        // From git: the revision, the move and the repeal of the year.
        "| 2026-03-02 | rutin | RUT-INFLYTT | Inflyttning på särskilt boende | nytt beslut |",
        "flyttad från checklistor/valkomstsamtal.md",
        "| 2026-09-01 | rutin | RUT-NATT | Tillsyn nattetid | upphävd |",
        // The review due 2026-03-01 was made on 2026-03-02: one day late.
        "- **Gjorda för sent:** 1",
        // Figures computed from the follow-ups, with their source.
        "| Summa 2026 (tertial 1–2) | 170 | 124 | 77 | 371 | 42 | 23 |",
        "UPP-2026-T1 (forbattring/uppfoljning/uppfoljning-2026-t1.yaml)",
        // The coordinator's prose under its heading.
        "### Personalens medverkan",
    ] {
        assert!(md.contains(expected), "missing {expected:?} in\n{md}");
    }
}

#[test]
fn an_empty_year_is_an_honest_report_of_what_is_missing() {
    let repo = omsorg_with_history();
    let (code, md, err) = report(repo.path(), &["kvalitetsberättelse", "--year", "2021"]);
    assert_eq!(code, 0, "{err}");
    let missing = md
        .split("## 10. Underlag som saknas")
        .nth(1)
        .expect("section 8");
    for expected in [
        "Inga kvalitetsmål för 2021.",
        "Ingen riskanalys genomförd under 2021.",
        "Ingen egenkontrollplan för 2021.",
        "Inga sammanställda avvikelser, synpunkter eller klagomål för 2021.",
        "Ingen uppföljning (sammanställning) för tertial 1 2021",
        "Protokoll från kvalitetsråd 2021: 0 hållna",
    ] {
        assert!(
            missing.contains(expected),
            "missing {expected:?} in\n{missing}"
        );
    }
    assert!(
        md.contains(
            "Inga styrdokument skapades, reviderades, flyttades eller upphävdes under 2021"
        ),
        "{md}"
    );
}

#[test]
fn output_file_is_written_atomically_and_equals_stdout() {
    let repo = omsorg_with_history();
    let out = tempfile::tempdir().unwrap();
    let file = out.path().join("kb.html");
    let (code, _, err) = report(
        repo.path(),
        &[
            "kvalitetsberättelse",
            "--year",
            "2026",
            "--format",
            "html",
            "-o",
            file.to_str().unwrap(),
        ],
    );
    assert_eq!(code, 0, "{err}");
    let (_, stdout, _) = report(
        repo.path(),
        &["kvalitetsberättelse", "--year", "2026", "--format", "html"],
    );
    assert_eq!(std::fs::read_to_string(&file).unwrap(), stdout);
    assert_eq!(
        std::fs::read_dir(out.path()).unwrap().count(),
        1,
        "a temporary file was left behind"
    );
}

#[test]
fn patient_safety_report_needs_hsl_in_scope() {
    let repo = omsorg_with_history();
    edit(
        &repo.path().join("lsk.yaml"),
        "verksamhet: [SoL, LSS, HSL]",
        "verksamhet: [SoL, LSS]",
    );
    let (code, _, err) = report(
        repo.path(),
        &["patientsäkerhetsberättelse", "--year", "2026"],
    );
    assert_eq!(code, 2);
    assert!(err.contains("HSL"), "{err}");
}

#[test]
fn html_from_the_documents_is_text_in_the_markdown_report() {
    let dir = omsorg_with_history();
    let root = dir.path();
    edit(
        &root.join("rutiner/inflyttning-sarskilt-boende.md"),
        "titel: Inflyttning på särskilt boende",
        "titel: \"Inflyttning <script>alert(1)</script> på särskilt boende\"",
    );
    commit(
        root,
        "Kvalitetsutvecklare",
        "2026-10-01",
        "Titel med <b>HTML</b>",
    );
    let (code, md, stderr) = report(root, &["kvalitetsberättelse", "--year", "2026"]);
    assert_eq!(code, 0, "{stderr}");
    assert!(md.contains("&lt;script>"), "{md}");
    assert!(!md.contains("<script>"), "raw HTML passed through");
}

#[test]
fn the_patient_safety_report_holds_health_care_only() {
    let dir = omsorg_with_history();
    let root = dir.path();
    let (code, psb, stderr) = report(root, &["patientsäkerhetsberättelse", "--year", "2026"]);
    assert_eq!(code, 0, "{stderr}");
    let (_, kb, _) = report(root, &["kvalitetsberättelse", "--year", "2026"]);
    // Items of socialtjänst (IFO, lex Sarah) marked with their own `omfattning` in shared
    // plans, and a document for SoL only: in the kvalitetsberättelse, not in the PSB.
    for item in [
        "R-2026-03",
        "EK-2026-04",
        "Å-2026-06",
        "SAM-BARN",
        "Lex Sarah",
        "förhandsbedömningar klara",
        // A role for socialtjänst only (its own `omfattning`).
        "Enhetschef med myndighetsansvar",
    ] {
        assert!(
            kb.contains(item),
            "{item} missing from the kvalitetsberättelse"
        );
        assert!(
            !psb.contains(item),
            "{item} in the patientsäkerhetsberättelse"
        );
    }
    // The PSB counts the HSL part of the deviations; the kvalitetsberättelse all of them.
    assert!(
        psb.contains("| Summa 2026 (tertial 1–2) | 153 | 111 | 31 | 295 | 12 | 7 |"),
        "{psb}"
    );
    assert!(kb.contains("371"), "{kb}");
}

#[test]
fn years_are_compared_over_the_same_periods_only() {
    let dir = omsorg_with_history();
    let root = dir.path();
    let (_, kb, _) = report(root, &["kvalitetsberättelse", "--year", "2026"]);
    // 2026 has tertials 1–2: 2025 is summed over tertials 1–2 too, not the whole year.
    assert!(kb.contains("Summa 2026 (tertial 1–2)"), "{kb}");
    assert!(kb.contains("Summa 2025 (tertial 1–2)"), "{kb}");
    assert!(!kb.contains("Summa 2025 (helår)"), "{kb}");
    // Without 2025's tertial 2, the years are not compared.
    std::fs::remove_file(root.join("forbattring/uppfoljning/uppfoljning-2025-t2.yaml")).unwrap();
    let (_, kb, _) = report(root, &["kvalitetsberättelse", "--year", "2026"]);
    assert!(kb.contains("Summa 2025 (tertial 1 och 3)"), "{kb}");
    assert!(kb.contains("inte följts upp för samma perioder"), "{kb}");
    assert!(!kb.contains("jämfört med 2025"), "{kb}");
}

#[test]
fn the_format_follows_the_output_files_extension() {
    let dir = omsorg_with_history();
    let root = dir.path();
    let out = tempfile::tempdir().unwrap();
    for (name, starts) in [
        ("kb.html", "<!DOCTYPE html>"),
        ("kb.json", "{"),
        ("kb.md", "# "),
    ] {
        let file = out.path().join(name);
        let (code, _, stderr) = report(
            root,
            &[
                "kvalitetsberättelse",
                "--year",
                "2026",
                "-o",
                &file.to_string_lossy(),
            ],
        );
        assert_eq!(code, 0, "{stderr}");
        let text = std::fs::read_to_string(&file).unwrap();
        assert!(
            text.starts_with(starts),
            "{name}: {}",
            &text[..40.min(text.len())]
        );
    }
}

#[test]
fn the_cover_names_who_is_responsible_and_the_diarienummer_and_attachments_are_listed() {
    let dir = omsorg_with_history();
    let root = dir.path();
    let (_, kb, _) = report(root, &["kvalitetsberättelse", "--year", "2026"]);
    assert!(kb.contains("- **Diarienummer:** ON 2027/14"), "{kb}");
    assert!(kb.contains("- **Ansvarig:** "), "{kb}");
    assert!(kb.contains("9. [Bilagor](#bilagor)"), "{kb}");
    assert!(kb.contains(
        "Hemtjänst Exempel AB (utförare enligt LOV) (bilagor/hemtjanst-exempel-2026.pdf)"
    ));
    let (_, psb, _) = report(root, &["patientsäkerhetsberättelse", "--year", "2026"]);
    assert!(
        psb.contains("- **Ansvarig:** Medicinskt ansvarig sjuksköterska"),
        "{psb}"
    );
    assert!(psb.contains("- **Diarienummer:** ON 2027/9"), "{psb}");
}

#[test]
fn an_empty_required_heading_is_said_once_in_underlag_som_saknas() {
    let dir = omsorg_with_history();
    let root = dir.path();
    let underlag = root.join("forbattring/berattelser/patientsakerhetsberattelse-2026-underlag.md");
    let text = std::fs::read_to_string(&underlag).unwrap();
    let start = text
        .find("## Hur patienter och närstående görs delaktiga")
        .unwrap();
    let end = text[start + 3..]
        .find("\n## ")
        .map_or(text.len(), |i| start + 3 + i + 1);
    std::fs::write(&underlag, format!("{}{}", &text[..start], &text[end..])).unwrap();
    let (code, psb, stderr) = report(root, &["patientsäkerhetsberättelse", "--year", "2026"]);
    assert_eq!(code, 0, "{stderr}");
    assert!(
        psb.contains("### Hur patienter och närstående görs delaktiga\n\nUnderlag saknas."),
        "{psb}"
    );
    let missing = psb.split("Underlag som saknas\n").last().unwrap();
    assert_eq!(
        missing
            .matches("Ingen text om hur patienter och närstående görs delaktiga")
            .count(),
        1,
        "{missing}"
    );
    // Each section's heading once in "Underlag som saknas".
    let headings: Vec<&str> = missing.lines().filter(|l| l.starts_with("### ")).collect();
    let mut unique = headings.clone();
    unique.dedup();
    assert_eq!(headings, unique, "{missing}");
}

#[test]
fn thirty_deviation_categories_stay_readable() {
    let dir = omsorg_with_history();
    let root = dir.path();
    let cats: Vec<String> = (1..=30).map(|i| format!("kategori{i}: {i}")).collect();
    let file = root.join("forbattring/uppfoljning/uppfoljning-2026-t2.yaml");
    let text = std::fs::read_to_string(&file).unwrap();
    let start = text.find("avvikelser_per_verksamhet:").unwrap();
    let end = text[start..].find("\nsynpunkter").unwrap() + start;
    let text = format!(
        "{}avvikelser: {{ {} }}{}",
        &text[..start],
        cats.join(", "),
        &text[end..]
    );
    std::fs::write(&file, text).unwrap();
    let (code, json, stderr) = report(
        root,
        &["kvalitetsberättelse", "--year", "2026", "--format", "json"],
    );
    assert_eq!(code, 0, "{stderr}");
    let json: serde_json::Value = serde_json::from_str(&json).unwrap();
    let blocks: Vec<&serde_json::Value> = json["sections"]
        .as_array()
        .unwrap()
        .iter()
        .flat_map(|s| s["blocks"].as_array().unwrap())
        .collect();
    // The table is turned: a row per category, not 34 columns.
    let table = blocks
        .iter()
        .find(|b| {
            b["type"] == "table"
                && b["table"]["caption"]
                    .as_str()
                    .unwrap()
                    .starts_with("Avvikelser per kategori")
        })
        .unwrap();
    assert_eq!(table["table"]["headers"][0], "Kategori");
    assert!(table["table"]["headers"].as_array().unwrap().len() <= 6);
    // The chart shows the largest categories and sums the rest.
    let chart = blocks.iter().find(|b| b["type"] == "chart").unwrap();
    let categories = chart["chart"]["categories"].as_array().unwrap();
    assert!(categories.len() <= 11, "{categories:?}");
    assert!(
        categories
            .iter()
            .any(|c| c.as_str().unwrap().starts_with("Övriga ("))
    );
    assert!(categories.iter().any(|c| c == "kategori30"));
}

/// Words only lsk itself writes in a Swedish report (never found in the example's own
/// documents), and their English counterparts.
const SWEDISH_MARKERS: &[&str] = &[
    "Inledning",
    "Källa",
    "Källor",
    "Upprättad",
    "upprättad",
    "Underlag saknas",
    "Underlag som saknas",
    "Innehåll",
    "Summa ",
    "Gjorda i tid",
    "Åtgärder genomförda",
    "Kvalitetsråd hållna",
    "Gällande styrdokument",
    "Ingen text om",
    "helår",
    "\"Sida \"",
];
const ENGLISH_MARKERS: &[&str] = &["Introduction", "Source", "Missing material", "repared"];

#[test]
fn reports_are_in_english_with_lang_en_or_sprak_en() {
    let repo = omsorg_with_history();
    for kind in ["kvalitetsberättelse", "patientsäkerhetsberättelse"] {
        for format in ["md", "html", "json"] {
            let (code, text, err) = report(
                repo.path(),
                &[kind, "--year", "2026", "--format", format, "--lang", "en"],
            );
            assert_eq!(code, 0, "{err}");
            for word in SWEDISH_MARKERS {
                assert!(
                    !text.contains(word),
                    "{kind} {format} in English holds \"{word}\""
                );
            }
            if format != "json" {
                for word in ENGLISH_MARKERS {
                    assert!(text.contains(word), "{kind} {format}: no \"{word}\"");
                }
            }
            if format == "html" {
                assert!(text.contains("<html lang=\"en\">"));
                assert!(text.contains("\"Page \" counter(page) \" of \" counter(pages)"));
            }
            let (_, swedish, _) =
                report(repo.path(), &[kind, "--year", "2026", "--format", format]);
            assert!(
                !ENGLISH_MARKERS[..3].iter().any(|w| swedish.contains(w)),
                "{kind} {format} in Swedish holds English"
            );
        }
    }
    // The English quality report, for review.
    let (_, md, _) = report(
        repo.path(),
        &["kvalitetsberättelse", "--year", "2026", "--lang", "en"],
    );
    insta::assert_snapshot!("kvalitetsberattelse_2026_en_md", md);

    // `språk: en` in lsk.yaml does the same as `--lang en`.
    let config = repo.path().join("lsk.yaml");
    let text = std::fs::read_to_string(&config).unwrap();
    assert!(text.contains("språk: sv"));
    std::fs::write(&config, text.replace("språk: sv", "språk: en")).unwrap();
    let (_, from_config, _) = report(repo.path(), &["kvalitetsberättelse", "--year", "2026"]);
    assert_eq!(from_config, md);
}
