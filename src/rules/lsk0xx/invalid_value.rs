use crate::declare_rule;
use crate::rules::Rule;

declare_rule! {
    /// Ett värde av fel slag, ett ogiltigt datum eller ett värde utanför sitt ordförråd.
    ///
    /// Exempel: en `funktion` eller `processtyp` som inte finns, en risk bedömd 5 på en
    /// skala 1–4, datumet 2026-02-30, en lista där en text väntas, eller ett `uppfyller`
    /// som inte är en paragraf i kravkatalogen (`lsk krav`).
    ///
    /// ## Varför
    /// Felaktiga värden ger felaktiga slutsatser: ett ogiltigt datum kan inte räknas på och
    /// en påhittad paragraf ger sken av att ett krav är täckt.
    ///
    /// ## Så åtgärdar du
    /// Skriv ett värde av rätt slag; meddelandet säger vilka värden som är tillåtna.
    ///
    /// ## Fel
    /// ```yaml
    /// processtyp: huvudproces
    /// fastställd: 2026-02-30
    /// uppfyller: ["4 kap. 9 §"]
    /// ```
    ///
    /// ## Rätt
    /// ```yaml
    /// processtyp: huvudprocess
    /// fastställd: 2026-02-28
    /// uppfyller: ["4 kap. 3 §"]
    /// ```
    pub struct InvalidValue {
        fault: InvalidValue,
        basis: "lsk:s dokumentformat, README (värden och ordförråd)",
    }
}

impl Rule for InvalidValue {}
