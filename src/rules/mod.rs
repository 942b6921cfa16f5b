//! The rule engine: every check is a [`Rule`] with a stable code, a kebab-case name, a
//! default severity, a citation and an explanation (its doc comment, which `lsk explain`
//! prints). One file per rule, grouped by code range; [`registry`] lists them all.
//!
//! Rules LSK001–LSK005 and LSK007 are found while loading (see [`crate::load`]); their
//! `check` does nothing. The rules that read a file's text (LSK106, LSK205, LSK210,
//! LSK401) look at one file at a time ([`Rule::check_file`]): `check` runs them as each
//! file is loaded, while its text is at hand. All others look at the loaded [`Repository`].

pub mod lsk0xx;
pub mod lsk1xx;
pub mod lsk2xx;
pub mod lsk3xx;
pub mod lsk4xx;
pub mod suppressions;

use rayon::prelude::*;

pub use crate::diagnostic::{Described, RuleMeta};
use crate::diagnostic::{Diagnostic, Severity};
use crate::lang::Lang;
use crate::model::config::{Config, RuleLevel};
use crate::model::obligations::{self, Duty, Obligation};
use crate::model::{Date, Document, Repository};
use crate::syntax::{SourceFile, Span};

/// A check over the loaded repository, or over one file at a time.
pub trait Rule: Described + Sync {
    /// Appends the rule's findings. Rules found while loading keep the default.
    fn check(&self, _cx: &Context, _out: &mut Vec<Diagnostic>) {}

    /// Appends the rule's findings in one file, for rules that read the file's text.
    fn check_file(&self, _cx: &FileContext, _out: &mut Vec<Diagnostic>) {}
}

/// What a rule that reads one file sees: the file, its document if it is one, and the
/// settings.
pub struct FileContext<'a> {
    pub config: &'a Config,
    pub lang: Lang,
    pub file: &'a SourceFile,
    pub document: Option<&'a Document>,
}

impl FileContext<'_> {
    /// A diagnostic of `rule` at `span` in the file, with its document's id.
    pub fn diag(&self, rule: &RuleMeta, span: Span, message: impl Into<String>) -> Diagnostic {
        Diagnostic::new(rule, self.file, span, message).with_document(self.document.map(|d| d.id()))
    }
}

/// The findings of every rule that reads files ([`Rule::check_file`]) in one file, but
/// those of rules switched off in `lsk.yaml`.
pub fn check_file(
    config: &Config,
    file: &SourceFile,
    document: Option<&Document>,
) -> Vec<Diagnostic> {
    let cx = FileContext {
        config,
        lang: config.lang,
        file,
        document,
    };
    let mut out = Vec::new();
    for rule in registry().all() {
        rule.check_file(&cx, &mut out);
    }
    // Looked up per finding, not per rule and file: most files have none.
    out.retain(|d| config.rules.get(d.code) != Some(&RuleLevel::Off));
    out
}

/// What a rule sees: the repository, today's date, the message language, and the duties
/// not yet done as of today ([`obligations::open`]), computed once for every rule.
pub struct Context<'a> {
    pub repo: &'a Repository,
    pub today: Date,
    pub lang: Lang,
    /// Worked out at the start of [`run`], beside the rules (or by the first rule that asks).
    obligations: std::sync::OnceLock<Vec<Obligation>>,
}

impl<'a> Context<'a> {
    pub fn new(repo: &'a Repository, today: Date) -> Self {
        Context {
            repo,
            today,
            lang: repo.config.lang,
            obligations: std::sync::OnceLock::new(),
        }
    }

    /// The duties not yet done as of today.
    pub fn obligations(&self) -> &[Obligation] {
        self.obligations.get_or_init(|| {
            obligations::open(self.repo, self.today, obligations::years_around(self.today))
        })
    }

    /// The duties of one kind missed as of today, with their documents.
    pub fn missed(&self, duty: Duty) -> impl Iterator<Item = (&Obligation, Option<&'a Document>)> {
        let repo = self.repo;
        self.obligations()
            .iter()
            .filter(move |o| o.duty == duty && o.is_missed(self.today))
            .map(move |o| (o, o.document.map(|i| &repo.documents[i])))
    }

    /// A diagnostic of `rule` about a missed duty: at its place in its document, or at
    /// `lsk.yaml` for a duty of the repository as a whole.
    pub fn diag_for(
        &self,
        rule: &RuleMeta,
        o: &Obligation,
        doc: Option<&Document>,
        message: impl Into<String>,
    ) -> Diagnostic {
        let d = match (doc, o.span) {
            (Some(doc), Some(span)) => self.diag(rule, doc, span, message),
            (Some(doc), None) => self.diag(rule, doc, doc.first_line(), message),
            _ => Diagnostic::at_file(rule, crate::model::config::FILE_NAME, message),
        };
        d.with_obligation(&o.key)
    }

    /// A diagnostic of `rule` at `span` in `doc`'s file.
    pub fn diag(
        &self,
        rule: &RuleMeta,
        doc: &Document,
        span: Span,
        message: impl Into<String>,
    ) -> Diagnostic {
        Diagnostic::new(rule, self.repo.file_of(doc), span, message).with_document(Some(doc.id()))
    }
}

/// All rules, in code order.
pub struct Registry {
    rules: Vec<&'static dyn Rule>,
}

