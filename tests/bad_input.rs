//! Bad input: every case gives a located diagnostic or a clear exit-2 error, never a panic,
//! never a hang, and `check` never writes. Runs the real binary with a time limit.

mod common;

use std::path::Path;
use std::time::Duration;

use assert_cmd::Command;
use serde_json::Value;

const LSK_YAML: &str = "organisation: Testkommun\nverksamhet: [SoL]\n";

/// A repository holding `lsk.yaml` and the given files.
fn repo(files: &[(&str, &[u8])]) -> tempfile::TempDir {
    let dir = tempfile::tempdir().unwrap();
    std::fs::write(dir.path().join("lsk.yaml"), LSK_YAML).unwrap();
    for (rel, bytes) in files {
        let path = dir.path().join(rel);
        std::fs::create_dir_all(path.parent().unwrap()).unwrap();
        std::fs::write(path, bytes).unwrap();
    }
    dir
}

/// Runs `lsk check --format json` and returns (exit code, diagnostics).
fn check(dir: &Path) -> (i32, Vec<Value>) {
    let out = Command::cargo_bin("lsk")
        .unwrap()
        .args(["check", "--format", "json", "--today", common::TODAY])
        .arg(dir)
        .timeout(Duration::from_secs(30))
        .output()
        .unwrap();
    let code = out
        .status
        .code()
        .expect("lsk was killed (a hang or a crash)");
    assert_ne!(
        code,
        101,
        "lsk panicked: {}",
        String::from_utf8_lossy(&out.stderr)
    );
    let json: Value = serde_json::from_slice(&out.stdout)
        .unwrap_or_else(|e| panic!("no JSON ({e}): {}", String::from_utf8_lossy(&out.stderr)));
    (code, json["diagnostics"].as_array().unwrap().clone())
}

/// The (code, file, line, column) of each diagnostic.
fn located(diags: &[Value]) -> Vec<(String, String, u64, u64)> {
    diags
        .iter()
        .map(|d| {
            (
                d["code"].as_str().unwrap().to_string(),
                d["file"].as_str().unwrap().to_string(),
                d["line"].as_u64().unwrap(),
                d["column"].as_u64().unwrap(),
            )
        })
        .collect()
}

/// Only the findings about `file`.
fn about(diags: &[Value], file: &str) -> Vec<(String, u64, u64)> {
    located(diags)
        .into_iter()
        .filter(|(_, f, _, _)| f == file)
        .map(|(c, _, l, col)| (c, l, col))
        .collect()
}

fn t(code: &str, line: u64, col: u64) -> (String, u64, u64) {
    (code.to_string(), line, col)
}

#[test]
fn malformed_yaml_is_located() {
    let dir = repo(&[("a.yaml", b"typ: rutin\nid: [RUT-A\ntitel: x\n")]);
    let (code, diags) = check(dir.path());
    assert_eq!(code, 1);
    let found = about(&diags, "a.yaml");
    assert_eq!(found.len(), 1, "{found:?}");
    assert_eq!(found[0].0, "LSK001");
    assert!(
        found[0].1 >= 2,
        "points into the file, not at line 1: {found:?}"
    );
}

#[test]
fn malformed_front_matter_is_located_in_the_file() {
    let text = "---\ntyp: rutin\nid: RUT-A\ntitel: a: b\n---\n# R\n";
    let dir = repo(&[("r.md", text.as_bytes())]);
    let (_, diags) = check(dir.path());
    let found = about(&diags, "r.md");
    let syntax: Vec<_> = found.iter().filter(|d| d.0 == "LSK001").collect();
    assert_eq!(syntax, vec![&t("LSK001", 4, 9)], "{found:?}");
    // The title is evidently meant as one text: the routine is read so, and checked.
    assert!(found.contains(&t("LSK105", 3, 5)), "{found:?}");
}

#[test]
fn unclosed_front_matter() {
    let dir = repo(&[("r.md", b"---\ntyp: rutin\nid: RUT-A\n# Rubrik\n")]);
    let (_, diags) = check(dir.path());
    assert_eq!(about(&diags, "r.md"), vec![t("LSK001", 1, 1)]);
}

