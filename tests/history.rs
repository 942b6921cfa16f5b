//! `lsk::history` on real git repositories built with git2, asserted exactly.

use std::collections::BTreeMap;
use std::path::Path;
use std::process::Command;

use git2::{Oid, Repository, Signature, Time};
use lsk::history::{self, ChangeKind, Error, FileHistory, History, Options};
use lsk::model::Date;
use tempfile::TempDir;

const KVALITET: (&str, &str) = ("Kvalitetsutvecklare", "kvalitet@example.invalid");
const CHEF: (&str, &str) = ("Enhetschef", "enhetschef@example.invalid");

/// A repository whose commits are written from an in-memory snapshot of the files.
struct Fixture {
    dir: TempDir,
    repo: Repository,
    files: BTreeMap<String, String>,
}

impl Fixture {
    fn new() -> Fixture {
        let dir = tempfile::tempdir().unwrap();
        let repo = Repository::init(dir.path()).unwrap();
        repo.set_head("refs/heads/main").unwrap();
        Fixture {
            dir,
            repo,
            files: BTreeMap::new(),
        }
    }

    fn root(&self) -> &Path {
        self.dir.path()
    }

    fn put(&mut self, path: &str, content: &str) {
        self.files.insert(path.to_string(), content.to_string());
    }

    fn remove(&mut self, path: &str) {
        self.files.remove(path).expect("file to remove");
    }

    fn mv(&mut self, from: &str, to: &str) {
        let content = self.files.remove(from).expect("file to move");
        self.files.insert(to.to_string(), content);
    }

    fn tree(&self, files: &BTreeMap<String, String>) -> Oid {
        let mut here: BTreeMap<String, Oid> = BTreeMap::new();
        let mut below: BTreeMap<String, BTreeMap<String, String>> = BTreeMap::new();
        for (path, content) in files {
            match path.split_once('/') {
                Some((dir, rest)) => {
                    below
                        .entry(dir.to_string())
                        .or_default()
                        .insert(rest.to_string(), content.clone());
                }
                None => {
                    here.insert(path.clone(), self.repo.blob(content.as_bytes()).unwrap());
                }
            }
        }
        let mut builder = self.repo.treebuilder(None).unwrap();
        for (name, id) in here {
            builder.insert(name, id, 0o100644).unwrap();
        }
        for (name, files) in below {
            builder.insert(name, self.tree(&files), 0o040000).unwrap();
        }
        builder.write().unwrap()
    }

    /// Commits the snapshot on top of HEAD and moves HEAD's branch.
    fn commit(&mut self, who: (&str, &str), when: &str, message: &str) -> Oid {
        let parents: Vec<Oid> = self
            .repo
            .head()
            .ok()
            .and_then(|h| h.target())
            .into_iter()
            .collect();
        let id = self.commit_with(&parents, who, when, message);
        self.repo
            .reference("refs/heads/main", id, true, "test")
            .unwrap();
        id
    }

    /// Commits the snapshot with these parents, without moving any branch.
    fn commit_with(
        &mut self,
        parents: &[Oid],
        who: (&str, &str),
        when: &str,
        message: &str,
    ) -> Oid {
        let sig = signature(who, when);
        let tree = self.repo.find_tree(self.tree(&self.files)).unwrap();
        let parents: Vec<_> = parents
            .iter()
            .map(|p| self.repo.find_commit(*p).unwrap())
            .collect();
        let parents: Vec<_> = parents.iter().collect();
        self.repo
            .commit(None, &sig, &sig, message, &tree, &parents)
            .unwrap()
    }

    /// Writes HEAD's files to the work tree and the index.
    fn checkout(&self) {
        let mut options = git2::build::CheckoutBuilder::new();
        options.force();
        self.repo.checkout_head(Some(&mut options)).unwrap();
    }

    fn load(&self) -> History {
        history::load(self.root(), &Options::default()).unwrap()
    }
}

