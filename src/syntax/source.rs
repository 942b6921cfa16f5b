//! A file's text, its line index, and the split into YAML header and Markdown body.

use std::sync::OnceLock;

use crate::syntax::Span;

/// A document file's text as read from disk.
#[derive(Debug, Clone)]
pub struct SourceFile {
    /// Path relative to the root, with `/`.
    pub path: String,
    pub text: String,
    /// Built when first asked for: most files are never asked where a line is.
    index: OnceLock<Box<LineIndex>>,
    /// Whether the text was cut short ([`SourceFile::truncate`]).
    cut: bool,
}

/// Where the lines start, and where the characters are.
#[derive(Debug, Clone)]
struct LineIndex {
    line_starts: Vec<usize>,
    /// (byte offset, characters before it) about every [`CHECKPOINT`] bytes, so that a
    /// column costs the same on a line of any length; empty for ASCII text.
    checkpoints: Vec<(usize, usize)>,
}

const CHECKPOINT: usize = 1024;

impl LineIndex {
    fn of(text: &str) -> LineIndex {
        // A line ends at LF, CRLF or a lone CR, as YAML counts them.
        let bytes = text.as_bytes();
        let mut line_starts = vec![0];
        for (i, &b) in bytes.iter().enumerate() {
            if b == b'\n' || (b == b'\r' && bytes.get(i + 1) != Some(&b'\n')) {
                line_starts.push(i + 1);
            }
        }
        // None for ASCII text, where a byte is a character.
        let mut checkpoints = Vec::new();
        if !text.is_ascii() {
            checkpoints.push((0, 0));
            let mut next = CHECKPOINT;
            for (chars, (i, _)) in text.char_indices().enumerate() {
                if i >= next {
                    checkpoints.push((i, chars));
                    next = i + CHECKPOINT;
                }
            }
        }
        LineIndex {
            line_starts,
            checkpoints,
        }
    }
}

impl SourceFile {
    pub fn new(path: impl Into<String>, text: String) -> Self {
        SourceFile {
            path: path.into(),
            text,
            index: OnceLock::new(),
            cut: false,
        }
    }

    fn index(&self) -> &LineIndex {
        self.index
            .get_or_init(|| Box::new(LineIndex::of(&self.text)))
    }

    /// 1-based line and column (in characters) of a byte offset.
    pub fn line_col(&self, offset: usize) -> (usize, usize) {
        let mut offset = offset.min(self.text.len());
        while !self.text.is_char_boundary(offset) {
            offset -= 1;
        }
        let line = self.index().line_starts.partition_point(|&s| s <= offset) - 1;
        let start = self.index().line_starts[line];
        let mut column = self.chars_before(offset) - self.chars_before(start) + 1;
        // A byte order mark is not a column.
        if start == 0 && offset >= 3 && self.text.starts_with('\u{feff}') {
            column -= 1;
        }
        (line + 1, column)
    }

    /// The bytes of the lines from `before` lines above the one holding `span.start` to
    /// `after` lines below the one holding `span.end`, line ends included, and the
    /// 0-based number of the first. Found in the line index, whatever the lines' length.
    pub fn lines_around(
        &self,
        span: Span,
        before: usize,
        after: usize,
    ) -> (std::ops::Range<usize>, usize) {
        let line_of = |o: usize| {
            self.index()
                .line_starts
                .partition_point(|&s| s <= o.min(self.text.len()))
                - 1
        };
        let first = line_of(span.start).saturating_sub(before);
        let last = line_of(span.end.max(span.start)) + after;
        let end = self
            .index()
            .line_starts
            .get(last + 1)
            .copied()
            .unwrap_or(self.text.len());
        (self.index().line_starts[first]..end, first)
    }

    /// How many characters come before the byte `offset` (a character boundary).
    fn chars_before(&self, offset: usize) -> usize {
        let checkpoints = &self.index().checkpoints;
        if checkpoints.is_empty() {
            return offset;
        }
        let i = checkpoints.partition_point(|&(b, _)| b <= offset) - 1;
        let (b, chars) = checkpoints[i];
        chars + self.text[b..offset].chars().count()
    }

    /// Keeps only the first `len` bytes of the text (cut at a character boundary) and
    /// frees the rest.
    pub fn truncate(&mut self, len: usize) {
        let _ = self.settle(len);
    }

    /// Keeps the first `len` bytes of the text (cut at a character boundary) in an
    /// allocation of their size, and hands back the text's old one, emptied, for the next
    /// file to be read into.
    pub fn settle(&mut self, len: usize) -> Vec<u8> {
        let mut len = len.min(self.text.len());
        while !self.text.is_char_boundary(len) {
            len -= 1;
        }
        self.cut |= len < self.text.len();
        let kept = self.text[..len].to_string();
        self.index = OnceLock::new();
        let mut old = std::mem::replace(&mut self.text, kept).into_bytes();
        old.clear();
        old
    }

    /// Whether the text was cut short: a place past its end is not known.
    pub fn is_cut(&self) -> bool {
        self.cut
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

/// Whether a file is Markdown (`.md` in any case); every other document file is YAML.
pub fn is_markdown(path: &str) -> bool {
    path.rsplit_once('.')
        .is_some_and(|(_, ext)| ext.eq_ignore_ascii_case("md"))
}

/// Splits a file by its kind: Markdown front matter, or a YAML file's header.
pub fn split(path: &str, text: &str) -> Split {
    if is_markdown(path) {
        split_markdown(text)
    } else {
        split_yaml(text)
    }
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

/// Byte index of the `\n` (or lone `\r`) ending the line that starts at `from`, if any;
/// for a last line without one, its end.
fn line_end(s: &str, from: usize) -> Option<usize> {
    if from >= s.len() {
        return None;
    }
    let b = s.as_bytes();
    let end = memchr::memchr2_iter(b'\n', b'\r', &b[from..])
        .map(|i| from + i)
        .find(|&i| b[i] == b'\n' || b.get(i + 1) != Some(&b'\n'))
        .unwrap_or(s.len());
    Some(end)
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

    #[test]
    fn lone_cr_ends_a_line() {
        let f = SourceFile::new("a.yaml", "typ: rutin\rid: R\r\ntitel: x\n".to_string());
        assert_eq!(f.line_col(f.text.find("id").unwrap()), (2, 1));
        assert_eq!(f.line_col(f.text.find("titel").unwrap()), (3, 1));
        assert!(matches!(
            split_markdown("---\rtyp: rutin\r---\rText\r"),
            Split::FrontMatter { .. }
        ));
    }

    #[test]
    fn columns_on_a_long_line_with_bom_and_non_ascii() {
        let line = "ä".repeat(5000);
        let f = SourceFile::new("a.md", format!("\u{feff}x{line}y\nå{line}z"));
        assert_eq!(f.line_col(3), (1, 1));
        assert_eq!(f.line_col(f.text.find('y').unwrap()), (1, 5002));
        assert_eq!(f.line_col(f.text.find('z').unwrap()), (2, 5002));
    }
}
