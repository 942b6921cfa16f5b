//! YAML syntax errors (LSK001) as a writer meets them. Every folder in
//! `tests/fixtures/syntax/` is laid over the clean repository `tests/fixtures/rules/_base`
//! (its files replace the base's) and checked in Swedish and in English.
//!
//! `_expect` in a case lists findings (`file:line:column CODE`) that must be reported:
//! the syntax error with the caret on the offending character, and what else the broken
//! file is still checked for. Besides these there is no other syntax error, every syntax
//! error (and the empty value a `#` makes, LSK004) comes with a hint, and nothing is an
//! unknown reference (LSK101): a file that does not parse still has its id. The listings
//! are kept as snapshots, `syntax_errors__<case>.snap`.

mod common;

use std::path::Path;

use lsk::check::Options;
use lsk::lang::Lang;

fn build_case(case: &Path) -> (tempfile::TempDir, Vec<String>) {
    let dir = common::base_repository();
    common::copy_tree(case, dir.path());
    let expect = dir.path().join("_expect");
    let expected = std::fs::read_to_string(&expect)
        .unwrap_or_else(|e| panic!("{}: {e}", expect.display()))
        .lines()
        .map(str::to_string)
        .filter(|l| !l.trim().is_empty())
        .collect();
    std::fs::remove_file(expect).unwrap();
    (dir, expected)
}

fn check(dir: &Path, lang: Lang) -> lsk::check::Outcome {
    let options = Options {
        lang: Some(lang),
        ..common::options()
    };
    lsk::check::check(dir, &options).unwrap()
}

#[test]
fn syntax_errors_are_located_explained_and_contained() {
    let root = common::manifest_dir().join("tests/fixtures/syntax");
    let mut cases: Vec<_> = std::fs::read_dir(&root)
        .unwrap()
        .map(|e| e.unwrap().path())
        .filter(|p| p.is_dir())
        .collect();
    cases.sort();
    assert!(!cases.is_empty());
    let mut problems = Vec::new();
    for case in cases {
        let name = case.file_name().unwrap().to_string_lossy().into_owned();
        let (dir, expected) = build_case(&case);
        let mut snapshot = String::new();
        for lang in [Lang::Sv, Lang::En] {
            let outcome = check(dir.path(), lang);
            let listing = common::listing(&outcome);
            let found: Vec<String> = outcome
                .diagnostics
                .iter()
                .map(|d| format!("{}:{}:{} {}", d.file, d.line, d.column, d.code))
                .collect();
            for e in &expected {
                if !found.contains(e) {
                    problems.push(format!("{name} ({lang:?}): `{e}` not reported:\n{listing}"));
                }
            }
            for (d, f) in outcome.diagnostics.iter().zip(&found) {
                if d.code == "LSK001" && !expected.contains(f) {
                    problems.push(format!("{name} ({lang:?}): unexpected `{f}`:\n{listing}"));
                }
                if matches!(d.code, "LSK001" | "LSK004") && d.help.is_none() {
                    problems.push(format!("{name} ({lang:?}): `{f}` has no hint"));
                }
                if d.code == "LSK101" {
                    problems.push(format!("{name} ({lang:?}): `{f}`: {}", d.message));
                }
            }
            snapshot.push_str(&format!("# {lang:?}\n{listing}\n"));
        }
        insta::assert_snapshot!(name, snapshot);
    }
    assert!(problems.is_empty(), "\n{}", problems.join("\n\n"));
}
