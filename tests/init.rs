//! `lsk init` scaffolds a repository of drafts that passes `lsk check` without errors,
//! says so on one screen, adds a CI template to an existing repository and nothing else,
//! writes editor settings that map the schemas to the files, and never overwrites anything.

mod common;

use std::collections::BTreeMap;
use std::path::Path;

use assert_cmd::Command;
use lsk::diagnostic::Severity;
use lsk::model::{DocType, Status};

fn lsk() -> Command {
    Command::cargo_bin("lsk").unwrap()
}

/// `lsk init ARGS… TARGET` (with the tests' today), which must succeed; its output.
fn init(target: &Path, args: &[&str]) -> String {
    let out = lsk()
        .args(["init", "--today", common::TODAY])
        .args(args)
        .arg(target)
        .output()
        .unwrap();
    assert_eq!(
        out.status.code(),
        Some(0),
        "{}",
        String::from_utf8_lossy(&out.stderr)
    );
    String::from_utf8(out.stdout).unwrap()
}

/// Every file under `dir` (relative path, with `/`) and its bytes.
fn tree(dir: &Path) -> BTreeMap<String, Vec<u8>> {
    fn walk(root: &Path, dir: &Path, out: &mut BTreeMap<String, Vec<u8>>) {
        for entry in std::fs::read_dir(dir).unwrap() {
            let path = entry.unwrap().path();
            if path.is_dir() {
                walk(root, &path, out);
            } else {
                let rel = path.strip_prefix(root).unwrap().to_string_lossy();
                out.insert(rel.replace('\\', "/"), std::fs::read(&path).unwrap());
            }
        }
    }
    let mut out = BTreeMap::new();
    walk(dir, dir, &mut out);
    out
}

#[test]
fn init_then_check_has_no_errors_for_each_scope() {
    for (areas, ci) in [
        ("SoL,LSS,HSL", "github"),
        ("SoL", "gitlab"),
        ("LSS,LVU,LVM,Tandvårdslagen", "github"),
    ] {
        let dir = tempfile::tempdir().unwrap();
        let target = dir.path().join("ledningssystem");
        init(&target, &["--verksamhet", areas, "--ci", ci]);
        assert!(target.join(".lsk/schemas/process.schema.json").is_file());
        assert!(target.join(".pre-commit-config.yaml").is_file());
        assert!(target.join(".vscode/settings.json").is_file());
        match ci {
            "github" => assert!(target.join(".github/workflows/lsk.yml").is_file()),
            _ => assert!(target.join(".gitlab-ci.yml").is_file()),
        }
        // YAML files carry the schema hint the YAML language server reads; Markdown does not.
        let process = std::fs::read_to_string(target.join("processer/klagomal.yaml")).unwrap();
        assert!(
            process
                .starts_with("# yaml-language-server: $schema=../.lsk/schemas/process.schema.json")
        );
        let routine = std::fs::read_to_string(target.join("rutiner/klagomal.md")).unwrap();
        assert!(!routine.contains("yaml-language-server"), "{routine}");

        let out = lsk()
            .args(["check", "--format", "json", "--today", common::TODAY])
            .arg(&target)
            .output()
            .unwrap();
        let json: serde_json::Value = serde_json::from_slice(&out.stdout).unwrap();
        assert_eq!(out.status.code(), Some(0), "{areas}: {json:#}");
        // What a brand-new system still lacks is a to-do list of warnings: a risk analysis,
        // a decided process that names collaboration, and the paragraphs no decided
        // document fulfils yet. Nothing about periods before `införd`.
        for d in json["diagnostics"].as_array().unwrap() {
            assert_eq!(d["severity"], "warning", "{areas}: {d}");
            let code = d["code"].as_str().unwrap();
            assert!(
                ["LSK112", "LSK301", "LSK309"].contains(&code),
                "{areas}: {d}"
            );
        }
    }
}

