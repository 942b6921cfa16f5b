//! Helpers shared by the integration tests.
#![allow(dead_code)]

use std::path::{Path, PathBuf};

use lsk::check::{Options, Outcome};
use lsk::model::Date;

/// The fixed "today" of every test: the example repositories are dated for it.
pub const TODAY: &str = "2026-11-24";

pub fn manifest_dir() -> PathBuf {
    PathBuf::from(env!("CARGO_MANIFEST_DIR"))
}

pub fn options() -> Options {
    Options {
        today: Date::parse(TODAY),
        lang: None,
        ..Default::default()
    }
}

pub fn check(path: &Path) -> Outcome {
    match lsk::check::check(path, &options()) {
        Ok(o) => o,
        Err(e) => panic!("check {} could not run: {e:?}", path.display()),
    }
}

/// A copy of the clean repository the rule fixtures are laid over
/// (`tests/fixtures/rules/_base`), in a temporary folder.
pub fn base_repository() -> tempfile::TempDir {
    let dir = tempfile::tempdir().unwrap();
    copy_tree(
        &manifest_dir().join("tests/fixtures/rules/_base"),
        dir.path(),
    );
    dir
}

/// Adds routine `id` to the base repository's P-SÄBO activity, so that it is in use.
pub fn use_routine_in_sabo(root: &Path, id: &str) {
    edit(
        &root.join("processer/sabo.yaml"),
        "rutiner: [RUT-INFLYTT, CHK-VÄLKOMST]",
        &format!("rutiner: [RUT-INFLYTT, CHK-VÄLKOMST, {id}]"),
    );
}

/// Copies `from` into `to` recursively (files and folders; symlinks are not followed).
pub fn copy_tree(from: &Path, to: &Path) {
    for entry in std::fs::read_dir(from).unwrap() {
        let entry = entry.unwrap();
        let target = to.join(entry.file_name());
        let kind = entry.file_type().unwrap();
        if kind.is_dir() {
            std::fs::create_dir_all(&target).unwrap();
            copy_tree(&entry.path(), &target);
        } else if kind.is_file() {
            std::fs::copy(entry.path(), &target).unwrap();
        }
    }
}

/// One line per diagnostic: `file:line:column code message`.
pub fn listing(outcome: &Outcome) -> String {
    outcome
        .diagnostics
        .iter()
        .map(|d| {
            format!(
                "{}:{}:{} {} {} {}{}",
                d.file,
                d.line,
                d.column,
                d.severity,
                d.code,
                d.message,
                d.help
                    .as_ref()
                    .map(|h| format!(" [{h}]"))
                    .unwrap_or_default()
            )
        })
        .collect::<Vec<_>>()
        .join("\n")
}

/// Runs git in `dir` as `author` at `date` (10:00, CET), for commits with fixed authors and
/// dates; panics if git fails.
pub fn git(dir: &Path, author: &str, date: &str, args: &[&str]) {
    let out = std::process::Command::new("git")
        .args(args)
        .current_dir(dir)
        .env("GIT_AUTHOR_NAME", author)
        .env("GIT_AUTHOR_EMAIL", "kvalitet@example.invalid")
        .env("GIT_COMMITTER_NAME", author)
        .env("GIT_COMMITTER_EMAIL", "kvalitet@example.invalid")
        .env("GIT_AUTHOR_DATE", format!("{date}T10:00:00+01:00"))
        .env("GIT_COMMITTER_DATE", format!("{date}T10:00:00+01:00"))
        .output()
        .expect("git");
    assert!(
        out.status.success(),
        "git {args:?}: {}",
        String::from_utf8_lossy(&out.stderr)
    );
}

/// Commits everything in `dir`.
pub fn commit(dir: &Path, author: &str, date: &str, message: &str) {
    git(dir, author, date, &["add", "-A"]);
    git(dir, author, date, &["commit", "-q", "-m", message]);
}

/// Replaces the first `from` in a file with `to` (which must be there).
pub fn edit(path: &Path, from: &str, to: &str) {
    let text = std::fs::read_to_string(path).unwrap();
    assert!(text.contains(from), "{from:?} not in {}", path.display());
    std::fs::write(path, text.replacen(from, to, 1)).unwrap();
}

/// Runs `lsk ARGS --today TODAY --path DIR`: (exit code, stdout, stderr).
pub fn lsk_in(dir: &Path, args: &[&str]) -> (i32, String, String) {
    let out = assert_cmd::Command::cargo_bin("lsk")
        .unwrap()
        .args(args)
        .args(["--today", TODAY, "--path"])
        .arg(dir)
        .output()
        .unwrap();
    (
        out.status.code().unwrap(),
        String::from_utf8_lossy(&out.stdout).into_owned(),
        String::from_utf8_lossy(&out.stderr).into_owned(),
    )
}

/// `check` as `lsk check` runs it: keeping of the texts only what the findings need.
pub fn check_lean(path: &Path) -> Outcome {
    let options = Options {
        lean: true,
        ..options()
    };
    match lsk::check::check(path, &options) {
        Ok(o) => o,
        Err(e) => panic!("check {} could not run: {e:?}", path.display()),
    }
}

/// The findings as `lsk check` prints them for a person (code frames included), and as
/// JSON.
pub fn rendered(outcome: &Outcome) -> String {
    use lsk::output::diagnostics::{Findings, Human, Json};
    let findings = Findings::of(outcome, ".");
    let mut out = Vec::new();
    let human = Human {
        color: false,
        width: 100,
        ..Human::default()
    };
    lsk::output::Render::render(&human, &findings, &mut out).unwrap();
    lsk::output::Render::render(&Json, &findings, &mut out).unwrap();
    String::from_utf8(out).unwrap()
}
