//! `lsk due`: one list of everything that falls due or is overdue — document reviews,
//! åtgärder, egenkontroll periods, samverkan follow-ups, the kvalitetsråd still needed this
//! year and the yearly reports — sorted by date, each with its document and owner.

mod ics;
mod json;
mod markdown;

pub use ics::Ics;
pub use json::Json;
pub use markdown::Markdown;

use serde::Serialize;

use crate::diagnostic::Span;
use crate::lang::Lang;
use crate::model::{Area, Date, Document, Function, Kind, Repository};
use crate::rules::lsk2xx::review;
use crate::rules::lsk3xx::{councils_in, current};
use crate::tr;

/// What kind of thing falls due.
#[derive(Debug, Clone, Copy, PartialEq, Eq, PartialOrd, Ord, Serialize)]
#[serde(rename_all = "kebab-case")]
pub enum ItemKind {
    /// A governed document's review (`revideras_senast`).
    Review,
    /// An åtgärd's `klart_senast`.
    Action,
    /// An egenkontroll period without a performed control.
    Control,
    /// A samverkan agreement's next follow-up.
    Collaboration,
    /// A kvalitetsråd still needed this year.
    QualityCouncil,
    /// The patientsäkerhetsberättelse (1 March, HSL only).
    PatientSafetyReport,
    /// The kvalitetsberättelse (`kvalitetsberättelse_senast`).
    QualityReport,
}

impl ItemKind {
    pub fn label(self, lang: Lang) -> &'static str {
        match self {
            ItemKind::Review => lang.pick("Revision", "Review"),
            ItemKind::Action => lang.pick("Åtgärd", "Action"),
            ItemKind::Control => lang.pick("Egenkontroll", "Self-inspection"),
            ItemKind::Collaboration => lang.pick("Samverkan", "Collaboration"),
            ItemKind::QualityCouncil => lang.pick("Kvalitetsråd", "Quality council"),
            ItemKind::PatientSafetyReport => {
                lang.pick("Patientsäkerhetsberättelse", "Patient safety report")
            }
            ItemKind::QualityReport => lang.pick("Kvalitetsberättelse", "Quality report"),
        }
    }
}

/// One thing that falls due.
#[derive(Debug, Clone, PartialEq, Eq, Serialize)]
pub struct Item {
    pub date: Date,
    pub kind: ItemKind,
    /// What is to be done, after the kind's label ("Åtgärd: Å-7: Schema för …").
    pub what: String,
    /// The document it concerns, if any.
    pub document: Option<String>,
    pub file: Option<String>,
    pub line: Option<usize>,
    /// The role that owns it.
    pub owner: Option<String>,
    /// What the item is, independent of its date: the calendar UID is made from it, so a
    /// moved date updates the event instead of adding one.
    pub key: String,
}

impl Item {
    pub fn is_overdue(&self, today: Date) -> bool {
        self.date < today
    }
}

/// What to list.
#[derive(Debug, Clone)]
pub struct Query {
    pub today: Date,
    /// Items up to this many days ahead (overdue items are always listed).
    pub within: u32,
    /// Only items owned by this role.
    pub owner: Option<String>,
}

/// The list: everything overdue or due within the window, sorted by date.
pub struct DueList {
    pub organisation: String,
    pub today: Date,
    pub within: u32,
    pub owner: Option<String>,
    pub lang: Lang,
    pub items: Vec<Item>,
}

