//! Text helpers every layer shares, each written once: "did you mean", folding å/ä/ö to
//! ASCII, writing a YAML scalar, and scanning bytes 64 at a time ([`blocks`]).

pub mod blocks;

/// Names longer than this get no suggestion: comparing them costs more than it helps,
/// and nobody mistypes a 100-character id by one letter.
const SUGGEST_MAX_CHARS: usize = 100;

/// Whether two texts are the same but for case (`str::to_lowercase` on both), without
/// allocating.
pub fn eq_ignoring_case(a: &str, b: &str) -> bool {
    // Two ASCII texts: ASCII case is all there is to fold (and it is much quicker).
    if a.is_ascii() && b.is_ascii() {
        return a.eq_ignore_ascii_case(b);
    }
    a.chars()
        .flat_map(char::to_lowercase)
        .eq(b.chars().flat_map(char::to_lowercase))
}

/// What starts every directive to `lsk` in a comment.
pub const DIRECTIVE: &str = "lsk:";

/// Whether `text` holds `lsk:`, which starts every directive to `lsk` in a comment
/// (`# lsk: ignorera LSK105 – …`): a file without it is not read line by line for them,
/// and a lean load may cut it short. A vectorised search, built once.
pub fn may_hold_directive(text: &str) -> bool {
    static FINDER: std::sync::LazyLock<memchr::memmem::Finder<'static>> =
        std::sync::LazyLock::new(|| memchr::memmem::Finder::new(DIRECTIVE.as_bytes()));
    FINDER.find(text.as_bytes()).is_some()
}

/// The candidate most like `name`, if one is close enough to be a likely typo.
///
/// Case-insensitive: a candidate equal to `name` but for case is always the answer. Else
/// the candidate with the fewest edits wins, and only when the edits are few for the
/// length (at most one in four characters): a far-off name gets no suggestion, since
/// accepting a wrong one (another role, another routine) is worse than none. A candidate
/// that differs from `name` only in its digits (`Å-7` for `Å-1`) is another thing, not
/// what was meant, and is never suggested.
pub fn suggest<'c>(name: &str, candidates: impl IntoIterator<Item = &'c str>) -> Option<&'c str> {
    if name.chars().count() > SUGGEST_MAX_CHARS {
        return None;
    }
    let name_l = name.to_lowercase();
    let letters = |s: &str| {
        s.chars()
            .filter(|c| !c.is_ascii_digit())
            .collect::<String>()
    };
    let mut best: Option<(usize, &str)> = None;
    for c in candidates {
        if c.chars().count() > SUGGEST_MAX_CHARS {
            continue;
        }
        let c_l = c.to_lowercase();
        if c_l == name_l {
            return Some(c);
        }
        if letters(&c_l) == letters(&name_l) {
            continue;
        }
        let edits = strsim::levenshtein(&name_l, &c_l);
        let longest = name_l.chars().count().max(c_l.chars().count());
        if edits * 4 > longest.max(4) {
            continue;
        }
        if best.is_none_or(|(e, b)| edits < e || (edits == e && c < b)) {
            best = Some((edits, c));
        }
    }
    best.map(|(_, c)| c)
}

/// Swedish letters folded to ASCII, lower case: `Ansvarsfördelning` → `ansvarsfordelning`.
/// For matching what users type without å, ä, ö and for file names.
pub fn fold(s: &str) -> String {
    s.chars()
        .flat_map(char::to_lowercase)
        .map(|c| match c {
            'å' | 'ä' | 'á' | 'à' => 'a',
            'ö' | 'ø' => 'o',
            'é' | 'è' | 'ë' => 'e',
            'ü' => 'u',
            c => c,
        })
        .collect()
}

/// A YAML scalar for arbitrary text: plain when that reads back as the same string,
/// double-quoted (with `\` and `"` escaped) otherwise.
pub fn yaml_scalar(s: &str) -> String {
    if is_plain_safe(s) {
        s.to_string()
    } else {
        yaml_quoted(s, '"')
    }
}

/// `s` quoted in the given style (`"` or `'`), escaped as that style requires.
pub fn yaml_quoted(s: &str, quote: char) -> String {
    if quote == '\'' {
        format!("'{}'", s.replace('\'', "''"))
    } else {
        let mut out = String::with_capacity(s.len() + 2);
        out.push('"');
        for c in s.chars() {
            match c {
                '\\' => out.push_str("\\\\"),
                '"' => out.push_str("\\\""),
                '\n' => out.push_str("\\n"),
                '\t' => out.push_str("\\t"),
                c if c.is_control() => out.push_str(&format!("\\u{:04x}", c as u32)),
                c => out.push(c),
            }
        }
        out.push('"');
        out
    }
}

/// Whether `s` can be written as a plain scalar and read back as the same string.
fn is_plain_safe(s: &str) -> bool {
    const INDICATORS: &[char] = &[
        '-', '?', ':', ',', '[', ']', '{', '}', '#', '&', '*', '!', '|', '>', '\'', '"', '%', '@',
        '`',
    ];
    let reserved = matches!(
        s.to_ascii_lowercase().as_str(),
        "" | "~" | "null" | "true" | "false" | "yes" | "no" | "on" | "off"
    );
    !reserved
        && !s.starts_with(INDICATORS)
        && !s.starts_with(char::is_whitespace)
        && !s.ends_with(char::is_whitespace)
        && !s.contains(": ")
        && !s.contains(" #")
        && !s.ends_with(':')
        && !s.chars().any(|c| c.is_control() || c == '\\' || c == '"')
        && s.parse::<f64>().is_err()
        && !s.starts_with(".inf")
        && !s.starts_with(".nan")
        && !s.starts_with(".NaN")
        && !s.starts_with("0x")
        && !s.starts_with("0o")
}

