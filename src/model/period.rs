//! Periods: month, kvartal (K1–K4), tertial (T1 = jan–apr, T2 = maj–aug, T3 = sep–dec),
//! halvår (H1, H2) and år. The one period type every rule and report uses.

use std::borrow::Cow;

use schemars::{JsonSchema, Schema, SchemaGenerator, json_schema};

use super::values::Date;
use crate::lang::Lang;
use crate::model::decode::{Cx, FromNode};
use crate::syntax::yaml::{Node, Value};

#[derive(Debug, Clone, Copy, PartialEq, Eq, PartialOrd, Ord, Hash)]
pub enum Period {
    Year(i16),
    Half(i16, u8),
    Tertial(i16, u8),
    Quarter(i16, u8),
    Month(i16, u8),
}

impl Period {
    /// Parses `2026`, `2026-H1`, `2026-T1`, `2026-K1` or `2026-03`.
    pub fn parse(s: &str) -> Option<Period> {
        let (year, rest) = match s.split_once('-') {
            Some((y, r)) => (y, Some(r)),
            None => (s, None),
        };
        if year.len() != 4 || !year.bytes().all(|b| b.is_ascii_digit()) {
            return None;
        }
        let y: i16 = year.parse().ok()?;
        if !Date::YEARS.contains(&y) {
            return None;
        }
        let Some(rest) = rest else {
            return Some(Period::Year(y));
        };
        let numbered = |max: u8| -> Option<u8> {
            let n: u8 = rest.get(1..)?.parse().ok()?;
            (rest.len() == 2 && (1..=max).contains(&n)).then_some(n)
        };
        match rest.as_bytes().first()? {
            b'H' => numbered(2).map(|n| Period::Half(y, n)),
            b'T' => numbered(3).map(|n| Period::Tertial(y, n)),
            b'K' => numbered(4).map(|n| Period::Quarter(y, n)),
            b'0' | b'1' if rest.len() == 2 => {
                let m: u8 = rest.parse().ok()?;
                (1..=12).contains(&m).then_some(Period::Month(y, m))
            }
            _ => None,
        }
    }

    pub fn year(self) -> i16 {
        match self {
            Period::Year(y)
            | Period::Half(y, _)
            | Period::Tertial(y, _)
            | Period::Quarter(y, _)
            | Period::Month(y, _) => y,
        }
    }

    /// First and last month (1–12) of the period.
    fn months(self) -> (u8, u8) {
        match self {
            Period::Year(_) => (1, 12),
            Period::Half(_, n) => (6 * n - 5, 6 * n),
            Period::Tertial(_, n) => (4 * n - 3, 4 * n),
            Period::Quarter(_, n) => (3 * n - 2, 3 * n),
            Period::Month(_, m) => (m, m),
        }
    }

    /// The (year, month) pairs the period spans.
    pub fn month_list(self) -> Vec<(i16, u8)> {
        let (first, last) = self.months();
        (first..=last).map(|m| (self.year(), m)).collect()
    }

    pub fn start(self) -> Date {
        let (first, _) = self.months();
        Date::new(self.year(), first as i8, 1).expect("valid period start")
    }

    /// The last day of the period.
    pub fn end(self) -> Date {
        let (_, last) = self.months();
        let first_of_last = Date::new(self.year(), last as i8, 1).expect("valid period month");
        Date(first_of_last.0.last_of_month())
    }

    /// Whether the period has ended on `today`: from the day after its last day. The one
    /// rule for when a period's work is missed.
    pub fn has_ended(self, today: Date) -> bool {
        today > self.end()
    }

    /// Whether `other` is the same part of its year: tertial 2 of 2025 and of 2026.
    pub fn same_part_of_year(self, other: Period) -> bool {
        self.with_year(0) == other.with_year(0)
    }

    fn with_year(self, y: i16) -> Period {
        match self {
            Period::Year(_) => Period::Year(y),
            Period::Half(_, n) => Period::Half(y, n),
            Period::Tertial(_, n) => Period::Tertial(y, n),
            Period::Quarter(_, n) => Period::Quarter(y, n),
            Period::Month(_, m) => Period::Month(y, m),
        }
    }

    /// The period in words, for a report: "tertial 1 2026", "november 2026", "2026"
    /// ("four-month period 1 2026", "November 2026" in English).
    pub fn words(self, lang: Lang) -> String {
        match self {
            Period::Year(y) => y.to_string(),
            p => format!("{} {}", Period::describe_all(&[p], lang), p.year()),
        }
    }

