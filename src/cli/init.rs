//! `lsk init [DIR]`: scaffolds a new repository: lsk.yaml, and as drafts (`status:
//! utkast`, TODO text, no decision) a responsibility document, a statute list and one
//! example process with a routine; the JSON Schemas, `.vscode/settings.json` that maps
//! them to the conventional folders, a pre-commit hook and (with `--ci`) a CI template.
//! The drafts pass `lsk check` without errors; the warnings that remain are what the
//! organisation has yet to do. Writes only new files, each atomically, and nothing at
//! all if any already exists (existing editor settings are left alone). In an existing
//! repository (lsk.yaml is there) it only adds the CI template, and only with `--ci`.

use std::path::{Path, PathBuf};
use std::process::ExitCode;

use lsk::lang::Lang;
use lsk::tr;

use lsk::model::statutes::implied_statutes;
use lsk::model::{Area, Date, DocType};

/// Where init writes the JSON Schemas.
const SCHEMAS: &str = ".lsk/schemas";

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
    // An existing repository: only a CI template can be added to it.
    if std::fs::symlink_metadata(dir.join(lsk::model::config::FILE_NAME)).is_ok() {
        let lang = common.lang_at(&dir);
        return match args.ci {
            Some(ci) => add_ci(&dir, ci, lang),
            None => {
                let folder = folder_name(&dir, lang);
                errln!(
                    "{}",
                    tr!(
                        lang,
                        "lsk: {folder} är redan ett förråd (lsk.yaml finns); init skriver inget över. Inget skrevs. En CI-mall läggs till med `lsk init --ci github` (eller gitlab).",
                        "lsk: {folder} is already a repository (lsk.yaml exists); init overwrites nothing. Nothing was written. A CI template is added with `lsk init --ci github` (or gitlab)."
                    )
                );
                ExitCode::from(2)
            }
        };
    }
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
    let mut files = scaffold(&args.organisation, &areas, common.today(), args.ci, lang);
    // Editor settings the user already has are left alone (and not refused over).
    let mut skipped = Vec::new();
    files.retain(|f| {
        let keep = !(f.kind == Kind::Editor && exists(&dir, &f.path));
        if !keep {
            skipped.push(f.path.clone());
        }
        keep
    });
    let existing: Vec<&str> = files
        .iter()
        .filter(|f| exists(&dir, &f.path))
        .map(|f| f.path.as_str())
        .collect();
    if !existing.is_empty() {
        refuse_existing(&dir, &existing, lang);
        return ExitCode::from(2);
    }
    if let Err(code) = write_or_say(&dir, &files, lang) {
        return code;
    }
    let mut schemas = 0;
    for f in &files {
        let file = Path::new(&f.path).display();
        match f.kind {
            Kind::Schema => schemas += 1,
            Kind::Draft => outln!(
                "{}",
                tr!(lang, "skapade {file} (utkast)", "created {file} (draft)")
            ),
            _ => outln!("{}", tr!(lang, "skapade {file}", "created {file}")),
        }
    }
    outln!(
        "{}",
        tr!(
            lang,
            "skapade {schemas} JSON-scheman i {SCHEMAS}/",
            "created {schemas} JSON schemas in {SCHEMAS}/"
        )
    );
    for file in &skipped {
        outln!(
            "{}",
            tr!(
                lang,
                "{file} finns redan och lämnades orörd (se README om `yaml.schemas`)",
                "{file} already exists and was left alone (see the README on `yaml.schemas`)"
            )
        );
    }
    let at = match dir.to_string_lossy() {
        d if d == "." => String::new(),
        d if d.contains(|c: char| c.is_whitespace() || "'\"$`\\".contains(c)) => {
            format!(" '{}'", d.replace('\'', r"'\''"))
        }
        d => format!(" {d}"),
    };
    outln!(
        "\n{}",
        tr!(
            lang,
            "Dokumenten är utkast med TODO-text att ersätta; inget är beslutat.\n\
             Klart. Kör `lsk check{at}`: varningarna visar vad som återstår.\n\
             Beslutat ett dokument? `lsk approve ID --by ROLL{at}` registrerar beslutet.\n\
             Ett nytt dokument ur en mall: `lsk new rutin \"Titel\"{at}`.",
            "The documents are drafts with TODO text to replace; nothing has been decided.\n\
             Done. Run `lsk check{at}`: the warnings show what remains.\n\
             Decided a document? `lsk approve ID --by ROLE{at}` records the decision.\n\
             A new document from a template: `lsk new rutin \"Title\"{at}`."
        )
    );
    ExitCode::SUCCESS
}

