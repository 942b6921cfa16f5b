//! The commands that write touch only what they own: `approve` updates a symlinked
//! document at its target and refuses read-only or locked files; `new` does not write
//! through a folder link that leads out of the root; `report -o` never overwrites
//! `lsk.yaml` or a document and creates no folders; `init` writes all or nothing.
#![cfg(unix)]

mod common;

use std::os::unix::fs::{PermissionsExt, symlink};
use std::path::Path;

fn base() -> tempfile::TempDir {
    common::base_repository()
}

fn approve(dir: &Path) -> (i32, String, String) {
    common::lsk_in(
        dir,
        &[
            "approve",
            "RUT-INFLYTT",
            "--by",
            "mas",
            "--date",
            "2026-11-20",
        ],
    )
}

#[test]
fn approve_updates_a_symlinked_document_at_its_target() {
    let dir = base();
    let root = dir.path();
    // The document lives in a hidden folder (not walked), reached through a link.
    std::fs::create_dir(root.join(".delat")).unwrap();
    std::fs::rename(
        root.join("rutiner/inflytt.md"),
        root.join(".delat/inflytt.md"),
    )
    .unwrap();
    symlink("../.delat/inflytt.md", root.join("rutiner/inflytt.md")).unwrap();
    let (code, _, stderr) = approve(root);
    assert_eq!(code, 0, "{stderr}");
    let link = std::fs::symlink_metadata(root.join("rutiner/inflytt.md")).unwrap();
    assert!(
        link.file_type().is_symlink(),
        "the link was replaced by a file"
    );
    let target = std::fs::read_to_string(root.join(".delat/inflytt.md")).unwrap();
    assert!(target.contains("fastställd: 2026-11-20"), "{target}");
}

#[test]
fn approve_refuses_a_read_only_or_locked_file_and_changes_nothing() {
    let dir = base();
    let root = dir.path();
    let file = root.join("rutiner/inflytt.md");
    let before = std::fs::read(&file).unwrap();

    std::fs::set_permissions(&file, std::fs::Permissions::from_mode(0o444)).unwrap();
    let (code, _, stderr) = approve(root);
    assert_eq!(code, 2);
    assert!(stderr.contains("skrivskyddad"), "{stderr}");
    assert_eq!(std::fs::read(&file).unwrap(), before);
    let mode = std::fs::metadata(&file).unwrap().permissions().mode() & 0o777;
    assert_eq!(mode, 0o444);

    std::fs::set_permissions(&file, std::fs::Permissions::from_mode(0o644)).unwrap();
    let lock = root.join("rutiner/.inflytt.md.lsk-lock");
    std::fs::write(&lock, "").unwrap();
    let (code, _, stderr) = approve(root);
    assert_eq!(code, 2);
    assert!(stderr.contains("en annan lsk"), "{stderr}");
    assert_eq!(std::fs::read(&file).unwrap(), before);
    std::fs::remove_file(&lock).unwrap();
    let (code, _, stderr) = approve(root);
    assert_eq!(code, 0, "{stderr}");
    assert!(!lock.exists(), "the lock is removed after the write");
}

#[test]
fn new_does_not_write_through_a_folder_link_out_of_the_root() {
    let dir = base();
    let outside = tempfile::tempdir().unwrap();
    let root = dir.path();
    // `rutiner/` is a link to a folder outside the repository.
    std::fs::remove_dir_all(root.join("rutiner")).unwrap();
    symlink(outside.path(), root.join("rutiner")).unwrap();
    let (code, _, stderr) = common::lsk_in(root, &["new", "rutin", "Nycklar"]);
    assert_eq!(code, 2, "{stderr}");
    assert!(stderr.contains("ut ur förrådet"), "{stderr}");
    assert_eq!(std::fs::read_dir(outside.path()).unwrap().count(), 0);
}

#[test]
fn report_output_never_overwrites_the_repository_or_creates_folders() {
    let dir = base();
    let root = dir.path();
    let config = std::fs::read(root.join("lsk.yaml")).unwrap();
    let routine = std::fs::read(root.join("rutiner/inflytt.md")).unwrap();
    let report = |out: &str| {
        common::lsk_in(
            root,
            &[
                "report",
                "kvalitetsberättelse",
                "--year",
                "2026",
                "-o",
                &root.join(out).to_string_lossy(),
            ],
        )
    };
    for target in ["lsk.yaml", "rutiner/inflytt.md"] {
        let (code, _, stderr) = report(target);
        assert_eq!(code, 2, "{target}: {stderr}");
    }
    assert_eq!(std::fs::read(root.join("lsk.yaml")).unwrap(), config);
    assert_eq!(
        std::fs::read(root.join("rutiner/inflytt.md")).unwrap(),
        routine
    );

    let (code, _, stderr) = report("rapporter/2026/kb.md");
    assert_eq!(code, 2, "{stderr}");
    assert!(stderr.contains("mappen finns inte"), "{stderr}");
    assert!(!root.join("rapporter").exists());

    let (code, _, stderr) = report("kb.md");
    assert_eq!(code, 0, "{stderr}");
    // A report written before may be replaced by a new one.
    let (code, _, stderr) = report("kb.md");
    assert_eq!(code, 0, "{stderr}");
}

#[test]
fn init_writes_everything_or_nothing() {
    let dir = tempfile::tempdir().unwrap();
    let target = dir.path().join("nytt");
    std::fs::create_dir(&target).unwrap();
    // A file where init needs a folder: a write fails half-way.
    std::fs::write(target.join("ansvar"), "i vägen").unwrap();
    let init = || {
        assert_cmd::Command::cargo_bin("lsk")
            .unwrap()
            .args(["init", "--today", common::TODAY])
            .arg(&target)
            .output()
            .unwrap()
    };
    let out = init();
    assert_eq!(out.status.code(), Some(2));
    let left: Vec<String> = std::fs::read_dir(&target)
        .unwrap()
        .map(|e| e.unwrap().file_name().to_string_lossy().into_owned())
        .collect();
    assert_eq!(left, vec!["ansvar"], "half a repository was left");

    std::fs::remove_file(target.join("ansvar")).unwrap();
    let out = init();
    assert_eq!(
        out.status.code(),
        Some(0),
        "{}",
        String::from_utf8_lossy(&out.stderr)
    );
    let outcome = common::check(&target);
    assert!(!outcome.failed(false), "{}", common::listing(&outcome));
}
