//! `lsk matrix`: two tables of the management system, for publishing.
//!
//! - [`responsibility`]: who does what — every role against the processes, their
//!   activities and the other governed documents, with the relation: performs an
//!   activity (`ansvarig`), owns or leads the process (`processägare`, `processledare`),
//!   decides the document (`beslutad_av`), owns the document (`dokumentägare`).
//! - [`requirements`]: which document meets which SOSFS 2011:9 paragraph, and the gaps:
//!   the coverage of `lsk krav` ([`crate::coverage`]) as a matrix, not computed again.
//!
//! The renderers (Markdown, HTML, CSV, JSON) are in [`crate::output::matrix`].

use crate::lang::Lang;
use crate::model::{DocType, Document, Repository, Status};

/// A relation between a role and a process, an activity or a document.
#[derive(Debug, Clone, Copy, PartialEq, Eq, PartialOrd, Ord, Hash)]
pub enum Relation {
    /// `ansvarig` for an activity.
    Performs,
    /// `processägare`.
    Owns,
    /// `processledare`.
    Leads,
    /// `beslutad_av`: the role that decided (fastställde) the document.
    Decides,
    /// `dokumentägare`.
    DocumentOwner,
}

impl Relation {
    pub const ALL: [Relation; 5] = [
        Relation::Performs,
        Relation::Owns,
        Relation::Leads,
        Relation::Decides,
        Relation::DocumentOwner,
    ];

    /// The letter in a matrix cell.
    pub fn letter(self, lang: Lang) -> &'static str {
        match self {
            Relation::Performs => lang.pick("U", "P"),
            Relation::Owns => lang.pick("Ä", "O"),
            Relation::Leads => "L",
            Relation::Decides => lang.pick("B", "A"),
            Relation::DocumentOwner => "D",
        }
    }

    /// The relation in a word or two.
    pub fn word(self, lang: Lang) -> &'static str {
        match self {
            Relation::Performs => lang.pick("utför", "performs"),
            Relation::Owns => lang.pick("äger processen", "owns the process"),
            Relation::Leads => lang.pick("leder processen", "leads the process"),
            Relation::Decides => lang.pick("beslutar", "approves"),
            Relation::DocumentOwner => lang.pick("dokumentägare", "document owner"),
        }
    }

    /// What it means, with the key it comes from.
    pub fn explain(self, lang: Lang) -> &'static str {
        match self {
            Relation::Performs => lang.pick(
                "utför aktiviteten (ansvarig)",
                "performs the activity (ansvarig)",
            ),
            Relation::Owns => lang.pick(
                "äger processen (processägare)",
                "owns the process (processägare)",
            ),
            Relation::Leads => lang.pick(
                "leder processen (processledare)",
                "leads the process (processledare)",
            ),
            Relation::Decides => lang.pick(
                "beslutar om dokumentet (beslutad_av)",
                "approves the document (beslutad_av)",
            ),
            Relation::DocumentOwner => lang.pick(
                "äger dokumentet (dokumentägare)",
                "owns the document (dokumentägare)",
            ),
        }
    }

    /// The name in JSON and in the CSV's explanations: the Swedish word.
    pub fn key(self) -> &'static str {
        match self {
            Relation::Performs => "utför",
            Relation::Owns => "äger",
            Relation::Leads => "leder",
            Relation::Decides => "beslutar",
            Relation::DocumentOwner => "dokumentägare",
        }
    }
}

/// The relations of one role to one thing, in [`Relation::ALL`]'s order.
#[derive(Debug, Clone, Default, PartialEq, Eq)]
pub struct Relations(pub Vec<Relation>);

impl Relations {
    fn add(&mut self, r: Relation) {
        if !self.0.contains(&r) {
            self.0.push(r);
            self.0.sort();
        }
    }

    pub fn is_empty(&self) -> bool {
        self.0.is_empty()
    }

    /// "Ä, D" / "O, D".
    pub fn letters(&self, lang: Lang) -> String {
        self.0
            .iter()
            .map(|r| r.letter(lang))
            .collect::<Vec<_>>()
            .join(", ")
    }

    /// "äger processen, dokumentägare".
    pub fn words(&self, lang: Lang) -> String {
        self.0
            .iter()
            .map(|r| r.word(lang))
            .collect::<Vec<_>>()
            .join(", ")
    }
}

/// A role as the matrix names it.
#[derive(Debug, Clone, PartialEq, Eq)]
pub struct RoleRef {
    pub id: String,
    /// Its `namn`, else its id.
    pub name: String,
}

