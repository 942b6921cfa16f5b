//! Which files are documents (hidden paths, `.gitignore`, `exkludera`, Markdown without
//! front matter), root discovery from a subfolder, and the settings that change results:
//! `regler`, `språk`, `LSK_TODAY`.

mod common;

use std::path::Path;

use assert_cmd::Command;

fn base() -> tempfile::TempDir {
    common::base_repository()
}

fn write(dir: &Path, rel: &str, text: &str) {
    let path = dir.join(rel);
    std::fs::create_dir_all(path.parent().unwrap()).unwrap();
    std::fs::write(path, text).unwrap();
}

/// A file that is an error wherever it is read as a document.
const BROKEN: &str = "typ: [\n";

fn files_with_findings(dir: &Path) -> Vec<String> {
    let mut files: Vec<String> = common::check(dir)
        .diagnostics
        .iter()
        .map(|d| d.file.clone())
        .collect();
    files.dedup();
    files
}

#[test]
fn hidden_gitignored_and_excluded_paths_are_not_documents() {
    let dir = base();
    write(dir.path(), ".dold/a.yaml", BROKEN);
    write(dir.path(), ".dold.yaml", BROKEN);
    write(dir.path(), "bygge/a.yaml", BROKEN);
    write(dir.path(), ".gitignore", "bygge/\n");
    write(dir.path(), "utkast/a.yaml", BROKEN);
    write(
        dir.path(),
        "README.md",
        "# Läs mig\n\nInget huvud, inget dokument.\n",
    );
    write(dir.path(), "anteckning.txt", BROKEN);
    write(dir.path(), "synlig/a.yml", BROKEN);
    let config = std::fs::read_to_string(dir.path().join("lsk.yaml")).unwrap();
    write(
        dir.path(),
        "lsk.yaml",
        &format!("{config}exkludera: [\"utkast/**\"]\n"),
    );
    assert_eq!(files_with_findings(dir.path()), vec!["synlig/a.yml"]);
}

#[test]
fn root_is_found_from_a_subfolder() {
    let dir = base();
    write(dir.path(), "rutiner/trasig.yaml", BROKEN);
    let outcome = common::check(&dir.path().join("rutiner"));
    assert_eq!(outcome.root, dir.path().canonicalize().unwrap());
    assert!(
        outcome
            .diagnostics
            .iter()
            .any(|d| d.file == "rutiner/trasig.yaml")
    );
}

#[test]
fn results_are_sorted_and_deterministic() {
    let dir = base();
    for i in 0..40 {
        write(dir.path(), &format!("m{}/t{i}.yaml", i % 7), BROKEN);
    }
    let first = common::listing(&common::check(dir.path()));
    for _ in 0..3 {
        assert_eq!(first, common::listing(&common::check(dir.path())));
    }
    let outcome = common::check(dir.path());
    let keys: Vec<_> = outcome.diagnostics.iter().map(|d| d.sort_key()).collect();
    let mut sorted = keys.clone();
    sorted.sort();
    assert_eq!(keys, sorted);
}

fn json_check(dir: &Path, extra: &[&str], env: &[(&str, &str)]) -> (i32, serde_json::Value) {
    let mut cmd = Command::cargo_bin("lsk").unwrap();
    cmd.args(["check", "--format", "json"]).args(extra).arg(dir);
    for (k, v) in env {
        cmd.env(k, v);
    }
    let out = cmd.output().unwrap();
    (
        out.status.code().unwrap(),
        serde_json::from_slice(&out.stdout).unwrap(),
    )
}

#[test]
fn regler_changes_severity_or_switches_a_rule_off() {
    let dir = base();
    let orphan = "---\ntyp: rutin\nid: RUT-NYCKLAR\ntitel: Nycklar\ndokumentägare: enhetschef\nbeslutad_av: förvaltningschef\nfastställd: 2026-06-01\n---\n## Syfte\nS.\n## Ansvar\nA.\n## Tillvägagångssätt\nT.\n";
    write(dir.path(), "rutiner/nycklar.md", orphan);
    let config = std::fs::read_to_string(dir.path().join("lsk.yaml")).unwrap();
    let today = ["--today", common::TODAY];

    let (code, json) = json_check(dir.path(), &today, &[]);
    assert_eq!((code, json["summary"]["warnings"].as_u64()), (0, Some(1)));

    write(
        dir.path(),
        "lsk.yaml",
        &format!("{config}regler:\n  LSK105: error\n"),
    );
    let (code, json) = json_check(dir.path(), &today, &[]);
    assert_eq!(
        (code, json["diagnostics"][0]["severity"].as_str()),
        (1, Some("error"))
    );

    write(
        dir.path(),
        "lsk.yaml",
        &format!("{config}regler:\n  orphan-routine: off\n"),
    );
    let (code, json) = json_check(dir.path(), &today, &[]);
    assert_eq!(
        (code, json["diagnostics"].as_array().unwrap().len()),
        (0, 0)
    );

    write(
        dir.path(),
        "lsk.yaml",
        &format!("{config}regler:\n  LSK999: off\n"),
    );
    let (code, _) = {
        let out = Command::cargo_bin("lsk")
            .unwrap()
            .arg("check")
            .arg(dir.path())
            .output()
            .unwrap();
        (out.status.code().unwrap(), ())
    };
    assert_eq!(code, 2, "an unknown rule in regler makes lsk.yaml invalid");
}

