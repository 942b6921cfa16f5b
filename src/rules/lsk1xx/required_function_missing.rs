use crate::declare_rule;
use crate::diagnostic::Diagnostic;
use crate::model::{Area, DocType, Function};
use crate::rules::{Context, Rule};
use crate::tr;

declare_rule! {
    /// Ingen roll har `funktion: huvudman`; eller, med HSL i `verksamhet`, ingen roll är
    /// `verksamhetschef-hsl` eller ingen är `mas`.
    ///
    /// ## Varför
    /// SOSFS 2011:9 3 kap. 1 §: vårdgivaren eller den som bedriver socialtjänst ansvarar
    /// för att det finns ett ledningssystem; huvudmannen måste framgå. I hälso- och
    /// sjukvård ska det finnas en verksamhetschef (HSL 2017:30 4 kap. 2 §) och, i kommunal
    /// hälso- och sjukvård, en medicinskt ansvarig sjuksköterska (HSL 11 kap. 4 §).
    ///
    /// ## Så åtgärdar du
    /// Ge den roll som har funktionen rätt `funktion` i ansvarsfördelningen.
    ///
    /// ## Fel
    /// ```yaml
    /// roller:
    ///   - id: nämnden
    ///     ansvar: [Fastställer mål för verksamheten.]
    /// ```
    ///
    /// ## Rätt
    /// ```yaml
    /// roller:
    ///   - id: nämnden
    ///     funktion: huvudman
    ///     ansvar: [Fastställer mål för verksamheten.]
    /// ```
    pub struct RequiredFunctionMissing {
        code: "LSK109",
        name: "required-function-missing",
        severity: Error,
        basis: "SOSFS 2011:9 3 kap. 1 §; HSL (2017:30) 4 kap. 2 § och 11 kap. 4 §",
    }
}

impl Rule for RequiredFunctionMissing {
    fn check(&self, cx: &Context, out: &mut Vec<Diagnostic>) {
        // Without any responsibility document LSK110 reports the one fault.
        let Some(first) = cx
            .repo
            .documents
            .iter()
            .find(|d| d.typ() == DocType::Responsibilities)
        else {
            return;
        };
        let has = |f: Function| {
            cx.repo
                .roles()
                .any(|(_, r)| r.function.as_ref().is_some_and(|x| x.value == f))
        };
        let mut needed = vec![(Function::Principal, "huvudman", "the principal (huvudman)")];
        if cx.repo.config.in_scope(Area::Hsl) {
            needed.push((
                Function::HealthCareHead,
                "verksamhetschef enligt HSL",
                "the head of health care under HSL",
            ));
            needed.push((
                Function::Mas,
                "medicinskt ansvarig sjuksköterska (MAS)",
                "the medically responsible nurse (MAS)",
            ));
        }
        for (function, sv, en) in needed {
            if has(function) {
                continue;
            }
            out.push(
                cx.diag(
                    &Self::META,
                    first,
                    first.first_line(),
                    tr!(
                        cx.lang,
                        "Ingen roll har funktionen {} (`funktion: {}`).",
                        "No role has the function of {} (`funktion: {}`).",
                        cx.lang.pick(sv, en),
                        function
                    ),
                )
                .with_help(tr!(
                    cx.lang,
                    "Sätt `funktion: {}` på den roll som har uppgiften.",
                    "Set `funktion: {}` on the role that holds the task.",
                    function
                )),
            );
        }
    }
}