impl Registry {
    pub fn all(&self) -> &[&'static dyn Rule] {
        &self.rules
    }

    /// A rule by code (`LSK102`, case-insensitive) or name (`process-without-activities`).
    pub fn find(&self, code_or_name: &str) -> Option<&'static dyn Rule> {
        self.rules.iter().copied().find(|r| {
            let m = r.meta();
            m.code.eq_ignore_ascii_case(code_or_name) || m.name == code_or_name
        })
    }
}

pub fn registry() -> &'static Registry {
    static REGISTRY: std::sync::OnceLock<Registry> = std::sync::OnceLock::new();
    REGISTRY.get_or_init(|| {
        let mut rules: Vec<&'static dyn Rule> = Vec::new();
        rules.extend_from_slice(lsk0xx::RULES);
        rules.extend_from_slice(lsk1xx::RULES);
        rules.extend_from_slice(lsk2xx::RULES);
        rules.extend_from_slice(lsk3xx::RULES);
        rules.extend_from_slice(lsk4xx::RULES);
        rules.sort_by_key(|r| r.meta().code);
        Registry { rules }
    })
}

/// The severity a rule has in this repository (`regler` in `lsk.yaml`), or `None` when off.
pub fn effective_severity(
    config: &crate::model::config::Config,
    meta: &RuleMeta,
) -> Option<Severity> {
    match config.rules.get(meta.code) {
        Some(RuleLevel::Off) => None,
        Some(RuleLevel::Error) => Some(Severity::Error),
        Some(RuleLevel::Warning) => Some(Severity::Warning),
        None => Some(meta.severity),
    }
}

/// Runs every rule and merges the loader's findings: configured severities applied,
/// rules switched off dropped, sorted by file, line, column and code.
pub fn run(repo: &Repository, today: Date, mut found: Vec<Diagnostic>) -> Vec<Diagnostic> {
    let cx = Context::new(repo, today);
    if !repo.files_checked {
        // The rules that read files, unless loading ran them (`check` does).
        let per_file: Vec<Vec<Diagnostic>> = repo
            .files
            .par_iter()
            .zip(repo.document_per_file())
            .map(|(file, doc)| check_file(&repo.config, file, doc))
            .collect();
        found.extend(per_file.into_iter().flatten());
    }
    // The duties are worked out on one thread from the start while the rules run on the
    // other: computed by the first rule that asks, the rules that need them too would
    // hold their threads idle, waiting.
    let ((), per_rule) = rayon::join(
        || {
            cx.obligations();
        },
        || {
            registry()
                .all()
                .par_iter()
                .map(|rule| {
                    let mut out = Vec::new();
                    rule.check(&cx, &mut out);
                    out
                })
                .collect::<Vec<Vec<Diagnostic>>>()
        },
    );
    found.extend(per_rule.into_iter().flatten());
    // `regler` in lsk.yaml overrides a rule's severity; otherwise a finding keeps the
    // severity its rule gave it (LSK114 gives a draft's reference a warning).
    found.retain_mut(|d| match repo.config.rules.get(d.code) {
        Some(RuleLevel::Off) => false,
        Some(RuleLevel::Error) => {
            d.severity = Severity::Error;
            true
        }
        Some(RuleLevel::Warning) => {
            d.severity = Severity::Warning;
            true
        }
        None => true,
    });
    found.sort_by(|a, b| {
        a.sort_key()
            .cmp(&b.sort_key())
            .then_with(|| a.message.cmp(&b.message))
    });
    found.dedup();
    cap_per_file(found, repo.config.lang)
}

pub use crate::diagnostic::MAX_PER_FILE;

fn cap_per_file(found: Vec<Diagnostic>, lang: crate::lang::Lang) -> Vec<Diagnostic> {
    let mut counts: std::collections::HashMap<(String, &'static str), usize> =
        std::collections::HashMap::new();
    for d in &found {
        *counts.entry((d.file.clone(), d.code)).or_default() += 1;
    }
    if counts.values().all(|&n| n <= MAX_PER_FILE) {
        return found;
    }
    let mut seen: std::collections::HashMap<(String, &'static str), usize> =
        std::collections::HashMap::new();
    let mut kept = Vec::new();
    for mut d in found {
        let key = (d.file.clone(), d.code);
        let n = seen.entry(key.clone()).or_default();
        *n += 1;
        if *n > MAX_PER_FILE {
            continue;
        }
        if *n == MAX_PER_FILE {
            let more = counts[&key] - MAX_PER_FILE;
            if more > 0 {
                d.message.push_str(&crate::tr!(
                    lang,
                    " (Ytterligare {} fynd av {} i filen visas inte.)",
                    " ({} more findings of {} in the file are not shown.)",
                    more,
                    d.code
                ));
            }
        }
        kept.push(d);
    }
    kept
}

/// Shared helpers for rules that look up references.
pub mod refs {
    use crate::text::suggest;
    use crate::tr;

    use super::Context;

    /// " Menade du `X`?" for the closest of `candidates`, or nothing.
    pub fn did_you_mean<'a>(
        cx: &Context,
        id: &str,
        candidates: impl IntoIterator<Item = &'a str>,
    ) -> Option<String> {
        suggest(id, candidates).map(|c| tr!(cx.lang, "Menade du `{}`?", "Did you mean `{}`?", c))
    }
}
