//! `lsk changes --since D [--until D]`: per document type, what was created, revised,
//! renamed and repealed (status → upphävd, or deleted) in a period, from git.

use std::cell::OnceCell;
use std::collections::{BTreeMap, HashMap};
use std::sync::Mutex;

use rayon::prelude::*;

use serde::Serialize;

use crate::history::{Change, ChangeKind, FileHistory, History};
use crate::model::{Date, DocType, Repository};

/// What happened to a document in the period.
#[derive(Debug, Clone, PartialEq, Eq, PartialOrd, Ord, Serialize)]
#[serde(rename_all = "kebab-case", tag = "kind")]
pub enum What {
    Created,
    /// Added in the repository's first commit: brought into the repository, not new.
    Imported,
    /// `times` new decisions in the period: `fastställd`, `kontrollsumma` or the
    /// `revisioner` changed.
    Revised {
        times: usize,
    },
    /// The content changed `times` times without a new decision. Changes of whitespace,
    /// order, quoting or comments alone are not counted.
    ChangedWithoutDecision {
        times: usize,
    },
    Renamed {
        from: String,
        to: String,
    },
    /// `status: upphävd` was set.
    Repealed,
    /// The file was removed.
    Deleted,
}

#[derive(Debug, Clone, Serialize)]
pub struct DocumentChange {
    pub typ: DocType,
    pub id: Option<String>,
    pub title: Option<String>,
    /// The file's path now (or when it was deleted).
    pub path: String,
    pub what: What,
    /// The commit date; for a revision, the latest one in the period.
    pub date: Date,
    pub author: String,
}

impl serde::Serialize for DocType {
    fn serialize<S: serde::Serializer>(&self, s: S) -> Result<S::Ok, S::Error> {
        s.serialize_str(self.as_str())
    }
}

/// Reads a file's text at a commit, for what the history alone does not say (its status,
/// or the type and id of a file that no longer exists).
pub trait Contents: Sync {
    fn at(&self, commit: &str, path: &str) -> Option<String>;

    /// The file's text as a change left it (none for a deletion): [`Contents::at`] its
    /// commit and path, or quicker where the change's blob id is enough.
    fn of(&self, change: &Change) -> Option<String> {
        self.at(&change.commit, &change.path)
    }
}

/// What one version of a file says, each part computed once when first asked for.
#[derive(Default)]
struct Version {
    text: OnceCell<Option<String>>,
    status: OnceCell<Option<String>>,
    judged: OnceCell<Judged>,
}

/// The versions of one file, one per change (newest first, as the changes are).
struct Versions<'a> {
    path: &'a str,
    changes: &'a [Change],
    contents: &'a dyn Contents,
    versions: Vec<Version>,
}

impl<'a> Versions<'a> {
    fn new(path: &'a str, file: &'a FileHistory, contents: &'a dyn Contents) -> Self {
        Versions {
            path,
            changes: &file.changes,
            contents,
            versions: (0..file.changes.len())
                .map(|_| Version::default())
                .collect(),
        }
    }

    /// The text as change `i` left it.
    fn text(&self, i: usize) -> Option<&str> {
        let change = self.changes.get(i)?;
        self.versions[i]
            .text
            .get_or_init(|| self.contents.of(change))
            .as_deref()
    }

    fn status(&self, i: usize) -> Option<&str> {
        let text = self.text(i)?;
        self.versions[i]
            .status
            .get_or_init(|| fields(text).get("status").cloned())
            .as_deref()
    }

    fn judged(&self, i: usize) -> &Judged {
        let text = self.text(i).unwrap_or_default();
        self.versions[i]
            .judged
            .get_or_init(|| decision_and_content(self.path, text))
    }

    fn decision(&self, i: usize) -> &Option<Vec<serde_json::Value>> {
        &self.judged(i).0
    }

    fn content(&self, i: usize) -> &Option<String> {
        &self.judged(i).1
    }
}

/// The `typ:`, `id:`, `titel:` and `status:` lines of a document's text.
fn fields(text: &str) -> BTreeMap<&'static str, String> {
    let mut out = BTreeMap::new();
    for key in ["typ", "id", "titel", "status"] {
        if let Some(v) = crate::syntax::peek(text, key) {
            out.insert(key, v.to_string());
        }
    }
    out
}

