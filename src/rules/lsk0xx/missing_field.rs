use crate::declare_rule;
use crate::rules::Rule;

declare_rule! {
    /// En obligatorisk nyckel saknas.
    ///
    /// Nycklar som har en egen regel rapporteras bara av den: `fastställd` (LSK201),
    /// `dokumentägare` och `beslutad_av` (LSK206), `aktiviteter` (LSK102), `ansvarig`
    /// (LSK103), `överordnad` (LSK107) och `processägare` (LSK111).
    ///
    /// ## Varför
    /// Utan `id` kan inget hänvisa till dokumentet, utan `titel` kan ingen hitta det, och
    /// utan t.ex. `processtyp` eller `genomförd` går det inte att bedöma.
    ///
    /// ## Så åtgärdar du
    /// Lägg till nyckeln. Felet pekar på dokumentets första rad, eller på början av den
    /// post (aktivitet, roll, risk …) som saknar nyckeln.
    ///
    /// Står nyckeln där men börjar värdet med `#` (`titel: #1 Inflyttning`), är värdet en
    /// kommentar och alltså tomt: felet pekar då på `#`. Sätt citattecken runt värdet.
    ///
    /// ## Fel
    /// ```yaml
    /// typ: process
    /// id: P-SÄBO
    /// processtyp: huvudprocess
    /// ```
    ///
    /// ## Rätt
    /// ```yaml
    /// typ: process
    /// id: P-SÄBO
    /// titel: Ge stöd i särskilt boende
    /// processtyp: huvudprocess
    /// ```
    pub struct MissingField {
        fault: MissingKey,
        basis: "lsk:s dokumentformat, README (obligatoriska nycklar)",
    }
}

impl Rule for MissingField {}
