//! The bad-input corpus: every folder in `tests/corpus/` is a tiny repository (a valid
//! `lsk.yaml` plus one or a few documents that are wrong in one specific way). For each
//! case the real binary runs `check --format json`; it must not panic, hang or write, every
//! diagnostic must be located, there must be a finding about the bad document, and no
//! personnummer may appear in the output. The findings are kept as insta snapshots,
//! `tests/snapshots/corpus-<case>.snap`.
//!
//! Refresh the snapshots with `INSTA_UPDATE=always cargo test --test corpus` (or
//! `cargo insta test --test corpus --review`).

use std::collections::BTreeMap;
use std::path::{Path, PathBuf};
use std::time::{Duration, Instant};

use assert_cmd::Command;
use serde_json::Value;

const TODAY: &str = "2026-11-24";
const TIMEOUT: Duration = Duration::from_secs(20);

/// Skatteverket's test personnummer, in the forms that must never reach the output.
const PERSONNUMMER: [&str; 4] = ["19121212-1212", "191212121212", "121212-1212", "1212121212"];

/// Diagnostics about the repository as a whole (all located at `lsk.yaml`, which is the
/// same valid file in every case) are folded into one line of codes, so that each snapshot
/// shows the findings about the bad documents and not 25 lines of repository-wide noise.
const FOLD_REPOSITORY_WIDE: bool = true;

/// Longest message kept whole in a snapshot; longer ones are cut and their length noted.
const MAX_MESSAGE: usize = 300;

fn manifest_dir() -> PathBuf {
    PathBuf::from(env!("CARGO_MANIFEST_DIR"))
}

fn cases() -> Vec<(String, PathBuf)> {
    let root = manifest_dir().join("tests/corpus");
    let mut cases: Vec<(String, PathBuf)> = std::fs::read_dir(&root)
        .unwrap_or_else(|e| panic!("cannot read {}: {e}", root.display()))
        .map(|e| e.unwrap())
        .filter(|e| e.file_type().unwrap().is_dir())
        .map(|e| (e.file_name().to_string_lossy().into_owned(), e.path()))
        .collect();
    cases.sort();
    cases
}

/// Every path below `dir` (relative, sorted) with its kind and contents.
fn tree(dir: &Path) -> BTreeMap<String, Option<Vec<u8>>> {
    fn walk(base: &Path, dir: &Path, out: &mut BTreeMap<String, Option<Vec<u8>>>) {
        for entry in std::fs::read_dir(dir).unwrap() {
            let entry = entry.unwrap();
            let path = entry.path();
            let rel = path
                .strip_prefix(base)
                .unwrap()
                .to_string_lossy()
                .into_owned();
            let kind = entry.file_type().unwrap();
            if kind.is_dir() {
                out.insert(format!("{rel}/"), None);
                walk(base, &path, out);
            } else if kind.is_symlink() {
                let target = std::fs::read_link(&path).unwrap();
                out.insert(format!("{rel} -> {}", target.display()), None);
            } else {
                out.insert(rel, Some(std::fs::read(&path).unwrap()));
            }
        }
    }
    let mut out = BTreeMap::new();
    walk(dir, dir, &mut out);
    out
}

/// Control, invisible and bidi characters written as `\u{..}`, so that snapshots stay
/// plain text and show exactly what the tool printed.
fn visible(s: &str) -> String {
    let mut out = String::with_capacity(s.len());
    for c in s.chars() {
        let invisible = c.is_control()
            || matches!(c, '\u{200b}'..='\u{200f}' | '\u{202a}'..='\u{202e}' | '\u{2066}'..='\u{2069}' | '\u{feff}');
        if invisible {
            out.push_str(&format!("\\u{{{:x}}}", c as u32));
        } else {
            out.push(c);
        }
    }
    out
}

fn shorten(s: &str) -> String {
    let n = s.chars().count();
    if n <= MAX_MESSAGE {
        s.to_string()
    } else {
        let head: String = s.chars().take(MAX_MESSAGE).collect();
        format!("{head}… [{n} tecken]")
    }
}

/// Where a full personnummer appears in `text`: the literal forms, and any run of digits
/// and separators (space, no-break space, hyphens, dashes, plus) that holds ten test digits.
fn personnummer_leaks(text: &str) -> Vec<String> {
    let mut found: Vec<String> = PERSONNUMMER
        .iter()
        .filter(|p| text.contains(*p))
        .map(|p| format!("`{p}`"))
        .collect();
    let separator = |c: char| {
        matches!(
            c,
            ' ' | '-'
                | '+'
                | '\u{a0}'
                | '\u{2010}'
                | '\u{2011}'
                | '\u{2012}'
                | '\u{2013}'
                | '\u{2014}'
                | '\u{2212}'
                | '\u{202f}'
        )
    };
    let mut run = String::new();
    let mut digits = String::new();
    for c in text.chars().chain(std::iter::once('\n')) {
        if c.is_ascii_digit() || (separator(c) && !run.is_empty()) {
            run.push(c);
            if c.is_ascii_digit() {
                digits.push(c);
            }
        } else {
            if digits.contains("1212121212") && !PERSONNUMMER.iter().any(|p| run.contains(p)) {
                found.push(format!("`{}` (with separators)", visible(run.trim())));
            }
            run.clear();
            digits.clear();
        }
    }
    found
}

