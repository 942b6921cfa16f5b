//! Escaping text from the documents for each output language, written once. A title may
//! hold anything (`<script>`, quotes, `;`, `#`, `=cmd`): each format gets it as text.

/// A control character (not a tab or line break) or a direction mark: never written
/// as is into markup.
fn is_hazard(c: char) -> bool {
    (c.is_control() && c != '\n' && c != '\t')
        || matches!(
            c,
            '\u{200e}' | '\u{200f}' | '\u{061c}' | '\u{202a}'..='\u{202e}' | '\u{2066}'..='\u{2069}'
        )
}

/// Text for XML and HTML, in element content and in attribute values alike: `&`, `<`,
/// `>`, `"` and `'` as references; a control character (which XML does not allow) or a
/// direction mark as U+FFFD.
pub fn xml(text: &str) -> String {
    let mut out = String::with_capacity(text.len());
    for c in text.chars() {
        match c {
            '&' => out.push_str("&amp;"),
            '<' => out.push_str("&lt;"),
            '>' => out.push_str("&gt;"),
            '"' => out.push_str("&quot;"),
            '\'' => out.push_str("&#39;"),
            c if is_hazard(c) => out.push('\u{fffd}'),
            c => out.push(c),
        }
    }
    out
}

/// Whether a spreadsheet would take a cell as a formula: it begins with `=`, `+`, `-`,
/// `@`, or a tab or carriage return before one.
fn looks_like_formula(s: &str) -> bool {
    s.starts_with(['=', '+', '-', '@', '\t', '\r'])
}

/// One CSV field (RFC 4180): quoted when it holds a comma, a quote or a line break. A
/// field a spreadsheet would run as a formula (`=cmd`, `+1`, `-1`, `@SUM`) gets a leading
/// apostrophe, so that it is shown as text.
pub fn csv_field(s: &str) -> String {
    let s: String = s
        .chars()
        .map(|c| if is_hazard(c) { '\u{fffd}' } else { c })
        .collect();
    let s = if looks_like_formula(&s) {
        format!("'{s}")
    } else {
        s
    };
    if s.contains([',', '"', '\n', '\r']) {
        format!("\"{}\"", s.replace('"', "\"\""))
    } else {
        s
    }
}

/// Text for Markdown prose: nothing in it opens HTML, a link, emphasis or code.
pub fn markdown(s: &str) -> String {
    let mut out = String::with_capacity(s.len());
    for c in s.chars() {
        match c {
            '<' => out.push_str("&lt;"),
            '>' => out.push_str("&gt;"),
            '&' => out.push_str("&amp;"),
            '\\' | '`' | '*' | '_' | '[' | ']' | '|' | '#' => {
                out.push('\\');
                out.push(c);
            }
            '\n' | '\r' => out.push(' '),
            c if is_hazard(c) => out.push('\u{fffd}'),
            c => out.push(c),
        }
    }
    out
}

#[cfg(test)]
mod tests {
    use super::*;

    #[test]
    fn hostile_text_stays_text() {
        assert_eq!(
            xml("<script>alert(\"x\")</script> & 'y'"),
            "&lt;script&gt;alert(&quot;x&quot;)&lt;/script&gt; &amp; &#39;y&#39;"
        );
        assert_eq!(xml("a\u{1b}b\u{202e}"), "a\u{fffd}b\u{fffd}");
        assert_eq!(csv_field("=cmd|' /C calc'!A0"), "'=cmd|' /C calc'!A0");
        assert_eq!(csv_field("-1"), "'-1");
        assert_eq!(csv_field("@SUM(A1)"), "'@SUM(A1)");
        assert_eq!(csv_field("+46"), "'+46");
        assert_eq!(csv_field("a, \"b\""), "\"a, \"\"b\"\"\"");
        assert_eq!(csv_field("=a,b"), "\"'=a,b\"");
        assert_eq!(csv_field("P-SÄBO"), "P-SÄBO");
        assert_eq!(
            markdown("<b>*x*</b> | #1 [a](b)"),
            "&lt;b&gt;\\*x\\*&lt;/b&gt; \\| \\#1 \\[a\\](b)"
        );
    }
}
