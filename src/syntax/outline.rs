//! The outline of a Markdown body: its headings (level, text, place, whether anything
//! stands below them) and how many list items it has. LSK106 asks it of every routine and
//! checklist.
//!
//! Most bodies are plain: ATX headings (`## Syfte`) and paragraphs and lists of plain
//! text. Those are read line by line ([`quick`]); anything that could read otherwise in
//! CommonMark (code, HTML, block quotes, setext headings, thematic breaks, tabs, deep
//! indentation, markup in a heading, entities, images and links without text, a lone CR,
//! an ordered item that may continue a paragraph) sends the body to pulldown-cmark
//! ([`full`]). In debug builds every quick outline is compared with the full one, so the
//! whole test suite checks it; the unit tests compare them on every body of the tests and
//! examples and on 20,000 generated bodies.

use std::borrow::Cow;

use pulldown_cmark::{Event, HeadingLevel, Parser, Tag, TagEnd};

use crate::text::blocks;

/// A heading of a Markdown body.
#[derive(Debug, Clone, PartialEq, Eq)]
pub struct Heading<'a> {
    pub level: HeadingLevel,
    /// A slice of the body, unless it was put together from parts (markup, entities).
    pub text: Cow<'a, str>,
    /// Byte range in the body.
    pub range: std::ops::Range<usize>,
    /// Whether anything but headings stands below it before the next heading of its level
    /// or above (a subsection's text counts).
    pub has_content: bool,
}

/// The headings and the number of list items of a Markdown body.
pub fn outline(body: &str) -> (Vec<Heading<'_>>, usize) {
    match quick(body) {
        Some(found) => {
            debug_assert_eq!(found, full(body), "quick outline differs for:\n{body}");
            found
        }
        None => full(body),
    }
}

/// Marks the last heading, and every open one above it, as having content.
fn mark_content(headings: &mut [Heading]) {
    let mut below: Option<HeadingLevel> = None;
    for h in headings.iter_mut().rev() {
        if below.is_none_or(|l| h.level < l) {
            h.has_content = true;
            below = Some(h.level);
        }
    }
}

/// The outline as pulldown-cmark reads it.
pub fn full(body: &str) -> (Vec<Heading<'_>>, usize) {
    let mut headings: Vec<Heading> = Vec::new();
    let mut items = 0;
    let mut in_heading = false;
    for (event, range) in Parser::new(body).into_offset_iter() {
        match event {
            Event::Start(Tag::Heading { level, .. }) => {
                in_heading = true;
                headings.push(Heading {
                    level,
                    text: Cow::Owned(String::new()),
                    range,
                    has_content: false,
                });
            }
            Event::End(TagEnd::Heading(_)) => in_heading = false,
            Event::Text(t) | Event::Code(t) if in_heading => {
                if let Some(h) = headings.last_mut() {
                    h.text.to_mut().push_str(&t);
                }
            }
            // A comment (`<!-- ... -->`) is not content.
            Event::Text(t) | Event::Code(t) | Event::Html(t) | Event::InlineHtml(t)
                if !t.trim().is_empty() && !t.trim_start().starts_with("<!--") =>
            {
                // Content: it belongs to the last heading and every open one above it.
                mark_content(&mut headings);
            }
            Event::Start(Tag::Item) => items += 1,
            _ => {}
        }
    }
    for h in &mut headings {
        // Trimmed in place: no second string per heading.
        let text = h.text.to_mut();
        let end = text.trim_end().len();
        text.truncate(end);
        let start = text.len() - text.trim_start().len();
        text.drain(..start);
    }
    (headings, items)
}

/// Characters that may be markup in a heading (emphasis, code, links, escapes, entities,
/// HTML): such a heading's text is left to pulldown-cmark.
fn is_heading_markup(b: u8) -> bool {
    matches!(
        b,
        b'*' | b'_' | b'`' | b'[' | b']' | b'!' | b'\\' | b'&' | b'<' | b'>' | b'~'
    )
}

