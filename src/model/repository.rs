//! The loaded repository: files, documents and the indexes rules look things up in.

use rustc_hash::FxHashMap as HashMap;

use super::{DocType, Document, Function, Kind, Role, Status, Statute};
use crate::model::config::Config;
use crate::syntax::SourceFile;

/// Index of a document in [`Repository::documents`].
pub type DocId = usize;

/// A document file that could not be loaded (LSK001, LSK002, or an invalid `id`), with
/// what could be salvaged from its header lines. Rules use it to stay quiet where the
/// broken file is the likely cause ("one fault, one diagnostic").
#[derive(Debug, Clone)]
pub struct Unloaded {
    pub file: String,
    /// The `typ` as written, if a `typ:` line was found.
    pub typ: Option<String>,
    pub id: Option<String>,
    /// The file's text (lossy), so that a rule stays quiet only for what the file names.
    pub text: String,
}

impl Unloaded {
    /// Whether this file may be a document of type `typ`: its written type is `typ` or a
    /// likely misspelling of it, or it has no readable `typ` at all.
    pub fn may_be(&self, typ: DocType) -> bool {
        let Some(written) = &self.typ else {
            return true;
        };
        let guess = DocType::parse(written).or_else(|| {
            let names = DocType::ALL.iter().map(|t| t.as_str());
            crate::text::suggest(written, names).and_then(DocType::parse)
        });
        guess == Some(typ)
    }

    /// Whether this file may be a `typ` and its text names `needle` (an id, a period, a
    /// year): then it, not a missing document, is the likely cause of a finding.
    pub fn may_explain(&self, typ: DocType, needle: &str) -> bool {
        self.may_be(typ) && self.text.contains(needle)
    }
}

#[derive(Debug, Default)]
pub struct Repository {
    pub config: Config,
    /// Every file read (documents, Markdown without front matter, files that failed to load;
    /// lossy when not UTF-8), sorted by path.
    pub files: Vec<SourceFile>,
    /// Every document that could be decoded, sorted by file.
    pub documents: Vec<Document>,
    /// Document files that could not be loaded.
    pub unloaded: Vec<Unloaded>,
    /// Whether the rules that read files already ran while loading (and their findings
    /// are among the loader's): then a file's text may be only what those findings need.
    pub files_checked: bool,
    index: Index,
}

/// The lookups by id: built a document at a time ([`Index::add`]), so that loading can
/// build it while it reads the next files, or all at once by [`Repository::new`].
#[derive(Debug, Default)]
pub struct Index {
    /// The first document with each id (LSK006 reports the others).
    by_id: HashMap<String, DocId>,
    roles: HashMap<String, Vec<(DocId, usize)>>,
    statutes: HashMap<String, Vec<(DocId, usize)>>,
}

impl Index {
    pub fn with_capacity(documents: usize) -> Self {
        Index {
            by_id: HashMap::with_capacity_and_hasher(documents, Default::default()),
            ..Default::default()
        }
    }

    /// Indexes `doc`, which is (or will be) document `i` of the repository.
    pub fn add(&mut self, i: DocId, doc: &Document) {
        // The first document with an id keeps it (one lookup, not two).
        self.by_id.entry(doc.id().to_string()).or_insert(i);
        match &doc.kind {
            Kind::Responsibilities(r) => {
                for (j, role) in r.roles.iter().enumerate() {
                    let id = role.id.value.0.clone();
                    self.roles.entry(id).or_default().push((i, j));
                }
            }
            Kind::Statutes(s) => {
                for (j, st) in s.statutes.iter().enumerate() {
                    let id = st.id.value.0.clone();
                    self.statutes.entry(id).or_default().push((i, j));
                }
            }
            _ => {}
        }
    }
}

impl Repository {
    pub fn new(
        config: Config,
        files: Vec<SourceFile>,
        documents: Vec<Document>,
        unloaded: Vec<Unloaded>,
    ) -> Self {
        let mut index = Index::with_capacity(documents.len());
        for (i, doc) in documents.iter().enumerate() {
            index.add(i, doc);
        }
        Repository::indexed(config, files, documents, unloaded, index)
    }

