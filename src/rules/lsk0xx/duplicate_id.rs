use crate::declare_rule;
use crate::diagnostic::Diagnostic;
use crate::model::{Document, Id, Kind, Spanned};
use crate::rules::{Context, Rule};
use crate::syntax::Span;
use crate::tr;

declare_rule! {
    /// Två dokument, aktiviteter, roller, författningar, åtgärder eller kontroller har
    /// samma id; eller två risker i samma riskanalys, två mål i samma målsdokument.
    ///
    /// Båda förekomsterna rapporteras, och var och en pekar på den andra.
    ///
    /// ## Varför
    /// Hänvisningar sker med id. Finns samma id två gånger vet varken läsaren eller `lsk`
    /// vilket som avses.
    ///
    /// ## Så åtgärdar du
    /// Ge den ena ett nytt id och uppdatera hänvisningarna till det.
    ///
    /// ## Fel
    /// ```yaml
    /// # rutiner/inflyttning.md
    /// id: RUT-INFLYTT
    /// # rutiner/inflyttning-ny.md
    /// id: RUT-INFLYTT
    /// ```
    ///
    /// ## Rätt
    /// ```yaml
    /// # rutiner/inflyttning.md
    /// id: RUT-INFLYTT
    /// # rutiner/inflyttning-korttid.md
    /// id: RUT-INFLYTT-KORTTID
    /// ```
    pub struct DuplicateId {
        code: "LSK006",
        name: "duplicate-id",
        severity: Error,
        basis: "lsk:s dokumentformat, README (id är unika)",
    }
}

/// The id spaces: ids must be unique within each.
#[derive(Debug, Clone, Copy, PartialEq, Eq, PartialOrd, Ord, Hash)]
enum Space {
    Document,
    Activity,
    Role,
    Statute,
    Action,
    Control,
    /// Risks and goals only need to be unique within their own document.
    Local(usize),
}

impl Rule for DuplicateId {
    fn check(&self, cx: &Context, out: &mut Vec<Diagnostic>) {
        collect_and_report(cx, out);
    }
}

fn collect_and_report<'a>(cx: &Context<'a>, out: &mut Vec<Diagnostic>) {
    // Every id with its space and place in one vector, sorted: equal ids stand side by
    // side (one allocation, rather than a map entry and a vector per id).
    let mut seen: Vec<((Space, &'a str), usize, &'a Document, Span)> =
        Vec::with_capacity(cx.repo.documents.len() * 2);
    let repo: &'a crate::model::Repository = cx.repo;
    for (i, doc) in repo.documents.iter().enumerate() {
        let mut add = |space, id: &'a Spanned<Id>| {
            seen.push(((space, id.value.as_str()), seen.len(), doc, id.span));
        };
        add(Space::Document, &doc.header.id);
        match &doc.kind {
            Kind::Process(p) => p
                .activities
                .iter()
                .for_each(|a| add(Space::Activity, &a.id)),
            Kind::Responsibilities(r) => r.roles.iter().for_each(|x| add(Space::Role, &x.id)),
            Kind::Statutes(s) => s.statutes.iter().for_each(|x| add(Space::Statute, &x.id)),
            Kind::ActionPlan(p) => p.actions.iter().for_each(|x| add(Space::Action, &x.id)),
            Kind::SelfInspectionPlan(p) => {
                p.controls.iter().for_each(|x| add(Space::Control, &x.id))
            }
            Kind::RiskAnalysis(r) => r.risks.iter().for_each(|x| add(Space::Local(i), &x.id)),
            Kind::QualityGoals(g) => g.goals.iter().for_each(|x| add(Space::Local(i), &x.id)),
            _ => {}
        }
    }
    // Counted by hashing (most ids are unique), then only the repeated ones sorted.
    let mut count: rustc_hash::FxHashMap<(Space, &str), u32> =
        rustc_hash::FxHashMap::with_capacity_and_hasher(seen.len(), Default::default());
    for (key, ..) in &seen {
        *count.entry(*key).or_default() += 1;
    }
    if count.len() == seen.len() {
        return;
    }
    seen.retain(|(key, ..)| count[key] > 1);
    // By key, then in the order found.
    seen.sort_unstable_by(|a, b| (a.0, a.1).cmp(&(b.0, b.1)));
    for places in seen.chunk_by(|a, b| a.0 == b.0) {
        if places.len() < 2 {
            continue;
        }
        let id = places[0].0.1;
        for (k, &(_, _, doc, span)) in places.iter().enumerate() {
            let others: Vec<String> = places
                .iter()
                .enumerate()
                .filter(|&(j, _)| j != k)
                .map(|(_, &(_, _, d, s))| {
                    let f = cx.repo.file_of(d);
                    format!("{}:{}", f.path, f.line_col(s.start).0)
                })
                .collect();
            out.push(cx.diag(
                &DuplicateId::META,
                doc,
                span,
                tr!(
                    cx.lang,
                    "Id `{}` används också i {}.",
                    "The id `{}` is also used in {}.",
                    id,
                    others.join(", ")
                ),
            ));
        }
    }
}
