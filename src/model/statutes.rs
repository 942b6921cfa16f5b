//! `författningar`: the laws and regulations that apply to the service.

use super::Id;
use crate::load::decode::Spanned;
use crate::record;

record! {
    /// One law or regulation.
    pub struct Statute {
        "id" id: Spanned<Id> [required],
        "namn" name: Option<Spanned<String>> [required],
        /// The official designation, e.g. "SFS 2017:30" or "SOSFS 2011:9".
        "beteckning" designation: Option<Spanned<String>> [required],
    }
}

record! {
    /// `typ: författningar`
    pub struct Statutes {
        "författningar" statutes: Vec<Statute>,
    }
}
