//! `ansvarsfördelning`: who is responsible for what (SOSFS 2011:9 3–4 kap.).

use super::{Area, Id};
use crate::model::decode::Spanned;
use crate::{record, vocabulary};

vocabulary! {
    /// The functions the regulation and HSL name; a role may hold one.
    pub enum Function {
        Principal = "huvudman" / "principal",
        AdministrationHead = "förvaltningschef" / "head of administration",
        DepartmentHead = "avdelningschef" / "head of department",
        UnitHead = "enhetschef" / "unit manager",
        HealthCareHead = "verksamhetschef-hsl" / "head of health care operations",
        Mas = "mas" / "medically responsible nurse (MAS)",
        Mar = "mar" / "medically responsible for rehabilitation (MAR)",
        QualityDeveloper = "kvalitetsutvecklare" / "quality developer",
        Staff = "medarbetare" / "staff member",
        LicensedStaff = "legitimerad-personal" / "licensed staff",
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