/// `lsk init --ci …` in an existing repository: the CI template and nothing else, and
/// not over a file that is already there.
fn add_ci(dir: &Path, ci: Ci, lang: Lang) -> ExitCode {
    let file = ci_file(ci);
    if exists(dir, &file.path) {
        refuse_existing(dir, &[file.path.as_str()], lang);
        return ExitCode::from(2);
    }
    if let Err(code) = write_or_say(dir, std::slice::from_ref(&file), lang) {
        return code;
    }
    let path = Path::new(&file.path).display();
    outln!(
        "{}",
        tr!(
            lang,
            "skapade {path}; förrådet fanns redan, så inget annat skrevs.",
            "created {path}; the repository already existed, so nothing else was written."
        )
    );
    ExitCode::SUCCESS
}

/// Whether anything, a dangling symbolic link too, is at `dir/rel`.
fn exists(dir: &Path, rel: &str) -> bool {
    std::fs::symlink_metadata(dir.join(rel)).is_ok()
}

/// The folder as the user gave it, or in words for the current one (not `.`).
fn folder_name(dir: &Path, lang: Lang) -> String {
    if dir == Path::new(".") {
        lang.pick("den aktuella mappen", "the current folder")
            .to_string()
    } else {
        dir.display().to_string()
    }
}

fn refuse_existing(dir: &Path, existing: &[&str], lang: Lang) {
    let (existing, folder) = (existing.join(", "), folder_name(dir, lang));
    errln!(
        "{}",
        tr!(
            lang,
            "lsk: {existing} finns redan i {folder}; init skriver inget över. Inget skrevs.",
            "lsk: {existing} already exists in {folder}; init overwrites nothing. Nothing was written."
        )
    );
}

/// [`write_all`], saying why when it fails.
fn write_or_say(dir: &Path, files: &[File], lang: Lang) -> Result<(), ExitCode> {
    write_all(dir, files, lang).map_err(|(rel, why)| {
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
        ExitCode::from(2)
    })
}

/// What a file init writes is, for what it says about it.
#[derive(Clone, Copy, PartialEq, Eq, Debug)]
enum Kind {
    Config,
    /// A governed document, written as a draft.
    Draft,
    Schema,
    /// Editor settings: left alone when the user already has them.
    Editor,
    Hook,
    Ci,
}

/// A file init writes: path relative to the repository, text, and what it is.
#[derive(Clone, Debug)]
struct File {
    path: String,
    text: String,
    kind: Kind,
}

impl File {
    fn new(path: impl Into<String>, text: impl Into<String>, kind: Kind) -> File {
        File {
            path: path.into(),
            text: text.into(),
            kind,
        }
    }
}

