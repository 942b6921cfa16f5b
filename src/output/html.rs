//! What every HTML output shares: escaping text, and the coordinator's Markdown as safe
//! HTML (raw HTML in it is escaped, images become links, so nothing is fetched).

use comrak::nodes::NodeValue;
use comrak::{Arena, Options, format_html, parse_document};

/// Escapes text for HTML element content and attribute values (also SVG text).
pub fn esc(text: &str) -> String {
    let mut out = String::with_capacity(text.len());
    for c in text.chars() {
        match c {
            '&' => out.push_str("&amp;"),
            '<' => out.push_str("&lt;"),
            '>' => out.push_str("&gt;"),
            '"' => out.push_str("&quot;"),
            '\'' => out.push_str("&#39;"),
            _ => out.push(c),
        }
    }
    out
}

/// Markdown as HTML, its headings moved down `shift` levels (so that a document's `#`
/// stands under the page's own heading). Raw HTML is not passed through.
pub fn markdown(markdown: &str, shift: u8) -> String {
    let mut options = Options::default();
    options.extension.strikethrough = true;
    options.extension.table = true;
    options.extension.autolink = true;
    options.render.r#unsafe = false;

    let arena = Arena::new();
    let root = parse_document(&arena, markdown, &options);
    for node in root.descendants() {
        let mut data = node.data_mut();
        match &mut data.value {
            NodeValue::Heading(heading) => heading.level = (heading.level + shift).min(6),
            NodeValue::Image(link) => {
                let link = link.clone();
                data.value = NodeValue::Link(link);
            }
            _ => {}
        }
    }
    let mut html = String::new();
    if format_html(root, &options, &mut html).is_err() {
        return format!("<p>{}</p>\n", esc(markdown));
    }
    html
}
