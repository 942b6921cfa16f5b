//! `lsk graph`: one process as a swimlane map. [`swimlane`] builds the [`Swimlane`], the
//! process's content in drawing order (lanes and activities, names looked up), and
//! [`layout`] places it on a page for the SVG renderer. The renderers (SVG, Mermaid,
//! DOT) are in [`crate::output::graph`].
//!
//! The choices the map makes, once for every format:
//! - one lane per responsible role, in the order the roles first appear in the
//!   activities (a role named only as the second of several counts where it appears),
//!   labelled with the role's `namn`; an activity without `ansvarig` gets a lane of its
//!   own, "Ingen ansvarig";
//! - an activity with several responsible roles is drawn in the lane of the first, and
//!   each of the others gets a small mark ("5: även ansvarig") in its own lane, in the
//!   same column, joined to the activity by a dashed line: the roles share the
//!   responsibility, the first is where the work is drawn;
//! - every samverkan party is an external lane below the roles (in order of first
//!   appearance), with a dashed box for each activity that collaborates with it, joined
//!   to the activity;
//! - the activities are numbered in their order and joined by arrows in that order; a
//!   `delprocess` is named in its activity (in the SVG as a link a site can fill in);
//!   the routines of each activity are listed in it, id and title.

pub mod layout;

use crate::model::{DocType, Document, ProcessKind, Repository};

/// A process as a swimlane map: what is drawn, in order, with every name looked up.
#[derive(Debug, Clone, PartialEq)]
pub struct Swimlane {
    pub id: String,
    pub title: String,
    pub kind: Option<ProcessKind>,
    pub owner: Option<RoleName>,
    pub leader: Option<RoleName>,
    /// Roles first (in order of first appearance), then the external parties.
    pub lanes: Vec<Lane>,
    /// The activities in the process's order.
    pub steps: Vec<Step>,
}

/// A role: its id and the name people call it by (its `namn`, else its id).
#[derive(Debug, Clone, PartialEq)]
pub struct RoleName {
    pub id: String,
    pub name: String,
}

#[derive(Debug, Clone, PartialEq)]
pub struct Lane {
    pub kind: LaneKind,
    /// The role's name or the party as written; empty for [`LaneKind::Unassigned`].
    pub name: String,
}

#[derive(Debug, Clone, PartialEq)]
pub enum LaneKind {
    /// A role of the ansvarsfördelning (by id; also a role it does not define).
    Role(String),
    /// Activities without `ansvarig`.
    Unassigned,
    /// A samverkan party outside the organisation.
    Party,
}

impl Lane {
    pub fn is_external(&self) -> bool {
        self.kind == LaneKind::Party
    }

    /// The lane's label: the role's name, the party, or "Ingen ansvarig".
    pub fn label(&self, lang: crate::lang::Lang) -> String {
        match self.kind {
            LaneKind::Unassigned => lang.pick("Ingen ansvarig", "No one responsible").into(),
            _ => self.name.clone(),
        }
    }
}

/// One activity.
#[derive(Debug, Clone, PartialEq)]
pub struct Step {
    pub id: String,
    pub title: String,
    /// The lane of the first responsible role.
    pub lane: usize,
    /// The lanes of the other responsible roles.
    pub also: Vec<usize>,
    pub routines: Vec<DocRef>,
    pub subprocess: Option<DocRef>,
    /// `ingen_rutin`: why the activity has no routine of its own.
    pub no_routine: Option<String>,
    pub contacts: Vec<Contact>,
}

/// A document the map names: its id and, if it is in the repository, its title.
#[derive(Debug, Clone, PartialEq)]
pub struct DocRef {
    pub id: String,
    pub title: Option<String>,
}

/// Collaboration with an external party in an activity.
#[derive(Debug, Clone, PartialEq)]
pub struct Contact {
    /// The party's lane.
    pub lane: usize,
    pub description: Option<String>,
    /// The samverkan document, if named.
    pub document: Option<DocRef>,
}

/// Why [`find_process`] found no process.
#[derive(Debug, Clone, PartialEq)]
pub enum NotFound {
    /// No document has the id; the likely one meant, if any (case does not count).
    Unknown { suggestion: Option<String> },
    /// The document is of another type.
    NotAProcess { id: String, typ: DocType },
}

impl NotFound {
    /// The message, in `lang`, without the `lsk: ` prefix.
    pub fn describe(&self, asked: &str, lang: crate::lang::Lang) -> String {
        match self {
            NotFound::Unknown { suggestion } => {
                let hint = suggestion
                    .as_deref()
                    .map(|s| crate::tr!(lang, " Menade du '{s}'?", " Did you mean '{s}'?"))
                    .unwrap_or_default();
                crate::tr!(
                    lang,
                    "ingen process har id '{asked}'.{hint}",
                    "no process has the id '{asked}'.{hint}"
                )
            }
            NotFound::NotAProcess { id, typ } => {
                let written = typ.as_str();
                let described = typ.describe(lang);
                crate::tr!(
                    lang,
                    "'{id}' är ingen process utan har typ: {written}. Kartan ritas bara för processer (typ: process).",
                    "'{id}' is not a process: it has typ: {written} ({described}). Maps are drawn for processes only (typ: process)."
                )
            }
        }
    }
}

