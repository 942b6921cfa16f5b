use crate::declare_rule;
use crate::diagnostic::Diagnostic;
use crate::model::obligations::review;
use crate::rules::{Context, Rule};
use crate::tr;

declare_rule! {
    /// Datum som inte går ihop: `fastställd` i framtiden; `giltig_från` eller
    /// `revideras_senast` före `fastställd`; eller ett revisionsintervall längre än det som
    /// är inställt för typen i `granskningsintervall`.
    ///
    /// ## Varför
    /// Ett beslut kan inte vara fattat i morgon, ett dokument kan inte gälla innan det
    /// beslutats, och ett `revideras_senast` bortom intervallet kringgår revisionscykeln.
    ///
    /// ## Så åtgärdar du
    /// Rätta det datum som meddelandet pekar på.
    ///
    /// ## Fel
    /// ```yaml
    /// typ: rutin
    /// fastställd: 2026-03-01
    /// revideras_senast: 2028-03-01   # rutiner granskas var 12:e månad
    /// ```
    ///
    /// ## Rätt
    /// ```yaml
    /// typ: rutin
    /// fastställd: 2026-03-01
    /// revideras_senast: 2027-03-01
    /// ```
    pub struct InconsistentDates {
        code: "LSK204",
        name: "inconsistent-dates",
        severity: Error,
        basis: "dokumentstyrning",
    }
}

impl Rule for InconsistentDates {
    fn check(&self, cx: &Context, out: &mut Vec<Diagnostic>) {
        for doc in &cx.repo.documents {
            let Some(r) = review(doc, &cx.repo.config) else {
                continue;
            };
            let decided_span = doc
                .header
                .decided
                .as_ref()
                .map(|d| d.span)
                .unwrap_or(r.span);
            let mut report = |span, message| out.push(cx.diag(&Self::META, doc, span, message));
            if r.decided > cx.today {
                report(
                    decided_span,
                    tr!(
                        cx.lang,
                        "`fastställd` ({}) ligger i framtiden.",
                        "`fastställd` ({}) is in the future.",
                        r.decided
                    ),
                );
            }
            if let Some(v) = &doc.header.valid_from
                && v.value < r.decided
            {
                report(
                    v.span,
                    tr!(
                        cx.lang,
                        "`giltig_från` ({}) ligger före `fastställd` ({}).",
                        "`giltig_från` ({}) is before `fastställd` ({}).",
                        v.value,
                        r.decided
                    ),
                );
            }
            if !r.explicit {
                continue;
            }
            let months = cx.repo.config.review_months(doc.typ()).unwrap_or(0);
            let limit = r.decided.add_months(months as i32);
            if r.due < r.decided {
                report(
                    r.span,
                    tr!(
                        cx.lang,
                        "`revideras_senast` ({}) ligger före `fastställd` ({}).",
                        "`revideras_senast` ({}) is before `fastställd` ({}).",
                        r.due,
                        r.decided
                    ),
                );
            } else if r.due > limit {
                out.push(
                    cx.diag(
                        &Self::META,
                        doc,
                        r.span,
                        tr!(
                            cx.lang,
                            "`revideras_senast` ({}) ligger mer än {} månader efter `fastställd` ({}).",
                            "`revideras_senast` ({}) is more than {} months after `fastställd` ({}).",
                            r.due,
                            months,
                            r.decided
                        ),
                    )
                    .with_help(tr!(
                        cx.lang,
                        "Senast tillåtna datum är {}.",
                        "The latest allowed date is {}.",
                        limit
                    )),
                );
            }
        }
    }
}
