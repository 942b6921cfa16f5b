use crate::declare_rule;
use crate::diagnostic::Diagnostic;
use crate::model::DocType;
use crate::model::config::FILE_NAME;
use crate::rules::{Context, Rule};
use crate::tr;

declare_rule! {
    /// Förrådet har inget dokument av typen `ansvarsfördelning`.
    ///
    /// ## Varför
    /// SOSFS 2011:9 4 kap. 1 §: hur ansvaret för uppgifterna är fördelat ska framgå.
    /// Rollerna i ansvarsfördelningen är också det som alla andra dokument hänvisar till.
    ///
    /// ## Så åtgärdar du
    /// Skapa ett dokument med `typ: ansvarsfördelning` och rollerna (`lsk init` skapar ett).
    /// Felet pekar på `lsk.yaml`, eftersom det gäller förrådet som helhet.
    ///
    /// ## Fel
    /// Ett förråd med processer och rutiner men ingen ansvarsfördelning.
    ///
    /// ## Rätt
    /// ```yaml
    /// typ: ansvarsfördelning
    /// id: ANSVAR
    /// titel: Ansvarsfördelning i kvalitetsarbetet
    /// roller:
    ///   - id: nämnden
    ///     funktion: huvudman
    ///     ansvar: [Fastställer mål för verksamheten och ledningssystemet.]
    /// ```
    pub struct NoResponsibilityDocument {
        code: "LSK110",
        name: "no-responsibility-document",
        severity: Error,
        basis: "SOSFS 2011:9 4 kap. 1 §; hälso- och sjukvård: patientsäkerhetslagen 3 kap. 9 §",
    }
}

impl Rule for NoResponsibilityDocument {
    fn check(&self, cx: &Context, out: &mut Vec<Diagnostic>) {
        // A responsibility document that failed to load is reported as that (LSK001/LSK002).
        let any = cx.repo.has_or_may_have(DocType::Responsibilities);
        if !any {
            out.push(Diagnostic::at_file(
                &Self::META,
                FILE_NAME,
                tr!(
                    cx.lang,
                    "Förrådet har ingen ansvarsfördelning (`typ: ansvarsfördelning`).",
                    "The repository has no responsibility document (`typ: ansvarsfördelning`)."
                ),
            ));
        }
    }
}
