//! `lsk init [DIR]`: scaffolds a repository that passes `lsk check` as it stands: lsk.yaml,
//! a responsibility document, a statute list, one example process with a routine, the
//! JSON Schemas with editor hints, a pre-commit hook and (with `--ci`) a CI template.
//! Writes only new files, each atomically, and nothing at all if any already exists.

use std::path::{Path, PathBuf};
use std::process::ExitCode;

use lsk::lang::Lang;
use lsk::tr;

use lsk::model::statutes::implied_statutes;
use lsk::model::{Area, Date};

#[derive(Clone, Copy, clap::ValueEnum)]
enum Ci {
    Github,
    Gitlab,
}

#[derive(clap::Args)]
pub struct Args {
    #[command(flatten)]
    place: super::Place,
    #[arg(long, default_value = "Omsorgsförvaltningen, Exempelkommun")]
    organisation: String,
    #[arg(long, value_delimiter = ',', default_value = "SoL,LSS,HSL")]
    verksamhet: Vec<String>,
    #[arg(long, value_enum)]
    ci: Option<Ci>,
}

/// An area as written on the command line, in any case: `sol`, `SoL`, `tandvardslagen`.
fn parse_area(s: &str) -> Option<Area> {
    let folded = lsk::text::fold(s.trim());
    Area::ALL
        .iter()
        .copied()
        .find(|a| lsk::text::fold(a.as_str()) == folded)
}

pub fn run(args: Args, common: &super::Common) -> ExitCode {
    let dir = args.place.path();
    // A new repository: `--lang` (or LSK_LANG) is also its `språk`.
    let lang = common.lang();
    let mut areas = Vec::new();
    for a in &args.verksamhet {
        match parse_area(a) {
            Some(area) if !areas.contains(&area) => areas.push(area),
            Some(_) => {}
            None => {
                errln!(
                    "{}",
                    tr!(
                        lang,
                        "lsk: okänd verksamhet '{a}' (SoL, LSS, HSL, LVU, LVM, Tandvårdslagen)",
                        "lsk: unknown area '{a}' (SoL, LSS, HSL, LVU, LVM, Tandvårdslagen)"
                    )
                );
                return ExitCode::from(2);
            }
        }
    }
    let files = scaffold(&args.organisation, &areas, common.today(), args.ci, lang);
    let existing: Vec<&str> = files
        .iter()
        .filter(|(p, _)| dir.join(p).exists())
        .map(|(p, _)| p.as_str())
        .collect();
    if !existing.is_empty() {
        let (existing, folder) = (existing.join(", "), dir.display());
        errln!(
            "{}",
            tr!(
                lang,
                "lsk: {existing} finns redan i {folder}; init skriver inget över. Inget skrevs.",
                "lsk: {existing} already exists in {folder}; init overwrites nothing. Nothing was written."
            )
        );
        return ExitCode::from(2);
    }
    if let Err((rel, why)) = write_all(&dir, &files, lang) {
        let file = dir.join(rel);
        let file = file.display();
        errln!(
            "{}",
            tr!(
                lang,
                "lsk: {file}: {why}. Inget skrevs (det som hann skrivas togs bort).",
                "lsk: {file}: {why}. Nothing was written (what had been written was removed)."
            )
        );
        return ExitCode::from(2);
    }
    for (rel, _) in &files {
        let file = Path::new(rel).display();
        outln!("{}", tr!(lang, "skapade {file}", "created {file}"));
    }
    let folder = dir.display();
    outln!(
        "\n{}",
        tr!(
            lang,
            "Klart. Kör `lsk check {folder}` för att kontrollera.",
            "Done. Run `lsk check {folder}` to check it."
        )
    );
    ExitCode::SUCCESS
}

/// Writes every file or none: if one fails, the files and folders already created are
/// removed again, so that a second `lsk init` can start afresh.
fn write_all(dir: &Path, files: &[(String, String)], lang: Lang) -> Result<(), (String, String)> {
    let mut created_dirs: Vec<PathBuf> = dir
        .ancestors()
        .take_while(|p| !p.as_os_str().is_empty() && !p.exists())
        .map(Path::to_path_buf)
        .collect();
    created_dirs.reverse();
    let mut created_files: Vec<PathBuf> = Vec::new();
    let result = (|| {
        std::fs::create_dir_all(dir).map_err(|e| (String::from("."), e.to_string()))?;
        for (rel, text) in files {
            let parent = dir.join(rel);
            let new_dirs: Vec<PathBuf> = parent
                .ancestors()
                .skip(1)
                .take_while(|p| !p.exists())
                .map(Path::to_path_buf)
                .collect();
            created_dirs.extend(new_dirs.into_iter().rev());
            lsk::fs::create_in(dir, rel, text.as_bytes())
                .map_err(|r| (rel.clone(), r.describe(lang)))?;
            created_files.push(dir.join(rel));
        }
        Ok(())
    })();
    if result.is_err() {
        for file in created_files.iter().rev() {
            let _ = std::fs::remove_file(file);
        }
        for folder in created_dirs.iter().rev() {
            let _ = std::fs::remove_dir(folder);
        }
    }
    result
}

