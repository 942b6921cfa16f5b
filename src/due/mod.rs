//! `lsk due`: one list of everything that falls due or is overdue — document reviews,
//! åtgärder, egenkontroll periods, samverkan follow-ups, the kvalitetsråd still needed this
//! year and the yearly reports — sorted by date, each with its document and owner. The renderers are in
//! [`crate::output::due`].

use serde::Serialize;

use crate::lang::Lang;
use crate::model::obligations::{self, Duty, Obligation, Subject};
use crate::model::{Date, Repository};
use crate::tr;

/// What kind of thing falls due: the obligation's duty.
pub use crate::model::obligations::Duty as ItemKind;

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
    /// The obligation's key, independent of its date: the calendar UID is made from it,
    /// so a moved date updates the event instead of adding one.
    pub key: String,
}

impl Item {
    /// Overdue: the same rule as everywhere ([`Obligation::is_missed`]).
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

/// Lists the obligations not yet done ([`obligations::open`]) that are overdue or fall
/// due within the window, sorted by date.
pub fn collect(repo: &Repository, query: &Query) -> DueList {
    let lang = repo.config.lang;
    let today = query.today;
    let horizon = today.saturating_add_days(i64::from(query.within));
    let mut items: Vec<Item> = obligations::open(repo, today, obligations::years_around(today))
        .into_iter()
        .filter(|o| o.due <= horizon)
        .filter(|o| {
            query
                .owner
                .as_ref()
                .is_none_or(|owner| o.owner.as_deref() == Some(owner.as_str()))
        })
        .map(|o| item(repo, &o, lang))
        .collect();
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

/// An obligation as a line of the list.
fn item(repo: &Repository, o: &Obligation, lang: Lang) -> Item {
    let doc = o.document.map(|i| &repo.documents[i]);
    let (file, line) = match (doc, o.span) {
        (Some(doc), span) => {
            let file = repo.file_of(doc);
            let at = span.unwrap_or(doc.first_line());
            (Some(file.path.clone()), Some(file.line_col(at.start).0))
        }
        _ => (None, None),
    };
    let period = o.period.map(|p| p.to_string()).unwrap_or_default();
    let what = match (&o.subject, doc) {
        (Subject::Document, Some(doc)) if o.duty == Duty::Review => {
            let title = doc
                .header
                .title
                .as_ref()
                .map_or(doc.id(), |t| t.value.as_str());
            format!("{title} ({})", doc.typ())
        }
        (Subject::Document | Subject::NeverFollowedUp, Some(doc)) => {
            let party = doc
                .agreement()
                .and_then(|a| a.party.as_ref())
                .map_or("", |p| p.value.as_str());
            if o.subject == Subject::NeverFollowedUp {
                tr!(
                    lang,
                    "följ upp överenskommelsen med {} (aldrig uppföljd)",
                    "follow up the agreement with {} (never followed up)",
                    party
                )
            } else {
                tr!(
                    lang,
                    "följ upp överenskommelsen med {}",
                    "follow up the agreement with {}",
                    party
                )
            }
        }
        (Subject::Item(id), Some(doc)) => {
            let text = match o.duty {
                Duty::Action => doc
                    .action_plan()
                    .and_then(|p| p.actions.iter().find(|a| a.id.as_str() == id))
                    .and_then(|a| a.description.as_ref())
                    .map_or("", |d| d.value.as_str()),
                _ => doc
                    .self_inspection_plan()
                    .and_then(|p| p.controls.iter().find(|c| c.id.as_str() == id))
                    .and_then(|c| c.what.as_ref())
                    .map_or("", |w| w.value.as_str()),
            };
            match o.duty {
                Duty::Action => format!("{id}: {text}"),
                _ => tr!(lang, "{} för {}: {}", "{} for {}: {}", id, period, text),
            }
        }
        (Subject::LatestRiskAnalysis(Some(last)), _) => tr!(
            lang,
            "ny riskanalys (senaste {})",
            "a new risk analysis (latest {})",
            last
        ),
        (Subject::LatestRiskAnalysis(None), _) => {
            tr!(lang, "ingen riskanalys finns", "there is no risk analysis")
        }
        (Subject::Council { n, wanted, .. }, _) => {
            tr!(
                lang,
                "{} av {} för {}",
                "{} of {} for {}",
                n,
                wanted,
                o.year
            )
        }
        (Subject::Tertial, _) => tr!(lang, "uppföljning av {}", "follow-up of {}", period),
        (Subject::Report, _) => tr!(lang, "avser {}", "for {}", o.year),
        _ => String::new(),
    };
    Item {
        date: o.due,
        kind: o.duty,
        what,
        document: doc.map(|d| d.id().to_string()),
        file,
        line,
        owner: o.owner.clone(),
        key: o.key.clone(),
    }
}
