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
            assert!(
                registry().find(code).is_some(),
                "{} names unknown rule {code}",
                req.reference()
            );
        }
    }
}

/// Every `LSKnnn` written anywhere in the sources, the explanations, the README, the
/// examples and the fixtures names a registered rule: a typo such as `LSK3` followed by `99` fails here.
#[test]
fn every_code_named_anywhere_is_a_rule() {
    let root = std::path::PathBuf::from(env!("CARGO_MANIFEST_DIR"));
    let known: HashSet<&str> = registry().all().iter().map(|r| r.meta().code).collect();
    let mut unknown = Vec::new();
    let mut seen = 0;
    let mut stack: Vec<std::path::PathBuf> = [
        "src",
        "tests",
        "examples",
        "docs",
        "README.md",
        "BENCHMARKS.md",
        "benches",
    ]
    .iter()
    .map(|p| root.join(p))
    .collect();
    while let Some(path) = stack.pop() {
        if path.is_dir() {
            for entry in std::fs::read_dir(&path).unwrap() {
                stack.push(entry.unwrap().path());
            }
            continue;
        }
        let Ok(text) = std::fs::read_to_string(&path) else {
            continue;
        };
        for (i, _) in text.match_indices("LSK") {
            let digits = &text.as_bytes()[i + 3..];
            if digits.len() < 3 || !digits[..3].iter().all(u8::is_ascii_digit) {
                continue;
            }
            if digits.get(3).is_some_and(|b| b.is_ascii_alphanumeric()) {
                continue;
            }
            let code = &text[i..i + 6];
            // Tests that check how an unknown code is refused use LSK999 on purpose.
            if code == "LSK999" && path.starts_with(root.join("tests")) {
                continue;
            }
            seen += 1;
            if !known.contains(code) {
                unknown.push(format!(
                    "{}: {code}",
                    path.strip_prefix(&root).unwrap().display()
                ));
            }
        }
    }
    assert!(
        seen > 100,
        "only {seen} codes found: is the scan looking in the right places?"
    );
    assert!(
        unknown.is_empty(),
        "codes that are no rule:\n{}",
        unknown.join("\n")
    );
}

/// Every fault found while loading has its rule, with the same code and name.
#[test]
fn every_loading_fault_has_its_rule() {
    for fault in lsk::diagnostic::Fault::ALL {
        let rule = registry()
            .find(fault.code())
            .unwrap_or_else(|| panic!("{} has no rule", fault.code()));
        assert_eq!(rule.meta().name, fault.name());
    }
}

/// What users read cites the regulation, a municipality's published document or README,
/// never a file they do not have (the original spec, the project's source documents).
#[test]
fn user_facing_texts_cite_nothing_users_do_not_have() {
    let unknown_to_users = ["FORMAT.md", "RULES.md", "CLI.md", "förebild", "seeds"];
    let mut texts: Vec<String> = Vec::new();
    for rule in registry().all() {
        let meta = rule.meta();
        texts.push(format!(
            "{}: {} {}",
            meta.code,
            meta.basis,
            meta.explanation()
        ));
    }
    for r in lsk::model::krav::catalogue() {
        for s in r.sources {
            texts.push(format!("{}: {} {}", r.paragraph, s.title, s.address));
        }
    }
    for text in texts {
        for word in unknown_to_users {
            assert!(!text.contains(word), "cites {word}: {text}");
        }
    }
}
