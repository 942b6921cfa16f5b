//! What the history needs of a commit — its tree, parents, committer time, author's name
//! and message — read from the raw commit object.
//!
//! `Repository::find_commit` parses every header and signature into allocations of its
//! own and keeps the commit in libgit2's object cache; the walk reads each commit once (and
//! its parent's tree id from the parent, read once for the next step of the walk). What
//! this parser does not understand (a malformed signature, a missing header) is left to
//! libgit2, whose answer is then used, so that both read a commit alike.

use git2::{Odb, Oid, Repository};

/// One commit, as the diff and the follower need it.
#[derive(Debug, Clone, PartialEq, Eq)]
pub(crate) struct Commit {
    pub tree: Oid,
    pub parents: Vec<Oid>,
    /// The committer's time, in seconds since the epoch.
    pub time: i64,
    pub author: String,
    /// The message's first line, trimmed.
    pub message: String,
}

/// Reads a commit: from its raw object, or through libgit2 when the raw object is not
/// plain (or `libgit2_only`, as for a shallow clone, whose grafts libgit2 applies).
pub(crate) fn read(
    repo: &Repository,
    odb: &Odb<'_>,
    id: Oid,
    libgit2_only: bool,
) -> Result<Commit, git2::Error> {
    if !libgit2_only
        && let Ok(object) = odb.read(id)
        && object.kind() == git2::ObjectType::Commit
        && let Some(commit) = parse(object.data())
    {
        return Ok(commit);
    }
    let commit = repo.find_commit(id)?;
    Ok(Commit {
        tree: commit.tree_id(),
        parents: commit.parent_ids().collect(),
        time: commit.time().seconds(),
        author: String::from_utf8_lossy(commit.author().name_bytes()).into_owned(),
        message: first_line(commit.message_bytes()),
    })
}

/// The first line of a message, trimmed.
pub(crate) fn first_line(message: &[u8]) -> String {
    let line = message.split(|&b| b == b'\n').next().unwrap_or_default();
    String::from_utf8_lossy(line).trim().to_string()
}

/// Parses `tree`, `parent`, `author` and `committer` and the message; `None` for anything
/// not exactly as git writes it.
fn parse(data: &[u8]) -> Option<Commit> {
    let mut rest = data;
    let mut line = || -> Option<&[u8]> {
        let end = rest.iter().position(|&b| b == b'\n')?;
        let (line, after) = rest.split_at(end);
        rest = &after[1..];
        Some(line)
    };
    let tree = hex_id(line()?.strip_prefix(b"tree ")?)?;
    let mut parents = Vec::new();
    let mut next = line()?;
    while let Some(hex) = next.strip_prefix(b"parent ") {
        parents.push(hex_id(hex)?);
        next = line()?;
    }
    let (author, _) = signature(next.strip_prefix(b"author ")?)?;
    let (_, time) = signature(line()?.strip_prefix(b"committer ")?)?;
    // Other headers (encoding, gpgsig and its continuation lines, mergetag) until the blank
    // line; a message in another encoding is left to libgit2.
    loop {
        let header = line();
        match header {
            None => {
                // No message at all: libgit2 reads it as empty.
                return None;
            }
            Some(b"") => break,
            Some(h) if h.starts_with(b"encoding ") => return None,
            Some(_) => {}
        }
    }
    // libgit2 skips newlines at the start of the message.
    let message = {
        let start = rest.iter().position(|&b| b != b'\n').unwrap_or(rest.len());
        first_line(&rest[start..])
    };
    Some(Commit {
        tree,
        parents,
        time,
        author,
        message,
    })
}

fn hex_id(hex: &[u8]) -> Option<Oid> {
    if hex.len() != 40 {
        return None;
    }
    Oid::from_str(std::str::from_utf8(hex).ok()?).ok()
}

/// `Name <email> 1700000000 +0100` → the name (trimmed, as libgit2 does) and the time.
fn signature(line: &[u8]) -> Option<(String, i64)> {
    let open = line.iter().rposition(|&b| b == b'<')?;
    let close = line.iter().rposition(|&b| b == b'>')?;
    if close <= open {
        return None;
    }
    let name = line[..open].trim_ascii();
    let mut fields = line[close + 1..].trim_ascii().split(|&b| b == b' ');
    let time = std::str::from_utf8(fields.next()?).ok()?;
    let zone = fields.next()?;
    if fields.next().is_some()
        || !time.bytes().all(|b| b.is_ascii_digit())
        || time.is_empty()
        || zone.len() != 5
        || !matches!(zone[0], b'+' | b'-')
        || !zone[1..].iter().all(u8::is_ascii_digit)
        || name.is_empty()
    {
        return None;
    }
    Some((
        String::from_utf8_lossy(name).into_owned(),
        time.parse().ok()?,
    ))
}

#[cfg(test)]
mod tests {
    use super::*;

    #[test]
    fn first_line_of_a_message() {
        assert_eq!(first_line(b"Ny rutin\n\nMer text"), "Ny rutin");
        assert_eq!(first_line(b""), "");
    }

    /// The raw parse and libgit2 agree on commits written by git2 and by hand.
    #[test]
    fn reads_as_libgit2_does() {
        let dir = tempfile::tempdir().unwrap();
        let repo = Repository::init(dir.path()).unwrap();
        let tree = repo.treebuilder(None).unwrap().write().unwrap();
        let tree = repo.find_tree(tree).unwrap();
        let sig = |name: &str, t: i64| {
            git2::Signature::new(name, "a@example.invalid", &git2::Time::new(t, 60)).unwrap()
        };
        let first = repo
            .commit(
                None,
                &sig("Åsa Öberg", 1_700_000_000),
                &sig("Kim", 1_700_000_100),
                "\n\nRutin ändrad  \n\nMer.",
                &tree,
                &[],
            )
            .unwrap();
        let parent = repo.find_commit(first).unwrap();
        let second = repo
            .commit(
                None,
                &sig("Kim", 1_700_000_200),
                &sig("Kim", 1_700_000_300),
                "Två",
                &tree,
                &[&parent],
            )
            .unwrap();
        let odb = repo.odb().unwrap();
        // Written by hand: an extra header, odd spacing in the signature, no message.
        let odd = odb
            .write(
                git2::ObjectType::Commit,
                format!(
                    "tree {}\nparent {first}\nauthor   Bo  <b@x> 1700000400 -0200\ncommitter Bo <b@x> 1700000500 -0200\nx-extra yes\n continued\n\n",
                    tree.id()
                )
                .as_bytes(),
            )
            .unwrap();
        for id in [first, second, odd] {
            let raw = parse(odb.read(id).unwrap().data())
                .unwrap_or_else(|| read(&repo, &odb, id, true).unwrap());
            let libgit2 = read(&repo, &odb, id, true).unwrap();
            assert_eq!(raw, libgit2);
        }
        assert_eq!(
            read(&repo, &odb, first, false).unwrap().message,
            "Rutin ändrad"
        );
        assert_eq!(read(&repo, &odb, first, false).unwrap().author, "Åsa Öberg");
        assert_eq!(read(&repo, &odb, second, false).unwrap().parents, [first]);
        assert_eq!(read(&repo, &odb, odd, false).unwrap().time, 1_700_000_500);
    }
}
