//! The git history of every file under the lsk root, from one walk over the commits.
//!
//! [`load`] walks every commit reachable from HEAD once, newest first (topological order,
//! then time), and diffs each commit's tree against its parent's (`treediff.rs`): only
//! subtrees whose ids differ are read, and only the root's folder (the prefix) is descended
//! into. A root commit, or the oldest commit of a shallow clone, is diffed against the empty
//! tree. The diffs are made in parallel, in chunks of the walk; `follow.rs` then pairs exact
//! renames (a deleted and an added path with the same blob) and follows each file back
//! through its earlier paths, in walk order.
//!
//! Merge commits contribute no changes of their own, as in `git log --name-status`: what a
//! branch changed is attributed to the branch's commits, which the walk also visits. The
//! consequence: a change made only in a merge (a conflict resolution, an "evil merge") is not
//! attributed to anyone, and a file that only a merge brought in has no history.
//!
//! Renames are followed along the walk order, which is exact for linear history. When two
//! parallel branches both touch a file and one of them renames it, the changes on the other
//! branch may land in a separate history for the old path (as with `git log --follow`).
//! Only the root's folder is diffed, so a file moved in from outside the root starts with
//! `Added`, and one moved out of it ends with `Deleted`.
//!
//! Uncommitted changes are listed in [`History::uncommitted`]; they are not part of the
//! history.

mod commit;
mod follow;
mod treediff;

use std::collections::{BTreeMap, HashMap};
use std::path::{Path, PathBuf};

use git2::{ErrorCode, Oid, Repository, Sort, StatusOptions};
use rayon::prelude::*;

use crate::model::Date;

/// How to load the history.
#[derive(Debug, Clone, Default)]
pub struct Options {
    /// Show a progress spinner on stderr (pass true only when stderr is a terminal).
    pub progress: bool,
}

/// Why the history could not be loaded, or does not cover a period.
#[derive(Debug, Clone, PartialEq, Eq)]
pub enum Error {
    /// The root is not inside a git repository with a work tree.
    NotARepository(PathBuf),
    /// The clone is shallow and its oldest commit is after the start of the period asked for.
    Shallow { oldest: Date, since: Date },
    /// A git error.
    Git(String),
}

impl std::fmt::Display for Error {
    fn fmt(&self, f: &mut std::fmt::Formatter<'_>) -> std::fmt::Result {
        match self {
            Error::NotARepository(path) => {
                write!(
                    f,
                    "{} is not inside a git repository with a work tree",
                    path.display()
                )
            }
            Error::Shallow { oldest, since } => write!(
                f,
                "the git history is incomplete: this is a shallow clone whose oldest commit is \
                 from {oldest}, but the history from {since} is needed. Fetch more history with \
                 `git fetch --unshallow` (all of it) or `git fetch --shallow-since={since}`; in \
                 GitHub Actions, give `actions/checkout` the input `fetch-depth: 0`"
            ),
            Error::Git(message) => write!(f, "git: {message}"),
        }
    }
}

impl std::error::Error for Error {}

impl Error {
    /// The error in the user's language (`Display` is English, for logs).
    pub fn describe(&self, lang: crate::lang::Lang) -> String {
        match (self, lang) {
            (_, crate::lang::Lang::En) => self.to_string(),
            (Error::NotARepository(path), _) => format!(
                "{} ligger inte i ett git-förråd med arbetskatalog",
                path.display()
            ),
            (Error::Shallow { oldest, since }, _) => format!(
                "git-historiken är ofullständig: det här är en grund klon vars äldsta commit är \
                 från {oldest}, men historiken från {since} behövs. Hämta mer historik med \
                 `git fetch --unshallow` (hela) eller `git fetch --shallow-since={since}`; i \
                 GitHub Actions, ge `actions/checkout` indata `fetch-depth: 0`"
            ),
            (Error::Git(message), _) => format!("git: {message}"),
        }
    }
}

impl From<git2::Error> for Error {
    fn from(e: git2::Error) -> Self {
        Error::Git(e.message().to_string())
    }
}

/// What a commit did to a file.
#[derive(Debug, Clone, PartialEq, Eq)]
pub enum ChangeKind {
    Added,
    Modified,
    /// Moved from another path (relative to the root), with the same content.
    Renamed {
        from: String,
    },
    Deleted,
}

