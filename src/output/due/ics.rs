//! `--format ics`: an iCalendar file (RFC 5545) a coordinator can subscribe to or import
//! in Outlook. Every item is an all-day event; its UID is made from what the item is, not
//! from its date, so a re-import updates a moved event instead of duplicating it. Lines end
//! in CRLF, text is escaped (§3.3.11) and long lines are folded at 75 octets (§3.1).
//! Each event has a reminder (VALARM, §3.6.6) at 09:00 a number of days before.

use sha2::{Digest, Sha256};

use crate::due::DueList;
use crate::output::Render;

/// The calendar renderer.
pub struct Ics {
    /// Remind this many days before each date, at 09:00; 0 gives no reminder.
    pub reminder_days: u32,
}

/// The VALARM trigger, relative to the start of an all-day event (00:00 that day), for a
/// reminder at 09:00 `days` days before: `-P6DT15H` for 7.
fn trigger(days: u32) -> String {
    format!("-P{}DT15H", days - 1)
}

/// Escapes a TEXT value.
fn escape(s: &str) -> String {
    let mut out = String::with_capacity(s.len());
    for c in s.chars() {
        match c {
            '\\' => out.push_str("\\\\"),
            ';' => out.push_str("\\;"),
            ',' => out.push_str("\\,"),
            '\n' => out.push_str("\\n"),
            '\r' => {}
            c => out.push(c),
        }
    }
    out
}

/// Appends one content line, folded so that no line exceeds 75 octets; never inside a
/// UTF-8 character.
fn line(out: &mut String, content: &str) {
    let mut width = 0;
    for c in content.chars() {
        if width + c.len_utf8() > 75 {
            out.push_str("\r\n ");
            width = 1;
        }
        out.push(c);
        width += c.len_utf8();
    }
    out.push_str("\r\n");
}

fn compact(date: crate::model::Date) -> String {
    date.to_string().replace('-', "")
}

impl Render<DueList> for Ics {
    fn render(&self, list: &DueList, out: &mut dyn std::io::Write) -> std::io::Result<()> {
        out.write_all(self.text(list).as_bytes())
    }
}

impl Ics {
    fn text(&self, list: &DueList) -> String {
        let lang = list.lang;
        let mut out = String::new();
        line(&mut out, "BEGIN:VCALENDAR");
        line(&mut out, "VERSION:2.0");
        line(
            &mut out,
            &format!("PRODID:-//lsk//lsk {}//SV", env!("CARGO_PKG_VERSION")),
        );
        line(&mut out, "CALSCALE:GREGORIAN");
        line(&mut out, "METHOD:PUBLISH");
        line(
            &mut out,
            &format!(
                "X-WR-CALNAME:{}",
                escape(&format!("lsk: {}", list.organisation))
            ),
        );
        // DTSTAMP is required; the check date keeps the output reproducible.
        let stamp = format!("{}T000000Z", compact(list.today));
        for item in &list.items {
            let mut hash = Sha256::new();
            hash.update(list.organisation.as_bytes());
            hash.update([0]);
            hash.update(item.key.as_bytes());
            let uid: String = hash.finalize()[..16]
                .iter()
                .map(|b| format!("{b:02x}"))
                .collect();
            let mut description = item.what.clone();
            if let (Some(doc), Some(file)) = (&item.document, &item.file) {
                let location = item.line.map(|l| format!(":{l}")).unwrap_or_default();
                description.push_str(&format!(
                    "\n{}: {doc} ({file}{location})",
                    lang.pick("Dokument", "Document")
                ));
            }
            if let Some(owner) = &item.owner {
                description.push_str(&format!("\n{}: {owner}", lang.pick("Ansvarig", "Owner")));
            }
            line(&mut out, "BEGIN:VEVENT");
            line(&mut out, &format!("UID:{uid}@lsk"));
            line(&mut out, &format!("DTSTAMP:{stamp}"));
            line(
                &mut out,
                &format!("DTSTART;VALUE=DATE:{}", compact(item.date)),
            );
            line(
                &mut out,
                &format!("DTEND;VALUE=DATE:{}", compact(item.date.add_days(1))),
            );
            line(
                &mut out,
                &format!(
                    "SUMMARY:{}",
                    escape(&format!("{}: {}", item.kind.label(lang), item.what))
                ),
            );
            line(&mut out, &format!("DESCRIPTION:{}", escape(&description)));
            line(
                &mut out,
                &format!("CATEGORIES:{}", escape(item.kind.label(lang))),
            );
            line(&mut out, "TRANSP:TRANSPARENT");
            if self.reminder_days > 0 {
                line(&mut out, "BEGIN:VALARM");
                line(&mut out, "ACTION:DISPLAY");
                line(
                    &mut out,
                    &format!(
                        "DESCRIPTION:{}",
                        escape(&format!("{}: {}", item.kind.label(lang), item.what))
                    ),
                );
                line(
                    &mut out,
                    &format!("TRIGGER:{}", trigger(self.reminder_days)),
                );
                line(&mut out, "END:VALARM");
            }
            line(&mut out, "END:VEVENT");
        }
        line(&mut out, "END:VCALENDAR");
        out
    }
}

#[cfg(test)]
mod tests {
    use super::*;

    #[test]
    fn reminders_at_nine_the_given_number_of_days_before() {
        assert_eq!(trigger(7), "-P6DT15H");
        assert_eq!(trigger(1), "-P0DT15H");
    }

    #[test]
    fn escapes_text() {
        assert_eq!(escape("a,b;c\\d\ne"), "a\\,b\\;c\\\\d\\ne");
    }

    #[test]
    fn folds_at_75_octets_without_splitting_characters() {
        let mut out = String::new();
        let content = format!("SUMMARY:{}", "å".repeat(60));
        line(&mut out, &content);
        for l in out.split("\r\n").filter(|l| !l.is_empty()) {
            assert!(l.len() <= 75, "{} octets: {l}", l.len());
        }
        let unfolded = out.trim_end_matches("\r\n").replace("\r\n ", "");
        assert_eq!(unfolded, content);
    }
}
