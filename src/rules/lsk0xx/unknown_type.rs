use crate::declare_rule;
use crate::rules::Rule;

declare_rule! {
    /// Nyckeln `typ` saknas eller anger ingen känd dokumenttyp.
    ///
    /// ## Varför
    /// Typen avgör vilka nycklar dokumentet får ha och vilka regler som gäller för det.
    /// Kända typer: ansvarsfördelning, författningar, process, rutin, checklista,
    /// riktlinje, riskanalys, handlingsplan, egenkontrollplan, uppföljning, kvalitetsråd,
    /// samverkan, kvalitetsmål och berättelseunderlag.
    ///
    /// ## Så åtgärdar du
    /// Skriv en av de kända typerna, stavad med å, ä och ö.
    ///
    /// ## Fel
    /// ```yaml
    /// typ: ansvarsfordelning
    /// id: ANSVAR
    /// ```
    ///
    /// ## Rätt
    /// ```yaml
    /// typ: ansvarsfördelning
    /// id: ANSVAR
    /// ```
    pub struct UnknownType {
        fault: UnknownType,
        basis: "lsk:s dokumentformat, README (dokumenttyper)",
    }
}

impl Rule for UnknownType {}
