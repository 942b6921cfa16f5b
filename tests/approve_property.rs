//! `approve` is safe for every header style `check` accepts: over generated variants of a
//! routine's header (plain, quoted, folded and literal values, flow-style headers, empty
//! values, comments, CRLF, a byte order mark, any key order), each approval either
//! refuses, or leaves a file that `check` accepts whose parsed header differs from the old
//! one only in the decision fields. A sample of refusals runs the real binary and checks
//! the file is byte for byte untouched; a second process that wrote meanwhile makes the
//! first refuse.

mod common;

use std::path::Path;

use lsk::check::Options;
use lsk::control::approve::approve;
use lsk::diagnostic::Severity;
use lsk::model::Date;
use lsk::syntax::source::split;
use lsk::syntax::yaml;

const WANTED: usize = 1000;
const ROUTINE: &str = "rutiner/fall.md";
const BODY: &str = "# Fallprevention\n\n## Syfte\nAtt förebygga fall.\n\n## Ansvar\nEnhetschef ansvarar.\n\n## Tillvägagångssätt\n1. Gör en fallriskbedömning.\n";

/// A small deterministic generator (xorshift), so a failure can be replayed by its seed.
struct Rng(u64);

impl Rng {
    fn next(&mut self) -> u64 {
        self.0 ^= self.0 << 13;
        self.0 ^= self.0 >> 7;
        self.0 ^= self.0 << 17;
        self.0
    }
    fn below(&mut self, n: usize) -> usize {
        (self.next() % n as u64) as usize
    }
    fn chance(&mut self, percent: usize) -> bool {
        self.below(100) < percent
    }
}

/// One value written in a random style, for a block mapping at `indent`.
fn styled(rng: &mut Rng, value: &str, indent: &str, nl: &str) -> String {
    let comment = if rng.chance(20) { "  # anm." } else { "" };
    match rng.below(8) {
        0 => format!("'{value}'{comment}"),
        1 => format!("\"{value}\"{comment}"),
        2 => format!(">-{comment}{nl}{indent}  {value}"),
        3 => format!("|-{nl}{indent}    {value}"),
        4 => format!(">{nl}{indent}  {value}{nl}"),
        5 => format!("{value}   {comment}"),
        _ => format!("{value}{comment}"),
    }
}

/// A routine header that may or may not pass `check`, and the text of the whole file.
fn variant(rng: &mut Rng) -> String {
    let nl = if rng.chance(20) { "\r\n" } else { "\n" };
    let draft = rng.chance(50);
    let mut fields: Vec<(&str, Option<String>)> = vec![
        ("id", Some("RUT-FALL".into())),
        ("titel", Some("Fallprevention".into())),
        (
            "status",
            Some(if draft { "utkast" } else { "gällande" }.into()),
        ),
        ("dokumentägare", Some("enhetschef".into())),
    ];
    // The decision fields: there, empty, or missing.
    for (key, value) in [
        ("beslutad_av", "enhetschef"),
        ("fastställd", "2025-03-01"),
        ("revideras_senast", "2026-03-01"),
    ] {
        match rng.below(4) {
            0 if draft => {}
            1 if draft => fields.push((key, None)),
            _ => fields.push((key, Some(value.into()))),
        }
    }
    if rng.chance(30) {
        // On or after the new decision's date: giltig_från before fastställd is an error.
        fields.push(("giltig_från", Some("2026-12-01".into())));
    }
    // Any order after `typ`.
    for i in (1..fields.len()).rev() {
        let j = rng.below(i + 1);
        fields.swap(i, j);
    }
    let bom = if rng.chance(5) { "\u{feff}" } else { "" };
    let header = if rng.chance(12) {
        // A flow-style header on one or several lines.
        let sep = if rng.chance(50) {
            ", ".to_string()
        } else {
            format!(",{nl}  ")
        };
        let mut entries = vec!["typ: rutin".to_string()];
        for (k, v) in &fields {
            entries.push(match v {
                Some(v) if rng.chance(30) => format!("{k}: \"{v}\""),
                Some(v) => format!("{k}: {v}"),
                None => format!("{k}: null"),
            });
        }
        entries.push("uppfyller: [\"4 kap. 4 §\"]".into());
        format!("{{{}}}{nl}", entries.join(&sep))
    } else {
        let indent = if rng.chance(10) { "  " } else { "" };
        let mut lines = vec![format!("{indent}typ: rutin")];
        for (k, v) in &fields {
            if rng.chance(10) {
                lines.push(format!("{indent}# Kommentar före {k}"));
            }
            let colon = if rng.chance(10) { ":   " } else { ": " };
            lines.push(match v {
                Some(v) => format!("{indent}{k}{colon}{}", styled(rng, v, indent, nl)),
                None if rng.chance(50) => format!("{indent}{k}:"),
                None => format!("{indent}{k}: ~"),
            });
        }
        lines.push(format!("{indent}uppfyller: [\"4 kap. 4 §\"]"));
        let mut text = String::new();
        for line in lines {
            text.push_str(&line);
            if !line.ends_with(nl) {
                text.push_str(nl);
            }
        }
        text
    };
    format!("{bom}---{nl}{header}---{nl}{}", BODY.replace('\n', nl))
}

fn options() -> Options {
    common::options()
}

fn errors_in(dir: &Path, file: &str) -> Vec<String> {
    let outcome = common::check(dir);
    outcome
        .diagnostics
        .iter()
        .filter(|d| d.severity == Severity::Error && d.file == file)
        .map(|d| format!("{} {}:{} {}", d.code, d.line, d.column, d.message))
        .collect()
}

