use crate::declare_rule;
use crate::diagnostic::Diagnostic;
use crate::model::Date;
use crate::rules::{Context, Rule};
use crate::syntax::Span;
use crate::tr;

declare_rule! {
    /// Text som är ett giltigt svenskt personnummer eller samordningsnummer.
    ///
    /// 10 eller 12 siffror, med eller utan skiljetecken (`-` eller `+`), en giltig
    /// kontrollsiffra (Luhn), ett verkligt datum, eller dag + 60 för samordningsnummer.
    /// Meddelandet upprepar aldrig numret.
    ///
    /// ## Varför
    /// Ledningssystemet delas med all personal och publiceras ofta; det ska beskriva
    /// arbetssätt, inte enskilda. Uppgifter om enskilda hör hemma i journaler och akter,
    /// inte i rutiner, analyser eller protokoll.
    ///
    /// ## Så åtgärdar du
    /// Ta bort numret och avidentifiera exemplet. Om numret har funnits i en incheckad
    /// version: tala med er dataskyddsombud, eftersom det finns kvar i historiken.
    ///
    /// ## Fel
    /// ```markdown
    /// Exempel: brukare 19121212-1212 flyttade in den 3 mars.
    /// ```
    ///
    /// ## Rätt
    /// ```markdown
    /// Exempel: en brukare flyttade in den 3 mars.
    /// ```
    pub struct PersonalIdentityNumber {
        code: "LSK401",
        name: "personal-identity-number",
        severity: Error,
        basis: "dataskyddsförordningen; OSL 26 kap. (sekretess i socialtjänsten)",
    }
}

impl Rule for PersonalIdentityNumber {
    fn check(&self, cx: &Context, out: &mut Vec<Diagnostic>) {
        for doc in &cx.repo.documents {
            let file = cx.repo.file_of(doc);
            for (span, kind) in find_identity_numbers(&file.text) {
                let (sv, en) = match kind {
                    NumberKind::Personnummer => ("ett personnummer", "a personal identity number"),
                    NumberKind::Samordningsnummer => {
                        ("ett samordningsnummer", "a coordination number")
                    }
                };
                out.push(
                    cx.diag(
                        &Self::META,
                        doc,
                        span,
                        tr!(
                            cx.lang,
                            "Texten innehåller {} ({} siffror). Ledningssystemet får inte innehålla uppgifter om enskilda.",
                            "The text contains {} ({} digits). The management system must not hold data about individuals.",
                            cx.lang.pick(sv, en),
                            span_digits(&file.text[span.start..span.end])
                        ),
                    )
                    .with_help(tr!(
                        cx.lang,
                        "Ta bort numret och avidentifiera texten.",
                        "Remove the number and de-identify the text."
                    )),
                );
            }
        }
    }
}

fn span_digits(s: &str) -> usize {
    s.bytes().filter(u8::is_ascii_digit).count()
}

#[derive(Debug, Clone, Copy, PartialEq, Eq)]
pub enum NumberKind {
    Personnummer,
    Samordningsnummer,
}

/// Every valid personnummer or samordningsnummer in `text`, with its byte span.
pub fn find_identity_numbers(text: &str) -> Vec<(Span, NumberKind)> {
    let b = text.as_bytes();
    let mut out = Vec::new();
    let mut i = 0;
    while i < b.len() {
        if !b[i].is_ascii_digit() || (i > 0 && (b[i - 1].is_ascii_digit() || b[i - 1] == b'-')) {
            i += 1;
            continue;
        }
        // A run of digits starting here, possibly with one `-`/`+` before the last four.
        let mut j = i;
        while j < b.len() && b[j].is_ascii_digit() {
            j += 1;
        }
        let head = j - i;
        let mut end = j;
        let mut digits: Vec<u8> = b[i..j].to_vec();
        if (head == 6 || head == 8)
            && j < b.len()
            && (b[j] == b'-' || b[j] == b'+')
            && b.get(j + 1..j + 5)
                .is_some_and(|t| t.iter().all(u8::is_ascii_digit))
            && !b.get(j + 5).is_some_and(u8::is_ascii_digit)
        {
            digits.extend_from_slice(&b[j + 1..j + 5]);
            end = j + 5;
        }
        let followed_by_separator = b.get(end).is_some_and(|&c| c == b'-' || c == b'+')
            && b.get(end + 1).is_some_and(u8::is_ascii_digit);
        if (digits.len() == 10 || digits.len() == 12)
            && !followed_by_separator
            && let Some(kind) = classify(&digits)
        {
            out.push((Span::new(i, end), kind));
        }
        i = end.max(i + 1);
    }
    out
}

/// Whether ASCII digits form a valid number, and which kind.
fn classify(digits: &[u8]) -> Option<NumberKind> {
    let d: Vec<u32> = digits.iter().map(|c| u32::from(c - b'0')).collect();
    let (centuries, ten): (Vec<i16>, &[u32]) = if d.len() == 12 {
        (vec![(d[0] * 10 + d[1]) as i16], &d[2..])
    } else {
        (vec![19, 20], &d[..])
    };
    if !luhn(ten) {
        return None;
    }
    let yy = (ten[0] * 10 + ten[1]) as i16;
    let month = (ten[2] * 10 + ten[3]) as i8;
    let day = (ten[4] * 10 + ten[5]) as i8;
    let (day, kind) = if day > 60 {
        (day - 60, NumberKind::Samordningsnummer)
    } else {
        (day, NumberKind::Personnummer)
    };
    let real_date = centuries
        .iter()
        .any(|&c| (18..=20).contains(&c) && Date::new(c * 100 + yy, month, day).is_some());
    real_date.then_some(kind)
}

fn luhn(ten: &[u32]) -> bool {
    let sum: u32 = ten
        .iter()
        .enumerate()
        .map(|(i, &n)| {
            let v = if i % 2 == 0 { n * 2 } else { n };
            v / 10 + v % 10
        })
        .sum();
    sum.is_multiple_of(10)
}

#[cfg(test)]
mod tests {
    use super::*;

    fn found(text: &str) -> Vec<&str> {
        find_identity_numbers(text)
            .into_iter()
            .map(|(s, _)| &text[s.start..s.end])
            .collect()
    }

    #[test]
    fn finds_valid_numbers_in_all_forms() {
        // Skatteverket's published test numbers.
        assert_eq!(found("pnr 19121212-1212."), vec!["19121212-1212"]);
        assert_eq!(found("pnr 191212121212"), vec!["191212121212"]);
        assert_eq!(found("pnr 121212-1212 x"), vec!["121212-1212"]);
        assert_eq!(found("pnr 1212121212"), vec!["1212121212"]);
        assert_eq!(found("pnr 121212+1212"), vec!["121212+1212"]);
    }

    #[test]
    fn samordningsnummer() {
        // 1912-12-72 (day 12 + 60); check digit computed by Luhn.
        let v = find_identity_numbers("nr 191212721219");
        assert_eq!(v.len(), 1, "{v:?}");
        assert_eq!(v[0].1, NumberKind::Samordningsnummer);
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
}