/// `when` is RFC 3339, e.g. `2026-01-15T10:00:00+01:00`.
fn signature(who: (&str, &str), when: &str) -> Signature<'static> {
    let ts: jiff::Timestamp = when.parse().unwrap();
    let offset = &when[when.len() - 6..];
    let sign = if offset.starts_with('-') { -1 } else { 1 };
    let minutes = offset[1..3].parse::<i32>().unwrap() * 60 + offset[4..6].parse::<i32>().unwrap();
    Signature::new(who.0, who.1, &Time::new(ts.as_second(), sign * minutes)).unwrap()
}

fn date(s: &str) -> Date {
    Date::parse(s).unwrap()
}

fn added() -> ChangeKind {
    ChangeKind::Added
}
fn modified() -> ChangeKind {
    ChangeKind::Modified
}
fn renamed(from: &str) -> ChangeKind {
    ChangeKind::Renamed {
        from: from.to_string(),
    }
}

/// Each change as (commit, kind, path, author, date, message).
fn changes(h: &FileHistory) -> Vec<(Oid, ChangeKind, &str, &str, String, &str)> {
    h.changes
        .iter()
        .map(|c| {
            (
                Oid::from_str(&c.commit).unwrap(),
                c.kind.clone(),
                c.path.as_str(),
                c.author.as_str(),
                c.date.to_string(),
                c.message.as_str(),
            )
        })
        .collect()
}

#[test]
fn a_file_added_then_modified_twice_by_two_authors() {
    let mut f = Fixture::new();
    f.put("rutiner/avvikelser.md", "# Avvikelser\n");
    let c1 = f.commit(
        KVALITET,
        "2026-01-15T10:00:00+01:00",
        "Ny rutin för avvikelser\n\nMer text.",
    );
    f.put("rutiner/avvikelser.md", "# Avvikelser\n\n## Syfte\n");
    let c2 = f.commit(CHEF, "2026-02-03T14:30:00+01:00", "Lägg till syfte");
    f.put(
        "rutiner/avvikelser.md",
        "# Avvikelser\n\n## Syfte\n\n## Ansvar\n",
    );
    // Late in the evening in New York is the next day in Stockholm.
    let c3 = f.commit(KVALITET, "2026-03-01T20:00:00-05:00", "Lägg till ansvar");
    f.checkout();

    let h = f.load();
    assert_eq!(h.prefix, "");
    assert_eq!(
        h.workdir.canonicalize().unwrap(),
        f.root().canonicalize().unwrap()
    );
    assert!(!h.shallow);
    assert_eq!(h.oldest, Some(date("2026-01-15")));
    assert!(h.uncommitted.is_empty());
    assert_eq!(
        h.files.keys().collect::<Vec<_>>(),
        ["rutiner/avvikelser.md"]
    );
    let file = h.file("rutiner/avvikelser.md").unwrap();
    assert_eq!(file.path, "rutiner/avvikelser.md");
    assert!(!file.deleted);
    let p = "rutiner/avvikelser.md";
    assert_eq!(
        changes(file),
        [
            (
                c3,
                modified(),
                p,
                "Kvalitetsutvecklare",
                "2026-03-02".to_string(),
                "Lägg till ansvar"
            ),
            (
                c2,
                modified(),
                p,
                "Enhetschef",
                "2026-02-03".to_string(),
                "Lägg till syfte"
            ),
            (
                c1,
                added(),
                p,
                "Kvalitetsutvecklare",
                "2026-01-15".to_string(),
                "Ny rutin för avvikelser"
            ),
        ]
    );
    assert_eq!(file.first().commit, c1.to_string());
    assert_eq!(file.last().commit, c3.to_string());
    assert!(file.first().time < file.last().time);
    assert_eq!(file.authors(), ["Kvalitetsutvecklare", "Enhetschef"]);
    assert_eq!(file.paths(), [p]);
}

