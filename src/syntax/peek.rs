//! A tolerant look at a header's lines, for text that is not (or no longer) parsed: a
//! file that failed to load, or an old version of a document in the git history.

/// The value of the first top-level `key:` line in `text`: quotes and a trailing
/// comment removed, `None` when absent or empty. Indented lines (nested keys) and the
/// Markdown body after the front matter are not looked at.
pub fn peek<'a>(text: &'a str, key: &str) -> Option<&'a str> {
    let mut lines = text.lines();
    let mut in_front_matter = false;
    if text.starts_with("---") {
        lines.next();
        in_front_matter = true;
    }
    for line in lines {
        if in_front_matter && line.trim_end() == "---" {
            return None;
        }
        let Some(rest) = line.strip_prefix(key) else {
            continue;
        };
        let Some(rest) = rest.trim_start().strip_prefix(':') else {
            continue;
        };
        let value = rest.split(" #").next().unwrap_or_default().trim();
        let value = value.trim_matches(['"', '\'']);
        return (!value.is_empty()).then_some(value);
    }
    None
}

#[cfg(test)]
mod tests {
    use super::peek;

    #[test]
    fn reads_top_level_values_only() {
        let text = "---\ntyp: rutin  # kommentar\nid: \"RUT-1\"\n  status: x\n---\nstatus: body\n";
        assert_eq!(peek(text, "typ"), Some("rutin"));
        assert_eq!(peek(text, "id"), Some("RUT-1"));
        assert_eq!(peek(text, "status"), None);
        assert_eq!(peek("typa: x\ntyp:\n", "typ"), None);
    }
}
