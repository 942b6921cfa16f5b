//! `lsk changes --since D [--until D]`: per document type, what was created, revised,
//! renamed and repealed (status → upphävd, or deleted) in a period, from git.

use std::collections::BTreeMap;

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
pub trait Contents {
    fn at(&self, commit: &str, path: &str) -> Option<String>;
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
    let mut out = Vec::new();
    // The repository's first commit: what it adds was brought in, not created.
    let root_commit = history
        .files
        .values()
        .map(|f| f.first())
        .min_by_key(|c| c.time)
        .map(|c| c.commit.clone());
    for (path, file) in &history.files {
        let in_period: Vec<&Change> = file
            .changes
            .iter()
            .filter(|c| since <= c.date && c.date <= until)
            .collect();
        if in_period.is_empty() {
            continue;
        }
        // The document as it is now, or as it was before it was deleted.
        let current = repo
            .files
            .iter()
            .position(|f| f.path == *path)
            .and_then(|i| repo.documents.iter().find(|d| d.file == i));
        let (typ, id, title) = match current {
            Some(doc) => (
                doc.typ(),
                Some(doc.id().to_string()),
                doc.header.title.as_ref().map(|t| t.value.clone()),
            ),
            None => {
                let Some(text) = last_contents(file, contents) else {
                    continue;
                };
                let f = fields(&text);
                let Some(typ) = f.get("typ").and_then(|t| DocType::parse(t)) else {
                    continue;
                };
                (typ, f.get("id").cloned(), f.get("titel").cloned())
            }
        };
        let mut push = |what: What, change: &Change| {
            out.push(DocumentChange {
                typ,
                id: id.clone(),
                title: title.clone(),
                path: path.clone(),
                what,
                date: change.date,
                author: change.author.clone(),
            });
        };
        let created = in_period
            .iter()
            .find(|c| c.kind == ChangeKind::Added && std::ptr::eq(**c, file.first()));
        if let Some(c) = created {
            let imported = root_commit.as_deref() == Some(c.commit.as_str());
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
        let mut decisions: Vec<&Change> = Vec::new();
        let mut edits: Vec<&Change> = Vec::new();
        for (i, c) in file.changes.iter().enumerate() {
            if !(since <= c.date && c.date <= until) || c.kind != ChangeKind::Modified {
                continue;
            }
            let Some(now) = contents.at(&c.commit, &c.path) else {
                continue;
            };
            let before = file
                .changes
                .get(i + 1)
                .and_then(|p| contents.at(&p.commit, &p.path));
            let Some(before) = before else {
                decisions.push(c);
                continue;
            };
            let status = |t: &str| fields(t).get("status").cloned();
            if status(&now).as_deref() == Some("upphävd")
                && status(&before).as_deref() != Some("upphävd")
            {
                continue;
            }
            if decision(path, &now) != decision(path, &before) {
                decisions.push(c);
            } else if content(path, &now) != content(path, &before) {
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
            let now = contents
                .at(&c.commit, &c.path)
                .map(|t| fields(&t).get("status").cloned());
            let before = file
                .changes
                .get(i + 1)
                .and_then(|p| contents.at(&p.commit, &p.path))
                .map(|t| fields(&t).get("status").cloned());
            let repealed =
                |s: &Option<Option<String>>| matches!(s, Some(Some(v)) if v == "upphävd");
            if repealed(&now) && !repealed(&before) {
                push(What::Repealed, c);
            }
        }
    }
    out.sort_by(|a, b| {
        (a.typ, &a.what_rank(), a.date, &a.path).cmp(&(b.typ, &b.what_rank(), b.date, &b.path))
    });
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

/// The decision a version records: `fastställd`, `kontrollsumma` and `revisioner`.
fn decision(path: &str, text: &str) -> Option<Vec<serde_json::Value>> {
    let file = crate::syntax::SourceFile::new(path, text.to_string());
    let (crate::syntax::Split::FrontMatter { header, .. } | crate::syntax::Split::Yaml { header }) =
        crate::syntax::source::split(path, text)
    else {
        return None;
    };
    let node = crate::syntax::yaml::parse(file.slice(header), header.start).ok()?;
    Some(
        ["fastställd", "kontrollsumma", "revisioner"]
            .iter()
            .map(|k| node.get(k).map_or(serde_json::Value::Null, |n| n.to_json()))
            .collect(),
    )
}

/// The content a decision covers (the checksum: header without decision fields, body with
/// whitespace normalised), so that formatting alone is not a change.
fn content(path: &str, text: &str) -> Option<String> {
    crate::model::checksum::compute(&crate::syntax::SourceFile::new(path, text.to_string()))
}

/// The file's text in the newest change that still had it.
fn last_contents(file: &FileHistory, contents: &dyn Contents) -> Option<String> {
    file.changes
        .iter()
        .filter(|c| c.kind != ChangeKind::Deleted)
        .find_map(|c| contents.at(&c.commit, &c.path))
}

/// File contents from the git object database.
pub struct GitContents {
    repo: git2::Repository,
    prefix: String,
}

impl GitContents {
    pub fn open(history: &History) -> Result<Self, git2::Error> {
        Ok(GitContents {
            repo: git2::Repository::open(&history.workdir)?,
            prefix: history.prefix.clone(),
        })
    }
}

impl Contents for GitContents {
    fn at(&self, commit: &str, path: &str) -> Option<String> {
        let oid = git2::Oid::from_str(commit).ok()?;
        let tree = self.repo.find_commit(oid).ok()?.tree().ok()?;
        let full = if self.prefix.is_empty() {
            path.to_string()
        } else {
            format!("{}/{path}", self.prefix)
        };
        let entry = tree.get_path(std::path::Path::new(&full)).ok()?;
        let blob = self.repo.find_blob(entry.id()).ok()?;
        String::from_utf8(blob.content().to_vec()).ok()
    }
}