#[test]
fn a_routine_moved_to_another_folder_keeps_its_history() {
    let mut f = Fixture::new();
    f.put("rutiner/hemtjanst/nyckelhantering.md", "# Nycklar\n");
    f.put("rutiner/hemtjanst/annan.md", "# Annan\n");
    let c1 = f.commit(KVALITET, "2026-01-15T10:00:00+01:00", "Ny rutin");
    f.put(
        "rutiner/hemtjanst/nyckelhantering.md",
        "# Nycklar\n\nVersion 2\n",
    );
    let c2 = f.commit(CHEF, "2026-01-20T10:00:00+01:00", "Revidera");
    f.mv(
        "rutiner/hemtjanst/nyckelhantering.md",
        "rutiner/gemensamma/nyckelhantering.md",
    );
    let c3 = f.commit(
        KVALITET,
        "2026-02-01T10:00:00+01:00",
        "Flytta till gemensamma",
    );
    f.put(
        "rutiner/gemensamma/nyckelhantering.md",
        "# Nycklar\n\nVersion 3\n",
    );
    let c4 = f.commit(CHEF, "2026-02-10T10:00:00+01:00", "Revidera igen");

    let h = f.load();
    assert_eq!(
        h.files.keys().collect::<Vec<_>>(),
        [
            "rutiner/gemensamma/nyckelhantering.md",
            "rutiner/hemtjanst/annan.md"
        ]
    );
    let (old, new) = (
        "rutiner/hemtjanst/nyckelhantering.md",
        "rutiner/gemensamma/nyckelhantering.md",
    );
    let file = h.file(new).unwrap();
    let kinds: Vec<_> = file
        .changes
        .iter()
        .map(|c| (c.commit.clone(), c.kind.clone(), c.path.as_str()))
        .collect();
    assert_eq!(
        kinds,
        [
            (c4.to_string(), modified(), new),
            (c3.to_string(), renamed(old), new),
            (c2.to_string(), modified(), old),
            (c1.to_string(), added(), old),
        ]
    );
    assert_eq!(file.paths(), [new, old]);
    assert!(!file.deleted);
    // The old path finds the moved file.
    assert_eq!(h.file(old).unwrap().path, new);
    assert_eq!(
        h.file("rutiner/hemtjanst/annan.md").unwrap().changes.len(),
        1
    );
}

#[test]
fn renamed_twice_deleted_and_a_path_reused() {
    let mut f = Fixture::new();
    f.put("a.md", "A\n");
    f.put("gammal.md", "Gammal\n");
    let c1 = f.commit(KVALITET, "2026-01-15T10:00:00+01:00", "Start");
    f.mv("a.md", "b.md");
    let c2 = f.commit(KVALITET, "2026-01-16T10:00:00+01:00", "a → b");
    f.mv("b.md", "mapp/c.md");
    let c3 = f.commit(CHEF, "2026-01-17T10:00:00+01:00", "b → mapp/c");
    f.remove("gammal.md");
    let c4 = f.commit(CHEF, "2026-01-18T10:00:00+01:00", "Ta bort gammal");
    // A new file at the old path of the renamed one, and at the deleted one's path.
    f.put("a.md", "Ny A\n");
    f.put("gammal.md", "Ny gammal\n");
    let c5 = f.commit(KVALITET, "2026-01-19T10:00:00+01:00", "Nya filer");

    let h = f.load();
    assert_eq!(
        h.files.keys().cloned().collect::<Vec<_>>(),
        [
            "a.md".to_string(),
            "gammal.md".to_string(),
            format!("gammal.md@{}", &c4.to_string()[..7]),
            "mapp/c.md".to_string()
        ]
    );
    let moved = h.file("mapp/c.md").unwrap();
    let kinds: Vec<_> = moved
        .changes
        .iter()
        .map(|c| (c.commit.clone(), c.kind.clone()))
        .collect();
    assert_eq!(
        kinds,
        [
            (c3.to_string(), renamed("b.md")),
            (c2.to_string(), renamed("a.md")),
            (c1.to_string(), added()),
        ]
    );
    assert_eq!(moved.paths(), ["mapp/c.md", "b.md", "a.md"]);
    assert_eq!(h.file("b.md").unwrap().path, "mapp/c.md");

    // The new a.md is another file.
    let new_a = h.file("a.md").unwrap();
    assert_eq!(new_a.changes.len(), 1);
    assert_eq!(
        (new_a.last().commit.clone(), new_a.last().kind.clone()),
        (c5.to_string(), added())
    );

    let key = format!("gammal.md@{}", &c4.to_string()[..7]);
    let deleted = &h.files[&key];
    assert!(deleted.deleted);
    assert_eq!(deleted.path, "gammal.md");
    let kinds: Vec<_> = deleted
        .changes
        .iter()
        .map(|c| (c.commit.clone(), c.kind.clone()))
        .collect();
    assert_eq!(
        kinds,
        [
            (c4.to_string(), ChangeKind::Deleted),
            (c1.to_string(), added())
        ]
    );
    let reused = h.file("gammal.md").unwrap();
    assert!(!reused.deleted);
    assert_eq!(reused.changes.len(), 1);
    assert_eq!(reused.first().commit, c5.to_string());
}

