//! Document control end to end: `lsk approve` edits only the decision lines of a
//! hand-formatted file (checked with `git diff`), refuses what it must, and `lsk new`
//! creates documents in the repository's own style without overwriting anything.

mod common;

use std::path::Path;
use std::process::Command as Process;

use assert_cmd::Command;
use common::lsk_in as lsk;

fn git(dir: &Path, args: &[&str]) -> String {
    let out = Process::new("git")
        .args([
            "-c",
            "user.name=Kvalitetsutvecklare",
            "-c",
            "user.email=kvalitet@example.invalid",
        ])
        .args(args)
        .current_dir(dir)
        .output()
        .expect("git");
    assert!(
        out.status.success(),
        "git {args:?}: {}",
        String::from_utf8_lossy(&out.stderr)
    );
    String::from_utf8_lossy(&out.stdout).into_owned()
}

/// The base repository plus a hand-formatted draft, committed.
fn repo_with_draft() -> tempfile::TempDir {
    let dir = common::base_repository();
    std::fs::write(
        dir.path().join("rutiner/fall.md"),
        "---\n# Rutin för fallprevention (utkast från arbetsgruppen)\ntyp:   rutin\nid: \"RUT-FALL\"\ntitel: 'Fallprevention'   # arbetsnamn\nstatus: utkast\ndokumentägare: enhetschef  # ägare\nuppfyller: [\"4 kap. 4 §\"]\n---\n# Fallprevention\n\n## Syfte\nAtt förebygga fall.  \n\n## Ansvar\nEnhetschef ansvarar för att rutinen följs.\n\n## Tillvägagångssätt\n1. Gör en fallriskbedömning inom 14 dagar.\n",
    )
    .unwrap();
    common::use_routine_in_sabo(dir.path(), "RUT-FALL");
    git(dir.path(), &["init", "-q"]);
    git(dir.path(), &["add", "-A"]);
    git(
        dir.path(),
        &["commit", "-qm", "Utkast till rutin för fallprevention"],
    );
    dir
}

#[test]
fn approve_changes_only_the_decision_lines() {
    let dir = repo_with_draft();
    let (code, out, err) = lsk(
        dir.path(),
        &[
            "approve",
            "RUT-FALL",
            "--by",
            "förvaltningschef",
            "--date",
            "2026-11-20",
        ],
    );
    assert_eq!(code, 0, "{out}{err}");
    let diff = git(dir.path(), &["diff", "-U0", "--no-color"]);
    let changed: Vec<&str> = diff
        .lines()
        .filter(|l| {
            (l.starts_with('+') || l.starts_with('-'))
                && !l.starts_with("+++")
                && !l.starts_with("---")
        })
        .collect();
    let removed: Vec<&str> = changed
        .iter()
        .filter(|l| l.starts_with('-'))
        .copied()
        .collect();
    let added: Vec<&str> = changed
        .iter()
        .filter(|l| l.starts_with('+'))
        .copied()
        .collect();
    assert_eq!(removed, vec!["-status: utkast"], "{diff}");
    assert_eq!(added[0], "+status: gällande");
    assert_eq!(added[1], "+beslutad_av: förvaltningschef");
    assert_eq!(added[2], "+fastställd: 2026-11-20");
    assert_eq!(added[3], "+revideras_senast: 2027-11-20");
    assert!(added[4].starts_with("+kontrollsumma: sha256:"), "{diff}");
    assert_eq!(added.len(), 5, "{diff}");

    // The approved repository is clean, and an edit afterwards is noticed (LSK205) while a
    // whitespace-only edit is not.
    let check = |dir: &Path| -> String {
        let out = Command::cargo_bin("lsk")
            .unwrap()
            .args(["check", "--format", "json", "--today", common::TODAY])
            .arg(dir)
            .output()
            .unwrap();
        let json: serde_json::Value = serde_json::from_slice(&out.stdout).unwrap();
        json["diagnostics"]
            .as_array()
            .unwrap()
            .iter()
            .map(|d| d["code"].as_str().unwrap().to_string())
            .collect::<Vec<_>>()
            .join(",")
    };
    assert_eq!(check(dir.path()), "");
    let path = dir.path().join("rutiner/fall.md");
    let text = std::fs::read_to_string(&path).unwrap();
    std::fs::write(
        &path,
        text.replace('\n', "\r\n").replace("följs.", "följs.   "),
    )
    .unwrap();
    assert_eq!(check(dir.path()), "");
    std::fs::write(&path, text.replace("inom 14 dagar", "inom 7 dagar")).unwrap();
    assert_eq!(check(dir.path()), "LSK205");

    // Approving again records the new decision and clears it.
    let (code, _, err) = lsk(
        dir.path(),
        &["approve", "RUT-FALL", "--by", "förvaltningschef"],
    );
    assert_eq!(code, 0, "{err}");
    assert_eq!(check(dir.path()), "");
}

