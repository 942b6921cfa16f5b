//! `lsk site`: the management system as a static web site for all staff, the way the
//! kommuner publish theirs on the intranet. Self-contained (no external request; works from
//! `file://` and any web server), searchable without a server, WCAG 2.1 AA, and
//! byte-identical for the same repository and date.
//!
//! - [`layout`]: the page frame every page shares (skip link, header, search, menu,
//!   footer), the stylesheet and links between pages;
//! - [`pages`]: one file per kind of page;
//! - [`search`]: the search index and its script.
//!
//! What a page says is asked of the same model `check`, `due` and the reports ask: review
//! dates from [`crate::model::obligations`], deadlines from [`crate::due`], coverage from
//! [`crate::coverage`].

mod layout;
mod map;
mod pages;
mod search;

use std::collections::HashMap;

use crate::lang::Lang;
use crate::model::{Date, DocType, Document, Repository, Status};

/// What to publish.
#[derive(Debug, Clone)]
pub struct Options {
    /// The date the site counts from (deadlines, the year's wheel).
    pub today: Date,
    /// Drafts too, marked as drafts; otherwise only documents in force.
    pub drafts: bool,
}

/// The site: files by path relative to its folder, in path order.
pub struct Site {
    pub files: Vec<(String, Vec<u8>)>,
}

/// The kinds of document that get a page of their own.
const PAGE_TYPES: &[DocType] = &[
    DocType::Process,
    DocType::Routine,
    DocType::Checklist,
    DocType::Guideline,
];

/// What every page builder needs: the repository, and where each thing is published.
pub(crate) struct Ctx<'a> {
    pub repo: &'a Repository,
    pub lang: Lang,
    pub options: &'a Options,
    /// Published documents by id, in Swedish order of title.
    pub published: Vec<&'a Document>,
    /// Page of each published document and each role, relative to the site's root.
    pub urls: HashMap<String, String>,
    pub role_urls: HashMap<String, String>,
    /// The activities that use each routine: (process id, activity title), in order.
    pub uses: HashMap<String, Vec<(String, String)>>,
    /// What falls due in the next 90 days and is overdue: the list `lsk due` gives.
    pub due: crate::due::DueList,
}

impl<'a> Ctx<'a> {
    fn new(repo: &'a Repository, options: &'a Options) -> Self {
        let mut published: Vec<&Document> = repo
            .documents
            .iter()
            .filter(|d| PAGE_TYPES.contains(&d.typ()))
            .filter(|d| match d.status() {
                Status::InForce => true,
                Status::Draft => options.drafts,
                Status::Repealed => false,
            })
            .collect();
        published.sort_by_key(|d| crate::text::swedish_key(&title(d)));
        let mut used: std::collections::HashSet<String> = std::collections::HashSet::new();
        let mut unique = |folder: &str, id: &str| {
            let base = format!("{folder}/{}", slug(id));
            let mut url = format!("{base}.html");
            let mut n = 2;
            while !used.insert(url.clone()) {
                url = format!("{base}-{n}.html");
                n += 1;
            }
            url
        };
        let mut urls = HashMap::new();
        for d in &published {
            let folder = if d.typ() == DocType::Process {
                "processer"
            } else {
                "dokument"
            };
            urls.insert(d.id().to_string(), unique(folder, d.id()));
        }
        let mut role_urls = HashMap::new();
        for (doc, role) in repo.roles() {
            if doc.status() != Status::Repealed {
                role_urls
                    .entry(role.id.as_str().to_string())
                    .or_insert_with(|| unique("roller", role.id.as_str()));
            }
        }
        let mut uses: HashMap<String, Vec<(String, String)>> = HashMap::new();
        for d in &published {
            if let crate::model::Kind::Process(p) = &d.kind {
                for a in &p.activities {
                    let activity = a.title.as_ref().map_or(a.id.as_str(), |t| t.value.as_str());
                    for r in &a.routines {
                        uses.entry(r.value.as_str().to_string())
                            .or_default()
                            .push((d.id().to_string(), activity.to_string()));
                    }
                }
            }
        }
        let due = crate::due::collect(
            repo,
            &crate::due::Query {
                today: options.today,
                within: 90,
                owner: None,
            },
        );
        Ctx {
            repo,
            lang: repo.config.lang,
            options,
            published,
            urls,
            role_urls,
            uses,
            due,
        }
    }

    /// A role as people call it: its `namn`, else its id.
    pub fn role_title(&self, id: &str) -> String {
        self.repo.role_title(id)
    }
}

/// A document's title, else its id.
pub(crate) fn title(d: &Document) -> String {
    d.header
        .title
        .as_ref()
        .map_or_else(|| d.id().to_string(), |t| t.value.clone())
}

/// A file name for an id: folded to ASCII, lower case, `-` between words.
fn slug(id: &str) -> String {
    let folded = crate::text::fold(id);
    let mut out = String::new();
    for c in folded.chars() {
        if c.is_ascii_alphanumeric() {
            out.push(c);
        } else if !out.ends_with('-') && !out.is_empty() {
            out.push('-');
        }
    }
    let out = out.trim_end_matches('-').to_string();
    if out.is_empty() { "sida".into() } else { out }
}

/// Builds every page of the site.
pub fn build(repo: &Repository, options: &Options) -> Site {
    use rayon::prelude::*;
    let cx = Ctx::new(repo, options);
    let mut files: Vec<(String, Vec<u8>)> = Vec::new();
    files.push(("stil.css".into(), layout::CSS.as_bytes().to_vec()));
    files.push(("sok.js".into(), search::script(&cx).into_bytes()));
    files.extend(pages::fixed(&cx));
    // A page per document and per role, built in parallel.
    let documents: Vec<(String, Vec<u8>)> = cx
        .published
        .par_iter()
        .map(|d| {
            (
                cx.urls[d.id()].clone(),
                pages::document(&cx, d).into_bytes(),
            )
        })
        .collect();
    files.extend(documents);
    let mut roles: Vec<(&String, &String)> = cx.role_urls.iter().collect();
    roles.sort();
    let role_pages: Vec<(String, Vec<u8>)> = roles
        .par_iter()
        .map(|(id, url)| ((*url).clone(), pages::role(&cx, id).into_bytes()))
        .collect();
    files.extend(role_pages);
    files.sort_by(|a, b| a.0.cmp(&b.0));
    Site { files }
}

#[cfg(test)]
mod tests {
    #[test]
    fn slugs() {
        assert_eq!(super::slug("RUT-INFLYTTNING"), "rut-inflyttning");
        assert_eq!(super::slug("P-SÄBO.2"), "p-sabo-2");
        assert_eq!(super::slug("Å"), "a");
        assert_eq!(super::slug("..."), "sida");
    }
}
