//! Small value types shared by the document types: ids, dates, years, scales, areas.

use std::borrow::Cow;

use schemars::{JsonSchema, Schema, SchemaGenerator, json_schema};

use crate::model::decode::{Cx, FromNode, int_in_range};
use crate::syntax::yaml::{Node, Value};
use crate::vocabulary;

/// An id: letters (å, ä, ö included), digits, `-`, `_` and `.`.
#[derive(Debug, Clone, PartialEq, Eq, PartialOrd, Ord, Hash)]
pub struct Id(pub String);

impl Id {
    /// The longest id: it is repeated in every message about its document.
    pub const MAX_CHARS: usize = 100;

    /// Letters, digits, `-`, `_` and `.`, at most [`Id::MAX_CHARS`], and no personnummer
    /// (an id is repeated in every message about its document).
    pub fn is_valid(s: &str) -> bool {
        // Most ids are short and ASCII: tested by bytes first, by characters only if not.
        let ascii = |b: u8| b.is_ascii_alphanumeric() || matches!(b, b'-' | b'_' | b'.');
        let allowed =
            |c: char| c.is_alphabetic() || c.is_ascii_digit() || matches!(c, '-' | '_' | '.');
        !s.is_empty()
            && (s.len() <= Id::MAX_CHARS || s.chars().count() <= Id::MAX_CHARS)
            && (s.bytes().all(ascii) || s.chars().all(allowed))
            && crate::identity::find(s).is_empty()
    }
    pub fn as_str(&self) -> &str {
        &self.0
    }
}

impl std::fmt::Display for Id {
    fn fmt(&self, f: &mut std::fmt::Formatter<'_>) -> std::fmt::Result {
        f.write_str(&self.0)
    }
}

impl std::borrow::Borrow<str> for Id {
    fn borrow(&self) -> &str {
        &self.0
    }
}

impl FromNode for Id {
    fn from_node(node: &Node, cx: &mut Cx) -> Option<Self> {
        let text = String::from_node(node, cx)?;
        if Id::is_valid(&text) {
            Some(Id(text))
        } else if text.chars().count() > Id::MAX_CHARS {
            cx.invalid(
                node,
                format!("ett id får vara högst {} tecken långt", Id::MAX_CHARS),
                format!("an id may be at most {} characters long", Id::MAX_CHARS),
            );
            None
        } else if !crate::identity::find(&text).is_empty() {
            cx.invalid(
                node,
                "ett id får inte innehålla ett personnummer eller samordningsnummer",
                "an id must not contain a personal identity or coordination number",
            );
            None
        } else {
            cx.invalid(
                node,
                format!(
                    "`{text}` är inget giltigt id (bokstäver, siffror, `-`, `_` och `.`, utan mellanslag)"
                ),
                format!("`{text}` is not a valid id (letters, digits, `-`, `_` and `.`, no spaces)"),
            );
            None
        }
    }
}

impl JsonSchema for Id {
    fn schema_name() -> Cow<'static, str> {
        "Id".into()
    }
    fn json_schema(_: &mut SchemaGenerator) -> Schema {
        json_schema!({
            "type": "string",
            "pattern": "^[A-Za-z0-9_.\\-À-ÖØ-öø-ÿ]+$",
            "maxLength": 100,
            "description": "Bokstäver (å, ä, ö inräknade), siffror, -, _ och ."
        })
    }
}

/// A calendar date, written `YYYY-MM-DD`.
#[derive(Debug, Clone, Copy, PartialEq, Eq, PartialOrd, Ord, Hash)]
pub struct Date(pub jiff::civil::Date);

impl Date {
    /// The years a written date may have. Far enough either way for any management
    /// system, and far enough inside the calendar's limits (9999) that counting forward
    /// from a date (a year, a revision interval, the warning days) never overflows.
    pub const YEARS: std::ops::RangeInclusive<i16> = 1900..=2999;

