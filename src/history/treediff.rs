//! Diffing two trees entry by entry, on the raw tree objects.
//!
//! Each tree object is read once from the object database and its entries are indexed once
//! ([`RawTree`]); [`Trees`] keeps them by id while the walk may still need them, so the
//! tree a commit shares with its parent is not read and parsed again. libgit2's own object
//! cache keeps no tree larger than 4 KiB, and `git_tree` parses every entry's mode and name
//! into an allocation of its own, which for a folder of a few thousand files was most of the
//! time.
//!
//! Tree entries are sorted by name (git's order: a subtree sorts as if its name ended in
//! `/`), so two trees are merged like two sorted lists. Entries with the same object id are
//! skipped without being read, and only subtrees whose ids differ are descended into, as
//! `git log` does. Two versions of a large folder usually differ in one entry: the equal
//! bytes at the start and at the end of the two objects are skipped in one comparison, and
//! only the entries in between are merged.

use std::cmp::Ordering;
use std::collections::HashMap;
use std::rc::Rc;

use git2::{Odb, OdbObject, Oid};

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

const TREE_MODE: u32 = 0o040000;
const TYPE_MASK: u32 = 0o170000;
const ID_LEN: usize = 20;

/// A file mode as libgit2 reports it (`git_tree_entry_filemode`): 100664 and other odd
/// modes of old repositories read as 100644 or 100755.
fn normalize(mode: u32) -> u32 {
    match mode & TYPE_MASK {
        TREE_MODE => TREE_MODE,
        0o120000 => 0o120000,
        0o160000 => 0o160000,
        _ if mode & 0o111 != 0 => 0o100755,
        _ => 0o100644,
    }
}

/// One entry of a raw tree: `<octal mode> <name>\0<20-byte id>` at `start..end`.
#[derive(Debug, Clone, Copy)]
struct Entry {
    start: u32,
    /// Where the name starts (after the mode and the space).
    name: u32,
    end: u32,
    /// Normalised.
    mode: u32,
}

impl Entry {
    fn is_tree(&self) -> bool {
        self.mode == TREE_MODE
    }
}

/// A tree object and the index of its entries.
pub(crate) struct RawTree<'o> {
    object: OdbObject<'o>,
    entries: Vec<Entry>,
}

impl RawTree<'_> {
    fn parse<'o>(object: OdbObject<'o>, id: Oid) -> Result<RawTree<'o>, git2::Error> {
        let corrupt = || git2::Error::from_str(&format!("corrupt tree object {id}"));
        let data = object.data();
        if data.len() > u32::MAX as usize {
            return Err(corrupt());
        }
        let mut entries = Vec::new();
        let mut at = 0;
        while at < data.len() {
            let start = at;
            let mut mode = 0u32;
            loop {
                match data.get(at) {
                    Some(&c @ b'0'..=b'7') => mode = (mode << 3) | u32::from(c - b'0'),
                    Some(b' ') if at > start && at - start <= 7 => break,
                    _ => return Err(corrupt()),
                }
                at += 1;
            }
            let name = at + 1;
            let nul = data
                .get(name..)
                .and_then(|rest| rest.iter().position(|&b| b == 0))
                .ok_or_else(corrupt)?;
            let end = name + nul + 1 + ID_LEN;
            if end > data.len() {
                return Err(corrupt());
            }
            entries.push(Entry {
                start: start as u32,
                name: name as u32,
                end: end as u32,
                mode: normalize(mode),
            });
            at = end;
        }
        Ok(RawTree { object, entries })
    }

    fn data(&self) -> &[u8] {
        self.object.data()
    }

    fn bytes(&self, e: &Entry) -> &[u8] {
        &self.data()[e.start as usize..e.end as usize]
    }

    fn name(&self, e: &Entry) -> &[u8] {
        &self.data()[e.name as usize..e.end as usize - ID_LEN - 1]
    }

    fn id(&self, e: &Entry) -> Oid {
        Oid::from_bytes(&self.data()[e.end as usize - ID_LEN..e.end as usize])
            .expect("20 bytes are an object id")
    }

    /// The index of the entry that starts at byte `at`, if one does.
    fn entry_at(&self, at: usize) -> Option<usize> {
        self.entries
            .binary_search_by_key(&at, |e| e.start as usize)
            .ok()
    }
}

