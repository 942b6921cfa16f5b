//! `lsk log` and `lsk changes` on a real git repository built here with fixed authors and
//! dates: the lsk root is a subfolder, a routine is moved, one is repealed, one deleted,
//! and a shallow clone is refused for a period it does not reach.

mod common;

use std::path::Path;
use std::process::Command as Process;

use common::{commit, edit, git, lsk_in as lsk};

use serde_json::Value;

/// The repository: `kvalitet/` is the lsk root inside a larger git repository.
fn build() -> tempfile::TempDir {
    let dir = tempfile::tempdir().unwrap();
    let top = dir.path();
    let root = top.join("kvalitet");
    std::fs::create_dir_all(&root).unwrap();
    common::copy_tree(
        &common::manifest_dir().join("tests/fixtures/rules/_base"),
        &root,
    );
    std::fs::create_dir_all(top.join("annat")).unwrap();
    std::fs::write(top.join("annat/budget.yaml"), "typ: rutin\n").unwrap();
    git(
        top,
        "Kvalitetsutvecklare",
        "2026-01-15",
        &["init", "-q", "-b", "main"],
    );
    commit(
        top,
        "Kvalitetsutvecklare",
        "2026-01-15",
        "Ledningssystemet införs",
    );

    std::fs::write(
        root.join("riktlinjer-tillfallig.md"),
        "---\ntyp: riktlinje\nid: RL-TILLFÄLLIG\ntitel: Tillfällig riktlinje\ndokumentägare: enhetschef\nbeslutad_av: förvaltningschef\nfastställd: 2026-02-01\n---\nText.\n",
    )
    .unwrap();
    commit(
        top,
        "Kvalitetsutvecklare",
        "2026-02-01",
        "Tillfällig riktlinje",
    );

    edit(
        &root.join("rutiner/inflytt.md"),
        "Att inflyttningen blir trygg.",
        "Att inflyttningen blir trygg och planerad.",
    );
    commit(
        top,
        "Enhetschef",
        "2026-03-10",
        "Inflyttningsrutinen förtydligad",
    );

    std::fs::create_dir_all(root.join("checklistor")).unwrap();
    git(
        top,
        "Kvalitetsutvecklare",
        "2026-04-02",
        &[
            "mv",
            "kvalitet/rutiner/valkomst.md",
            "kvalitet/checklistor/valkomst.md",
        ],
    );
    commit(
        top,
        "Kvalitetsutvecklare",
        "2026-04-02",
        "Checklistor i egen mapp",
    );

    std::fs::write(top.join("annat/budget.yaml"), "typ: rutin\nid: X\n").unwrap();
    std::fs::write(
        root.join("rutiner/nycklar.md"),
        "---\ntyp: rutin\nid: RUT-NYCKLAR\ntitel: Nyckelhantering\ndokumentägare: enhetschef\nbeslutad_av: förvaltningschef\nfastställd: 2026-05-20\n---\n## Syfte\nS.\n## Ansvar\nA.\n## Tillvägagångssätt\nT.\n",
    )
    .unwrap();
    commit(
        top,
        "Avdelningschef",
        "2026-05-20",
        "Ny rutin för nyckelhantering",
    );

    edit(
        &root.join("rutiner/nycklar.md"),
        "typ: rutin\n",
        "typ: rutin\nstatus: upphävd\n",
    );
    commit(
        top,
        "Avdelningschef",
        "2026-06-01",
        "Nyckelrutinen upphävs; ersätts av digitala lås",
    );

    std::fs::remove_file(root.join("riktlinjer-tillfallig.md")).unwrap();
    commit(
        top,
        "Kvalitetsutvecklare",
        "2026-09-01",
        "Tillfällig riktlinje tas bort",
    );
    dir
}

fn json(dir: &Path, args: &[&str]) -> Value {
    let (code, out, err) = lsk(dir, args);
    assert_eq!(code, 0, "{err}");
    serde_json::from_str(&out).unwrap()
}

