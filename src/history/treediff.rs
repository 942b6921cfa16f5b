//! Diffing two trees entry by entry, without `diff_tree_to_tree`.
//!
//! Tree entries are sorted by name (git's order: a subtree sorts as if its name ended in `/`),
//! so two trees are merged like two sorted lists. Entries with the same object id are skipped
//! without being read, and only subtrees whose ids differ are descended into. `git log` works
//! the same way; libgit2's `diff_tree_to_tree` does not skip equal subtrees and is much slower
//! on large histories.

use std::cmp::Ordering;

use git2::{Oid, Repository, Tree, TreeEntry};

/// What happened to a path between two trees.
#[derive(Debug, Clone, Copy, PartialEq, Eq)]
pub(crate) enum RawKind {
    Added,
    Deleted,
    Modified,
}

/// One changed file (a blob, a symlink or a submodule; never a tree).
#[derive(Debug, Clone, PartialEq, Eq)]
pub(crate) struct RawChange {
    /// The path below the diffed trees, with `/`.
    pub path: String,
    pub kind: RawKind,
    /// The object id: the new one for added and modified files, the old one for deleted.
    pub id: Oid,
}

const TREE_MODE: i32 = 0o040000;

fn is_tree(entry: &TreeEntry<'_>) -> bool {
    entry.filemode() == TREE_MODE
}

/// Git's order of tree entries: bytewise, with a subtree's name ending in an implicit `/`.
fn compare(a: &[u8], a_tree: bool, b: &[u8], b_tree: bool) -> Ordering {
    let len = a.len().min(b.len());
    match a[..len].cmp(&b[..len]) {
        Ordering::Equal => {}
        other => return other,
    }
    let end = |name: &[u8], tree: bool| match name.get(len) {
        Some(&c) => c,
        None if tree => b'/',
        None => 0,
    };
    end(a, a_tree).cmp(&end(b, b_tree))
}

fn join(base: &str, name: &[u8]) -> String {
    let name = String::from_utf8_lossy(name);
    if base.is_empty() {
        name.into_owned()
    } else {
        format!("{base}/{name}")
    }
}

/// Appends the changes from `old` to `new` (either may be absent: the empty tree), with paths
/// below `base`.
pub(crate) fn diff(
    repo: &Repository,
    old: Option<&Tree<'_>>,
    new: Option<&Tree<'_>>,
    base: &str,
    out: &mut Vec<RawChange>,
) -> Result<(), git2::Error> {
    let old_len = old.map_or(0, Tree::len);
    let new_len = new.map_or(0, Tree::len);
    let (mut i, mut j) = (0, 0);
    loop {
        let a = old.filter(|_| i < old_len).and_then(|t| t.get(i));
        let b = new.filter(|_| j < new_len).and_then(|t| t.get(j));
        let order = match (&a, &b) {
            (Some(a), Some(b)) => compare(a.name_bytes(), is_tree(a), b.name_bytes(), is_tree(b)),
            (Some(_), None) => Ordering::Less,
            (None, Some(_)) => Ordering::Greater,
            (None, None) => return Ok(()),
        };
        match order {
            Ordering::Less => {
                let a = a.expect("old entry");
                one_side(repo, &a, base, RawKind::Deleted, out)?;
                i += 1;
            }
            Ordering::Greater => {
                let b = b.expect("new entry");
                one_side(repo, &b, base, RawKind::Added, out)?;
                j += 1;
            }
            Ordering::Equal => {
                let (a, b) = (a.expect("old entry"), b.expect("new entry"));
                if a.id() != b.id() || a.filemode() != b.filemode() {
                    let path = join(base, b.name_bytes());
                    if is_tree(&b) {
                        let (old_tree, new_tree) =
                            (repo.find_tree(a.id())?, repo.find_tree(b.id())?);
                        diff(repo, Some(&old_tree), Some(&new_tree), &path, out)?;
                    } else {
                        out.push(RawChange {
                            path,
                            kind: RawKind::Modified,
                            id: b.id(),
                        });
                    }
                }
                i += 1;
                j += 1;
            }
        }
    }
}

