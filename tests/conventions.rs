//! The command-line conventions every command follows: the repository as `[SÖKVÄG]` (the
//! older `--path` still accepted), `--json` as an alias of `--format json`, and `--today`
//! and `--lang` accepted everywhere and honoured.

mod common;

use std::path::Path;

use assert_cmd::Command;

fn lsk(dir: &Path, args: &[&str]) -> (i32, String, String) {
    let out = Command::cargo_bin("lsk")
        .unwrap()
        .current_dir(dir)
        .env_remove("LSK_LANG")
        .env_remove("LSK_TODAY")
        .args(args)
        .output()
        .unwrap();
    (
        out.status.code().unwrap(),
        String::from_utf8(out.stdout).unwrap(),
        String::from_utf8(out.stderr).unwrap(),
    )
}

fn examples() -> std::path::PathBuf {
    common::manifest_dir().join("examples")
}

const TODAY: &str = common::TODAY;

#[test]
fn the_repository_as_positional_or_as_the_older_path_flag() {
    let dir = examples();
    // `@` stands for the repository.
    for args in [
        &["check", "@"][..],
        &["due", "@"],
        &["krav", "@", "--format", "csv"],
        &["rules", "@"],
        &["report", "kvalitetsberättelse", "@", "--year", "2026"],
        &["graph", "P-SÄBO", "@", "--format", "mermaid"],
        &["matrix", "ansvar", "@", "--format", "csv"],
    ] {
        let with = |path: &[&'static str]| {
            let mut v: Vec<&str> = Vec::new();
            for a in args {
                if *a == "@" {
                    v.extend(path);
                } else {
                    v.push(a);
                }
            }
            v.extend(["--today", TODAY]);
            v
        };
        let (positional, flag) = (with(&["omsorg"]), with(&["--path", "omsorg"]));
        let a = lsk(&dir, &positional);
        let b = lsk(&dir, &flag);
        assert_eq!(a.0, 0, "{positional:?}: {}", a.2);
        assert_eq!(a, b, "{positional:?} and {flag:?} differ");
        assert!(!a.1.is_empty());
    }
    // Both forms at once: refused.
    let (code, _, err) = lsk(&dir, &["due", "omsorg", "--path", "trasig"]);
    assert_eq!(code, 2);
    assert!(err.contains("kan inte användas tillsammans med"), "{err}");
}

#[test]
fn json_is_the_same_as_format_json() {
    let dir = examples();
    for args in [
        &["check", "trasig"][..],
        &["due", "omsorg"],
        &["krav", "omsorg"],
        &["rules", "omsorg"],
        &["report", "kvalitetsberättelse", "omsorg", "--year", "2026"],
        &["matrix", "krav", "omsorg"],
    ] {
        let mut json = args.to_vec();
        json.extend(["--json", "--today", TODAY]);
        let mut format = args.to_vec();
        format.extend(["--format", "json", "--today", TODAY]);
        let a = lsk(&dir, &json);
        let b = lsk(&dir, &format);
        assert_eq!(a, b, "{args:?}");
        assert!(
            serde_json::from_str::<serde_json::Value>(&a.1).is_ok(),
            "{args:?}: {}",
            a.1
        );
    }
}

#[test]
fn every_command_takes_today_and_lang() {
    let dir = examples();
    for cmd in [
        "check", "due", "explain", "rules", "krav", "report", "schema", "approve", "new", "log",
        "changes", "init", "help",
    ] {
        // Both flags, before and after the command's name; the help comes in English.
        for args in [
            vec![cmd, "--today", TODAY, "--lang", "en", "--help"],
            vec!["--today", TODAY, "--lang=en", cmd, "--help"],
        ] {
            let (code, out, err) = lsk(&dir, &args);
            assert_eq!(code, 0, "{args:?}: {err}");
            assert!(out.contains("Usage: lsk"), "{args:?}: {out}");
        }
    }
}