#[test]
fn the_scaffold_is_drafts_and_decides_nothing() {
    let dir = tempfile::tempdir().unwrap();
    let target = dir.path().join("ny");
    init(&target, &[]);
    let outcome = common::check(&target);
    let errors: Vec<_> = outcome
        .diagnostics
        .iter()
        .filter(|d| d.severity == Severity::Error)
        .collect();
    assert!(errors.is_empty(), "{errors:#?}");
    let repo = &outcome.repo;
    assert_eq!(repo.documents.len(), 4);
    for doc in &repo.documents {
        let file = &repo.file_of(doc).path;
        assert!(doc.is_governed(), "{file}");
        assert_eq!(doc.status(), Status::Draft, "{file}");
        assert!(doc.header.decided.is_none(), "{file}: fastställd");
        assert!(doc.header.decided_by.is_none(), "{file}: beslutad_av");
        assert!(doc.header.owner.is_some(), "{file}: dokumentägare");
        let text = std::fs::read_to_string(target.join(file)).unwrap();
        assert!(text.contains("TODO:"), "{file}: {text}");
        assert!(!text.contains("fastställd:"), "{file}: {text}");
        assert!(!text.contains("beslutad_av:"), "{file}: {text}");
    }

    // The quality report counts none of them as in force.
    let out = lsk()
        .args([
            "report",
            "kvalitetsberättelse",
            "--year",
            "2026",
            "--today",
            common::TODAY,
        ])
        .arg(&target)
        .output()
        .unwrap();
    let report = String::from_utf8(out.stdout).unwrap();
    assert!(
        report.contains("**Gällande styrdokument per 2026-11-24:** 0"),
        "{report}"
    );
    assert!(report.contains("0 gällande processer"), "{report}");

    // Decided one at a time with `lsk approve`, as the output says.
    lsk()
        .args(["approve", "RUT-KLAGOMÅL", "--by", "förvaltningschef"])
        .args(["--today", common::TODAY])
        .arg(&target)
        .assert()
        .success();
    let routine = std::fs::read_to_string(target.join("rutiner/klagomal.md")).unwrap();
    assert!(routine.contains("status: gällande\n"), "{routine}");
}

#[test]
fn the_output_fits_on_one_screen_in_both_languages() {
    let schemas = lsk::schema::all().len();
    for (lang, summary, next) in [
        (
            "sv",
            format!("skapade {schemas} JSON-scheman i .lsk/schemas/"),
            [
                "Klart. Kör `lsk check ny`",
                "`lsk approve ID --by ROLL ny`",
                "`lsk new rutin \"Titel\" ny`",
            ],
        ),
        (
            "en",
            format!("created {schemas} JSON schemas in .lsk/schemas/"),
            [
                "Done. Run `lsk check ny`",
                "`lsk approve ID --by ROLE ny`",
                "`lsk new rutin \"Title\" ny`",
            ],
        ),
    ] {
        let dir = tempfile::tempdir().unwrap();
        let out = lsk()
            .current_dir(dir.path())
            .args(["init", "ny", "--ci", "github", "--lang", lang])
            .args(["--today", common::TODAY])
            .output()
            .unwrap();
        assert_eq!(out.status.code(), Some(0));
        let out = String::from_utf8(out.stdout).unwrap();
        let lines: Vec<&str> = out.lines().collect();
        assert!(lines.len() <= 20, "{lang}: {} lines:\n{out}", lines.len());
        for line in &lines {
            assert!(line.chars().count() <= 80, "{lang}: too wide: {line}");
        }
        assert!(out.contains(&summary), "{lang}: {out}");
        assert!(!out.contains("schema.json"), "{lang}: {out}");
        for step in next {
            assert!(out.contains(step), "{lang}: {step} missing in {out}");
        }
        // Every file but the schemas is named.
        for file in tree(&dir.path().join("ny")).keys() {
            if !file.starts_with(".lsk/schemas/") {
                assert!(
                    out.contains(file.as_str()),
                    "{lang}: {file} missing in {out}"
                );
            }
        }
    }
}