/// The parsed header as JSON, without the fields approve may set.
fn header_without_decision(path: &str, text: &str) -> (serde_json::Value, serde_json::Value) {
    let split = split(path, text);
    let (lsk::syntax::Split::FrontMatter { header, .. } | lsk::syntax::Split::Yaml { header }) =
        split
    else {
        panic!("no header in {text:?}");
    };
    let node = yaml::parse(&text[header.start..header.end], header.start).expect("parses");
    let json = node.to_json();
    let mut rest = json.clone();
    for key in [
        "beslutad_av",
        "fastställd",
        "revideras_senast",
        "kontrollsumma",
        "status",
    ] {
        rest.as_object_mut().unwrap().remove(key);
    }
    (rest, json)
}

#[test]
fn approve_changes_only_the_decision_or_refuses() {
    let dir = common::base_repository();
    common::use_routine_in_sabo(dir.path(), "RUT-FALL");
    let path = dir.path().join(ROUTINE);
    let today = Date::parse(common::TODAY).unwrap();
    let date = Date::parse("2026-11-20").unwrap();

    let mut rng = Rng(0x5eed_1a5c_0ffe_e123);
    let (mut tried, mut approved, mut refused) = (0, 0, Vec::new());
    let mut failures = Vec::new();
    while tried < WANTED {
        let seed = rng.0;
        let original = variant(&mut rng);
        std::fs::write(&path, &original).unwrap();
        if !errors_in(dir.path(), ROUTINE).is_empty() {
            continue; // Not a variant `check` accepts.
        }
        tried += 1;
        let (root, mut loaded) = lsk::check::load(dir.path(), &options()).unwrap();
        match approve(&mut loaded, "RUT-FALL", "mas", date, today) {
            Err(why) => {
                refused.push(format!("seed {seed:#x}: {why:?}\n{original}"));
                // Sampled through the binary: a refusal leaves the file untouched.
                if refused.len() % 5 == 1 {
                    let (code, _, _) = common::lsk_in(
                        dir.path(),
                        &["approve", "RUT-FALL", "--by", "mas", "--date", "2026-11-20"],
                    );
                    assert_eq!(code, 2);
                    assert_eq!(std::fs::read_to_string(&path).unwrap(), original);
                }
            }
            Ok(done) => {
                lsk::fs::replace(
                    &root,
                    &done.path,
                    done.original.as_bytes(),
                    done.text.as_bytes(),
                )
                .unwrap();
                approved += 1;
                let errors = errors_in(dir.path(), ROUTINE);
                let (old_rest, _) = header_without_decision(ROUTINE, &original);
                let (new_rest, new) = header_without_decision(ROUTINE, &done.text);
                let decided = new["fastställd"] == "2026-11-20"
                    && new["beslutad_av"] == "mas"
                    && new["revideras_senast"] == done.review_by.to_string()
                    && new["status"] == "gällande";
                let body_kept = done.text.ends_with(&BODY.replace('\n', {
                    if original.contains("\r\n") {
                        "\r\n"
                    } else {
                        "\n"
                    }
                }));
                if !errors.is_empty() || old_rest != new_rest || !decided || !body_kept {
                    failures.push(format!(
                        "seed {seed:#x}: errors {errors:?}, rest kept {}, decided {decided}, body kept {body_kept}\n--- before\n{original}\n--- after\n{}",
                        old_rest == new_rest,
                        done.text
                    ));
                }
            }
        }
    }
    assert!(
        failures.is_empty(),
        "{} of {approved} approvals broke the file:\n{}",
        failures.len(),
        failures[..failures.len().min(3)].join("\n\n")
    );
    // Refusing everything would be safe and useless: nearly every style is edited.
    assert!(
        refused.len() * 50 <= tried,
        "{} of {tried} variants refused, e.g.:\n{}",
        refused.len(),
        refused[..refused.len().min(3)].join("\n\n")
    );
    assert!(tried >= WANTED && approved + refused.len() == tried);
}

#[test]
fn a_file_changed_by_another_process_is_not_overwritten() {
    let dir = common::base_repository();
    let today = Date::parse(common::TODAY).unwrap();
    // This process reads and prepares its decision ...
    let (root, mut loaded) = lsk::check::load(dir.path(), &options()).unwrap();
    let mine = approve(
        &mut loaded,
        "RUT-INFLYTT",
        "mas",
        Date::parse("2026-11-20").unwrap(),
        today,
    )
    .unwrap();
    // ... another `lsk approve` records its decision meanwhile ...
    let (code, _, stderr) = common::lsk_in(
        dir.path(),
        &[
            "approve",
            "RUT-INFLYTT",
            "--by",
            "enhetschef",
            "--date",
            "2026-11-21",
        ],
    );
    assert_eq!(code, 0, "{stderr}");
    let theirs = std::fs::read_to_string(root.join(&mine.path)).unwrap();
    assert!(theirs.contains("2026-11-21"));
    // ... so this one refuses, and their decision stands.
    let result = lsk::fs::replace(
        &root,
        &mine.path,
        mine.original.as_bytes(),
        mine.text.as_bytes(),
    );
    assert!(
        matches!(result, Err(lsk::fs::Refusal::Changed)),
        "{result:?}"
    );
    assert_eq!(
        std::fs::read_to_string(root.join(&mine.path)).unwrap(),
        theirs
    );
}