    /// Parses exactly `YYYY-MM-DD` with a real calendar date in [`Date::YEARS`].
    pub fn parse(s: &str) -> Option<Date> {
        let b = s.as_bytes();
        let shape = b.len() == 10
            && b[4] == b'-'
            && b[7] == b'-'
            && b.iter()
                .enumerate()
                .all(|(i, c)| i == 4 || i == 7 || c.is_ascii_digit());
        if !shape {
            return None;
        }
        let year: i16 = s[0..4].parse().ok()?;
        if !Date::YEARS.contains(&year) {
            return None;
        }
        let month: i8 = s[5..7].parse().ok()?;
        let day: i8 = s[8..10].parse().ok()?;
        jiff::civil::Date::new(year, month, day).ok().map(Date)
    }

    pub fn new(year: i16, month: i8, day: i8) -> Option<Date> {
        jiff::civil::Date::new(year, month, day).ok().map(Date)
    }

    /// This date plus `months` calendar months (the 31st becomes the month's last day).
    pub fn add_months(self, months: i32) -> Date {
        jiff::Span::new()
            .try_months(months)
            .ok()
            .and_then(|span| self.0.checked_add(span).ok())
            .map(Date)
            .unwrap_or(self)
    }

    /// This date plus `days`, clamped to the calendar's first and last day.
    pub fn add_days(self, days: i32) -> Date {
        self.saturating_add_days(i64::from(days))
    }

    /// This date plus `days`, clamped to the calendar's first and last day (never panics).
    pub fn saturating_add_days(self, days: i64) -> Date {
        jiff::Span::new()
            .try_days(days)
            .ok()
            .and_then(|span| self.0.checked_add(span).ok())
            .map(Date)
            .unwrap_or(if days > 0 {
                Date(jiff::civil::Date::MAX)
            } else {
                Date(jiff::civil::Date::MIN)
            })
    }

    pub fn year(self) -> i16 {
        self.0.year()
    }

    /// Whole days from `self` to `other` (negative when `other` is earlier).
    pub fn days_until(self, other: Date) -> i32 {
        (other.0 - self.0).get_days()
    }

    /// Today in Europe/Stockholm.
    pub fn today() -> Date {
        Date::in_sweden(jiff::Timestamp::now())
    }

    /// The civil date in Europe/Stockholm at `time`.
    ///
    /// From the time zone database built into `lsk`: the same on every machine, and no
    /// walk of the system's `/usr/share/zoneinfo` (a millisecond at every start).
    pub fn in_sweden(time: jiff::Timestamp) -> Date {
        static TZ: std::sync::OnceLock<jiff::tz::TimeZone> = std::sync::OnceLock::new();
        let tz = TZ.get_or_init(|| {
            jiff::tz::TimeZoneDatabase::bundled()
                .get("Europe/Stockholm")
                .unwrap_or(jiff::tz::TimeZone::UTC)
        });
        Date(tz.to_datetime(time).date())
    }
}

impl std::fmt::Display for Date {
    fn fmt(&self, f: &mut std::fmt::Formatter<'_>) -> std::fmt::Result {
        write!(f, "{}", self.0)
    }
}

impl std::str::FromStr for Date {
    type Err = String;
    fn from_str(s: &str) -> Result<Self, Self::Err> {
        Date::parse(s).ok_or_else(|| format!("'{s}' is not a date (YYYY-MM-DD, 1900–2999)"))
    }
}

impl FromNode for Date {
    fn from_node(node: &Node, cx: &mut Cx) -> Option<Self> {
        let text = match &node.value {
            Value::Str(s) => s.to_string(),
            Value::Int(_) | Value::Float(_) => cx.file.slice(node.span).to_string(),
            _ => {
                cx.wrong_kind(node, "ett datum (ÅÅÅÅ-MM-DD)", "a date (YYYY-MM-DD)");
                return None;
            }
        };
        let date = Date::parse(&text);
        if date.is_none() {
            cx.invalid(
                node,
                format!("`{text}` är inget giltigt datum (ÅÅÅÅ-MM-DD, åren 1900–2999)"),
                format!("`{text}` is not a valid date (YYYY-MM-DD, years 1900–2999)"),
            );
        }
        date
    }
}

