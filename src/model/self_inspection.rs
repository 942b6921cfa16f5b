//! `egenkontrollplan`: planned self-inspections and those performed (5 kap. 2 §).

use super::{Area, Date, Id, Period, Year};
use crate::model::decode::Spanned;
use crate::{record, vocabulary};

vocabulary! {
    /// How often a control is performed.
    pub enum Frequency {
        Month = "månad" / "monthly",
        Quarter = "kvartal" / "quarterly",
        Tertial = "tertial" / "every four months",
        Half = "halvår" / "half-yearly",
        Year = "år" / "yearly",
    }
}

record! {
    /// One performed control.
    pub struct Performed {
        "datum" date: Spanned<Date> [required],
        "resultat" result: Option<Spanned<String>> [required],
        "åtgärder" actions: Vec<Spanned<Id>>,
    }
}

record! {
    /// One planned control.
    pub struct Control {
        "id" id: Spanned<Id> [required],
        "vad" what: Option<Spanned<String>> [required],
        "metod" method: Option<Spanned<String>>,
        "frekvens" frequency: Option<Spanned<Frequency>> [required],
        "ansvarig" responsible: Option<Spanned<Id>> [required],
        "utförda" performed: Vec<Performed>,
        /// The legal areas it concerns (SoL, LSS, HSL …); without it, its document's.
        "omfattning" scope: Vec<Spanned<Area>>,
    }
}

record! {
    /// `typ: egenkontrollplan`
    pub struct SelfInspectionPlan {
        "år" year: Option<Spanned<Year>> [required],
        "kontroller" controls: Vec<Control>,
    }
}

impl Frequency {
    /// The periods of `year` a control with this frequency must be performed in.
    pub fn periods(self, year: i16) -> Vec<Period> {
        match self {
            Frequency::Month => (1..=12).map(|m| Period::Month(year, m)).collect(),
            Frequency::Quarter => (1..=4).map(|n| Period::Quarter(year, n)).collect(),
            Frequency::Tertial => (1..=3).map(|n| Period::Tertial(year, n)).collect(),
            Frequency::Half => (1..=2).map(|n| Period::Half(year, n)).collect(),
            Frequency::Year => vec![Period::Year(year)],
        }
    }
}

impl Control {
    /// Whether a performed control is dated within `period`.
    pub fn performed_in(&self, period: Period) -> bool {
        self.performed.iter().any(|p| period.contains(p.date.value))
    }

    /// The periods of `year` that ended before `today` without a performed control.
    pub fn missed_periods(&self, year: i16, today: Date) -> Vec<Period> {
        let Some(frequency) = &self.frequency else {
            return Vec::new();
        };
        frequency
            .periods(year)
            .into_iter()
            .filter(|p| p.end() < today && !self.performed_in(*p))
            .collect()
    }
}

#[cfg(test)]
mod tests {
    use super::*;
    use crate::syntax::Span;

    fn control(frequency: Frequency, dates: &[&str]) -> Control {
        fn s<T>(v: T) -> Spanned<T> {
            Spanned::new(v, Span::START)
        }
        Control {
            id: s(Id("EK-1".into())),
            what: None,
            method: None,
            frequency: Some(s(frequency)),
            responsible: None,
            performed: dates
                .iter()
                .map(|d| Performed {
                    date: s(Date::parse(d).unwrap()),
                    result: None,
                    actions: Vec::new(),
                })
                .collect(),
            scope: Vec::new(),
        }
    }

    #[test]
    fn leap_day_counts_for_february() {
        let c = control(Frequency::Month, &["2028-02-29"]);
        let missed = c.missed_periods(2028, Date::parse("2028-03-05").unwrap());
        assert_eq!(missed, vec![Period::Month(2028, 1)]);
    }

    #[test]
    fn a_period_ends_after_its_last_day() {
        let c = control(Frequency::Tertial, &[]);
        // On 30 April T1 has not ended; on 1 May it has.
        assert!(
            c.missed_periods(2026, Date::parse("2026-04-30").unwrap())
                .is_empty()
        );
        assert_eq!(
            c.missed_periods(2026, Date::parse("2026-05-01").unwrap()),
            vec![Period::Tertial(2026, 1)]
        );
    }

    #[test]
    fn one_missed_month_among_performed_ones() {
        let dates: Vec<String> = (1..=10)
            .filter(|m| *m != 6)
            .map(|m| format!("2026-{m:02}-15"))
            .collect();
        let refs: Vec<&str> = dates.iter().map(String::as_str).collect();
        let c = control(Frequency::Month, &refs);
        let missed = c.missed_periods(2026, Date::parse("2026-11-24").unwrap());
        assert_eq!(missed, vec![Period::Month(2026, 6)]);
    }
}