#[test]
fn wrong_types_are_reported_at_each_value() {
    let text = "typ: process\nid: P-A\ntitel: [a, b]\nprocesstyp: 7\naktiviteter: många\n";
    let dir = repo(&[("p.yaml", text.as_bytes())]);
    let (_, diags) = check(dir.path());
    let found = about(&diags, "p.yaml");
    assert!(found.contains(&t("LSK005", 3, 8)), "{found:?}");
    assert!(found.contains(&t("LSK005", 4, 13)), "{found:?}");
    assert!(found.contains(&t("LSK005", 5, 14)), "{found:?}");
    // An invalid `aktiviteter` is not also "a process without activities".
    assert!(!found.iter().any(|f| f.0 == "LSK102"), "{found:?}");
}

#[test]
fn invalid_dates() {
    let text = "typ: riktlinje\nid: RL-A\ntitel: A\ndokumentägare: x\nbeslutad_av: x\nfastställd: 2026-02-30\ngiltig_från: 26-01-01\n";
    let dir = repo(&[("r.yaml", text.as_bytes())]);
    let (_, diags) = check(dir.path());
    let found = about(&diags, "r.yaml");
    assert!(found.contains(&t("LSK005", 6, 13)), "{found:?}");
    assert!(found.contains(&t("LSK005", 7, 14)), "{found:?}");
    // The invalid fastställd is not also "undated".
    assert!(!found.iter().any(|f| f.0 == "LSK201"), "{found:?}");
}

#[test]
fn non_utf8_file() {
    let dir = repo(&[("r.md", b"---\ntyp: rutin\ntitel: R\xe4ttigheter\n---\n")]);
    let (_, diags) = check(dir.path());
    // Located at the bad byte: line 3, after "titel: R".
    assert_eq!(about(&diags, "r.md"), vec![t("LSK007", 3, 9)]);
}

#[test]
fn empty_files() {
    let dir = repo(&[
        ("tom.yaml", b""),
        ("tom.md", b""),
        ("tomt-huvud.md", b"---\n---\n# Text\n"),
    ]);
    let (_, diags) = check(dir.path());
    assert_eq!(about(&diags, "tom.yaml"), vec![t("LSK002", 1, 1)]);
    // Markdown without front matter is not a document.
    assert_eq!(about(&diags, "tom.md"), vec![]);
    assert_eq!(about(&diags, "tomt-huvud.md"), vec![t("LSK002", 1, 1)]);
}

#[test]
fn fifty_megabyte_file_is_refused_without_reading() {
    let dir = repo(&[]);
    let big = dir.path().join("stor.yaml");
    let f = std::fs::File::create(&big).unwrap();
    f.set_len(50 * 1024 * 1024).unwrap();
    let (_, diags) = check(dir.path());
    assert_eq!(about(&diags, "stor.yaml"), vec![t("LSK007", 1, 1)]);
}

#[test]
fn alias_bomb_is_refused() {
    let mut s = String::from("typ: rutin\nid: RUT-A\na: &a [x,x,x,x,x,x,x,x,x]\n");
    for i in 1..12u8 {
        let (p, c) = ((b'a' + i - 1) as char, (b'a' + i) as char);
        s.push_str(&format!(
            "{c}: &{c} [{}]\n",
            vec![format!("*{p}"); 9].join(",")
        ));
    }
    let dir = repo(&[("bomb.yaml", s.as_bytes())]);
    let (_, diags) = check(dir.path());
    let found = about(&diags, "bomb.yaml");
    assert_eq!(found.len(), 1, "{found:?}");
    assert_eq!(found[0].0, "LSK001");
}

#[test]
fn deeply_nested_yaml_is_refused() {
    let s = format!(
        "typ: rutin\nid: RUT-A\nx: {}{}\n",
        "[".repeat(100_000),
        "]".repeat(100_000)
    );
    let dir = repo(&[("djup.yaml", s.as_bytes())]);
    let (_, diags) = check(dir.path());
    let found = about(&diags, "djup.yaml");
    assert_eq!(found.len(), 1, "{found:?}");
    assert_eq!(found[0].0, "LSK001");
}