#[test]
fn approve_refuses_with_a_clear_message_and_writes_nothing() {
    let dir = repo_with_draft();
    let cases: &[(&[&str], &str)] = &[
        (
            &["approve", "RUT-FAL", "--by", "förvaltningschef"],
            "RUT-FALL",
        ),
        (
            &["approve", "RUT-FALL", "--by", "förvaltningchef"],
            "förvaltningschef",
        ),
        (
            &["approve", "RISK-2026", "--by", "förvaltningschef"],
            "styrdokument",
        ),
        (
            &[
                "approve",
                "RUT-FALL",
                "--by",
                "förvaltningschef",
                "--date",
                "2027-01-01",
            ],
            "LSK204",
        ),
    ];
    for (args, expected) in cases {
        let (code, _, err) = lsk(dir.path(), args);
        assert_eq!(code, 2, "{args:?}: {err}");
        assert!(err.contains(expected), "{args:?}: {err}");
        assert!(err.contains("Inget ändrades"), "{err}");
    }
    // A repealed document, and one with errors of its own.
    let path = dir.path().join("rutiner/valkomst.md");
    let text = std::fs::read_to_string(&path).unwrap();
    std::fs::write(
        &path,
        text.replace("typ: checklista", "typ: checklista\nstatus: upphävd"),
    )
    .unwrap();
    let (code, _, err) = lsk(
        dir.path(),
        &["approve", "CHK-VÄLKOMST", "--by", "förvaltningschef"],
    );
    assert_eq!(code, 2);
    assert!(err.contains("upphävt"), "{err}");
    git(dir.path(), &["checkout", "--", "."]);
    let path = dir.path().join("rutiner/fall.md");
    let text = std::fs::read_to_string(&path).unwrap();
    std::fs::write(&path, text.replace("## Ansvar\n", "")).unwrap();
    let (code, _, err) = lsk(
        dir.path(),
        &["approve", "RUT-FALL", "--by", "förvaltningschef"],
    );
    assert_eq!(code, 2);
    assert!(err.contains("LSK106"), "{err}");
    // Nothing was written by any refusal.
    let status = git(dir.path(), &["status", "--porcelain"]);
    assert_eq!(status.trim(), "M rutiner/fall.md", "{status}");
}

#[test]
fn new_follows_the_repositorys_id_style_and_never_overwrites() {
    let dir = repo_with_draft();
    // Word-style ids (RUT-INFLYTT, RUT-FALL): a few significant words of the title.
    let (code, out, err) = lsk(
        dir.path(),
        &[
            "new",
            "rutin",
            "Nyckelhantering i hemtjänsten",
            "--owner",
            "enhetschef",
        ],
    );
    assert_eq!(code, 0, "{err}");
    assert!(out.contains("(RUT-NYCKELHANTERING-HEMTJÄNSTEN)"), "{out}");
    let text =
        std::fs::read_to_string(dir.path().join("rutiner/nyckelhantering-hemtjansten.md")).unwrap();
    // No schema hint in Markdown front matter: no editor reads it there.
    assert!(text.starts_with("---\ntyp: rutin\n"), "{text}");
    assert!(!text.contains("yaml-language-server"), "{text}");
    for line in [
        "status: utkast",
        "dokumentägare: enhetschef",
        "## Syfte",
        "## Ansvar",
        "## Tillvägagångssätt",
    ] {
        assert!(text.contains(line), "{line} missing in {text}");
    }
    // The type and small words are left out.
    let (code, out, _) = lsk(
        dir.path(),
        &["new", "checklista", "Checklista vid inflyttning"],
    );
    assert_eq!(code, 0);
    assert!(out.contains("(CHK-INFLYTTNING)"), "{out}");
    // Numbered ids: the next number, same width.
    for n in ["001", "002", "007"] {
        std::fs::write(dir.path().join(format!("rutiner/r{n}.md")), format!("---\ntyp: checklista\nid: CHK-{n}\ntitel: C\nstatus: utkast\ndokumentägare: enhetschef\n---\n- [ ] x\n")).unwrap();
    }
    let (code, out, _) = lsk(dir.path(), &["new", "checklista", "Nattkontroll"]);
    assert_eq!(code, 0);
    assert!(out.contains("(CHK-008)"), "{out}");
    // Improvement work, with ASCII spelling of the type.
    let (code, out, _) = lsk(
        dir.path(),
        &["new", "uppfoljning", "Sammanställning tertial 3"],
    );
    assert_eq!(code, 0);
    assert!(out.contains("UPP-"), "{out}");
    // A YAML document keeps the schema hint, which the YAML language server reads.
    let file = out.split_whitespace().nth(1).unwrap();
    let text = std::fs::read_to_string(dir.path().join(file)).unwrap();
    let depth = file.matches('/').count();
    let hint = format!(
        "# yaml-language-server: $schema={}.lsk/schemas/uppfoljning.schema.json\n",
        "../".repeat(depth)
    );
    assert!(text.starts_with(&hint), "{text}");
    // A second document with the same title gets its own file; an explicit id in use is refused.
    let (code, out, _) = lsk(
        dir.path(),
        &["new", "rutin", "Nyckelhantering i hemtjänsten"],
    );
    assert_eq!(code, 0);
    assert!(
        out.contains("nyckelhantering-hemtjansten-2.md")
            && out.contains("(RUT-NYCKELHANTERING-HEMTJÄNSTEN-2)"),
        "{out}"
    );
    // An id in use gets the next suffix.
    let (code, out, _) = lsk(dir.path(), &["new", "rutin", "Rutin för inflytt"]);
    assert_eq!(code, 0);
    assert!(out.contains("(RUT-INFLYTT-2)"), "{out}");
    let (code, _, err) = lsk(dir.path(), &["new", "rutin", "X", "--id", "RUT-FALL"]);
    assert_eq!(code, 2, "{err}");
    // Every created document loads without syntax or type errors.
    let out = Command::cargo_bin("lsk")
        .unwrap()
        .args(["check", "--format", "json", "--today", common::TODAY])
        .arg(dir.path())
        .output()
        .unwrap();
    let json: serde_json::Value = serde_json::from_slice(&out.stdout).unwrap();
    for d in json["diagnostics"].as_array().unwrap() {
        let code = d["code"].as_str().unwrap();
        assert!(
            !["LSK001", "LSK002", "LSK003", "LSK005"].contains(&code),
            "{d}"
        );
    }
}
