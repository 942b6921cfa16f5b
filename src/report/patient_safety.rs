//! The patientsäkerhetsberättelse: how the patient-safety work was run in the past calendar
//! year, what was done to increase patient safety and what it achieved (patientsäkerhetslagen
//! 3 kap. 10 §; content per SOSFS 2011:9 7 kap. 2–3 §§). Built from the documents whose
//! `omfattning` includes HSL; due 1 March of the following year.

use super::figures::{Input, place, take};
use super::model::{Block, Report, Row, Section, Table};
use super::quality::missing_section;
use super::sections;
use crate::model::{Function, ReportKind, Status};
use crate::tr;

pub fn build(input: &Input) -> Report {
    let repo = input.repo;
    let c = &repo.config;
    let lang = input.lang();
    let mut missing: Vec<(String, Vec<String>)> = Vec::new();

    let mut intro = Section::titled(lang, "inledning", "Inledning", "Introduction");
    intro.text(tr!(
        lang,
        "{} redovisar i denna patientsäkerhetsberättelse hur patientsäkerhetsarbetet i den \
         hälso- och sjukvård som bedrivs enligt hälso- och sjukvårdslagen har bedrivits under {}, \
         vilka åtgärder som vidtagits för att öka patientsäkerheten och vilka resultat som har \
         uppnåtts (patientsäkerhetslagen 3 kap. 10 §; SOSFS 2011:9 7 kap. 2–3 §§). Berättelsen \
         ska finnas tillgänglig senast den 1 mars {}.",
        "In this patient safety report {} describes how patient safety work in the health care \
         it provides under the Health and Medical Services Act was carried out during {}, what \
         actions were taken to increase patient safety and what results were achieved (Patient \
         Safety Act, chapter 3, section 10; SOSFS 2011:9 chapter 7, sections 2–3). The report is \
         to be available by 1 March {}.",
        c.organisation,
        input.year,
        input.year + 1
    ));

    let mut goals = Section::titled(
        lang,
        "mal-och-strategier",
        "Övergripande mål och strategier",
        "Overall goals and strategies",
    );
    take(&mut missing, &mut goals, sections::goals(input));

    let mut responsibility = Section::titled(
        lang,
        "ansvar",
        "Organisatoriskt ansvar för patientsäkerhetsarbetet",
        "Organisational responsibility for patient safety work",
    );
    let relevant = [
        Function::Principal,
        Function::HealthCareHead,
        Function::Mas,
        Function::Mar,
        Function::LicensedStaff,
        Function::UnitHead,
    ];
    let rows: Vec<Row> = repo
        .roles()
        .filter(|(d, r)| {
            d.status() != Status::Repealed
                && input.counts(d, &r.scope)
                && r.function
                    .as_ref()
                    .is_some_and(|f| relevant.contains(&f.value))
        })
        .map(|(d, r)| Row {
            cells: vec![
                input.role_title(r.id.as_str()),
                r.function
                    .as_ref()
                    .map(|f| f.value.describe(lang))
                    .unwrap_or_default(),
                r.duties_text(),
            ],
            sources: vec![input.source(d)],
        })
        .collect();
    if rows
        .iter()
        .all(|r| r.cells[1] != Function::Mas.describe(lang))
    {
        missing.push((
            responsibility.title.clone(),
            vec![
                lang.pick(
                    "Ingen roll med funktionen mas (medicinskt ansvarig sjuksköterska).",
                    "No role with the function mas (medically responsible nurse).",
                )
                .into(),
            ],
        ));
    }
    responsibility.push(Block::Table {
        table: Table {
            caption: lang
                .pick(
                    "Ansvar i patientsäkerhetsarbetet",
                    "Responsibilities in patient safety work",
                )
                .into(),
            headers: lang
                .pick(
                    ["Roll", "Funktion", "Ansvar"],
                    ["Role", "Function", "Responsibilities"],
                )
                .map(String::from)
                .to_vec(),
            rows,
        },
    });

    let mut structure = Section::titled(
        lang,
        "struktur",
        "Struktur för uppföljning och utvärdering",
        "Structure for follow-up and evaluation",
    );
    structure.subheading(
        lang,
        "Processer och rutiner för hälso- och sjukvården",
        "Processes and routines for health care",
    );
    take(&mut missing, &mut structure, sections::governing(input));
    structure.subheading(lang, "Kvalitetsråd", "Quality councils");
    take(&mut missing, &mut structure, sections::councils(input));

    let mut work = Section::titled(
        lang,
        "genomforande",
        "Hur patientsäkerhetsarbetet har bedrivits",
        "How patient safety work was carried out",
    );
    work.subheading(lang, "Egenkontroll", "Self-inspection");
    take(&mut missing, &mut work, sections::self_inspection(input));
    work.subheading(
        lang,
        "Samverkan för att förebygga vårdskador",
        "Collaboration to prevent adverse events",
    );
    take(&mut missing, &mut work, sections::agreements(input));
    work.subheading(
        lang,
        "Riskanalys och utredning av händelser",
        "Risk analysis and investigation of incidents",
    );
    take(&mut missing, &mut work, sections::risk_analyses(input));
    work.subheading(
        lang,
        "Händelser och vårdskador, klagomål och synpunkter",
        "Incidents and adverse events, complaints and opinions",
    );
    take(&mut missing, &mut work, sections::follow_ups(input));
    work.subheading(
        lang,
        "Sammanställning och analys",
        "Compilation and analysis",
    );
    take(&mut missing, &mut work, sections::analysis(input));
    work.subheading(lang, "Extern granskning", "External review");
    take(&mut missing, &mut work, sections::external_reviews(input));
    work.subheading(
        lang,
        "Hur patienter och närstående görs delaktiga",
        "How patients and their families take part",
    );

    let mut results = Section::titled(
        lang,
        "resultat",
        "Resultat och vidtagna åtgärder",
        "Results and actions taken",
    );
    take(&mut missing, &mut results, sections::actions(input));

    let mut next = Section::titled(
        lang,
        "kommande-ar",
        "Mål och strategier för kommande år",
        "Goals and strategies for the coming year",
    );

    // The coordinator's (usually the MAS's) prose, under the headings it matches.
    let mut texts = sections::prose(input, ReportKind::PatientSafety);
    // Whether there is any underlag at all, before the Sammanfattning is taken out of it.
    let no_underlag = texts.is_empty();
    let summary = sections::summary(input, &mut texts, &mut missing);
    let mut sections = [
        intro,
        goals,
        responsibility,
        structure,
        work,
        results,
        next.clone(),
    ];
    let placed: Vec<bool> = texts
        .iter()
        .map(|(h, md, src)| {
            let block = Block::Prose {
                markdown: md.clone(),
                source: src.clone(),
            };
            sections
                .iter_mut()
                .any(|section| place(section, h, block.clone()))
        })
        .collect();
    next = sections[6].clone();
    if next.blocks.is_empty() && placed.iter().all(|p| *p) {
        next.text(lang.pick("Underlag saknas.", "No material."));
        missing.push((
            next.title.clone(),
            vec![tr!(
                lang,
                "Ingen text om mål och strategier för {} i berättelseunderlaget.",
                "No text on goals and strategies for {} in the report material.",
                input.year + 1
            )],
        ));
    }
    for (i, (h, md, src)) in texts.iter().enumerate() {
        if !placed[i] {
            next.heading(h.clone());
            next.push(Block::Prose {
                markdown: md.clone(),
                source: src.clone(),
            });
        }
    }
    if no_underlag {
        missing.push((
            lang.pick("Berättelseunderlag", "Report material").into(),
            vec![tr!(
                lang,
                "Inget berättelseunderlag för patientsäkerhetsberättelsen {}: mål, strategier och analys kan inte redovisas.",
                "No report material (berättelseunderlag) for the patient safety report {}: goals, strategies and analysis cannot be reported.",
                input.year
            )],
        ));
    }
    let mut all: Vec<Section> = vec![summary];
    all.extend(sections[..6].iter().cloned());
    all.push(next);
    super::quality::fill_empty_headings(&mut all, input.year, lang, &mut missing);
    all.extend(sections::attachments(input, ReportKind::PatientSafety));
    all.push(missing_section(missing, lang));
    Report {
        kind: "patientsäkerhetsberättelse".into(),
        title: tr!(
            lang,
            "Patientsäkerhetsberättelse {}",
            "Patient safety report {}",
            input.year
        ),
        organisation: c.organisation.clone(),
        year: input.year,
        made: input.today.to_string(),
        cover: sections::cover(
            input,
            ReportKind::PatientSafety,
            &[Function::Mas, Function::HealthCareHead],
        ),
        sections: all,
        missed: input.missed().iter().map(|o| o.key.clone()).collect(),
        lang,
    }
}
