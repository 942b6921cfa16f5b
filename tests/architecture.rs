//! The layers of the library point down only, and no module imports in a cycle.
//!
//! Reads every file under `src/` (the library; `src/cli` is the binary, above everything),
//! finds each `crate::<module>` it names outside its `#[cfg(test)]` part, and checks the
//! edges between top-level modules against the layers `src/lib.rs` describes.

use std::collections::{BTreeMap, BTreeSet};
use std::path::{Path, PathBuf};

/// The layers, bottom first. A module may use modules of its own layer or below; within
/// the feature layer the graph must still be acyclic.
const LAYERS: &[&[&str]] = &[
    &["lang", "text", "identity", "fs"],
    &["syntax"],
    &["diagnostic"],
    &["model"],
    &["load"],
    &["rules"],
    &[
        "check", "due", "control", "coverage", "history", "report", "schema", "graph", "matrix",
        "site", "output",
    ],
];

fn layer_of(module: &str) -> Option<usize> {
    LAYERS.iter().position(|l| l.contains(&module))
}

fn rust_files(dir: &Path, out: &mut Vec<PathBuf>) {
    for entry in std::fs::read_dir(dir).unwrap() {
        let path = entry.unwrap().path();
        if path.is_dir() {
            rust_files(&path, out);
        } else if path.extension().is_some_and(|e| e == "rs") {
            out.push(path);
        }
    }
}

/// The code of a file without its unit tests (`#[cfg(test)]` and what follows).
fn non_test_code(text: &str) -> &str {
    text.find("#[cfg(test)]").map_or(text, |i| &text[..i])
}

/// Every `crate::name` in `code`, also inside `use crate::{a, b}` lists.
fn crate_refs(code: &str) -> BTreeSet<String> {
    let mut out = BTreeSet::new();
    let line_code: String = code
        .lines()
        .filter(|l| !l.trim_start().starts_with("//"))
        .collect::<Vec<_>>()
        .join("\n");
    for (i, _) in line_code.match_indices("crate::") {
        let before = line_code[..i].chars().next_back();
        if before.is_some_and(|c| c.is_alphanumeric() || c == '_' || c == '$') {
            continue;
        }
        let rest = &line_code[i + "crate::".len()..];
        if let Some(list) = rest.strip_prefix('{') {
            let end = list.find('}').unwrap_or(list.len());
            for item in list[..end].split(',') {
                let name: String = item
                    .trim()
                    .chars()
                    .take_while(|c| c.is_alphanumeric() || *c == '_')
                    .collect();
                if !name.is_empty() {
                    out.insert(name);
                }
            }
        } else {
            let name: String = rest
                .chars()
                .take_while(|c| c.is_alphanumeric() || *c == '_')
                .collect();
            out.insert(name);
        }
    }
    out
}

/// Top-level module → the top-level modules it uses.
fn graph() -> BTreeMap<String, BTreeSet<String>> {
    let src = Path::new(env!("CARGO_MANIFEST_DIR")).join("src");
    let mut files = Vec::new();
    rust_files(&src, &mut files);
    let mut graph: BTreeMap<String, BTreeSet<String>> = BTreeMap::new();
    for file in files {
        let rel = file
            .strip_prefix(&src)
            .unwrap()
            .to_string_lossy()
            .replace('\\', "/");
        let top = rel
            .split('/')
            .next()
            .unwrap()
            .trim_end_matches(".rs")
            .to_string();
        if matches!(top.as_str(), "cli" | "main" | "lib") {
            continue;
        }
        let text = std::fs::read_to_string(&file).unwrap();
        let refs = crate_refs(non_test_code(&text));
        let entry = graph.entry(top.clone()).or_default();
        for r in refs {
            // Macros exported at the crate root (`crate::tr!`, `crate::record!`) are
            // defined in `lang` and `model`; a root-level name is not a module.
            let module = match r.as_str() {
                "tr" => "lang".to_string(),
                "record" | "vocabulary" => "model".to_string(),
                "declare_rule" => "diagnostic".to_string(),
                _ => r,
            };
            if module != top {
                entry.insert(module);
            }
        }
    }
    graph
}

#[test]
fn every_library_module_has_a_layer() {
    for module in graph().keys() {
        assert!(
            layer_of(module).is_some(),
            "src/{module} is in no layer: add it to LAYERS here and to the list in src/lib.rs"
        );
    }
}

#[test]
fn imports_point_down_the_layers() {
    let mut upward = Vec::new();
    for (from, tos) in graph() {
        for to in tos {
            let (Some(a), Some(b)) = (layer_of(&from), layer_of(&to)) else {
                continue;
            };
            if b > a {
                upward.push(format!("{from} (layer {a}) uses {to} (layer {b})"));
            }
        }
    }
    assert!(
        upward.is_empty(),
        "imports up the layers:\n{}",
        upward.join("\n")
    );
}

#[test]
fn no_module_cycle() {
    let graph = graph();
    // Depth-first search with colours; a grey node reached again closes a cycle.
    fn visit(
        node: &str,
        graph: &BTreeMap<String, BTreeSet<String>>,
        state: &mut BTreeMap<String, u8>,
        path: &mut Vec<String>,
    ) -> Option<Vec<String>> {
        match state.get(node) {
            Some(1) => {
                let start = path.iter().position(|p| p == node).unwrap_or(0);
                let mut cycle = path[start..].to_vec();
                cycle.push(node.to_string());
                return Some(cycle);
            }
            Some(2) => return None,
            _ => {}
        }
        state.insert(node.to_string(), 1);
        path.push(node.to_string());
        for next in graph.get(node).into_iter().flatten() {
            if let Some(c) = visit(next, graph, state, path) {
                return Some(c);
            }
        }
        path.pop();
        state.insert(node.to_string(), 2);
        None
    }
    let mut state = BTreeMap::new();
    for node in graph.keys() {
        if let Some(cycle) = visit(node, &graph, &mut state, &mut Vec::new()) {
            panic!("module cycle: {}", cycle.join(" → "));
        }
    }
}

#[test]
fn the_scanner_sees_imports() {
    let refs = crate_refs(
        "use crate::{lang::Lang, tr};\nfn f() { crate::model::x(); }\n// crate::rules\n",
    );
    assert_eq!(
        refs.into_iter().collect::<Vec<_>>(),
        ["lang", "model", "tr"]
    );
    assert_eq!(non_test_code("a\n#[cfg(test)]\nuse crate::x;"), "a\n");
    let g = graph();
    assert!(
        g["rules"].contains("model") && g["load"].contains("syntax"),
        "{g:?}"
    );
}