#[test]
fn multiple_yaml_documents_in_one_file() {
    let dir = repo(&[("två.yaml", b"typ: rutin\nid: A\n---\ntyp: rutin\nid: B\n")]);
    let (_, diags) = check(dir.path());
    let found = about(&diags, "två.yaml");
    assert_eq!(found.len(), 1, "{found:?}");
    assert_eq!(found[0].0, "LSK001");
}

#[test]
fn bom_and_crlf_are_accepted_and_located() {
    let text = "\u{feff}---\r\ntyp: rutin\r\nid: RUT-A\r\ntitel: A\r\nokänd: 1\r\n---\r\n# A\r\n";
    let dir = repo(&[("r.md", text.as_bytes())]);
    let (_, diags) = check(dir.path());
    let found = about(&diags, "r.md");
    assert!(found.contains(&t("LSK003", 5, 1)), "{found:?}");
}

#[cfg(unix)]
#[test]
fn symlink_loop_and_link_out_of_the_root() {
    let outside = tempfile::tempdir().unwrap();
    std::fs::write(outside.path().join("hemlig.yaml"), "typ: rutin\n").unwrap();
    let dir = repo(&[]);
    std::fs::create_dir(dir.path().join("a")).unwrap();
    std::os::unix::fs::symlink(dir.path().join("a"), dir.path().join("a/slinga")).unwrap();
    std::os::unix::fs::symlink(outside.path(), dir.path().join("ut")).unwrap();
    let (code, diags) = check(dir.path());
    assert_eq!(code, 1);
    let found = located(&diags);
    assert!(
        found.iter().any(|f| f.0 == "LSK007" && f.1 == "ut"),
        "{found:?}"
    );
    assert!(
        found
            .iter()
            .any(|f| f.0 == "LSK007" && f.1.starts_with("a/slinga")),
        "{found:?}"
    );
    assert!(!found.iter().any(|f| f.1.contains("hemlig")), "{found:?}");
}

#[test]
fn no_root_and_invalid_config_exit_2() {
    let empty = tempfile::tempdir().unwrap();
    let out = Command::cargo_bin("lsk")
        .unwrap()
        .args(["check", "--format", "json"])
        .arg(empty.path())
        .output()
        .unwrap();
    assert_eq!(out.status.code(), Some(2));
    assert!(String::from_utf8_lossy(&out.stderr).contains("lsk init"));

    let dir = tempfile::tempdir().unwrap();
    std::fs::write(dir.path().join("lsk.yaml"), "organisation: [\n").unwrap();
    let out = Command::cargo_bin("lsk")
        .unwrap()
        .arg("check")
        .arg(dir.path())
        .output()
        .unwrap();
    assert_eq!(out.status.code(), Some(2));
    assert!(String::from_utf8_lossy(&out.stderr).contains("LSK001"));
}

/// Every file's path, length and modification time.
fn tree_state(dir: &Path) -> Vec<(String, u64, std::time::SystemTime)> {
    let mut out = Vec::new();
    for entry in walk(dir) {
        let meta = std::fs::symlink_metadata(&entry).unwrap();
        out.push((
            entry.display().to_string(),
            meta.len(),
            meta.modified().unwrap(),
        ));
    }
    out.sort();
    out
}

fn walk(dir: &Path) -> Vec<std::path::PathBuf> {
    let mut out = vec![dir.to_path_buf()];
    for entry in std::fs::read_dir(dir).unwrap() {
        let path = entry.unwrap().path();
        if path.is_dir() && !path.is_symlink() {
            out.extend(walk(&path));
        } else {
            out.push(path);
        }
    }
    out
}

#[test]
fn check_never_writes() {
    let dir = tempfile::tempdir().unwrap();
    common::copy_tree(&common::manifest_dir().join("examples/omsorg"), dir.path());
    std::fs::write(dir.path().join("trasig.yaml"), "typ: [\n").unwrap();
    let before = tree_state(dir.path());
    for format in ["human", "json", "sarif", "github", "gitlab"] {
        Command::cargo_bin("lsk")
            .unwrap()
            .args(["check", "--format", format, "--today", common::TODAY])
            .arg(dir.path())
            .output()
            .unwrap();
    }
    assert_eq!(before, tree_state(dir.path()));
}

