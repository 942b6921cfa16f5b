//! Obligations: every recurring duty the management system puts on the organisation, with
//! its deadline. This is the one answer to "what is due and what was missed": the rules
//! (LSK202, LSK203, LSK301, LSK303, LSK305–LSK308), `lsk due` and both yearly reports
//! ask it, and none of them computes a deadline of its own.
//!
//! Two conventions hold everywhere:
//! - a duty is **missed** from the day after its deadline ([`Obligation::is_missed`]);
//!   a period's work is due on the period's last day, so a period has ended the day
//!   after its last day;
//! - periods that began before the system was introduced (`införd`) demand nothing.
//!
//! Only duties not yet done are listed. A duty a file that failed to load could have
//! done (its text names the period, year or id) is left out: that file's LSK001/LSK002
//! is the one finding, and no feature guesses.

use std::ops::RangeInclusive;

use super::{Area, Date, DocId, DocType, Document, Function, Kind, Period, Repository, Status};
use crate::syntax::Span;

/// What kind of duty.
#[derive(Debug, Clone, Copy, PartialEq, Eq, PartialOrd, Ord, Hash, serde::Serialize)]
#[serde(rename_all = "kebab-case")]
pub enum Duty {
    /// A governed document's review (`revideras_senast`, or `fastställd` + interval).
    Review,
    /// A risk analysis at least every 12 months.
    RiskAnalysis,
    /// An åtgärd's `klart_senast`.
    Action,
    /// An egenkontroll for one period of its frequency.
    Control,
    /// A follow-up (uppföljning) covering one tertial.
    FollowUp,
    /// A samverkan agreement's next follow-up.
    Collaboration,
    /// One of the year's kvalitetsråd (`kvalitetsråd_per_år`).
    QualityCouncil,
    /// The patientsäkerhetsberättelse for a year, by 1 March the year after (HSL only).
    PatientSafetyReport,
    /// The kvalitetsberättelse for a year, by `kvalitetsberättelse_senast`.
    QualityReport,
}

impl Duty {
    /// The duty's name, as a list or calendar labels it.
    pub fn label(self, lang: crate::lang::Lang) -> &'static str {
        match self {
            Duty::Review => lang.pick("Revision", "Review"),
            Duty::RiskAnalysis => lang.pick("Riskanalys", "Risk analysis"),
            Duty::Action => lang.pick("Åtgärd", "Action"),
            Duty::Control => lang.pick("Egenkontroll", "Self-inspection"),
            Duty::FollowUp => lang.pick("Uppföljning", "Follow-up"),
            Duty::Collaboration => lang.pick("Samverkan", "Collaboration"),
            Duty::QualityCouncil => lang.pick("Kvalitetsråd", "Quality council"),
            Duty::PatientSafetyReport => {
                lang.pick("Patientsäkerhetsberättelse", "Patient safety report")
            }
            Duty::QualityReport => lang.pick("Kvalitetsberättelse", "Quality report"),
        }
    }

    /// Whether the repository can tell that the duty was done. The berättelser are
    /// written from the repository, not kept in it: they are reminders, never "missed".
    pub fn is_tracked(self) -> bool {
        !matches!(self, Duty::PatientSafetyReport | Duty::QualityReport)
    }
}

/// Who the reminder is about, for messages.
#[derive(Debug, Clone, PartialEq, Eq)]
pub enum Subject {
    /// A document's own duty (review, agreement follow-up).
    Document,
    /// An item inside a document: an action or a control, by id.
    Item(String),
    /// A risk analysis: the latest one, if any.
    LatestRiskAnalysis(Option<Date>),
    /// An agreement never followed up.
    NeverFollowedUp,
    /// The `n`th of `wanted` councils of a year, `held` held so far.
    Council {
        n: usize,
        wanted: usize,
        held: usize,
    },
    /// A yearly report.
    Report,
    /// A tertial without follow-up.
    Tertial,
}

/// One duty not yet done.
#[derive(Debug, Clone, PartialEq, Eq)]
pub struct Obligation {
    pub duty: Duty,
    /// What the duty is, whatever its date: `review/RUT-X`, `control/EK-1/2026-03`. The
    /// same duty keeps its key when its date moves (calendar UIDs are made from it).
    pub key: String,
    /// The last day it may be done on.
    pub due: Date,
    /// The period it is for, when it recurs per period.
    pub period: Option<Period>,
    /// The year it counts in, for the yearly reports: its period's, else its deadline's.
    pub year: i16,
    /// The document it concerns, and where in it to point.
    pub document: Option<DocId>,
    pub span: Option<Span>,
    /// The role that owns it.
    pub owner: Option<String>,
    pub subject: Subject,
    /// The legal areas it concerns (the item's `omfattning`, else its document's); empty
    /// means every area, e.g. the yearly kvalitetsråd.
    pub areas: Vec<Area>,
}

