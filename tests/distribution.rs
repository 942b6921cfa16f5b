//! How lsk reaches people without a Rust toolchain: `lsk --version`, the CI and
//! pre-commit templates `lsk init` writes (src/cli/templates/, `{version}` filled in
//! with this version), the pre-commit hooks of this repository, the GitHub Action and
//! the GitLab template, and README: everything that pins a version pins this one.
//! .ci/dist-check builds the wheel and runs these files; this checks what they say.

mod common;

use std::path::Path;

use assert_cmd::Command;
use serde_json::Value;

const VERSION: &str = env!("CARGO_PKG_VERSION");

fn read(path: &str) -> String {
    std::fs::read_to_string(common::manifest_dir().join(path)).unwrap()
}

fn yaml(text: &str) -> Value {
    serde_saphyr::from_str(text).unwrap()
}

/// A template as `lsk init` writes it.
fn template(name: &str) -> String {
    let text = read(&format!("src/cli/templates/{name}"));
    assert!(text.contains("{version}"), "{name} pins no version");
    text.replace("{version}", VERSION)
}

fn version_output(args: &[&str]) -> String {
    let out = Command::cargo_bin("lsk")
        .unwrap()
        .current_dir(Path::new(env!("CARGO_MANIFEST_DIR")))
        .env_remove("LSK_LANG")
        .args(args)
        .output()
        .unwrap();
    assert!(out.status.success(), "{args:?}");
    String::from_utf8(out.stdout).unwrap()
}

#[test]
fn version_prints_the_version_and_the_revision_when_known() {
    let out = version_output(&["--version"]);
    let line = out.strip_suffix('\n').unwrap();
    let rest = line
        .strip_prefix(&format!("lsk {VERSION}"))
        .unwrap_or_else(|| panic!("{line:?}"));
    if !rest.is_empty() {
        let revision = rest
            .strip_prefix(" (")
            .and_then(|r| r.strip_suffix(')'))
            .unwrap_or_else(|| panic!("{line:?}"));
        assert!(
            !revision.is_empty() && revision.chars().all(|c| c.is_ascii_alphanumeric()),
            "{line:?}"
        );
    }
    assert_eq!(version_output(&["-V"]), out);
    assert_eq!(version_output(&["--lang", "en", "--version"]), out);
}

#[test]
fn the_github_workflow_template_installs_the_wheel_and_annotates() {
    let text = template("github-workflow.yml");
    assert!(!text.contains("cargo"), "{text}");
    let workflow = yaml(&text);
    let runs: Vec<&str> = workflow["jobs"]["check"]["steps"]
        .as_array()
        .unwrap()
        .iter()
        .filter_map(|s| s["run"].as_str())
        .collect();
    assert!(
        runs.iter().any(|r| r.contains(&format!(
            "pip install --disable-pip-version-check \"lsk=={VERSION}\""
        ))),
        "{runs:?}"
    );
    assert!(runs.contains(&"lsk check --format github"), "{runs:?}");
    assert!(
        runs.iter().any(|r| r.contains("$GITHUB_STEP_SUMMARY")),
        "{runs:?}"
    );
}

#[test]
fn the_gitlab_template_installs_the_wheel_and_publishes_code_quality() {
    let text = template("gitlab-ci.yml");
    assert!(!text.contains("cargo"), "{text}");
    let config = yaml(&text);
    let job = &config["lsk"];
    assert!(job["image"].as_str().unwrap().starts_with("python:"));
    let script: Vec<&str> = job["script"]
        .as_array()
        .unwrap()
        .iter()
        .map(|s| s.as_str().unwrap())
        .collect();
    assert_eq!(script[0], format!("pip install \"lsk=={VERSION}\""));
    assert!(
        script
            .iter()
            .any(|s| s.contains("--format gitlab > gl-code-quality-report.json"))
    );
    assert_eq!(
        job["artifacts"]["reports"]["codequality"],
        "gl-code-quality-report.json"
    );
    assert_eq!(job["artifacts"]["when"], "always");
}

/// The hook of `lsk init`'s template and of this repository's .pre-commit-hooks.yaml
/// (which the mirror lsk-pre-commit carries) behave alike: staged files passed to
/// `lsk check --quiet`, in one run.
#[test]
fn the_pre_commit_hooks_install_the_wheel_and_pass_the_staged_files() {
    let config = yaml(&template("pre-commit-config.yaml"));
    let local = &config["repos"][0];
    assert_eq!(local["repo"], "local");
    let init_hook = &local["hooks"][0];
    assert_eq!(init_hook["language"], "python");
    assert_eq!(
        init_hook["additional_dependencies"],
        serde_json::json!([format!("lsk=={VERSION}")])
    );

    let hooks = yaml(&read(".pre-commit-hooks.yaml"));
    let hook = &hooks[0];
    assert_eq!(hook["id"], "lsk-check");
    assert_eq!(hook["language"], "python");
    for key in ["id", "entry", "files", "require_serial"] {
        assert_eq!(init_hook[key], hook[key], "{key}");
    }
    assert_eq!(hook["entry"], "lsk check --quiet");
    assert_eq!(hook["require_serial"], true);
    assert!(hook.get("pass_filenames").is_none());

    let mirror = read("packaging/pre-commit-mirror/pyproject.toml.in");
    assert!(
        mirror.contains("dependencies = [\"lsk=={version}\"]"),
        "{mirror}"
    );
}

#[test]
fn the_action_and_the_gitlab_include_pin_this_version() {
    let action = yaml(&read("action.yml"));
    assert_eq!(action["runs"]["using"], "composite");
    assert_eq!(action["inputs"]["version"]["default"], VERSION);

    let include = yaml(&read("packaging/gitlab/lsk.gitlab-ci.yml"));
    assert_eq!(include[".lsk-check"]["variables"]["LSK_VERSION"], VERSION);
    assert_eq!(include["lsk"]["extends"], ".lsk-check");

    let pyproject = read("pyproject.toml");
    assert!(pyproject.contains("name = \"lsk\""));
    assert!(pyproject.contains("bindings = \"bin\""));
    assert!(pyproject.contains("dynamic = [\"version\"]"));
}

/// README's snippets name a version (`lsk==`, `lsk@v`, `rev: v`, `/lsk/v`, the GitLab
/// cache key `lsk-`): this one.
#[test]
fn readme_names_this_version() {
    let readme = read("README.md");
    let mut found = 0;
    for marker in ["lsk==", "lsk@v", "rev: v", "/lsk/v", "key: lsk-"] {
        for (i, _) in readme.match_indices(marker) {
            let rest = &readme[i + marker.len()..];
            let version: String = rest
                .chars()
                .take_while(|c| c.is_ascii_alphanumeric() || *c == '.')
                .collect();
            let version = version.trim_end_matches('.');
            if version.starts_with(|c: char| c.is_ascii_digit()) {
                assert_eq!(version, VERSION, "README: {marker}{version}");
                found += 1;
            }
        }
    }
    assert!(found >= 4, "README names the version only {found} times");
}
