use crate::declare_rule;
use crate::diagnostic::Diagnostic;
use crate::model::Status;
use crate::rules::{Context, Rule};
use crate::tr;

declare_rule! {
    /// Ett styrdokument saknar `dokumentägare`, eller ett gällande styrdokument saknar
    /// `beslutad_av`.
    ///
    /// ## Varför
    /// SOSFS 2011:9 4 kap. 1 §: ansvaret ska vara fördelat. Varje styrdokument behöver en
    /// ägare som håller det aktuellt, och ett gällande dokument ska visa vem som beslutat det.
    ///
    /// ## Så åtgärdar du
    /// Ange rollerna (id ur ansvarsfördelningen).
    ///
    /// ## Fel
    /// ```yaml
    /// typ: rutin
    /// id: RUT-INFLYTT
    /// fastställd: 2026-03-01
    /// ```
    ///
    /// ## Rätt
    /// ```yaml
    /// typ: rutin
    /// id: RUT-INFLYTT
    /// dokumentägare: enhetschef
    /// beslutad_av: avdelningschef
    /// fastställd: 2026-03-01
    /// ```
    pub struct MissingOwner {
        code: "LSK206",
        name: "missing-owner",
        severity: Error,
        basis: "SOSFS 2011:9 4 kap. 1 §; hälso- och sjukvård: patientsäkerhetslagen 3 kap. 9 §",
    }
}

impl Rule for MissingOwner {
    fn check(&self, cx: &Context, out: &mut Vec<Diagnostic>) {
        for doc in &cx.repo.documents {
            if !doc.is_governed() {
                continue;
            }
            let what = cx
                .lang
                .pick(doc.typ().definite_sv(), doc.typ().definite_en());
            if doc.header.owner.is_none() && !doc.is_faulty("dokumentägare") {
                out.push(cx.diag(
                    &Self::META,
                    doc,
                    doc.first_line(),
                    tr!(
                        cx.lang,
                        "{} `{}` saknar `dokumentägare`.",
                        "{} `{}` has no `dokumentägare`.",
                        what,
                        doc.id()
                    ),
                ));
            }
            if doc.status() == Status::InForce
                && doc.header.decided_by.is_none()
                && !doc.is_faulty("beslutad_av")
            {
                out.push(cx.diag(
                    &Self::META,
                    doc,
                    doc.first_line(),
                    tr!(
                        cx.lang,
                        "{} `{}` är gällande men saknar `beslutad_av`.",
                        "{} `{}` is in force but has no `beslutad_av`.",
                        what,
                        doc.id()
                    ),
                ));
            }
        }
    }
}
