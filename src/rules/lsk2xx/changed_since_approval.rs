use crate::declare_rule;
use crate::diagnostic::Diagnostic;
use crate::model::Status;
use crate::model::checksum;
use crate::rules::{FileContext, Rule};
use crate::tr;

declare_rule! {
    /// Ett gällande styrdokuments innehåll stämmer inte längre med dess `kontrollsumma`:
    /// det har ändrats efter beslutet.
    ///
    /// `kontrollsumma` skrivs av `lsk approve` och är ett fingeravtryck (SHA-256) av det som
    /// beslutades: huvudet utom beslutsfälten (`fastställd`, `beslutad_av`,
    /// `revideras_senast`, `kontrollsumma`, `revisioner`) och brödtexten. Ändringar av bara
    /// blanksteg, radslut, nyckelordning, citattecken eller kommentarer räknas inte.
    ///
    /// ## Varför
    /// Dokumentstyrning: det som gäller ska vara det som beslutades. En ändring efter beslutet
    /// behöver ett nytt beslut, annars vet ingen vilken version som är fastställd.
    ///
    /// ## Så åtgärdar du
    /// Låt ändringen beslutas och registrera beslutet med `lsk approve ID --by ROLL`, eller
    /// ångra ändringen.
    ///
    /// ## Fel
    /// En rutin vars text ändrats ("tre dagar" blev "fem dagar") efter `lsk approve`.
    ///
    /// ## Rätt
    /// Samma ändring, följd av `lsk approve RUT-INFLYTT --by avdelningschef`.
    pub struct ChangedSinceApproval {
        code: "LSK205",
        name: "changed-since-approval",
        severity: Warning,
        basis: "dokumentstyrning (det gällande är det beslutade)",
    }
}

impl Rule for ChangedSinceApproval {
    fn check_file(&self, cx: &FileContext, out: &mut Vec<Diagnostic>) {
        let Some(doc) = cx.document else { return };
        let Some(recorded) = &doc.header.checksum else {
            return;
        };
        if !doc.is_governed() || doc.status() != Status::InForce {
            return;
        }
        let Some(actual) = checksum::compute(cx.file) else {
            return;
        };
        if actual == recorded.value.0 {
            return;
        }
        out.push(
            cx.diag(
                &Self::META,
                recorded.span,
                tr!(
                    cx.lang,
                    "{} `{}` har ändrats sedan beslutet{}.",
                    "{} `{}` has changed since the decision{}.",
                    cx.lang.pick(doc.typ().definite_sv(), doc.typ().definite_en()),
                    doc.id(),
                    doc.header
                        .decided
                        .as_ref()
                        .map(|d| format!(" {}", d.value))
                        .unwrap_or_default()
                ),
            )
            .with_help(tr!(
                cx.lang,
                "Registrera det nya beslutet med `lsk approve {} --by ROLL`, eller ångra ändringen.",
                "Record the new decision with `lsk approve {} --by ROLE`, or undo the change.",
                doc.id()
            )),
        );
    }
}