#[test]
fn a_deleted_file_keeps_its_last_path_as_key() {
    let mut f = Fixture::new();
    f.put("rutiner/x.md", "X\n");
    f.put("kvar.md", "K\n");
    let c1 = f.commit(KVALITET, "2026-01-15T10:00:00+01:00", "Start");
    f.mv("rutiner/x.md", "arkiv/x.md");
    let c2 = f.commit(KVALITET, "2026-01-16T10:00:00+01:00", "Arkivera");
    f.remove("arkiv/x.md");
    let c3 = f.commit(CHEF, "2026-01-17T10:00:00+01:00", "Ta bort");

    let h = f.load();
    let file = &h.files["arkiv/x.md"];
    assert!(file.deleted);
    assert_eq!(file.path, "arkiv/x.md");
    assert_eq!(file.last().kind, ChangeKind::Deleted);
    assert_eq!(file.last().commit, c3.to_string());
    let kinds: Vec<_> = file
        .changes
        .iter()
        .map(|c| (c.commit.clone(), c.kind.clone()))
        .collect();
    assert_eq!(
        kinds,
        [
            (c3.to_string(), ChangeKind::Deleted),
            (c2.to_string(), renamed("rutiner/x.md")),
            (c1.to_string(), added()),
        ]
    );
    assert_eq!(h.file("rutiner/x.md").unwrap().path, "arkiv/x.md");
    assert!(!h.files["kvar.md"].deleted);
}

#[test]
fn a_merge_adds_nothing_the_side_branch_commit_is_attributed() {
    let mut f = Fixture::new();
    f.put("a.md", "A\n");
    f.put("b.md", "B\n");
    let c1 = f.commit(KVALITET, "2026-01-15T10:00:00+01:00", "Start");
    // The side branch changes a.md.
    f.put("a.md", "A2\n");
    let side = f.commit_with(
        &[c1],
        CHEF,
        "2026-01-16T10:00:00+01:00",
        "Ändra a på sidogren",
    );
    // Main changes b.md meanwhile.
    f.put("a.md", "A\n");
    f.put("b.md", "B2\n");
    let c2 = f.commit(KVALITET, "2026-01-17T10:00:00+01:00", "Ändra b");
    // The merge has both changes.
    f.put("a.md", "A2\n");
    let merge = f.commit_with(
        &[c2, side],
        KVALITET,
        "2026-01-18T10:00:00+01:00",
        "Merge branch 'sida'",
    );
    f.repo
        .reference("refs/heads/main", merge, true, "merge")
        .unwrap();

    let h = f.load();
    let commits = |path: &str| -> Vec<String> {
        h.files[path]
            .changes
            .iter()
            .map(|c| c.commit.clone())
            .collect()
    };
    assert_eq!(commits("a.md"), [side.to_string(), c1.to_string()]);
    assert_eq!(commits("b.md"), [c2.to_string(), c1.to_string()]);
    assert_eq!(h.files["a.md"].last().author, "Enhetschef");
    assert_eq!(h.files["a.md"].last().kind, modified());
    assert!(
        h.files
            .values()
            .flat_map(|f| &f.changes)
            .all(|c| c.commit != merge.to_string())
    );
}

