use crate::declare_rule;
use crate::rules::Rule;

declare_rule! {
    /// En fil som inte kan läsas: inte UTF-8, oläsbar, större än storleksgränsen (4 MB),
    /// eller en symbolisk länk som pekar ut ur roten eller bildar en slinga.
    ///
    /// ## Varför
    /// Ledningssystemet ska vara läsbart för alla och kontrolleras i sin helhet; en fil som
    /// inte kan läsas kan dölja ett dokument.
    ///
    /// ## Så åtgärdar du
    /// Spara filen som UTF-8 (i Word/Anteckningar: "UTF-8"), dela upp mycket stora filer,
    /// och ersätt länkar ut ur roten med kopior, eller lägg sökvägen i `exkludera`.
    ///
    /// ## Fel
    /// En rutin sparad som Windows-1252 (`ä` blir en ogiltig byte).
    ///
    /// ## Rätt
    /// Samma rutin sparad som UTF-8.
    pub struct UnreadableFile {
        fault: Unreadable,
        basis: "lsk:s dokumentformat, README (text är UTF-8)",
    }
}

impl Rule for UnreadableFile {}