impl JsonSchema for Date {
    fn schema_name() -> Cow<'static, str> {
        "Date".into()
    }
    fn json_schema(_: &mut SchemaGenerator) -> Schema {
        json_schema!({ "type": "string", "format": "date" })
    }
}

/// A calendar year, 2000–2100.
#[derive(Debug, Clone, Copy, PartialEq, Eq, PartialOrd, Ord, Hash)]
pub struct Year(pub i16);

impl FromNode for Year {
    fn from_node(node: &Node, cx: &mut Cx) -> Option<Self> {
        int_in_range(node, cx, 2000, 2100).map(|y| Year(y as i16))
    }
}

impl JsonSchema for Year {
    fn schema_name() -> Cow<'static, str> {
        "Year".into()
    }
    fn json_schema(_: &mut SchemaGenerator) -> Schema {
        json_schema!({ "type": "integer", "minimum": 2000, "maximum": 2100 })
    }
}

/// A value on the 1–4 scales of the risk matrix.
#[derive(Debug, Clone, Copy, PartialEq, Eq, PartialOrd, Ord, Hash)]
pub struct Scale(pub u8);

impl FromNode for Scale {
    fn from_node(node: &Node, cx: &mut Cx) -> Option<Self> {
        int_in_range(node, cx, 1, 4).map(|v| Scale(v as u8))
    }
}

impl JsonSchema for Scale {
    fn schema_name() -> Cow<'static, str> {
        "Scale".into()
    }
    fn json_schema(_: &mut SchemaGenerator) -> Schema {
        json_schema!({ "type": "integer", "minimum": 1, "maximum": 4 })
    }
}

vocabulary! {
    /// A legal area a service is run under (`verksamhet`, `omfattning`).
    pub enum Area {
        Sol = "SoL",
        Lss = "LSS",
        Hsl = "HSL",
        Lvu = "LVU",
        Lvm = "LVM",
        Tandvard = "Tandvårdslagen",
    }
}

vocabulary! {
    /// A document's status.
    pub enum Status {
        Draft = "utkast" / "draft",
        InForce = "gällande" / "in force",
        Repealed = "upphävd" / "repealed",
    }
}

vocabulary! {
    /// The organisational level a risk analysis or a kvalitetsråd was held at.
    pub enum OrgLevel {
        Board = "nämnd",
        Administration = "förvaltning",
        Department = "avdelning",
        Unit = "enhet",
    }
}

/// A day of the year, written `MM-DD` (e.g. `03-31`): a yearly deadline.
#[derive(Debug, Clone, Copy, PartialEq, Eq, PartialOrd, Ord, Hash)]
pub struct MonthDay {
    pub month: i8,
    pub day: i8,
}

impl MonthDay {
    /// This day in `year` (29 February becomes 28 February in a common year).
    pub fn in_year(self, year: i16) -> Date {
        Date::new(year, self.month, self.day)
            .or_else(|| Date::new(year, self.month, self.day - 1))
            .expect("valid month and day")
    }
}

impl FromNode for MonthDay {
    fn from_node(node: &Node, cx: &mut Cx) -> Option<Self> {
        let text = String::from_node(node, cx)?;
        let parsed = text.split_once('-').and_then(|(m, d)| {
            let (month, day): (i8, i8) = (m.parse().ok()?, d.parse().ok()?);
            (m.len() == 2 && d.len() == 2 && Date::new(2028, month, day).is_some())
                .then_some(MonthDay { month, day })
        });
        if parsed.is_none() {
            cx.invalid(
                node,
                format!("`{text}` är ingen dag på året (MM-DD, t.ex. \"03-31\")"),
                format!("`{text}` is not a day of the year (MM-DD, e.g. \"03-31\")"),
            );
        }
        parsed
    }
}

