use super::current;
use crate::config::FILE_NAME;
use crate::declare_rule;
use crate::diagnostic::Diagnostic;
use crate::model::{DocType, Kind, Repository};
use crate::rules::{Context, Rule};
use crate::tr;

declare_rule! {
    /// Färre `kvalitetsråd` under det senaste hela kalenderåret än `kvalitetsråd_per_år`
    /// (standard 2). Ett år som började före `införd` i `lsk.yaml` räknas inte.
    ///
    /// ## Varför
    /// Tyresö socialförvaltning (förebild 003, 6.1): kvalitetsråd hålls minst två gånger
    /// per år, där avvikelser, synpunkter och klagomål sammanställs och analyseras och
    /// åtgärder beslutas tillsammans med personalen.
    ///
    /// ## Så åtgärdar du
    /// Dokumentera hållna kvalitetsråd (`typ: kvalitetsråd` med `datum`), eller ändra
    /// `kvalitetsråd_per_år` om ni beslutat om en annan takt. Felet pekar på `lsk.yaml`.
    ///
    /// ## Fel
    /// Ett enda protokoll med `datum` under 2025, när i dag är 2026-11-24.
    ///
    /// ## Rätt
    /// ```yaml
    /// typ: kvalitetsråd
    /// id: KR-2025-03-12
    /// datum: 2025-03-12
    /// ---
    /// typ: kvalitetsråd
    /// id: KR-2025-10-07
    /// datum: 2025-10-07
    /// ```
    pub struct TooFewQualityCouncils {
        code: "LSK306",
        name: "too-few-quality-councils",
        severity: Warning,
        basis: "förebild 003 6.1 (kvalitetsråd minst två gånger per år)",
    }
}

/// The quality councils held in `year`.
pub fn councils_in(repo: &Repository, year: i16) -> usize {
    current(repo)
        .filter(|d| match &d.kind {
            Kind::QualityCouncil(k) => k.date.as_ref().is_some_and(|x| x.value.year() == year),
            _ => false,
        })
        .count()
}

impl Rule for TooFewQualityCouncils {
    fn check(&self, cx: &Context, out: &mut Vec<Diagnostic>) {
        let year = cx.today.year() - 1;
        let wanted = cx.repo.config.councils_per_year as usize;
        let held = councils_in(cx.repo, year);
        let start = crate::model::Date::new(year, 1, 1).expect("1 January");
        if !cx.repo.config.demands_from(start) {
            return;
        }
        // A council that failed to load may be the missing one.
        if held >= wanted
            || cx
                .repo
                .unloaded
                .iter()
                .any(|u| u.may_be(DocType::QualityCouncil))
        {
            return;
        }
        out.push(Diagnostic::at_file(
            &Self::META,
            FILE_NAME,
            tr!(
                cx.lang,
                "{} kvalitetsråd hölls under {}; minst {} ska hållas per år (`kvalitetsråd_per_år`).",
                "{} quality councils were held in {}; at least {} a year are required (`kvalitetsråd_per_år`).",
                held,
                year,
                wanted
            ),
        ));
    }
}
