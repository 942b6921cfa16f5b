//! Finding the document files below the root: hidden paths, `.gitignore` and the
//! `exkludera` globs are skipped, symlinks may not lead out of the root.

use std::cmp::Ordering;
use std::path::{Path, PathBuf};
use std::sync::{Arc, Mutex};

use globset::{Glob, GlobSet, GlobSetBuilder};
use ignore::WalkBuilder;

#[derive(Debug, Clone, PartialEq, Eq)]
pub enum Problem {
    OutsideRoot,
    Loop,
    Unreadable(String),
}

/// Whether a file name is a document candidate: `.yaml`, `.yml` or `.md` in any case (as
/// [`Path::extension`] reads it: a name that starts with its only dot has none).
fn is_candidate(path: &Path) -> bool {
    let bytes = path.as_os_str().as_encoded_bytes();
    let name = match bytes
        .iter()
        .rposition(|&b| std::path::is_separator(b.into()))
    {
        Some(i) => &bytes[i + 1..],
        None => bytes,
    };
    name.iter().rposition(|&b| b == b'.').is_some_and(|dot| {
        let extension = &name[dot + 1..];
        dot > 0
            && [&b"yaml"[..], b"yml", b"md"]
                .iter()
                .any(|x| extension.eq_ignore_ascii_case(x))
    })
}

pub fn build_excludes(globs: &[String]) -> Result<GlobSet, String> {
    let mut builder = GlobSetBuilder::new();
    for g in globs {
        let glob = Glob::new(g).map_err(|e| format!("exkludera: '{g}': {e}"))?;
        builder.add(glob);
    }
    builder.build().map_err(|e| e.to_string())
}

/// Walks below `root` on this thread and hands each candidate document to `found`: its
/// path relative to the root with `/` (a name that is not UTF-8 shown with `�`) and the
/// path to read. Returns the paths that could not be walked (symlink loops, unreadable
/// folders, links out of the root), with why, sorted.
///
/// The files come in the order of their relative paths, so that loading can read and
/// place them while the walk goes on; except that a name that is not UTF-8, or a file
/// name that is the start of another's in the same folder (`a.md`, `a.md.yaml`), may
/// come out of that order: the caller checks.
pub fn walk(
    root: &Path,
    excludes: &GlobSet,
    mut found: impl FnMut(String, PathBuf),
) -> Vec<(String, Problem)> {
    let canonical_root = root.canonicalize().unwrap_or_else(|_| root.to_path_buf());
    let outside: Arc<Mutex<Vec<PathBuf>>> = Arc::default();
    let outside_in_filter = Arc::clone(&outside);

    let walker = WalkBuilder::new(root)
        .hidden(true)
        .git_ignore(true)
        .git_exclude(true)
        .git_global(false)
        .require_git(false)
        .ignore(false)
        .parents(true)
        .follow_links(true)
        .sort_by_file_path(walk_order)
        .filter_entry(move |entry| {
            if entry.path_is_symlink() {
                let inside = entry
                    .path()
                    .canonicalize()
                    .map(|p| p.starts_with(&canonical_root))
                    .unwrap_or(false);
                if !inside {
                    outside_in_filter
                        .lock()
                        .expect("walk lock")
                        .push(entry.path().to_path_buf());
                    return false;
                }
            }
            true
        })
        // On one thread: walked on two, it took as long, and each of its threads touched
        // memory of its own (megabytes, zeroed by the system) for a few paths.
        .build();

    let mut problems = Vec::new();
    for result in walker {
        match result {
            Ok(entry) => {
                let path = entry.path();
                if entry.file_type().is_some_and(|t| t.is_file()) && is_candidate(path) {
                    let rel = relative(root, path);
                    if rel != crate::model::config::FILE_NAME && !excludes.is_match(&rel) {
                        found(rel, entry.into_path());
                    }
                }
            }
            Err(err) => {
                let (path, problem) = describe(&err);
                let rel = path.map_or_else(|| String::from("."), |p| relative(root, &p));
                problems.push((rel, problem));
            }
        }
    }
    for path in outside.lock().expect("walk lock").drain(..) {
        problems.push((relative(root, &path), Problem::OutsideRoot));
    }
    problems.sort_by(|a, b| a.0.cmp(&b.0));
    problems
}

/// The order in which the entries of a folder are walked: by name as if each were
/// followed by `/`, so that a folder's files (`a/…`) come where their paths sort: after
/// `a-b.md`, since `-` sorts before `/`. Both paths are in the same folder.
fn walk_order(a: &Path, b: &Path) -> Ordering {
    let (a, b) = (
        a.as_os_str().as_encoded_bytes(),
        b.as_os_str().as_encoded_bytes(),
    );
    let n = a.len().min(b.len());
    a[..n].cmp(&b[..n]).then_with(|| {
        let next = |s: &[u8]| s.get(n).copied().unwrap_or(b'/');
        next(a).cmp(&next(b))
    })
}

