//! `# lsk: ignorera KOD – motivering`: the finding is silenced, and counted where counts
//! are given (JSON, `--statistics`); the same file without the comment reports it.

mod common;

use assert_cmd::Command;

fn repository(with_comment: bool) -> tempfile::TempDir {
    let dir = tempfile::tempdir().unwrap();
    let fixtures = common::manifest_dir().join("tests/fixtures/rules");
    common::copy_tree(&fixtures.join("_base"), dir.path());
    common::copy_tree(&fixtures.join("LSK008/pass"), dir.path());
    if !with_comment {
        let routine = dir.path().join("rutiner/natt.md");
        let text = std::fs::read_to_string(&routine).unwrap();
        let kept: Vec<&str> = text.lines().filter(|l| !l.contains("lsk:")).collect();
        std::fs::write(&routine, kept.join("\n") + "\n").unwrap();
    }
    dir
}

fn lsk(dir: &std::path::Path, args: &[&str]) -> String {
    let out = Command::cargo_bin("lsk")
        .unwrap()
        .arg("check")
        .arg(dir)
        .args(["--today", common::TODAY])
        .args(args)
        .output()
        .unwrap();
    String::from_utf8(out.stdout).unwrap()
}

#[test]
fn a_silenced_finding_is_counted_not_shown() {
    let silenced = repository(true);
    let json: serde_json::Value =
        serde_json::from_str(&lsk(silenced.path(), &["--format", "json"])).unwrap();
    assert_eq!(json["diagnostics"].as_array().unwrap().len(), 0, "{json}");
    assert_eq!(json["suppressed"]["LSK105"], 1, "{json}");
    let stats = lsk(silenced.path(), &["--statistics"]);
    assert!(
        stats.contains("0  LSK105 orphan-routine (1 tystade)"),
        "{stats}"
    );
    assert!(lsk(silenced.path(), &[]).contains("1 tystade med `lsk: ignorera`"));

    let open = repository(false);
    let json: serde_json::Value =
        serde_json::from_str(&lsk(open.path(), &["--format", "json"])).unwrap();
    assert_eq!(json["diagnostics"][0]["code"], "LSK105", "{json}");
    assert_eq!(json["suppressed"], serde_json::json!({}));
}
