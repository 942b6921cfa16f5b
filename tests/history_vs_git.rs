//! `lsk::history::load` against `git log --name-status -M` on a generated repository with
//! nested folders, additions, modifications, exact renames (also into other folders and to
//! other names), deletions, a path reused after a deletion, non-ASCII names and merged side
//! branches: per commit, the same changes.
//!
//! The repository is written as a `git fast-import` stream (fixed seed, dates and authors).
//! Every added file has content of its own, so that the renames git finds (exact, R100) are
//! the ones lsk pairs. Merges are left out on both sides: `git log --name-status` shows no
//! changes for a merge, and lsk attributes a branch's changes to the branch's commits.

use std::collections::{BTreeMap, BTreeSet};
use std::fmt::Write as _;
use std::io::Write as _;
use std::path::Path;
use std::process::{Command, Stdio};

use lsk::history::ChangeKind;

struct Lcg(u64);

impl Lcg {
    fn below(&mut self, n: usize) -> usize {
        self.0 = self
            .0
            .wrapping_mul(6364136223846793005)
            .wrapping_add(1442695040888963407);
        ((self.0 >> 33) % n as u64) as usize
    }
}

const FOLDERS: &[&str] = &[
    "rutiner",
    "rutiner/enhet-1",
    "rutiner/enhet-1/äldre",
    "processer",
    "förbättring/2026/tertial-1",
    "a/b/c/d",
];

/// The files of one line of history: path → content.
type State = BTreeMap<String, String>;

struct Stream {
    out: String,
    mark: usize,
    time: i64,
    rng: Lcg,
    unique: usize,
}

impl Stream {
    fn content(&mut self) -> String {
        self.unique += 1;
        let mut s = format!("---\nid: DOK-{}\n---\n", self.unique);
        for _ in 0..4 + self.rng.below(6) {
            let _ = writeln!(
                s,
                "Rad {} om {} ({}).",
                self.rng.below(1000),
                self.unique,
                self.rng.below(1_000_000)
            );
        }
        s
    }

    /// Writes a commit with `parents` (marks) whose tree is `state`, and returns its mark.
    fn commit(&mut self, parents: &[usize], state: &State, message: &str) -> usize {
        self.mark += 1;
        self.time += 3600;
        let who = ["Kvalitetsutvecklare", "Enhetschef", "Åsa Öberg"][self.mark % 3];
        let _ = writeln!(self.out, "commit refs/heads/main\nmark :{}", self.mark);
        let _ = writeln!(
            self.out,
            "author {who} <a@example.invalid> {} +0100",
            self.time
        );
        let _ = writeln!(
            self.out,
            "committer {who} <a@example.invalid> {} +0100",
            self.time
        );
        let _ = write!(self.out, "data {}\n{message}\n", message.len());
        if let Some(first) = parents.first() {
            let _ = writeln!(self.out, "from :{first}");
        }
        for p in &parents[1.min(parents.len())..] {
            let _ = writeln!(self.out, "merge :{p}");
        }
        // The whole tree each time: simple, and exact for merges.
        let _ = writeln!(self.out, "deleteall");
        for (path, text) in state {
            let _ = write!(
                self.out,
                "M 100644 inline {path}\ndata {}\n{text}\n",
                text.len()
            );
        }
        self.mark
    }

    /// One change to `state`; returns its message.
    fn change(&mut self, state: &mut State) -> String {
        let roll = self.rng.below(100);
        let paths: Vec<String> = state.keys().cloned().collect();
        let pick = |rng: &mut Lcg| paths[rng.below(paths.len())].clone();
        if roll < 25 || state.len() < 5 {
            let folder = FOLDERS[self.rng.below(FOLDERS.len())];
            let path = format!("{folder}/dokument-{}.md", self.rng.below(60));
            // A new file, or (when the path is taken) a new version of that one.
            let text = self.content();
            state.insert(path, text);
            return "Lägg till".into();
        }
        if roll < 40 {
            // An exact rename: into another folder, sometimes under another name.
            let from = pick(&mut self.rng);
            let folder = FOLDERS[self.rng.below(FOLDERS.len())];
            let name = if self.rng.below(3) == 0 {
                format!("omdöpt-{}.md", self.rng.below(1000))
            } else {
                from.rsplit('/').next().unwrap().to_string()
            };
            let to = format!("{folder}/{name}");
            if to == from || state.contains_key(&to) {
                return self.change(state);
            }
            let text = state.remove(&from).unwrap();
            state.insert(to, text);
            return "Flytta".into();
        }
        if roll < 48 {
            let path = pick(&mut self.rng);
            state.remove(&path);
            return "Ta bort".into();
        }
        for _ in 0..1 + self.rng.below(3) {
            let path = pick(&mut self.rng);
            let text = self.content();
            state.insert(path, text);
        }
        "Revidera".into()
    }
}