/// Every document change in `[since, until]`, by type (in the types' order), then date.
pub fn changes(
    repo: &Repository,
    history: &History,
    contents: &dyn Contents,
    since: Date,
    until: Date,
) -> Vec<DocumentChange> {
    // The repository's first commit: what it adds was brought in, not created.
    let root_commit = history
        .files
        .values()
        .map(|f| f.first())
        .min_by_key(|c| c.time)
        .map(|c| c.commit.clone());
    let file_index: HashMap<&str, usize> = repo
        .files
        .iter()
        .enumerate()
        .map(|(i, f)| (f.path.as_str(), i))
        .rev() // the first file of a path, as `position` found it
        .collect();
    let document_of = repo.document_per_file();
    let per_file: Vec<Vec<DocumentChange>> = history
        .files
        .par_iter()
        .map(|(path, file)| {
            let current = file_index.get(path.as_str()).and_then(|&i| document_of[i]);
            let period = (since, until);
            file_changes(
                path,
                file,
                current,
                contents,
                root_commit.as_deref(),
                period,
            )
        })
        .collect();
    let mut out: Vec<DocumentChange> = per_file.into_iter().flatten().collect();
    out.sort_by(|a, b| {
        (a.typ, &a.what_rank(), a.date, &a.path).cmp(&(b.typ, &b.what_rank(), b.date, &b.path))
    });
    out
}

/// The changes in the period of one file's history (`current`: the document at its path
/// now).
fn file_changes(
    path: &str,
    file: &FileHistory,
    current: Option<&crate::model::Document>,
    contents: &dyn Contents,
    root_commit: Option<&str>,
    (since, until): (Date, Date),
) -> Vec<DocumentChange> {
    let mut out = Vec::new();
    let in_period: Vec<&Change> = file
        .changes
        .iter()
        .filter(|c| since <= c.date && c.date <= until)
        .collect();
    if in_period.is_empty() {
        return out;
    }
    // The document as it is now, or as it was before it was deleted.
    let (typ, id, title) = match current {
        Some(doc) => (
            doc.typ(),
            Some(doc.id().to_string()),
            doc.header.title.as_ref().map(|t| t.value.clone()),
        ),
        None => {
            let Some(text) = last_contents(file, contents) else {
                return out;
            };
            let f = fields(&text);
            let Some(typ) = f.get("typ").and_then(|t| DocType::parse(t)) else {
                return out;
            };
            (typ, f.get("id").cloned(), f.get("titel").cloned())
        }
    };
    let mut push = |what: What, change: &Change| {
        out.push(DocumentChange {
            typ,
            id: id.clone(),
            title: title.clone(),
            path: path.to_string(),
            what,
            date: change.date,
            author: change.author.clone(),
        });
    };
    let created = in_period
        .iter()
        .find(|c| c.kind == ChangeKind::Added && std::ptr::eq(**c, file.first()));
    if let Some(c) = created {
        let imported = root_commit == Some(c.commit.as_str());
        push(
            if imported {
                What::Imported
            } else {
                What::Created
            },
            c,
        );
    }
    for c in &in_period {
        if let ChangeKind::Renamed { from } = &c.kind {
            push(
                What::Renamed {
                    from: from.clone(),
                    to: c.path.clone(),
                },
                c,
            );
        }
        if c.kind == ChangeKind::Deleted {
            push(What::Deleted, c);
        }
    }
    // Each modification, against the version before it: a new decision, a change of
    // content without one, or nothing that counts. A repeal is only a repeal.
    let versions = Versions::new(path, file, contents);
    let mut decisions: Vec<&Change> = Vec::new();
    let mut edits: Vec<&Change> = Vec::new();
    for (i, c) in file.changes.iter().enumerate() {
        if !(since <= c.date && c.date <= until) || c.kind != ChangeKind::Modified {
            continue;
        }
        if versions.text(i).is_none() {
            continue;
        }
        if versions.text(i + 1).is_none() {
            decisions.push(c);
            continue;
        }
        if versions.status(i) == Some("upphävd") && versions.status(i + 1) != Some("upphävd") {
            continue;
        }
        if versions.decision(i) != versions.decision(i + 1) {
            decisions.push(c);
        } else if versions.content(i) != versions.content(i + 1) {
            edits.push(c);
        }
    }
    if let Some(latest) = decisions.first() {
        push(
            What::Revised {
                times: decisions.len(),
            },
            latest,
        );
    }
    if let Some(latest) = edits.first() {
        push(What::ChangedWithoutDecision { times: edits.len() }, latest);
    }
    // Repealed: the status became `upphävd` in a change within the period.
    for (i, c) in file.changes.iter().enumerate() {
        if !(since <= c.date && c.date <= until) || c.kind == ChangeKind::Deleted {
            continue;
        }
        // The version's status: none when there is no text, Some(None) without one.
        let status = |i: usize| versions.text(i).map(|_| versions.status(i));
        let repealed = |s: Option<Option<&str>>| matches!(s, Some(Some("upphävd")));
        if repealed(status(i)) && !repealed(status(i + 1)) {
            push(What::Repealed, c);
        }
    }
    out
}