    /// Periods of one year in words, for a report: "helår", "tertial 1–2",
    /// "kvartal 1, 2 och 4", "januari–mars" ("full year", "four-month periods 1–2",
    /// "quarters 1, 2 and 4", "January–March"). Mixed kinds are listed one by one.
    pub fn describe_all(periods: &[Period], lang: Lang) -> String {
        let mut list: Vec<Period> = periods.to_vec();
        list.sort();
        list.dedup();
        let whole = |n: u8| list.len() == usize::from(n);
        let full_year = || lang.pick("helår", "full year").to_string();
        // The word for one period and for several: "kvartal", "quarter"/"quarters".
        let numbers = |word: (&str, &str), n: u8, nums: Vec<u8>| -> String {
            if whole(n) {
                return full_year();
            }
            let word = if nums.len() == 1 { word.0 } else { word.1 };
            let contiguous = nums.windows(2).all(|w| w[1] == w[0] + 1);
            match nums.as_slice() {
                [one] => format!("{word} {one}"),
                [first, .., last] if contiguous => format!("{word} {first}–{last}"),
                _ => {
                    let (last, rest) = nums.split_last().expect("two or more");
                    let rest: Vec<String> = rest.iter().map(u8::to_string).collect();
                    let and = lang.pick("och", "and");
                    format!("{word} {} {and} {last}", rest.join(", "))
                }
            }
        };
        let all_of =
            |f: fn(&Period) -> Option<u8>| -> Option<Vec<u8>> { list.iter().map(f).collect() };
        if list.iter().any(|p| matches!(p, Period::Year(_))) {
            return full_year();
        }
        if let Some(n) = all_of(|p| match p {
            Period::Tertial(_, n) => Some(*n),
            _ => None,
        }) {
            return numbers(
                lang.pick(
                    ("tertial", "tertial"),
                    ("four-month period", "four-month periods"),
                ),
                3,
                n,
            );
        }
        if let Some(n) = all_of(|p| match p {
            Period::Quarter(_, n) => Some(*n),
            _ => None,
        }) {
            return numbers(
                lang.pick(("kvartal", "kvartal"), ("quarter", "quarters")),
                4,
                n,
            );
        }
        if let Some(n) = all_of(|p| match p {
            Period::Half(_, n) => Some(*n),
            _ => None,
        }) {
            return numbers(
                lang.pick(("halvår", "halvår"), ("half-year", "half-years")),
                2,
                n,
            );
        }
        if let Some(n) = all_of(|p| match p {
            Period::Month(_, m) => Some(*m),
            _ => None,
        }) {
            if whole(12) {
                return full_year();
            }
            const MONTHS_EN: [&str; 12] = [
                "January",
                "February",
                "March",
                "April",
                "May",
                "June",
                "July",
                "August",
                "September",
                "October",
                "November",
                "December",
            ];
            const MONTHS: [&str; 12] = [
                "januari",
                "februari",
                "mars",
                "april",
                "maj",
                "juni",
                "juli",
                "augusti",
                "september",
                "oktober",
                "november",
                "december",
            ];
            let name = |m: u8| lang.pick(MONTHS, MONTHS_EN)[usize::from(m) - 1];
            let contiguous = n.windows(2).all(|w| w[1] == w[0] + 1);
            return match n.as_slice() {
                [one] => name(*one).to_string(),
                [first, .., last] if contiguous => format!("{}–{}", name(*first), name(*last)),
                _ => n.iter().map(|m| name(*m)).collect::<Vec<_>>().join(", "),
            };
        }
        list.iter()
            .map(|p| p.to_string())
            .collect::<Vec<_>>()
            .join(", ")
    }

    pub fn contains(self, d: Date) -> bool {
        self.start() <= d && d <= self.end()
    }
}

impl std::fmt::Display for Period {
    fn fmt(&self, f: &mut std::fmt::Formatter<'_>) -> std::fmt::Result {
        match *self {
            Period::Year(y) => write!(f, "{y}"),
            Period::Half(y, n) => write!(f, "{y}-H{n}"),
            Period::Tertial(y, n) => write!(f, "{y}-T{n}"),
            Period::Quarter(y, n) => write!(f, "{y}-K{n}"),
            Period::Month(y, m) => write!(f, "{y}-{m:02}"),
        }
    }
}

