use std::collections::{BTreeMap, BTreeSet};

use crate::declare_rule;
use crate::diagnostic::Diagnostic;
use crate::model::{Document, ProcessKind};
use crate::rules::{Context, Rule};
use crate::syntax::Span;
use crate::tr;

declare_rule! {
    /// En delprocess utan `överordnad`, en process av annan typ med `överordnad`, eller en
    /// cykel av `överordnad`- och `delprocess`-länkar.
    ///
    /// ## Varför
    /// SOSFS 2011:9 4 kap. 2 §: processerna ska identifieras och hur de hänger ihop ska
    /// framgå. En delprocess hör till en överordnad process; en huvudprocess står överst; en
    /// process kan inte ligga under sig själv.
    ///
    /// ## Så åtgärdar du
    /// Ange `överordnad` för varje delprocess, ta bort den från andra processer, och bryt
    /// cykeln så att varje delprocess ligger under en process högre upp.
    ///
    /// ## Fel
    /// ```yaml
    /// typ: process
    /// id: P-UTREDA
    /// processtyp: delprocess
    /// ```
    ///
    /// ## Rätt
    /// ```yaml
    /// typ: process
    /// id: P-UTREDA
    /// processtyp: delprocess
    /// överordnad: P-IFO
    /// ```
    pub struct BadProcessHierarchy {
        code: "LSK107",
        name: "bad-process-hierarchy",
        severity: Error,
        basis: "SOSFS 2011:9 4 kap. 2 §",
    }
}

impl Rule for BadProcessHierarchy {
    fn check(&self, cx: &Context, out: &mut Vec<Diagnostic>) {
        // "child lies under parent" edges, each with the document and span that states it.
        let mut edges: Vec<(&str, &str, &Document, Span)> = Vec::new();
        for doc in &cx.repo.documents {
            let Some(p) = doc.process() else { continue };
            let kind = p.kind.as_ref().map(|k| k.value);
            match (&p.parent, kind) {
                (None, Some(ProcessKind::Sub)) if !doc.is_faulty("överordnad") => {
                    out.push(cx.diag(
                        &Self::META,
                        doc,
                        doc.first_line(),
                        tr!(
                            cx.lang,
                            "Delprocessen `{}` saknar `överordnad`.",
                            "The delprocess `{}` has no `överordnad`.",
                            doc.id()
                        ),
                    ));
                }
                (Some(parent), Some(k)) if k != ProcessKind::Sub => {
                    out.push(cx.diag(
                        &Self::META,
                        doc,
                        parent.span,
                        tr!(
                            cx.lang,
                            "`{}` är en {} men har `överordnad`; bara en delprocess har en överordnad process.",
                            "`{}` is a {} but has `överordnad`; only a delprocess has a parent process.",
                            doc.id(),
                            k
                        ),
                    ));
                }
                _ => {}
            }
            // A parent on a non-delprocess is reported above; it does not also make a cycle.
            if let Some(parent) = &p.parent
                && kind.is_none_or(|k| k == ProcessKind::Sub)
            {
                edges.push((doc.id(), parent.as_str(), doc, parent.span));
            }
            for a in &p.activities {
                if let Some(sub) = &a.subprocess {
                    edges.push((sub.as_str(), doc.id(), doc, sub.span));
                }
            }
        }
        for cycle in cycles(&edges) {
            // Report each cycle once, at the first link (by file and position) that closes it.
            let Some(&(_, _, doc, span)) = edges
                .iter()
                .filter(|(c, p, _, _)| cycle.contains(c) && cycle.contains(p))
                .min_by_key(|(_, _, d, s)| (d.file, s.start))
            else {
                continue;
            };
            let path: Vec<&str> = cycle.iter().copied().collect();
            out.push(cx.diag(
                &Self::META,
                doc,
                span,
                tr!(
                    cx.lang,
                    "Processhierarkin bildar en cykel: {}.",
                    "The process hierarchy forms a cycle: {}.",
                    path.join(" ↔ ")
                ),
            ));
        }
    }
}

/// The sets of processes that lie under each other in a cycle (strongly connected
/// components with more than one member, or a process under itself).
fn cycles<'a>(edges: &[(&'a str, &'a str, &Document, Span)]) -> Vec<BTreeSet<&'a str>> {
    let mut graph: BTreeMap<&str, BTreeSet<&str>> = BTreeMap::new();
    for &(child, parent, _, _) in edges {
        graph.entry(child).or_default().insert(parent);
        graph.entry(parent).or_default();
    }
    let reach = |from: &'a str| -> BTreeSet<&'a str> {
        let mut seen = BTreeSet::new();
        let mut stack = vec![from];
        while let Some(n) = stack.pop() {
            for &next in &graph[n] {
                if seen.insert(next) {
                    stack.push(next);
                }
            }
        }
        seen
    };
    let reachable: BTreeMap<&str, BTreeSet<&str>> = graph.keys().map(|&n| (n, reach(n))).collect();
    let mut out: Vec<BTreeSet<&str>> = Vec::new();
    for (&n, r) in &reachable {
        if !r.contains(n) || out.iter().any(|c| c.contains(n)) {
            continue;
        }
        let component: BTreeSet<&str> = r
            .iter()
            .copied()
            .filter(|m| reachable[m].contains(n))
            .collect();
        out.push(component);
    }
    out
}
