use crate::declare_rule;
use crate::diagnostic::Diagnostic;
use crate::model::obligations::{Duty, Subject};
use crate::rules::{Context, Rule};
use crate::tr;

declare_rule! {
    /// En samverkansöverenskommelse är inte uppföljd inom `uppföljning_månader` (standard
    /// 12) från `senast_uppföljd`, eller har aldrig följts upp.
    ///
    /// ## Varför
    /// Norrmalms stadsdelsnämnds ledningssystem: samverkansöverenskommelser följs upp årligen. En
    /// överenskommelse som ingen följer upp vet ingen om den fungerar.
    ///
    /// ## Så åtgärdar du
    /// Följ upp överenskommelsen med parten och ange datumet i `senast_uppföljd`.
    ///
    /// ## Fel
    /// ```yaml
    /// typ: samverkan
    /// senast_uppföljd: 2025-05-04   # i dag är 2026-11-24
    /// uppföljning_månader: 12
    /// ```
    ///
    /// ## Rätt
    /// ```yaml
    /// typ: samverkan
    /// senast_uppföljd: 2026-05-04
    /// uppföljning_månader: 12
    /// ```
    pub struct CollaborationNotFollowedUp {
        code: "LSK307",
        name: "collaboration-not-followed-up",
        severity: Warning,
        basis: "Norrmalms stadsdelsnämnds ledningssystem (årlig uppföljning av samverkansöverenskommelser)",
    }
}

impl Rule for CollaborationNotFollowedUp {
    fn check(&self, cx: &Context, out: &mut Vec<Diagnostic>) {
        for (o, doc) in cx.missed(Duty::Collaboration) {
            let Some(doc) = doc else { continue };
            let Some(agreement) = doc.agreement() else {
                continue;
            };
            let message = match (
                &agreement.last_followed_up,
                o.subject == Subject::NeverFollowedUp,
            ) {
                (Some(last), false) => tr!(
                    cx.lang,
                    "Överenskommelsen `{}` följdes senast upp {} och skulle ha följts upp igen senast {}.",
                    "The agreement `{}` was last followed up {} and was due again by {}.",
                    doc.id(),
                    last.value,
                    o.due
                ),
                _ => tr!(
                    cx.lang,
                    "Överenskommelsen `{}` har aldrig följts upp (`senast_uppföljd` saknas).",
                    "The agreement `{}` has never been followed up (`senast_uppföljd` is missing).",
                    doc.id()
                ),
            };
            out.push(cx.diag_for(&Self::META, o, Some(doc), message));
        }
    }
}
