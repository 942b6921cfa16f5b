//! The kvalitetsberättelse: how the systematic quality work was run during the year
//! (SOSFS 2011:9 7 kap. 1 § with its allmänna råd; the seeds' kvalitetsberättelser).

use super::figures::{Input, place, same_heading, take};
use super::model::{Block, Fact, Report, Row, Section, Table};
use super::sections;
use crate::model::{Date, ProcessKind, ReportKind, Status};

/// Sub-headings of section 7 that the coordinator's prose is placed under.
const PROSE_HEADINGS: &[&str] = &[
    "Personalens medverkan",
    "Brukarnas delaktighet",
    "Analys",
    "Fortsatt arbete",
];

pub fn build(input: &Input) -> Report {
    let repo = input.repo;
    let c = &repo.config;
    let mut missing: Vec<(String, Vec<String>)> = Vec::new();

    let mut intro = Section::new("inledning", "Inledning");
    let areas: Vec<&str> = c.areas.iter().map(|a| a.as_str()).collect();
    intro.text(format!(
        "{} redovisar här hur det systematiska kvalitetsarbetet har bedrivits under {}, enligt \
         Socialstyrelsens föreskrifter och allmänna råd om ledningssystem för systematiskt \
         kvalitetsarbete (SOSFS 2011:9). Berättelsen är sammanställd ur ledningssystemets \
         dokument och deras historik; varje siffra anger vilket dokument den kommer från.",
        c.organisation, input.year
    ));
    if input.cutoff() < Date::new(input.year, 12, 31).expect("31 December") {
        intro.text(format!(
            "Året är inte avslutat: uppgifterna avser tiden till och med {}.",
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
                label: "Verksamhet".into(),
                value: areas.join(", "),
                sources: vec![],
            },
            Fact {
                label: "År".into(),
                value: input.year.to_string(),
                sources: vec![],
            },
            Fact {
                label: format!("Gällande styrdokument per {}", input.today),
                value: governed.to_string(),
                sources: vec![],
            },
        ],
    });

    let mut system = Section::new(
        "ledningssystemet",
        "Ledningssystemet och ansvarsfördelningen",
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
            vec!["Ingen ansvarsfördelning.".into()],
        ));
    } else {
        let brief: Vec<Row> = current_roles
            .iter()
            .map(|(d, r)| Row {
                cells: vec![
                    input.role_title(r.id.as_str()),
                    r.function
                        .as_ref()
                        .map(|f| f.value.to_string())
                        .unwrap_or_default(),
                    r.duties.len().to_string(),
                ],
                sources: vec![input.source(d)],
            })
            .collect();
        system.push(Block::Table {
            table: Table {
                caption: "Roller".into(),
                headers: ["Roll", "Funktion", "Antal ansvarsområden"]
                    .map(String::from)
                    .to_vec(),
                rows: brief,
            },
        });
        system.text("Rollernas ansvar i sin helhet finns i bilagan Ansvarsfördelningen.");
        let full: Vec<Row> = current_roles
            .iter()
            .map(|(d, r)| Row {
                cells: vec![input.role_title(r.id.as_str()), r.duties_text()],
                sources: vec![input.source(d)],
            })
            .collect();
        let mut section = Section::new("bilaga-ansvar", "Bilaga: Ansvarsfördelningen");
        section.push(Block::Table {
            table: Table {
                caption: "Roller och ansvar".into(),
                headers: ["Roll", "Ansvar"].map(String::from).to_vec(),
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
                    .map_or(String::new(), |k| k.value.to_string()),
                p.owner
                    .as_ref()
                    .map(|o| o.value.to_string())
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
    system.text(format!(
        "Ledningssystemet har {} gällande processer, varav {main_processes} huvudprocesser.",
        processes.len()
    ));
    if !processes.is_empty() {
        system.push(Block::Table {
            table: Table {
                caption: "Gällande processer".into(),
                headers: [
                    "Process",
                    "Titel",
                    "Typ",
                    "Processägare",
                    "Aktiviteter",
                    "Fastställd",
                ]
                .map(String::from)
                .to_vec(),
                rows: processes,
            },
        });
    }

    let mut goals = Section::new("maluppfyllelse", "Måluppfyllelse");
    take(&mut missing, &mut goals, sections::goals(input));

    let mut process_work = Section::new("processledningsarbetet", "Processledningsarbetet");
    process_work.heading("Styrdokument som skapats, reviderats, flyttats och upphävts");
    take(
        &mut missing,
        &mut process_work,
        sections::document_changes(input),
    );
    process_work.heading("Revisioner");
    take(
        &mut missing,
        &mut process_work,
        sections::review_compliance(input),
    );

    let mut improvement = Section::new("forbattringsarbete", "Systematiskt förbättringsarbete");
    improvement.heading("Riskanalyser");
    take(
        &mut missing,
        &mut improvement,
        sections::risk_analyses(input),
    );
    improvement.heading("Egenkontroller");
    take(
        &mut missing,
        &mut improvement,
        sections::self_inspection(input),
    );
    improvement.heading("Avvikelser, synpunkter och klagomål; lex Sarah och lex Maria");
    take(&mut missing, &mut improvement, sections::follow_ups(input));
    improvement.heading("Sammanställning och analys");
    take(&mut missing, &mut improvement, sections::analysis(input));
    improvement.heading("Avtalsuppföljning och extern granskning");
    take(
        &mut missing,
        &mut improvement,
        sections::external_reviews(input),
    );
    improvement.heading("Kvalitetsråd");
    take(&mut missing, &mut improvement, sections::councils(input));
    improvement.heading("Samverkan");
    take(&mut missing, &mut improvement, sections::agreements(input));

    let mut actions = Section::new("atgarder", "Åtgärder");
    take(&mut missing, &mut actions, sections::actions(input));

    // Section 7: the coordinator's prose, placed under the headings it matches.
    let mut own = Section::new(
        "medverkan-och-analys",
        "Medverkan, analys och fortsatt arbete",
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
    for heading in PROSE_HEADINGS {
        own.heading(*heading);
        let matching: Vec<_> = texts
            .iter()
            .filter(|(h, _, _)| same_heading(h, heading))
            .cloned()
            .collect();
        if matching.is_empty() {
            lacking.push(format!(
                "Ingen text om {} i berättelseunderlaget för {}.",
                heading.to_lowercase(),
                input.year
            ));
            own.text("Underlag saknas.");
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
        .filter(|(h, _, _)| !PROSE_HEADINGS.iter().any(|p| same_heading(h, p)))
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
    fill_empty_headings(&mut all, input.year, &mut missing);
    all.extend(sections::attachments(input, ReportKind::Quality));
    all.extend(appendix);
    all.push(missing_section(missing));
    Report {
        kind: "kvalitetsberättelse".into(),
        title: format!("Kvalitetsberättelse {}", input.year),
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
    }
}

/// The last section: everything the data did not cover, per section.
pub fn missing_section(missing: Vec<(String, Vec<String>)>) -> Section {
    let mut s = Section::new("underlag-som-saknas", "Underlag som saknas");
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
        s.text("Underlaget täcker alla delar av berättelsen.");
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
            if let (true, Block::Heading { text }) = (empty, &section.blocks[i]) {
                let line = format!(
                    "Ingen text om {} i berättelseunderlaget för {year}.",
                    text.to_lowercase()
                );
                missing.push((section.title.clone(), vec![line]));
                section.blocks.insert(
                    i + 1,
                    Block::Text {
                        text: "Underlag saknas.".into(),
                    },
                );
            }
            i += 1;
        }
    }
}