#[test]
fn an_empty_value_is_missing_but_an_invalid_one_is_reported_once() {
    let empty = "---\ntyp: rutin\nid: RUT-A\ntitel: A\ndokumentägare:\nbeslutad_av: ~\nfastställd:\n---\n## Syfte\nS.\n## Ansvar\nA.\n## Tillvägagångssätt\nT.\n";
    let invalid = "---\ntyp: rutin\nid: RUT-B\ntitel: B\ndokumentägare: [a, b]\nbeslutad_av: {x: 1}\nfastställd: igår\n---\n## Syfte\nS.\n## Ansvar\nA.\n## Tillvägagångssätt\nT.\n";
    let sub = "typ: process\nid: P-D\ntitel: D\nprocesstyp: delprocess\növerordnad: null\nprocessägare:\n";
    let dir = repo(&[
        ("a.md", empty.as_bytes()),
        ("b.md", invalid.as_bytes()),
        ("p.yaml", sub.as_bytes()),
    ]);
    let (_, diags) = check(dir.path());
    // (LSK105: nothing uses these routines, which is true and beside the point here.)
    let codes = |f| {
        about(&diags, f)
            .into_iter()
            .map(|x| x.0)
            .filter(|c| c != "LSK105")
            .collect::<Vec<_>>()
    };
    assert_eq!(codes("a.md"), vec!["LSK201", "LSK206", "LSK206"]);
    assert_eq!(codes("b.md"), vec!["LSK005", "LSK005", "LSK005"]);
    let p = codes("p.yaml");
    assert!(
        p.contains(&"LSK107".to_string()) && p.contains(&"LSK111".to_string()),
        "{p:?}"
    );
}

#[cfg(unix)]
#[test]
fn a_file_name_that_is_not_utf8_is_read() {
    use std::os::unix::ffi::OsStrExt;
    let dir = repo(&[]);
    let name = std::ffi::OsStr::from_bytes(b"anteckning-\xe5.md");
    std::fs::write(dir.path().join(name), "Brukare 19121212-1212.\n").unwrap();
    let (_, diags) = check(dir.path());
    let found = about(&diags, "anteckning-\u{fffd}.md");
    assert_eq!(found, vec![t("LSK401", 1, 9)]);
}

/// Inputs that once took seconds or minutes: each must finish (the time limit of
/// `check` above); BENCHMARKS.md gives the release-build times.
#[test]
fn long_ids_long_lines_and_big_files_finish() {
    let long_id = format!("typ: rutin\nid: R{}\ntitel: x\n", "x".repeat(200_000));
    let mut big = String::from("typ: rutinn\nid: RUT-STOR\n");
    while big.len() < 4 * 1024 * 1024 - 100 {
        big.push_str("# fyllnad fyllnad fyllnad fyllnad fyllnad fyllnad fyllnad fyllnad\n");
    }
    let line = format!("Nummer: {}\n", "19121212-1212 ".repeat(40_000));
    let dir = repo(&[
        ("lang.yaml", long_id.as_bytes()),
        ("stor.yaml", big.as_bytes()),
        ("rad.md", line.as_bytes()),
    ]);
    let (_, diags) = check(dir.path());
    // The first hundred are listed; the last says how many more there are.
    let on_line = about(&diags, "rad.md");
    assert_eq!(on_line.len(), lsk::rules::MAX_PER_FILE);
    let last = diags.iter().rfind(|d| d["file"] == "rad.md").unwrap();
    assert!(
        last["message"].as_str().unwrap().contains("39900"),
        "{last}"
    );
    assert_eq!(about(&diags, "stor.yaml")[0].0, "LSK002");
    // The human report too: a code frame per finding must not repeat the long line.
    let out = Command::cargo_bin("lsk")
        .unwrap()
        .args(["check", "--today", common::TODAY])
        .arg(dir.path())
        .timeout(Duration::from_secs(60))
        .output()
        .unwrap();
    assert_eq!(out.status.code(), Some(1));
    assert!(
        out.stdout.len() < 40_000 * 1_000,
        "{} bytes",
        out.stdout.len()
    );
}
