use crate::declare_rule;
use crate::diagnostic::Diagnostic;
use crate::model::decode::Spanned;
use crate::model::{Area, Document, Kind};
use crate::rules::{Context, Rule};
use crate::tr;

declare_rule! {
    /// En `omfattning` anger en verksamhet som inte finns i `verksamhet` i `lsk.yaml`, eller
    /// en risk, kontroll, åtgärd, ett mål eller en indikator anger en verksamhet utanför sitt
    /// dokuments `omfattning`.
    ///
    /// En post utan egen `omfattning` har sitt dokuments; ett dokument utan `omfattning`
    /// gäller hela verksamheten. Patientsäkerhetsberättelsen tar bara med det som gäller
    /// HSL, så omfattningen avgör vad som hamnar i den.
    ///
    /// ## Varför
    /// En gemensam handlingsplan eller egenkontrollplan innehåller ofta poster för flera
    /// verksamheter. Står en IFO-åtgärd utan omfattning i en plan för hela förvaltningen
    /// hamnar den i patientsäkerhetsberättelsen; står den med en verksamhet som inte finns
    /// räknas den ingenstans.
    ///
    /// ## Så åtgärdar du
    /// Ange bara verksamheter som finns i `verksamhet` och, för en post, i dokumentets
    /// `omfattning`.
    ///
    /// ## Fel
    /// ```yaml
    /// omfattning: [SoL]
    /// åtgärder:
    ///   - id: Å-2026-01
    ///     omfattning: [HSL]
    /// ```
    ///
    /// ## Rätt
    /// ```yaml
    /// omfattning: [SoL, HSL]
    /// åtgärder:
    ///   - id: Å-2026-01
    ///     omfattning: [HSL]
    /// ```
    pub struct ScopeOutsideService {
        code: "LSK115",
        name: "scope-outside-service",
        severity: Warning,
        basis: "SOSFS 2011:9 1 kap. 1–2 §§ (vilka verksamheter föreskrifterna gäller); patientsäkerhetsberättelsens avgränsning (patientsäkerhetslagen 3 kap. 10 §)",
    }
}

impl Rule for ScopeOutsideService {
    fn check(&self, cx: &Context, out: &mut Vec<Diagnostic>) {
        let service = &cx.repo.config.areas;
        for doc in &cx.repo.documents {
            for area in &doc.header.scope {
                if !service.contains(&area.value) {
                    out.push(cx.diag(
                        &Self::META,
                        doc,
                        area.span,
                        tr!(
                            cx.lang,
                            "`omfattning` anger {}, som inte finns i `verksamhet` i lsk.yaml.",
                            "`omfattning` names {}, which is not in `verksamhet` in lsk.yaml.",
                            area.value
                        ),
                    ));
                }
            }
            for (id, scope) in items(doc) {
                for area in scope {
                    let outside_doc = !doc.header.scope.is_empty()
                        && !doc.header.scope.iter().any(|a| a.value == area.value);
                    let (sv, en) = if !service.contains(&area.value) {
                        ("`verksamhet` i lsk.yaml", "`verksamhet` in lsk.yaml")
                    } else if outside_doc {
                        ("dokumentets `omfattning`", "the document's `omfattning`")
                    } else {
                        continue;
                    };
                    out.push(cx.diag(
                        &Self::META,
                        doc,
                        area.span,
                        tr!(
                            cx.lang,
                            "`{}` anger {} i `omfattning`, som inte finns i {}.",
                            "`{}` names {} in `omfattning`, which is not in {}.",
                            id,
                            area.value,
                            cx.lang.pick(sv, en)
                        ),
                    ));
                }
            }
        }
    }
}

/// The items of a document that may carry their own `omfattning`: (id or name, scope).
fn items(doc: &Document) -> Vec<(&str, &[Spanned<Area>])> {
    // Every list of items with an `id` and an `omfattning`, the same way.
    macro_rules! by_id {
        ($list:expr) => {
            $list
                .iter()
                .map(|x| (x.id.as_str(), x.scope.as_slice()))
                .collect()
        };
    }
    match &doc.kind {
        Kind::RiskAnalysis(r) => by_id!(r.risks),
        Kind::SelfInspectionPlan(p) => by_id!(p.controls),
        Kind::ActionPlan(p) => by_id!(p.actions),
        Kind::Responsibilities(r) => by_id!(r.roles),
        Kind::QualityGoals(g) => g
            .goals
            .iter()
            .flat_map(|goal| {
                let indicators = goal.indicators.iter().map(|i| {
                    let name = i.name.as_ref().map_or("?", |n| n.value.as_str());
                    (name, i.scope.as_slice())
                });
                std::iter::once((goal.id.as_str(), goal.scope.as_slice())).chain(indicators)
            })
            .collect(),
        _ => Vec::new(),
    }
}