impl Obligation {
    /// The id of the action or control the duty is about.
    pub fn item(&self) -> Option<&str> {
        match &self.subject {
            Subject::Item(id) => Some(id),
            _ => None,
        }
    }

    /// Missed: today is after the deadline.
    pub fn is_missed(&self, today: Date) -> bool {
        self.duty.is_tracked() && today > self.due
    }
}

/// When a governed document's next review falls due.
#[derive(Debug, Clone, Copy)]
pub struct Review {
    pub decided: Date,
    /// `revideras_senast` if written, else `fastställd` + the type's interval.
    pub due: Date,
    /// Whether `due` was written (`revideras_senast`) or computed.
    pub explicit: bool,
    /// Where to point: `revideras_senast` when written, else `fastställd`.
    pub span: Span,
}

impl Review {
    /// A review date before the decision is LSK204's fault; no review is due then.
    pub fn is_consistent(&self) -> bool {
        self.due >= self.decided
    }
}

/// The review of a `gällande` governed document that has a valid `fastställd`.
pub fn review(doc: &Document, config: &super::config::Config) -> Option<Review> {
    if !doc.is_governed() || doc.status() != Status::InForce {
        return None;
    }
    let decided = doc.header.decided.as_ref()?;
    config.review_months(doc.typ())?;
    let review_by = doc.header.review_by.as_ref();
    let due = review_due(config, doc.typ(), decided.value, review_by.map(|r| r.value))?;
    Some(match review_by {
        Some(r) => Review {
            decided: decided.value,
            due: r.value,
            explicit: true,
            span: r.span,
        },
        None => Review {
            decided: decided.value,
            due,
            explicit: false,
            span: decided.span,
        },
    })
}

/// When a decision made on `decided` must be reviewed: `revideras_senast` when written,
/// else `decided` plus the type's interval from `lsk.yaml`; `None` for a type that is not
/// reviewed. The one review rule, also for old versions read from the history.
pub fn review_due(
    config: &super::config::Config,
    typ: DocType,
    decided: Date,
    review_by: Option<Date>,
) -> Option<Date> {
    let months = config.review_months(typ)?;
    Some(review_by.unwrap_or_else(|| decided.add_months(months as i32)))
}

/// Quality councils held in `year` (by `datum`).
pub fn councils_in(repo: &Repository, year: i16) -> usize {
    current(repo)
        .filter(|(_, d)| match &d.kind {
            Kind::QualityCouncil(k) => k.date.as_ref().is_some_and(|x| x.value.year() == year),
            _ => false,
        })
        .count()
}

/// The years whose periodic duties (controls, follow-ups, councils) `today` looks at:
/// last year, this year and next.
pub fn years_around(today: Date) -> RangeInclusive<i16> {
    today.year() - 1..=today.year() + 1
}

/// Every duty not yet done as of `today`. Periodic duties are those of `years`;
/// reviews, actions, agreements and the risk analysis are listed whatever their year.
pub fn open(repo: &Repository, today: Date, years: RangeInclusive<i16>) -> Vec<Obligation> {
    // About one duty per document: sized once, not grown (and copied) a dozen times.
    let mut out = Vec::with_capacity(repo.documents.len() + 64);
    reviews(repo, &mut out);
    risk_analysis(repo, today, &mut out);
    actions(repo, &mut out);
    controls(repo, &years, &mut out);
    follow_ups(repo, &years, &mut out);
    agreements(repo, today, &mut out);
    councils(repo, &years, &mut out);
    reports(repo, today, &mut out);
    out.sort_by(|a, b| (a.due, a.duty, &a.key).cmp(&(b.due, b.duty, &b.key)));
    out
}

/// The duties missed as of `today` that count in `year`: what the report for `year`
/// lists as missing, and what `check` and `due` report for that year.
pub fn missed_in_year(repo: &Repository, today: Date, year: i16) -> Vec<Obligation> {
    open(repo, today, year..=year)
        .into_iter()
        .filter(|o| o.year == year && o.is_missed(today))
        .collect()
}

