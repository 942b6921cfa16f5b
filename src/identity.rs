//! Personnummer and samordningsnummer: finding them in any text, and masking them.
//!
//! One finder serves both the rule that reports a number in a document (LSK401) and the
//! masking of everything `lsk` prints, so whatever the rule would catch never leaves `lsk`
//! in full (masking may hide a little more: see [`mask`]).
//!
//! A number is 10 or 12 digits (ASCII or full-width) with a valid Luhn check digit and a
//! real birth date (day + 60 for a samordningsnummer), written without a separator or with
//! one of `-`, `+`, a space, a no-break space, a hyphen, a non-breaking hyphen, an en or
//! em dash or a minus sign before the last four digits. Digits that belong to a long
//! hexadecimal string (a checksum, a commit id) are not a number.

use std::borrow::Cow;
use std::io::Write;
use std::ops::Range;

#[derive(Debug, Clone, Copy, PartialEq, Eq)]
pub enum NumberKind {
    Personnummer,
    Samordningsnummer,
}

/// One number found: its byte range, its kind, and where its last four digits begin.
#[derive(Debug, Clone, PartialEq, Eq)]
pub struct Found {
    pub range: Range<usize>,
    pub kind: NumberKind,
    /// 10 or 12.
    pub digits: usize,
    /// Byte offset of the first of the last four digits (the part that is masked).
    last_four: usize,
}

/// Separators accepted between the birth date and the last four digits.
const SEPARATORS: &[char] = &[
    '-', '+', ' ', '\u{a0}', '\u{202f}', '\u{2009}', '\u{2010}', '\u{2011}', '\u{2012}',
    '\u{2013}', '\u{2014}', '\u{2212}', '\u{fe63}', '\u{ff0b}', '\u{ff0d}',
];

/// A run of hexadecimal characters at least this long is a checksum, not text.
const HEX_RUN: usize = 32;

/// The value of an ASCII or full-width digit.
fn digit(c: char) -> Option<u8> {
    match c {
        '0'..='9' => Some(c as u8 - b'0'),
        '\u{ff10}'..='\u{ff19}' => Some((c as u32 - 0xff10) as u8),
        _ => None,
    }
}

/// Whether `text` may hold a number at all: a run of at least six ASCII digits, or a
/// full-width character (`U+FF10`–`U+FF19` are digits). Most texts have neither, and are
/// not scanned character by character. Every file's whole text passes through here.
fn may_hold_a_number(text: &str) -> bool {
    use crate::text::blocks::{self, BLOCK};
    let (whole, last) = blocks::blocks(text.as_bytes(), 0);
    // The digits among the last five bytes of the block before, as bits 0–4.
    let mut carried = 0u64;
    for block in whole.iter().chain(std::iter::once(&last)) {
        if blocks::eq(block, 0xef) != 0 {
            return true; // 0xEF leads U+F000–U+FFFF, full-width digits among them
        }
        let digits = blocks::in_range(block, b'0', b'9');
        if digits == 0 {
            carried = 0;
            continue;
        }
        // Bit i + 5 is byte i of this block; six set bits in a row are six digits.
        let run = (u128::from(digits) << 5) | u128::from(carried);
        if run & (run >> 1) & (run >> 2) & (run >> 3) & (run >> 4) & (run >> 5) != 0 {
            return true;
        }
        carried = digits >> (BLOCK - 5);
    }
    false
}

/// Every valid personnummer or samordningsnummer in `text`.
pub fn find(text: &str) -> Vec<Found> {
    if !may_hold_a_number(text) {
        return Vec::new();
    }
    let chars: Vec<(usize, char)> = text.char_indices().collect();
    let at = |i: usize| chars.get(i).map(|&(_, c)| c);
    let offset = |i: usize| chars.get(i).map_or(text.len(), |&(o, _)| o);
    let run_end = |from: usize| {
        let mut j = from;
        while at(j).and_then(digit).is_some() {
            j += 1;
        }
        j
    };
    let mut out = Vec::new();
    let mut i = 0;
    while i < chars.len() {
        if digit(chars[i].1).is_none() {
            i += 1;
            continue;
        }
        let head_end = run_end(i);
        let head = head_end - i;
        let mut end = head_end;
        let mut last_four = None;
        if head == 10 || head == 12 {
            last_four = Some(head_end - 4);
        } else if (head == 6 || head == 8)
            && at(head_end).is_some_and(|c| SEPARATORS.contains(&c))
            && run_end(head_end + 1) == head_end + 5
        {
            end = head_end + 5;
            last_four = Some(head_end + 1);
        }
        if let Some(last_four) = last_four {
            let digits: Vec<u8> = (i..end).filter_map(|k| at(k).and_then(digit)).collect();
            let (start_b, end_b) = (offset(i), offset(end));
            if let Some(kind) = classify(&digits)
                && !in_hex_run(text, start_b, end_b)
            {
                out.push(Found {
                    range: start_b..end_b,
                    kind,
                    digits: digits.len(),
                    last_four: offset(last_four),
                });
            }
        }
        i = head_end;
    }
    out
}

