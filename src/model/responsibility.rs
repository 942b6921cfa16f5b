//! `ansvarsfördelning`: who is responsible for what (SOSFS 2011:9 3–4 kap.).

use super::{Area, Id};
use crate::model::decode::Spanned;
use crate::{record, vocabulary};

vocabulary! {
    /// The functions the regulation and HSL name; a role may hold one.
    pub enum Function {
        Principal = "huvudman",
        AdministrationHead = "förvaltningschef",
        DepartmentHead = "avdelningschef",
        UnitHead = "enhetschef",
        HealthCareHead = "verksamhetschef-hsl",
        Mas = "mas",
        Mar = "mar",
        QualityDeveloper = "kvalitetsutvecklare",
        Staff = "medarbetare",
        LicensedStaff = "legitimerad-personal",
    }
}

record! {
    /// A role that documents refer to by id.
    pub struct Role {
        "id" id: Spanned<Id> [required],
        "namn" name: Option<Spanned<String>>,
        "funktion" function: Option<Spanned<Function>>,
        /// What the role is responsible for.
        "ansvar" duties: Vec<Spanned<String>>,
        /// The legal areas the role works in; without it, every area.
        "omfattning" scope: Vec<Spanned<Area>>,
    }
}

record! {
    /// `typ: ansvarsfördelning`
    pub struct Responsibilities {
        "roller" roles: Vec<Role>,
    }
}

impl Role {
    /// The role's duties as one text.
    pub fn duties_text(&self) -> String {
        self.duties
            .iter()
            .map(|d| d.value.as_str())
            .collect::<Vec<_>>()
            .join(" ")
    }
}
