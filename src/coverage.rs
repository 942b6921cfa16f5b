//! `lsk krav`: the requirement catalogue with, inside a repository, the documents whose
//! `uppfyller` covers each paragraph, and the gaps. With a date, only the paragraphs the
//! law has changed since then. The renderers are in [`crate::output::coverage`].

use crate::lang::Lang;
use crate::model::krav::{Amendment, Requirement, catalogue};
use crate::model::{Date, Repository, Status};

/// The catalogue as `lsk krav` shows it.
pub struct Coverage {
    pub rows: Vec<Row>,
    /// Whether a repository was read (else only the catalogue is listed).
    pub in_repository: bool,
    /// `--ändrade-sedan`: only paragraphs changed after this date.
    pub changed_since: Option<Date>,
    pub lang: Lang,
}

pub struct Row {
    pub requirement: &'static Requirement,
    /// Whether it binds the repository's `verksamhet` (always, outside a repository).
    pub applies: bool,
    pub covered_by: Vec<Cover>,
    /// The amendments after `changed_since` (all of them without a date).
    pub amendments: Vec<&'static Amendment>,
}

impl Row {
    /// A paragraph that binds the service and that no document covers.
    pub fn is_gap(&self, in_repository: bool) -> bool {
        in_repository
            && self.applies
            && self.requirement.is_obligation()
            && !self.covered_by.iter().any(|c| c.status == Status::InForce)
    }
}

/// A document whose `uppfyller` names the paragraph.
pub struct Cover {
    pub id: String,
    pub file: String,
    pub status: Status,
}

/// The catalogue, covered by `repo`'s documents if there is one; with `changed_since`,
/// only the paragraphs amended after that date.
pub fn build(repo: Option<&Repository>, changed_since: Option<Date>, lang: Lang) -> Coverage {
    let rows = catalogue()
        .iter()
        .map(|req| {
            let covered_by = repo
                .into_iter()
                .flat_map(|r| r.documents.iter().map(move |d| (r, d)))
                .filter(|(_, d)| d.header.fulfils.iter().any(|p| *p.value.0 == *req))
                .map(|(r, d)| Cover {
                    id: d.id().to_string(),
                    file: r.file_of(d).path.clone(),
                    status: d.status(),
                })
                .collect();
            let applies =
                repo.is_none_or(|r| r.config.areas.iter().any(|&a| req.areas.applies_to(a)));
            let amendments = match changed_since {
                Some(date) => req.amended_after(date).collect(),
                None => crate::model::krav::amendments::of(req.chapter, req.paragraph).collect(),
            };
            Row {
                requirement: req,
                applies,
                covered_by,
                amendments,
            }
        })
        .filter(|row| changed_since.is_none() || !row.amendments.is_empty())
        .collect();
    Coverage {
        rows,
        in_repository: repo.is_some(),
        changed_since,
        lang,
    }
}