/// The length of the common prefix of two byte strings.
fn common_prefix(a: &[u8], b: &[u8]) -> usize {
    let n = a.len().min(b.len());
    let mut i = 0;
    while i + 32 <= n && a[i..i + 32] == b[i..i + 32] {
        i += 32;
    }
    while i < n && a[i] == b[i] {
        i += 1;
    }
    i
}

/// The length of the common suffix of two byte strings.
fn common_suffix(a: &[u8], b: &[u8]) -> usize {
    let n = a.len().min(b.len());
    let (a, b) = (&a[a.len() - n..], &b[b.len() - n..]);
    let mut i = 0;
    while i + 32 <= n && a[n - i - 32..n - i] == b[n - i - 32..n - i] {
        i += 32;
    }
    while i < n && a[n - i - 1] == b[n - i - 1] {
        i += 1;
    }
    i
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
        let mut path = String::with_capacity(base.len() + 1 + name.len());
        path.push_str(base);
        path.push('/');
        path.push_str(&name);
        path
    }
}

/// The trees read so far, by id, while they may be needed again.
///
/// A tree is kept until a generation passes in which it was not used; the walk starts a
/// generation per commit, so the trees a commit shares with the next one in the walk (its
/// parent, in a linear history) are read once.
pub(crate) struct Trees<'o> {
    odb: &'o Odb<'o>,
    cache: HashMap<Oid, (Rc<RawTree<'o>>, u32)>,
    generation: u32,
}

