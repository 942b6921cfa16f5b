//! The JSON Schemas in `schemas/` are generated from the Rust types and must be current;
//! every example document must validate against its type's schema; SARIF output must
//! validate against the SARIF 2.1.0 schema.

mod common;

use assert_cmd::Command;
use lsk::syntax::source::{Split, split_markdown, split_yaml};
use lsk::syntax::yaml;
use serde_json::Value;

#[test]
fn schemas_folder_is_current() {
    let dir = common::manifest_dir().join("schemas");
    let mut stale = Vec::new();
    for (name, schema) in lsk::schema::all() {
        let expected = lsk::schema::render(&schema);
        let actual = std::fs::read_to_string(dir.join(&name)).unwrap_or_default();
        if actual != expected {
            stale.push(name);
        }
    }
    assert!(
        stale.is_empty(),
        "stale schemas: {stale:?}; regenerate with `cargo run -- schema --out schemas`"
    );
}

fn header_json(text: &str, markdown: bool) -> Option<Value> {
    let split = if markdown {
        split_markdown(text)
    } else {
        split_yaml(text)
    };
    let span = match split {
        Split::Yaml { header } | Split::FrontMatter { header, .. } => header,
        _ => return None,
    };
    let node = yaml::parse(&text[span.start..span.end], 0).unwrap();
    Some(node.to_json())
}

fn files_under(dir: &std::path::Path, out: &mut Vec<std::path::PathBuf>) {
    for entry in std::fs::read_dir(dir).unwrap() {
        let path = entry.unwrap().path();
        if path.is_dir() {
            files_under(&path, out);
        } else {
            out.push(path);
        }
    }
}

#[test]
fn example_documents_validate_against_their_schemas() {
    let root = common::manifest_dir().join("examples/omsorg");
    let mut files = Vec::new();
    files_under(&root, &mut files);
    let mut checked = 0;
    let mut errors = Vec::new();
    for path in files {
        let name = path.file_name().unwrap().to_string_lossy().to_string();
        let ext = path
            .extension()
            .and_then(|e| e.to_str())
            .unwrap_or_default();
        if !matches!(ext, "yaml" | "yml" | "md") {
            continue;
        }
        let text = std::fs::read_to_string(&path).unwrap();
        let Some(header) = header_json(&text, ext == "md") else {
            continue;
        };
        let schema_name = if name == "lsk.yaml" {
            "lsk".to_string()
        } else {
            let typ = lsk::model::DocType::parse(header["typ"].as_str().unwrap()).unwrap();
            lsk::schema::file_stem(typ)
        };
        let schema: Value = serde_json::from_str(
            &std::fs::read_to_string(
                common::manifest_dir().join(format!("schemas/{schema_name}.schema.json")),
            )
            .unwrap(),
        )
        .unwrap();
        let validator = jsonschema::validator_for(&schema).unwrap();
        for e in validator.iter_errors(&header) {
            errors.push(format!("{}: {e}", path.display()));
        }
        checked += 1;
    }
    assert!(checked > 40, "only {checked} documents checked");
    assert!(errors.is_empty(), "{}", errors.join("\n"));
}

#[test]
fn schema_rejects_an_unknown_key() {
    let schema: Value = serde_json::from_str(
        &std::fs::read_to_string(common::manifest_dir().join("schemas/rutin.schema.json")).unwrap(),
    )
    .unwrap();
    let validator = jsonschema::validator_for(&schema).unwrap();
    let good = serde_json::json!({ "typ": "rutin", "id": "RUT-Å", "titel": "R" });
    let bad = serde_json::json!({ "typ": "rutin", "id": "RUT-Å", "titel": "R", "faststalld": "2026-01-01" });
    assert!(validator.is_valid(&good));
    assert!(!validator.is_valid(&bad));
}

#[test]
fn sarif_output_is_valid_sarif_2_1_0() {
    let dir = tempfile::tempdir().unwrap();
    common::copy_tree(&common::manifest_dir().join("examples/omsorg"), dir.path());
    // Plant a few faults so the report has results.
    std::fs::write(dir.path().join("trasig.yaml"), "typ: [\n").unwrap();
    std::fs::write(dir.path().join("okänd.yaml"), "typ: rutinen\nid: X\n").unwrap();
    let out = Command::cargo_bin("lsk")
        .unwrap()
        .args(["check", "--format", "sarif", "--today", common::TODAY])
        .arg(dir.path())
        .output()
        .unwrap();
    assert_eq!(out.status.code(), Some(1));
    let sarif: Value = serde_json::from_slice(&out.stdout).unwrap();
    let schema: Value = serde_json::from_str(
        &std::fs::read_to_string(common::manifest_dir().join("tests/data/sarif-schema-2.1.0.json"))
            .unwrap(),
    )
    .unwrap();
    let validator = jsonschema::validator_for(&schema).unwrap();
    let errors: Vec<String> = validator
        .iter_errors(&sarif)
        .map(|e| e.to_string())
        .collect();
    assert!(errors.is_empty(), "{}", errors.join("\n"));
    assert_eq!(sarif["runs"][0]["results"].as_array().unwrap().len(), 2);
}