/// The outline of a plain body, line by line, or `None` when the body may read otherwise.
fn quick(body: &str) -> Option<(Vec<Heading<'_>>, usize)> {
    // Anywhere in the body: HTML or comments, code spans and fences, escapes, entities
    // (`&nbsp;` alone is no text), tabs, NUL (CommonMark reads it as U+FFFD) and other
    // control characters, images, links without text, a CR that ends a line by itself.
    // One pass, 64 bytes at a time (most bodies hold none of them), that also notes where
    // each line ends.
    let bytes = body.as_bytes();
    let mut line_ends = Vec::with_capacity(bytes.len() / 32 + 1);
    // Padded with spaces, which none of the masks below looks for.
    let (whole, last) = blocks::blocks(bytes, b' ');
    for (k, block) in whole.iter().chain(std::iter::once(&last)).enumerate() {
        let special = blocks::in_range(block, 0, b'\t')
            | blocks::any_of(block, [b'<', b'`', b'\\', b'~', b'&']);
        if special != 0 {
            return None;
        }
        let at = |bits: u64| {
            let mut bits = bits;
            std::iter::from_fn(move || {
                let i = bits.trailing_zeros() as usize;
                bits &= bits.wrapping_sub(1);
                (i < blocks::BLOCK).then_some(k * blocks::BLOCK + i)
            })
        };
        // `[` for an image or a link without text, `\r` not before `\n`.
        let reads_otherwise = |i: usize| match bytes[i] {
            b'[' => (i > 0 && bytes[i - 1] == b'!') || bytes.get(i + 1) == Some(&b']'),
            _ => bytes.get(i + 1) != Some(&b'\n'),
        };
        if at(blocks::any_of(block, [b'[', b'\r'])).any(reads_otherwise) {
            return None;
        }
        line_ends.extend(at(blocks::eq(block, b'\n')).map(|i| i + 1));
    }
    let mut start = 0;
    let lines = line_ends
        .into_iter()
        .chain(std::iter::once(bytes.len()))
        .filter_map(|end| {
            // Each line ends after a `\n` (or at the end): a character boundary.
            let line = &body[start..end];
            start = end;
            (!line.is_empty()).then_some(line)
        });
    let mut headings: Vec<Heading> = Vec::new();
    let mut items = 0;
    // What the previous line was: blank, a list item, or other text.
    let mut previous = Line::Blank;
    // The delimiter of the ordered list a paragraph may belong to (`.` or `)`), or `-`
    // for a bullet list: an ordered item that is not the first may continue that list,
    // but cannot interrupt a paragraph of its own.
    let mut list: Option<u8> = None;
    // Whether content has been marked since the last heading: marking again changes
    // nothing, and most lines are content.
    let mut marked = false;
    let mark = |headings: &mut [Heading], marked: &mut bool| {
        if !*marked {
            mark_content(headings);
            *marked = true;
        }
    };
    let mut offset = 0;
    for raw in lines {
        let start = offset;
        offset += raw.len();
        let line = raw.strip_suffix('\n').unwrap_or(raw);
        let line = line.strip_suffix('\r').unwrap_or(line);
        let indent = line.bytes().take_while(|&b| b == b' ').count();
        let content = &line[indent..];
        let Some(&first) = content.as_bytes().first() else {
            previous = Line::Blank;
            continue;
        };
        // Only other white space: a paragraph to CommonMark (asked only when the line
        // does not start with a visible ASCII character).
        if !first.is_ascii_graphic() && content.trim().is_empty() {
            return None;
        }
        if indent >= 4
            || matches!(first, b'-' | b'*' | b'_' | b'=') && is_break_or_underline(content)
        {
            return None; // code, or a setext heading or thematic break
        }
        if first == b'>' {
            return None; // a block quote
        }
        if first == b'[' && content.contains("]:") {
            return None; // a link reference definition
        }
        if first == b'#' {
            let level = content.bytes().take_while(|&b| b == b'#').count();
            let rest = &content[level..];
            if level <= 6 && (rest.is_empty() || rest.starts_with(' ')) {
                if indent > 0 && list.is_some() {
                    return None; // perhaps inside a list item
                }
                let text = heading_text(rest)?;
                headings.push(Heading {
                    level: HeadingLevel::try_from(level).ok()?,
                    text: Cow::Borrowed(text),
                    range: start + indent..offset,
                    has_content: false,
                });
                marked = false;
                previous = Line::Other;
                list = None;
                continue;
            }
        }
        let (delimiter, after) = match list_marker(content) {
            Some(Marker::Bullet(after)) => (b'-', after),
            Some(Marker::Ordered(number, delimiter, after)) => {
                // An ordered item other than the first right after text: an item only as
                // the next of the list that text belongs to.
                if number != 1 && previous == Line::Other && list != Some(delimiter) {
                    return None;
                }
                (delimiter, after)
            }
            None => {
                if previous == Line::Blank && indent > 0 && list.is_some() {
                    return None; // a paragraph of an item, or not
                }
                if previous == Line::Blank && indent == 0 {
                    list = None;
                }
                previous = Line::Other;
                mark(&mut headings, &mut marked);
                continue;
            }
        };
        // An empty item, and a heading or quote inside one, read otherwise.
        if after.trim().is_empty() || matches!(after.trim_start().as_bytes()[0], b'#' | b'>') {
            return None;
        }
        items += 1;
        previous = Line::Item;
        list = Some(delimiter);
        mark(&mut headings, &mut marked);
    }
    Some((headings, items))
}