/// The process with this id. The id must be exact; an id that differs only in case, or
/// by a likely typo, is suggested (a process first, then any document).
pub fn find_process<'r>(repo: &'r Repository, id: &str) -> Result<&'r Document, NotFound> {
    if let Some(doc) = repo.document(id) {
        return match doc.typ() {
            DocType::Process => Ok(doc),
            typ => Err(NotFound::NotAProcess {
                id: doc.id().to_string(),
                typ,
            }),
        };
    }
    let mut processes: Vec<&str> = repo
        .documents
        .iter()
        .filter(|d| d.typ() == DocType::Process)
        .map(|d| d.id())
        .collect();
    processes.sort_unstable();
    let mut all: Vec<&str> = repo.document_ids().collect();
    all.sort_unstable();
    let suggestion = crate::text::suggest(id, processes.iter().copied())
        .or_else(|| crate::text::suggest(id, all.iter().copied()))
        .map(str::to_string);
    Err(NotFound::Unknown { suggestion })
}

/// The swimlane map of a process document (of another type: an empty map).
pub fn swimlane(repo: &Repository, doc: &Document) -> Swimlane {
    let role = |id: &str| RoleName {
        id: id.to_string(),
        name: repo.role_title(id),
    };
    let doc_ref = |id: &str| DocRef {
        id: id.to_string(),
        title: repo
            .document(id)
            .and_then(|d| d.header.title.as_ref())
            .map(|t| t.value.clone()),
    };
    let title = doc
        .header
        .title
        .as_ref()
        .map_or_else(|| doc.id().to_string(), |t| t.value.clone());
    let Some(process) = doc.process() else {
        return Swimlane {
            id: doc.id().to_string(),
            title,
            kind: None,
            owner: None,
            leader: None,
            lanes: Vec::new(),
            steps: Vec::new(),
        };
    };
    let mut lanes: Vec<Lane> = Vec::new();
    let lane_of = |kind: LaneKind, name: String, lanes: &mut Vec<Lane>| -> usize {
        let found = lanes.iter().position(|l| match (&l.kind, &kind) {
            (LaneKind::Party, LaneKind::Party) => l.name == name,
            (a, b) => a == b,
        });
        found.unwrap_or_else(|| {
            lanes.push(Lane { kind, name });
            lanes.len() - 1
        })
    };
    // Roles first, in order of appearance; the parties after them.
    let mut steps: Vec<Step> = Vec::new();
    for activity in &process.activities {
        let mut own: Vec<usize> = Vec::new();
        for r in activity.responsible.iter() {
            let id = r.value.as_str();
            let lane = lane_of(
                LaneKind::Role(id.to_string()),
                repo.role_title(id),
                &mut lanes,
            );
            if !own.contains(&lane) {
                own.push(lane);
            }
        }
        if own.is_empty() {
            own.push(lane_of(LaneKind::Unassigned, String::new(), &mut lanes));
        }
        steps.push(Step {
            id: activity.id.value.as_str().to_string(),
            title: activity.title.as_ref().map_or_else(
                || activity.id.value.as_str().to_string(),
                |t| t.value.clone(),
            ),
            lane: own[0],
            also: own[1..].to_vec(),
            routines: activity
                .routines
                .iter()
                .map(|r| doc_ref(r.value.as_str()))
                .collect(),
            subprocess: activity
                .subprocess
                .as_ref()
                .map(|s| doc_ref(s.value.as_str())),
            no_routine: activity.no_routine.as_ref().map(|n| n.value.clone()),
            contacts: Vec::new(),
        });
    }
    for (step, activity) in steps.iter_mut().zip(&process.activities) {
        for c in &activity.collaboration {
            let Some(party) = c.party.as_ref().map(|p| p.value.trim().to_string()) else {
                continue;
            };
            if party.is_empty() {
                continue;
            }
            let lane = lane_of(LaneKind::Party, party, &mut lanes);
            step.contacts.push(Contact {
                lane,
                description: c.description.as_ref().map(|d| d.value.clone()),
                document: c.document.as_ref().map(|d| doc_ref(d.value.as_str())),
            });
        }
    }
    Swimlane {
        id: doc.id().to_string(),
        title,
        kind: process.kind.as_ref().map(|k| k.value),
        owner: process.owner.as_ref().map(|o| role(o.value.as_str())),
        leader: process.leader.as_ref().map(|l| role(l.value.as_str())),
        lanes,
        steps,
    }
}