fn git(dir: &Path, args: &[&str]) -> String {
    let out = Command::new("git")
        .args(args)
        .current_dir(dir)
        .output()
        .expect("git runs");
    assert!(out.status.success(), "git {args:?}: {:?}", out);
    String::from_utf8(out.stdout).unwrap()
}

fn git_available() -> bool {
    Command::new("git")
        .arg("--version")
        .output()
        .is_ok_and(|o| o.status.success())
}

/// (status letter, path, renamed from) per change.
type Changes = BTreeSet<(char, String, String)>;

#[test]
fn the_same_changes_as_git_log_name_status() {
    if !git_available() {
        eprintln!("git is not installed; skipping");
        return;
    }
    let dir = tempfile::tempdir().unwrap();
    let root = dir.path();
    git(root, &["init", "-q", "-b", "main"]);
    let mut s = Stream {
        out: String::new(),
        mark: 0,
        time: 1_767_225_600,
        rng: Lcg(0x6c736b_67697420),
        unique: 0,
    };
    let mut state = State::new();
    for _ in 0..8 {
        let text = s.content();
        let folder = FOLDERS[s.rng.below(FOLDERS.len())];
        let n = s.rng.below(60);
        state.insert(format!("{folder}/dokument-{n}.md"), text);
    }
    let mut tip = s.commit(&[], &state, "Första versionen");
    for _ in 0..250 {
        if s.rng.below(12) == 0 {
            // A side branch of 1–3 commits, merged without fast-forward.
            let fork = tip;
            let mut side = fork;
            for _ in 0..1 + s.rng.below(3) {
                let message = s.change(&mut state);
                side = s.commit(&[side], &state, &message);
            }
            tip = s.commit(&[fork, side], &state, "Merge branch 'revision'");
        } else {
            let message = s.change(&mut state);
            tip = s.commit(&[tip], &state, &message);
        }
    }
    let mut child = Command::new("git")
        .args(["fast-import", "--quiet"])
        .current_dir(root)
        .stdin(Stdio::piped())
        .spawn()
        .unwrap();
    child
        .stdin
        .take()
        .unwrap()
        .write_all(s.out.as_bytes())
        .unwrap();
    assert!(child.wait().unwrap().success());
    git(root, &["checkout", "-q", "-f", "main"]);

    // git: every commit with one parent or none, and its changes.
    let log = git(
        root,
        &[
            "-c",
            "core.quotepath=off",
            "log",
            "--name-status",
            "-M",
            "--no-color",
            "--format=%x01%H %P",
        ],
    );
    let mut theirs: BTreeMap<String, Changes> = BTreeMap::new();
    for entry in log.split('\u{1}').filter(|e| !e.trim().is_empty()) {
        let mut lines = entry.lines();
        let ids: Vec<&str> = lines.next().unwrap().split_whitespace().collect();
        if ids.len() > 2 {
            continue; // a merge
        }
        let mut changes = Changes::new();
        for line in lines.filter(|l| !l.is_empty()) {
            let fields: Vec<&str> = line.split('\t').collect();
            let status = fields[0].chars().next().unwrap();
            match status {
                'R' => {
                    assert_eq!(fields[0], "R100", "only exact renames: {line}");
                    changes.insert(('R', fields[2].to_string(), fields[1].to_string()));
                }
                _ => {
                    changes.insert((status, fields[1].to_string(), String::new()));
                }
            }
        }
        if !changes.is_empty() {
            theirs.insert(ids[0].to_string(), changes);
        }
    }

    // lsk: the changes of every file's history, by commit.
    let history = lsk::history::load(root, &lsk::history::Options { progress: false }).unwrap();
    let mut ours: BTreeMap<String, Changes> = BTreeMap::new();
    for file in history.files.values() {
        for c in &file.changes {
            let change = match &c.kind {
                ChangeKind::Added => ('A', c.path.clone(), String::new()),
                ChangeKind::Modified => ('M', c.path.clone(), String::new()),
                ChangeKind::Deleted => ('D', c.path.clone(), String::new()),
                ChangeKind::Renamed { from } => ('R', c.path.clone(), from.clone()),
            };
            ours.entry(c.commit.clone()).or_default().insert(change);
        }
    }
    let renames = theirs
        .values()
        .flatten()
        .filter(|(s, _, _)| *s == 'R')
        .count();
    let deletions = theirs
        .values()
        .flatten()
        .filter(|(s, _, _)| *s == 'D')
        .count();
    assert!(
        theirs.len() > 200 && renames > 20 && deletions > 10,
        "{} commits, {renames} renames, {deletions} deletions",
        theirs.len()
    );
    for (commit, changes) in &theirs {
        assert_eq!(ours.get(commit), Some(changes), "commit {commit}");
    }
    assert_eq!(ours.len(), theirs.len());
}