/// One row of a matrix: a thing and each role's relations to it (by index in `roles`).
#[derive(Debug, Clone, PartialEq, Eq)]
pub struct Row {
    pub id: String,
    pub title: String,
    /// Role index → relations; only roles with any.
    pub cells: Vec<(usize, Relations)>,
}

impl Row {
    /// The relations of the role at `role`.
    pub fn of(&self, role: usize) -> Option<&Relations> {
        self.cells.iter().find(|(r, _)| *r == role).map(|(_, x)| x)
    }
}

/// A process: its own row (owner, leader, decided by, document owner) and one row per
/// activity (who performs it).
#[derive(Debug, Clone, PartialEq, Eq)]
pub struct ProcessBlock {
    pub process: Row,
    pub activities: Vec<Row>,
}

impl ProcessBlock {
    /// The roles with a relation anywhere in the process, in the matrix's order.
    pub fn roles(&self) -> Vec<usize> {
        let mut roles: Vec<usize> = std::iter::once(&self.process)
            .chain(&self.activities)
            .flat_map(|r| r.cells.iter().map(|(i, _)| *i))
            .collect();
        roles.sort_unstable();
        roles.dedup();
        roles
    }

    /// A role's relations to the process as a whole (its row and all its activities).
    pub fn summary(&self, role: usize) -> Relations {
        let mut all = Relations::default();
        for row in std::iter::once(&self.process).chain(&self.activities) {
            for r in row.of(role).map(|x| x.0.as_slice()).unwrap_or_default() {
                all.add(*r);
            }
        }
        all
    }
}

/// Another governed document (a rutin, checklista, riktlinje, the ansvarsfördelning, the
/// författningslista): who decides it and who owns it.
#[derive(Debug, Clone, PartialEq, Eq)]
pub struct DocumentRow {
    pub typ: DocType,
    pub row: Row,
}

/// Who does what.
#[derive(Debug, Clone, PartialEq, Eq)]
pub struct ResponsibilityMatrix {
    pub organisation: String,
    pub lang: Lang,
    /// Every role with a relation: first those of the ansvarsfördelning in its order, then
    /// ids it does not define (by id).
    pub roles: Vec<RoleRef>,
    /// The processes by id.
    pub processes: Vec<ProcessBlock>,
    /// The other governed documents, by type and id.
    pub documents: Vec<DocumentRow>,
}

impl ResponsibilityMatrix {
    /// The roles with a relation to any of the other governed documents.
    pub fn document_roles(&self) -> Vec<usize> {
        let mut roles: Vec<usize> = self
            .documents
            .iter()
            .flat_map(|d| d.row.cells.iter().map(|(i, _)| *i))
            .collect();
        roles.sort_unstable();
        roles.dedup();
        roles
    }
}

fn title_of(doc: &Document) -> String {
    doc.header
        .title
        .as_ref()
        .map_or_else(|| doc.id().to_string(), |t| t.value.clone())
}