impl<'o> Trees<'o> {
    pub fn new(odb: &'o Odb<'o>) -> Trees<'o> {
        Trees {
            odb,
            cache: HashMap::new(),
            generation: 0,
        }
    }

    /// Starts a generation: trees not used in the last one are forgotten.
    pub fn next_generation(&mut self) {
        let keep = self.generation;
        self.cache.retain(|_, (_, used)| *used >= keep);
        self.generation += 1;
    }

    fn get(&mut self, id: Oid) -> Result<Rc<RawTree<'o>>, git2::Error> {
        let generation = self.generation;
        if let Some((tree, used)) = self.cache.get_mut(&id) {
            *used = generation;
            return Ok(Rc::clone(tree));
        }
        let object = self.odb.read(id)?;
        if object.kind() != git2::ObjectType::Tree {
            return Err(git2::Error::from_str(&format!("{id} is not a tree")));
        }
        let tree = Rc::new(RawTree::parse(object, id)?);
        self.cache.insert(id, (Rc::clone(&tree), generation));
        Ok(tree)
    }

    /// The id of the subtree at `prefix` (components separated by `/`; "" is the tree
    /// itself).
    pub fn subtree(&mut self, tree: Oid, prefix: &str) -> Result<Option<Oid>, git2::Error> {
        let mut id = tree;
        for name in prefix.split('/').filter(|s| !s.is_empty()) {
            let tree = self.get(id)?;
            let found = tree
                .entries
                .iter()
                .find(|e| e.is_tree() && tree.name(e) == name.as_bytes());
            match found {
                Some(e) => id = tree.id(e),
                None => return Ok(None),
            }
        }
        Ok(Some(id))
    }

    /// Appends the changes from tree `old` to tree `new` (either may be absent: the empty
    /// tree), with paths below `base`.
    pub fn diff(
        &mut self,
        old: Option<Oid>,
        new: Option<Oid>,
        base: &str,
        out: &mut Vec<RawChange>,
    ) -> Result<(), git2::Error> {
        if old == new {
            return Ok(());
        }
        let old = old.map(|id| self.get(id)).transpose()?;
        let new = new.map(|id| self.get(id)).transpose()?;
        let empty: &[Entry] = &[];
        let old_entries = old.as_ref().map_or(empty, |t| &t.entries[..]);
        let new_entries = new.as_ref().map_or(empty, |t| &t.entries[..]);
        let (mut i, mut j) = (0, 0);
        let (mut old_end, mut new_end) = (old_entries.len(), new_entries.len());
        if let (Some(a), Some(b)) = (&old, &new) {
            // The entries in the equal bytes at the start are the same in both; so are
            // those in the equal bytes at the end, from an entry that starts at the same
            // distance from the end in both.
            let prefix = common_prefix(a.data(), b.data());
            i = old_entries.partition_point(|e| e.end as usize <= prefix);
            j = i;
            let room = a.data().len().min(b.data().len()) - prefix;
            let suffix = common_suffix(a.data(), b.data()).min(room);
            let (a_len, b_len) = (a.data().len(), b.data().len());
            let mut k = old_entries.partition_point(|e| (e.start as usize) < a_len - suffix);
            while k < old_entries.len() {
                let at = old_entries[k].start as usize + b_len - a_len;
                if let Some(m) = b.entry_at(at) {
                    old_end = k;
                    new_end = m;
                    break;
                }
                k += 1;
            }
        }
        loop {
            let a = old_entries[..old_end].get(i);
            let b = new_entries[..new_end].get(j);
            let order = match (a, b) {
                (Some(a), Some(b)) => {
                    let (old, new) = (old.as_ref().expect("old"), new.as_ref().expect("new"));
                    compare(old.name(a), a.is_tree(), new.name(b), b.is_tree())
                }
                (Some(_), None) => Ordering::Less,
                (None, Some(_)) => Ordering::Greater,
                (None, None) => return Ok(()),
            };
            match order {
                Ordering::Less => {
                    let tree = old.as_ref().expect("old");
                    let a = a.expect("old entry");
                    self.one_side(tree, a, base, RawKind::Deleted, out)?;
                    i += 1;
                }
                Ordering::Greater => {
                    let tree = new.as_ref().expect("new");
                    let b = b.expect("new entry");
                    self.one_side(tree, b, base, RawKind::Added, out)?;
                    j += 1;
                }
                Ordering::Equal => {
                    let (old, new) = (old.as_ref().expect("old"), new.as_ref().expect("new"));
                    let (a, b) = (a.expect("old entry"), b.expect("new entry"));
                    let (a_id, b_id) = (old.id(a), new.id(b));
                    if old.bytes(a) != new.bytes(b) && (a_id != b_id || a.mode != b.mode) {
                        let path = join(base, new.name(b));
                        if b.is_tree() {
                            self.diff(Some(a_id), Some(b_id), &path, out)?;
                        } else {
                            out.push(RawChange {
                                path,
                                kind: RawKind::Modified,
                                id: b_id,
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
        &mut self,
        tree: &RawTree<'_>,
        entry: &Entry,
        base: &str,
        kind: RawKind,
        out: &mut Vec<RawChange>,
    ) -> Result<(), git2::Error> {
        let path = join(base, tree.name(entry));
        let id = tree.id(entry);
        if entry.is_tree() {
            let (old, new) = match kind {
                RawKind::Deleted => (Some(id), None),
                _ => (None, Some(id)),
            };
            self.diff(old, new, &path, out)
        } else {
            out.push(RawChange { path, kind, id });
            Ok(())
        }
    }

    /// Every file in a tree, with paths below `base`.
    pub fn files(&mut self, tree: Oid, base: &str) -> Result<Vec<String>, git2::Error> {
        let mut out = Vec::new();
        self.diff(None, Some(tree), base, &mut out)?;
        Ok(out.into_iter().map(|c| c.path).collect())
    }
}

#[cfg(test)]
mod tests {
    use super::*;
    use git2::Repository;

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
    fn common_prefix_and_suffix() {
        let a: Vec<u8> = (0..100).collect();
        let mut b = a.clone();
        b[70] = 0xff;
        assert_eq!(common_prefix(&a, &b), 70);
        assert_eq!(common_suffix(&a, &b), 29);
        assert_eq!(common_prefix(&a, &a[..40]), 40);
        assert_eq!(common_suffix(&a, &a[60..]), 40);
        assert_eq!(common_prefix(b"", b"x"), 0);
    }

    fn tree(repo: &Repository, entries: &[(&str, Oid, i32)]) -> Oid {
        let mut b = repo.treebuilder(None).unwrap();
        for (name, id, mode) in entries {
            b.insert(name, *id, *mode).unwrap();
        }
        b.write().unwrap()
    }

    #[test]
    fn diffs_nested_trees() {
        let dir = tempfile::tempdir().unwrap();
        let repo = Repository::init(dir.path()).unwrap();
        let blob = |s: &str| repo.blob(s.as_bytes()).unwrap();
        let dir_mode = TREE_MODE as i32;
        let sub1 = tree(
            &repo,
            &[("x.md", blob("1"), 0o100644), ("y.md", blob("2"), 0o100644)],
        );
        let sub2 = tree(
            &repo,
            &[("x.md", blob("1"), 0o100644), ("y.md", blob("3"), 0o100644)],
        );
        let same = tree(&repo, &[("z.md", blob("z"), 0o100644)]);
        let old = tree(
            &repo,
            &[
                ("a", sub1, dir_mode),
                ("a.md", blob("a"), 0o100644),
                ("s", same, dir_mode),
            ],
        );
        let new = tree(
            &repo,
            &[
                ("a", sub2, dir_mode),
                ("a0.md", blob("a"), 0o100644),
                ("n", same, dir_mode),
                ("s", same, dir_mode),
            ],
        );
        let odb = repo.odb().unwrap();
        let mut trees = Trees::new(&odb);
        let mut out = Vec::new();
        trees.diff(Some(old), Some(new), "", &mut out).unwrap();
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
            trees.files(new, "r").unwrap(),
            ["r/a/x.md", "r/a/y.md", "r/a0.md", "r/n/z.md", "r/s/z.md"]
        );
        assert_eq!(trees.subtree(new, "a").unwrap(), Some(sub2));
        assert_eq!(trees.subtree(new, "a.md").unwrap(), None);
        assert_eq!(trees.subtree(new, "").unwrap(), Some(new));
    }

    /// A large folder where one entry changes, at the start, in the middle, at the end;
    /// entries added and removed; names that share their ends; a mode change.
    #[test]
    fn the_equal_start_and_end_are_skipped_exactly() {
        let dir = tempfile::tempdir().unwrap();
        let repo = Repository::init(dir.path()).unwrap();
        let blob = |s: &str| repo.blob(s.as_bytes()).unwrap();
        let names: Vec<String> = (0..300).map(|n| format!("rutin-{n:04}.md")).collect();
        let base: Vec<(String, Oid, i32)> = names
            .iter()
            .map(|n| (n.clone(), blob(n), 0o100644))
            .collect();
        let build = |entries: &[(String, Oid, i32)]| {
            let refs: Vec<(&str, Oid, i32)> = entries
                .iter()
                .map(|(n, i, m)| (n.as_str(), *i, *m))
                .collect();
            tree(&repo, &refs)
        };
        let old = build(&base);
        type Entries = Vec<(String, Oid, i32)>;
        let mut cases: Vec<(Entries, Vec<(&str, RawKind)>)> = Vec::new();
        for at in [0, 1, 150, 298, 299] {
            let mut v = base.clone();
            v[at].1 = blob("ändrad");
            cases.push((v, vec![(names[at].as_str(), RawKind::Modified)]));
        }
        let mut v = base.clone();
        v.remove(0);
        cases.push((v, vec![(names[0].as_str(), RawKind::Deleted)]));
        let mut v = base.clone();
        v.remove(299);
        cases.push((v, vec![(names[299].as_str(), RawKind::Deleted)]));
        let mut v = base.clone();
        v.insert(100, ("rutin-0099a.md".into(), blob("ny"), 0o100644));
        cases.push((v, vec![("rutin-0099a.md", RawKind::Added)]));
        let mut v = base.clone();
        v[7].2 = 0o100755;
        cases.push((v, vec![(names[7].as_str(), RawKind::Modified)]));
        let mut v = base.clone();
        v[10].1 = blob("x");
        v[290].1 = blob("y");
        cases.push((
            v,
            vec![
                (names[10].as_str(), RawKind::Modified),
                (names[290].as_str(), RawKind::Modified),
            ],
        ));
        let odb = repo.odb().unwrap();
        let mut trees = Trees::new(&odb);
        for (entries, expected) in cases {
            let new = build(&entries);
            for (a, b, flip) in [(old, new, false), (new, old, true)] {
                let mut out = Vec::new();
                trees.diff(Some(a), Some(b), "", &mut out).unwrap();
                let got: Vec<_> = out.iter().map(|c| (c.path.as_str(), c.kind)).collect();
                let want: Vec<_> = expected
                    .iter()
                    .map(|&(p, k)| {
                        let k = match (k, flip) {
                            (RawKind::Added, true) => RawKind::Deleted,
                            (RawKind::Deleted, true) => RawKind::Added,
                            (k, _) => k,
                        };
                        (p, k)
                    })
                    .collect();
                assert_eq!(got, want);
            }
            trees.next_generation();
        }
    }
}