#[test]
fn log_follows_renames_and_merges_revisioner() {
    let repo = build();
    let root = repo.path().join("kvalitet");
    let log = json(&root, &["log", "RUT-INFLYTT", "--format", "json"]);
    let rows: Vec<(String, String, String)> = log["entries"]
        .as_array()
        .unwrap()
        .iter()
        .map(|e| {
            (
                e["date"].as_str().unwrap().to_string(),
                e["who"].as_str().unwrap_or("").to_string(),
                e["change"].as_str().unwrap_or("").to_string(),
            )
        })
        .collect();
    assert_eq!(
        rows,
        vec![
            ("2026-03-10".into(), "Enhetschef".into(), "modified".into()),
            (
                "2026-01-15".into(),
                "Kvalitetsutvecklare".into(),
                "added".into()
            ),
        ]
    );

    let log = json(&root, &["log", "CHK-VÄLKOMST", "--format", "json"]);
    assert_eq!(log["path"], "checklistor/valkomst.md");
    assert_eq!(
        log["paths"],
        serde_json::json!(["checklistor/valkomst.md", "rutiner/valkomst.md"])
    );
    let changes: Vec<&str> = log["entries"]
        .as_array()
        .unwrap()
        .iter()
        .map(|e| e["change"].as_str().unwrap())
        .collect();
    assert_eq!(changes, vec!["renamed from rutiner/valkomst.md", "added"]);

    // Same commits as `git log --follow`.
    let out = Process::new("git")
        .args([
            "log",
            "--follow",
            "--format=%H",
            "--",
            "kvalitet/checklistor/valkomst.md",
        ])
        .current_dir(repo.path())
        .output()
        .unwrap();
    let git_ids: Vec<String> = String::from_utf8_lossy(&out.stdout)
        .lines()
        .map(|l| l[..10].to_string())
        .collect();
    let ours: Vec<String> = log["entries"]
        .as_array()
        .unwrap()
        .iter()
        .map(|e| e["commit"].as_str().unwrap().to_string())
        .collect();
    assert_eq!(ours, git_ids);

    let (_, md, _) = lsk(&root, &["log", "RUT-INFLYTT"]);
    let md: String = md
        .lines()
        .map(|l| {
            // Commit ids differ between runs only if dates or authors do; keep the snapshot stable anyway.
            l.split(" (").next().unwrap_or(l).to_string()
        })
        .collect::<Vec<_>>()
        .join("\n");
    insta::assert_snapshot!("log_rut_inflytt", md);
}

#[test]
fn changes_in_a_period_by_type() {
    let repo = build();
    let root = repo.path().join("kvalitet");
    let out = json(
        &root,
        &[
            "changes",
            "--since",
            "2026-03-01",
            "--until",
            "2026-06-30",
            "--format",
            "json",
        ],
    );
    let rows: Vec<String> = out["changes"]
        .as_array()
        .unwrap()
        .iter()
        .map(|c| {
            format!(
                "{} {} {} {} {}",
                c["typ"].as_str().unwrap(),
                c["id"].as_str().unwrap(),
                c["what"]["kind"].as_str().unwrap(),
                c["date"].as_str().unwrap(),
                c["author"].as_str().unwrap()
            )
        })
        .collect();
    assert_eq!(
        rows,
        vec![
            "rutin RUT-NYCKLAR created 2026-05-20 Avdelningschef",
            "rutin RUT-INFLYTT changed-without-decision 2026-03-10 Enhetschef",
            "rutin RUT-NYCKLAR repealed 2026-06-01 Avdelningschef",
            "checklista CHK-VÄLKOMST renamed 2026-04-02 Kvalitetsutvecklare",
        ]
    );

    // A deleted document still says what it was.
    let out = json(
        &root,
        &["changes", "--since", "2026-07-01", "--format", "json"],
    );
    let c = &out["changes"][0];
    assert_eq!(
        (
            c["typ"].as_str(),
            c["id"].as_str(),
            c["what"]["kind"].as_str()
        ),
        (Some("riktlinje"), Some("RL-TILLFÄLLIG"), Some("deleted"))
    );

    let (_, md, _) = lsk(
        &root,
        &["changes", "--since", "2026-01-01", "--until", "2026-12-31"],
    );
    insta::assert_snapshot!("changes_2026", md);
}