/// Builds the responsibility matrix of the documents that count (not the repealed).
pub fn responsibility(repo: &Repository) -> ResponsibilityMatrix {
    let mut ids: Vec<String> = Vec::new();
    let index = |id: &str, ids: &mut Vec<String>| -> usize {
        ids.iter().position(|x| x == id).unwrap_or_else(|| {
            ids.push(id.to_string());
            ids.len() - 1
        })
    };
    let relate =
        |cells: &mut Vec<(usize, Relations)>, id: &str, r: Relation, ids: &mut Vec<String>| {
            let i = index(id, ids);
            match cells.iter_mut().find(|(x, _)| *x == i) {
                Some((_, rel)) => rel.add(r),
                None => {
                    let mut rel = Relations::default();
                    rel.add(r);
                    cells.push((i, rel));
                }
            }
        };
    let mut docs: Vec<&Document> = repo.current().filter(|d| d.is_governed()).collect();
    docs.sort_by(|a, b| {
        (a.typ() != DocType::Process, a.typ(), a.id()).cmp(&(
            b.typ() != DocType::Process,
            b.typ(),
            b.id(),
        ))
    });
    let mut processes = Vec::new();
    let mut documents = Vec::new();
    for doc in docs {
        let mut cells = Vec::new();
        let header = &doc.header;
        if let Some(p) = doc.process() {
            if let Some(o) = &p.owner {
                relate(&mut cells, o.value.as_str(), Relation::Owns, &mut ids);
            }
            if let Some(l) = &p.leader {
                relate(&mut cells, l.value.as_str(), Relation::Leads, &mut ids);
            }
        }
        if let Some(d) = &header.decided_by {
            relate(&mut cells, d.value.as_str(), Relation::Decides, &mut ids);
        }
        if let Some(o) = &header.owner {
            relate(
                &mut cells,
                o.value.as_str(),
                Relation::DocumentOwner,
                &mut ids,
            );
        }
        let row = Row {
            id: doc.id().to_string(),
            title: title_of(doc),
            cells,
        };
        match doc.process() {
            Some(p) => {
                let activities = p
                    .activities
                    .iter()
                    .map(|a| {
                        let mut cells = Vec::new();
                        for r in a.responsible.iter() {
                            relate(&mut cells, r.value.as_str(), Relation::Performs, &mut ids);
                        }
                        Row {
                            id: a.id.value.as_str().to_string(),
                            title: a.title.as_ref().map_or_else(
                                || a.id.value.as_str().to_string(),
                                |t| t.value.clone(),
                            ),
                            cells,
                        }
                    })
                    .collect();
                processes.push(ProcessBlock {
                    process: row,
                    activities,
                });
            }
            None => documents.push(DocumentRow {
                typ: doc.typ(),
                row,
            }),
        }
    }
    // The roles in the ansvarsfördelning's order, then the others by id; the cells
    // renumbered to match.
    let defined: Vec<&str> = repo.roles().map(|(_, r)| r.id.as_str()).collect();
    let mut order: Vec<usize> = (0..ids.len()).collect();
    order.sort_by_key(|&i| {
        let at = defined.iter().position(|d| *d == ids[i]);
        (at.is_none(), at, ids[i].clone())
    });
    let mut new_index = vec![0; ids.len()];
    for (new, &old) in order.iter().enumerate() {
        new_index[old] = new;
    }
    let renumber = |row: &mut Row| {
        for (i, _) in row.cells.iter_mut() {
            *i = new_index[*i];
        }
        row.cells.sort_by_key(|(i, _)| *i);
    };
    for p in &mut processes {
        renumber(&mut p.process);
        p.activities.iter_mut().for_each(renumber);
    }
    for d in &mut documents {
        renumber(&mut d.row);
    }
    let roles = order
        .iter()
        .map(|&i| {
            let id = &ids[i];
            RoleRef {
                id: id.clone(),
                name: repo.role_title(id),
            }
        })
        .collect();
    ResponsibilityMatrix {
        organisation: repo.config.organisation.clone(),
        lang: repo.config.lang,
        roles,
        processes,
        documents,
    }
}

/// Where a paragraph stands.
#[derive(Debug, Clone, Copy, PartialEq, Eq)]
pub enum State {
    /// A document in force fulfils it.
    Covered,
    /// It binds the service and no document in force fulfils it.
    Gap,
    /// It does not bind the service's legal areas.
    NotApplicable,
    /// It asks for no document (scope, definitions, a paragraph that may not exist).
    NotAsked,
}

impl State {
    pub fn word(self, lang: Lang) -> &'static str {
        match self {
            State::Covered => lang.pick("uppfylld", "met"),
            State::Gap => lang.pick("lucka", "gap"),
            State::NotApplicable => lang.pick("gäller inte verksamheten", "does not apply"),
            State::NotAsked => lang.pick("kräver inget dokument", "asks for no document"),
        }
    }

    pub fn key(self) -> &'static str {
        match self {
            State::Covered => "uppfylld",
            State::Gap => "lucka",
            State::NotApplicable => "gäller_inte",
            State::NotAsked => "kräver_inget_dokument",
        }
    }
}

/// A document that fulfils a paragraph, as the requirement matrix names it.
#[derive(Debug, Clone, PartialEq, Eq)]
pub struct CoverDoc {
    pub id: String,
    pub title: String,
    /// `None` when the id is not a loaded document.
    pub typ: Option<DocType>,
    pub status: Status,
}

/// One paragraph: its state and the documents that fulfil it (by index in `documents`).
#[derive(Debug, Clone)]
pub struct RequirementRow {
    pub requirement: &'static crate::model::krav::Requirement,
    pub state: State,
    pub documents: Vec<usize>,
}

/// Which document meets which paragraph.
#[derive(Debug, Clone)]
pub struct RequirementMatrix {
    pub organisation: String,
    pub lang: Lang,
    pub rows: Vec<RequirementRow>,
    /// Every document that fulfils a paragraph: processes, routines, checklists,
    /// guidelines, then the rest, each by id.
    pub documents: Vec<CoverDoc>,
}

/// The groups of the requirement matrix's columns, in order.
pub const GROUPS: [Option<DocType>; 5] = [
    Some(DocType::Process),
    Some(DocType::Routine),
    Some(DocType::Checklist),
    Some(DocType::Guideline),
    None,
];

/// The group a document goes in ([`GROUPS`]).
pub fn group_of(typ: Option<DocType>) -> usize {
    GROUPS
        .iter()
        .position(|g| g.is_some() && *g == typ)
        .unwrap_or(GROUPS.len() - 1)
}