/// One commit's change to one file.
#[derive(Debug, Clone, PartialEq, Eq)]
pub struct Change {
    /// The commit's full hex id.
    pub commit: String,
    /// The committer's time as a date in Europe/Stockholm.
    pub date: Date,
    /// The committer's time in seconds since the epoch, for ordering.
    pub time: i64,
    /// The author's name.
    pub author: String,
    /// The first line of the commit message.
    pub message: String,
    pub kind: ChangeKind,
    /// The file's path in this commit, relative to the root.
    pub path: String,
    /// The file's content in this commit: its blob id (none when deleted).
    pub(crate) blob: Option<Oid>,
}

impl Change {
    /// The id of the file's content in this commit (none when deleted), for reading it
    /// without looking the path up in the commit's tree.
    pub fn blob(&self) -> Option<Oid> {
        self.blob
    }
}

/// The whole history of one file, across renames.
#[derive(Debug, Clone, PartialEq, Eq)]
pub struct FileHistory {
    /// The current path, or for a deleted file its last one, relative to the root.
    pub path: String,
    /// Not present at HEAD.
    pub deleted: bool,
    /// Newest first; never empty.
    pub changes: Vec<Change>,
}

impl FileHistory {
    /// The oldest change (usually the addition).
    pub fn first(&self) -> &Change {
        self.changes.last().expect("a history has changes")
    }

    /// The newest change.
    pub fn last(&self) -> &Change {
        self.changes.first().expect("a history has changes")
    }

    /// The authors, each once, in the order of their newest change.
    pub fn authors(&self) -> Vec<&str> {
        let mut out: Vec<&str> = Vec::new();
        for c in &self.changes {
            if !out.contains(&c.author.as_str()) {
                out.push(&c.author);
            }
        }
        out
    }

    /// Every path the file has had, newest first.
    pub fn paths(&self) -> Vec<&str> {
        let mut out: Vec<&str> = Vec::new();
        for c in &self.changes {
            if !out.contains(&c.path.as_str()) {
                out.push(&c.path);
            }
        }
        out
    }
}

/// The history of every file under the root.
#[derive(Debug, Clone)]
pub struct History {
    /// The enclosing git repository's work tree.
    pub workdir: PathBuf,
    /// The root's path inside the work tree: "" or "sub/dir", with `/`.
    pub prefix: String,
    /// Per file, keyed by its path relative to the root at HEAD, or for a file deleted since,
    /// its last path (`path@<commit>` with the deleting commit's short id when that path is
    /// taken by a newer file).
    pub files: BTreeMap<String, FileHistory>,
    /// Whether the clone is shallow.
    pub shallow: bool,
    /// The date of the oldest commit reachable from HEAD.
    pub oldest: Option<Date>,
    /// Paths relative to the root with uncommitted changes: modified, added, deleted, or
    /// untracked and not ignored.
    pub uncommitted: Vec<String>,
    /// Earlier paths → the key of the newest history that had them.
    aliases: HashMap<String, String>,
}

impl History {
    /// Err([`Error::Shallow`]) when the clone is shallow and its oldest commit is after
    /// `since`: the period asked for is not all there.
    pub fn ensure_covers(&self, since: Date) -> Result<(), Error> {
        match self.oldest {
            Some(oldest) if self.shallow && oldest > since => Err(Error::Shallow { oldest, since }),
            _ => Ok(()),
        }
    }

    /// The history of the file at this root-relative path, following renames: a path the
    /// file had earlier finds it too.
    pub fn file(&self, path: &str) -> Option<&FileHistory> {
        self.files
            .get(path)
            .or_else(|| self.aliases.get(path).and_then(|key| self.files.get(key)))
    }
}

/// Loads the history of every file under `root`.
pub fn load(root: &Path, options: &Options) -> Result<History, Error> {
    // Objects are only read. Like git, do not re-hash every object read (a fifth of the
    // time), and keep no object in libgit2's cache: the walk reads each commit once and
    // keeps the trees it needs itself, and filling and freeing the cache cost a tenth of
    // the time. Both are process-wide libgit2 settings.
    git2::opts::strict_hash_verification(false);
    git2::opts::enable_caching(false);
    let repo = Repository::discover(root).map_err(|_| Error::NotARepository(root.to_path_buf()))?;
    let workdir = repo
        .workdir()
        .ok_or_else(|| Error::NotARepository(root.to_path_buf()))?
        .to_path_buf();
    let prefix = prefix_of(&workdir, root)?;
    let git_dir = repo.path().to_path_buf();
    // The uncommitted changes (a `git status` of the work tree) are listed on a thread of
    // their own, while the commits are walked and diffed.
    std::thread::scope(|scope| {
        let status = scope.spawn(|| -> Result<Vec<String>, Error> {
            uncommitted(&Repository::open(&git_dir)?, &prefix)
        });
        let walked = walk(&repo, &prefix, options);
        let uncommitted = status
            .join()
            .unwrap_or_else(|panic| std::panic::resume_unwind(panic))?;
        let walked = walked?;
        let mut history = History {
            workdir,
            prefix: prefix.clone(),
            files: BTreeMap::new(),
            shallow: repo.is_shallow(),
            oldest: None,
            uncommitted,
            aliases: HashMap::new(),
        };
        if let Some((files, aliases, oldest)) = walked {
            history.files = files;
            history.aliases = aliases;
            history.oldest = oldest.map(date_of);
        }
        Ok(history)
    })
}

