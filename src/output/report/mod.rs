//! The renderers of the yearly reports.

pub mod html;
pub mod json;
pub mod markdown;

pub use html::Html;
pub use json::Json;
pub use markdown::Markdown;
