//! Document control: the approval fingerprint (`kontrollsumma`), recording a decision
//! (`lsk approve`) and creating documents from templates (`lsk new`).

pub mod approve;
pub mod changes;
pub mod log;
pub mod new;