/// Every file's history (and the earlier paths, and the oldest commit's time), or none
/// when HEAD has no commit yet.
type Walked = (
    BTreeMap<String, FileHistory>,
    HashMap<String, String>,
    Option<i64>,
);

/// Walks the commits from HEAD and diffs each against its parent below `prefix`.
fn walk(repo: &Repository, prefix: &str, options: &Options) -> Result<Option<Walked>, Error> {
    let head = match repo.head() {
        Ok(head) => head.peel_to_commit()?,
        Err(e) if matches!(e.code(), ErrorCode::UnbornBranch | ErrorCode::NotFound) => {
            return Ok(None);
        }
        Err(e) => return Err(e.into()),
    };

    let progress = options.progress.then(|| {
        let bar = indicatif::ProgressBar::new_spinner();
        bar.set_message("git history: listing commits");
        bar.enable_steady_tick(std::time::Duration::from_millis(120));
        bar
    });

    let mut walk = repo.revwalk()?;
    walk.set_sorting(Sort::TOPOLOGICAL | Sort::TIME)?;
    walk.push(head.id())?;
    let commits: Vec<Oid> = walk.collect::<Result<_, _>>()?;

    if let Some(bar) = &progress {
        bar.set_style(
            indicatif::ProgressStyle::with_template("{spinner} git history: {pos}/{len} commits")
                .unwrap_or_else(|_| indicatif::ProgressStyle::default_spinner()),
        );
        bar.set_length(commits.len() as u64);
    }

    let head_files = {
        let odb = repo.odb()?;
        let mut trees = treediff::Trees::new(&odb);
        match trees.subtree(head.tree_id(), prefix)? {
            Some(id) => trees.files(id, "")?,
            None => Vec::new(),
        }
    };
    let mut follower = follow::Follower::new(head_files);

    // Diffing is independent per commit: contiguous chunks of the walk are diffed in
    // parallel, each with its own handle on the repository (a `Repository` is not `Sync`),
    // and the changes are then followed in walk order.
    let chunk = (commits.len() / (rayon::current_num_threads() * 4)).clamp(256, 4096);
    let git_dir = repo.path().to_path_buf();
    let shallow = repo.is_shallow();
    let chunks: Vec<Diffed> = commits
        .par_chunks(chunk)
        .map(|commits| diff_commits(&git_dir, commits, prefix, shallow, progress.as_ref()))
        .collect::<Result<_, _>>()?;
    if let Some(bar) = progress {
        bar.finish_and_clear();
    }
    let mut oldest: Option<i64> = None;
    for diffed in chunks {
        oldest = match (oldest, diffed.oldest) {
            (Some(a), Some(b)) => Some(a.min(b)),
            (a, b) => a.or(b),
        };
        for (info, changes) in diffed.commits {
            follower.commit(&info, changes);
        }
    }
    let (files, aliases) = follower.finish();
    Ok(Some((files, aliases, oldest)))
}

/// A chunk of the walk, diffed: the commits that changed files under the prefix, with their
/// changes, and the oldest commit time seen.
struct Diffed {
    commits: Vec<(follow::CommitInfo, Vec<follow::Paired>)>,
    oldest: Option<i64>,
}

