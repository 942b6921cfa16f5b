//! `lsk due`: snapshots in all three formats, the filters, and the iCalendar file parsed
//! back with an independent parser (the `icalendar` crate).

mod common;

use std::collections::HashSet;

use assert_cmd::Command;
use icalendar::{CalendarComponent, Component, DatePerhapsTime};

fn due(args: &[&str]) -> (i32, String) {
    let out = Command::cargo_bin("lsk")
        .unwrap()
        .arg("due")
        .args(args)
        .args(["--today", common::TODAY])
        .output()
        .unwrap();
    (
        out.status.code().unwrap(),
        String::from_utf8(out.stdout).unwrap(),
    )
}

fn example(name: &str) -> String {
    common::manifest_dir()
        .join("examples")
        .join(name)
        .display()
        .to_string()
}

#[test]
fn snapshots_in_all_three_formats() {
    for (name, within) in [("omsorg", "60"), ("trasig", "100")] {
        let path = example(name);
        for format in ["md", "json", "ics"] {
            let (code, out) = due(&[&path, "--format", format, "--within", within]);
            assert_eq!(code, 0);
            // CRLF is checked by its own test; the snapshot shows the text.
            let out = out.replace("\r\n", "\n");
            insta::assert_snapshot!(format!("due_{name}_{format}"), out);
        }
    }
}

#[test]
fn overdue_items_come_first_and_dates_are_sorted() {
    let (_, out) = due(&[&example("trasig"), "--format", "json", "--within", "400"]);
    let json: serde_json::Value = serde_json::from_str(&out).unwrap();
    let items = json["items"].as_array().unwrap();
    let dates: Vec<&str> = items.iter().map(|i| i["date"].as_str().unwrap()).collect();
    let mut sorted = dates.clone();
    sorted.sort_unstable();
    assert_eq!(dates, sorted);
    let overdue: Vec<bool> = items
        .iter()
        .map(|i| i["overdue"].as_bool().unwrap())
        .collect();
    assert!(
        overdue.iter().skip_while(|o| **o).all(|o| !o),
        "{overdue:?}"
    );
    // Every kind of item appears in the broken example.
    let kinds: HashSet<&str> = items.iter().map(|i| i["kind"].as_str().unwrap()).collect();
    for kind in [
        "review",
        "action",
        "control",
        "collaboration",
        "quality-council",
        "patient-safety-report",
        "quality-report",
    ] {
        assert!(kinds.contains(kind), "no {kind} in {kinds:?}");
    }
}

#[test]
fn owner_filter_and_unknown_owner() {
    let (_, out) = due(&[
        &example("trasig"),
        "--format",
        "json",
        "--within",
        "400",
        "--owner",
        "sjuksköterska",
    ]);
    let json: serde_json::Value = serde_json::from_str(&out).unwrap();
    let items = json["items"].as_array().unwrap();
    assert!(!items.is_empty());
    assert!(items.iter().all(|i| i["owner"] == "sjuksköterska"));

    let out = Command::cargo_bin("lsk")
        .unwrap()
        .args(["due", &example("trasig"), "--owner", "sjukskoterska"])
        .output()
        .unwrap();
    assert_eq!(out.status.code(), Some(2));
    assert!(String::from_utf8_lossy(&out.stderr).contains("sjuksköterska"));
}