#[cfg(test)]
mod tests {
    use super::*;

    #[test]
    fn suggests_case_insensitively_and_not_between_numbers() {
        let c = ["RUT-KLAGOMÅL", "P-KLAGOMÅL", "Å-1"];
        assert_eq!(suggest("rut-klagomål", c), Some("RUT-KLAGOMÅL"));
        assert_eq!(suggest("Å-7", c), None);
        assert_eq!(suggest(&"X".repeat(200_000), c), None);
        let roles = ["förvaltningschef", "enhetschef", "mas"];
        assert_eq!(suggest("avdelningschef", roles), None);
        assert_eq!(suggest("enhetchef", roles), Some("enhetschef"));
        assert_eq!(
            suggest("Tillvägagångsätt", ["Tillvägagångssätt", "Syfte"]),
            Some("Tillvägagångssätt")
        );
    }

    #[test]
    fn folds_swedish_letters() {
        assert_eq!(fold("Ansvarsfördelning"), "ansvarsfordelning");
        assert_eq!(fold("BERÄTTELSEUNDERLAG"), "berattelseunderlag");
    }
}

/// Whether a character could change what a terminal shows or how text reads when printed
/// raw: control characters (an escape sequence clears the screen) and the invisible
/// direction marks and overrides (text shown in another order than it is written).
fn is_hazard(c: char) -> bool {
    (c.is_control() && c != '\n' && c != '\t')
        || matches!(
            c,
            '\u{200e}' | '\u{200f}' | '\u{061c}' | '\u{202a}'..='\u{202e}' | '\u{2066}'..='\u{2069}'
        )
}

/// `s` with every control character and direction mark written as an escape (`\u001b`),
/// for human output. The escape is JSON's, so that it is also right inside a JSON string
/// (where JSON itself would have let a direction mark through). A CR is left alone.
pub fn escape_controls(s: &str) -> std::borrow::Cow<'_, str> {
    if !s.chars().any(|c| is_hazard(c) && c != '\r') {
        return std::borrow::Cow::Borrowed(s);
    }
    let mut out = String::with_capacity(s.len() + 8);
    for c in s.chars() {
        if is_hazard(c) && c != '\r' {
            out.push_str(&format!("\\u{:04x}", c as u32));
        } else {
            out.push(c);
        }
    }
    std::borrow::Cow::Owned(out)
}

/// `s` with each control character and direction mark replaced by a visible character of
/// the same length in bytes (`?`, `¿` or `�`), so that byte offsets into it still hold; a
/// lone CR becomes a line break. For code frames.
pub fn neutralize_controls(s: &str) -> std::borrow::Cow<'_, str> {
    if !s.chars().any(is_hazard) {
        return std::borrow::Cow::Borrowed(s);
    }
    let mut out = String::with_capacity(s.len());
    let mut chars = s.chars().peekable();
    while let Some(c) = chars.next() {
        if c == '\r' {
            out.push(if chars.peek() == Some(&'\n') {
                '\r'
            } else {
                '\n'
            });
        } else if is_hazard(c) {
            out.push(match c.len_utf8() {
                1 => '?',
                2 => '\u{bf}',
                _ => '\u{fffd}',
            });
        } else {
            out.push(c);
        }
    }
    std::borrow::Cow::Owned(out)
}

#[cfg(test)]
mod control_tests {
    use super::*;

    #[test]
    fn controls_are_escaped_or_neutralized_in_place() {
        assert_eq!(escape_controls("a\u{1b}[2Jb\n"), "a\\u001b[2Jb\n");
        assert_eq!(escape_controls("x\u{202e}y"), "x\\u202ey");
        let s = "a\u{1b}b\u{85}c\u{202e}d\re";
        let n = neutralize_controls(s);
        assert_eq!(n.len(), s.len());
        assert_eq!(n, "a?b\u{bf}c\u{fffd}d\ne");
    }
}

/// A key that sorts text in Swedish order: case-insensitive, å, ä, ö after z (in that
/// order), é as e, ü as y, digits before letters; ties broken by the text itself.
pub fn swedish_key(s: &str) -> (Vec<u32>, String) {
    let key = s
        .chars()
        .flat_map(char::to_lowercase)
        .map(|c| match c {
            'å' => u32::from('z') + 1,
            'ä' | 'æ' => u32::from('z') + 2,
            'ö' | 'ø' => u32::from('z') + 3,
            'é' | 'è' | 'ê' | 'ë' => u32::from('e'),
            'á' | 'à' | 'â' => u32::from('a'),
            'ü' => u32::from('y'),
            c => u32::from(c),
        })
        .collect();
    (key, s.to_string())
}

#[cfg(test)]
mod swedish_order {
    #[test]
    fn a_a_o_come_after_z() {
        let mut words = vec![
            "Ödeshög",
            "Ale",
            "Åre",
            "zon",
            "Älvdalen",
            "Eskilstuna",
            "Örebro",
        ];
        words.sort_by_key(|w| super::swedish_key(w));
        assert_eq!(
            words,
            [
                "Ale",
                "Eskilstuna",
                "zon",
                "Åre",
                "Älvdalen",
                "Ödeshög",
                "Örebro"
            ]
        );
    }
}
