//! The kvalitetsberättelse: how the systematic quality work was run during the year
//! (SOSFS 2011:9 7 kap. 1 § with its allmänna råd; the seeds' kvalitetsberättelser).

use super::figures::{Input, place, same_heading, take};
use super::model::{Block, Fact, Report, Row, Section, Table};
use super::sections;
use crate::lang::Lang;
use crate::model::{Date, ProcessKind, ReportKind, Status};
use crate::tr;

/// Sub-headings of section 7 that the coordinator's prose is placed under (Swedish,
/// English).
const PROSE_HEADINGS: &[(&str, &str)] = &[
    ("Personalens medverkan", "Staff participation"),
    ("Brukarnas delaktighet", "Service users' participation"),
    ("Analys", "Analysis"),
    ("Fortsatt arbete", "Further work"),
];

pub fn build(input: &Input) -> Report {
    let repo = input.repo;
    let c = &repo.config;
    let lang = input.lang();
    let mut missing: Vec<(String, Vec<String>)> = Vec::new();

    let mut intro = Section::titled(lang, "inledning", "Inledning", "Introduction");
    let areas: Vec<&str> = c.areas.iter().map(|a| a.as_str()).collect();
    intro.text(tr!(
        lang,
        "{} redovisar här hur det systematiska kvalitetsarbetet har bedrivits under {}, enligt \
         Socialstyrelsens föreskrifter och allmänna råd om ledningssystem för systematiskt \
         kvalitetsarbete (SOSFS 2011:9). Berättelsen är sammanställd ur ledningssystemets \
         dokument och deras historik; varje siffra anger vilket dokument den kommer från.",
        "{} reports here how the systematic quality work was carried out during {}, under \
         the National Board of Health and Welfare's regulations and general advice on \
         management systems for systematic quality work (SOSFS 2011:9). The report is compiled \
         from the management system's documents and their history; every figure states the \
         document it comes from.",
        c.organisation,
        input.year
    ));
    if input.cutoff() < Date::new(input.year, 12, 31).expect("31 December") {
        intro.text(tr!(
            lang,
            "Året är inte avslutat: uppgifterna avser tiden till och med {}.",
            "The year has not ended: the figures cover the time up to and including {}.",
            input.cutoff()
        ));
    }
    let governed = input
        .documents()
        .filter(|d| d.is_governed() && d.status() == Status::InForce)
        .count();
    intro.push(Block::Facts {
        facts: vec![
            Fact {
                label: lang.pick("Verksamhet", "Service").into(),
                value: areas.join(", "),
                sources: vec![],
            },
            Fact {
                label: lang.pick("År", "Year").into(),
                value: input.year.to_string(),
                sources: vec![],
            },
            Fact {
                label: tr!(
                    lang,
                    "Gällande styrdokument per {}",
                    "Governing documents in force on {}",
                    input.today
                ),
                value: governed.to_string(),
                sources: vec![],
            },
        ],
    });

    let mut system = Section::titled(
        lang,
        "ledningssystemet",
        "Ledningssystemet och ansvarsfördelningen",
        "The management system and the division of responsibilities",
    );
    // The roles in brief here; the full duties, pages of them, in an appendix.
    let current_roles: Vec<_> = repo
        .roles()
        .filter(|(d, _)| d.status() != Status::Repealed)
        .collect();
    let mut appendix = None;
    if current_roles.is_empty() {
        missing.push((
            system.title.clone(),
            vec![
                lang.pick(
                    "Ingen ansvarsfördelning.",
                    "No division of responsibilities.",
                )
                .into(),
            ],
        ));
    } else {
        let brief: Vec<Row> = current_roles
            .iter()
            .map(|(d, r)| Row {
                cells: vec![
                    input.role_title(r.id.as_str()),
                    r.function
                        .as_ref()
                        .map(|f| f.value.describe(lang))
                        .unwrap_or_default(),
                    r.duties.len().to_string(),
                ],
                sources: vec![input.source(d)],
            })
            .collect();
        system.push(Block::Table {
            table: Table {
                caption: lang.pick("Roller", "Roles").into(),
                headers: lang
                    .pick(
                        ["Roll", "Funktion", "Antal ansvarsområden"],
                        ["Role", "Function", "Areas of responsibility"],
                    )
                    .map(String::from)
                    .to_vec(),
                rows: brief,
            },
        });
        system.text(lang.pick(
            "Rollernas ansvar i sin helhet finns i bilagan Ansvarsfördelningen.",
            "The roles' responsibilities in full are in the appendix Division of responsibilities.",
        ));
        let full: Vec<Row> = current_roles
            .iter()
            .map(|(d, r)| Row {
                cells: vec![input.role_title(r.id.as_str()), r.duties_text()],
                sources: vec![input.source(d)],
            })
            .collect();
        let mut section = Section::titled(
            lang,
            "bilaga-ansvar",
            "Bilaga: Ansvarsfördelningen",
            "Appendix: Division of responsibilities",
        );
        section.push(Block::Table {
            table: Table {
                caption: lang
                    .pick("Roller och ansvar", "Roles and responsibilities")
                    .into(),
                headers: lang
                    .pick(["Roll", "Ansvar"], ["Role", "Responsibilities"])
                    .map(String::from)
                    .to_vec(),
                rows: full,
            },
        });
        appendix = Some(section);
    }
    let processes: Vec<Row> = input
        .documents()
        .filter(|d| d.status() == Status::InForce)
        .filter_map(|d| d.process().map(|p| (d, p)))
        .map(|(d, p)| Row {
            cells: vec![
                d.id().into(),
                d.header
                    .title
                    .as_ref()
                    .map(|t| t.value.clone())
                    .unwrap_or_default(),
                p.kind
                    .as_ref()
                    .map_or(String::new(), |k| k.value.describe(lang)),
                p.owner
                    .as_ref()
                    .map(|o| input.role_title(o.value.as_str()))
                    .unwrap_or_default(),
                p.activities.len().to_string(),
                d.header
                    .decided
                    .as_ref()
                    .map(|x| x.value.to_string())
                    .unwrap_or_default(),
            ],
            sources: vec![input.source(d)],
        })
        .collect();
    let main_processes = input
        .documents()
        .filter(|d| {
            d.process()
                .and_then(|p| p.kind.as_ref())
                .is_some_and(|k| k.value == ProcessKind::Main)
        })
        .count();
    system.text(tr!(
        lang,
        "Ledningssystemet har {} gällande processer, varav {} huvudprocesser.",
        "The management system has {} processes in force, {} of them main processes.",
        processes.len(),
        main_processes
    ));
    if !processes.is_empty() {
        system.push(Block::Table {
            table: Table {
                caption: lang.pick("Gällande processer", "Processes in force").into(),
                headers: lang
                    .pick(
                        [
                            "Process",
                            "Titel",
                            "Typ",
                            "Processägare",
                            "Aktiviteter",
                            "Fastställd",
                        ],
                        [
                            "Process",
                            "Title",
                            "Kind",
                            "Process owner",
                            "Activities",
                            "Approved",
                        ],
                    )
                    .map(String::from)
                    .to_vec(),
                rows: processes,
            },
        });
    }

    let mut goals = Section::titled(lang, "maluppfyllelse", "Måluppfyllelse", "Goal attainment");
    take(&mut missing, &mut goals, sections::goals(input));

    let mut process_work = Section::titled(
        lang,
        "processledningsarbetet",
        "Processledningsarbetet",
        "Process management",
    );
    process_work.subheading(
        lang,
        "Styrdokument som skapats, reviderats, flyttats och upphävts",
        "Governing documents created, revised, moved and repealed",
    );
    take(
        &mut missing,
        &mut process_work,
        sections::document_changes(input),
    );
    process_work.subheading(lang, "Revisioner", "Reviews");
    take(
        &mut missing,
        &mut process_work,
        sections::review_compliance(input),
    );

    let mut improvement = Section::titled(
        lang,
        "forbattringsarbete",
        "Systematiskt förbättringsarbete",
        "Systematic improvement work",
    );
    improvement.subheading(lang, "Riskanalyser", "Risk analyses");
    take(
        &mut missing,
        &mut improvement,
        sections::risk_analyses(input),
    );
    improvement.subheading(lang, "Egenkontroller", "Self-inspections");
    take(
        &mut missing,
        &mut improvement,
        sections::self_inspection(input),
    );
    improvement.subheading(
        lang,
        "Avvikelser, synpunkter och klagomål; lex Sarah och lex Maria",
        "Deviations, opinions and complaints; lex Sarah and lex Maria",
    );
    take(&mut missing, &mut improvement, sections::follow_ups(input));
    improvement.subheading(
        lang,
        "Sammanställning och analys",
        "Compilation and analysis",
    );
    take(&mut missing, &mut improvement, sections::analysis(input));
    improvement.subheading(
        lang,
        "Avtalsuppföljning och extern granskning",
        "Contract follow-up and external review",
    );
    take(
        &mut missing,
        &mut improvement,
        sections::external_reviews(input),
    );
    improvement.subheading(lang, "Kvalitetsråd", "Quality councils");
    take(&mut missing, &mut improvement, sections::councils(input));
    improvement.subheading(lang, "Samverkan", "Collaboration");
    take(&mut missing, &mut improvement, sections::agreements(input));

    let mut actions = Section::titled(lang, "atgarder", "Åtgärder", "Actions");
    take(&mut missing, &mut actions, sections::actions(input));

    // Section 7: the coordinator's prose, placed under the headings it matches.
    let mut own = Section::titled(
        lang,
        "medverkan-och-analys",
        "Medverkan, analys och fortsatt arbete",
        "Participation, analysis and further work",
    );
    let mut texts = sections::prose(input, ReportKind::Quality);
    let summary = sections::summary(input, &mut texts, &mut missing);
    let mut sections = [
        summary,
        intro,
        system,
        goals,
        process_work,
        improvement,
        actions,
    ];
    texts.retain(|(h, md, src)| {
        let block = Block::Prose {
            markdown: md.clone(),
            source: src.clone(),
        };
        !sections
            .iter_mut()
            .any(|section| place(section, h, block.clone()))
    });
    let mut lacking = Vec::new();
    let is_prose_heading =
        |h: &str, (sv, en): &(&str, &str)| same_heading(h, sv) || same_heading(h, en);
    for heading in PROSE_HEADINGS {
        own.subheading(lang, heading.0, heading.1);
        let matching: Vec<_> = texts
            .iter()
            .filter(|(h, _, _)| is_prose_heading(h, heading))
            .cloned()
            .collect();
        if matching.is_empty() {
            lacking.push(no_text(lang, lang.pick(heading.0, heading.1), input.year));
            own.text(lang.pick("Underlag saknas.", "No material."));
        }
        for (_, md, src) in matching {
            own.push(Block::Prose {
                markdown: md,
                source: src,
            });
        }
    }
    for (h, md, src) in texts
        .iter()
        .filter(|(h, _, _)| !PROSE_HEADINGS.iter().any(|p| is_prose_heading(h, p)))
    {
        own.heading(h.clone());
        own.push(Block::Prose {
            markdown: md.clone(),
            source: src.clone(),
        });
    }
    if !lacking.is_empty() {
        missing.push((own.title.clone(), lacking));
    }

    let mut all: Vec<Section> = sections.into_iter().collect();
    all.push(own);
    fill_empty_headings(&mut all, input.year, lang, &mut missing);
    all.extend(sections::attachments(input, ReportKind::Quality));
    all.extend(appendix);
    all.push(missing_section(missing, lang));
    Report {
        kind: "kvalitetsberättelse".into(),
        title: tr!(
            lang,
            "Kvalitetsberättelse {}",
            "Quality report {}",
            input.year
        ),
        organisation: c.organisation.clone(),
        year: input.year,
        made: input.today.to_string(),
        cover: sections::cover(
            input,
            ReportKind::Quality,
            &[
                crate::model::Function::AdministrationHead,
                crate::model::Function::QualityDeveloper,
            ],
        ),
        sections: all,
        missed: input.missed().iter().map(|o| o.key.clone()).collect(),
        lang,
    }
}