fn describe(err: &ignore::Error) -> (Option<PathBuf>, Problem) {
    match err {
        ignore::Error::WithPath { path, err } => {
            let (_, problem) = describe(err);
            (Some(path.clone()), problem)
        }
        ignore::Error::WithDepth { err, .. } | ignore::Error::WithLineNumber { err, .. } => {
            describe(err)
        }
        ignore::Error::Loop { child, .. } => (Some(child.clone()), Problem::Loop),
        other => (None, Problem::Unreadable(other.to_string())),
    }
}

/// `path` relative to `root`, with `/`.
pub fn relative(root: &Path, path: &Path) -> String {
    // A path the walk found is the root's path, `/` and more: cut off by its bytes
    // (`strip_prefix` compares component by component).
    #[cfg(unix)]
    {
        let root = root.as_os_str().as_encoded_bytes();
        if let Some(rest) = path.as_os_str().as_encoded_bytes().strip_prefix(root)
            && let Some(rel) = rest
                .strip_prefix(b"/")
                .or(root.ends_with(b"/").then_some(rest))
            && !rel.is_empty()
        {
            return String::from_utf8_lossy(rel).into_owned();
        }
    }
    let rel = path.strip_prefix(root).unwrap_or(path);
    if cfg!(unix) {
        // Already `/`-separated: one conversion, no vector of components.
        return rel.to_string_lossy().into_owned();
    }
    rel.components()
        .map(|c| c.as_os_str().to_string_lossy())
        .collect::<Vec<_>>()
        .join("/")
}

#[cfg(test)]
mod tests {
    use super::*;

    #[test]
    fn candidates_are_read_from_the_extension() {
        for yes in ["a/b.md", "a/B.MD", "x.yml", "a/b/x.Yaml", "a.b/c.md"] {
            assert!(is_candidate(Path::new(yes)), "{yes}");
        }
        for no in [
            "a/.md",
            ".yaml",
            "a/x.txt",
            "a/md",
            "a/x.md.bak",
            "a.md/x",
            "a/x.",
        ] {
            assert!(!is_candidate(Path::new(no)), "{no}");
        }
    }

    #[test]
    fn the_walk_gives_files_in_the_order_of_their_paths() {
        let dir = tempfile::tempdir().unwrap();
        let rels = [
            "rutiner/b.md",
            "rutiner-arkiv/a.md",
            "rutiner.md",
            "rutiner/a/c.md",
            "rutiner/a-b.md",
            "a.md",
            "b/c/d.yml",
        ];
        for rel in rels {
            let path = dir.path().join(rel);
            std::fs::create_dir_all(path.parent().unwrap()).unwrap();
            std::fs::write(path, "").unwrap();
        }
        let mut found = Vec::new();
        let excludes = build_excludes(&[]).unwrap();
        let problems = walk(dir.path(), &excludes, |rel, _| found.push(rel));
        assert!(problems.is_empty());
        let mut sorted: Vec<String> = rels.iter().map(|r| r.to_string()).collect();
        sorted.sort();
        assert_eq!(found, sorted);
    }

    #[test]
    fn walk_order_puts_a_folder_where_its_files_sort() {
        let order = |a: &str, b: &str| walk_order(Path::new(a), Path::new(b));
        assert_eq!(order("r/a", "r/a-b"), Ordering::Greater);
        assert_eq!(order("r/a", "r/a.md"), Ordering::Greater);
        assert_eq!(order("r/a", "r/a0"), Ordering::Less);
        assert_eq!(order("r/a", "r/b"), Ordering::Less);
        assert_eq!(order("r/a.md", "r/a.md"), Ordering::Equal);
    }

    #[test]
    fn relative_cuts_off_the_root() {
        let cases = [
            ("/r", "/r/a/b.md", "a/b.md"),
            ("/r/", "/r/a/b.md", "a/b.md"),
            ("r", "r/a.md", "a.md"),
            ("./r", "./r/a.md", "a.md"),
            // Not the root's bytes and more: component by component.
            ("/r/./", "/r/a.md", "a.md"),
            ("/ra", "/r/a.md", "/r/a.md"),
        ];
        for (root, path, rel) in cases {
            assert_eq!(
                relative(Path::new(root), Path::new(path)),
                rel,
                "{root} {path}"
            );
        }
    }
}
