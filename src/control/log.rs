//! `lsk log ID`: a document's history — its commits from git (renames followed) merged with
//! the `revisioner` it records itself — newest first.

use serde::Serialize;

use crate::history::{ChangeKind, History};
use crate::model::{Date, Repository};

/// One line of a document's history.
#[derive(Debug, Clone, Serialize)]
pub struct Entry {
    pub date: Date,
    /// `commit` or `revision` (from the document's own `revisioner`).
    pub source: &'static str,
    /// The commit's author, or the revision's `av`.
    pub who: Option<String>,
    /// The commit message's first line, or the revision's `beskrivning`.
    pub what: String,
    /// For commits: added, modified, renamed (from), deleted.
    pub change: Option<String>,
    /// For commits: the path in that commit, and the short commit id.
    pub path: Option<String>,
    pub commit: Option<String>,
}

#[derive(Debug, Clone, Serialize)]
pub struct DocumentLog {
    pub id: String,
    pub title: Option<String>,
    pub path: String,
    /// Every path the file has had, newest first.
    pub paths: Vec<String>,
    /// Whether the file has changes that are not committed.
    pub uncommitted: bool,
    /// Whether the file is in git's history at all.
    pub committed: bool,
    pub entries: Vec<Entry>,
}

/// The history of the document `id`, or `None` if no document has that id.
pub fn document_log(repo: &Repository, history: &History, id: &str) -> Option<DocumentLog> {
    let doc = repo.document(id)?;
    let path = repo.file_of(doc).path.clone();
    let file = history.file(&path);
    let mut entries: Vec<(i64, u8, Entry)> = Vec::new();
    for c in file.map(|f| f.changes.as_slice()).unwrap_or_default() {
        let change = match &c.kind {
            ChangeKind::Added => "added".to_string(),
            ChangeKind::Modified => "modified".to_string(),
            ChangeKind::Renamed { from } => format!("renamed from {from}"),
            ChangeKind::Deleted => "deleted".to_string(),
        };
        entries.push((
            c.time,
            0,
            Entry {
                date: c.date,
                source: "commit",
                who: Some(c.author.clone()),
                what: c.message.clone(),
                change: Some(change),
                path: Some(c.path.clone()),
                commit: Some(c.commit.chars().take(10).collect()),
            },
        ));
    }
    for r in &doc.header.revisions {
        // A revision has a date but no time: it sorts after the day's commits.
        entries.push((
            i64::MIN,
            1,
            Entry {
                date: r.date.value,
                source: "revision",
                who: r.by.as_ref().map(|b| b.value.clone()),
                what: r
                    .description
                    .as_ref()
                    .map(|d| d.value.clone())
                    .unwrap_or_default(),
                change: None,
                path: None,
                commit: None,
            },
        ));
    }
    // Newest first; within a day, commits (newest first) before the day's revisions.
    entries.sort_by_key(|(time, source, e)| std::cmp::Reverse((e.date, *time, *source)));
    Some(DocumentLog {
        id: id.to_string(),
        title: doc.header.title.as_ref().map(|t| t.value.clone()),
        paths: file.map_or_else(
            || vec![path.clone()],
            |f| f.paths().into_iter().map(String::from).collect(),
        ),
        uncommitted: history.uncommitted.contains(&path),
        committed: file.is_some(),
        path,
        entries: entries.into_iter().map(|(_, _, e)| e).collect(),
    })
}
