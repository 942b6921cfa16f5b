//! JSON Schemas for every document type and for `lsk.yaml`, generated from the Rust types.
//! `schemas/` in the repository holds their output; a test fails when it is stale.

use schemars::generate::SchemaSettings;
use schemars::{JsonSchema, Schema};
use serde_json::{Map, Value};

use crate::model::config::ConfigFile;
use crate::model::*;

/// `(file name, schema)` for every schema, in a fixed order.
pub fn all() -> Vec<(String, Value)> {
    let mut out = vec![(String::from("lsk.schema.json"), config_schema())];
    for &typ in DocType::ALL {
        out.push((
            format!("{}.schema.json", file_stem(typ)),
            document_schema(typ),
        ));
    }
    out
}

/// The schema file's stem for a type: ASCII, as file names travel badly otherwise.
pub fn file_stem(typ: DocType) -> String {
    crate::text::fold(typ.as_str())
}

fn generator() -> schemars::SchemaGenerator {
    SchemaSettings::draft07().into_generator()
}

fn finish(mut schema: Schema, generator: schemars::SchemaGenerator, title: &str) -> Value {
    let defs = generator.definitions().clone();
    schema.insert("title".into(), title.into());
    if !defs.is_empty() {
        schema.insert("definitions".into(), Value::Object(defs));
    }
    let mut value = schema.to_value();
    if let Value::Object(map) = &mut value {
        // `$schema` first for readability.
        let mut ordered = Map::new();
        ordered.insert(
            "$schema".into(),
            "http://json-schema.org/draft-07/schema#".into(),
        );
        ordered.extend(std::mem::take(map));
        *map = ordered;
    }
    value
}

fn config_schema() -> Value {
    let mut generator = generator();
    let schema = ConfigFile::json_schema(&mut generator);
    finish(schema, generator, "lsk.yaml")
}

fn document_schema(typ: DocType) -> Value {
    let mut generator = generator();
    let mut schema = Header::json_schema(&mut generator);
    let own = Kind::schema(typ, &mut generator);
    if let Some(own) = own {
        merge_object(&mut schema, &own);
    }
    // `typ` is fixed for the type's own schema.
    if let Some(Value::Object(props)) = schema.get_mut("properties") {
        props.insert("typ".into(), serde_json::json!({ "const": typ.as_str() }));
    }
    schema.insert(
        "description".into(),
        format!("Ett dokument av typen `{}` i lsk.", typ.as_str()).into(),
    );
    finish(schema, generator, typ.as_str())
}

/// Adds `other`'s properties and required keys to `schema`.
fn merge_object(schema: &mut Schema, other: &Schema) {
    let other = other.as_object().cloned().unwrap_or_default();
    if let (Some(Value::Object(props)), Some(Value::Object(extra))) =
        (schema.get_mut("properties"), other.get("properties"))
    {
        props.extend(extra.clone());
    }
    if let (Some(Value::Array(req)), Some(Value::Array(extra))) =
        (schema.get_mut("required"), other.get("required"))
    {
        req.extend(extra.clone());
    }
}

/// Writes every schema into `dir` as pretty JSON; returns the paths written.
pub fn write_all(dir: &std::path::Path) -> std::io::Result<Vec<std::path::PathBuf>> {
    std::fs::create_dir_all(dir)?;
    let mut written = Vec::new();
    for (name, value) in all() {
        let path = dir.join(name);
        let text = render(&value);
        crate::fs::write_atomic(&path, text.as_bytes())?;
        written.push(path);
    }
    Ok(written)
}

/// The file text of a schema.
pub fn render(value: &Value) -> String {
    let mut text = serde_json::to_string_pretty(value).expect("schema serialises");
    text.push('\n');
    text
}
