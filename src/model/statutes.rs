//! `författningar`: the laws and regulations that apply to the service.

use super::{Area, Id};
use crate::model::decode::Spanned;
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

/// A statute that `verksamhet` implies.
pub struct Implied {
    /// A conventional id for it in a statute list.
    pub id: &'static str,
    pub designation: &'static str,
    pub name: &'static str,
}

/// The statutes `verksamhet` implies: always SOSFS 2011:9, then per area.
pub fn implied_statutes(areas: &[Area]) -> Vec<Implied> {
    let s = |id, designation, name| Implied {
        id,
        designation,
        name,
    };
    let mut out = vec![s(
        "SOSFS-2011-9",
        "SOSFS 2011:9",
        "Ledningssystem för systematiskt kvalitetsarbete",
    )];
    for area in areas {
        match area {
            Area::Sol => out.push(s("SoL", "SFS 2025:400", "Socialtjänstlag")),
            Area::Lss => out.push(s(
                "LSS",
                "SFS 1993:387",
                "Lag om stöd och service till vissa funktionshindrade",
            )),
            Area::Hsl => {
                out.push(s("HSL", "SFS 2017:30", "Hälso- och sjukvårdslag"));
                out.push(s("PSL", "SFS 2010:659", "Patientsäkerhetslag"));
            }
            Area::Lvu => out.push(s(
                "LVU",
                "SFS 1990:52",
                "Lag med särskilda bestämmelser om vård av unga",
            )),
            Area::Lvm => out.push(s(
                "LVM",
                "SFS 1988:870",
                "Lag om vård av missbrukare i vissa fall",
            )),
            Area::Tandvard => out.push(s("TandvL", "SFS 1985:125", "Tandvårdslag")),
        }
    }
    out
}
