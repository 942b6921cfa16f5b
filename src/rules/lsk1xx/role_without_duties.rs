use crate::declare_rule;
use crate::diagnostic::Diagnostic;
use crate::rules::{Context, Rule};
use crate::tr;

declare_rule! {
    /// En roll i ansvarsfördelningen saknar `ansvar`.
    ///
    /// ## Varför
    /// SOSFS 2011:9 4 kap. 1 §: det ska framgå hur ansvaret för uppgifterna är fördelat.
    /// En roll utan beskrivet ansvar säger inget om vem som gör vad.
    ///
    /// ## Så åtgärdar du
    /// Beskriv rollens ansvar i kvalitetsarbetet, en punkt per uppgift.
    ///
    /// ## Fel
    /// ```yaml
    ///   - id: mas
    ///     namn: Medicinskt ansvarig sjuksköterska
    ///     funktion: mas
    /// ```
    ///
    /// ## Rätt
    /// ```yaml
    ///   - id: mas
    ///     namn: Medicinskt ansvarig sjuksköterska
    ///     funktion: mas
    ///     ansvar:
    ///       - Upprättar årligen patientsäkerhetsberättelse.
    /// ```
    pub struct RoleWithoutDuties {
        code: "LSK108",
        name: "role-without-duties",
        severity: Warning,
        basis: "SOSFS 2011:9 4 kap. 1 §; hälso- och sjukvård: patientsäkerhetslagen 3 kap. 9 §",
    }
}

impl Rule for RoleWithoutDuties {
    fn check(&self, cx: &Context, out: &mut Vec<Diagnostic>) {
        for (doc, role) in cx.repo.roles() {
            if role.duties.is_empty() {
                out.push(cx.diag(
                    &Self::META,
                    doc,
                    role.id.span,
                    tr!(
                        cx.lang,
                        "Rollen `{}` har inget beskrivet ansvar.",
                        "The role `{}` has no duties described.",
                        role.id.as_str()
                    ),
                ));
            }
        }
    }
}
