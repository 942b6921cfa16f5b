//! `process`: huvud-, del-, lednings- or stödprocess with its ordered activities (4 kap.).

use super::Id;
use crate::model::decode::{OneOrMany, Spanned};
use crate::{record, vocabulary};

vocabulary! {
    /// The kind of process.
    pub enum ProcessKind {
        Main = "huvudprocess" / "main process",
        Sub = "delprocess" / "sub-process",
        Management = "ledningsprocess" / "management process",
        Support = "stödprocess" / "support process",
    }
}

record! {
    /// Collaboration with another party in an activity (4 kap. 5–6 §§).
    pub struct Collaboration {
        "part" party: Option<Spanned<String>> [required],
        "beskrivning" description: Option<Spanned<String>>,
        /// Id of a `samverkan` document.
        "dokument" document: Option<Spanned<Id>>,
    }
}

record! {
    /// One activity, in the order the process performs them.
    pub struct Activity {
        /// Unique in the repository.
        "id" id: Spanned<Id> [required],
        "titel" title: Option<Spanned<String>> [required],
        /// One role id or a list of them.
        "ansvarig" responsible: OneOrMany<Spanned<Id>>,
        /// Ids of rutin, checklista or riktlinje documents.
        "rutiner" routines: Vec<Spanned<Id>>,
        /// A delprocess that details the activity.
        "delprocess" subprocess: Option<Spanned<Id>>,
        /// Why the activity needs no routine of its own.
        "ingen_rutin" no_routine: Option<Spanned<String>>,
        "samverkan" collaboration: Vec<Collaboration>,
    }
}

record! {
    /// `typ: process`
    pub struct Process {
        "processtyp" kind: Option<Spanned<ProcessKind>> [required],
        /// The parent process; required for a delprocess.
        "överordnad" parent: Option<Spanned<Id>>,
        "processägare" owner: Option<Spanned<Id>>,
        "processledare" leader: Option<Spanned<Id>>,
        "syfte" purpose: Option<Spanned<String>>,
        /// Ids in a författningar document: the requirements identified for the service.
        "krav" requirements: Vec<Spanned<Id>>,
        "aktiviteter" activities: Vec<Activity>,
    }
}
