//! `check` as a library call: find the root, read `lsk.yaml`, load, run the rules.

use std::path::{Path, PathBuf};

use crate::diagnostic::{Diagnostic, Severity, Summary};
use crate::lang::Lang;
use crate::load;
use crate::model::config::{self, Config};
use crate::model::{Date, Repository};
use crate::rules;
use crate::syntax::SourceFile;

/// How to run a check.
#[derive(Debug, Clone, Default)]
pub struct Options {
    /// The date the dating rules count from; default today in Europe/Stockholm.
    pub today: Option<Date>,
    /// Overrides `språk` in `lsk.yaml`.
    pub lang: Option<Lang>,
    /// `lsk check FILE…` (as pre-commit passes the staged files): the findings located in
    /// these files, relative to the root, and elsewhere only errors no date brought about
    /// (a broken reference, `lsk.yaml`), so that a routine overdue elsewhere does not block
    /// an unrelated commit. `None`: everything.
    pub focus: Option<Vec<String>>,
    /// Keep of the files' texts only what the findings need ([`load::FilePass::lean`]):
    /// for `lsk check`, which uses the repository for nothing else.
    pub lean: bool,
}

/// Why a check could not run (exit status 2).
#[derive(Debug)]
pub enum Error {
    /// No `lsk.yaml` from the path upwards.
    NoRoot(PathBuf),
    /// `lsk.yaml` could not be read.
    Unreadable(PathBuf, String),
    /// `lsk.yaml` is invalid; its diagnostics, with its text to show them against.
    InvalidConfig(SourceFile, Vec<Diagnostic>),
    /// Another setting is invalid (e.g. an `exkludera` glob).
    Setting(String),
}

/// A finished check.
pub struct Outcome {
    pub root: PathBuf,
    pub repo: Repository,
    pub diagnostics: Vec<Diagnostic>,
    /// Findings silenced by a `# lsk: ignorera KOD – motivering` in their file.
    pub suppressed: Vec<Diagnostic>,
    /// Findings left out because they are outside the files checked ([`Options::focus`]).
    pub elsewhere: usize,
}

impl Outcome {
    pub fn summary(&self) -> Summary {
        Summary::of(&self.diagnostics)
    }

    /// Whether the check fails: errors, or with `deny_warnings` any warning.
    pub fn failed(&self, deny_warnings: bool) -> bool {
        self.diagnostics
            .iter()
            .any(|d| d.severity == Severity::Error || deny_warnings)
    }
}

/// Reads the root's `lsk.yaml`.
pub fn read_config(root: &Path, lang: Option<Lang>) -> Result<Config, Error> {
    let path = root.join(config::FILE_NAME);
    let bytes = std::fs::read(&path).map_err(|e| Error::Unreadable(path.clone(), e.to_string()))?;
    let text = String::from_utf8(bytes)
        .map_err(|_| Error::Unreadable(path.clone(), "not UTF-8".to_string()))?;
    let file = SourceFile::new(config::FILE_NAME, text);
    let rule_code = |s: &str| rules::registry().find(s).map(|r| r.meta().code);
    let mut config = Config::from_source(&file, lang.unwrap_or_default(), &rule_code)
        .map_err(|d| Error::InvalidConfig(file.clone(), d))?;
    if let Some(lang) = lang {
        config.lang = lang;
    }
    Ok(config)
}

/// Loads the repository that holds `path` (without running the rules).
pub fn load(path: &Path, options: &Options) -> Result<(PathBuf, load::Loaded), Error> {
    load_with(path, options, None)
}

fn load_with(
    path: &Path,
    options: &Options,
    pass: Option<&load::FilePass>,
) -> Result<(PathBuf, load::Loaded), Error> {
    let root = load::find_root(path).ok_or_else(|| Error::NoRoot(path.to_path_buf()))?;
    let config = read_config(&root, options.lang)?;
    let loaded = load::load(&root, config, pass).map_err(Error::Setting)?;
    Ok((root, loaded))
}

/// Checks the repository that holds `path`. Never writes anything.
pub fn check(path: &Path, options: &Options) -> Result<Outcome, Error> {
    // The rules that read files run as each file is loaded.
    let pass = load::FilePass {
        check: &rules::check_file,
        lean: options.lean,
    };
    let (root, loaded) = load_with(path, options, Some(&pass))?;
    let today = options.today.unwrap_or_else(Date::today);
    let all = rules::run(&loaded.repo, today, loaded.diagnostics);
    let (mut diagnostics, suppressed) = rules::suppressions::apply(all, &loaded.repo.files);
    let before = diagnostics.len();
    if let Some(files) = &options.focus {
        diagnostics.retain(|d| {
            files.contains(&d.file) || (d.severity == Severity::Error && d.obligation.is_none())
        });
    }
    Ok(Outcome {
        root,
        repo: loaded.repo,
        elsewhere: before - diagnostics.len(),
        diagnostics,
        suppressed,
    })
}

/// For unit tests: the example repository `examples/omsorg`, loaded.
#[cfg(test)]
pub(crate) fn example_repository() -> Repository {
    let path = Path::new(env!("CARGO_MANIFEST_DIR")).join("examples/omsorg");
    let (_, loaded) = load(&path, &Options::default()).expect("the example loads");
    loaded.repo
}
