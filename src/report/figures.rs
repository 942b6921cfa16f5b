//! What both reports are built from ([`Input`]) and the pieces every section uses: a
//! [`Part`] (blocks plus what is missing), tables, and placing the coordinator's prose under
//! its heading. The sections themselves are in [`super::sections`].

use super::model::{Block, Row, Source, Table};
use crate::control::changes::Contents;
use crate::history::History;
use crate::lang::Lang;
use crate::model::obligations::{self, Duty, Obligation, Subject};
use crate::model::{Area, Date, Document, Kind, Repository, Spanned, Status};
use crate::tr;

/// What a report is built from: the repository, the year, and the git history if any.
pub struct Input<'a> {
    pub repo: &'a Repository,
    pub year: i16,
    pub today: Date,
    pub history: Option<&'a History>,
    pub contents: Option<&'a dyn Contents>,
    /// Only documents that apply to health care (`omfattning` includes HSL, or is all).
    pub hsl_only: bool,
    /// The year's missed duties, computed once on first use ([`Input::missed`]).
    pub missed: std::cell::OnceCell<Vec<Obligation>>,
}

impl Input<'_> {
    /// The report's language: `språk` in lsk.yaml, or `--lang`.
    pub fn lang(&self) -> Lang {
        self.repo.config.lang
    }

    pub fn source(&self, doc: &Document) -> Source {
        Source {
            document: doc.id().to_string(),
            file: self.repo.file_of(doc).path.clone(),
        }
    }

    /// The documents that count: not repealed, and in HSL scope when that is asked for.
    pub fn documents(&self) -> impl Iterator<Item = &Document> {
        self.repo.documents.iter().filter(move |d| {
            d.status() != Status::Repealed
                && (!self.hsl_only
                    || d.header.scope.is_empty()
                    || d.header.scope.iter().any(|a| a.value == Area::Hsl))
        })
    }

    /// Whether an item (a risk, control, action, goal or indicator) with its own
    /// `omfattning` counts in this report: in the patientsäkerhetsberättelse only what
    /// concerns health care, by the item's own scope or else its document's.
    pub fn counts(&self, doc: &Document, item: &[Spanned<Area>]) -> bool {
        !self.hsl_only || crate::model::concerns(&doc.scope_of(item), Area::Hsl)
    }

    /// A follow-up's deviation counts for this report: in the patientsäkerhetsberättelse
    /// the HSL part of `avvikelser_per_verksamhet` when given; otherwise `avvikelser`, or
    /// the sum over the areas.
    pub fn deviations(&self, f: &crate::model::FollowUp) -> crate::model::Counts {
        let by_area = f.deviations_by_area.as_ref().map(|d| &d.value);
        if self.hsl_only
            && let Some(hsl) = by_area.and_then(|d| d.of(Area::Hsl))
        {
            return hsl.clone();
        }
        match (&f.deviations, by_area) {
            (Some(all), _) => all.value.clone(),
            (None, Some(by_area)) => by_area.total(),
            (None, None) => Default::default(),
        }
    }

    /// A role as people call it: its `namn`, else its id.
    pub fn role_title(&self, id: &str) -> String {
        self.repo.role_title(id)
    }

    /// A follow-up's synpunkter or klagomål for this report: in the
    /// patientsäkerhetsberättelse the HSL part when given; otherwise the total, or the sum
    /// over the areas.
    pub fn per_area(
        &self,
        total: &Option<Spanned<u32>>,
        by_area: &Option<Spanned<crate::model::AreaNumbers>>,
    ) -> u32 {
        let by_area = by_area.as_ref().map(|b| &b.value);
        if self.hsl_only
            && let Some(n) = by_area.and_then(|b| b.of(Area::Hsl))
        {
            return n;
        }
        match (total, by_area) {
            (Some(t), _) => t.value,
            (None, Some(b)) => b.total(),
            (None, None) => 0,
        }
    }

    /// Whether the service has areas beyond health care (socialtjänst, LSS): then what
    /// is not split by area cannot go into the patientsäkerhetsberättelse as it is.
    pub fn beyond_health_care(&self) -> bool {
        self.repo
            .config
            .areas
            .iter()
            .any(|&a| a != Area::Hsl && a != Area::Tandvard)
    }

    /// The quality councils held in the year, by date.
    pub fn councils_held(&self) -> Vec<(Date, &Document)> {
        let mut held: Vec<(Date, &Document)> = self
            .documents()
            .filter_map(|d| match &d.kind {
                Kind::QualityCouncil(k) => k
                    .date
                    .as_ref()
                    .map(|x| (x.value, d))
                    .filter(|(x, _)| self.in_year(*x)),
                _ => None,
            })
            .collect();
        held.sort_by_key(|(d, doc)| (*d, doc.id().to_string()));
        held
    }

    /// The last day the year's data can speak for: 31 December, or today within the year.
    pub fn cutoff(&self) -> Date {
        let end = Date::new(self.year, 12, 31).expect("31 December");
        end.min(self.today)
    }

    pub fn in_year(&self, d: Date) -> bool {
        d.year() == self.year
    }

    /// The duties of the year missed as of `today` ([`obligations::missed_in_year`]): the
    /// same set `check` reports and `lsk due` lists as overdue for the year. In a report
    /// limited to health care, only duties of documents in its scope (or of none).
    pub fn missed(&self) -> Vec<Obligation> {
        let in_scope: std::collections::HashSet<&str> = self.documents().map(|d| d.id()).collect();
        obligations::missed_in_year(self.repo, self.today, self.year)
            .into_iter()
            .filter(|o| {
                o.document
                    .is_none_or(|i| in_scope.contains(self.repo.documents[i].id()))
                    && (!self.hsl_only || crate::model::concerns(&o.areas, Area::Hsl))
            })
            .collect()
    }

    /// The missed duties of the kinds given, as sentences for "Underlag som saknas".
    pub fn missed_lines(&self, duties: &[Duty]) -> Vec<String> {
        self.missed()
            .iter()
            .filter(|o| duties.contains(&o.duty))
            .map(|o| describe(self.repo, o))
            .collect()
    }
}

