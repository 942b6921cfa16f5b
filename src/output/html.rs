//! What every HTML output shares: escaping text, and the coordinator's Markdown as safe
//! HTML (raw HTML in it is escaped, images become links, so nothing is fetched).

use comrak::nodes::NodeValue;
use comrak::{Arena, Options, format_html, parse_document};

/// Escapes text for HTML element content and attribute values (also SVG text).
pub fn esc(text: &str) -> String {
    super::escape::xml(text)
}

/// The WCAG contrast ratio of two colours `#rrggbb` (1 to 21).
pub fn contrast(a: &str, b: &str) -> f64 {
    let luminance = |hex: &str| {
        let channel = |i: usize| {
            let v = f64::from(u8::from_str_radix(&hex[i..i + 2], 16).unwrap_or(0)) / 255.0;
            if v <= 0.03928 {
                v / 12.92
            } else {
                ((v + 0.055) / 1.055).powf(2.4)
            }
        };
        0.2126 * channel(1) + 0.7152 * channel(3) + 0.0722 * channel(5)
    };
    let (x, y) = (luminance(a), luminance(b));
    (x.max(y) + 0.05) / (x.min(y) + 0.05)
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
