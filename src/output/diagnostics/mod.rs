//! The findings of a check, one renderer per `--format`.

mod github;
mod gitlab;
mod human;
mod json;
mod sarif;

use crate::output::Render;

pub use github::Github;
pub use gitlab::Gitlab;
pub use human::Human;
pub use json::Json;
pub use sarif::Sarif;

use crate::diagnostic::{Diagnostic, Summary};
use crate::lang::Lang;
use crate::syntax::SourceFile;

/// What a renderer prints: the findings of one check and what it needs to show them.
pub struct Findings<'a> {
    /// The path the user gave, as given.
    pub root: &'a str,
    pub documents: usize,
    pub diagnostics: &'a [Diagnostic],
    /// Source texts by relative path, for showing the offending line.
    pub files: &'a [SourceFile],
    pub lang: Lang,
    /// Findings silenced by a `# lsk: ignorera` with their reason: counted, not shown.
    pub suppressed: &'a [Diagnostic],
    /// Findings left out as outside the files checked (`lsk check FILE…`).
    pub elsewhere: usize,
}

impl<'a> Findings<'a> {
    /// The findings of a check, to show them against their sources.
    pub fn of(outcome: &'a crate::check::Outcome, root: &'a str) -> Self {
        Findings {
            root,
            documents: outcome.repo.documents.len(),
            diagnostics: &outcome.diagnostics,
            files: &outcome.repo.files,
            lang: outcome.repo.config.lang,
            suppressed: &outcome.suppressed,
            elsewhere: outcome.elsewhere,
        }
    }

    pub fn summary(&self) -> Summary {
        Summary::of(self.diagnostics)
    }

    /// Findings per rule, in code order: (code, name, shown, silenced).
    pub fn statistics(&self) -> Vec<(&'static str, &'static str, usize, usize)> {
        let mut counts: std::collections::BTreeMap<&str, (&str, usize, usize)> =
            std::collections::BTreeMap::new();
        for d in self.diagnostics {
            counts.entry(d.code).or_insert((d.name, 0, 0)).1 += 1;
        }
        for d in self.suppressed {
            counts.entry(d.code).or_insert((d.name, 0, 0)).2 += 1;
        }
        counts
            .into_iter()
            .map(|(code, (name, shown, silenced))| (code, name, shown, silenced))
            .collect()
    }

    /// The findings with errors before warnings, each kind in its order.
    pub fn errors_first(&self) -> Vec<&'a Diagnostic> {
        let mut list: Vec<&Diagnostic> = self.diagnostics.iter().collect();
        list.sort_by_key(|d| std::cmp::Reverse(d.severity));
        list
    }

    pub fn source(&self, path: &str) -> Option<&SourceFile> {
        self.files
            .binary_search_by(|f| f.path.as_str().cmp(path))
            .ok()
            .map(|i| &self.files[i])
    }
}

/// An output format of a check's findings.
pub type Renderer = dyn for<'a> Render<Findings<'a>>;

/// The output formats `--format` accepts.
#[derive(Debug, Clone, Copy, PartialEq, Eq, clap::ValueEnum)]
pub enum Format {
    Human,
    Json,
    Sarif,
    Github,
    Gitlab,
}

impl Format {
    pub fn renderer(self, color: bool) -> Box<Renderer> {
        match self {
            Format::Human => Box::new(Human {
                color,
                summary: true,
                ..Human::default()
            }),
            Format::Json => Box::new(Json),
            Format::Sarif => Box::new(Sarif),
            Format::Github => Box::new(Github),
            Format::Gitlab => Box::new(Gitlab),
        }
    }
}
