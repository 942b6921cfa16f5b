//! A file's text, its line index, and the split into YAML header and Markdown body.

use crate::syntax::Span;

/// A document file's text as read from disk.
#[derive(Debug, Clone)]
pub struct SourceFile {
    /// Path relative to the root, with `/`.
    pub path: String,
    pub text: String,
    line_starts: Vec<usize>,
}

impl SourceFile {
    pub fn new(path: impl Into<String>, text: String) -> Self {
        let mut line_starts = vec![0];
        line_starts.extend(text.match_indices('\n').map(|(i, _)| i + 1));
        SourceFile {
            path: path.into(),
            text,
            line_starts,
        }
    }

    /// 1-based line and column (in characters) of a byte offset.
    pub fn line_col(&self, offset: usize) -> (usize, usize) {
        let offset = offset.min(self.text.len());
        let line = self.line_starts.partition_point(|&s| s <= offset) - 1;
        let start = self.line_starts[line];
        let prefix = self.text.get(start..offset).unwrap_or_default();
        // A byte order mark is not a column.
        let column = prefix.chars().filter(|&c| c != '\u{feff}').count() + 1;
        (line + 1, column)
    }

    pub fn slice(&self, span: Span) -> &str {
        self.text.get(span.start..span.end).unwrap_or_default()
    }

    /// Where the content begins: after a UTF-8 byte order mark, if any.
    pub fn content_start(&self) -> usize {
        if self.text.starts_with('\u{feff}') {
            3
        } else {
            0
        }
    }
}

/// How a file's text divides into a YAML header and an optional Markdown body.
#[derive(Debug, Clone, Copy, PartialEq, Eq)]
pub enum Split {
    /// A YAML file: all of it (after a BOM) is the header.
    Yaml { header: Span },
    /// A Markdown file with front matter.
    FrontMatter { header: Span, body: Span },
    /// A Markdown file without front matter: not a document.
    NoFrontMatter,
    /// Front matter was opened at byte 0 but never closed; the span is the opening line.
    Unclosed { opening: Span },
}

/// Splits a Markdown file's front matter: only a `---` line at the very start (after a
/// BOM) opens it, and the next line that is `---` or `...` closes it. CRLF is accepted.
pub fn split_markdown(text: &str) -> Split {
    let start = if text.starts_with('\u{feff}') { 3 } else { 0 };
    let rest = &text[start..];
    let Some(first_end) = line_end(rest, 0) else {
        return Split::NoFrontMatter;
    };
    if rest[..first_end].trim_end_matches('\r').trim_end() != "---" {
        return Split::NoFrontMatter;
    }
    let header_start = next_line(rest, first_end);
    let mut pos = header_start;
    while pos < rest.len() {
        let end = line_end(rest, pos).unwrap_or(rest.len());
        let line = rest[pos..end].trim_end_matches('\r').trim_end();
        if line == "---" || line == "..." {
            let body_start = next_line(rest, end);
            return Split::FrontMatter {
                header: Span::new(start + header_start, start + pos),
                body: Span::new(start + body_start, text.len()),
            };
        }
        pos = next_line(rest, end);
    }
    Split::Unclosed {
        opening: Span::new(start, start + 3),
    }
}

/// The YAML file's header span (everything after a BOM).
pub fn split_yaml(text: &str) -> Split {
    let start = if text.starts_with('\u{feff}') { 3 } else { 0 };
    Split::Yaml {
        header: Span::new(start, text.len()),
    }
}

/// Byte index of the `\n` ending the line that starts at `from`, if any; for a last line
/// without `\n`, its end.
fn line_end(s: &str, from: usize) -> Option<usize> {
    if from >= s.len() {
        return None;
    }
    Some(s[from..].find('\n').map_or(s.len(), |i| from + i))
}

fn next_line(s: &str, end: usize) -> usize {
    (end + 1).min(s.len())
}

#[cfg(test)]
mod tests {
    use super::*;

    #[test]
    fn front_matter_with_crlf_and_bom() {
        let text = "\u{feff}---\r\ntyp: rutin\r\n---\r\n# Rubrik\r\n";
        let Split::FrontMatter { header, body } = split_markdown(text) else {
            panic!("not split: {:?}", split_markdown(text));
        };
        assert_eq!(&text[header.start..header.end], "typ: rutin\r\n");
        assert_eq!(&text[body.start..body.end], "# Rubrik\r\n");
    }

    #[test]
    fn front_matter_only_at_byte_zero() {
        assert_eq!(split_markdown("\n---\na: 1\n---\n"), Split::NoFrontMatter);
        assert_eq!(split_markdown("# Läs mig\n"), Split::NoFrontMatter);
        assert_eq!(split_markdown(""), Split::NoFrontMatter);
    }

    #[test]
    fn unclosed_front_matter() {
        assert!(matches!(
            split_markdown("---\ntyp: rutin\n# Rubrik\n"),
            Split::Unclosed { .. }
        ));
    }

    #[test]
    fn empty_front_matter_and_no_body() {
        let Split::FrontMatter { header, body } = split_markdown("---\n---") else {
            panic!()
        };
        assert_eq!(header.start, header.end);
        assert_eq!(body.start, body.end);
    }

    #[test]
    fn line_col_counts_characters() {
        let f = SourceFile::new("a.yaml", "id: ÅÄÖ\ntitel: x\n".to_string());
        assert_eq!(f.line_col(0), (1, 1));
        let off = f.text.find("titel").unwrap();
        assert_eq!(f.line_col(off), (2, 1));
        let off = f.text.find(": x").unwrap() + 2;
        assert_eq!(f.line_col(off), (2, 8));
        assert_eq!(f.line_col(f.text.len()), (3, 1));
    }
}
