//! The patientsäkerhetsberättelse: how the patient-safety work was run in the past calendar
//! year, what was done to increase patient safety and what it achieved (patientsäkerhetslagen
//! 3 kap. 10 §; content per SOSFS 2011:9 7 kap. 2–3 §§). Built from the documents whose
//! `omfattning` includes HSL; due 1 March of the following year.

use super::figures::{Input, place, take};
use super::model::{Block, Report, Row, Section, Table};
use super::quality::missing_section;
use super::sections;
use crate::model::{Function, ReportKind, Status};

pub fn build(input: &Input) -> Report {
    let repo = input.repo;
    let c = &repo.config;
    let mut missing: Vec<(String, Vec<String>)> = Vec::new();

    let mut intro = Section::new("inledning", "Inledning");
    intro.text(format!(
        "{} redovisar i denna patientsäkerhetsberättelse hur patientsäkerhetsarbetet i den \
         hälso- och sjukvård som bedrivs enligt hälso- och sjukvårdslagen har bedrivits under {}, \
         vilka åtgärder som vidtagits för att öka patientsäkerheten och vilka resultat som har \
         uppnåtts (patientsäkerhetslagen 3 kap. 10 §; SOSFS 2011:9 7 kap. 2–3 §§). Berättelsen \
         ska finnas tillgänglig senast den 1 mars {}.",
        c.organisation,
        input.year,
        input.year + 1
    ));

    let mut goals = Section::new("mal-och-strategier", "Övergripande mål och strategier");
    take(&mut missing, &mut goals, sections::goals(input));

    let mut responsibility = Section::new(
        "ansvar",
        "Organisatoriskt ansvar för patientsäkerhetsarbetet",
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
                    .map(|f| f.value.to_string())
                    .unwrap_or_default(),
                r.duties_text(),
            ],
            sources: vec![input.source(d)],
        })
        .collect();
    if rows.iter().all(|r| r.cells[1] != "mas") {
        missing.push((
            responsibility.title.clone(),
            vec!["Ingen roll med funktionen mas (medicinskt ansvarig sjuksköterska).".into()],
        ));
    }
    responsibility.push(Block::Table {
        table: Table {
            caption: "Ansvar i patientsäkerhetsarbetet".into(),
            headers: ["Roll", "Funktion", "Ansvar"].map(String::from).to_vec(),
            rows,
        },
    });

    let mut structure = Section::new("struktur", "Struktur för uppföljning och utvärdering");
    structure.heading("Processer och rutiner för hälso- och sjukvården");
    take(&mut missing, &mut structure, sections::governing(input));
    structure.heading("Kvalitetsråd");
    take(&mut missing, &mut structure, sections::councils(input));

    let mut work = Section::new("genomforande", "Hur patientsäkerhetsarbetet har bedrivits");
    work.heading("Egenkontroll");
    take(&mut missing, &mut work, sections::self_inspection(input));
    work.heading("Samverkan för att förebygga vårdskador");
    take(&mut missing, &mut work, sections::agreements(input));
    work.heading("Riskanalys och utredning av händelser");
    take(&mut missing, &mut work, sections::risk_analyses(input));
    work.heading("Händelser och vårdskador, klagomål och synpunkter");
    take(&mut missing, &mut work, sections::follow_ups(input));
    work.heading("Sammanställning och analys");
    take(&mut missing, &mut work, sections::analysis(input));
    work.heading("Extern granskning");
    take(&mut missing, &mut work, sections::external_reviews(input));
    work.heading("Hur patienter och närstående görs delaktiga");

    let mut results = Section::new("resultat", "Resultat och vidtagna åtgärder");
    take(&mut missing, &mut results, sections::actions(input));

    let mut next = Section::new("kommande-ar", "Mål och strategier för kommande år");

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
        next.text("Underlag saknas.");
        missing.push((
            next.title.clone(),
            vec![format!(
                "Ingen text om mål och strategier för {} i berättelseunderlaget.",
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
        missing.push(("Berättelseunderlag".into(), vec![format!("Inget berättelseunderlag för patientsäkerhetsberättelsen {}: mål, strategier och analys kan inte redovisas.", input.year)]));
    }
    let mut all: Vec<Section> = vec![summary];
    all.extend(sections[..6].iter().cloned());
    all.push(next);
    super::quality::fill_empty_headings(&mut all, input.year, &mut missing);
    all.extend(sections::attachments(input, ReportKind::PatientSafety));
    all.push(missing_section(missing));
    Report {
        kind: "patientsäkerhetsberättelse".into(),
        title: format!("Patientsäkerhetsberättelse {}", input.year),
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
    }
}
