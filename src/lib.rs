//! `lsk` checks a Swedish *ledningssystem för systematiskt kvalitetsarbete* (SOSFS 2011:9)
//! kept as YAML and Markdown in a git repository.
//!
//! The pipeline: [`config`] finds the root and reads `lsk.yaml`; [`load`] walks the root
//! and decodes every document into the typed [`model`]; [`rules`] runs every check over the
//! loaded [`model::Repository`]; [`diagnostic`] renders the findings. [`krav`] is the SOSFS
//! 2011:9 requirement catalogue. The `lsk` binary (`src/main.rs`, `src/cli/`) is a thin
//! layer over this library.

pub mod check;
pub mod config;
pub mod control;
pub mod diagnostic;
pub mod due;
pub mod fs;
pub mod history;
pub mod krav;
pub mod lang;
pub mod load;
pub mod model;
pub mod report;
pub mod rules;
pub mod schema;
