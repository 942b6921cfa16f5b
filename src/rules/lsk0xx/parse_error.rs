use crate::declare_rule;
use crate::rules::Rule;

declare_rule! {
    /// Filen är inte giltig YAML, eller så stängs aldrig ett front matter-block.
    ///
    /// ## Varför
    /// Ett dokument som inte kan läsas kan inte kontrolleras. En fil som inte är ett giltigt
    /// dokument är ett fel; den hoppas aldrig tyst över.
    ///
    /// Går dokumentet ändå att läsa entydigt, kontrolleras resten av det som vanligt: ett
    /// värde som uppenbart är en text (`titel: Kopia: Ta emot`) läses som den texten, ett
    /// citattecken som aldrig stängs stängs vid radens slut, och av en nyckel som står två
    /// gånger gäller den första. Annars kontrolleras inget mer i filen, men dess `typ` och
    /// `id` räknas, så att hänvisningar till den inte blir okända.
    ///
    /// ## Så åtgärdar du
    /// Meddelandet pekar på tecknet där felet sitter och säger vad det gäller. Vanligast är:
    ///
    /// - kolon följt av mellanslag i en text (`titel: Kopia: Ta emot`): sätt citattecken
    ///   runt värdet;
    /// - ett värde som börjar med ett tecken som betyder något i YAML (`@`, `` ` ``, `%`,
    ///   `*`, `&`, `!`, `|`, `>`, `[`, `{`, `'`, `"`): sätt citattecken runt hela värdet,
    ///   av det andra slaget om värdet börjar med ett citattecken;
    /// - tabb i indraget: YAML tillåter bara mellanslag;
    /// - fel indrag: nycklar i samma mappning står exakt under varandra, och det som hör
    ///   till en nyckel eller listpost är indraget under den;
    /// - ett citattecken som aldrig stängs, eller en nyckel som står två gånger.
    ///
    /// I Markdown ska huvudet börja med `---` på första raden och sluta med en rad som bara
    /// innehåller `---`.
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
        basis: "lsk:s dokumentformat, README",
    }
}

impl Rule for ParseError {}
