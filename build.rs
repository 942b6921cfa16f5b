//! The version `lsk --version` prints: the package's version and, when known, the git
//! revision it was built from: `LSK_GIT_REVISION` if set (the release workflow sets it),
//! else `git rev-parse --short HEAD` when this crate is the top of a git checkout. Built
//! from an sdist, a crate archive or without git, it is the version alone.
//!
//! Cargo reruns this only when HEAD or the branch it points to moves, so it causes no
//! rebuilds of its own.

use std::path::{Path, PathBuf};
use std::process::Command;

fn main() {
    println!("cargo:rerun-if-changed=build.rs");
    println!("cargo:rerun-if-env-changed=LSK_GIT_REVISION");
    let version = std::env::var("CARGO_PKG_VERSION").unwrap_or_default();
    let revision = std::env::var("LSK_GIT_REVISION")
        .ok()
        .map(|r| r.trim().to_string())
        .filter(|r| !r.is_empty())
        .or_else(git_revision);
    let text = match revision {
        Some(revision) => format!("{version} ({revision})"),
        None => version,
    };
    println!("cargo:rustc-env=LSK_VERSION={text}");
}

/// The short revision of HEAD, if the crate's folder is the top of a git work tree
/// (not a folder inside some other repository); also tells Cargo which files to watch.
fn git_revision() -> Option<String> {
    let dir = PathBuf::from(std::env::var_os("CARGO_MANIFEST_DIR")?);
    let output = Command::new("git")
        .arg("-C")
        .arg(&dir)
        .args(["rev-parse", "--show-toplevel", "--absolute-git-dir"])
        .args(["--git-common-dir", "--short", "HEAD"])
        .output()
        .ok()?;
    if !output.status.success() {
        return None;
    }
    let text = String::from_utf8(output.stdout).ok()?;
    let [top, git_dir, common_dir, revision] = text.lines().collect::<Vec<_>>()[..] else {
        return None;
    };
    if !same_path(Path::new(top), &dir) {
        return None;
    }
    let (git_dir, common_dir) = (Path::new(git_dir), dir.join(common_dir));
    watch(&git_dir.join("HEAD"));
    let head = std::fs::read_to_string(git_dir.join("HEAD")).unwrap_or_default();
    if let Some(reference) = head.trim().strip_prefix("ref: ") {
        let loose = common_dir.join(reference);
        if loose.is_file() {
            watch(&loose);
        } else if let Some(parent) = loose.parent().filter(|p| p.is_dir()) {
            // A packed branch gets a loose file again at its next commit.
            watch(parent);
        }
        watch(&common_dir.join("packed-refs"));
    }
    Some(revision.to_string())
}

/// Tells Cargo to rerun this script when `path` changes, if it exists (a path that does
/// not exist would make Cargo rerun it every time).
fn watch(path: &Path) {
    if path.exists() {
        println!("cargo:rerun-if-changed={}", path.display());
    }
}

fn same_path(a: &Path, b: &Path) -> bool {
    match (a.canonicalize(), b.canonicalize()) {
        (Ok(a), Ok(b)) => a == b,
        _ => false,
    }
}
