//! The loaded repository: files, documents and the indexes rules look things up in.

use std::collections::HashMap;

use super::{Activity, Document, Kind, Role, Statute};
use crate::config::Config;
use crate::load::SourceFile;

/// Index of a document in [`Repository::documents`].
pub type DocId = usize;

#[derive(Debug, Default)]
pub struct Repository {
    pub config: Config,
    /// Every document file read, sorted by path.
    pub files: Vec<SourceFile>,
    /// Every document that could be decoded, sorted by file.
    pub documents: Vec<Document>,
    by_id: HashMap<String, Vec<DocId>>,
    roles: HashMap<String, Vec<(DocId, usize)>>,
    activities: HashMap<String, Vec<(DocId, usize)>>,
    statutes: HashMap<String, Vec<(DocId, usize)>>,
}

impl Repository {
    pub fn new(config: Config, files: Vec<SourceFile>, documents: Vec<Document>) -> Self {
        let mut repo = Repository {
            config,
            files,
            documents,
            ..Default::default()
        };
        for (i, doc) in repo.documents.iter().enumerate() {
            repo.by_id.entry(doc.id().to_string()).or_default().push(i);
            match &doc.kind {
                Kind::Responsibilities(r) => {
                    for (j, role) in r.roles.iter().enumerate() {
                        let id = role.id.value.0.clone();
                        repo.roles.entry(id).or_default().push((i, j));
                    }
                }
                Kind::Process(p) => {
                    for (j, a) in p.activities.iter().enumerate() {
                        let id = a.id.value.0.clone();
                        repo.activities.entry(id).or_default().push((i, j));
                    }
                }
                Kind::Statutes(s) => {
                    for (j, st) in s.statutes.iter().enumerate() {
                        let id = st.id.value.0.clone();
                        repo.statutes.entry(id).or_default().push((i, j));
                    }
                }
                _ => {}
            }
        }
        repo
    }

    pub fn file_of(&self, doc: &Document) -> &SourceFile {
        &self.files[doc.file]
    }

    /// The first document with this id.
    pub fn document(&self, id: &str) -> Option<&Document> {
        self.by_id
            .get(id)
            .and_then(|v| v.first())
            .map(|&i| &self.documents[i])
    }

    /// Documents sharing one id, for the duplicate check.
    pub fn documents_by_id(&self) -> impl Iterator<Item = (&str, &[DocId])> {
        self.by_id.iter().map(|(k, v)| (k.as_str(), v.as_slice()))
    }

    pub fn role(&self, id: &str) -> Option<&Role> {
        let &(d, j) = self.roles.get(id)?.first()?;
        match &self.documents[d].kind {
            Kind::Responsibilities(r) => r.roles.get(j),
            _ => None,
        }
    }

    pub fn role_ids(&self) -> impl Iterator<Item = &str> {
        self.roles.keys().map(String::as_str)
    }

    pub fn roles(&self) -> impl Iterator<Item = (&Document, &Role)> {
        self.documents.iter().flat_map(|d| match &d.kind {
            Kind::Responsibilities(r) => r.roles.iter().map(move |role| (d, role)).collect(),
            _ => Vec::new(),
        })
    }

    pub fn activity(&self, id: &str) -> Option<&Activity> {
        let &(d, j) = self.activities.get(id)?.first()?;
        self.documents[d].process()?.activities.get(j)
    }

    pub fn activity_ids(&self) -> impl Iterator<Item = &str> {
        self.activities.keys().map(String::as_str)
    }

    pub fn statute(&self, id: &str) -> Option<&Statute> {
        let &(d, j) = self.statutes.get(id)?.first()?;
        match &self.documents[d].kind {
            Kind::Statutes(s) => s.statutes.get(j),
            _ => None,
        }
    }

    pub fn statute_ids(&self) -> impl Iterator<Item = &str> {
        self.statutes.keys().map(String::as_str)
    }

    pub fn document_ids(&self) -> impl Iterator<Item = &str> {
        self.by_id.keys().map(String::as_str)
    }
}