/// Builds the requirement matrix from `lsk krav`'s coverage of the repository.
pub fn requirements(repo: &Repository) -> RequirementMatrix {
    let coverage = crate::coverage::build(Some(repo), None, repo.config.lang);
    let mut documents: Vec<CoverDoc> = Vec::new();
    for row in &coverage.rows {
        for c in &row.covered_by {
            if documents.iter().any(|d| d.id == c.id) {
                continue;
            }
            let doc = repo.document(&c.id);
            documents.push(CoverDoc {
                id: c.id.clone(),
                title: doc.map_or_else(|| c.id.clone(), title_of),
                typ: doc.map(Document::typ),
                status: c.status,
            });
        }
    }
    documents.sort_by(|a, b| (group_of(a.typ), &a.id).cmp(&(group_of(b.typ), &b.id)));
    let rows = coverage
        .rows
        .iter()
        .map(|row| {
            let state = if !row.applies {
                State::NotApplicable
            } else if row.is_gap(coverage.in_repository) {
                State::Gap
            } else if !row.requirement.is_obligation() && row.covered_by.is_empty() {
                State::NotAsked
            } else if row.covered_by.iter().any(|c| c.status == Status::InForce) {
                State::Covered
            } else {
                State::NotAsked
            };
            let mut docs: Vec<usize> = row
                .covered_by
                .iter()
                .filter_map(|c| documents.iter().position(|d| d.id == c.id))
                .collect();
            docs.sort_unstable();
            docs.dedup();
            RequirementRow {
                requirement: row.requirement,
                state,
                documents: docs,
            }
        })
        .collect();
    RequirementMatrix {
        organisation: repo.config.organisation.clone(),
        lang: repo.config.lang,
        rows,
        documents,
    }
}

#[cfg(test)]
mod tests {
    use super::*;

    fn omsorg() -> Repository {
        crate::check::example_repository()
    }

    #[test]
    fn who_does_what_in_p_sabo() {
        let repo = omsorg();
        let m = responsibility(&repo);
        let role = |id: &str| m.roles.iter().position(|r| r.id == id).unwrap();
        let sabo = m
            .processes
            .iter()
            .find(|p| p.process.id == "P-SÄBO")
            .unwrap();
        assert_eq!(
            sabo.process.of(role("avdelningschef")).unwrap().0,
            [Relation::Owns, Relation::DocumentOwner]
        );
        assert_eq!(
            sabo.process.of(role("förvaltningschef")).unwrap().0,
            [Relation::Decides]
        );
        assert_eq!(
            sabo.process.of(role("enhetschef")).unwrap().0,
            [Relation::Leads]
        );
        let act4 = &sabo.activities[3];
        assert_eq!(
            act4.of(role("enhetschef-myndighet")).unwrap().0,
            [Relation::Performs]
        );
        assert_eq!(
            act4.of(role("biståndshandläggare")).unwrap().0,
            [Relation::Performs]
        );
        // The ansvarsfördelning's order; names, not ids.
        assert_eq!(m.roles[0].name, "Omsorgsnämnden");
        assert!(m.roles.iter().all(|r| !r.name.is_empty()));
        let routine = m
            .documents
            .iter()
            .find(|d| d.row.id == "RUT-INFLYTT")
            .unwrap();
        assert_eq!(routine.typ, DocType::Routine);
        assert_eq!(
            routine.row.of(role("enhetschef")).unwrap().0,
            [Relation::DocumentOwner]
        );
        assert_eq!(
            routine.row.of(role("avdelningschef")).unwrap().0,
            [Relation::Decides]
        );
    }

    #[test]
    fn requirements_follow_lsk_krav() {
        let repo = omsorg();
        let m = requirements(&repo);
        let coverage = crate::coverage::build(Some(&repo), None, repo.config.lang);
        assert_eq!(m.rows.len(), coverage.rows.len());
        for (row, c) in m.rows.iter().zip(&coverage.rows) {
            assert_eq!(
                row.state == State::Gap,
                c.is_gap(true),
                "{}",
                c.requirement.reference()
            );
            let mut ids: Vec<&str> = row
                .documents
                .iter()
                .map(|&i| m.documents[i].id.as_str())
                .collect();
            let mut expected: Vec<&str> = c.covered_by.iter().map(|d| d.id.as_str()).collect();
            ids.sort_unstable();
            expected.sort_unstable();
            expected.dedup();
            assert_eq!(ids, expected);
        }
        // Processes first.
        assert_eq!(m.documents[0].typ, Some(DocType::Process));
    }
}