#[test]
fn ics_is_valid_and_parses_back() {
    let (_, text) = due(&[&example("omsorg"), "--format", "ics"]);
    // RFC 5545: CRLF line ends, no line longer than 75 octets.
    assert!(text.ends_with("\r\n"));
    for line in text.split("\r\n") {
        assert!(!line.contains('\n'), "bare LF in {line:?}");
        assert!(line.len() <= 75, "{} octets: {line}", line.len());
    }
    let calendar: icalendar::Calendar = text.parse().expect("the parser reads the file");
    let events: Vec<_> = calendar
        .components
        .iter()
        .filter_map(|c| match c {
            CalendarComponent::Event(e) => Some(e),
            _ => None,
        })
        .collect();
    let (_, json) = due(&[&example("omsorg"), "--format", "json", "--within", "366"]);
    let json: serde_json::Value = serde_json::from_str(&json).unwrap();
    let items = json["items"].as_array().unwrap();
    assert_eq!(events.len(), items.len());
    let mut uids = HashSet::new();
    for (event, item) in events.iter().zip(items) {
        let uid = event.get_uid().expect("UID");
        assert!(uids.insert(uid.to_string()), "duplicate UID {uid}");
        assert!(event.property_value("DTSTAMP").is_some());
        let date = item["date"].as_str().unwrap();
        match event.get_start() {
            Some(DatePerhapsTime::Date(d)) => assert_eq!(d.to_string(), date),
            other => panic!("not an all-day event: {other:?}"),
        }
        // Escaped text comes back as written (commas, semicolons, line breaks).
        let summary = event.get_summary().unwrap();
        assert!(
            summary.ends_with(item["what"].as_str().unwrap()),
            "{summary}"
        );
        assert!(event.get_description().unwrap().contains('\n'));
        // A reminder at 09:00 seven days before (the default).
        let alarms: Vec<_> = event
            .components()
            .iter()
            .filter(|c| c.component_kind() == "VALARM")
            .collect();
        assert_eq!(alarms.len(), 1, "{summary}");
        assert_eq!(alarms[0].property_value("ACTION"), Some("DISPLAY"));
        assert_eq!(alarms[0].property_value("TRIGGER"), Some("-P6DT15H"));
        assert_eq!(alarms[0].property_value("DESCRIPTION"), Some(summary));
    }
}

fn triggers(text: &str) -> Vec<&str> {
    text.lines()
        .filter_map(|l| l.strip_prefix("TRIGGER:"))
        .map(str::trim)
        .collect()
}

#[test]
fn reminder_days_from_the_flag_or_lsk_yaml() {
    let omsorg = example("omsorg");
    let (_, default) = due(&[&omsorg, "--format", "ics"]);
    let events = default.matches("BEGIN:VEVENT").count();
    assert!(events > 0);
    assert_eq!(triggers(&default), vec!["-P6DT15H"; events]);
    // --påminnelse and its aliases.
    for flag in ["--påminnelse", "--paminnelse", "--reminder"] {
        let (code, text) = due(&[&omsorg, "--format", "ics", flag, "3"]);
        assert_eq!(code, 0);
        assert_eq!(triggers(&text), vec!["-P2DT15H"; events], "{flag}");
    }
    // 0: no reminders.
    let (_, none) = due(&[&omsorg, "--format", "ics", "--reminder", "0"]);
    assert!(!none.contains("VALARM"));
    // påminnelse_dagar in lsk.yaml; the flag still wins.
    let dir = tempfile::tempdir().unwrap();
    common::copy_tree(&common::manifest_dir().join("examples/omsorg"), dir.path());
    let config = dir.path().join("lsk.yaml");
    let text = std::fs::read_to_string(&config).unwrap();
    std::fs::write(&config, format!("{text}påminnelse_dagar: 14\n")).unwrap();
    let path = dir.path().display().to_string();
    let (_, text) = due(&[&path, "--format", "ics"]);
    assert_eq!(triggers(&text), vec!["-P13DT15H"; events]);
    let (_, text) = due(&[&path, "--format", "ics", "--påminnelse", "1"]);
    assert_eq!(triggers(&text), vec!["-P0DT15H"; events]);
    // Out of range: refused.
    let (code, _) = due(&[&omsorg, "--format", "ics", "--reminder", "400"]);
    assert_eq!(code, 2);
}

#[test]
fn uids_are_stable_when_a_date_moves() {
    let dir = tempfile::tempdir().unwrap();
    common::copy_tree(&common::manifest_dir().join("examples/omsorg"), dir.path());
    let path = dir.path().display().to_string();
    let uids = |text: &str| -> Vec<String> {
        text.lines()
            .filter_map(|l| l.strip_prefix("UID:"))
            .map(|s| s.trim().to_string())
            .collect()
    };
    let (_, before) = due(&[&path, "--format", "ics"]);
    // Move an open action's due date: same event, new date.
    let plan = dir
        .path()
        .join("forbattring/handlingsplaner/handlingsplan-2026.yaml");
    let text = std::fs::read_to_string(&plan).unwrap();
    std::fs::write(
        &plan,
        text.replacen("klart_senast: 2026-12-15", "klart_senast: 2027-01-20", 1),
    )
    .unwrap();
    let (_, after) = due(&[&path, "--format", "ics"]);
    assert_ne!(before, after);
    let (mut a, mut b) = (uids(&before), uids(&after));
    a.sort();
    b.sort();
    assert_eq!(a, b);
}