#[test]
fn a_shallow_clone_is_refused_for_a_period_it_does_not_reach() {
    let repo = build();
    let clone = tempfile::tempdir().unwrap();
    let url = format!("file://{}", repo.path().display());
    let out = Process::new("git")
        .args(["clone", "-q", "--depth", "2", &url, "klon"])
        .current_dir(clone.path())
        .output()
        .unwrap();
    assert!(
        out.status.success(),
        "{}",
        String::from_utf8_lossy(&out.stderr)
    );
    let root = clone.path().join("klon/kvalitet");
    let (code, _, err) = lsk(&root, &["changes", "--since", "2026-01-01"]);
    assert_eq!(code, 2, "{err}");
    assert!(
        err.contains("unshallow") && err.contains("fetch-depth"),
        "{err}"
    );
    // A period inside what the clone holds works.
    let (code, _, err) = lsk(&root, &["changes", "--since", "2026-08-01"]);
    assert_eq!(code, 0, "{err}");
}

#[test]
fn outside_a_git_repository_log_says_so() {
    let dir = common::base_repository();
    let (code, _, err) = lsk(dir.path(), &["log", "RUT-INFLYTT"]);
    assert_eq!(code, 2);
    assert!(!err.is_empty());
}

/// Revisions are decisions, not commits: the import is not a year of new documents, a
/// reformatting is nothing, an edit without a decision says so, a new `fastställd` is a
/// revision, a repeal only a repeal, and a document created and then decided shows both.
#[test]
fn changes_count_decisions_not_commits() {
    let dir = common::base_repository();
    let root = dir.path();
    common::git(
        root,
        "Kvalitetsutvecklare",
        "2026-01-10",
        &["init", "-q", "-b", "main"],
    );
    common::commit(
        root,
        "Kvalitetsutvecklare",
        "2026-01-10",
        "Ledningssystemet förs in",
    );
    // Formatting only: quoting and a trailing space.
    let inflytt = root.join("rutiner/inflytt.md");
    common::edit(
        &inflytt,
        "titel: Inflyttning på särskilt boende",
        "titel: \"Inflyttning på särskilt boende\"",
    );
    common::commit(root, "Enhetschef", "2026-02-01", "Formatering");
    // Content without a decision.
    common::edit(
        &inflytt,
        "Att inflyttningen blir trygg.",
        "Att inflyttningen blir trygg och planerad.",
    );
    common::commit(root, "Enhetschef", "2026-03-01", "Syftet förtydligat");
    // The decision.
    common::edit(&inflytt, "fastställd: 2026-06-01", "fastställd: 2026-03-15");
    common::commit(root, "Förvaltningschef", "2026-03-15", "Beslut");
    // A new routine, then decided again; and a repeal.
    std::fs::write(
        root.join("rutiner/ny.md"),
        "---\ntyp: rutin\nid: RUT-NY\ntitel: Ny\ndokumentägare: enhetschef\nbeslutad_av: förvaltningschef\nfastställd: 2026-04-01\n---\n## Syfte\nS.\n## Ansvar\nA.\n## Tillvägagångssätt\nT.\n",
    )
    .unwrap();
    common::commit(root, "Enhetschef", "2026-04-01", "Ny rutin");
    common::edit(
        &root.join("rutiner/ny.md"),
        "fastställd: 2026-04-01",
        "fastställd: 2026-05-01",
    );
    common::commit(root, "Förvaltningschef", "2026-05-01", "Nytt beslut");
    common::edit(
        &root.join("rutiner/ny.md"),
        "titel: Ny",
        "status: upphävd\ntitel: Ny",
    );
    common::commit(root, "Förvaltningschef", "2026-06-01", "Upphävd");

    let out = json(
        root,
        &[
            "changes",
            "--since",
            "2026-01-01",
            "--until",
            "2026-12-31",
            "--format",
            "json",
        ],
    );
    let rows: Vec<String> = out["changes"]
        .as_array()
        .unwrap()
        .iter()
        .filter(|c| c["typ"] == "rutin")
        .map(|c| {
            let times = c["what"]["times"]
                .as_u64()
                .map(|t| format!(" ×{t}"))
                .unwrap_or_default();
            format!(
                "{} {}{times} {}",
                c["id"].as_str().unwrap(),
                c["what"]["kind"].as_str().unwrap(),
                c["date"].as_str().unwrap()
            )
        })
        .collect();
    assert_eq!(
        rows,
        vec![
            "RUT-INFLYTT imported 2026-01-10",
            "RUT-NY created 2026-04-01",
            "RUT-INFLYTT revised ×1 2026-03-15",
            "RUT-NY revised ×1 2026-05-01",
            "RUT-INFLYTT changed-without-decision ×1 2026-03-01",
            "RUT-NY repealed 2026-06-01",
        ],
    );
}