#[test]
fn sprak_en_and_lang_flag() {
    let dir = base();
    write(dir.path(), "rutiner/trasig.yaml", "typ: rutinen\nid: X\n");
    let (_, json) = json_check(dir.path(), &["--lang", "en"], &[]);
    let message = json["diagnostics"][0]["message"].as_str().unwrap();
    assert!(
        message.contains("is not a known document type"),
        "{message}"
    );

    let config = std::fs::read_to_string(dir.path().join("lsk.yaml")).unwrap();
    write(dir.path(), "lsk.yaml", &format!("{config}språk: en\n"));
    let (_, json) = json_check(dir.path(), &[], &[]);
    let message = json["diagnostics"][0]["message"].as_str().unwrap();
    assert!(
        message.contains("is not a known document type"),
        "{message}"
    );
}

#[test]
fn lsk_today_environment_variable() {
    let dir = base();
    // The base is decided 2026-06-01; routines are reviewed within 12 months.
    let (code, json) = json_check(dir.path(), &[], &[("LSK_TODAY", "2027-07-01")]);
    assert_eq!(code, 1);
    assert!(
        json["diagnostics"]
            .as_array()
            .unwrap()
            .iter()
            .any(|d| d["code"] == "LSK202")
    );
    let (code, _) = json_check(dir.path(), &[], &[("LSK_TODAY", "2026-11-24")]);
    assert_eq!(code, 0);
}

/// Loads `dir` and checks that its files are in the order of their paths, that each
/// document points at its own file, and that each is found by its id.
fn assert_in_path_order(dir: &Path, ids: &[(&str, &str)]) {
    let (_, loaded) = lsk::check::load(dir, &lsk::check::Options::default()).unwrap();
    let repo = &loaded.repo;
    let paths: Vec<&str> = repo.files.iter().map(|f| f.path.as_str()).collect();
    let mut sorted = paths.clone();
    sorted.sort();
    sorted.dedup();
    assert_eq!(paths, sorted);
    for (path, id) in ids {
        let doc = repo.document(id).unwrap_or_else(|| panic!("{id} is found"));
        assert_eq!(repo.files[doc.file].path, *path);
        assert_eq!(doc.id(), *id);
    }
    let files: Vec<usize> = repo.documents.iter().map(|d| d.file).collect();
    assert!(files.is_sorted(), "documents in the order of their files");
}

/// Writes a copy of the base repository's routine under `rel`, with the id `id`.
fn write_routine(dir: &Path, rel: &str, id: &str) {
    let text = std::fs::read_to_string(dir.join("rutiner/inflytt.md")).unwrap();
    write(dir, rel, &text.replace("RUT-INFLYTT", id));
}

#[test]
fn files_are_in_path_order_where_a_folder_name_starts_another_name() {
    // `rutiner-arkiv/` and `rutiner.md` sort before `rutiner/` (`-` and `.` before `/`).
    let dir = base();
    write_routine(dir.path(), "rutiner-arkiv/gammal.md", "RUT-GAMMAL");
    write_routine(dir.path(), "rutiner.md", "RUT-ÖVERSIKT");
    write_routine(dir.path(), "rutiner/a b.md", "RUT-MELLANSLAG");
    assert_in_path_order(
        dir.path(),
        &[
            ("rutiner-arkiv/gammal.md", "RUT-GAMMAL"),
            ("rutiner.md", "RUT-ÖVERSIKT"),
            ("rutiner/a b.md", "RUT-MELLANSLAG"),
            ("rutiner/inflytt.md", "RUT-INFLYTT"),
        ],
    );
}

#[test]
fn files_the_walk_gives_out_of_order_are_sorted() {
    // The walk gives `a.md.md` before `a.md` (as if each name ended in `/`); loading
    // sorts them and indexes the documents anew.
    let dir = base();
    write_routine(dir.path(), "rutiner/a.md", "RUT-A");
    write_routine(dir.path(), "rutiner/a.md.md", "RUT-AA");
    write_routine(dir.path(), "rutiner/b.md", "RUT-B");
    assert_in_path_order(
        dir.path(),
        &[
            ("rutiner/a.md", "RUT-A"),
            ("rutiner/a.md.md", "RUT-AA"),
            ("rutiner/b.md", "RUT-B"),
            ("rutiner/inflytt.md", "RUT-INFLYTT"),
        ],
    );
}

#[test]
fn loading_on_the_only_worker_of_a_pool_finishes() {
    // `lsk log` loads within `rayon::join`, on a worker of the pool; on a one-core machine
    // that is its only worker, which must read the batches itself rather than wait.
    let dir = base();
    for i in 0..600 {
        write_routine(
            dir.path(),
            &format!("rutiner/r{i:03}.md"),
            &format!("RUT-{i}"),
        );
    }
    let path = dir.path().to_path_buf();
    let (done, finished) = std::sync::mpsc::channel();
    std::thread::spawn(move || {
        let pool = rayon::ThreadPoolBuilder::new()
            .num_threads(1)
            .build()
            .unwrap();
        let loaded = pool.install(|| lsk::check::load(&path, &Default::default()));
        let _ = done.send(loaded.unwrap().1.repo.documents.len());
    });
    let documents = finished
        .recv_timeout(std::time::Duration::from_secs(60))
        .expect("loading finished");
    assert!(documents > 600);
}
