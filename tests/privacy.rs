//! A personnummer never leaves `lsk`: every command, in every format, run over a
//! repository full of (Skatteverket's test) numbers — in documents, in a title, in a file
//! that does not load, in Markdown without front matter, in a `.MD` file, in an id, in a
//! commit message and an author's name — prints none of them in full. LSK401 finds each
//! planted number, and `lsk report` and `lsk graph -o` refuse instead of publishing.

mod common;

use std::path::Path;
use std::process::Command as Process;

/// Skatteverket's test numbers, in the separators people write.
const NUMBERS: &[&str] = &[
    "19121212-1212",
    "191212121212",
    "121212-1212",
    "1212121212",
    "121212+1212",
    "19121212 1212",
    "19121212\u{2013}1212",
    "19121212\u{a0}1212",
    "19121212\u{2011}1212",
    "１９１２１２１２－１２１２",
    "191212721219",
];

fn git(dir: &Path, args: &[&str], author: &str) {
    let out = Process::new("git")
        .args(["-c", &format!("user.name={author}")])
        .args(["-c", "user.email=kvalitet@example.invalid"])
        .args(args)
        .env("GIT_AUTHOR_DATE", "2026-03-02T10:00:00+01:00")
        .env("GIT_COMMITTER_DATE", "2026-03-02T10:00:00+01:00")
        .current_dir(dir)
        .output()
        .expect("git");
    assert!(
        out.status.success(),
        "{}",
        String::from_utf8_lossy(&out.stderr)
    );
}

/// The example repository in a git repository, committed.
fn committed_example() -> tempfile::TempDir {
    let dir = tempfile::tempdir().unwrap();
    let root = dir.path();
    common::copy_tree(&common::manifest_dir().join("examples/omsorg"), root);
    git(root, &["init", "-q"], "Kvalitetsutvecklare");
    git(root, &["add", "-A"], "Kvalitetsutvecklare");
    git(
        root,
        &["commit", "-qm", "Ledningssystemet"],
        "Kvalitetsutvecklare",
    );
    dir
}

/// The example repository, committed, then given numbers everywhere and committed again.
fn repository_full_of_numbers() -> tempfile::TempDir {
    let dir = committed_example();
    let root = dir.path();

    let routine = root.join("rutiner/inflyttning-sarskilt-boende.md");
    let text = std::fs::read_to_string(&routine).unwrap();
    let mut planted = String::from("\n## Exempel\n");
    for n in NUMBERS {
        planted.push_str(&format!("- Brukare {n} flyttade in.\n"));
    }
    std::fs::write(&routine, format!("{text}{planted}")).unwrap();
    common::edit(&routine, "titel: ", "titel: Brukare 19121212-1212 och ");
    // A file that does not load, Markdown without front matter, an upper-case extension,
    // and an id that is a number.
    std::fs::write(
        root.join("rutiner/trasig.md"),
        "---\ntyp: rutinn\nid: RUT-TRASIG\ntitel: Om 121212-1212\n---\n# Text\n",
    )
    .unwrap();
    std::fs::write(root.join("ANTECKNING.MD"), "Ring 19121212-1212 i morgon.\n").unwrap();
    std::fs::write(
        root.join("läs-mig.md"),
        "# Läs mig\nTestperson 191212121212.\n",
    )
    .unwrap();
    std::fs::write(
        root.join("rutiner/nummer.md"),
        "---\ntyp: rutin\nid: \"121212-1212\"\ntitel: Nummer\ndokumentägare: enhetschef\n---\n# N\n",
    )
    .unwrap();
    git(root, &["add", "-A"], "Handläggare 19121212-1212");
    git(
        root,
        &["commit", "-qm", "Exempel med 19121212-1212 och 121212-1212"],
        "Handläggare 19121212-1212",
    );
    dir
}

fn run(dir: &Path, args: &[&str]) -> (i32, String) {
    let out = assert_cmd::Command::cargo_bin("lsk")
        .unwrap()
        .args(args)
        .env("LSK_TODAY", common::TODAY)
        .current_dir(dir)
        .output()
        .unwrap();
    let code = out.status.code().expect("lsk was killed");
    let text = format!(
        "{}{}",
        String::from_utf8_lossy(&out.stdout),
        String::from_utf8_lossy(&out.stderr)
    );
    (code, text)
}