/// Collects every item, filters by the query and sorts by date.
pub fn collect(repo: &Repository, query: &Query) -> DueList {
    let mut items = Vec::new();
    let lang = repo.config.lang;
    let today = query.today;
    let at = |doc: &Document, span: Span| {
        let file = repo.file_of(doc);
        (Some(file.path.clone()), Some(file.line_col(span.start).0))
    };

    // Document reviews.
    for doc in &repo.documents {
        let Some(r) = review(doc, &repo.config) else {
            continue;
        };
        let (file, line) = at(doc, r.span);
        let title = doc
            .header
            .title
            .as_ref()
            .map_or(doc.id(), |t| t.value.as_str());
        items.push(Item {
            date: r.due,
            kind: ItemKind::Review,
            what: format!("{title} ({})", doc.typ()),
            document: Some(doc.id().to_string()),
            file,
            line,
            owner: doc.header.owner.as_ref().map(|o| o.value.to_string()),
            key: format!("review/{}", doc.id()),
        });
    }

    for doc in current(repo) {
        match &doc.kind {
            Kind::ActionPlan(plan) => {
                for action in plan.actions.iter().filter(|a| !a.is_closed()) {
                    let Some(due) = &action.due else { continue };
                    let (file, line) = at(doc, due.span);
                    let text = action.description.as_ref().map_or("", |d| d.value.as_str());
                    items.push(Item {
                        date: due.value,
                        kind: ItemKind::Action,
                        what: format!("{}: {text}", action.id.as_str()),
                        document: Some(doc.id().to_string()),
                        file,
                        line,
                        owner: action.responsible.as_ref().map(|o| o.value.to_string()),
                        key: format!("action/{}", action.id.as_str()),
                    });
                }
            }
            Kind::SelfInspectionPlan(plan) => {
                let Some(year) = plan.year.as_ref().map(|y| y.value.0) else {
                    continue;
                };
                if year != today.year() {
                    continue;
                }
                for control in &plan.controls {
                    let Some(frequency) = &control.frequency else {
                        continue;
                    };
                    let what = control.what.as_ref().map_or("", |w| w.value.as_str());
                    for period in frequency.value.periods(year) {
                        if control.performed_in(period) || !repo.config.demands_from(period.start())
                        {
                            continue;
                        }
                        let (file, line) = at(doc, control.id.span);
                        items.push(Item {
                            date: period.end(),
                            kind: ItemKind::Control,
                            what: tr!(
                                lang,
                                "{} för {}: {}",
                                "{} for {}: {}",
                                control.id.as_str(),
                                period,
                                what
                            ),
                            document: Some(doc.id().to_string()),
                            file,
                            line,
                            owner: control.responsible.as_ref().map(|o| o.value.to_string()),
                            key: format!("control/{}/{period}", control.id.as_str()),
                        });
                    }
                }
            }
            Kind::Agreement(agreement) => {
                let (date, span, what) =
                    match (&agreement.last_followed_up, agreement.next_follow_up()) {
                        (Some(last), Some(next)) => (
                            next,
                            last.span,
                            tr!(
                                lang,
                                "följ upp överenskommelsen med {}",
                                "follow up the agreement with {}",
                                agreement.party.as_ref().map_or("", |p| p.value.as_str())
                            ),
                        ),
                        _ => (
                            today,
                            doc.first_line(),
                            tr!(
                                lang,
                                "följ upp överenskommelsen med {} (aldrig uppföljd)",
                                "follow up the agreement with {} (never followed up)",
                                agreement.party.as_ref().map_or("", |p| p.value.as_str())
                            ),
                        ),
                    };
                let (file, line) = at(doc, span);
                items.push(Item {
                    date,
                    kind: ItemKind::Collaboration,
                    what,
                    document: Some(doc.id().to_string()),
                    file,
                    line,
                    owner: doc.header.owner.as_ref().map(|o| o.value.to_string()),
                    key: format!("collaboration/{}", doc.id()),
                });
            }
            _ => {}
        }
    }

    // Kvalitetsråd still needed this year: due by 31 December.
    let year = today.year();
    let wanted = repo.config.councils_per_year as usize;
    let held = councils_in(repo, year);
    let year_end = Date::new(year, 12, 31).expect("31 December");
    let head = role_with(
        repo,
        &[Function::AdministrationHead, Function::QualityDeveloper],
    );
    for n in held + 1..=wanted {
        items.push(Item {
            date: year_end,
            kind: ItemKind::QualityCouncil,
            what: tr!(lang, "{} av {} för {}", "{} of {} for {}", n, wanted, year),
            document: None,
            file: None,
            line: None,
            owner: head.clone(),
            key: format!("quality-council/{year}/{n}"),
        });
    }

    // The yearly reports: the next one of each that falls due on or after today.
    let mut report = |kind: ItemKind, due_in: &dyn Fn(i16) -> Date, owner: Option<String>| {
        let (for_year, date) = if today <= due_in(year) {
            (year - 1, due_in(year))
        } else {
            (year, due_in(year + 1))
        };
        items.push(Item {
            date,
            kind,
            what: tr!(lang, "avser {}", "for {}", for_year),
            document: None,
            file: None,
            line: None,
            owner,
            key: format!("report/{kind:?}/{for_year}"),
        });
    };
    if repo.config.in_scope(Area::Hsl) {
        let mas = role_with(repo, &[Function::Mas, Function::HealthCareHead]);
        report(
            ItemKind::PatientSafetyReport,
            &|y| Date::new(y, 3, 1).expect("1 March"),
            mas,
        );
    }
    let by = repo.config.quality_report_by;
    report(ItemKind::QualityReport, &|y| by.in_year(y), head);

    let horizon = today.add_days(query.within as i32);
    items.retain(|i| i.date <= horizon);
    if let Some(owner) = &query.owner {
        items.retain(|i| i.owner.as_deref() == Some(owner.as_str()));
    }
    items.sort_by(|a, b| {
        (a.date, a.kind, &a.document, &a.key).cmp(&(b.date, b.kind, &b.document, &b.key))
    });
    DueList {
        organisation: repo.config.organisation.clone(),
        today,
        within: query.within,
        owner: query.owner.clone(),
        lang,
        items,
    }
}

/// The first role (by id) that holds one of `functions`, in order of preference.
fn role_with(repo: &Repository, functions: &[Function]) -> Option<String> {
    functions.iter().find_map(|f| {
        let mut ids: Vec<&str> = repo
            .roles()
            .filter(|(_, r)| r.function.as_ref().is_some_and(|x| x.value == *f))
            .map(|(_, r)| r.id.as_str())
            .collect();
        ids.sort_unstable();
        ids.first().map(|s| s.to_string())
    })
}

/// An output format of the list.
pub trait Renderer {
    fn render(&self, list: &DueList) -> String;
}
