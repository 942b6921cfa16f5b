//! Every rule has a failing and a passing fixture: `tests/fixtures/rules/<CODE>/fail` and
//! `pass`, each laid over the clean repository in `_base` (files replace the base's; a
//! `_remove` file lists base files to delete). The failing case must report that rule and
//! nothing else (no cascades); the passing case must report nothing at all. The lean
//! check `lsk check` runs reports and shows the same.

mod common;

use std::path::Path;

use lsk::rules::registry;

fn build_case(case: &Path) -> tempfile::TempDir {
    let fixtures = common::manifest_dir().join("tests/fixtures/rules");
    let dir = tempfile::tempdir().unwrap();
    common::copy_tree(&fixtures.join("_base"), dir.path());
    common::copy_tree(case, dir.path());
    let remove = dir.path().join("_remove");
    if remove.exists() {
        for line in std::fs::read_to_string(&remove).unwrap().lines() {
            std::fs::remove_file(dir.path().join(line.trim())).unwrap();
        }
        std::fs::remove_file(remove).unwrap();
    }
    dir
}

#[test]
fn base_repository_is_clean() {
    let base = common::manifest_dir().join("tests/fixtures/rules/_base");
    let outcome = common::check(&base);
    assert_eq!(common::listing(&outcome), "");
}

#[test]
fn every_rule_fails_and_passes_its_fixtures() {
    let fixtures = common::manifest_dir().join("tests/fixtures/rules");
    let mut problems = Vec::new();
    for rule in registry().all() {
        let code = rule.meta().code;
        let (fail, pass) = (
            fixtures.join(code).join("fail"),
            fixtures.join(code).join("pass"),
        );
        if !fail.is_dir() || !pass.is_dir() {
            problems.push(format!(
                "{code}: missing tests/fixtures/rules/{code}/fail or pass"
            ));
            continue;
        }

        let dir = build_case(&fail);
        let outcome = common::check(dir.path());
        let listing = common::listing(&outcome);
        if !outcome.diagnostics.iter().any(|d| d.code == code) {
            problems.push(format!(
                "{code}: the failing case does not report it:\n{listing}"
            ));
        }
        if let Some(other) = outcome.diagnostics.iter().find(|d| d.code != code) {
            problems.push(format!(
                "{code}: the failing case also reports {} (a cascade?):\n{listing}",
                other.code
            ));
        }
        insta::assert_snapshot!(format!("fail_{code}"), listing);
        // `lsk check` keeps only the texts its findings need, and must find and show the
        // same.
        let lean = common::check_lean(dir.path());
        if common::rendered(&lean) != common::rendered(&outcome) {
            problems.push(format!(
                "{code}: the lean check differs:\n{}\n---\n{}",
                common::rendered(&lean),
                common::rendered(&outcome)
            ));
        }

        let dir = build_case(&pass);
        let outcome = common::check(dir.path());
        if !outcome.diagnostics.is_empty() {
            problems.push(format!(
                "{code}: the passing case reports:\n{}",
                common::listing(&outcome)
            ));
        }
    }
    assert!(problems.is_empty(), "\n{}", problems.join("\n\n"));
}

/// A file that fails to load silences a rule only for what its text names: a broken
/// process that does not mention the orphaned routine hides nothing (LSK105 still fires),
/// one that names it may be the process that uses it (LSK105 stays quiet).
#[test]
fn a_broken_file_silences_only_what_it_names() {
    let fixtures = common::manifest_dir().join("tests/fixtures/rules");
    for (mentions, expect_orphan) in [(false, true), (true, false)] {
        let dir = build_case(&fixtures.join("LSK105/fail"));
        let routine = if mentions { "RUT-NYCKLAR" } else { "RUT-ANNAN" };
        std::fs::write(
            dir.path().join("processer/trasig.yaml"),
            format!(
                "typ: process\nid: P-TRASIG\ntitel: [obalanserad\naktiviteter:\n  - rutiner: [{routine}]\n"
            ),
        )
        .unwrap();
        let outcome = common::check(dir.path());
        let codes: Vec<&str> = outcome.diagnostics.iter().map(|d| d.code).collect();
        assert!(codes.contains(&"LSK001"), "{codes:?}");
        assert_eq!(
            codes.contains(&"LSK105"),
            expect_orphan,
            "mentions={mentions}: {}",
            common::listing(&outcome)
        );
    }
}