impl FromNode for Period {
    fn from_node(node: &Node, cx: &mut Cx) -> Option<Self> {
        let text = match &node.value {
            Value::Str(s) => s.to_string(),
            Value::Int(i) => i.to_string(),
            _ => cx.file.slice(node.span).to_string(),
        };
        let period = Period::parse(&text);
        if period.is_none() {
            cx.invalid(
                node,
                format!("`{text}` är ingen period (2026, 2026-H1, 2026-T1, 2026-K1 eller 2026-03)"),
                format!("`{text}` is not a period (2026, 2026-H1, 2026-T1, 2026-K1 or 2026-03)"),
            );
        }
        period
    }
}

impl JsonSchema for Period {
    fn schema_name() -> Cow<'static, str> {
        "Period".into()
    }
    fn json_schema(_: &mut SchemaGenerator) -> Schema {
        json_schema!({
            "anyOf": [
                { "type": "integer", "minimum": 2000, "maximum": 2100 },
                { "type": "string", "pattern": "^[0-9]{4}(-(H[12]|T[1-3]|K[1-4]|0[1-9]|1[0-2]))?$" }
            ]
        })
    }
}

#[cfg(test)]
mod tests {
    use super::*;

    fn d(s: &str) -> Date {
        Date::parse(s).unwrap()
    }

    #[test]
    fn periods_in_words() {
        let p = |s: &str| Period::parse(s).unwrap();
        assert_eq!(
            Period::describe_all(&[p("2026-T1"), p("2026-T2")], Lang::Sv),
            "tertial 1–2"
        );
        assert_eq!(
            Period::describe_all(&[p("2025-T1"), p("2025-T2"), p("2025-T3")], Lang::Sv),
            "helår"
        );
        assert_eq!(
            Period::describe_all(&[p("2026-T1"), p("2026-T3")], Lang::Sv),
            "tertial 1 och 3"
        );
        assert_eq!(
            Period::describe_all(&[p("2026-03"), p("2026-01"), p("2026-02")], Lang::Sv),
            "januari–mars"
        );
        assert_eq!(Period::describe_all(&[p("2026-K2")], Lang::Sv), "kvartal 2");
        assert_eq!(p("2026-11").words(Lang::Sv), "november 2026");
        assert_eq!(p("2026-T1").words(Lang::Sv), "tertial 1 2026");
        assert_eq!(p("2026").words(Lang::Sv), "2026");
        assert_eq!(p("2026-11").words(Lang::En), "November 2026");
        assert_eq!(
            Period::describe_all(&[p("2026-T1"), p("2026-T2")], Lang::En),
            "four-month periods 1–2"
        );
        assert_eq!(
            Period::describe_all(&[p("2026-K1"), p("2026-K2"), p("2026-K4")], Lang::En),
            "quarters 1, 2 and 4"
        );
        assert_eq!(
            Period::describe_all(&[p("2026-H1"), p("2026-H2")], Lang::En),
            "full year"
        );
        assert!(p("2026-T2").same_part_of_year(p("2025-T2")));
        assert!(!p("2026-T2").same_part_of_year(p("2025-K2")));
    }

    #[test]
    fn tertials() {
        let t1 = Period::parse("2026-T1").unwrap();
        assert_eq!((t1.start(), t1.end()), (d("2026-01-01"), d("2026-04-30")));
        let t2 = Period::parse("2026-T2").unwrap();
        assert_eq!((t2.start(), t2.end()), (d("2026-05-01"), d("2026-08-31")));
        let t3 = Period::parse("2026-T3").unwrap();
        assert_eq!(t3.end(), d("2026-12-31"));
    }

    #[test]
    fn leap_year_february() {
        assert_eq!(Period::parse("2028-02").unwrap().end(), d("2028-02-29"));
        assert_eq!(Period::parse("2026-02").unwrap().end(), d("2026-02-28"));
        assert_eq!(Period::parse("2028-K1").unwrap().end(), d("2028-03-31"));
    }

    #[test]
    fn parse_and_display_round_trip() {
        for s in [
            "2026", "2026-H2", "2026-T3", "2026-K4", "2026-03", "2026-12",
        ] {
            assert_eq!(Period::parse(s).unwrap().to_string(), s);
        }
        for s in [
            "2026-T4", "2026-K0", "2026-13", "26", "2026-3", "2026-X1", "2026-H3",
        ] {
            assert_eq!(Period::parse(s), None, "{s}");
        }
    }
}