/// An entry on one side only: the file, or every file in the subtree.
fn one_side(
    repo: &Repository,
    entry: &TreeEntry<'_>,
    base: &str,
    kind: RawKind,
    out: &mut Vec<RawChange>,
) -> Result<(), git2::Error> {
    let path = join(base, entry.name_bytes());
    if is_tree(entry) {
        let tree = repo.find_tree(entry.id())?;
        let (old, new) = match kind {
            RawKind::Deleted => (Some(&tree), None),
            _ => (None, Some(&tree)),
        };
        diff(repo, old, new, &path, out)
    } else {
        out.push(RawChange {
            path,
            kind,
            id: entry.id(),
        });
        Ok(())
    }
}

/// Every file in a tree, with paths below `base`.
pub(crate) fn files(
    repo: &Repository,
    tree: &Tree<'_>,
    base: &str,
) -> Result<Vec<String>, git2::Error> {
    let mut out = Vec::new();
    diff(repo, None, Some(tree), base, &mut out)?;
    Ok(out.into_iter().map(|c| c.path).collect())
}

/// The id of the subtree at `prefix` (components separated by `/`; "" is the tree itself).
pub(crate) fn subtree(
    repo: &Repository,
    tree: Oid,
    prefix: &str,
) -> Result<Option<Oid>, git2::Error> {
    let mut id = tree;
    for name in prefix.split('/').filter(|s| !s.is_empty()) {
        let tree = repo.find_tree(id)?;
        match tree.get_name(name) {
            Some(entry) if is_tree(&entry) => id = entry.id(),
            _ => return Ok(None),
        }
    }
    Ok(Some(id))
}

#[cfg(test)]
mod tests {
    use super::*;

    #[test]
    fn subtrees_sort_as_if_ending_in_a_slash() {
        // "a.md" < "a/" < "a0" in git's order, because '.' < '/' < '0'.
        assert_eq!(compare(b"a.md", false, b"a", true), Ordering::Less);
        assert_eq!(compare(b"a", true, b"a0", false), Ordering::Less);
        assert_eq!(compare(b"a", false, b"a", true), Ordering::Less);
        assert_eq!(compare(b"a", true, b"a", true), Ordering::Equal);
        assert_eq!(compare(b"b", false, b"a", true), Ordering::Greater);
    }

    #[test]
    fn diffs_nested_trees() {
        let dir = tempfile::tempdir().unwrap();
        let repo = Repository::init(dir.path()).unwrap();
        let blob = |s: &str| repo.blob(s.as_bytes()).unwrap();
        let tree = |entries: &[(&str, Oid, i32)]| {
            let mut b = repo.treebuilder(None).unwrap();
            for (name, id, mode) in entries {
                b.insert(name, *id, *mode).unwrap();
            }
            b.write().unwrap()
        };
        let sub1 = tree(&[("x.md", blob("1"), 0o100644), ("y.md", blob("2"), 0o100644)]);
        let sub2 = tree(&[("x.md", blob("1"), 0o100644), ("y.md", blob("3"), 0o100644)]);
        let same = tree(&[("z.md", blob("z"), 0o100644)]);
        let old = tree(&[
            ("a", sub1, TREE_MODE),
            ("a.md", blob("a"), 0o100644),
            ("s", same, TREE_MODE),
        ]);
        let new = tree(&[
            ("a", sub2, TREE_MODE),
            ("a0.md", blob("a"), 0o100644),
            ("n", same, TREE_MODE),
            ("s", same, TREE_MODE),
        ]);
        let (old, new) = (repo.find_tree(old).unwrap(), repo.find_tree(new).unwrap());
        let mut out = Vec::new();
        diff(&repo, Some(&old), Some(&new), "", &mut out).unwrap();
        let got: Vec<_> = out.iter().map(|c| (c.path.as_str(), c.kind)).collect();
        assert_eq!(
            got,
            [
                ("a.md", RawKind::Deleted),
                ("a/y.md", RawKind::Modified),
                ("a0.md", RawKind::Added),
                ("n/z.md", RawKind::Added),
            ]
        );
        assert_eq!(
            files(&repo, &new, "r").unwrap(),
            ["r/a/x.md", "r/a/y.md", "r/a0.md", "r/n/z.md", "r/s/z.md"]
        );
    }
}