    /// A repository whose `index` was built over `documents` in order ([`Index::add`]).
    pub fn indexed(
        config: Config,
        files: Vec<SourceFile>,
        documents: Vec<Document>,
        unloaded: Vec<Unloaded>,
        index: Index,
    ) -> Self {
        Repository {
            config,
            files,
            documents,
            unloaded,
            files_checked: false,
            index,
        }
    }

    /// Whether a document of `typ` is loaded, or a file that failed to load may be one:
    /// rules that report a missing document or reference stay quiet then.
    pub fn has_or_may_have(&self, typ: DocType) -> bool {
        self.documents.iter().any(|d| d.typ() == typ) || self.unloaded.iter().any(|u| u.may_be(typ))
    }

    /// Whether a file that failed to load may be a `typ` that names `needle`.
    pub fn unloaded_mentions(&self, typ: DocType, needle: &str) -> bool {
        self.unloaded.iter().any(|u| u.may_explain(typ, needle))
    }

    /// The documents that count for the improvement work: all but the repealed.
    pub fn current(&self) -> impl Iterator<Item = &Document> {
        self.documents
            .iter()
            .filter(|d| d.status() != Status::Repealed)
    }

    /// The first role (by id) that holds one of `functions`, in order of preference.
    pub fn role_with(&self, functions: &[Function]) -> Option<String> {
        functions.iter().find_map(|f| {
            self.roles()
                .filter(|(_, r)| r.function.as_ref().is_some_and(|x| x.value == *f))
                .map(|(_, r)| r.id.as_str())
                .min()
                .map(str::to_string)
        })
    }

    /// Whether `id` is the salvaged id of a file that failed to load.
    pub fn is_unloaded_id(&self, id: &str) -> bool {
        self.unloaded.iter().any(|u| u.id.as_deref() == Some(id))
    }

    /// For each file in [`Repository::files`], its document if it is one.
    pub fn document_per_file(&self) -> Vec<Option<&Document>> {
        let mut of = vec![None; self.files.len()];
        for doc in &self.documents {
            of[doc.file] = Some(doc);
        }
        of
    }

    pub fn file_of(&self, doc: &Document) -> &SourceFile {
        &self.files[doc.file]
    }

    /// The first document with this id.
    pub fn document(&self, id: &str) -> Option<&Document> {
        self.index.by_id.get(id).map(|&i| &self.documents[i])
    }

    pub fn role(&self, id: &str) -> Option<&Role> {
        let &(d, j) = self.index.roles.get(id)?.first()?;
        match &self.documents[d].kind {
            Kind::Responsibilities(r) => r.roles.get(j),
            _ => None,
        }
    }

    /// A role as people call it: its `namn`, else its id (also for a role that is not
    /// defined). Every output that names a role asks this.
    pub fn role_title(&self, id: &str) -> String {
        self.role(id)
            .and_then(|r| r.name.as_ref())
            .map(|n| n.value.trim().to_string())
            .filter(|n| !n.is_empty())
            .unwrap_or_else(|| id.to_string())
    }

    pub fn role_ids(&self) -> impl Iterator<Item = &str> {
        self.index.roles.keys().map(String::as_str)
    }

    pub fn roles(&self) -> impl Iterator<Item = (&Document, &Role)> {
        self.documents
            .iter()
            .filter_map(|d| match &d.kind {
                Kind::Responsibilities(r) => Some((d, r)),
                _ => None,
            })
            .flat_map(|(d, r)| r.roles.iter().map(move |role| (d, role)))
    }

    pub fn statute(&self, id: &str) -> Option<&Statute> {
        let &(d, j) = self.index.statutes.get(id)?.first()?;
        match &self.documents[d].kind {
            Kind::Statutes(s) => s.statutes.get(j),
            _ => None,
        }
    }

    pub fn statute_ids(&self) -> impl Iterator<Item = &str> {
        self.index.statutes.keys().map(String::as_str)
    }

    pub fn document_ids(&self) -> impl Iterator<Item = &str> {
        self.index.by_id.keys().map(String::as_str)
    }
}
