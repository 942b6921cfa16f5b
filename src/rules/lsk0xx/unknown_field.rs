use crate::declare_rule;
use crate::rules::Rule;

declare_rule! {
    /// En nyckel som dokumenttypen inte har (med förslag på vad som menades).
    ///
    /// ## Varför
    /// Ett felstavat `fastställd` eller `revideras_senast` får inte passera tyst: då
    /// skulle dokumentet se odaterat ut, eller granskas efter fel datum.
    ///
    /// ## Så åtgärdar du
    /// Rätta stavningen enligt förslaget, eller ta bort nyckeln. Alla nycklar finns i
    /// JSON-schemana under `schemas/`.
    ///
    /// ## Fel
    /// ```yaml
    /// typ: rutin
    /// id: RUT-INFLYTT
    /// titel: Inflyttning
    /// faststalld: 2026-03-01
    /// ```
    ///
    /// ## Rätt
    /// ```yaml
    /// typ: rutin
    /// id: RUT-INFLYTT
    /// titel: Inflyttning
    /// fastställd: 2026-03-01
    /// ```
    pub struct UnknownField {
        fault: UnknownKey,
        basis: "lsk:s dokumentformat, README (okända nycklar är fel)",
    }
}

impl Rule for UnknownField {}