#[test]
fn ci_in_an_existing_repository_adds_only_the_template() {
    for (ci, file) in [
        ("github", ".github/workflows/lsk.yml"),
        ("gitlab", ".gitlab-ci.yml"),
    ] {
        let dir = tempfile::tempdir().unwrap();
        let target = dir.path().join("ny");
        init(&target, &[]);
        // The repository as its owners left it: a changed routine, a file of their own.
        std::fs::write(target.join("rutiner/klagomal.md"), "min egen rutin\n").unwrap();
        std::fs::write(target.join("anteckningar.txt"), "egna\n").unwrap();
        let before = tree(&target);

        let out = init(&target, &["--ci", ci]);
        let mut after = tree(&target);
        let template = after.remove(file).expect("the template was written");
        assert_eq!(after, before, "{ci}: something else changed");
        assert!(String::from_utf8(template).unwrap().contains("lsk check"));
        assert_eq!(out.lines().count(), 1, "{out}");
        assert!(out.contains(file), "{out}");
        assert!(out.contains("inget annat skrevs"), "{out}");

        // A second time it refuses, and says so; nothing changes.
        let before = tree(&target);
        let refused = lsk()
            .args(["init", "--ci", ci, "--today", common::TODAY])
            .arg(&target)
            .output()
            .unwrap();
        assert_eq!(refused.status.code(), Some(2));
        let err = String::from_utf8(refused.stderr).unwrap();
        assert!(err.contains(&format!("{file} finns redan")), "{err}");
        assert!(err.contains("Inget skrevs"), "{err}");
        assert_eq!(tree(&target), before);
    }
}

#[test]
fn init_without_ci_in_an_existing_repository_refuses() {
    let dir = tempfile::tempdir().unwrap();
    let target = dir.path().join("ny");
    init(&target, &["--lang", "en"]);
    let before = tree(&target);
    // The repository's own language.
    let refused = lsk()
        .args(["init", "--today", common::TODAY])
        .arg(&target)
        .output()
        .unwrap();
    assert_eq!(refused.status.code(), Some(2));
    let err = String::from_utf8(refused.stderr).unwrap();
    assert!(err.contains("is already a repository"), "{err}");
    assert!(err.contains("`lsk init --ci github`"), "{err}");
    assert_eq!(tree(&target), before);
}

#[test]
fn editor_settings_map_each_yaml_schema_to_its_files() {
    let dir = tempfile::tempdir().unwrap();
    let target = dir.path().join("ny");
    init(&target, &[]);
    // One document of every type, where `lsk new` puts it in a new repository.
    for &typ in DocType::ALL {
        lsk()
            .args(["new", typ.as_str(), "Prov", "--today", common::TODAY])
            .arg(&target)
            .assert()
            .success();
    }
    let text = std::fs::read_to_string(target.join(".vscode/settings.json")).unwrap();
    let settings: serde_json::Value = serde_json::from_str(&text).unwrap();
    let mut schemas: Vec<(String, globset::GlobSet)> = Vec::new();
    for (schema, globs) in settings["yaml.schemas"].as_object().unwrap() {
        // Relative to the workspace folder, which is the repository.
        let file = schema.strip_prefix("./").unwrap_or(schema);
        assert!(target.join(file).is_file(), "{schema}");
        let mut set = globset::GlobSetBuilder::new();
        for glob in globs.as_array().unwrap() {
            let glob = glob.as_str().unwrap();
            set.add(
                globset::GlobBuilder::new(glob)
                    .literal_separator(true)
                    .build()
                    .unwrap(),
            );
        }
        schemas.push((file.to_string(), set.build().unwrap()));
    }
    let matching = |rel: &str| -> Vec<&str> {
        schemas
            .iter()
            .filter(|(_, set)| set.is_match(rel))
            .map(|(s, _)| s.as_str())
            .collect()
    };
    assert_eq!(matching("lsk.yaml"), [".lsk/schemas/lsk.schema.json"]);
    let repo = common::check(&target).repo;
    assert_eq!(repo.documents.len(), 4 + DocType::ALL.len());
    for doc in &repo.documents {
        let rel = &repo.file_of(doc).path;
        let found = matching(rel);
        if doc.typ().info().markdown {
            // The YAML extension does not read Markdown front matter.
            assert!(found.is_empty(), "{rel}: {found:?}");
        } else {
            let schema = format!(
                ".lsk/schemas/{}.schema.json",
                lsk::schema::file_stem(doc.typ())
            );
            assert_eq!(found, [schema.as_str()], "{rel}");
        }
    }
    // Every YAML type has its entry.
    let yaml_types = DocType::ALL.iter().filter(|t| !t.info().markdown).count();
    assert_eq!(schemas.len(), 1 + yaml_types);
}

