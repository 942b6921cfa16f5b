//! Exact renames within a commit, and following files across renames.
//!
//! The walk goes from the newest commit to the oldest. [`Follower`] keeps, for every path as it
//! is seen in the commits still to come (the older ones), the history it belongs to. A rename
//! `a → b` moves the mapping: older changes to `a` belong to `b`'s history. An addition ends
//! the mapping: an older file at the same path is another file, with its own history.

use std::collections::{BTreeMap, HashMap, HashSet};

use git2::Oid;

use super::treediff::{RawChange, RawKind};
use super::{Change, ChangeKind, FileHistory};
use crate::model::Date;

/// A commit's details, shared by all its changes.
pub(crate) struct CommitInfo {
    pub commit: String,
    pub date: Date,
    pub time: i64,
    pub author: String,
    pub message: String,
}

/// A change with renames paired: the path in this commit and what happened.
#[derive(Debug, Clone, PartialEq, Eq)]
pub(crate) struct Paired {
    pub path: String,
    pub kind: ChangeKind,
    /// The file's content in this commit (none when deleted).
    pub blob: Option<Oid>,
}

fn base_name(path: &str) -> &str {
    path.rsplit('/').next().unwrap_or(path)
}

/// Pairs deleted and added paths with the same object id into renames. When several deleted
/// paths have the id of an added one, one with the same file name is taken first.
pub(crate) fn pair_renames(raw: Vec<RawChange>) -> Vec<Paired> {
    let has_deleted = raw.iter().any(|c| c.kind == RawKind::Deleted);
    let has_added = raw.iter().any(|c| c.kind == RawKind::Added);
    if !(has_deleted && has_added) {
        return raw.into_iter().map(unpaired).collect();
    }
    let mut deleted: HashMap<Oid, Vec<usize>> = HashMap::new();
    for (i, c) in raw.iter().enumerate() {
        if c.kind == RawKind::Deleted {
            deleted.entry(c.id).or_default().push(i);
        }
    }
    let mut renamed_from: HashMap<usize, usize> = HashMap::new(); // added index → deleted index
    let mut taken: HashSet<usize> = HashSet::new();
    for (i, c) in raw.iter().enumerate() {
        if c.kind != RawKind::Added {
            continue;
        }
        let Some(candidates) = deleted.get_mut(&c.id) else {
            continue;
        };
        if candidates.is_empty() {
            continue;
        }
        let name = base_name(&c.path);
        let pick = candidates
            .iter()
            .position(|&d| base_name(&raw[d].path) == name)
            .unwrap_or(0);
        let d = candidates.remove(pick);
        renamed_from.insert(i, d);
        taken.insert(d);
    }
    let mut out = Vec::with_capacity(raw.len() - taken.len());
    for (i, c) in raw.iter().enumerate() {
        if taken.contains(&i) {
            continue;
        }
        match renamed_from.get(&i) {
            Some(&d) => out.push(Paired {
                path: c.path.clone(),
                kind: ChangeKind::Renamed {
                    from: raw[d].path.clone(),
                },
                blob: Some(c.id),
            }),
            None => out.push(unpaired(c.clone())),
        }
    }
    out
}

fn unpaired(c: RawChange) -> Paired {
    let kind = match c.kind {
        RawKind::Added => ChangeKind::Added,
        RawKind::Deleted => ChangeKind::Deleted,
        RawKind::Modified => ChangeKind::Modified,
    };
    let blob = (c.kind != RawKind::Deleted).then_some(c.id);
    Paired {
        path: c.path,
        kind,
        blob,
    }
}

struct Builder {
    /// Present at HEAD, at this path.
    head: Option<String>,
    changes: Vec<Change>,
}

/// Collects the changes of the walk, newest commit first, into one history per file.
pub(crate) struct Follower {
    histories: Vec<Builder>,
    /// Path in the older commits → the history it belongs to.
    live: HashMap<String, usize>,
}

impl Follower {
    /// Starts with the files present at HEAD.
    pub fn new(head_files: Vec<String>) -> Follower {
        let mut live = HashMap::with_capacity(head_files.len());
        let histories = head_files
            .into_iter()
            .enumerate()
            .map(|(i, path)| {
                live.insert(path.clone(), i);
                Builder {
                    head: Some(path),
                    changes: Vec::new(),
                }
            })
            .collect();
        Follower { histories, live }
    }

    fn new_history(&mut self) -> usize {
        self.histories.push(Builder {
            head: None,
            changes: Vec::new(),
        });
        self.histories.len() - 1
    }

