use super::references::references;
use crate::declare_rule;
use crate::diagnostic::{Diagnostic, Severity};
use crate::model::Status;
use crate::rules::{Context, Rule};
use crate::tr;

declare_rule! {
    /// Ett gällande dokument hänvisar till ett upphävt dokument (en varning när det
    /// hänvisande dokumentet är ett utkast).
    ///
    /// ## Varför
    /// Ledningssystemet ska vara aktuellt (SOSFS 2011:9 7 kap. 1 §): en gällande process
    /// som pekar på en upphävd rutin leder personalen till ett arbetssätt som inte längre gäller.
    ///
    /// ## Så åtgärdar du
    /// Hänvisa till den rutin som ersatt den upphävda, eller ta bort hänvisningen.
    ///
    /// ## Fel
    /// ```yaml
    ///     rutiner: [RUT-INFLYTT-2019]   # status: upphävd
    /// ```
    ///
    /// ## Rätt
    /// ```yaml
    ///     rutiner: [RUT-INFLYTT]        # status: gällande
    /// ```
    pub struct ReferenceToInactive {
        code: "LSK114",
        name: "reference-to-inactive",
        severity: Error,
        basis: "SOSFS 2011:9 7 kap. 1 § (ett aktuellt ledningssystem)",
    }
}

impl Rule for ReferenceToInactive {
    fn check(&self, cx: &Context, out: &mut Vec<Diagnostic>) {
        for doc in &cx.repo.documents {
            let severity = match doc.status() {
                Status::InForce => Severity::Error,
                Status::Draft => Severity::Warning,
                Status::Repealed => continue,
            };
            for r in references(doc)
                .into_iter()
                .filter(|r| r.target.is_document())
            {
                let Some(target) = cx.repo.document(r.id.as_str()) else {
                    continue;
                };
                if target.status() != Status::Repealed {
                    continue;
                }
                let mut d = cx.diag(
                    &Self::META,
                    doc,
                    r.id.span,
                    tr!(
                        cx.lang,
                        "`{}` hänvisar till `{}`, som är upphävd.",
                        "`{}` refers to `{}`, which is repealed.",
                        r.key,
                        target.id()
                    ),
                );
                d.severity = severity;
                out.push(d);
            }
        }
    }
}
