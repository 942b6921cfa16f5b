use crate::declare_rule;
use crate::rules::Rule;

declare_rule! {
    /// Filen är inte giltig YAML, eller så stängs aldrig ett front matter-block.
    ///
    /// ## Varför
    /// Ett dokument som inte kan läsas kan inte kontrolleras. En fil som inte är ett giltigt
    /// dokument är ett fel; den hoppas aldrig tyst över.
    ///
    /// ## Så åtgärdar du
    /// Rätta syntaxen på den rad och kolumn som anges (ofta ett kolon i en text som behöver
    /// citattecken, eller en lista som inte stängs). I Markdown ska huvudet börja med `---`
    /// på första raden och sluta med en rad som bara innehåller `---`.
    ///
    /// ## Fel
    /// ```markdown
    /// ---
    /// typ: rutin
    /// titel: Inflyttning: särskilt boende
    /// # Rubrik
    /// ```
    ///
    /// ## Rätt
    /// ```markdown
    /// ---
    /// typ: rutin
    /// titel: "Inflyttning: särskilt boende"
    /// ---
    /// # Rubrik
    /// ```
    pub struct ParseError {
        fault: Syntax,
        basis: "FORMAT.md (dokumentformatet)",
    }
}

impl Rule for ParseError {}