/// Runs one case; returns its snapshot text and the failed assertions.
fn run_case(name: &str, dir: &Path) -> (String, Vec<String>) {
    let mut failures = Vec::new();
    let rel = dir.strip_prefix(manifest_dir()).unwrap_or(dir);
    let before = tree(dir);

    let started = Instant::now();
    let out = Command::cargo_bin("lsk")
        .unwrap()
        .current_dir(manifest_dir())
        .args(["check", "--format", "json", "--today", TODAY])
        .arg(rel)
        .timeout(TIMEOUT)
        .output()
        .unwrap_or_else(|e| panic!("{name}: cannot run lsk: {e}"));
    let elapsed = started.elapsed();
    let stdout = String::from_utf8_lossy(&out.stdout).into_owned();
    let stderr = String::from_utf8_lossy(&out.stderr).into_owned();
    let stderr_head: String = stderr.chars().take(600).collect();

    if tree(dir) != before {
        failures.push("`check` modified the case directory".to_string());
    }
    for leak in personnummer_leaks(&stdout) {
        failures.push(format!("stdout contains a personnummer: {leak}"));
    }
    for leak in personnummer_leaks(&stderr) {
        failures.push(format!("stderr contains a personnummer: {leak}"));
    }

    let code = match out.status.code() {
        Some(code) => code,
        None => {
            #[cfg(unix)]
            let how = {
                use std::os::unix::process::ExitStatusExt;
                match out.status.signal() {
                    Some(_) if elapsed >= TIMEOUT => {
                        format!("killed after the {TIMEOUT:?} time limit (hang)")
                    }
                    Some(sig) => format!("killed by signal {sig}"),
                    None => "no exit code".to_string(),
                }
            };
            #[cfg(not(unix))]
            let how = format!("no exit code after {elapsed:?}");
            failures.push(format!("lsk was {how}; stderr: {}", visible(&stderr_head)));
            return (format!("killed: {how}\n"), failures);
        }
    };
    let mut text = format!("exit {code}\n");
    if code == 101 {
        failures.push(format!(
            "lsk panicked (exit 101): {}",
            visible(&stderr_head)
        ));
    } else if !(0..=2).contains(&code) {
        failures.push(format!(
            "unexpected exit code {code}: {}",
            visible(&stderr_head)
        ));
    }
    if code != 0 && code != 1 {
        for line in stderr.lines().take(20) {
            text.push_str(&format!("stderr: {}\n", shorten(&visible(line))));
        }
        return (text, failures);
    }

    let json: Value = match serde_json::from_str(&stdout) {
        Ok(json) => json,
        Err(e) => {
            failures.push(format!(
                "stdout is not JSON ({e}); stderr: {}",
                visible(&stderr_head)
            ));
            return (text, failures);
        }
    };
    let Some(diags) = json["diagnostics"].as_array() else {
        failures.push("JSON has no `diagnostics` array".to_string());
        return (text, failures);
    };

    let mut folded: BTreeMap<String, usize> = BTreeMap::new();
    let mut about_documents = 0;
    for d in diags {
        let code = d["code"].as_str().unwrap_or("?");
        let file = d["file"].as_str().unwrap_or("");
        let line = d["line"].as_u64().unwrap_or(0);
        let column = d["column"].as_u64().unwrap_or(0);
        let message = d["message"].as_str().unwrap_or("");
        if file.is_empty() || line < 1 || column < 1 {
            failures.push(format!(
                "unlocated diagnostic: {code} file={:?} line={} column={}: {}",
                d["file"],
                d["line"],
                d["column"],
                shorten(&visible(message))
            ));
        }
        if FOLD_REPOSITORY_WIDE && file == "lsk.yaml" && line == 1 && column == 1 {
            *folded.entry(code.to_string()).or_default() += 1;
            continue;
        }
        if file != "lsk.yaml" {
            about_documents += 1;
        }
        text.push_str(&format!(
            "{code} {}:{line}:{column} {}\n",
            visible(file),
            shorten(&visible(message))
        ));
    }
    if !folded.is_empty() {
        let codes: Vec<String> = folded
            .iter()
            .map(|(c, n)| {
                if *n == 1 {
                    c.clone()
                } else {
                    format!("{c}×{n}")
                }
            })
            .collect();
        text.push_str(&format!(
            "lsk.yaml:1:1 (hela förrådet) {}\n",
            codes.join(" ")
        ));
    }
    if about_documents == 0 {
        failures.push(format!(
            "no diagnostic about the bad document(s) ({} in all, all at lsk.yaml)",
            diags.len()
        ));
    }
    (text, failures)
}

#[test]
fn corpus_of_bad_inputs() {
    let cases = cases();
    assert!(
        cases.len() >= 64,
        "only {} cases in tests/corpus",
        cases.len()
    );

    let mut failures: Vec<String> = Vec::new();
    for (name, dir) in &cases {
        let (text, case_failures) = run_case(name, dir);
        for f in case_failures {
            failures.push(format!("{name}: {f}"));
        }

        let mut settings = insta::Settings::clone_current();
        settings.set_prepend_module_to_snapshot(false);
        settings.set_omit_expression(true);
        settings.set_description(format!(
            "lsk check --format json --today {TODAY} tests/corpus/{name}"
        ));
        let snapshot = settings.bind(|| {
            std::panic::catch_unwind(std::panic::AssertUnwindSafe(|| {
                insta::assert_snapshot!(format!("corpus-{name}"), text);
            }))
        });
        if snapshot.is_err() {
            failures.push(format!("{name}: snapshot corpus-{name} differs"));
        }
    }

    assert!(
        failures.is_empty(),
        "{} of {} corpus cases failed:\n{}",
        failures.len(),
        cases.len(),
        failures.join("\n")
    );
}
