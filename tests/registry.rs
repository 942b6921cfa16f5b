//! The rule registry: codes and names unique and well-formed, every explanation complete.

use std::collections::HashSet;

use lsk::rules::registry;

#[test]
fn codes_and_names_are_unique_and_well_formed() {
    let mut codes = HashSet::new();
    let mut names = HashSet::new();
    for rule in registry().all() {
        let m = rule.meta();
        assert!(codes.insert(m.code), "duplicate code {}", m.code);
        assert!(names.insert(m.name), "duplicate name {}", m.name);
        assert!(
            m.code.len() == 6
                && m.code.starts_with("LSK")
                && m.code[3..].bytes().all(|b| b.is_ascii_digit()),
            "bad code {}",
            m.code
        );
        assert!(
            m.name.bytes().all(|b| b.is_ascii_lowercase() || b == b'-'),
            "{} is not kebab-case",
            m.name
        );
        assert!(!m.basis.is_empty(), "{} has no basis", m.code);
    }
}

#[test]
fn every_explanation_says_why_how_and_shows_both_examples() {
    for rule in registry().all() {
        let m = rule.meta();
        let text = m.explanation();
        for section in ["## Varför", "## Så åtgärdar du", "## Fel", "## Rätt"] {
            assert!(
                text.contains(section),
                "{}: explanation lacks {section}",
                m.code
            );
        }
        assert!(!m.summary().is_empty(), "{}: no summary line", m.code);
    }
}

#[test]
fn registry_is_in_code_order() {
    let codes: Vec<&str> = registry().all().iter().map(|r| r.meta().code).collect();
    let mut sorted = codes.clone();
    sorted.sort_unstable();
    assert_eq!(codes, sorted);
}

#[test]
fn the_catalogue_cites_only_existing_rules() {
    for req in lsk::model::krav::catalogue() {
        for code in req.checked_by {
            // Rules of later issues (LSK3xx, LSK205) may be named before they exist.
            let known =
                registry().find(code).is_some() || code.starts_with("LSK3") || *code == "LSK205";
            assert!(known, "{} names unknown rule {code}", req.reference());
        }
    }
}
