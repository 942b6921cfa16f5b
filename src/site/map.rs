//! A process's map on its page.

use crate::model::Document;
use crate::site::Ctx;

/// The map of process `d` for the page at `url`.
pub fn section(_cx: &Ctx, _url: &str, _d: &Document) -> String {
    String::new()
}