/// Whether `text[start..end]` lies inside a run of at least [`HEX_RUN`] hex characters.
fn in_hex_run(text: &str, start: usize, end: usize) -> bool {
    let b = text.as_bytes();
    if !b[start..end].iter().all(u8::is_ascii_hexdigit) {
        return false;
    }
    let before = b[..start]
        .iter()
        .rev()
        .take_while(|c| c.is_ascii_hexdigit())
        .take(HEX_RUN)
        .count();
    let after = b[end..]
        .iter()
        .take_while(|c| c.is_ascii_hexdigit())
        .take(HEX_RUN)
        .count();
    before + (end - start) + after >= HEX_RUN
}

/// `text` with the last four digits of every number replaced by `*`: `19121212-****`.
///
/// Masking can itself reveal a number: digits that were part of a long hexadecimal run
/// (and so not a number) stand alone once a neighbour is masked. So it masks again until
/// nothing is found; every round masks at least four digits, so it ends.
pub fn mask(text: &str) -> Cow<'_, str> {
    let mut found = find(text);
    if found.is_empty() {
        return Cow::Borrowed(text);
    }
    let mut current = text.to_string();
    while !found.is_empty() {
        current = mask_found(&current, &found);
        found = find(&current);
    }
    Cow::Owned(current)
}

fn mask_found(text: &str, found: &[Found]) -> String {
    let mut out = String::with_capacity(text.len());
    let mut pos = 0;
    for f in found {
        out.push_str(&text[pos..f.last_four]);
        for c in text[f.last_four..f.range.end].chars() {
            out.push(if digit(c).is_some() { '*' } else { c });
        }
        pos = f.range.end;
    }
    out.push_str(&text[pos..]);
    out
}

/// Whether the digits form a valid number, and which kind.
fn classify(d: &[u8]) -> Option<NumberKind> {
    let (centuries, ten): (&[u16], &[u8]) = match d.len() {
        12 => (&[0], &d[2..]),
        10 => (&[1900, 2000, 1800], d),
        _ => return None,
    };
    if !luhn(ten) {
        return None;
    }
    let yy = u16::from(ten[0] * 10 + ten[1]);
    let month = ten[2] * 10 + ten[3];
    let day = ten[4] * 10 + ten[5];
    let (day, kind) = if day > 60 {
        (day - 60, NumberKind::Samordningsnummer)
    } else {
        (day, NumberKind::Personnummer)
    };
    let years: Vec<u16> = if d.len() == 12 {
        let century = u16::from(d[0] * 10 + d[1]);
        if !(18..=20).contains(&century) {
            return None;
        }
        vec![century * 100 + yy]
    } else {
        centuries.iter().map(|c| c + yy).collect()
    };
    let real = years
        .iter()
        .any(|&y| (1..=12).contains(&month) && day >= 1 && day <= days_in_month(y, month));
    real.then_some(kind)
}

fn days_in_month(year: u16, month: u8) -> u8 {
    match month {
        2 if year.is_multiple_of(4) && (!year.is_multiple_of(100) || year.is_multiple_of(400)) => {
            29
        }
        2 => 28,
        4 | 6 | 9 | 11 => 30,
        _ => 31,
    }
}

fn luhn(ten: &[u8]) -> bool {
    let sum: u32 = ten
        .iter()
        .enumerate()
        .map(|(i, &n)| {
            let v = u32::from(if i % 2 == 0 { n * 2 } else { n });
            v / 10 + v % 10
        })
        .sum();
    sum.is_multiple_of(10)
}

/// A writer that masks every number before it reaches `inner`. It holds back the text
/// after the last line break (a number never spans lines), so a number split across two
/// writes is still masked; [`Write::flush`] releases the rest.
pub struct Masking<W: Write> {
    inner: W,
    pending: Vec<u8>,
}

impl<W: Write> Masking<W> {
    pub fn new(inner: W) -> Self {
        Masking {
            inner,
            pending: Vec::new(),
        }
    }

    fn emit(&mut self, upto: usize) -> std::io::Result<()> {
        let chunk: Vec<u8> = self.pending.drain(..upto).collect();
        match std::str::from_utf8(&chunk) {
            Ok(text) => self.inner.write_all(mask(text).as_bytes()),
            // Not text: masked as far as it is, the rest passed through as is.
            Err(_) => self
                .inner
                .write_all(mask(&String::from_utf8_lossy(&chunk)).as_bytes()),
        }
    }

    /// Flushes and returns the inner writer.
    pub fn into_inner(mut self) -> std::io::Result<W> {
        self.flush()?;
        Ok(self.inner)
    }
}

impl<W: Write> Write for Masking<W> {
    fn write(&mut self, buf: &[u8]) -> std::io::Result<usize> {
        self.pending.extend_from_slice(buf);
        if let Some(last) = self.pending.iter().rposition(|&b| b == b'\n') {
            self.emit(last + 1)?;
        }
        Ok(buf.len())
    }