#[derive(Debug, Clone, Copy, PartialEq, Eq)]
enum Line {
    Blank,
    Item,
    Other,
}

enum Marker<'a> {
    /// `- `, `* ` or `+ `, with what follows.
    Bullet(&'a str),
    /// `1. ` or `1) `, with its number, its delimiter and what follows.
    Ordered(u64, u8, &'a str),
}

/// The list marker a line (without its indentation) starts with, if any.
fn list_marker(content: &str) -> Option<Marker<'_>> {
    let bytes = content.as_bytes();
    if matches!(bytes[0], b'-' | b'*' | b'+') {
        let rest = &content[1..];
        return (rest.is_empty() || rest.starts_with(' ')).then_some(Marker::Bullet(rest));
    }
    let digits = bytes.iter().take_while(|b| b.is_ascii_digit()).count();
    if (1..=9).contains(&digits) && matches!(bytes.get(digits), Some(b'.' | b')')) {
        let rest = &content[digits + 1..];
        if rest.is_empty() || rest.starts_with(' ') {
            let number = content[..digits].parse().ok()?;
            return Some(Marker::Ordered(number, bytes[digits], rest));
        }
    }
    None
}

/// A line of only `-`, `*`, `_` or `=` (and spaces): a thematic break or a setext
/// underline, which change what the lines around them are.
fn is_break_or_underline(content: &str) -> bool {
    let line = content.trim_end();
    let Some(first) = line.chars().next() else {
        return false;
    };
    matches!(first, '-' | '*' | '_' | '=') && line.chars().all(|c| c == first || c == ' ')
}

/// The text of an ATX heading from what follows its `#`s, without a closing sequence, or
/// `None` when it may hold markup.
fn heading_text(rest: &str) -> Option<&str> {
    let text = rest.trim();
    if text.bytes().any(is_heading_markup) {
        return None;
    }
    // A closing sequence: `#`s at the end, after a space (or the whole text).
    let without = text.trim_end_matches('#');
    if without.len() < text.len() && (without.is_empty() || without.ends_with(' ')) {
        return Some(without.trim_end());
    }
    Some(text)
}

#[cfg(test)]
mod tests {
    use super::*;

    /// Bodies the quick outline reads, and bodies it leaves to pulldown-cmark: both give
    /// pulldown-cmark's outline.
    #[test]
    fn quick_and_full_agree() {
        let bodies = [
            "# Rutin\n\n## Syfte\nAtt det blir rätt.\n\n## Ansvar\n\n## Tillvägagångssätt\n1. Ett\n2. Två\n",
            "## Syfte ##\ntext\n### Under\n- [ ] punkt\n- punkt två\n  fortsättning\n",
            "Inledning före rubrik\n## Tom\n## Också tom ###\n",
            "#Ingen rubrik\n####### sju\n##\n",
            "text\n2. inte en punkt\n",
            "## A\n- \n",
            "## Rubrik med *betoning*\n",
            "## Kod\n```\n# inte rubrik\n```\n",
            "Setext\n======\n",
            "## A\n---\n",
            "> ## citat\n",
            "   ## indragen\ntext\n",
            "- ## rubrik i punkt\n",
            "## A\n<!-- kommentar -->\n",
            "[ref]: https://example.org\n## A\n",
            "## A\r\ntext\r\n",
            "1) ett\n2) två\n",
            "1. ett\nfortsättning\n2. två\n",
            "1. ett\nfortsättning\n2) två\n",
            "1. ett\n\ntext\n2. två\n",
            "1. ett\n\n   stycke i punkten\n2. två\n",
            "- ett\n  ## rubrik i punkten\n",
            "- ett\nfortsättning\n3. tre\n",
            "## A\n\u{a0}\n",
            "## A\n   \ntext\n",
            "## A\nSe ![bild](x.png)\n",
            "## A\rtext\r## B\r",
            "## A\0\ntext\n",
            "## A\n&nbsp;\n",
            "## A\n[](x)\n- [][ref]\n",
        ];
        for body in bodies {
            let full = full(body);
            if let Some(quick) = quick(body) {
                assert_eq!(quick, full, "{body}");
            }
            assert_eq!(outline(body), full, "{body}");
        }
        // The plain ones are read quickly.
        assert!(quick(bodies[0]).is_some());
        assert!(quick(bodies[1]).is_some());
        assert!(quick(bodies[2]).is_some());
    }

