//! The renderers of `lsk due`'s list.

mod ics;
mod json;
mod markdown;

pub use ics::Ics;
pub use json::Json;
pub use markdown::Markdown;