#[test]
fn existing_editor_settings_are_left_alone() {
    let dir = tempfile::tempdir().unwrap();
    std::fs::create_dir_all(dir.path().join(".vscode")).unwrap();
    std::fs::write(dir.path().join(".vscode/settings.json"), "{}\n").unwrap();
    let out = init(dir.path(), &[]);
    assert_eq!(
        std::fs::read_to_string(dir.path().join(".vscode/settings.json")).unwrap(),
        "{}\n"
    );
    assert!(dir.path().join("lsk.yaml").is_file());
    assert!(
        out.contains(".vscode/settings.json finns redan och lämnades orörd"),
        "{out}"
    );
}

#[test]
fn init_refuses_to_overwrite_and_writes_nothing() {
    let dir = tempfile::tempdir().unwrap();
    std::fs::create_dir_all(dir.path().join("rutiner")).unwrap();
    std::fs::write(dir.path().join("rutiner/klagomal.md"), "min egen rutin\n").unwrap();
    lsk()
        .args(["init", "--today", common::TODAY])
        .arg(dir.path())
        .assert()
        .code(2);
    assert!(
        !dir.path().join("lsk.yaml").exists(),
        "init wrote although it refused"
    );
    assert_eq!(
        std::fs::read_to_string(dir.path().join("rutiner/klagomal.md")).unwrap(),
        "min egen rutin\n"
    );
}

#[test]
fn init_rejects_an_unknown_area() {
    let dir = tempfile::tempdir().unwrap();
    lsk()
        .args(["init", "--verksamhet", "SoL,HLS"])
        .arg(dir.path())
        .assert()
        .code(2);
    assert!(!dir.path().join("lsk.yaml").exists());
}

#[test]
fn verksamhet_in_any_case() {
    let dir = tempfile::tempdir().unwrap();
    let target = dir.path().join("ny");
    init(&target, &["--verksamhet", "sol,Hsl,LSS,tandvardslagen,SoL"]);
    let config = std::fs::read_to_string(target.join("lsk.yaml")).unwrap();
    assert!(
        config.contains("\nverksamhet: [SoL, HSL, LSS, Tandvårdslagen]\n"),
        "{config}"
    );
}

/// The templates install the released wheel of this very version: no Rust toolchain, no
/// `cargo install`, no variable to set first.
#[test]
fn the_ci_templates_and_the_hook_install_this_versions_wheel() {
    let version = env!("CARGO_PKG_VERSION");
    for (ci, file) in [
        ("github", ".github/workflows/lsk.yml"),
        ("gitlab", ".gitlab-ci.yml"),
    ] {
        let dir = tempfile::tempdir().unwrap();
        let target = dir.path().join("ny");
        init(&target, &["--ci", ci]);
        for written in [file, ".pre-commit-config.yaml"] {
            let text = std::fs::read_to_string(target.join(written)).unwrap();
            assert!(
                text.contains(&format!("lsk=={version}")),
                "{written}:\n{text}"
            );
            assert!(!text.contains("cargo install"), "{written}");
            assert!(!text.contains("LSK_GIT"), "{written}");
            assert!(!text.contains("{version}"), "{written}");
        }
    }
}
