//! Avvikelser, synpunkter och klagomål per period, lex Sarah and lex Maria, and the chart.

use std::collections::BTreeMap;

use crate::lang::Lang;
use crate::model::obligations::Duty;
use crate::model::{Area, Document, Kind, Period};
use crate::report::figures::{Input, Part, table};
use crate::report::model::{Block, Chart, Fact, Row, Series, Source};
use crate::tr;

/// A table with more deviation categories than this is turned (a row per category).
const MAX_CATEGORY_COLUMNS: usize = 6;

/// A chart shows at most this many deviation categories; the rest are summed.
const MAX_CHART_CATEGORIES: usize = 8;

/// A table turned: its first column becomes the header row, its headers the first column.
fn transpose(headers: &[String], rows: &[Row], lang: Lang) -> (Vec<String>, Vec<Row>) {
    let mut new_headers = vec![lang.pick("Kategori", "Category").to_string()];
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
    let lang = input.lang();
    let periods = |p: &[Period]| Period::describe_all(p, lang);
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
        part.missing.push(tr!(
            lang,
            "Inga sammanställda avvikelser, synpunkter eller klagomål för {}.",
            "No compiled deviations, opinions or complaints for {}.",
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
            t.opinions += input.per_area(&f.opinions, &f.opinions_by_area);
            t.complaints += input.per_area(&f.complaints, &f.complaints_by_area);
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
    if input.hsl_only && input.beyond_health_care() {
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
            part.missing.push(tr!(
                lang,
                "Avvikelserna i {} gäller hela verksamheten, inte bara hälso- och sjukvården: ange `avvikelser_per_verksamhet` med HSL.",
                "The deviations in {} cover the whole service, not health care only: give `avvikelser_per_verksamhet` with HSL.",
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
    let (opinions, complaints) = (
        lang.pick("Synpunkter", "Opinions"),
        lang.pick("Klagomål", "Complaints"),
    );
    let mut headers: Vec<String> = vec!["Period".into()];
    headers.extend(categories.iter().cloned());
    headers.push(lang.pick("Avvikelser totalt", "Deviations in total").into());
    headers.extend([opinions, complaints].map(String::from));
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
        .map(|(p, d)| row(p.words(lang), &totals(&[(*p, *d)]), vec![input.source(d)]))
        .collect();
    let sources_now: Vec<Source> = this.iter().map(|(_, d)| input.source(d)).collect();
    let sources_before: Vec<Source> = compared.iter().map(|(_, d)| input.source(d)).collect();
    let sum =
        |year: i16, p: &[Period]| tr!(lang, "Summa {} ({})", "Total {} ({})", year, periods(p));
    rows.push(row(
        sum(input.year, &periods_now),
        &now,
        sources_now.clone(),
    ));
    if let Some(b) = &before {
        rows.push(row(
            sum(input.year - 1, &periods_before),
            b,
            sources_before.clone(),
        ));
        if !comparable {
            part.missing.push(tr!(
                lang,
                "{} och {} har inte följts upp för samma perioder ({} mot {}), så åren jämförs inte.",
                "{} and {} were not followed up for the same periods ({} against {}), so the years are not compared.",
                input.year,
                input.year - 1,
                periods(&periods_now),
                periods(&periods_before)
            ));
        }
    } else {
        part.missing.push(tr!(
            lang,
            "Inga uppföljningar för {}, så året kan inte jämföras med föregående år.",
            "No follow-ups for {}, so the year cannot be compared with the year before.",
            input.year - 1
        ));
    }
    // Many categories make a table too wide to read or print: turned, a row per
    // category and a column per period.
    let (headers, rows) = if categories.len() > MAX_CATEGORY_COLUMNS {
        transpose(&headers, &rows, lang)
    } else {
        (headers, rows)
    };
    let header_refs: Vec<&str> = headers.iter().map(String::as_str).collect();
    part.blocks.push(table(
        lang.pick(
            "Avvikelser per kategori, synpunkter och klagomål per period",
            "Deviations by category, opinions and complaints by period",
        ),
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
        chart_categories.push(tr!(
            lang,
            "Övriga ({} kategorier)",
            "Other ({} categories)",
            rest.len()
        ));
    }
    chart_categories.push(opinions.into());
    chart_categories.push(complaints.into());
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
        label: format!("{} ({})", input.year, periods(&periods_now)),
        values: values(&now),
    }];
    if let Some(b) = before.as_ref().filter(|_| comparable) {
        series.push(Series {
            label: format!("{} ({})", input.year - 1, periods(&periods_before)),
            values: values(b),
        });
    }
    let mut chart_sources = sources_now.clone();
    chart_sources.extend(sources_before);
    part.blocks.push(Block::Chart {
        chart: Chart {
            caption: if comparable {
                tr!(
                    lang,
                    "Avvikelser per kategori, synpunkter och klagomål {} jämfört med {} ({})",
                    "Deviations by category, opinions and complaints {} compared with {} ({})",
                    input.year,
                    input.year - 1,
                    periods(&periods_now)
                )
            } else {
                tr!(
                    lang,
                    "Avvikelser per kategori, synpunkter och klagomål {} ({})",
                    "Deviations by category, opinions and complaints {} ({})",
                    input.year,
                    periods(&periods_now)
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
            label: lang
                .pick(
                    "Lex Sarah: rapporter om missförhållanden",
                    "Lex Sarah: reports of maltreatment",
                )
                .into(),
            value: now.sarah_reports.to_string(),
            sources: sources_now.clone(),
        });
        facts.push(Fact {
            label: lang
                .pick(
                    "Lex Sarah: anmälningar till IVO",
                    "Lex Sarah: notifications to IVO",
                )
                .into(),
            value: now.sarah_notifications.to_string(),
            sources: sources_now.clone(),
        });
    }
    facts.push(Fact {
        label: lang
            .pick(
                "Lex Maria: anmälningar till IVO",
                "Lex Maria: notifications to IVO",
            )
            .into(),
        value: now.maria.to_string(),
        sources: sources_now.clone(),
    });
    if let Some(b) = &before {
        facts.push(if input.hsl_only {
            Fact {
                label: tr!(
                    lang,
                    "Lex Maria-anmälningar {} ({})",
                    "Lex Maria notifications {} ({})",
                    input.year - 1,
                    periods(&periods_before)
                ),
                value: b.maria.to_string(),
                sources: compared.iter().map(|(_, d)| input.source(d)).collect(),
            }
        } else {
            Fact {
                label: tr!(
                    lang,
                    "Lex Sarah-rapporter och lex Maria-anmälningar {} ({})",
                    "Lex Sarah reports and lex Maria notifications {} ({})",
                    input.year - 1,
                    periods(&periods_before)
                ),
                value: tr!(lang, "{} och {}", "{} and {}", b.sarah_reports, b.maria),
                sources: compared.iter().map(|(_, d)| input.source(d)).collect(),
            }
        });
    }
    part.blocks.push(Block::Facts { facts });
    part
}