#[test]
fn commands_without_a_repository_honour_lang() {
    let dir = tempfile::tempdir().unwrap();
    let (code, out, _) = lsk(dir.path(), &["rules", "--lang", "en", "--today", TODAY]);
    assert_eq!(code, 0);
    assert!(out.starts_with("code    name"), "{out}");
    let (_, out, _) = lsk(dir.path(), &["rules"]);
    assert!(out.starts_with("kod     namn"), "{out}");
    let (code, out, _) = lsk(dir.path(), &["explain", "LSK102", "--lang", "en"]);
    assert_eq!(code, 0);
    assert!(out.contains("Default severity: error"), "{out}");
    assert!(out.contains("written in Swedish only"), "{out}");
    let (code, _, err) = lsk(dir.path(), &["explain", "LSK999", "--lang", "en"]);
    assert_eq!(code, 2);
    assert!(err.contains("there is no rule 'LSK999'"), "{err}");
    let (code, out, _) = lsk(
        dir.path(),
        &["schema", "--out", "s", "--lang", "en", "--today", TODAY],
    );
    assert_eq!(code, 0);
    assert!(out.contains("lsk.schema.json"));
    // In a repository with `språk: en`, explain and rules follow it.
    let (code, _, _) = lsk(
        dir.path(),
        &["init", "repo", "--lang", "en", "--today", TODAY],
    );
    assert_eq!(code, 0);
    let repo = dir.path().join("repo");
    let (_, out, _) = lsk(&repo, &["explain", "LSK102"]);
    assert!(out.contains("Default severity"), "{out}");
    let (_, out, _) = lsk(&repo, &["rules"]);
    assert!(out.starts_with("code"), "{out}");
    let (_, out, _) = lsk(&repo, &["explain", "LSK102", "--lang", "sv"]);
    assert!(out.contains("Standardnivå"), "{out}");
}

#[test]
fn init_with_lang_en_writes_an_english_repository_and_says_so_in_english() {
    let dir = tempfile::tempdir().unwrap();
    let (code, out, err) = lsk(
        dir.path(),
        &["init", "ny", "--lang", "en", "--today", TODAY],
    );
    assert_eq!(code, 0, "{err}");
    assert!(out.contains("created lsk.yaml"), "{out}");
    assert!(out.contains("Done. Run `lsk check ny`"), "{out}");
    let config = std::fs::read_to_string(dir.path().join("ny/lsk.yaml")).unwrap();
    assert!(config.contains("\nspråk: en\n"), "{config}");
    let (code, out, _) = lsk(&dir.path().join("ny"), &["check", "--today", TODAY]);
    assert_eq!(code, 0);
    assert!(!out.contains("Inga fel"), "{out}");
    // `new` in the new repository: English messages, and the repository as positional.
    let (code, out, err) = lsk(
        dir.path(),
        &[
            "new",
            "rutin",
            "Rutin för nyckelhantering",
            "ny",
            "--today",
            TODAY,
        ],
    );
    assert_eq!(code, 0, "{err}");
    assert!(
        out.starts_with("created rutiner/nyckelhantering.md (RUT-NYCKELHANTERING)"),
        "{out}"
    );
}

#[test]
fn new_says_when_a_title_in_two_words_lacks_quotes() {
    let dir = examples();
    let (code, out, err) = lsk(&dir, &["new", "rutin", "Nyckel", "hantering"]);
    assert_eq!(code, 2);
    assert!(out.is_empty());
    assert!(err.contains("citattecken: \"Nyckel hantering\""), "{err}");
}

#[test]
fn log_changes_and_approve_take_the_repository_as_positional_too() {
    let outside = tempfile::tempdir().unwrap();
    let repo = common::base_repository();
    common::git(
        repo.path(),
        "Kvalitetsutvecklare",
        "2026-01-15",
        &["init", "-q"],
    );
    common::commit(repo.path(), "Kvalitetsutvecklare", "2026-01-15", "Införs");
    let root = repo.path().to_str().unwrap();
    for args in [
        vec!["log", "RUT-INFLYTT", "@"],
        vec!["log", "RUT-INFLYTT", "@", "--format", "json"],
        vec!["changes", "@", "--since", "2026-01-01"],
    ] {
        let with = |path: &[&str]| -> Vec<String> {
            let mut v: Vec<String> = Vec::new();
            for a in &args {
                if *a == "@" {
                    v.extend(path.iter().map(|s| s.to_string()));
                } else {
                    v.push(a.to_string());
                }
            }
            v.extend(["--today".to_string(), TODAY.to_string()]);
            v
        };
        let positional = with(&[root]);
        let flag = with(&["--path", root]);
        let positional: Vec<&str> = positional.iter().map(String::as_str).collect();
        let flag: Vec<&str> = flag.iter().map(String::as_str).collect();
        let a = lsk(outside.path(), &positional);
        assert_eq!(a.0, 0, "{positional:?}: {}", a.2);
        assert_eq!(a, lsk(outside.path(), &flag), "{positional:?}");
    }
    let (code, out, err) = lsk(
        outside.path(),
        &[
            "approve",
            "RUT-INFLYTT",
            root,
            "--by",
            "förvaltningschef",
            "--lang",
            "en",
            "--today",
            TODAY,
        ],
    );
    assert_eq!(code, 0, "{err}");
    assert!(
        out.starts_with("RUT-INFLYTT approved 2026-11-24 by förvaltningschef"),
        "{out}"
    );
}