#[test]
fn the_root_as_a_subfolder() {
    let mut f = Fixture::new();
    f.put("README.md", "Repo\n");
    f.put("annat/x.md", "X\n");
    f.put("kvalitet/lsk.yaml", "organisation: Exempel\n");
    f.put("kvalitet/rutiner/a.md", "A\n");
    let c1 = f.commit(KVALITET, "2026-01-15T10:00:00+01:00", "Start");
    f.put("annat/x.md", "X2\n");
    f.commit(CHEF, "2026-01-16T10:00:00+01:00", "Utanför roten");
    f.mv("kvalitet/rutiner/a.md", "kvalitet/rutiner/b.md");
    let c3 = f.commit(CHEF, "2026-01-17T10:00:00+01:00", "Byt namn");
    f.checkout();
    std::fs::write(f.root().join("annat/x.md"), "ändrad utanför\n").unwrap();
    std::fs::write(f.root().join("kvalitet/lsk.yaml"), "organisation: Ändrad\n").unwrap();
    std::fs::write(f.root().join("kvalitet/ny.md"), "Ny\n").unwrap();

    let h = history::load(&f.root().join("kvalitet"), &Options::default()).unwrap();
    assert_eq!(h.prefix, "kvalitet");
    assert_eq!(
        h.workdir.canonicalize().unwrap(),
        f.root().canonicalize().unwrap()
    );
    assert_eq!(
        h.files.keys().collect::<Vec<_>>(),
        ["lsk.yaml", "rutiner/b.md"]
    );
    let b = h.file("rutiner/b.md").unwrap();
    let kinds: Vec<_> = b
        .changes
        .iter()
        .map(|c| (c.commit.clone(), c.kind.clone(), c.path.as_str()))
        .collect();
    assert_eq!(
        kinds,
        [
            (c3.to_string(), renamed("rutiner/a.md"), "rutiner/b.md"),
            (c1.to_string(), added(), "rutiner/a.md"),
        ]
    );
    assert_eq!(h.uncommitted, ["lsk.yaml", "ny.md"]);
}

#[test]
fn uncommitted_changes_are_listed() {
    let mut f = Fixture::new();
    f.put(".gitignore", "*.tmp\n");
    f.put("a.md", "A\n");
    f.put("b.md", "B\n");
    f.put("c.md", "C\n");
    f.commit(KVALITET, "2026-01-15T10:00:00+01:00", "Start");
    f.checkout();
    std::fs::write(f.root().join("a.md"), "A ändrad\n").unwrap();
    std::fs::remove_file(f.root().join("b.md")).unwrap();
    std::fs::create_dir(f.root().join("ny")).unwrap();
    std::fs::write(f.root().join("ny/d.md"), "D\n").unwrap();
    std::fs::write(f.root().join("skräp.tmp"), "ignorerad\n").unwrap();

    let h = f.load();
    assert_eq!(h.uncommitted, ["a.md", "b.md", "ny/d.md"]);
    // They do not alter the history.
    assert_eq!(
        h.files.keys().collect::<Vec<_>>(),
        [".gitignore", "a.md", "b.md", "c.md"]
    );
    assert!(!h.files["b.md"].deleted);
}

#[test]
fn an_empty_repository_and_a_folder_outside_git() {
    let f = Fixture::new();
    let h = f.load();
    assert!(h.files.is_empty());
    assert_eq!(h.oldest, None);
    assert!(h.ensure_covers(date("2020-01-01")).is_ok());

    let dir = tempfile::tempdir().unwrap();
    let outside = dir.path().join("inte-git");
    std::fs::create_dir(&outside).unwrap();
    // A temp folder may itself be inside a repository on some machines; only check when not.
    if Repository::discover(&outside).is_err() {
        let e = history::load(&outside, &Options::default()).unwrap_err();
        assert!(matches!(e, Error::NotARepository(_)));
    }
}

fn git_available() -> bool {
    Command::new("git")
        .arg("--version")
        .output()
        .is_ok_and(|o| o.status.success())
}