#[test]
fn no_command_prints_a_number_in_full() {
    let dir = repository_full_of_numbers();
    let root = dir.path();
    let commands: &[&[&str]] = &[
        &["check"],
        &["check", "--format", "json"],
        &["check", "--format", "sarif"],
        &["check", "--format", "github"],
        &["check", "--format", "gitlab"],
        &["check", "--lang", "en"],
        &["due"],
        &["due", "--format", "json"],
        &["due", "--format", "ics"],
        &["krav"],
        &["krav", "--json"],
        &["rules"],
        &["explain", "LSK401"],
        &["log", "RUT-INFLYTT"],
        &["log", "RUT-INFLYTT", "--format", "json"],
        &["changes", "--since", "2026-01-01"],
        &["changes", "--since", "2026-01-01", "--format", "json"],
        &["report", "kvalitetsberättelse", "--year", "2026"],
        &[
            "report",
            "kvalitetsberättelse",
            "--year",
            "2026",
            "--format",
            "html",
        ],
        &[
            "report",
            "kvalitetsberättelse",
            "--year",
            "2026",
            "--format",
            "json",
        ],
        &["report", "patientsäkerhetsberättelse", "--year", "2026"],
        &["approve", "121212-1212", "--by", "19121212-1212"],
        &["approve", "RUT-INFLYTT", "--by", "mas"],
        &["new", "rutin", "--titel", "Om 19121212-1212"],
        &["new", "rutin", "Om 19121212-1212"],
        &["due", "--owner", "19121212-1212"],
        &["graph", "P-SÄBO"],
        &["graph", "P-SÄBO", "--format", "mermaid"],
        &["graph", "P-SÄBO", "--format", "dot"],
        &["graph", "19121212-1212"],
        &["matrix", "ansvar"],
        &["matrix", "ansvar", "--format", "html"],
        &["matrix", "krav", "--format", "csv"],
        &["matrix", "krav", "--format", "json"],
        &["check", "--today", "19121212-1212"],
    ];
    let mut leaks = Vec::new();
    for args in commands {
        let (code, out) = run(root, args);
        assert_ne!(code, 101, "lsk {args:?} panicked: {out}");
        let found = lsk::identity::find(&out);
        if !found.is_empty() {
            let shown: Vec<&str> = found.iter().map(|f| &out[f.range.clone()]).collect();
            leaks.push(format!("lsk {args:?}: {shown:?}"));
        }
    }
    assert!(
        leaks.is_empty(),
        "numbers printed in full:\n{}",
        leaks.join("\n")
    );
}

#[test]
fn every_planted_number_is_found_and_the_report_refuses() {
    let dir = repository_full_of_numbers();
    let root = dir.path();
    let (code, out) = run(root, &["check", "--format", "json"]);
    assert_eq!(code, 1);
    let json: serde_json::Value = serde_json::from_str(&out).unwrap();
    let hits: Vec<(String, u64)> = json["diagnostics"]
        .as_array()
        .unwrap()
        .iter()
        .filter(|d| d["code"] == "LSK401")
        .map(|d| {
            (
                d["file"].as_str().unwrap().to_string(),
                d["line"].as_u64().unwrap(),
            )
        })
        .collect();
    let in_file = |f: &str| hits.iter().filter(|(file, _)| file == f).count();
    // Every separator, the title, and each kind of file.
    assert_eq!(
        in_file("rutiner/inflyttning-sarskilt-boende.md"),
        NUMBERS.len() + 1,
        "{hits:?}"
    );
    assert_eq!(in_file("rutiner/trasig.md"), 1, "{hits:?}");
    assert_eq!(in_file("ANTECKNING.MD"), 1, "{hits:?}");
    assert_eq!(in_file("läs-mig.md"), 1, "{hits:?}");
    assert_eq!(in_file("rutiner/nummer.md"), 1, "{hits:?}");
    // An id may not be one (LSK005), whatever else.
    assert!(out.contains("\"code\": \"LSK005\"") || out.contains("\"code\":\"LSK005\""));

    let (code, out) = run(
        root,
        &[
            "report",
            "kvalitetsberättelse",
            "--year",
            "2026",
            "-o",
            "kb.html",
        ],
    );
    assert_eq!(code, 1, "{out}");
    assert!(
        out.contains("rutiner/inflyttning-sarskilt-boende.md"),
        "points at the place: {out}"
    );
    assert!(!root.join("kb.html").exists());
    // A map names the routine's title: not written to a file either.
    let (code, out) = run(root, &["graph", "P-SÄBO", "-o", "karta.svg"]);
    assert_eq!(code, 1, "{out}");
    assert!(out.contains("kartan skrivs inte"), "{out}");
    assert!(!root.join("karta.svg").exists());
}

#[test]
fn control_characters_from_documents_and_commits_are_escaped() {
    let dir = committed_example();
    let root = dir.path();
    common::edit(
        &root.join("rutiner/inflyttning-sarskilt-boende.md"),
        "dokumentägare: enhetschef",
        "dokumentägare: \"enhetschef\\e[2J\"",
    );
    git(root, &["add", "-A"], "Kvalitetsutvecklare");
    git(
        root,
        &["commit", "-qm", "Rensa sk\u{1b}[2Jarmen \u{202e}txet"],
        "Kvalitetsutvecklare\u{1b}[31m",
    );
    for args in [
        &["check"][..],
        &["log", "RUT-INFLYTT"],
        &["changes", "--since", "2026-01-01"],
    ] {
        let (code, out) = run(root, args);
        assert_ne!(code, 101, "{out}");
        assert!(
            !out.contains('\u{1b}'),
            "lsk {args:?} printed an escape:\n{out}"
        );
        assert!(
            !out.contains('\u{202e}'),
            "lsk {args:?} printed a direction override"
        );
    }
    let (_, out) = run(root, &["log", "RUT-INFLYTT"]);
    assert!(out.contains("\\u001b[2J"), "{out}");
}
