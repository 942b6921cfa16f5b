//! Output: what `lsk` prints, one renderer per format behind one trait, [`Render`].
//!
//! - [`diagnostics`]: the findings of `check` (human, json, sarif, github, gitlab);
//! - [`due`]: the list of `lsk due` (md, json, ics);
//! - [`report`]: the yearly berättelser (md, html, json);
//! - [`coverage`]: the requirement catalogue of `lsk krav` (md, json, csv);
//! - [`html`]: escaping and Markdown, shared by every HTML output;
//! - [`graph`]: a process as a swimlane map (svg, mermaid, dot);
//! - [`matrix`]: the responsibility and requirement matrices (md, html, csv, json).
//!
//! [`escape`] escapes text from the documents for each format.

pub mod coverage;
pub mod diagnostics;
pub mod due;
pub mod escape;
pub mod graph;
pub mod html;
pub mod matrix;
pub mod report;

use std::io;

/// An output format for a `T`.
pub trait Render<T: ?Sized> {
    /// Writes `value` in this format.
    fn render(&self, value: &T, out: &mut dyn io::Write) -> io::Result<()>;

    /// The same, as a string.
    fn to_text(&self, value: &T) -> String {
        let mut buf = Vec::new();
        self.render(value, &mut buf)
            .expect("writing to memory does not fail");
        String::from_utf8(buf).expect("renderers write UTF-8")
    }
}
