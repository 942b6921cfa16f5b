//! One file per part of a berättelse: each builds its blocks, and says what the data does
//! not cover, from the [`Input`](super::figures::Input) both reports share.

mod actions;
mod agreements;
mod analysis;
mod councils;
mod document_changes;
mod external_reviews;
mod follow_ups;
mod goals;
mod governing;
mod review_compliance;
mod risk_analyses;
mod self_inspection;
mod texts;

pub use actions::actions;
pub use agreements::agreements;
pub use analysis::analysis;
pub use councils::councils;
pub use document_changes::document_changes;
pub use external_reviews::external_reviews;
pub use follow_ups::follow_ups;
pub use goals::goals;
pub use governing::governing;
pub use review_compliance::review_compliance;
pub use risk_analyses::risk_analyses;
pub use self_inspection::self_inspection;
pub use texts::{attachments, cover, prose, summary};