    /// Adds one commit's changes. Commits must come newest first.
    pub fn commit(&mut self, info: &CommitInfo, changes: Vec<Paired>) {
        // Look every path up before moving any mapping, so that `a → b, c → a` in one
        // commit finds the right histories.
        let targets: Vec<usize> = changes
            .iter()
            .map(|c| match self.live.get(&c.path) {
                Some(&i) => i,
                None => self.new_history(),
            })
            .collect();
        for c in &changes {
            if matches!(c.kind, ChangeKind::Added | ChangeKind::Renamed { .. }) {
                self.live.remove(&c.path);
            }
        }
        for (c, &i) in changes.iter().zip(&targets) {
            match &c.kind {
                ChangeKind::Renamed { from } => {
                    self.live.insert(from.clone(), i);
                }
                ChangeKind::Deleted => {
                    self.live.insert(c.path.clone(), i);
                }
                ChangeKind::Added | ChangeKind::Modified => {}
            }
        }
        for (c, i) in changes.into_iter().zip(targets) {
            self.histories[i].changes.push(Change {
                commit: info.commit.clone(),
                date: info.date,
                time: info.time,
                author: info.author.clone(),
                message: info.message.clone(),
                kind: c.kind,
                path: c.path,
                blob: c.blob,
            });
        }
    }

    /// The histories by key, and every earlier path → the key of the newest history that had it.
    pub fn finish(self) -> (BTreeMap<String, FileHistory>, HashMap<String, String>) {
        let mut files = BTreeMap::new();
        let mut deleted = Vec::new();
        for b in self.histories {
            if b.changes.is_empty() {
                // A file at HEAD whose only changes were made in merges.
                continue;
            }
            match b.head {
                Some(path) => {
                    let h = FileHistory {
                        path: path.clone(),
                        deleted: false,
                        changes: b.changes,
                    };
                    files.insert(path, h);
                }
                None => deleted.push(b.changes),
            }
        }
        // Deleted files: the most recently changed one gets its plain last path as key.
        deleted.sort_by_key(|changes| std::cmp::Reverse(changes[0].time));
        for changes in deleted {
            let path = changes[0].path.clone();
            let mut key = path.clone();
            if files.contains_key(&key) {
                key = format!("{path}@{}", &changes[0].commit[..7]);
                let mut n = 2;
                while files.contains_key(&key) {
                    key = format!("{path}@{}-{n}", &changes[0].commit[..7]);
                    n += 1;
                }
            }
            let h = FileHistory {
                path,
                deleted: true,
                changes,
            };
            files.insert(key, h);
        }
        let mut newest: HashMap<String, (i64, String)> = HashMap::new();
        for (key, h) in &files {
            for c in &h.changes {
                if files.contains_key(&c.path) {
                    continue;
                }
                let slot = newest
                    .entry(c.path.clone())
                    .or_insert((c.time, key.clone()));
                if c.time > slot.0 {
                    *slot = (c.time, key.clone());
                }
            }
        }
        let aliases = newest.into_iter().map(|(p, (_, k))| (p, k)).collect();
        (files, aliases)
    }
}

#[cfg(test)]
mod tests {
    use super::*;

    fn raw(path: &str, kind: RawKind, id: u8) -> RawChange {
        RawChange {
            path: path.to_string(),
            kind,
            id: Oid::from_bytes(&[id; 20]).unwrap(),
        }
    }

    #[test]
    fn pairs_exact_renames_preferring_the_same_name() {
        let got = pair_renames(vec![
            raw("a/x.md", RawKind::Deleted, 1),
            raw("a/y.md", RawKind::Deleted, 1),
            raw("b/y.md", RawKind::Added, 1),
            raw("c.md", RawKind::Modified, 2),
            raw("d.md", RawKind::Added, 3),
        ]);
        let kinds: Vec<_> = got.iter().map(|p| (p.path.as_str(), &p.kind)).collect();
        assert_eq!(
            kinds,
            [
                ("a/x.md", &ChangeKind::Deleted),
                (
                    "b/y.md",
                    &ChangeKind::Renamed {
                        from: "a/y.md".to_string()
                    }
                ),
                ("c.md", &ChangeKind::Modified),
                ("d.md", &ChangeKind::Added),
            ]
        );
    }

    #[test]
    fn a_rotation_in_one_commit_follows_each_file() {
        let info = |n: i64| CommitInfo {
            commit: format!("{n:040}"),
            date: Date::new(2026, 1, 15).unwrap(),
            time: n,
            author: "Kvalitetsutvecklare".into(),
            message: "m".into(),
        };
        let mut f = Follower::new(vec!["a".into(), "b".into()]);
        // Newest: a → b and c → a.
        let renamed = |to: &str, from: &str| Paired {
            path: to.into(),
            kind: ChangeKind::Renamed { from: from.into() },
            blob: None,
        };
        f.commit(&info(3), vec![renamed("a", "c"), renamed("b", "a")]);
        let added = |p: &str| Paired {
            path: p.into(),
            kind: ChangeKind::Added,
            blob: None,
        };
        f.commit(&info(1), vec![added("a"), added("c")]);
        let (files, _) = f.finish();
        assert_eq!(files["a"].paths(), ["a", "c"]);
        assert_eq!(files["b"].paths(), ["b", "a"]);
    }
}
