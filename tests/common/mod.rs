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
    }
}

pub fn check(path: &Path) -> Outcome {
    match lsk::check::check(path, &options()) {
        Ok(o) => o,
        Err(e) => panic!("check {} could not run: {e:?}", path.display()),
    }
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