/// The documents that count, with their index: all but the repealed.
fn current(repo: &Repository) -> impl Iterator<Item = (DocId, &Document)> {
    repo.documents
        .iter()
        .enumerate()
        .filter(|(_, d)| d.status() != Status::Repealed)
}

/// `kind/id`: built directly, as there is one for nearly every document.
fn key(kind: &str, id: &str) -> String {
    [kind, "/", id].concat()
}

fn owner_of(doc: &Document) -> Option<String> {
    doc.header
        .owner
        .as_ref()
        .map(|o| o.value.as_str().to_owned())
}

fn reviews(repo: &Repository, out: &mut Vec<Obligation>) {
    for (i, doc) in repo.documents.iter().enumerate() {
        let Some(r) = review(doc, &repo.config) else {
            continue;
        };
        if !r.is_consistent() {
            continue;
        }
        out.push(Obligation {
            duty: Duty::Review,
            key: key("review", doc.id()),
            due: r.due,
            period: None,
            year: r.due.year(),
            document: Some(i),
            span: Some(r.span),
            owner: owner_of(doc),
            subject: Subject::Document,
            areas: doc.scope_of(&[]),
        });
    }
}

fn risk_analysis(repo: &Repository, today: Date, out: &mut Vec<Obligation>) {
    let latest = current(repo)
        .filter_map(|(i, d)| match &d.kind {
            Kind::RiskAnalysis(r) => r.performed.as_ref().map(|p| (p.value, i, p.span)),
            _ => None,
        })
        .filter(|(date, _, _)| *date <= today)
        .max_by_key(|(date, i, _)| (*date, std::cmp::Reverse(*i)));
    let (due, document, span, last) = match latest {
        // Due again within 12 months: the last day is the day before the anniversary.
        Some((date, i, span)) => (
            date.add_months(12).add_days(-1),
            Some(i),
            Some(span),
            Some(date),
        ),
        // An analysis without a valid date is LSK004/LSK005's finding; one that failed
        // to load is LSK001/LSK002's.
        None if repo.has_or_may_have(DocType::RiskAnalysis) => return,
        None => (today.add_days(-1), None, None, None),
    };
    out.push(Obligation {
        duty: Duty::RiskAnalysis,
        key: "risk-analysis".into(),
        due,
        period: None,
        year: due.year(),
        document,
        span,
        owner: None,
        subject: Subject::LatestRiskAnalysis(last),
        areas: Vec::new(),
    });
}

fn actions(repo: &Repository, out: &mut Vec<Obligation>) {
    for (i, doc) in current(repo) {
        let Kind::ActionPlan(plan) = &doc.kind else {
            continue;
        };
        for action in plan.actions.iter().filter(|a| !a.is_closed()) {
            let Some(due) = &action.due else { continue };
            out.push(Obligation {
                duty: Duty::Action,
                key: key("action", action.id.as_str()),
                due: due.value,
                period: None,
                year: due.value.year(),
                document: Some(i),
                span: Some(due.span),
                owner: action
                    .responsible
                    .as_ref()
                    .map(|o| o.value.as_str().to_owned()),
                subject: Subject::Item(action.id.as_str().to_string()),
                areas: doc.scope_of(&action.scope),
            });
        }
    }
}

fn controls(repo: &Repository, years: &RangeInclusive<i16>, out: &mut Vec<Obligation>) {
    for (i, doc) in current(repo) {
        let Kind::SelfInspectionPlan(plan) = &doc.kind else {
            continue;
        };
        let Some(year) = plan.year.as_ref().map(|y| y.value.0) else {
            continue;
        };
        if !years.contains(&year) {
            continue;
        }
        for control in &plan.controls {
            let Some(frequency) = &control.frequency else {
                continue;
            };
            for period in frequency.value.periods(year) {
                if control.performed_in(period) || !repo.config.demands_from(period.start()) {
                    continue;
                }
                out.push(Obligation {
                    duty: Duty::Control,
                    key: format!("control/{}/{period}", control.id.as_str()),
                    due: period.end(),
                    period: Some(period),
                    year,
                    document: Some(i),
                    span: Some(control.id.span),
                    owner: control
                        .responsible
                        .as_ref()
                        .map(|o| o.value.as_str().to_owned()),
                    subject: Subject::Item(control.id.as_str().to_string()),
                    areas: doc.scope_of(&control.scope),
                });
            }
        }
    }
}

