//! The figures both reports are built from, each with the documents it came from and, where
//! the data does not cover something, a sentence saying so.

use std::collections::BTreeMap;

use super::model::{Block, Chart, Fact, Row, Series, Source, Table};
use crate::control::changes::{Contents, What, changes};
use crate::history::History;
use crate::model::obligations::{self, Duty, Obligation, Subject, review_due};
use crate::model::{
    ActionStatus, Area, Better, Date, DocType, Document, Kind, Period, Repository, Spanned, Status,
};

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
        self.repo
            .role(id)
            .and_then(|r| r.name.as_ref())
            .map_or_else(|| id.to_string(), |n| n.value.clone())
    }

    /// The last day the year's data can speak for: 31 December, or today within the year.
    pub fn cutoff(&self) -> Date {
        let end = Date::new(self.year, 12, 31).expect("31 December");
        end.min(self.today)
    }

    fn in_year(&self, d: Date) -> bool {
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
    fn missed_lines(&self, duties: &[Duty]) -> Vec<String> {
        self.missed()
            .iter()
            .filter(|o| duties.contains(&o.duty))
            .map(|o| describe(self.repo, o))
            .collect()
    }
}

/// A missed duty as a sentence.
fn describe(repo: &Repository, o: &Obligation) -> String {
    let doc = o
        .document
        .map(|i| repo.documents[i].id())
        .unwrap_or_default();
    match (&o.subject, o.duty) {
        (Subject::Item(id), Duty::Action) => {
            format!("Åtgärden {id} skulle vara klar senast {} ({doc}).", o.due)
        }
        (Subject::Item(id), _) => format!(
            "Egenkontrollen {id} utfördes inte för {} ({doc}).",
            o.period.map(|p| p.words()).unwrap_or_default()
        ),
        (Subject::Tertial, _) => {
            let p = o
                .period
                .map(|p| format!("{} ({}–{})", p.words(), p.start(), p.end()));
            format!(
                "Ingen uppföljning (sammanställning) för {}.",
                p.unwrap_or_default()
            )
        }
        (Subject::Council { held, wanted, .. }, _) => format!(
            "Protokoll från kvalitetsråd {}: {held} hållna, minst {wanted} ska hållas per år.",
            o.year
        ),
        (Subject::NeverFollowedUp, _) => {
            format!("Samverkansöverenskommelsen {doc} har aldrig följts upp.")
        }
        (Subject::Document, Duty::Collaboration) => format!(
            "Samverkansöverenskommelsen {doc} skulle ha följts upp senast {}.",
            o.due
        ),
        (Subject::Document, _) => {
            format!("{doc} skulle ha reviderats senast {}.", o.due)
        }
        (Subject::LatestRiskAnalysis(last), _) => match last {
            Some(d) => format!("Ingen riskanalys de senaste 12 månaderna (senaste {d})."),
            None => "Ingen riskanalys finns.".to_string(),
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

fn table(caption: &str, headers: &[&str], rows: Vec<Row>) -> Block {
    Block::Table {
        table: Table {
            caption: caption.to_string(),
            headers: headers.iter().map(|h| h.to_string()).collect(),
            rows,
        },
    }
}

/// A table with more deviation categories than this is turned (a row per category).
const MAX_CATEGORY_COLUMNS: usize = 6;
/// A chart shows at most this many deviation categories; the rest are summed.
const MAX_CHART_CATEGORIES: usize = 8;

/// A table turned: its first column becomes the header row, its headers the first column.
fn transpose(headers: &[String], rows: &[Row]) -> (Vec<String>, Vec<Row>) {
    let mut new_headers = vec![headers.first().cloned().unwrap_or_default()];
    new_headers[0] = "Kategori".into();
    new_headers.extend(
        rows.iter()
            .map(|r| r.cells.first().cloned().unwrap_or_default()),
    );
    let sources: Vec<Source> =
        rows.iter()
            .flat_map(|r| r.sources.clone())
            .fold(Vec::new(), |mut acc, s| {
                if !acc.contains(&s) {
                    acc.push(s);
                }
                acc
            });
    let new_rows = headers
        .iter()
        .enumerate()
        .skip(1)
        .map(|(i, h)| Row {
            cells: std::iter::once(h.clone())
                .chain(
                    rows.iter()
                        .map(|r| r.cells.get(i).cloned().unwrap_or_default()),
                )
                .collect(),
            sources: sources.clone(),
        })
        .collect();
    (new_headers, new_rows)
}

/// Follow-ups (uppföljning) of the year and the year before: deviations per period and
/// category, opinions and complaints, lex Sarah and lex Maria, and a chart.
pub fn follow_ups(input: &Input) -> Part {
    let mut part = Part::default();
    let mut per_year: BTreeMap<i16, Vec<(Period, &Document)>> = BTreeMap::new();
    for doc in input.documents() {
        if let Kind::FollowUp(f) = &doc.kind
            && let Some(p) = &f.period
            && (p.value.year() == input.year || p.value.year() == input.year - 1)
        {
            per_year
                .entry(p.value.year())
                .or_default()
                .push((p.value, doc));
        }
    }
    let this: Vec<(Period, &Document)> = {
        let mut v = per_year.remove(&input.year).unwrap_or_default();
        v.sort_by_key(|(p, d)| (*p, d.id().to_string()));
        v
    };
    let last = per_year.remove(&(input.year - 1)).unwrap_or_default();

    // The tertials that have ended without a follow-up.
    part.missing.extend(input.missed_lines(&[Duty::FollowUp]));
    if this.is_empty() {
        part.missing.push(format!(
            "Inga sammanställda avvikelser, synpunkter eller klagomål för {}.",
            input.year
        ));
        return part;
    }

    #[derive(Default, Clone)]
    struct Totals {
        categories: BTreeMap<String, u32>,
        opinions: u32,
        complaints: u32,
        sarah_reports: u32,
        sarah_notifications: u32,
        maria: u32,
    }
    let totals = |list: &[(Period, &Document)]| {
        let mut t = Totals::default();
        for (_, doc) in list {
            let Kind::FollowUp(f) = &doc.kind else {
                continue;
            };
            for (k, v) in &input.deviations(f).0 {
                *t.categories.entry(k.value.clone()).or_default() += v.value;
            }
            t.opinions += f.opinions.as_ref().map_or(0, |v| v.value);
            t.complaints += f.complaints.as_ref().map_or(0, |v| v.value);
            // Lex Sarah is socialtjänst and LSS: never in the patientsäkerhetsberättelse.
            if let Some(s) = f.lex_sarah.as_ref().filter(|_| !input.hsl_only) {
                t.sarah_reports += s.reports.as_ref().map_or(0, |v| v.value);
                t.sarah_notifications += s.notifications.as_ref().map_or(0, |v| v.value);
            }
            if let Some(m) = &f.lex_maria {
                t.maria += m.notifications.as_ref().map_or(0, |v| v.value);
            }
        }
        t
    };
    // A patientsäkerhetsberättelse of a service with more than health care needs the
    // HSL part of the counts; a follow-up without it is shown whole, and said so.
    if input.hsl_only
        && input
            .repo
            .config
            .areas
            .iter()
            .any(|&a| a != Area::Hsl && a != Area::Tandvard)
    {
        let whole: Vec<&str> = this
            .iter()
            .filter(|(_, d)| match &d.kind {
                Kind::FollowUp(f) => f
                    .deviations_by_area
                    .as_ref()
                    .is_none_or(|b| b.value.of(Area::Hsl).is_none()),
                _ => false,
            })
            .map(|(_, d)| d.id())
            .collect();
        if !whole.is_empty() {
            part.missing.push(format!(
                "Avvikelserna i {} gäller hela verksamheten, inte bara hälso- och sjukvården: ange `avvikelser_per_verksamhet` med HSL.",
                whole.join(", ")
            ));
        }
    }
    let now = totals(&this);
    // Years are compared over the same periods only: with tertial 3 not yet followed up,
    // this year's tertials 1–2 against last year's tertials 1–2, never against the whole year.
    let periods_now: Vec<Period> = this.iter().map(|(p, _)| *p).collect();
    let same: Vec<(Period, &Document)> = last
        .iter()
        .filter(|(p, _)| periods_now.iter().any(|n| n.same_part_of_year(*p)))
        .copied()
        .collect();
    let comparable = !last.is_empty()
        && periods_now
            .iter()
            .all(|n| same.iter().any(|(p, _)| n.same_part_of_year(*p)));
    let compared: Vec<(Period, &Document)> = if comparable { same } else { last.clone() };
    let before = (!compared.is_empty()).then(|| totals(&compared));
    let periods_before: Vec<Period> = compared.iter().map(|(p, _)| *p).collect();
    let mut categories: Vec<String> = now.categories.keys().cloned().collect();
    if let Some(b) = &before {
        for k in b.categories.keys() {
            if !categories.contains(k) {
                categories.push(k.clone());
            }
        }
    }
    let mut headers: Vec<String> = vec!["Period".into()];
    headers.extend(categories.iter().cloned());
    headers.extend(["Avvikelser totalt", "Synpunkter", "Klagomål"].map(String::from));
    let row = |label: String, t: &Totals, sources: Vec<Source>| {
        let mut cells = vec![label];
        cells.extend(
            categories
                .iter()
                .map(|c| t.categories.get(c).copied().unwrap_or(0).to_string()),
        );
        cells.push(t.categories.values().sum::<u32>().to_string());
        cells.push(t.opinions.to_string());
        cells.push(t.complaints.to_string());
        Row { cells, sources }
    };
    let mut rows: Vec<Row> = this
        .iter()
        .map(|(p, d)| row(p.words(), &totals(&[(*p, *d)]), vec![input.source(d)]))
        .collect();
    let sources_now: Vec<Source> = this.iter().map(|(_, d)| input.source(d)).collect();
    let sources_before: Vec<Source> = compared.iter().map(|(_, d)| input.source(d)).collect();
    rows.push(row(
        format!(
            "Summa {} ({})",
            input.year,
            Period::describe_all(&periods_now)
        ),
        &now,
        sources_now.clone(),
    ));
    if let Some(b) = &before {
        rows.push(row(
            format!(
                "Summa {} ({})",
                input.year - 1,
                Period::describe_all(&periods_before)
            ),
            b,
            sources_before.clone(),
        ));
        if !comparable {
            part.missing.push(format!(
                "{} och {} har inte följts upp för samma perioder ({} mot {}), så åren jämförs inte.",
                input.year,
                input.year - 1,
                Period::describe_all(&periods_now),
                Period::describe_all(&periods_before)
            ));
        }
    } else {
        part.missing.push(format!(
            "Inga uppföljningar för {}, så året kan inte jämföras med föregående år.",
            input.year - 1
        ));
    }
    // Many categories make a table too wide to read or print: turned, a row per
    // category and a column per period.
    let (headers, rows) = if categories.len() > MAX_CATEGORY_COLUMNS {
        transpose(&headers, &rows)
    } else {
        (headers, rows)
    };
    let header_refs: Vec<&str> = headers.iter().map(String::as_str).collect();
    part.blocks.push(table(
        "Avvikelser per kategori, synpunkter och klagomål per period",
        &header_refs,
        rows,
    ));

    // A chart stays legible with the largest categories and the rest summed as "Övriga".
    let mut shown: Vec<String> = categories.clone();
    let mut rest: Vec<String> = Vec::new();
    if shown.len() > MAX_CHART_CATEGORIES {
        shown.sort_by_key(|c| std::cmp::Reverse(now.categories.get(c).copied().unwrap_or(0)));
        rest = shown.split_off(MAX_CHART_CATEGORIES - 1);
        shown.sort_by_key(|c| categories.iter().position(|x| x == c));
    }
    let mut chart_categories = shown.clone();
    if !rest.is_empty() {
        chart_categories.push(format!("Övriga ({} kategorier)", rest.len()));
    }
    chart_categories.push("Synpunkter".into());
    chart_categories.push("Klagomål".into());
    let values = |t: &Totals| -> Vec<u32> {
        let get = |c: &String| t.categories.get(c).copied().unwrap_or(0);
        let mut v: Vec<u32> = shown.iter().map(get).collect();
        if !rest.is_empty() {
            v.push(rest.iter().map(get).sum());
        }
        v.push(t.opinions);
        v.push(t.complaints);
        v
    };
    let mut series = vec![Series {
        label: format!("{} ({})", input.year, Period::describe_all(&periods_now)),
        values: values(&now),
    }];
    if let Some(b) = before.as_ref().filter(|_| comparable) {
        series.push(Series {
            label: format!(
                "{} ({})",
                input.year - 1,
                Period::describe_all(&periods_before)
            ),
            values: values(b),
        });
    }
    let mut chart_sources = sources_now.clone();
    chart_sources.extend(sources_before);
    part.blocks.push(Block::Chart {
        chart: Chart {
            caption: if comparable {
                format!(
                    "Avvikelser per kategori, synpunkter och klagomål {} jämfört med {} ({})",
                    input.year,
                    input.year - 1,
                    Period::describe_all(&periods_now)
                )
            } else {
                format!(
                    "Avvikelser per kategori, synpunkter och klagomål {} ({})",
                    input.year,
                    Period::describe_all(&periods_now)
                )
            },
            categories: chart_categories,
            series,
            sources: chart_sources,
        },
    });

    let mut facts = Vec::new();
    if !input.hsl_only {
        facts.push(Fact {
            label: "Lex Sarah: rapporter om missförhållanden".into(),
            value: now.sarah_reports.to_string(),
            sources: sources_now.clone(),
        });
        facts.push(Fact {
            label: "Lex Sarah: anmälningar till IVO".into(),
            value: now.sarah_notifications.to_string(),
            sources: sources_now.clone(),
        });
    }
    facts.push(Fact {
        label: "Lex Maria: anmälningar till IVO".into(),
        value: now.maria.to_string(),
        sources: sources_now.clone(),
    });
    if let Some(b) = &before {
        facts.push(if input.hsl_only {
            Fact {
                label: format!(
                    "Lex Maria-anmälningar {} ({})",
                    input.year - 1,
                    Period::describe_all(&periods_before)
                ),
                value: b.maria.to_string(),
                sources: compared.iter().map(|(_, d)| input.source(d)).collect(),
            }
        } else {
            Fact {
                label: format!(
                    "Lex Sarah-rapporter och lex Maria-anmälningar {} ({})",
                    input.year - 1,
                    Period::describe_all(&periods_before)
                ),
                value: format!("{} och {}", b.sarah_reports, b.maria),
                sources: compared.iter().map(|(_, d)| input.source(d)).collect(),
            }
        });
    }
    part.blocks.push(Block::Facts { facts });
    part
}

/// Risk analyses made in the year, with their high risks and where they went.
pub fn risk_analyses(input: &Input) -> Part {
    let mut part = Part::default();
    let c = &input.repo.config;
    let mut rows = Vec::new();
    let mut made = Vec::new();
    for doc in input.documents() {
        let Kind::RiskAnalysis(r) = &doc.kind else {
            continue;
        };
        let Some(date) = r.performed.as_ref().map(|d| d.value) else {
            continue;
        };
        if !input.in_year(date) {
            continue;
        }
        made.push(format!(
            "{} ({}, genomförd {date}, {} risker)",
            doc.header
                .title
                .as_ref()
                .map_or(doc.id(), |t| t.value.as_str()),
            doc.id(),
            r.risks
                .iter()
                .filter(|k| input.counts(doc, &k.scope))
                .count()
        ));
        for risk in r
            .risks
            .iter()
            .filter(|k| input.counts(doc, &k.scope))
            .filter(|k| k.is_high(c.high_risk_from, c.high_risk_consequence))
        {
            let actions: Vec<&str> = risk.actions.iter().map(|a| a.as_str()).collect();
            rows.push(Row {
                cells: vec![
                    risk.id.as_str().to_string(),
                    risk.description
                        .as_ref()
                        .map(|d| d.value.clone())
                        .unwrap_or_default(),
                    risk.value().map_or("–".into(), |v| v.to_string()),
                    if actions.is_empty() {
                        "ingen".into()
                    } else {
                        actions.join(", ")
                    },
                    if risk.internal_control.as_ref().is_some_and(|i| i.value) {
                        "ja".into()
                    } else {
                        "nej".into()
                    },
                ],
                sources: vec![input.source(doc)],
            });
        }
    }
    part.missing
        .extend(input.missed_lines(&[Duty::RiskAnalysis]));
    if made.is_empty() {
        part.missing
            .push(format!("Ingen riskanalys genomförd under {}.", input.year));
        return part;
    }
    part.blocks.push(Block::List { items: made });
    if rows.is_empty() {
        part.blocks.push(Block::Text {
            text: "Riskanalyserna bedömde ingen risk som hög.".into(),
        });
    } else {
        part.blocks.push(table(
            "Höga risker och åtgärderna mot dem",
            &[
                "Risk",
                "Beskrivning",
                "Riskvärde",
                "Åtgärder",
                "Internkontroll",
            ],
            rows,
        ));
    }
    part
}

/// The year's self-inspection plan: controls planned and performed, with results.
pub fn self_inspection(input: &Input) -> Part {
    let mut part = Part::default();
    let mut rows = Vec::new();
    let mut any = false;
    for doc in input.documents() {
        let Kind::SelfInspectionPlan(plan) = &doc.kind else {
            continue;
        };
        if plan.year.as_ref().is_none_or(|y| y.value.0 != input.year) {
            continue;
        }
        any = true;
        for control in plan.controls.iter().filter(|k| input.counts(doc, &k.scope)) {
            let Some(freq) = &control.frequency else {
                continue;
            };
            let due: Vec<Period> = freq
                .value
                .periods(input.year)
                .into_iter()
                .filter(|p| p.has_ended(input.today))
                .collect();
            let done = due.iter().filter(|p| control.performed_in(**p)).count();
            let results: Vec<String> = control
                .performed
                .iter()
                .filter(|p| input.in_year(p.date.value))
                .map(|p| {
                    format!(
                        "{}: {}",
                        p.date.value,
                        p.result.as_ref().map_or("", |r| r.value.as_str())
                    )
                })
                .collect();
            rows.push(Row {
                cells: vec![
                    control.id.as_str().to_string(),
                    control
                        .what
                        .as_ref()
                        .map(|w| w.value.clone())
                        .unwrap_or_default(),
                    freq.value.to_string(),
                    format!("{done} av {}", due.len()),
                    results.join("; "),
                ],
                sources: vec![input.source(doc)],
            });
        }
    }
    part.missing.extend(input.missed_lines(&[Duty::Control]));
    if !any {
        part.missing
            .push(format!("Ingen egenkontrollplan för {}.", input.year));
        return part;
    }
    part.blocks.push(table(
        "Egenkontroller: planerade och utförda perioder, med resultat",
        &["Kontroll", "Vad", "Frekvens", "Utförda", "Resultat"],
        rows,
    ));
    part
}

/// Sammanställning och analys: each follow-up's `analys`, and what the quality councils
/// of the year decided (the `**Beslut:**` passages of their minutes).
pub fn analysis(input: &Input) -> Part {
    let mut part = Part::default();
    let mut follow_ups: Vec<(Period, &Document, Option<String>)> = input
        .documents()
        .filter_map(|d| match &d.kind {
            Kind::FollowUp(f) => f
                .period
                .as_ref()
                .filter(|p| p.value.year() == input.year)
                .map(|p| (p.value, d, f.analysis.as_ref().map(|a| a.value.clone()))),
            _ => None,
        })
        .collect();
    follow_ups.sort_by_key(|(p, d, _)| (*p, d.id().to_string()));
    // A follow-up's analysis is prose about the whole service: in a
    // patientsäkerhetsberättelse of a service with more than health care it would carry
    // socialtjänst matters, so it is left to the berättelseunderlag there.
    let whole_service = |d: &Document| {
        !crate::model::concerns(&d.scope_of(&[]), Area::Hsl)
            || d.header.scope.is_empty()
                && input
                    .repo
                    .config
                    .areas
                    .iter()
                    .any(|&a| a != Area::Hsl && a != Area::Tandvard)
    };
    if input.hsl_only && follow_ups.iter().any(|(_, d, _)| whole_service(d)) {
        follow_ups.retain(|(_, d, _)| !whole_service(d));
        part.blocks.push(Block::Text {
            text: "Tertialuppföljningarnas analyser gäller hela verksamheten och återges därför inte här; analysen av patientsäkerhetsarbetet står i berättelseunderlaget.".into(),
        });
    }
    // Prose, not a fact: an analysis is paragraphs, not a figure.
    for (period, doc, analysis) in &follow_ups {
        match analysis {
            Some(text) => part.blocks.push(Block::Prose {
                markdown: format!(
                    "**Analys, {}.** {}",
                    period.words(),
                    text.split_whitespace().collect::<Vec<_>>().join(" ")
                ),
                source: input.source(doc),
            }),
            None => part.missing.push(format!(
                "Uppföljningen {} ({}) saknar `analys`.",
                doc.id(),
                period.words()
            )),
        }
    }
    let mut decisions = Vec::new();
    let mut councils: Vec<(Date, &Document)> = input
        .documents()
        .filter_map(|d| match &d.kind {
            Kind::QualityCouncil(k) => k
                .date
                .as_ref()
                .map(|x| (x.value, d))
                .filter(|(x, _)| input.in_year(*x)),
            _ => None,
        })
        .collect();
    councils.sort_by_key(|(d, doc)| (*d, doc.id().to_string()));
    for (date, doc) in councils {
        let body = doc
            .body
            .map(|b| input.repo.file_of(doc).slice(b))
            .unwrap_or_default();
        let found = council_decisions(body);
        if found.is_empty() {
            part.missing.push(format!(
                "Protokollet från kvalitetsrådet {date} ({}) anger inga beslut (skriv dem efter **Beslut:**).",
                doc.id()
            ));
        }
        for decision in found {
            decisions.push(format!("{date}: {decision} ({})", doc.id()));
        }
    }
    if !decisions.is_empty() {
        part.blocks.push(Block::Heading {
            text: "Beslut i kvalitetsråden".into(),
        });
        part.blocks.push(Block::List { items: decisions });
    }
    part
}

/// The decisions in a council's minutes: the text after each "Beslut:" to the end of its
/// paragraph, with Markdown emphasis and line breaks removed.
fn council_decisions(body: &str) -> Vec<String> {
    let mut out = Vec::new();
    for paragraph in body.split("\n\n") {
        let flat = paragraph.split_whitespace().collect::<Vec<_>>().join(" ");
        let mut rest = flat.as_str();
        while let Some(i) = rest.find("Beslut:") {
            let after = rest[i + "Beslut:".len()..].trim_start_matches('*').trim();
            let end = after.find("Beslut:").unwrap_or(after.len());
            let text = after[..end].trim().trim_end_matches('*').trim();
            if !text.is_empty() {
                out.push(text.to_string());
            }
            rest = &after[end..];
        }
    }
    out
}

/// The governing documents in force for the report's scope (in the
/// patientsäkerhetsberättelse: those for health care, or for every area), with their
/// decisions: processes first, then routines, checklists and guidelines.
pub fn governing(input: &Input) -> Part {
    let mut part = Part::default();
    let mut docs: Vec<&Document> = input
        .documents()
        .filter(|d| {
            d.status() == Status::InForce
                && matches!(
                    d.typ(),
                    DocType::Process | DocType::Routine | DocType::Checklist | DocType::Guideline
                )
        })
        .collect();
    docs.sort_by_key(|d| (d.typ(), d.id().to_string()));
    let rows: Vec<Row> = docs
        .iter()
        .map(|d| Row {
            cells: vec![
                d.typ().to_string(),
                d.id().to_string(),
                d.header
                    .title
                    .as_ref()
                    .map_or_else(String::new, |t| t.value.clone()),
                d.header
                    .decided
                    .as_ref()
                    .map_or("–".into(), |x| x.value.to_string()),
                d.header
                    .decided_by
                    .as_ref()
                    .map_or("–".into(), |x| input.role_title(x.value.as_str())),
            ],
            sources: vec![input.source(d)],
        })
        .collect();
    if rows.is_empty() {
        part.missing
            .push("Inga gällande processer eller rutiner för verksamheten.".into());
    } else {
        part.blocks.push(table(
            "Gällande processer och rutiner",
            &["Typ", "Id", "Titel", "Fastställd", "Beslutad av"],
            rows,
        ));
    }
    part
}

/// Avtalsuppföljning and external reviews (tillsyn, revision) of the year, with what they
/// found and the actions that answer them.
pub fn external_reviews(input: &Input) -> Part {
    let mut part = Part::default();
    let mut reviews: Vec<(Date, &Document, &crate::model::ExternalReview)> = input
        .documents()
        .filter_map(|d| match &d.kind {
            Kind::ExternalReview(r) => r
                .date
                .as_ref()
                .filter(|x| input.in_year(x.value))
                .map(|x| (x.value, d, r)),
            _ => None,
        })
        .collect();
    reviews.sort_by_key(|(date, d, _)| (*date, d.id().to_string()));
    if reviews.is_empty() {
        part.blocks.push(Block::Text {
            text: format!(
                "Ingen avtalsuppföljning eller extern granskning är registrerad för {} (`typ: granskning`).",
                input.year
            ),
        });
        return part;
    }
    let text = |s: &Option<crate::model::Spanned<String>>| {
        s.as_ref().map_or_else(String::new, |v| v.value.clone())
    };
    let rows = reviews
        .iter()
        .map(|(date, doc, r)| Row {
            cells: vec![
                date.to_string(),
                r.kind
                    .as_ref()
                    .map_or_else(String::new, |k| k.value.to_string()),
                text(&r.reviewer),
                text(&r.subject),
                text(&r.result),
                r.actions
                    .iter()
                    .map(|a| a.value.as_str())
                    .collect::<Vec<_>>()
                    .join(", "),
            ],
            sources: vec![input.source(doc)],
        })
        .collect();
    part.blocks.push(table(
        "Avtalsuppföljningar och externa granskningar",
        &[
            "Datum",
            "Slag",
            "Granskare",
            "Avser",
            "Resultat",
            "Åtgärder",
        ],
        rows,
    ));
    part
}

/// Quality councils held in the year.
pub fn councils(input: &Input) -> Part {
    let mut part = Part::default();
    let mut held: Vec<(Date, &Document)> = input
        .documents()
        .filter_map(|d| match &d.kind {
            Kind::QualityCouncil(k) => k
                .date
                .as_ref()
                .map(|x| (x.value, d))
                .filter(|(x, _)| input.in_year(*x)),
            _ => None,
        })
        .collect();
    held.sort_by_key(|(d, doc)| (*d, doc.id().to_string()));
    let wanted = input.repo.config.councils_per_year as usize;
    part.blocks.push(Block::Facts {
        facts: vec![Fact {
            label: format!("Kvalitetsråd hållna {}", input.year),
            value: format!("{} (av minst {wanted})", held.len()),
            sources: held.iter().map(|(_, d)| input.source(d)).collect(),
        }],
    });
    if !held.is_empty() {
        part.blocks.push(Block::List {
            items: held
                .iter()
                .map(|(date, d)| {
                    format!(
                        "{date}: {}",
                        d.header.title.as_ref().map_or(d.id(), |t| t.value.as_str())
                    )
                })
                .collect(),
        });
    }
    // One line for the year, however many councils are missing.
    part.missing.extend(
        input
            .missed_lines(&[Duty::QualityCouncil])
            .into_iter()
            .take(1),
    );
    part
}

/// Collaboration agreements and whether they were followed up in the year.
pub fn agreements(input: &Input) -> Part {
    let mut part = Part::default();
    let mut rows = Vec::new();
    for doc in input.documents() {
        let Kind::Agreement(a) = &doc.kind else {
            continue;
        };
        let last = a.last_followed_up.as_ref().map(|d| d.value);
        let followed = last.is_some_and(|d| input.in_year(d));
        rows.push(Row {
            cells: vec![
                doc.id().to_string(),
                a.party
                    .as_ref()
                    .map(|p| p.value.clone())
                    .unwrap_or_default(),
                last.map_or("aldrig".into(), |d| d.to_string()),
                if followed { "ja".into() } else { "nej".into() },
            ],
            sources: vec![input.source(doc)],
        });
    }
    part.missing
        .extend(input.missed_lines(&[Duty::Collaboration]));
    if !rows.is_empty() {
        part.blocks.push(table(
            "Samverkansöverenskommelser",
            &[
                "Överenskommelse",
                "Part",
                "Senast uppföljd",
                &format!("Uppföljd {}", input.year),
            ],
            rows,
        ));
    }
    part
}

/// Actions: completed in the year with their evaluated effect, open, and overdue.
pub fn actions(input: &Input) -> Part {
    let mut part = Part::default();
    let (mut done, mut open, mut overdue) = (Vec::new(), Vec::new(), Vec::new());
    let mut cancelled = Vec::new();
    let mut plans = Vec::new();
    for doc in input.documents() {
        let Kind::ActionPlan(plan) = &doc.kind else {
            continue;
        };
        plans.push(input.source(doc));
        for a in plan.actions.iter().filter(|a| input.counts(doc, &a.scope)) {
            let text = a
                .description
                .as_ref()
                .map(|d| d.value.clone())
                .unwrap_or_default();
            let due = a.due.as_ref().map(|d| d.value);
            let source = vec![input.source(doc)];
            match a.status() {
                ActionStatus::Done => {
                    let Some(when) = a.completed.as_ref().map(|c| c.value) else {
                        continue;
                    };
                    if !input.in_year(when) {
                        continue;
                    }
                    let effect = a.effect.as_ref().map(|e| e.value.clone());
                    if effect.is_none() {
                        part.missing.push(format!(
                            "Åtgärden {} är klar men effekten är inte utvärderad.",
                            a.id.as_str()
                        ));
                    }
                    done.push(Row {
                        cells: vec![
                            a.id.as_str().into(),
                            text,
                            when.to_string(),
                            effect.unwrap_or_else(|| "ej utvärderad".into()),
                        ],
                        sources: source,
                    });
                }
                ActionStatus::Cancelled => cancelled.push(Row {
                    cells: vec![
                        a.id.as_str().into(),
                        text,
                        due.map_or("–".into(), |d| d.to_string()),
                        a.effect
                            .as_ref()
                            .map_or_else(String::new, |e| e.value.clone()),
                    ],
                    sources: source,
                }),
                status => {
                    let late = due.is_some_and(|d| input.today > d);
                    let row = Row {
                        cells: vec![
                            a.id.as_str().into(),
                            text,
                            due.map_or("–".into(), |d| d.to_string()),
                            status.to_string(),
                            a.responsible
                                .as_ref()
                                .map(|r| input.role_title(r.value.as_str()))
                                .unwrap_or_default(),
                        ],
                        sources: source,
                    };
                    if late {
                        overdue.push(row)
                    } else {
                        open.push(row)
                    }
                }
            }
        }
    }
    part.blocks.push(Block::Facts {
        facts: vec![
            Fact {
                label: format!("Åtgärder genomförda {}", input.year),
                value: done.len().to_string(),
                sources: plans.clone(),
            },
            Fact {
                label: "Pågående eller planerade".into(),
                value: open.len().to_string(),
                sources: plans.clone(),
            },
            Fact {
                label: format!("Försenade per {}", input.today),
                value: overdue.len().to_string(),
                sources: plans.clone(),
            },
        ],
    });
    part.missing.extend(input.missed_lines(&[Duty::Action]));
    if plans.is_empty() {
        part.missing
            .push("Ingen handlingsplan: vilka åtgärder som vidtagits kan inte redovisas.".into());
    }
    if !done.is_empty() {
        part.blocks.push(table(
            "Genomförda åtgärder och deras effekt",
            &["Åtgärd", "Beskrivning", "Genomförd", "Effekt"],
            done,
        ));
    }
    if !open.is_empty() {
        part.blocks.push(table(
            "Pågående och planerade åtgärder",
            &[
                "Åtgärd",
                "Beskrivning",
                "Klart senast",
                "Status",
                "Ansvarig",
            ],
            open,
        ));
    }
    if !overdue.is_empty() {
        part.blocks.push(table(
            "Försenade åtgärder",
            &[
                "Åtgärd",
                "Beskrivning",
                "Klart senast",
                "Status",
                "Ansvarig",
            ],
            overdue,
        ));
    }
    if !cancelled.is_empty() {
        part.blocks.push(table(
            "Avbrutna åtgärder",
            &["Åtgärd", "Beskrivning", "Skulle ha varit klar", "Kommentar"],
            cancelled,
        ));
    }
    part
}

/// The year's quality goals: every indicator with target, outcome and whether it was met.
pub fn goals(input: &Input) -> Part {
    let mut part = Part::default();
    let mut rows = Vec::new();
    let mut any = false;
    for doc in input.documents() {
        let Kind::QualityGoals(g) = &doc.kind else {
            continue;
        };
        if g.year.as_ref().is_none_or(|y| y.value.0 != input.year) {
            continue;
        }
        any = true;
        for goal in g.goals.iter().filter(|goal| input.counts(doc, &goal.scope)) {
            // An indicator without its own scope has its goal's.
            let own = |ind: &crate::model::Indicator| {
                if ind.scope.is_empty() {
                    goal.scope.clone()
                } else {
                    ind.scope.clone()
                }
            };
            for ind in goal
                .indicators
                .iter()
                .filter(|i| input.counts(doc, &own(i)))
            {
                let name = ind
                    .name
                    .as_ref()
                    .map(|n| n.value.clone())
                    .unwrap_or_default();
                // "60 antal" says nothing "60" does not.
                let unit = ind
                    .unit
                    .as_ref()
                    .filter(|u| !u.value.eq_ignore_ascii_case("antal"))
                    .map(|u| format!(" {}", u.value))
                    .unwrap_or_default();
                let target = ind.target.as_ref().map(|t| t.value);
                let outcome = ind.outcome.as_ref().map(|o| o.value);
                let better = ind.better.as_ref().map_or(Better::Higher, |b| b.value);
                let met = match (target, outcome) {
                    (Some(t), Some(o)) => {
                        if (better == Better::Higher && o >= t)
                            || (better == Better::Lower && o <= t)
                        {
                            "ja"
                        } else {
                            "nej"
                        }
                    }
                    _ => {
                        part.missing.push(format!(
                            "Indikatorn \"{name}\" ({}) saknar utfall.",
                            goal.id.as_str()
                        ));
                        "utfall saknas"
                    }
                };
                let num = |v: Option<f64>| v.map_or("–".to_string(), |x| format!("{x}{unit}"));
                rows.push(Row {
                    cells: vec![
                        goal.title
                            .as_ref()
                            .map_or(goal.id.as_str().to_string(), |t| t.value.clone()),
                        name,
                        num(target),
                        num(outcome),
                        better.to_string(),
                        met.to_string(),
                    ],
                    sources: vec![input.source(doc)],
                });
            }
        }
    }
    if !any {
        part.missing
            .push(format!("Inga kvalitetsmål för {}.", input.year));
        return part;
    }
    part.blocks.push(table(
        "Mål och indikatorer",
        &[
            "Mål",
            "Indikator",
            "Målvärde",
            "Utfall",
            "Bättre",
            "Uppfyllt",
        ],
        rows,
    ));
    part
}

/// Governed documents created, revised, renamed and repealed in the year, from git.
pub fn document_changes(input: &Input) -> Part {
    let mut part = Part::default();
    let (Some(history), Some(contents)) = (input.history, input.contents) else {
        part.missing.push("Ingen git-historik: vilka styrdokument som skapades, reviderades, flyttades och upphävdes kan inte visas.".into());
        return part;
    };
    let since = Date::new(input.year, 1, 1).expect("1 January");
    if history.ensure_covers(since).is_err() {
        part.missing.push(format!("Git-historiken når inte tillbaka till {since} (grund klon); ändringarna under året kan inte visas fullständigt."));
        return part;
    }
    let list = changes(input.repo, history, contents, since, input.cutoff());
    let mut counts: BTreeMap<DocType, [usize; 5]> = BTreeMap::new();
    let mut rows = Vec::new();
    let mut imported: Vec<Date> = Vec::new();
    for c in list.iter().filter(|c| c.typ.is_governed()) {
        let (i, label) = match &c.what {
            // The import into git is one event, not a year of new documents.
            What::Imported => {
                imported.push(c.date);
                continue;
            }
            What::Created => (0, "ny".to_string()),
            What::Revised { times: 1 } => (1, "nytt beslut".to_string()),
            What::Revised { times } => (1, format!("nytt beslut ({times} gånger)")),
            What::ChangedWithoutDecision { times: 1 } => (2, "ändrad utan nytt beslut".to_string()),
            What::ChangedWithoutDecision { times } => {
                (2, format!("ändrad utan nytt beslut ({times} gånger)"))
            }
            What::Renamed { from, .. } => (3, format!("flyttad från {from}")),
            What::Repealed | What::Deleted => (
                4,
                if c.what == What::Deleted {
                    "borttagen".into()
                } else {
                    "upphävd".into()
                },
            ),
        };
        counts.entry(c.typ).or_default()[i] += 1;
        rows.push(Row {
            cells: vec![
                c.date.to_string(),
                c.typ.to_string(),
                c.id.clone().unwrap_or_default(),
                c.title.clone().unwrap_or_default(),
                label,
            ],
            sources: vec![Source {
                document: c.id.clone().unwrap_or_default(),
                file: c.path.clone(),
            }],
        });
    }
    let summary: Vec<Row> = counts
        .iter()
        .map(|(t, n)| Row {
            cells: vec![
                t.to_string(),
                n[0].to_string(),
                n[1].to_string(),
                n[2].to_string(),
                n[3].to_string(),
                n[4].to_string(),
            ],
            sources: vec![],
        })
        .collect();
    if let Some(first) = imported.iter().min() {
        part.blocks.push(Block::Text {
            text: format!(
                "{} styrdokument infördes i förrådet {first} (git-historikens början); de räknas inte som nya.",
                imported.len()
            ),
        });
    }
    if summary.is_empty() {
        part.blocks.push(Block::Text { text: format!("Inga styrdokument skapades, reviderades, flyttades eller upphävdes under {} enligt git-historiken.", input.year) });
    } else {
        part.blocks.push(table(
            "Styrdokument under året (ur git)",
            &[
                "Typ",
                "Nya",
                "Nya beslut",
                "Ändrade utan nytt beslut",
                "Flyttade",
                "Upphävda",
            ],
            summary,
        ));
        part.blocks.push(table(
            "Ändringar i styrdokument",
            &["Datum", "Typ", "Id", "Titel", "Ändring"],
            rows,
        ));
    }
    part
}

/// Reviews that fell due in the year: made in time, late, or not at all, from the
/// document's decisions over time (`fastställd` and `revideras_senast` in each version).
pub fn review_compliance(input: &Input) -> Part {
    let mut part = Part::default();
    let (in_time, late, missed) = (&mut Vec::new(), &mut Vec::new(), &mut Vec::new());
    let mut counted: Vec<Source> = Vec::new();
    let year_start = Date::new(input.year, 1, 1).expect("1 January");
    let year_end = Date::new(input.year, 12, 31).expect("31 December");
    for doc in input
        .documents()
        .filter(|d| d.is_governed() && d.status() == Status::InForce)
    {
        // Every decision the document has had: (fastställd, revideras_senast).
        let mut decisions: Vec<(Date, Date)> = Vec::new();
        let mut add = |text: &str| {
            let field = |key: &str| crate::syntax::peek(text, key).and_then(Date::parse);
            if let Some(decided) = field("fastställd") {
                let Some(due) = review_due(
                    &input.repo.config,
                    doc.typ(),
                    decided,
                    field("revideras_senast"),
                ) else {
                    return;
                };
                if !decisions.iter().any(|(d, _)| *d == decided) {
                    decisions.push((decided, due));
                }
            }
        };
        add(&input.repo.file_of(doc).text);
        if let (Some(h), Some(c)) = (input.history, input.contents) {
            let path = &input.repo.file_of(doc).path;
            for change in h
                .file(path)
                .map(|f| f.changes.as_slice())
                .unwrap_or_default()
            {
                if let Some(text) = c.at(&change.commit, &change.path) {
                    add(&text);
                }
            }
        }
        decisions.sort();
        for (i, (_, due)) in decisions.iter().enumerate() {
            // Reviews that fell due in the year and whose deadline has passed.
            if *due < year_start || *due > year_end || input.today <= *due {
                continue;
            }
            let label = format!("{} {} (skulle revideras senast {due})", doc.typ(), doc.id());
            if !counted.iter().any(|s| s.document == doc.id()) {
                counted.push(input.source(doc));
            }
            match decisions.get(i + 1) {
                Some((next, _)) if next <= due => in_time.push(label),
                Some((next, _)) => late.push(format!("{label}: fastställd {next}")),
                None => missed.push(label),
            }
        }
    }
    let total = in_time.len() + late.len() + missed.len();
    part.blocks.push(Block::Facts {
        facts: vec![
            Fact {
                label: format!(
                    "Revisioner som förföll {} (till och med {})",
                    input.year,
                    input.cutoff()
                ),
                value: total.to_string(),
                sources: counted.clone(),
            },
            Fact {
                label: "Gjorda i tid".into(),
                value: in_time.len().to_string(),
                sources: vec![],
            },
            Fact {
                label: "Gjorda för sent".into(),
                value: late.len().to_string(),
                sources: vec![],
            },
            Fact {
                label: "Inte gjorda".into(),
                value: missed.len().to_string(),
                sources: vec![],
            },
        ],
    });
    if !late.is_empty() {
        part.blocks.push(Block::Heading {
            text: "Revisioner gjorda för sent".into(),
        });
        part.blocks.push(Block::List {
            items: late.clone(),
        });
    }
    if !missed.is_empty() {
        part.blocks.push(Block::Heading {
            text: format!("Försenade revisioner per {}", input.cutoff()),
        });
        part.blocks.push(Block::List {
            items: missed.clone(),
        });
    }
    part.missing.extend(input.missed_lines(&[Duty::Review]));
    if input.history.is_none() {
        part.missing.push("Ingen git-historik: revisioner räknas bara ur dokumentens nuvarande beslut, så revisioner som gjorts under året kan saknas i siffrorna.".into());
    }
    part
}

/// The coordinator's prose for the report: `berättelseunderlag` of the year and kind, split
/// at its `##` headings. Returns (heading, markdown, source) in document order.
pub fn prose(input: &Input, kind: crate::model::ReportKind) -> Vec<(String, String, Source)> {
    let mut out = Vec::new();
    for doc in input
        .repo
        .documents
        .iter()
        .filter(|d| d.status() != Status::Repealed)
    {
        let Kind::ReportText(t) = &doc.kind else {
            continue;
        };
        if t.year.as_ref().is_none_or(|y| y.value.0 != input.year)
            || t.report.as_ref().is_none_or(|r| r.value != kind)
        {
            continue;
        }
        let body = doc
            .body
            .map(|b| input.repo.file_of(doc).slice(b))
            .unwrap_or_default();
        let mut heading: Option<String> = None;
        let mut text = String::new();
        let mut flush = |heading: &Option<String>, text: &mut String| {
            if let Some(h) = heading
                && !text.trim().is_empty()
            {
                out.push((h.clone(), text.trim().to_string(), input.source(doc)));
            }
            text.clear();
        };
        for line in body.lines() {
            if let Some(h) = line.strip_prefix("## ") {
                flush(&heading, &mut text);
                heading = Some(h.trim().to_string());
            } else if heading.is_some() {
                text.push_str(line);
                text.push('\n');
            }
        }
        flush(&heading, &mut text);
    }
    out
}

/// The berättelseunderlag documents for this report and year.
fn underlag<'a>(
    input: &'a Input,
    kind: crate::model::ReportKind,
) -> Vec<(&'a Document, &'a crate::model::ReportText)> {
    input
        .repo
        .documents
        .iter()
        .filter(|d| d.status() != Status::Repealed)
        .filter_map(|d| match &d.kind {
            Kind::ReportText(t)
                if t.year.as_ref().is_some_and(|y| y.value.0 == input.year)
                    && t.report.as_ref().is_some_and(|r| r.value == kind) =>
            {
                Some((d, t))
            }
            _ => None,
        })
        .collect()
}

/// The cover's details: who is responsible (`functions`, e.g. the MAS), and from the
/// berättelseunderlag the decision (`fastställd`, `beslutad_av`) and the diarienummer.
pub fn cover(
    input: &Input,
    kind: crate::model::ReportKind,
    functions: &[crate::model::Function],
) -> Vec<Fact> {
    let mut facts = Vec::new();
    if let Some(role) = input.repo.role_with(functions) {
        facts.push(Fact {
            label: "Ansvarig".into(),
            value: input.role_title(&role),
            sources: vec![],
        });
    }
    for (doc, text) in underlag(input, kind) {
        if let (Some(date), Some(by)) = (&doc.header.decided, &doc.header.decided_by) {
            facts.push(Fact {
                label: "Beslut".into(),
                value: format!("{} {}", input.role_title(by.value.as_str()), date.value),
                sources: vec![input.source(doc)],
            });
        }
        if let Some(n) = &text.case_number {
            facts.push(Fact {
                label: "Diarienummer".into(),
                value: n.value.clone(),
                sources: vec![input.source(doc)],
            });
        }
    }
    facts
}

/// The attachments the berättelseunderlag lists (`bilagor`), as a section; `None` when
/// there are none.
pub fn attachments(input: &Input, kind: crate::model::ReportKind) -> Option<super::Section> {
    let mut items = Vec::new();
    for (_, text) in underlag(input, kind) {
        for a in &text.attachments {
            let title = a.title.as_ref().map_or("", |t| t.value.as_str());
            items.push(match &a.file {
                Some(f) => format!("{title} ({})", f.value),
                None => title.to_string(),
            });
        }
    }
    if items.is_empty() {
        return None;
    }
    let mut section = super::Section::new("bilagor", "Bilagor");
    section.push(Block::List { items });
    Some(section)
}

/// Places the coordinator's prose `heading` in `section`: right after the sub-heading it
/// matches (before the next one), or at the end if it matches the section's own title.
/// Returns whether it was placed.
pub fn place(section: &mut super::Section, heading: &str, block: Block) -> bool {
    if let Some(at) = section
        .blocks
        .iter()
        .position(|b| matches!(b, Block::Heading { text } if same_heading(text, heading)))
    {
        let end = section.blocks[at + 1..]
            .iter()
            .position(|b| matches!(b, Block::Heading { .. }))
            .map_or(section.blocks.len(), |i| at + 1 + i);
        section.blocks.insert(end, block);
        return true;
    }
    if same_heading(&section.title, heading) {
        section.blocks.push(block);
        return true;
    }
    false
}

/// The Sammanfattning section, first in a report: the berättelseunderlag's text under
/// the heading "Sammanfattning", taken out of `texts`; or a line saying it is missing.
pub fn summary(
    input: &Input,
    texts: &mut Vec<(String, String, Source)>,
    missing: &mut Vec<(String, Vec<String>)>,
) -> super::Section {
    let mut section = super::Section::new("sammanfattning", "Sammanfattning");
    texts.retain(|(h, md, src)| {
        if same_heading(h, "Sammanfattning") {
            section.push(Block::Prose {
                markdown: md.clone(),
                source: src.clone(),
            });
            false
        } else {
            true
        }
    });
    if section.blocks.is_empty() {
        section.text("Underlag saknas.");
        missing.push((
            section.title.clone(),
            vec![format!(
                "Ingen sammanfattning i berättelseunderlaget för {} (rubriken \"Sammanfattning\").",
                input.year
            )],
        ));
    }
    section
}

/// `"Övergripande mål"` and `"övergripande MÅL "` match.
pub fn same_heading(a: &str, b: &str) -> bool {
    a.trim().to_lowercase() == b.trim().to_lowercase()
}
