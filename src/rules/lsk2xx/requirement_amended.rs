use crate::declare_rule;
use crate::diagnostic::Diagnostic;
use crate::model::Status;
use crate::rules::{Context, Rule};
use crate::tr;

declare_rule! {
    /// Ett gällande dokument anger i `uppfyller` en paragraf som har ändrats efter att
    /// dokumentet fastställdes.
    ///
    /// Ändringarna av SOSFS 2011:9 finns som data i `lsk` (se `lsk krav`): HSLF-FS 2017:12,
    /// HSLF-FS 2018:10 (5 kap. 3 och 3 a §§, 7 kap. 2 §), HSLF-FS 2020:64 och
    /// HSLF-FS 2023:27. En ändring räknas från sin ikraftträdandedag; där den inte är
    /// belagd, från dagen föreskriften utkom. Regeln tystnar när dokumentet fastställs på
    /// nytt.
    ///
    /// ## Varför
    /// Ett dokument som beslutades mot den gamla lydelsen kan ha slutat uppfylla kravet:
    /// efter HSLF-FS 2018:10 gäller 5 kap. 3 § bara socialtjänst och LSS, och vårdgivarens
    /// klagomålshantering står i 5 kap. 3 a §. En lagändring ska leda till en genomgång av
    /// det den berör.
    ///
    /// ## Så åtgärdar du
    /// Läs den nya lydelsen, ändra dokumentet om det behövs, och registrera beslutet med
    /// `lsk approve ID --by ROLL`.
    ///
    /// ## Fel
    /// ```yaml
    /// status: gällande
    /// fastställd: 2017-09-01
    /// uppfyller: ["5 kap. 3 §"]
    /// ```
    ///
    /// ## Rätt
    /// ```yaml
    /// status: gällande
    /// fastställd: 2026-02-01
    /// uppfyller: ["5 kap. 3 §"]
    /// ```
    pub struct RequirementAmended {
        code: "LSK208",
        name: "requirement-amended-since-decision",
        severity: Warning,
        basis: "SOSFS 2011:9 3 kap. (ledningssystemet ska hållas aktuellt); ändringsförfattningarna",
    }
}

impl Rule for RequirementAmended {
    fn check(&self, cx: &Context, out: &mut Vec<Diagnostic>) {
        for doc in &cx.repo.documents {
            if doc.status() != Status::InForce {
                continue;
            }
            let Some(decided) = &doc.header.decided else {
                continue;
            };
            for fulfils in &doc.header.fulfils {
                let req = fulfils.value.0;
                let Some(latest) = req
                    .amended_after(decided.value)
                    .filter(|a| a.effective() <= cx.today)
                    .last()
                else {
                    continue;
                };
                out.push(
                    cx.diag(
                        &Self::META,
                        doc,
                        fulfils.span,
                        tr!(
                            cx.lang,
                            "Kravet {} har ändrats sedan beslutet {}: {} ({}). Gå igenom att dokumentet fortfarande uppfyller den nya lydelsen.",
                            "The requirement {} has changed since the decision of {}: {} ({}). Check that the document still meets the new wording.",
                            req.reference(),
                            decided.value,
                            latest.designation,
                            latest.when(cx.lang)
                        ),
                    )
                    .with_help(tr!(
                        cx.lang,
                        "Registrera ett nytt beslut när dokumentet är genomgånget: `lsk approve {} --by ROLL`.",
                        "Record a new decision once the document has been reviewed: `lsk approve {} --by ROLE`.",
                        doc.id()
                    )),
                );
            }
        }
    }
}
