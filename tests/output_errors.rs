//! Output that cannot be written: a closed pipe (`lsk krav | head -1`) ends every command
//! quietly; a full device gives a message and exit status 2; bad numbers and dates are
//! refused with exit status 2, never a panic.
#![cfg(unix)]

mod common;

use std::process::{Command, Stdio};

fn lsk() -> Command {
    let mut cmd = Command::new(assert_cmd::cargo::cargo_bin("lsk"));
    cmd.env("LSK_TODAY", common::TODAY)
        .current_dir(common::manifest_dir().join("examples/omsorg"));
    cmd
}

const COMMANDS: &[&[&str]] = &[
    &["check"],
    &["check", "--format", "json"],
    &["due"],
    &["due", "--format", "ics"],
    &["krav"],
    &["rules"],
    &["explain", "LSK401"],
    &["report", "kvalitetsberättelse", "--year", "2026"],
    &["schema", "--help"],
];

#[test]
fn a_closed_pipe_ends_quietly() {
    for args in COMMANDS {
        let (reader, writer) = std::io::pipe().unwrap();
        drop(reader);
        let out = lsk()
            .args(*args)
            .stdout(Stdio::from(writer))
            .stderr(Stdio::piped())
            .output()
            .unwrap();
        let stderr = String::from_utf8_lossy(&out.stderr);
        assert_ne!(out.status.code(), Some(101), "lsk {args:?}: {stderr}");
        assert!(out.status.code().is_some(), "lsk {args:?} was killed");
        assert!(stderr.is_empty(), "lsk {args:?}: {stderr}");
    }
}

#[test]
fn a_full_device_is_an_error_with_a_message() {
    if !std::path::Path::new("/dev/full").exists() {
        return;
    }
    for args in COMMANDS {
        let full = std::fs::OpenOptions::new()
            .write(true)
            .open("/dev/full")
            .unwrap();
        let out = lsk()
            .args(*args)
            .stdout(Stdio::from(full))
            .stderr(Stdio::piped())
            .output()
            .unwrap();
        let stderr = String::from_utf8_lossy(&out.stderr);
        assert_eq!(out.status.code(), Some(2), "lsk {args:?}: {stderr}");
        assert!(
            stderr.contains("kunde inte skriva"),
            "lsk {args:?}: {stderr}"
        );
    }
}

#[test]
fn out_of_range_numbers_and_dates_are_refused() {
    let cases: &[&[&str]] = &[
        &["due", "--today", "9999-12-31"],
        &["due", "--within", "7304485"],
        &["check", "--today", "0001-01-01"],
    ];
    for args in cases {
        let out = lsk().args(*args).output().unwrap();
        let stderr = String::from_utf8_lossy(&out.stderr);
        assert_eq!(out.status.code(), Some(2), "lsk {args:?}: {stderr}");
    }
    // A setting out of range is reported where it is written, for every command.
    let dir = tempfile::tempdir().unwrap();
    common::copy_tree(&common::manifest_dir().join("examples/omsorg"), dir.path());
    let config = dir.path().join("lsk.yaml");
    let text = std::fs::read_to_string(&config).unwrap();
    let text: String = text
        .lines()
        .filter(|l| !l.starts_with("varning_dagar"))
        .map(|l| format!("{l}\n"))
        .collect();
    std::fs::write(&config, format!("{text}varning_dagar: 100000000\n")).unwrap();
    for args in [&["check"][..], &["due"]] {
        let out = lsk().args(args).current_dir(dir.path()).output().unwrap();
        let stderr = String::from_utf8_lossy(&out.stderr);
        assert_eq!(out.status.code(), Some(2), "lsk {args:?}: {stderr}");
        assert!(stderr.contains("varning_dagar"), "{stderr}");
        assert!(stderr.contains("0–3660"), "{stderr}");
    }
}
