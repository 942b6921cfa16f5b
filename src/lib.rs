//! `lsk` checks a Swedish *ledningssystem för systematiskt kvalitetsarbete* (SOSFS 2011:9)
//! kept as YAML and Markdown in a git repository.
//!
//! The layers, each using only those above it in this list (a test, `tests/architecture.rs`,
//! holds them to it):
//!
//! 1. [`lang`], [`text`], [`identity`] and [`fs`]: the message language; text helpers;
//!    finding and masking personnummer; atomic writes.
//! 2. [`syntax`]: source text, line index, front matter, YAML nodes with spans.
//! 3. [`diagnostic`]: the one finding type and what a rule declares about itself.
//! 4. [`model`]: the typed documents, `lsk.yaml`, the requirement catalogue, periods and
//!    the [`model::obligations`] every feature asks about what falls due.
//! 5. [`load`]: walk the root, decode every file, the indexed [`model::Repository`].
//! 6. [`rules`]: one file per check, in a registry.
//! 7. The features: [`check`], [`due`], [`control`], [`coverage`], [`history`], [`report`], [`schema`],
//!    [`graph`] (a process as a swimlane map, laid out), [`matrix`] (who does what, which
//!    document meets which requirement), [`site`] (the system as a web site for staff), and
//!    [`output`], the renderers.
//!
//! The `lsk` binary (`src/main.rs`, `src/cli/`) is a thin layer over this library.

pub mod fs;
pub mod identity;
pub mod lang;
pub mod text;

pub mod syntax;

pub mod diagnostic;

pub mod model;

pub mod load;

pub mod rules;

pub mod check;
pub mod control;
pub mod coverage;
pub mod due;
pub mod graph;
pub mod history;
pub mod matrix;
pub mod output;
pub mod report;
pub mod schema;
pub mod site;