    fn flush(&mut self) -> std::io::Result<()> {
        if !self.pending.is_empty() {
            self.emit(self.pending.len())?;
        }
        self.inner.flush()
    }
}

#[cfg(test)]
mod tests {
    use super::*;

    /// The block-wise pre-scan says what a plain scan says, also for runs that cross a
    /// block's edge or end the text.
    #[test]
    fn the_prescan_agrees_with_a_plain_scan() {
        let plain = |t: &str| {
            let mut run = 0;
            t.bytes().any(|b| {
                run = if b.is_ascii_digit() { run + 1 } else { 0 };
                run >= 6 || b == 0xef
            })
        };
        for len in 0..140 {
            for at in 0..len {
                for digits in [5, 6, 7] {
                    let mut t: Vec<u8> = vec![b'a'; len];
                    t[at..(at + digits).min(len)].fill(b'1');
                    let t = String::from_utf8(t).unwrap();
                    assert_eq!(may_hold_a_number(&t), plain(&t), "{t}");
                }
            }
        }
        for at in 0..140 {
            assert!(may_hold_a_number(&format!("{}\u{ff11}", "x".repeat(at))));
        }
    }

    fn found(text: &str) -> Vec<&str> {
        find(text).into_iter().map(|f| &text[f.range]).collect()
    }

    #[test]
    fn finds_valid_numbers_in_all_forms() {
        // Skatteverket's published test numbers.
        assert_eq!(found("pnr 19121212-1212."), vec!["19121212-1212"]);
        assert_eq!(found("pnr 191212121212"), vec!["191212121212"]);
        assert_eq!(found("pnr 121212-1212 x"), vec!["121212-1212"]);
        assert_eq!(found("pnr 1212121212"), vec!["1212121212"]);
        assert_eq!(found("pnr 121212+1212"), vec!["121212+1212"]);
        assert_eq!(found("id: \"121212-1212\""), vec!["121212-1212"]);
        assert_eq!(found("R121212-1212"), vec!["121212-1212"]);
    }

    #[test]
    fn every_common_separator() {
        for sep in [
            " ", "\u{a0}", "\u{2011}", "\u{2013}", "\u{2010}", "\u{2212}", "\u{202f}",
        ] {
            let text = format!("x 19121212{sep}1212 y");
            assert_eq!(found(&text).len(), 1, "separator {sep:?}");
            assert_eq!(mask(&text), format!("x 19121212{sep}**** y"));
        }
    }

    #[test]
    fn full_width_digits() {
        let text = "nr １９１２１２１２－１２１２.";
        assert_eq!(found(text).len(), 1);
        assert!(!mask(text).contains('１') || mask(text).contains("１９１２１２１２"));
        assert!(mask(text).ends_with("－****."));
    }

    #[test]
    fn samordningsnummer() {
        let v = find("nr 191212721219");
        assert_eq!(v.len(), 1, "{v:?}");
        assert_eq!(v[0].kind, NumberKind::Samordningsnummer);
    }

    #[test]
    fn ignores_invalid_numbers() {
        assert!(found("19121212-1213").is_empty(), "bad check digit");
        assert!(found("19121312-1212").is_empty(), "month 13");
        assert!(found("SFS 2017:30, tel 08-123 456 78, dnr 2026/1234").is_empty());
        assert!(found("2026-01-15").is_empty());
        assert!(found("12345678901234").is_empty(), "too long");
        assert!(
            found("212000-1142").is_empty(),
            "organisationsnummer, month 20"
        );
    }

    #[test]
    fn not_inside_a_checksum() {
        let sum = "sha256:ab191212121212cdef0123456789abcdef0123456789abcdef0123456789";
        assert!(found(sum).is_empty());
        assert_eq!(found("ab191212121212cd"), vec!["191212121212"]);
    }

    #[test]
    fn masks_across_writes() {
        let mut w = Masking::new(Vec::new());
        w.write_all(b"a 1912121").unwrap();
        w.write_all(b"2-1212 b\nc 121212-1212").unwrap();
        let out = String::from_utf8(w.into_inner().unwrap()).unwrap();
        assert_eq!(out, "a 19121212-**** b\nc 121212-****");
    }
}

#[cfg(test)]
mod fuzz_regressions {
    use super::*;

    /// Found by `cargo fuzz run split`: masking must leave no number behind.
    #[test]
    fn masking_leaves_no_number() {
        let text = "bbbbb\u{1}d660212-1060bb6602121060bbbbbbbbbb660212106\u{b}\u{b}2.c 191212\u{b}012\u{2011}12";
        let masked = mask(text);
        let left: Vec<&str> = find(&masked)
            .into_iter()
            .map(|f| &masked[f.range])
            .collect();
        assert!(left.is_empty(), "{masked:?}: {left:?}");
    }
}
