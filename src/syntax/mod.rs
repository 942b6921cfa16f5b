//! The bottom layer: source text and where things are in it. A [`SourceFile`] with its
//! line index, the front-matter split, and the YAML [`Node`](yaml::Node) tree with byte
//! spans; the outline of a Markdown body. Nothing here knows what a document is.

pub mod outline;
mod peek;
pub mod source;
mod span;
pub mod yaml;
mod yaml_error;
mod yaml_fast;

pub use peek::peek;
pub use source::{SourceFile, Split};
pub use span::Span;
