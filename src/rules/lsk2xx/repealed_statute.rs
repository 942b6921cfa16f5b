use crate::declare_rule;
use crate::diagnostic::Diagnostic;
use crate::model::Kind;
use crate::model::krav::amendments::repeal_of;
use crate::rules::{Context, Rule};
use crate::tr;

declare_rule! {
    /// Författningslistan tar upp en upphävd lag. Meddelandet säger vad som ersatt den.
    ///
    /// En process `krav` hänvisar till listans id, inte till beteckningen: den pekas inte
    /// ut för sig, eftersom det räcker att rätta listan (ett fel, ett fynd). LSK207 säger
    /// inte heller att den nya lagen saknas när listan har den upphävda i dess ställe.
    ///
    /// De upphävda lagarna finns som data i `lsk` (samma ställe som ändringarna av
    /// SOSFS 2011:9): socialtjänstlagen (SFS 2001:453) upphävdes 1 juli 2025 och ersattes
    /// av socialtjänstlagen (SFS 2025:400).
    ///
    /// ## Varför
    /// Den som läser ledningssystemet ska hänvisas till den lag som gäller. Kraven i en
    /// upphävd lag kan ha fått nya paragrafer (kvalitetskravet står nu i 5 kap. 1–2 §§
    /// SoL 2025:400, lex Sarah i 27 kap.).
    ///
    /// ## Så åtgärdar du
    /// Byt beteckningen (och namnet) till den nya lagens och se över processerna som
    /// hänvisar till den.
    ///
    /// ## Fel
    /// ```yaml
    /// författningar:
    ///   - { id: SoL, namn: Socialtjänstlag, beteckning: "SFS 2001:453" }
    /// ```
    ///
    /// ## Rätt
    /// ```yaml
    /// författningar:
    ///   - { id: SoL, namn: Socialtjänstlag, beteckning: "SFS 2025:400" }
    /// ```
    pub struct RepealedStatute {
        code: "LSK209",
        name: "repealed-statute",
        severity: Warning,
        basis: "socialtjänstlagen (2025:400), övergångsbestämmelser p. 2",
    }
}

impl Rule for RepealedStatute {
    fn check(&self, cx: &Context, out: &mut Vec<Diagnostic>) {
        for doc in &cx.repo.documents {
            if let Kind::Statutes(list) = &doc.kind {
                for statute in &list.statutes {
                    let Some(designation) = &statute.designation else {
                        continue;
                    };
                    let Some(r) = repeal_of(&designation.value) else {
                        continue;
                    };
                    out.push(
                        cx.diag(
                            &Self::META,
                            doc,
                            designation.span,
                            tr!(
                                cx.lang,
                                "{} ({}) är upphävd sedan {} och ersatt av {} ({}).",
                                "{} ({}) was repealed on {} and replaced by {} ({}).",
                                r.designation,
                                r.name,
                                r.repealed,
                                r.replaced_by,
                                r.replacement_name
                            ),
                        )
                        .with_help(tr!(
                            cx.lang,
                            "Skriv `beteckning: \"{}\"`.",
                            "Write `beteckning: \"{}\"`.",
                            r.replaced_by
                        )),
                    );
                }
            }
        }
    }
}
