//! LSK2xx — dating and review cycles. LSK201–205 concern `gällande` governed documents
//! only: an `utkast` is not yet decided and an `upphävd` document is no longer reviewed.

mod changed_since_approval;
mod draft_text_in_force;
mod inconsistent_dates;
mod missing_owner;
mod repealed_statute;
mod requirement_amended;
mod review_due_soon;
mod review_overdue;
mod statute_list_incomplete;
mod undated_document;

pub use changed_since_approval::ChangedSinceApproval;
pub use draft_text_in_force::DraftTextInForce;
pub use inconsistent_dates::InconsistentDates;
pub use missing_owner::MissingOwner;
pub use repealed_statute::RepealedStatute;
pub use requirement_amended::RequirementAmended;
pub use review_due_soon::ReviewDueSoon;
pub use review_overdue::ReviewOverdue;
pub use statute_list_incomplete::StatuteListIncomplete;
pub use undated_document::UndatedDocument;

use super::Rule;

pub(super) const RULES: &[&dyn Rule] = &[
    &UndatedDocument,
    &ReviewOverdue,
    &ReviewDueSoon,
    &InconsistentDates,
    &ChangedSinceApproval,
    &MissingOwner,
    &StatuteListIncomplete,
    &RequirementAmended,
    &RepealedStatute,
    &DraftTextInForce,
];