#[test]
fn a_shallow_clone_does_not_cover_older_periods() {
    if !git_available() {
        eprintln!("git is not installed; skipping");
        return;
    }
    let mut f = Fixture::new();
    f.put("a.md", "1\n");
    f.commit(KVALITET, "2025-01-10T10:00:00+01:00", "Ett");
    f.put("a.md", "2\n");
    f.commit(KVALITET, "2025-06-10T10:00:00+02:00", "Två");
    f.put("a.md", "3\n");
    let c3 = f.commit(CHEF, "2026-01-15T10:00:00+01:00", "Tre");
    f.put("a.md", "4\n");
    let c4 = f.commit(CHEF, "2026-02-20T10:00:00+01:00", "Fyra");

    let full = f.load();
    assert!(!full.shallow);
    assert_eq!(full.oldest, Some(date("2025-01-10")));
    assert!(full.ensure_covers(date("2020-01-01")).is_ok());

    let dest = tempfile::tempdir().unwrap();
    let clone = dest.path().join("klon");
    let status = Command::new("git")
        .args(["clone", "--quiet", "--depth", "2"])
        .arg(format!("file://{}", f.root().display()))
        .arg(&clone)
        .status()
        .unwrap();
    assert!(status.success());

    let h = history::load(&clone, &Options::default()).unwrap();
    assert!(h.shallow);
    assert_eq!(h.oldest, Some(date("2026-01-15")));
    let commits: Vec<_> = h.files["a.md"]
        .changes
        .iter()
        .map(|c| (c.commit.clone(), c.kind.clone()))
        .collect();
    // The oldest commit in the clone has no parent: its files appear as added.
    assert_eq!(
        commits,
        [(c4.to_string(), modified()), (c3.to_string(), added())]
    );
    assert_eq!(
        h.ensure_covers(date("2025-06-01")),
        Err(Error::Shallow {
            oldest: date("2026-01-15"),
            since: date("2025-06-01")
        })
    );
    let message = h.ensure_covers(date("2025-06-01")).unwrap_err().to_string();
    assert!(
        message.contains("git fetch --shallow-since=2025-06-01"),
        "{message}"
    );
    assert!(h.ensure_covers(date("2026-01-15")).is_ok());
    assert!(h.ensure_covers(date("2026-02-01")).is_ok());
}

#[test]
fn the_same_commits_as_git_log_follow() {
    if !git_available() {
        eprintln!("git is not installed; skipping");
        return;
    }
    let mut f = Fixture::new();
    let roles = [KVALITET, CHEF];
    let names = ["avvikelser", "delegering", "nycklar", "lakemedel", "hygien"];
    for (i, name) in names.iter().enumerate() {
        f.put(
            &format!("rutiner/{name}.md"),
            &format!("# {name}\n\n{}\n", "Text. ".repeat(20 + i)),
        );
    }
    f.commit(KVALITET, "2025-01-10T10:00:00+01:00", "Start");
    // A deterministic sequence of edits and moves.
    let mut paths: Vec<String> = names.iter().map(|n| format!("rutiner/{n}.md")).collect();
    for step in 0..30 {
        let i = (step * 7 + 3) % paths.len();
        if step % 6 == 5 {
            let to = if paths[i].starts_with("rutiner/") {
                paths[i].replace("rutiner/", "arkiv/")
            } else {
                paths[i].replace("arkiv/", "rutiner/")
            };
            f.mv(&paths[i], &to);
            paths[i] = to;
        } else {
            let content = format!("{}Steg {step}.\n", f.files[&paths[i]]);
            f.put(&paths[i], &content);
        }
        let day = date("2025-01-11").add_days(step as i32);
        f.commit(
            roles[step % 2],
            &format!("{day}T10:00:00+01:00"),
            &format!("Steg {step}"),
        );
    }

    let h = f.load();
    for path in &paths {
        let output = Command::new("git")
            .args(["log", "--follow", "--format=%H", "--", path])
            .current_dir(f.root())
            .output()
            .unwrap();
        assert!(output.status.success());
        let git: Vec<String> = String::from_utf8(output.stdout)
            .unwrap()
            .lines()
            .map(str::to_string)
            .collect();
        let ours: Vec<String> = h.files[path]
            .changes
            .iter()
            .map(|c| c.commit.clone())
            .collect();
        assert_eq!(ours, git, "{path}");
        assert!(git.len() > 1, "{path}");
    }
}