fn follow_ups(repo: &Repository, years: &RangeInclusive<i16>, out: &mut Vec<Obligation>) {
    let covered: std::collections::HashSet<(i16, u8)> = current(repo)
        .filter_map(|(_, d)| match &d.kind {
            Kind::FollowUp(f) => f.period.as_ref().map(|p| p.value),
            _ => None,
        })
        .flat_map(Period::month_list)
        .collect();
    let owner = repo.role_with(&[Function::QualityDeveloper, Function::AdministrationHead]);
    for tertial in years
        .clone()
        .flat_map(|y| (1..=3).map(move |n| Period::Tertial(y, n)))
    {
        let done = tertial.month_list().iter().all(|m| covered.contains(m));
        if done
            || !repo.config.demands_from(tertial.start())
            || repo.unloaded_mentions(DocType::FollowUp, &tertial.to_string())
        {
            continue;
        }
        out.push(Obligation {
            duty: Duty::FollowUp,
            key: format!("follow-up/{tertial}"),
            due: tertial.end(),
            period: Some(tertial),
            year: tertial.year(),
            document: None,
            span: None,
            owner: owner.clone(),
            subject: Subject::Tertial,
            areas: Vec::new(),
        });
    }
}

fn agreements(repo: &Repository, today: Date, out: &mut Vec<Obligation>) {
    for (i, doc) in current(repo) {
        let Kind::Agreement(agreement) = &doc.kind else {
            continue;
        };
        let (due, span, subject) = match (&agreement.last_followed_up, agreement.next_follow_up()) {
            (Some(last), Some(next)) => (next, last.span, Subject::Document),
            // Never followed up: overdue now. A date that was written but invalid is
            // LSK005's finding, not a missed follow-up.
            (None, _) if !doc.is_faulty("senast_uppföljd") => (
                today.add_days(-1),
                doc.first_line(),
                Subject::NeverFollowedUp,
            ),
            _ => continue,
        };
        out.push(Obligation {
            duty: Duty::Collaboration,
            key: key("collaboration", doc.id()),
            due,
            period: None,
            year: due.year(),
            document: Some(i),
            span: Some(span),
            owner: owner_of(doc),
            subject,
            areas: doc.scope_of(&[]),
        });
    }
}

fn councils(repo: &Repository, years: &RangeInclusive<i16>, out: &mut Vec<Obligation>) {
    let wanted = repo.config.councils_per_year as usize;
    let head = repo.role_with(&[Function::AdministrationHead, Function::QualityDeveloper]);
    for year in years.clone() {
        let Some(start) = Date::new(year, 1, 1) else {
            continue;
        };
        if !repo.config.demands_from(start)
            || repo.unloaded_mentions(DocType::QualityCouncil, &year.to_string())
        {
            continue;
        }
        let held = councils_in(repo, year);
        let Some(year_end) = Date::new(year, 12, 31) else {
            continue;
        };
        for n in held + 1..=wanted {
            out.push(Obligation {
                duty: Duty::QualityCouncil,
                key: format!("quality-council/{year}/{n}"),
                due: year_end,
                period: Some(Period::Year(year)),
                year,
                document: None,
                span: None,
                owner: head.clone(),
                subject: Subject::Council { n, wanted, held },
                areas: Vec::new(),
            });
        }
    }
}

/// The next berättelse of each kind that falls due on or after today.
fn reports(repo: &Repository, today: Date, out: &mut Vec<Obligation>) {
    let year = today.year();
    let mut report = |duty: Duty, due_in: &dyn Fn(i16) -> Option<Date>, owner: Option<String>| {
        let (Some(this), Some(next)) = (due_in(year), due_in(year + 1)) else {
            return;
        };
        let (for_year, due) = if today <= this {
            (year - 1, this)
        } else {
            (year, next)
        };
        out.push(Obligation {
            duty,
            key: format!("report/{duty:?}/{for_year}"),
            due,
            period: Some(Period::Year(for_year)),
            year: for_year,
            document: None,
            span: None,
            owner,
            subject: Subject::Report,
            areas: match duty {
                Duty::PatientSafetyReport => vec![Area::Hsl],
                _ => Vec::new(),
            },
        });
    };
    if repo.config.in_scope(super::Area::Hsl) {
        let mas = repo.role_with(&[Function::Mas, Function::HealthCareHead]);
        report(Duty::PatientSafetyReport, &|y| Date::new(y, 3, 1), mas);
    }
    let by = repo.config.quality_report_by;
    let head = repo.role_with(&[Function::AdministrationHead, Function::QualityDeveloper]);
    report(Duty::QualityReport, &|y| Some(by.in_year(y)), head);
}