impl DocumentChange {
    fn what_rank(&self) -> u8 {
        match self.what {
            What::Imported => 0,
            What::Created => 1,
            What::Revised { .. } => 2,
            What::ChangedWithoutDecision { .. } => 3,
            What::Renamed { .. } => 4,
            What::Repealed => 5,
            What::Deleted => 6,
        }
    }
}

/// The decision a version records (`fastställd`, `kontrollsumma` and `revisioner`), and
/// the content a decision covers (the checksum: header without decision fields, body with
/// whitespace normalised, so that formatting alone is not a change), from one parse of its
/// header. Both are none when the text has no header or it does not parse.
fn decision_and_content(path: &str, text: &str) -> Judged {
    use crate::syntax::Split;
    let slice = |span: crate::syntax::Span| text.get(span.start..span.end).unwrap_or_default();
    let (header, body) = match crate::syntax::source::split(path, text) {
        Split::Yaml { header } => (header, ""),
        Split::FrontMatter { header, body } => (header, slice(body)),
        _ => return (None, None),
    };
    let Ok(node) = crate::syntax::yaml::parse(slice(header), header.start) else {
        return (None, None);
    };
    let decision = ["fastställd", "kontrollsumma", "revisioner"]
        .iter()
        .map(|k| node.get(k).map_or(serde_json::Value::Null, |n| n.to_json()))
        .collect();
    // Compared, never shown: the text the checksum is computed from, not its hash.
    let content = crate::model::checksum::canonical(&node, body);
    (Some(decision), Some(content))
}

/// A version's decision and content ([`decision_and_content`]).
type Judged = (Option<Vec<serde_json::Value>>, Option<String>);

/// The file's text in the newest change that still had it.
fn last_contents(file: &FileHistory, contents: &dyn Contents) -> Option<String> {
    file.changes
        .iter()
        .filter(|c| c.kind != ChangeKind::Deleted)
        .find_map(|c| contents.of(c))
}

/// File contents from the git object database. Usable from several threads: each takes a
/// handle on the repository of its own from a pool (a `git2::Repository` is not `Sync`).
pub struct GitContents {
    git_dir: std::path::PathBuf,
    pool: Mutex<Vec<git2::Repository>>,
    prefix: String,
}

impl GitContents {
    pub fn open(history: &History) -> Result<Self, git2::Error> {
        let repo = git2::Repository::open(&history.workdir)?;
        Ok(GitContents {
            git_dir: repo.path().to_path_buf(),
            pool: Mutex::new(vec![repo]),
            prefix: history.prefix.clone(),
        })
    }

    /// Runs `f` with a handle on the repository, from the pool or newly opened.
    fn with_repo<T>(&self, f: impl FnOnce(&git2::Repository) -> Option<T>) -> Option<T> {
        let taken = self.pool.lock().ok().and_then(|mut pool| pool.pop());
        let repo = match taken {
            Some(repo) => repo,
            None => git2::Repository::open(&self.git_dir).ok()?,
        };
        let out = f(&repo);
        if let Ok(mut pool) = self.pool.lock() {
            pool.push(repo);
        }
        out
    }

    fn blob(&self, id: git2::Oid) -> Option<String> {
        self.with_repo(|repo| {
            let blob = repo.find_blob(id).ok()?;
            String::from_utf8(blob.content().to_vec()).ok()
        })
    }
}

impl Contents for GitContents {
    fn at(&self, commit: &str, path: &str) -> Option<String> {
        let oid = git2::Oid::from_str(commit).ok()?;
        let full = if self.prefix.is_empty() {
            path.to_string()
        } else {
            format!("{}/{path}", self.prefix)
        };
        let id = self.with_repo(|repo| {
            let tree = repo.find_commit(oid).ok()?.tree().ok()?;
            let entry = tree.get_path(std::path::Path::new(&full)).ok()?;
            Some(entry.id())
        })?;
        self.blob(id)
    }

    fn of(&self, change: &Change) -> Option<String> {
        match (change.blob(), &change.kind) {
            (Some(id), _) => self.blob(id),
            (None, ChangeKind::Deleted) => None,
            (None, _) => self.at(&change.commit, &change.path),
        }
    }
}
