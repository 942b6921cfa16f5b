use crate::declare_rule;
use crate::diagnostic::Diagnostic;
use crate::model::obligations::Duty;
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
        basis: "SOSFS 2011:9 5 kap. (sammanställa och analysera); Tyresö socialförvaltnings ledningssystem (per tertial)",
    }
}

impl Rule for FollowUpPeriodMissing {
    fn check(&self, cx: &Context, out: &mut Vec<Diagnostic>) {
        for (o, _) in cx.missed(Duty::FollowUp) {
            let Some(tertial) = o.period else { continue };
            out.push(cx.diag_for(
                &Self::META,
                o,
                None,
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