/// Writes every file or none: if one fails, the files and folders already created are
/// removed again, so that a second `lsk init` can start afresh.
fn write_all(dir: &Path, files: &[File], lang: Lang) -> Result<(), (String, String)> {
    let mut created_dirs: Vec<PathBuf> = dir
        .ancestors()
        .take_while(|p| !p.as_os_str().is_empty() && !p.exists())
        .map(Path::to_path_buf)
        .collect();
    created_dirs.reverse();
    let mut created_files: Vec<PathBuf> = Vec::new();
    let result = (|| {
        std::fs::create_dir_all(dir).map_err(|e| (String::from("."), e.to_string()))?;
        for file in files {
            let rel = &file.path;
            let parent = dir.join(rel);
            let new_dirs: Vec<PathBuf> = parent
                .ancestors()
                .skip(1)
                .take_while(|p| !p.exists())
                .map(Path::to_path_buf)
                .collect();
            created_dirs.extend(new_dirs.into_iter().rev());
            lsk::fs::create_in(dir, rel, file.text.as_bytes())
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

/// The schema modeline for a YAML file `depth` folders down. The YAML language server
/// (VS Code's YAML extension and other editors that use it) reads it in `.yaml` files;
/// nothing reads it in Markdown front matter, so Markdown files get none.
fn hint(schema: &str, depth: usize) -> String {
    format!(
        "# yaml-language-server: $schema={}{SCHEMAS}/{schema}.schema.json\n",
        "../".repeat(depth)
    )
}

/// `.vscode/settings.json`: each YAML document type's schema mapped to its conventional
/// folder (`TypeInfo.folder`), and lsk.yaml to its own. Markdown types are left out: the
/// YAML extension does not read front matter in Markdown files.
fn editor_settings() -> String {
    let schemas: Vec<String> = lsk::schema::all().into_iter().map(|(n, _)| n).collect();
    let mut entries = vec![(
        "lsk.schema.json".to_string(),
        vec![lsk::model::config::FILE_NAME.to_string()],
    )];
    for &typ in DocType::ALL {
        let info = typ.info();
        if info.markdown {
            continue;
        }
        let name = format!("{}.schema.json", lsk::schema::file_stem(typ));
        debug_assert!(schemas.contains(&name), "{name}");
        let folder = info.folder;
        entries.push((
            name,
            vec![format!("{folder}/**/*.yaml"), format!("{folder}/**/*.yml")],
        ));
    }
    let json = |s: &str| serde_json::to_string(s).expect("a string serialises");
    let lines: Vec<String> = entries
        .iter()
        .map(|(name, globs)| {
            let globs: Vec<String> = globs.iter().map(|g| json(g)).collect();
            format!(
                "    {}: [{}]",
                json(&format!("./{SCHEMAS}/{name}")),
                globs.join(", ")
            )
        })
        .collect();
    format!(
        "{{\n  \"yaml.schemas\": {{\n{}\n  }}\n}}\n",
        lines.join(",\n")
    )
}

/// A template of `src/cli/templates/`, with the version of this lsk filled in (the same
/// version the wheel on PyPI has). Plain replacement: the GitHub template holds `${{ }}`.
fn template(text: &str) -> String {
    text.replace("{version}", env!("CARGO_PKG_VERSION"))
}

/// The CI template for `ci`: it installs the released wheel (seconds, no compiler).
fn ci_file(ci: Ci) -> File {
    match ci {
        Ci::Github => File::new(
            ".github/workflows/lsk.yml",
            template(include_str!("templates/github-workflow.yml")),
            Kind::Ci,
        ),
        Ci::Gitlab => File::new(
            ".gitlab-ci.yml",
            template(include_str!("templates/gitlab-ci.yml")),
            Kind::Ci,
        ),
    }
}

/// The comment that opens each draft: what to do with it, and how its decision is
/// recorded. It stays true once the document is decided (until the TODO is done).
fn draft_note(id: &str, what_sv: &str, what_en: &str, lang: Lang) -> String {
    tr!(
        lang,
        "# TODO: lsk init skapade detta utkast. {what_sv}\n\
         # Beslutet registreras med: lsk approve {id} --by ROLL\n",
        "# TODO: lsk init made this draft. {what_en}\n\
         # The decision is recorded with: lsk approve {id} --by ROLE\n"
    )
}

/// Every file init writes in a new repository.
fn scaffold(
    organisation: &str,
    areas: &[Area],
    today: Date,
    ci: Option<Ci>,
    lang: Lang,
) -> Vec<File> {
    let hsl = areas.contains(&Area::Hsl);
    let area_list: Vec<&str> = areas.iter().map(|a| a.as_str()).collect();
    let mut files = Vec::new();

    files.push(File::new(
        "lsk.yaml",
        format!(
            "{}organisation: {}\nverksamhet: [{}]\nspråk: {}\n\
             # Ledningssystemet infördes i lsk denna dag: perioder före den krävs inte.\n\
             införd: {today}\n",
            hint("lsk", 0),
            lsk::text::yaml_scalar(organisation),
            area_list.join(", "),
            lang.pick("sv", "en")
        ),
        Kind::Config,
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
    files.push(File::new(
        "ansvar/ansvarsfordelning.yaml",
        format!(
            "{}{}typ: ansvarsfördelning
id: ANSVAR
titel: Ansvarsfördelning i kvalitetsarbetet
status: utkast
dokumentägare: förvaltningschef
uppfyller: [\"4 kap. 1 §\"]
roller:
{roles}",
            hint("ansvarsfordelning", 1),
            draft_note(
                "ANSVAR",
                "Rollerna och deras ansvar är förslag:\n# anpassa dem efter er organisation och ta bort TODO-raderna.",
                "The roles and their duties are suggestions:\n# adapt them to your organisation and remove the TODO lines.",
                lang
            ),
        ),
        Kind::Draft,
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
    files.push(File::new(
        "forfattningar/forfattningar.yaml",
        format!(
            "{}{}typ: författningar
id: LAGAR
titel: Lagar och föreskrifter som gäller för verksamheten
status: utkast
dokumentägare: kvalitetsutvecklare
författningar:
{statutes}",
            hint("forfattningar", 1),
            draft_note(
                "LAGAR",
                "Listan har lagarna för verksamheterna i\n# lsk.yaml: komplettera med andra som gäller er och ta bort TODO-raderna.",
                "The list has the laws of the areas in\n# lsk.yaml: add others that apply to you and remove the TODO lines.",
                lang
            ),
        ),
        Kind::Draft,
    ));

    // Complaints: 5 kap. 3 § for socialtjänst and LSS, 5 kap. 3 a § for vårdgivare.
    let complaints = lsk::model::krav::catalogue()
        .iter()
        .filter(|r| r.chapter == 5 && r.heading == "Klagomål och synpunkter")
        .filter(|r| areas.iter().any(|&a| r.areas.applies_to(a)))
        .map(|r| format!("\"{}\"", r.reference()))
        .collect::<Vec<_>>()
        .join(", ");
    let purpose = lsk::text::yaml_scalar(&tr!(
        lang,
        "TODO: beskriv processens syfte, t.ex. att klagomål och synpunkter tas emot, utreds och leder till förbättringar.",
        "TODO: describe the purpose of the process, e.g. that complaints and comments are received, investigated and lead to improvements."
    ));
    files.push(File::new(
        "processer/klagomal.yaml",
        format!(
            "{}{}typ: process
id: P-KLAGOMÅL
titel: Hantera klagomål och synpunkter
status: utkast
processtyp: stödprocess
processägare: förvaltningschef
processledare: enhetschef
syfte: {purpose}
krav: [{law}]
dokumentägare: förvaltningschef
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
            hint("process", 1),
            draft_note(
                "P-KLAGOMÅL",
                "Ett exempel på en process: anpassa\n# aktiviteterna och de ansvariga efter hur ni arbetar och ersätt TODO-texten.",
                "An example of a process: adapt the\n# activities and who is responsible to how you work and replace the TODO text.",
                lang
            ),
        ),
        Kind::Draft,
    ));

    let routine_body = tr!(
        lang,
        "> TODO: lsk init skapade detta utkast. Skriv rutinen som den ska gälla hos er och
> ersätt TODO-raderna. Beslutet registreras med `lsk approve RUT-KLAGOMÅL --by ROLL`.

## Syfte
TODO: beskriv rutinens syfte, t.ex. att klagomål och synpunkter från brukare,
närstående och andra tas om hand och används för att förbättra verksamheten.

## Ansvar
TODO: beskriv vem som gör vad, t.ex. att medarbetare tar emot och registrerar,
enhetschef utreder, återkopplar och beslutar om åtgärder och kvalitetsutvecklare
sammanställer per tertial.

## Tillvägagångssätt
TODO: beskriv stegen, t.ex.:
1. Ta emot klagomålet eller synpunkten och registrera den samma dag.
2. Bekräfta mottagandet till den som lämnat den.
3. Utred, vidta åtgärder och återkoppla.
4. Ta med ärendet i tertialets sammanställning.
",
        "> TODO: lsk init made this draft. Write the routine as it is to apply in your
> organisation and replace the TODO lines. The decision is recorded with
> `lsk approve RUT-KLAGOMÅL --by ROLE`.

## Syfte
TODO: describe the purpose of the routine, e.g. that complaints and comments from
service users, relatives and others are taken care of and used to improve the service.

## Ansvar
TODO: describe who does what, e.g. staff receive and register, the unit manager
investigates, gives feedback and decides on actions, and the quality developer
compiles them every four months.

## Tillvägagångssätt
TODO: describe the steps, e.g.:
1. Receive the complaint or comment and register it the same day.
2. Confirm receipt to the person who made it.
3. Investigate, take action and give feedback.
4. Include the case in the four-month summary.
"
    );
    files.push(File::new(
        "rutiner/klagomal.md",
        format!(
            "---
typ: rutin
id: RUT-KLAGOMÅL
titel: Klagomål och synpunkter
status: utkast
dokumentägare: enhetschef
uppfyller: [\"4 kap. 4 §\", {complaints}]
---
# Klagomål och synpunkter

{routine_body}"
        ),
        Kind::Draft,
    ));

    files.push(File::new(
        ".pre-commit-config.yaml",
        template(include_str!("templates/pre-commit-config.yaml")),
        Kind::Hook,
    ));

    files.push(File::new(
        ".vscode/settings.json",
        editor_settings(),
        Kind::Editor,
    ));

    for (name, schema) in lsk::schema::all() {
        files.push(File::new(
            format!("{SCHEMAS}/{name}"),
            lsk::schema::render(&schema),
            Kind::Schema,
        ));
    }

    if let Some(ci) = ci {
        files.push(ci_file(ci));
    }
    files
}
