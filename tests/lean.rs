//! `lsk check` keeps of each file's text only what its findings need (the header and a
//! few lines after it, or the whole file when it has a finding or an `lsk:` directive):
//! the findings, their code frames and the suppressions must be the same as with every
//! text kept. Checked on the examples, the corpus of broken files and the rule fixtures
//! (`tests/rules.rs`).

mod common;

use std::path::PathBuf;

fn repositories() -> Vec<PathBuf> {
    let root = common::manifest_dir();
    let mut dirs = vec![
        root.join("examples/omsorg"),
        root.join("examples/trasig"),
        root.join("tests/fixtures/rules/_base"),
    ];
    let corpus = std::fs::read_dir(root.join("tests/corpus")).unwrap();
    let mut corpus: Vec<PathBuf> = corpus
        .map(|e| e.unwrap().path())
        .filter(|p| p.join("lsk.yaml").is_file())
        .collect();
    corpus.sort();
    assert!(corpus.len() > 10, "the corpus was not found");
    dirs.extend(corpus);
    dirs
}

#[test]
fn lean_check_finds_and_shows_the_same() {
    for dir in repositories() {
        let whole = common::check(&dir);
        let lean = common::check_lean(&dir);
        assert_eq!(
            common::rendered(&lean),
            common::rendered(&whole),
            "{}",
            dir.display()
        );
        assert_eq!(lean.suppressed.len(), whole.suppressed.len());
    }
}

/// The lean check keeps less: a routine without findings keeps its header and the first
/// lines of its body, not the rest.
#[test]
fn lean_check_keeps_only_what_findings_need() {
    let dir = common::manifest_dir().join("examples/omsorg");
    let whole = common::check(&dir);
    let lean = common::check_lean(&dir);
    let size = |o: &lsk::check::Outcome| o.repo.files.iter().map(|f| f.text.len()).sum::<usize>();
    assert!(
        size(&lean) * 4 < size(&whole) * 3,
        "lean {} bytes, whole {} bytes",
        size(&lean),
        size(&whole)
    );
    let routine = lean
        .repo
        .documents
        .iter()
        .find(|d| d.typ() == lsk::model::DocType::Routine && d.body.is_some())
        .unwrap();
    let file = lean.repo.file_of(routine);
    let body = routine.body.unwrap();
    assert!(file.text.len() < body.end, "{} kept whole", file.path);
    assert!(
        file.text.len() > body.start,
        "{} lost the lines after its header",
        file.path
    );
}
