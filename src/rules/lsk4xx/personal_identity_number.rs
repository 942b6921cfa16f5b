use crate::declare_rule;
use crate::diagnostic::Diagnostic;
use crate::identity::{self, NumberKind};
use crate::rules::{FileContext, Rule};
use crate::syntax::Span;
use crate::tr;

declare_rule! {
    /// Text som är ett giltigt svenskt personnummer eller samordningsnummer.
    ///
    /// 10 eller 12 siffror (även helbreddssiffror), utan skiljetecken eller med `-`, `+`,
    /// mellanslag, hårt mellanslag, bindestreck, hårt bindestreck, tankstreck eller
    /// minustecken före de fyra sista, en giltig kontrollsiffra (Luhn) och ett verkligt
    /// datum, eller dag + 60 för samordningsnummer. Regeln läser varje fil som `lsk`
    /// går igenom (`.yaml`, `.yml` och `.md` i alla skiftlägen), också filer som inte
    /// kan läsas in som dokument och Markdown utan framsida. Långa hexadecimala strängar
    /// (kontrollsummor) räknas inte.
    ///
    /// Meddelandet upprepar aldrig numret, och `lsk` maskerar alltid de fyra sista
    /// siffrorna (`19121212-****`) i allt det skriver ut.
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
    fn check_file(&self, cx: &FileContext, out: &mut Vec<Diagnostic>) {
        // Every file's text is scanned, documents or not.
        for found in identity::find(&cx.file.text) {
            let (sv, en) = match found.kind {
                NumberKind::Personnummer => ("ett personnummer", "a personal identity number"),
                NumberKind::Samordningsnummer => ("ett samordningsnummer", "a coordination number"),
            };
            let span = Span::new(found.range.start, found.range.end);
            out.push(
                cx.diag(
                    &Self::META,
                    span,
                    tr!(
                        cx.lang,
                        "Texten innehåller {} ({} siffror). Ledningssystemet får inte innehålla uppgifter om enskilda.",
                        "The text contains {} ({} digits). The management system must not hold data about individuals.",
                        cx.lang.pick(sv, en),
                        found.digits
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
