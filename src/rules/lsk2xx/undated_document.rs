use crate::declare_rule;
use crate::diagnostic::Diagnostic;
use crate::model::Status;
use crate::rules::{Context, Rule};
use crate::tr;

declare_rule! {
    /// Ett gällande styrdokument saknar `fastställd`.
    ///
    /// Styrdokument är process, rutin, checklista, riktlinje, ansvarsfördelning och
    /// författningar.
    ///
    /// ## Varför
    /// Tyresö socialförvaltnings ledningssystem: "Processen ska dateras", "Även rutinen ska
    /// dateras". Utan beslutsdatum går det inte att veta när dokumentet ska revideras.
    ///
    /// ## Så åtgärdar du
    /// Registrera beslutet med `lsk approve ID --by ROLL`, eller ange datumet i `fastställd`.
    ///
    /// ## Fel
    /// ```yaml
    /// typ: rutin
    /// id: RUT-INFLYTT
    /// beslutad_av: avdelningschef
    /// ```
    ///
    /// ## Rätt
    /// ```yaml
    /// typ: rutin
    /// id: RUT-INFLYTT
    /// beslutad_av: avdelningschef
    /// fastställd: 2026-03-01
    /// ```
    pub struct UndatedDocument {
        code: "LSK201",
        name: "undated-document",
        severity: Error,
        basis: "Tyresö socialförvaltnings ledningssystem: \"ska dateras\"",
    }
}

impl Rule for UndatedDocument {
    fn check(&self, cx: &Context, out: &mut Vec<Diagnostic>) {
        for doc in &cx.repo.documents {
            let dated = doc.header.decided.is_some() || doc.is_faulty("fastställd");
            if !doc.is_governed() || doc.status() != Status::InForce || dated {
                continue;
            }
            out.push(cx.diag(
                &Self::META,
                doc,
                doc.first_line(),
                tr!(
                    cx.lang,
                    "{} `{}` är gällande men saknar `fastställd`.",
                    "{} `{}` is in force but has no `fastställd`.",
                    cx.lang.pick(doc.typ().definite_sv(), doc.typ().definite_en()),
                    doc.id()
                ),
            ));
        }
    }
}