impl JsonSchema for MonthDay {
    fn schema_name() -> Cow<'static, str> {
        "MonthDay".into()
    }
    fn json_schema(_: &mut SchemaGenerator) -> Schema {
        json_schema!({ "type": "string", "pattern": "^(0[1-9]|1[0-2])-(0[1-9]|[12][0-9]|3[01])$" })
    }
}

impl serde::Serialize for Date {
    fn serialize<S: serde::Serializer>(&self, s: S) -> Result<S::Ok, S::Error> {
        s.collect_str(self)
    }
}

#[cfg(test)]
mod tests {
    use super::*;

    #[test]
    fn valid_ids() {
        for ok in [
            "RUT-1",
            "P-SÄBO.3",
            "rut_ö",
            &"a".repeat(100),
            &"å".repeat(100),
        ] {
            assert!(Id::is_valid(ok), "{ok}");
        }
        let too_long = "a".repeat(101);
        for bad in [
            "",
            "RUT 1",
            "RUT/1",
            "R:1",
            &too_long,
            &"å".repeat(101),
            "P-191212121212",
        ] {
            assert!(!Id::is_valid(bad), "{bad}");
        }
    }

    /// Swedish summer time (UTC+2) and winter time (UTC+1), from the built-in database
    /// whatever the machine's zone: near midnight the date is Stockholm's, not UTC's.
    #[test]
    fn the_date_is_stockholms() {
        let at = |s: &str| Date::in_sweden(s.parse().unwrap()).to_string();
        assert_eq!(at("2026-06-30T21:59:00Z"), "2026-06-30");
        assert_eq!(at("2026-06-30T22:00:00Z"), "2026-07-01");
        assert_eq!(at("2026-12-31T22:59:00Z"), "2026-12-31");
        assert_eq!(at("2026-12-31T23:00:00Z"), "2027-01-01");
    }

    #[test]
    fn month_arithmetic_clamps_to_the_month_end() {
        let d = |s| Date::parse(s).unwrap();
        assert_eq!(d("2024-02-29").add_months(12), d("2025-02-28"));
        assert_eq!(d("2024-02-29").add_months(48), d("2028-02-29"));
        assert_eq!(d("2026-01-31").add_months(1), d("2026-02-28"));
        assert_eq!(d("2026-11-24").add_months(-12), d("2025-11-24"));
    }

    #[test]
    fn strict_date_parsing() {
        assert!(Date::parse("2028-02-29").is_some());
        for bad in [
            "2026-02-29",
            "2026-2-01",
            "26-01-01",
            "2026-01-01T00:00",
            "2026/01/01",
        ] {
            assert!(Date::parse(bad).is_none(), "{bad}");
        }
    }
}

/// A `kontrollsumma`: `sha256:<64 hex digits>` (see [`crate::model::checksum`]).
#[derive(Debug, Clone, PartialEq, Eq, Hash)]
pub struct Checksum(pub String);

impl FromNode for Checksum {
    fn from_node(node: &Node, cx: &mut Cx) -> Option<Self> {
        let text = String::from_node(node, cx)?;
        if crate::model::checksum::is_well_formed(&text) {
            return Some(Checksum(text));
        }
        cx.invalid(
            node,
            "en kontrollsumma skrivs `sha256:` följt av 64 hexadecimala tecken; låt `lsk approve` skriva den",
            "a checksum is `sha256:` followed by 64 hex digits; let `lsk approve` write it",
        );
        None
    }
}

impl JsonSchema for Checksum {
    fn schema_name() -> Cow<'static, str> {
        "Checksum".into()
    }
    fn json_schema(_: &mut SchemaGenerator) -> Schema {
        json_schema!({ "type": "string", "pattern": "^sha256:[0-9a-f]{64}$" })
    }
}