    /// Bodies made of lines that are plain, tricky or both, in every order (a fixed
    /// pseudo-random sequence): wherever the quick outline reads one, it is pulldown-cmark's.
    #[test]
    fn agrees_with_pulldown_on_generated_bodies() {
        const LINES: &[&str] = &[
            "## Syfte",
            "# Rutin",
            "### Tillvägagångssätt",
            "## Syfte ##",
            "## C# #",
            "##",
            "#ingen",
            "####### sju",
            "   ## indragen",
            "text",
            "Å ä ö och mer text",
            "",
            "   ",
            "- punkt",
            "* punkt",
            "+ punkt",
            "-",
            "1.",
            "1. ett",
            "2. två",
            "3) tre",
            "10. tio",
            "  - under",
            "   fortsättning",
            "    kod",
            "---",
            "***",
            "===",
            "- - -",
            "> citat",
            "[a]: /x",
            "&nbsp;",
            "`kod`",
            "<!-- k -->",
            "\t- tab",
            "text *betonad*",
            "\u{a0}",
            "-- två streck",
            "1.5 timmar",
            "- [ ] att göra",
            "[länk](x)",
            "[](x)",
        ];
        let mut seed: u64 = 0x5eed;
        let mut next = |n: usize| {
            seed = seed
                .wrapping_mul(6364136223846793005)
                .wrapping_add(1442695040888963407);
            (seed >> 33) as usize % n
        };
        let mut quickly = 0;
        for case in 0..20_000 {
            let ending = if case % 7 == 0 { "\r\n" } else { "\n" };
            let lines = 1 + next(10);
            let body: String = (0..lines)
                .map(|_| format!("{}{ending}", LINES[next(LINES.len())]))
                .collect();
            if let Some(found) = quick(&body) {
                quickly += 1;
                assert_eq!(found, full(&body), "{body:?}");
            }
        }
        assert!(quickly > 1_000, "only {quickly} read quickly");
    }

    /// Every Markdown body in the tests and examples (or, with
    /// `LSK_OUTLINE_CHECK_DIR=<folder> cargo test --release --lib outline`, in a folder such
    /// as a generated bench repository): the quick outline, where it reads one, is
    /// pulldown-cmark's.
    #[test]
    fn agrees_with_pulldown_on_every_body() {
        let root = std::path::Path::new(env!("CARGO_MANIFEST_DIR"));
        let dirs: Vec<std::path::PathBuf> = match std::env::var("LSK_OUTLINE_CHECK_DIR") {
            Ok(dir) => vec![dir.into()],
            Err(_) => ["tests", "examples"].iter().map(|d| root.join(d)).collect(),
        };
        let (mut bodies, mut quickly) = (0, 0);
        for (name, text) in crate::syntax::files_below(dirs, &[".md"]) {
            let body = match crate::syntax::source::split(&name, &text) {
                crate::syntax::Split::FrontMatter { body, .. } => &text[body.start..body.end],
                _ => &text[..],
            };
            bodies += 1;
            if let Some(found) = quick(body) {
                quickly += 1;
                assert_eq!(found, full(body), "{name}");
            }
        }
        println!("the quick outline read {quickly} of {bodies} bodies");
        assert!(bodies > 50 && quickly > bodies / 4, "{quickly} of {bodies}");
    }
}
