//! The fields every document has (FORMAT.md, "Fields common to all documents").

use super::{Area, Checksum, Date, DocType, Id, Status};
use crate::model::decode::Spanned;
use crate::model::krav::Paragraph;
use crate::record;

record! {
    /// One entry of a document's own revision history.
    pub struct Revision {
        "datum" date: Spanned<Date> [required],
        "beskrivning" description: Option<Spanned<String>> [required],
        /// Who made the revision (a role).
        "av" by: Option<Spanned<String>>,
    }
}

record! {
    /// The fields common to all documents.
    pub struct Header {
        /// The document type.
        "typ" typ: Spanned<DocType> [required],
        /// Unique in the repository.
        "id" id: Spanned<Id> [required],
        "titel" title: Option<Spanned<String>> [required],
        /// utkast | gällande | upphävd; default gällande.
        "status" status: Option<Spanned<Status>>,
        /// Role id of the document's owner; required for governed documents.
        "dokumentägare" owner: Option<Spanned<Id>>,
        /// Role id of who decided (fastställde) the document.
        "beslutad_av" decided_by: Option<Spanned<Id>>,
        /// The date the document was decided.
        "fastställd" decided: Option<Spanned<Date>>,
        /// Valid from; default fastställd.
        "giltig_från" valid_from: Option<Spanned<Date>>,
        /// Review by; default fastställd + the type's review interval.
        "revideras_senast" review_by: Option<Spanned<Date>>,
        "diarienummer" registry_number: Option<Spanned<String>>,
        /// `sha256:<hex>`, written by `lsk approve`.
        "kontrollsumma" checksum: Option<Spanned<Checksum>>,
        /// Requirement paragraphs this document fulfils, e.g. "5 kap. 6 §".
        "uppfyller" fulfils: Vec<Spanned<Paragraph>>,
        /// Legal areas the document applies to; default all.
        "omfattning" scope: Vec<Spanned<Area>>,
        "revisioner" revisions: Vec<Revision>,
    }
}

impl Header {
    pub fn status(&self) -> Status {
        self.status.as_ref().map_or(Status::InForce, |s| s.value)
    }
}
