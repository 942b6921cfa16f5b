use crate::declare_rule;
use crate::diagnostic::Diagnostic;
use crate::model::config::FILE_NAME;
use crate::model::statutes::{Implied, implied_statutes};
use crate::model::{DocType, Kind};
use crate::rules::{Context, Rule};
use crate::tr;

declare_rule! {
    /// Det finns inget dokument av typen `författningar`, eller listan saknar en
    /// författning som `verksamhet` förutsätter.
    ///
    /// Alltid SOSFS 2011:9; med SoL socialtjänstlagen (SFS 2025:400); med LSS SFS 1993:387;
    /// med HSL hälso- och sjukvårdslagen (SFS 2017:30) och patientsäkerhetslagen
    /// (SFS 2010:659); med LVU SFS 1990:52; med LVM SFS 1988:870; med Tandvårdslagen
    /// SFS 1985:125. Jämförelsen görs på `beteckning`. Listans årliga översyn är LSK202:s
    /// (intervall 12 månader).
    ///
    /// ## Varför
    /// Tyresö socialförvaltnings ledningssystem (avsnitt 1.3): en lista över de lagar som reglerar
    /// verksamheten ska finnas och ses över varje år. Socialtjänstlagen (2001:453) ersattes
    /// 1 juli 2025 av SFS 2025:400; en lista som bara har den gamla är inaktuell.
    ///
    /// ## Så åtgärdar du
    /// Lägg till författningen med rätt beteckning.
    ///
    /// ## Fel
    /// ```yaml
    /// författningar:
    ///   - { id: SoL, namn: Socialtjänstlag, beteckning: "SFS 2001:453" }
    /// ```
    ///
    /// ## Rätt
    /// ```yaml
    /// författningar:
    ///   - { id: SoL, namn: Socialtjänstlag, beteckning: "SFS 2025:400" }
    ///   - { id: SOSFS-2011-9, namn: Ledningssystem för systematiskt kvalitetsarbete, beteckning: "SOSFS 2011:9" }
    /// ```
    pub struct StatuteListIncomplete {
        code: "LSK207",
        name: "statute-list-incomplete",
        severity: Warning,
        basis: "Tyresö socialförvaltnings ledningssystem, avsnitt 1.3 (lista över lagar, årlig översyn)",
    }
}

fn normalise(designation: &str) -> String {
    designation
        .chars()
        .filter(|c| !c.is_whitespace())
        .flat_map(char::to_uppercase)
        .collect()
}

impl Rule for StatuteListIncomplete {
    fn check(&self, cx: &Context, out: &mut Vec<Diagnostic>) {
        let lists: Vec<_> = cx
            .repo
            .documents
            .iter()
            .filter(|d| d.typ() == DocType::Statutes)
            .collect();
        let Some(first) = lists.first() else {
            if cx.repo.has_or_may_have(DocType::Statutes) {
                // The list exists but failed to load: reported as that (LSK001/LSK002).
                return;
            }
            out.push(Diagnostic::at_file(
                &Self::META,
                FILE_NAME,
                tr!(
                    cx.lang,
                    "Förrådet har ingen lista över lagar och föreskrifter (`typ: författningar`).",
                    "The repository has no list of laws and regulations (`typ: författningar`)."
                ),
            ));
            return;
        };
        let present: Vec<String> = lists
            .iter()
            .flat_map(|d| match &d.kind {
                Kind::Statutes(s) => s.statutes.iter().collect(),
                _ => Vec::new(),
            })
            .filter_map(|s| s.designation.as_ref().map(|b| normalise(b)))
            .collect();
        for Implied {
            designation, name, ..
        } in implied_statutes(&cx.repo.config.areas)
        {
            // A repealed predecessor in its place is LSK209's finding, with the replacement.
            let replaced = crate::model::krav::REPEALS.iter().any(|r| {
                normalise(r.replaced_by) == normalise(designation)
                    && present.contains(&normalise(r.designation))
            });
            if present.contains(&normalise(designation)) || replaced {
                continue;
            }
            out.push(cx.diag(
                &Self::META,
                first,
                first.first_line(),
                tr!(
                    cx.lang,
                    "Författningslistan saknar {} ({}).",
                    "The statute list lacks {} ({}).",
                    name,
                    designation
                ),
            ));
        }
    }
}
