use std::collections::HashSet;

use super::current;
use crate::config::FILE_NAME;
use crate::declare_rule;
use crate::diagnostic::Diagnostic;
use crate::model::{Date, DocType, Kind, Period, Repository};
use crate::rules::{Context, Rule};
use crate::tr;

declare_rule! {
    /// Ett tertial i år eller förra året som har tagit slut saknar en `uppföljning` som
    /// täcker det.
    ///
    /// Tertial: T1 = januari–april, T2 = maj–augusti, T3 = september–december. En
    /// uppföljning täcker de månader dess `period` omfattar; ett tertial är täckt när alla
    /// dess fyra månader är det (av en uppföljning för tertialet, för året, eller av flera
    /// för kortare perioder tillsammans). Tertial som började före `införd` i `lsk.yaml`
    /// räknas inte. Felet pekar på `lsk.yaml`.
    ///
    /// ## Varför
    /// SOSFS 2011:9 5 kap.: avvikelser, klagomål, synpunkter och rapporter ska regelbundet
    /// sammanställas och analyseras för att se mönster och trender. Förebilden (Tyresö,
    /// 003) gör det per tertial.
    ///
    /// ## Så åtgärdar du
    /// Gör sammanställningen för tertialet och dokumentera den (`typ: uppföljning`,
    /// `period: 2026-T2`).
    ///
    /// ## Fel
    /// Uppföljningar för `2026-T1` men inte för `2026-T2`, när i dag är 2026-11-24.
    ///
    /// ## Rätt
    /// ```yaml
    /// typ: uppföljning
    /// id: UPP-2026-T2
    /// period: 2026-T2
    /// ```
    pub struct FollowUpPeriodMissing {
        code: "LSK308",
        name: "follow-up-period-missing",
        severity: Warning,
        basis: "SOSFS 2011:9 5 kap. (sammanställa och analysera); förebild 003 (per tertial)",
    }
}

/// The tertials of this and last year that have ended by `today` with no follow-up.
pub fn uncovered_tertials(repo: &Repository, today: Date) -> Vec<Period> {
    let covered: HashSet<(i16, u8)> = current(repo)
        .filter_map(|d| match &d.kind {
            Kind::FollowUp(f) => f.period.as_ref().map(|p| p.value),
            _ => None,
        })
        .flat_map(Period::month_list)
        .collect();
    let year = today.year();
    [year - 1, year]
        .into_iter()
        .flat_map(|y| (1..=3).map(move |n| Period::Tertial(y, n)))
        .filter(|t| t.end() < today && repo.config.demands_from(t.start()))
        .filter(|t| !t.month_list().iter().all(|m| covered.contains(m)))
        .collect()
}

impl Rule for FollowUpPeriodMissing {
    fn check(&self, cx: &Context, out: &mut Vec<Diagnostic>) {
        // A follow-up that failed to load may be the missing one.
        if cx.repo.unloaded.iter().any(|u| u.may_be(DocType::FollowUp)) {
            return;
        }
        for tertial in uncovered_tertials(cx.repo, cx.today) {
            out.push(Diagnostic::at_file(
                &Self::META,
                FILE_NAME,
                tr!(
                    cx.lang,
                    "Ingen uppföljning täcker {} ({}–{}).",
                    "No follow-up covers {} ({}–{}).",
                    tertial,
                    tertial.start(),
                    tertial.end()
                ),
            ));
        }
    }
}
