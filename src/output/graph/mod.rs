//! The renderers of `lsk graph`: SVG (laid out by lsk), Mermaid (for GitHub and GitLab
//! Markdown) and DOT (for Graphviz).

mod dot;
mod mermaid;
mod svg;

pub use dot::{Dot, dot};
pub use mermaid::{Mermaid, mermaid};
pub use svg::{Link, Svg, draw, svg};