/// "Ingen text om analys i berättelseunderlaget för 2026." for a heading.
fn no_text(lang: Lang, heading: &str, year: i16) -> String {
    tr!(
        lang,
        "Ingen text om {} i berättelseunderlaget för {}.",
        "No text under \"{}\" in the report material for {}.",
        lang.pick(heading.to_lowercase(), heading.to_string()),
        year
    )
}

/// The last section: everything the data did not cover, per section.
pub fn missing_section(missing: Vec<(String, Vec<String>)>, lang: Lang) -> Section {
    let mut s = Section::titled(
        lang,
        "underlag-som-saknas",
        "Underlag som saknas",
        "Missing material",
    );
    // One heading per section, however many parts of it reported something missing, and
    // each line once.
    let mut merged: Vec<(String, Vec<String>)> = Vec::new();
    for (title, items) in missing {
        let at = match merged.iter().position(|(t, _)| *t == title) {
            Some(i) => i,
            None => {
                merged.push((title, Vec::new()));
                merged.len() - 1
            }
        };
        for item in items {
            if !merged[at].1.contains(&item) {
                merged[at].1.push(item);
            }
        }
    }
    merged.retain(|(_, items)| !items.is_empty());
    if merged.is_empty() {
        s.text(lang.pick(
            "Underlaget täcker alla delar av berättelsen.",
            "The material covers every part of the report.",
        ));
    }
    for (title, items) in merged {
        s.heading(title);
        s.push(Block::Missing { items });
    }
    s
}

/// A sub-heading left with nothing under it (no figures, no text from the
/// berättelseunderlag) gets "Underlag saknas." and one line in "Underlag som saknas".
pub fn fill_empty_headings(
    sections: &mut [Section],
    year: i16,
    lang: Lang,
    missing: &mut Vec<(String, Vec<String>)>,
) {
    for section in sections.iter_mut() {
        let mut i = 0;
        while i < section.blocks.len() {
            let empty = matches!(section.blocks[i], Block::Heading { .. })
                && section
                    .blocks
                    .get(i + 1)
                    .is_none_or(|b| matches!(b, Block::Heading { .. }));
            if let (true, Block::Heading { text, .. }) = (empty, &section.blocks[i]) {
                let line = no_text(lang, text, year);
                missing.push((section.title.clone(), vec![line]));
                section.blocks.insert(
                    i + 1,
                    Block::Text {
                        text: lang.pick("Underlag saknas.", "No material.").into(),
                    },
                );
            }
            i += 1;
        }
    }
}
