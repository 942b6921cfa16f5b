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
}

impl Findings<'_> {
    pub fn summary(&self) -> Summary {
        Summary::of(self.diagnostics)
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
            }),
            Format::Json => Box::new(Json),
            Format::Sarif => Box::new(Sarif),
            Format::Github => Box::new(Github),
            Format::Gitlab => Box::new(Gitlab),
        }
    }
}