fn hint(schema: &str, depth: usize) -> String {
    format!(
        "# yaml-language-server: $schema={}.lsk/schemas/{schema}.schema.json\n",
        "../".repeat(depth)
    )
}

/// `(relative path, text)` of every file init writes.
fn scaffold(
    organisation: &str,
    areas: &[Area],
    today: Date,
    ci: Option<Ci>,
    lang: Lang,
) -> Vec<(String, String)> {
    let hsl = areas.contains(&Area::Hsl);
    let area_list: Vec<&str> = areas.iter().map(|a| a.as_str()).collect();
    let mut files = Vec::new();

    files.push((
        "lsk.yaml".to_string(),
        format!(
            "{}organisation: {}\nverksamhet: [{}]\nspråk: {}\n\
             # Ledningssystemet infördes i lsk denna dag: perioder före den krävs inte.\n\
             införd: {today}\n",
            hint("lsk", 0),
            lsk::text::yaml_scalar(organisation),
            area_list.join(", "),
            lang.pick("sv", "en")
        ),
    ));

    let mut roles = String::from(
        "  - id: nämnden
    namn: Nämnden
    funktion: huvudman
    ansvar:
      - Fastställer mål för verksamheten och ledningssystemet.
      - Följer upp kvalitetsarbetet och fastställer kvalitetsberättelsen.
  - id: förvaltningschef
    namn: Förvaltningschef
    funktion: förvaltningschef
    ansvar:
      - Leder det systematiska kvalitetsarbetet och ansvarar för ledningssystemet.
  - id: enhetschef
    namn: Enhetschef
    funktion: enhetschef
    ansvar:
      - Ansvarar för att processer och rutiner är kända och följs i verksamheten.
      - Utreder avvikelser och klagomål och vidtar åtgärder.
  - id: kvalitetsutvecklare
    namn: Kvalitetsutvecklare
    funktion: kvalitetsutvecklare
    ansvar:
      - Stödjer förvaltningen i kvalitetsarbetet och sammanställer underlag till kvalitetsberättelsen.
  - id: medarbetare
    namn: Medarbetare
    funktion: medarbetare
    ansvar:
      - Arbetar enligt gällande rutiner och rapporterar avvikelser, risker och synpunkter.
",
    );
    if hsl {
        roles.push_str(
            "  - id: verksamhetschef-hsl
    namn: Verksamhetschef enligt HSL
    funktion: verksamhetschef-hsl
    ansvar:
      - Leder hälso- och sjukvårdsverksamheten och ansvarar för att den uppfyller kraven på god vård.
  - id: mas
    namn: Medicinskt ansvarig sjuksköterska
    funktion: mas
    ansvar:
      - Ansvarar för att rutiner för läkemedelshantering och journalföring finns.
      - Upprättar årligen patientsäkerhetsberättelse.
",
        );
    }
    files.push((
        "ansvar/ansvarsfordelning.yaml".to_string(),
        format!(
            "{}typ: ansvarsfördelning
id: ANSVAR
titel: Ansvarsfördelning i kvalitetsarbetet
dokumentägare: förvaltningschef
beslutad_av: nämnden
fastställd: {today}
uppfyller: [\"4 kap. 1 §\"]
roller:
{roles}",
            hint("ansvarsfordelning", 1)
        ),
    ));

    let mut statutes = String::new();
    let implied = implied_statutes(areas);
    for s in &implied {
        statutes.push_str(&format!(
            "  - {{ id: {}, namn: {}, beteckning: \"{}\" }}\n",
            s.id,
            lsk::text::yaml_scalar(s.name),
            s.designation
        ));
    }
    // The example process rests on the first law in scope (after SOSFS 2011:9).
    let law = implied.get(1).unwrap_or(&implied[0]).id;
    files.push((
        "forfattningar/forfattningar.yaml".to_string(),
        format!(
            "{}typ: författningar
id: LAGAR
titel: Lagar och föreskrifter som gäller för verksamheten
dokumentägare: kvalitetsutvecklare
beslutad_av: förvaltningschef
fastställd: {today}   # listan ses över varje år
författningar:
{statutes}",
            hint("forfattningar", 1)
        ),
    ));

    // Complaints: 5 kap. 3 § for socialtjänst and LSS, 5 kap. 3 a § for vårdgivare.
    let complaints = lsk::model::krav::catalogue()
        .iter()
        .filter(|r| r.chapter == 5 && r.heading == "Klagomål och synpunkter")
        .filter(|r| areas.iter().any(|&a| r.areas.applies_to(a)))
        .map(|r| format!("\"{}\"", r.reference()))
        .collect::<Vec<_>>()
        .join(", ");
    files.push((
        "processer/klagomal.yaml".to_string(),
        format!(
            "{}typ: process
id: P-KLAGOMÅL
titel: Hantera klagomål och synpunkter
processtyp: stödprocess
processägare: förvaltningschef
processledare: enhetschef
syfte: Att klagomål och synpunkter tas emot, utreds och leder till förbättringar.
krav: [{law}]
dokumentägare: förvaltningschef
beslutad_av: förvaltningschef
fastställd: {today}
uppfyller: [\"4 kap. 2 §\", \"4 kap. 3 §\", {complaints}]
aktiviteter:
  - id: P-KLAGOMÅL.1
    titel: Ta emot och registrera
    ansvarig: [medarbetare]
    rutiner: [RUT-KLAGOMÅL]
  - id: P-KLAGOMÅL.2
    titel: Utreda och åtgärda
    ansvarig: [enhetschef]
    rutiner: [RUT-KLAGOMÅL]
    samverkan:
      - part: Annan berörd verksamhet eller huvudman
        beskrivning: Klagomål som rör flera verksamheter utreds tillsammans.
  - id: P-KLAGOMÅL.3
    titel: Sammanställa och analysera
    ansvarig: [kvalitetsutvecklare]
    ingen_rutin: Sammanställningen görs per tertial enligt årshjulet.
",
            hint("process", 1)
        ),
    ));

    files.push((
        "rutiner/klagomal.md".to_string(),
        format!(
            "---
typ: rutin
id: RUT-KLAGOMÅL
titel: Klagomål och synpunkter
dokumentägare: enhetschef
beslutad_av: förvaltningschef
fastställd: {today}
uppfyller: [\"4 kap. 4 §\", {complaints}]
---
# Klagomål och synpunkter

## Syfte
Att klagomål och synpunkter från brukare, närstående och andra tas om hand och används för
att förbättra verksamheten.

## Ansvar
Medarbetare tar emot och registrerar. Enhetschef utreder, återkopplar och beslutar om
åtgärder. Kvalitetsutvecklare sammanställer per tertial.

## Tillvägagångssätt
1. Ta emot klagomålet eller synpunkten och registrera den samma dag.
2. Bekräfta mottagandet till den som lämnat den.
3. Utred, vidta åtgärder och återkoppla.
4. Ta med ärendet i tertialets sammanställning.
"
        ),
    ));

    files.push((
        ".pre-commit-config.yaml".to_string(),
        "# Kör lsk check före varje commit (kräver att lsk är installerat). Kroken får de
# ändrade filerna: fynden i dem visas, och fel i resten av förrådet som inte beror på
# datum, så att en försenad rutin någon annanstans inte stoppar en commit.
repos:
  - repo: local
    hooks:
      - id: lsk-check
        name: lsk check
        entry: lsk check --quiet
        language: system
        files: '\\.(ya?ml|md)$'
"
        .to_string(),
    ));

    for (name, schema) in lsk::schema::all() {
        files.push((format!(".lsk/schemas/{name}"), lsk::schema::render(&schema)));
    }

    match ci {
        Some(Ci::Github) => files.push((
            ".github/workflows/lsk.yml".to_string(),
            "# Kontrollerar ledningssystemet vid varje push och pull request.
# Sätt variabeln LSK_GIT (Settings → Variables) till adressen till lsk:s git-förråd.
name: lsk
on: [push, pull_request]
jobs:
  check:
    runs-on: ubuntu-latest
    steps:
      - uses: actions/checkout@v4
      - run: cargo install --locked --git \"${{ vars.LSK_GIT }}\" lsk
      - run: lsk check --format github
"
            .to_string(),
        )),
        Some(Ci::Gitlab) => files.push((
            ".gitlab-ci.yml".to_string(),
            "# Kontrollerar ledningssystemet vid varje push.
# Sätt CI/CD-variabeln LSK_GIT till adressen till lsk:s git-förråd.
lsk:
  image: rust:latest
  script:
    - cargo install --locked --git \"$LSK_GIT\" lsk
    - lsk check --format gitlab > gl-code-quality-report.json || (lsk check; exit 1)
  artifacts:
    when: always
    reports:
      codequality: gl-code-quality-report.json
"
            .to_string(),
        )),
        None => {}
    }
    files
}
