use crate::declare_rule;
use crate::diagnostic::Diagnostic;
use crate::model::Status;
use crate::rules::{FileContext, Rule};
use crate::syntax::Span;
use crate::tr;

declare_rule! {
    /// Ett gällande styrdokument innehåller fortfarande `TODO`, platshållartexten som
    /// `lsk init` och `lsk new` skriver i utkast.
    ///
    /// Regeln pekar på den första förekomsten i filen.
    ///
    /// ## Varför
    /// Ett dokument som har fastställts ska vara färdigt: personalen läser det som gällande
    /// (också på intranätet, `lsk site`), och berättelserna räknar det som beslutat. En kvar
    /// platshållare betyder att något aldrig skrevs.
    ///
    /// ## Så åtgärdar du
    /// Skriv texten som saknas, eller ta tillbaka beslutet (`status: utkast`) tills den är
    /// skriven.
    ///
    /// ## Fel
    /// ```markdown
    /// ## Syfte
    /// TODO: beskriv syftet med rutinen.
    /// ```
    ///
    /// ## Rätt
    /// ```markdown
    /// ## Syfte
    /// Att den enskilde får en trygg inflyttning.
    /// ```
    pub struct DraftTextInForce {
        code: "LSK210",
        name: "draft-text-in-force",
        severity: Warning,
        basis: "SOSFS 2011:9 7 kap. 1 § (dokumentation); 4 kap. 4 § (rutiner)",
    }
}

impl Rule for DraftTextInForce {
    fn check_file(&self, cx: &FileContext, out: &mut Vec<Diagnostic>) {
        let Some(doc) = cx.document else { return };
        if !doc.is_governed() || doc.status() != Status::InForce {
            return;
        }
        // Built once, not for every file.
        static TODO: std::sync::LazyLock<memchr::memmem::Finder<'static>> =
            std::sync::LazyLock::new(|| memchr::memmem::Finder::new(b"TODO"));
        let Some(at) = TODO.find(cx.file.text.as_bytes()) else {
            return;
        };
        out.push(
            cx.diag(
                &Self::META,
                Span::new(at, at + "TODO".len()),
                tr!(
                    cx.lang,
                    "`{}` är gällande men innehåller fortfarande platshållaren TODO.",
                    "`{}` is in force but still holds the placeholder TODO.",
                    doc.id()
                ),
            )
            .with_help(tr!(
                cx.lang,
                "Skriv texten som saknas, eller sätt `status: utkast` tills den är skriven.",
                "Write the missing text, or set `status: utkast` until it is written."
            )),
        );
    }
}