/// Diffs each commit in `commits` against its parent, below `prefix`.
fn diff_commits(
    git_dir: &Path,
    commits: &[Oid],
    prefix: &str,
    shallow: bool,
    progress: Option<&indicatif::ProgressBar>,
) -> Result<Diffed, Error> {
    let repo = Repository::open(git_dir)?;
    let odb = repo.odb()?;
    let mut trees = treediff::Trees::new(&odb);
    let mut out = Diffed {
        commits: Vec::new(),
        oldest: None,
    };
    let mut raw = Vec::new();
    // The parent read for the last commit: in a linear walk, the next one.
    let mut next: Option<(Oid, commit::Commit)> = None;
    for (n, &id) in commits.iter().enumerate() {
        if let Some(bar) = progress
            && n % 256 == 255
        {
            bar.inc(256);
        }
        let commit = match next.take() {
            Some((read, commit)) if read == id => commit,
            _ => commit::read(&repo, &odb, id, shallow)?,
        };
        let time = commit.time;
        out.oldest = Some(out.oldest.map_or(time, |o| o.min(time)));
        if commit.parents.len() > 1 {
            continue; // merges contribute no changes of their own
        }
        // The trees this commit shares with the next one in the walk (its parent, in a
        // linear history) stay in the cache for it.
        trees.next_generation();
        let new = trees.subtree(commit.tree, prefix)?;
        let old = match commit.parents.first() {
            Some(&parent) => {
                let parent_commit = commit::read(&repo, &odb, parent, shallow)?;
                let tree = parent_commit.tree;
                next = Some((parent, parent_commit));
                trees.subtree(tree, prefix)?
            }
            None => None,
        };
        if old == new {
            continue;
        }
        raw.clear();
        trees.diff(old, new, "", &mut raw)?;
        if raw.is_empty() {
            continue;
        }
        let info = follow::CommitInfo {
            commit: id.to_string(),
            date: date_of(time),
            time,
            author: commit.author,
            message: commit.message,
        };
        out.commits
            .push((info, follow::pair_renames(std::mem::take(&mut raw))));
    }
    if let Some(bar) = progress {
        bar.inc((commits.len() % 256) as u64);
    }
    Ok(out)
}

/// The civil date in Europe/Stockholm of a time in seconds since the epoch.
fn date_of(seconds: i64) -> Date {
    Date::in_sweden(jiff::Timestamp::from_second(seconds).unwrap_or(jiff::Timestamp::UNIX_EPOCH))
}

/// The root's path inside the work tree, with `/`.
fn prefix_of(workdir: &Path, root: &Path) -> Result<String, Error> {
    let canonical = |p: &Path| p.canonicalize().unwrap_or_else(|_| p.to_path_buf());
    let (workdir, root) = (canonical(workdir), canonical(root));
    let relative = root
        .strip_prefix(&workdir)
        .map_err(|_| Error::NotARepository(root.clone()))?;
    let parts: Vec<String> = relative
        .components()
        .map(|c| c.as_os_str().to_string_lossy().into_owned())
        .collect();
    Ok(parts.join("/"))
}

/// Paths under the prefix with uncommitted changes, relative to the root.
fn uncommitted(repo: &Repository, prefix: &str) -> Result<Vec<String>, Error> {
    let mut options = StatusOptions::new();
    options
        .include_untracked(true)
        .recurse_untracked_dirs(true)
        .include_ignored(false)
        .exclude_submodules(true);
    if !prefix.is_empty() {
        options.pathspec(format!("{prefix}/"));
    }
    let statuses = repo.statuses(Some(&mut options))?;
    let mut out: Vec<String> = statuses
        .iter()
        .filter(|s| !s.status().is_empty() && !s.status().is_ignored())
        .filter_map(|s| {
            let path = String::from_utf8_lossy(s.path_bytes()).into_owned();
            strip_prefix(&path, prefix).map(str::to_string)
        })
        .collect();
    out.sort();
    out.dedup();
    Ok(out)
}

fn strip_prefix<'a>(path: &'a str, prefix: &str) -> Option<&'a str> {
    if prefix.is_empty() {
        return Some(path);
    }
    path.strip_prefix(prefix)?.strip_prefix('/')
}

#[cfg(test)]
mod tests {
    use super::*;

    #[test]
    fn strips_the_prefix() {
        assert_eq!(strip_prefix("kvalitet/a.md", "kvalitet"), Some("a.md"));
        assert_eq!(strip_prefix("kvalitetx/a.md", "kvalitet"), None);
        assert_eq!(strip_prefix("a.md", ""), Some("a.md"));
    }

    #[test]
    fn the_shallow_error_says_how_to_fetch_more() {
        let e = Error::Shallow {
            oldest: Date::new(2026, 3, 1).unwrap(),
            since: Date::new(2025, 1, 1).unwrap(),
        };
        let text = e.to_string();
        assert!(text.contains("git fetch --unshallow"));
        assert!(text.contains("--shallow-since=2025-01-01"));
        assert!(text.contains("fetch-depth: 0"));
    }
}