/// A missed duty as a sentence.
pub fn describe(repo: &Repository, o: &Obligation) -> String {
    let lang = repo.config.lang;
    let doc = o
        .document
        .map(|i| repo.documents[i].id())
        .unwrap_or_default();
    let words = |p: Option<crate::model::Period>| p.map(|p| p.words(lang)).unwrap_or_default();
    match (&o.subject, o.duty) {
        (Subject::Item(id), Duty::Action) => tr!(
            lang,
            "Åtgärden {} skulle vara klar senast {} ({}).",
            "Action {} was due by {} ({}).",
            id,
            o.due,
            doc
        ),
        (Subject::Item(id), _) => tr!(
            lang,
            "Egenkontrollen {} utfördes inte för {} ({}).",
            "Self-inspection {} was not performed for {} ({}).",
            id,
            words(o.period),
            doc
        ),
        (Subject::Tertial, _) => {
            let p = o
                .period
                .map(|p| format!("{} ({}–{})", p.words(lang), p.start(), p.end()))
                .unwrap_or_default();
            tr!(
                lang,
                "Ingen uppföljning (sammanställning) för {}.",
                "No follow-up (compilation) for {}.",
                p
            )
        }
        (Subject::Council { held, wanted, .. }, _) => tr!(
            lang,
            "Protokoll från kvalitetsråd {}: {} hållna, minst {} ska hållas per år.",
            "Minutes of quality councils {}: {} held, at least {} are to be held a year.",
            o.year,
            held,
            wanted
        ),
        (Subject::NeverFollowedUp, _) => tr!(
            lang,
            "Samverkansöverenskommelsen {} har aldrig följts upp.",
            "Collaboration agreement {} has never been followed up.",
            doc
        ),
        (Subject::Document, Duty::Collaboration) => tr!(
            lang,
            "Samverkansöverenskommelsen {} skulle ha följts upp senast {}.",
            "Collaboration agreement {} was to be followed up by {}.",
            doc,
            o.due
        ),
        (Subject::Document, _) => tr!(
            lang,
            "{} skulle ha reviderats senast {}.",
            "{} was to be reviewed by {}.",
            doc,
            o.due
        ),
        (Subject::LatestRiskAnalysis(last), _) => match last {
            Some(d) => tr!(
                lang,
                "Ingen riskanalys de senaste 12 månaderna (senaste {}).",
                "No risk analysis in the last 12 months (latest {}).",
                d
            ),
            None => lang
                .pick("Ingen riskanalys finns.", "There is no risk analysis.")
                .to_string(),
        },
        (Subject::Report, _) => String::new(),
    }
}

/// Findings of one part of a report: its blocks, and what the data did not cover.
#[derive(Default)]
pub struct Part {
    pub blocks: Vec<Block>,
    pub missing: Vec<String>,
}

/// Adds a part's blocks to `section` and its missing data, under the section's title, to
/// `missing`.
pub fn take(missing: &mut Vec<(String, Vec<String>)>, section: &mut super::Section, part: Part) {
    section.blocks.extend(part.blocks);
    if !part.missing.is_empty() {
        missing.push((section.title.clone(), part.missing));
    }
}

/// "ja" or "nej", "yes" or "no".
pub fn yes_no(lang: Lang, yes: bool) -> String {
    match yes {
        true => lang.pick("ja", "yes"),
        false => lang.pick("nej", "no"),
    }
    .to_string()
}

pub fn table(caption: &str, headers: &[&str], rows: Vec<Row>) -> Block {
    Block::Table {
        table: Table {
            caption: caption.to_string(),
            headers: headers.iter().map(|h| h.to_string()).collect(),
            rows,
        },
    }
}

/// Places the coordinator's prose `heading` in `section`: right after the sub-heading it
/// matches (before the next one), or at the end if it matches the section's own title.
/// Returns whether it was placed.
pub fn place(section: &mut super::Section, heading: &str, block: Block) -> bool {
    if let Some(at) = section.blocks.iter().position(|b| b.is_heading(heading)) {
        let end = section.blocks[at + 1..]
            .iter()
            .position(|b| matches!(b, Block::Heading { .. }))
            .map_or(section.blocks.len(), |i| at + 1 + i);
        section.blocks.insert(end, block);
        return true;
    }
    if section.is_titled(heading) {
        section.blocks.push(block);
        return true;
    }
    false
}

pub use super::model::same_heading;