/// The map in words, for those who cannot see it (the SVG's `<desc>`): the process,
/// then each activity with its roles, routines, delprocess and collaborations.
pub fn describe(map: &Swimlane, lang: crate::lang::Lang) -> String {
    let mut parts: Vec<String> = Vec::new();
    let kind = map
        .kind
        .map(|k| k.describe(lang))
        .unwrap_or_else(|| "process".into());
    let kind: String = {
        let mut c = kind.chars();
        c.next()
            .map(|f| f.to_uppercase().chain(c).collect())
            .unwrap_or_default()
    };
    parts.push(crate::tr!(
        lang,
        "{} {} – {}, {} aktiviteter i ordning.",
        "{} {} – {}, {} activities in order.",
        kind,
        map.id,
        map.title,
        map.steps.len()
    ));
    for (i, s) in map.steps.iter().enumerate() {
        let mut roles = vec![map.lanes[s.lane].label(lang)];
        roles.extend(s.also.iter().map(|&l| map.lanes[l].label(lang)));
        let mut text = format!("{}. {} ({}): {}.", i + 1, s.title, s.id, roles.join(", "));
        let doc = |d: &DocRef| match &d.title {
            Some(t) => format!("{} {t}", d.id),
            None => d.id.clone(),
        };
        if !s.routines.is_empty() {
            let list: Vec<String> = s.routines.iter().map(doc).collect();
            text.push_str(&format!(
                " {}: {}.",
                lang.pick("Rutiner", "Routines"),
                list.join("; ")
            ));
        }
        if let Some(sub) = &s.subprocess {
            text.push_str(&format!(
                " {}: {}.",
                lang.pick("Delprocess", "Sub-process"),
                doc(sub)
            ));
        }
        for c in &s.contacts {
            text.push_str(&format!(
                " {} {}",
                lang.pick("Samverkan med", "Collaboration with"),
                map.lanes[c.lane].name
            ));
            if let Some(d) = &c.description {
                text.push_str(&format!(": {d}"));
            }
            if let Some(d) = &c.document {
                text.push_str(&format!(" ({})", doc(d)));
            }
            text.push('.');
        }
        parts.push(text);
    }
    parts.join(" ")
}

#[cfg(test)]
mod tests {
    use super::*;

    fn omsorg() -> Repository {
        crate::check::example_repository()
    }

    #[test]
    fn lanes_in_order_of_first_appearance_named_by_namn() {
        let repo = omsorg();
        let doc = find_process(&repo, "P-SÄBO").unwrap();
        let map = swimlane(&repo, doc);
        let labels: Vec<&str> = map.lanes.iter().map(|l| l.name.as_str()).collect();
        assert_eq!(
            labels,
            [
                "Biståndshandläggare (SoL och LSS)",
                "Enhetschef med myndighetsansvar",
                "Enhetschef med verksamhetsansvar",
                "Kontaktman (undersköterska)",
                "Sjuksköterska",
                "Medarbetare",
                "Arbetsterapeut",
                "Fysioterapeut",
                "Regionens vårdcentral (Region Exempel)",
                "Region Exempel, sluten hälso- och sjukvård",
            ]
        );
        assert!(map.lanes[8].is_external() && !map.lanes[7].is_external());
        // P-SÄBO.4: enhetschef-myndighet first, biståndshandläggare also.
        assert_eq!((map.steps[3].lane, map.steps[3].also.clone()), (1, vec![0]));
        assert_eq!(
            map.steps[4].routines[0].title.as_deref(),
            Some("Inflyttning på särskilt boende")
        );
        assert_eq!(
            map.owner.as_ref().unwrap().name,
            "Avdelningschef vård och omsorg"
        );
        // A party named twice is one lane.
        assert_eq!(
            map.steps[7]
                .contacts
                .iter()
                .map(|c| c.lane)
                .collect::<Vec<_>>(),
            [9, 8]
        );
    }

    #[test]
    fn a_routine_is_not_a_process_and_case_is_suggested() {
        let repo = omsorg();
        assert_eq!(
            find_process(&repo, "RUT-INFLYTT").unwrap_err(),
            NotFound::NotAProcess {
                id: "RUT-INFLYTT".into(),
                typ: DocType::Routine
            }
        );
        assert_eq!(
            find_process(&repo, "p-säbo").unwrap_err(),
            NotFound::Unknown {
                suggestion: Some("P-SÄBO".into())
            }
        );
        assert_eq!(
            find_process(&repo, "P-HELT-ANNAT").unwrap_err(),
            NotFound::Unknown { suggestion: None }
        );
        let msg = find_process(&repo, "RUT-INFLYTT")
            .unwrap_err()
            .describe("RUT-INFLYTT", crate::lang::Lang::Sv);
        assert!(
            msg.contains("ingen process") && msg.contains("rutin"),
            "{msg}"
        );
    }
}
