use crate::declare_rule;
use crate::diagnostic::Diagnostic;
use crate::rules::suppressions::{self, NEVER_SILENCED};
use crate::rules::{FileContext, Rule};

declare_rule! {
    /// Ett undantag (`# lsk: ignorera KOD – motivering`) utan motivering, för en regel som
    /// inte finns, eller för en regel som aldrig får tystas.
    ///
    /// Ett undantag tystar ett fynd på samma rad eller raden under (`ignorera`), eller
    /// alla fynd av koden i filen (`ignorera-fil`). I Markdown skrivs det i en
    /// HTML-kommentar: `<!-- lsk: ignorera LSK106 – motivering -->`. Tystade fynd räknas i
    /// `--statistics` och i JSON-utdata. Personnummer (LSK401) tystas aldrig.
    ///
    /// ## Varför
    /// Ett undantag är ett beslut att avvika från en regel. Utan motivering vet ingen
    /// efteråt varför, och undantaget lever kvar när skälet är borta.
    ///
    /// ## Så åtgärdar du
    /// Skriv skälet efter koden, efter ett tankstreck eller kolon. Rätta koden om den är
    /// felstavad (`lsk rules` listar alla).
    ///
    /// ## Fel
    /// ```yaml
    /// processägare: enhetschef  # lsk: ignorera LSK110
    /// ```
    ///
    /// ## Rätt
    /// ```yaml
    /// processägare: enhetschef  # lsk: ignorera LSK110 – ny chef tillträder 1 mars, beslut ON 2026/12
    /// ```
    pub struct InvalidSuppression {
        code: "LSK008",
        name: "invalid-suppression",
        severity: Warning,
        basis: "SOSFS 2011:9 5 kap. 1 § (dokumentation av kvalitetsarbetet)",
    }
}

impl Rule for InvalidSuppression {
    // Per file, where the whole text is at hand: `check` runs it as each file is read.
    fn check_file(&self, cx: &FileContext, out: &mut Vec<Diagnostic>) {
        let known = |code: &str| crate::rules::registry().find(code).is_some();
        let file = cx.file;
        if !crate::text::may_hold_directive(&file.text) {
            return;
        }
        for s in suppressions::find(file) {
            let mut say = |sv: String, en: String| {
                out.push(Diagnostic::new(
                    &Self::META,
                    file,
                    s.span,
                    cx.lang.pick(sv, en),
                ));
            };
            for code in &s.codes {
                if !known(code) {
                    say(
                        format!("Undantaget gäller `{code}`, som inte är en regel i lsk."),
                        format!("The suppression names `{code}`, which is not an lsk rule."),
                    );
                } else if NEVER_SILENCED.contains(&code.as_str()) {
                    say(
                        format!("{code} kan inte tystas; undantaget har ingen verkan."),
                        format!("{code} cannot be silenced; the suppression has no effect."),
                    );
                }
            }
            if s.reason.is_none() {
                let codes = s.codes.join(", ");
                say(
                    format!("Undantaget för {codes} saknar motivering."),
                    format!("The suppression of {codes} gives no reason."),
                );
            }
        }
    }
}
