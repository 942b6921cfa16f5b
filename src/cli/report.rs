//! `lsk report kvalitetsberättelse|patientsäkerhetsberättelse [SÖKVÄG] --year ÅR
//! [--format md|html|json] [-o FIL]`

use std::path::PathBuf;
use std::process::ExitCode;

use lsk::control::changes::GitContents;
use lsk::model::Area;
use lsk::output::Render;
use lsk::output::report::{Html, Json, Markdown};
use lsk::report::figures::Input;
use lsk::report::{patient_safety, quality};

use super::{Common, Place};

#[derive(Clone, Copy, clap::ValueEnum)]
enum Format {
    Md,
    Html,
    Json,
}

#[derive(clap::Args)]
pub struct Args {
    kind: String,
    #[command(flatten)]
    place: Place,
    #[arg(long, value_parser = super::parse_year)]
    year: i16,
    #[arg(long, value_enum)]
    format: Option<Format>,
    #[arg(long, hide = true, conflicts_with = "format")]
    json: bool,
    #[arg(short = 'o', long = "output")]
    output: Option<PathBuf>,
}

#[derive(PartialEq)]
enum Kind {
    Quality,
    PatientSafety,
}

fn parse_kind(s: &str) -> Option<Kind> {
    let folded = lsk::text::fold(s);
    match folded.as_str() {
        "kvalitetsberattelse" => Some(Kind::Quality),
        "patientsakerhetsberattelse" => Some(Kind::PatientSafety),
        _ => None,
    }
}

pub fn run(args: Args, common: &Common) -> ExitCode {
    let Some(kind) = parse_kind(&args.kind) else {
        errln!(
            "{}",
            common.lang().pick(
                format!(
                    "lsk: okänd berättelse '{}' (kvalitetsberättelse eller patientsäkerhetsberättelse).",
                    args.kind
                ),
                format!(
                    "lsk: unknown report '{}' (kvalitetsberättelse or patientsäkerhetsberättelse).",
                    args.kind
                )
            )
        );
        return ExitCode::from(2);
    };
    let path = args.place.path();
    // The history is used if there is one; without it the report says what it cannot show.
    let (root, loaded, history) = match super::log::load_with_history(&path, common, false) {
        Ok(both) => both,
        Err(code) => return code,
    };
    let repo = &loaded.repo;
    if kind == Kind::PatientSafety && !repo.config.in_scope(Area::Hsl) {
        errln!(
            "{}",
            repo.config.lang.pick(
                "lsk: patientsäkerhetsberättelsen gäller hälso- och sjukvård, men HSL ingår inte i `verksamhet` i lsk.yaml.",
                "lsk: the patient safety report is about health care, but HSL is not in `verksamhet` in lsk.yaml."
            )
        );
        return ExitCode::from(2);
    }
    let history = history.ok();
    let contents = history.as_ref().and_then(|h| GitContents::open(h).ok());
    let input = Input {
        repo,
        year: args.year,
        today: common.today(),
        history: history.as_ref(),
        contents: contents
            .as_ref()
            .map(|c| c as &dyn lsk::control::changes::Contents),
        hsl_only: kind == Kind::PatientSafety,
        missed: Default::default(),
    };
    let personal = lsk::report::personal_data(repo);
    if !personal.is_empty() {
        let files = &repo.files;
        let findings = lsk::output::diagnostics::Findings {
            root: ".",
            documents: repo.documents.len(),
            diagnostics: &personal,
            files,
            lang: repo.config.lang,
            suppressed: &[],
            elsewhere: 0,
        };
        let _ = lsk::output::diagnostics::Human {
            color: false,
            summary: false,
            ..Default::default()
        }
        .render(&findings, &mut super::console::err());
        errln!(
            "{}",
            repo.config.lang.pick(
                "lsk: berättelsen skrivs inte: förrådet innehåller personnummer eller samordningsnummer (se ovan). Ta bort dem först.",
                "lsk: the report is not written: the repository holds personal identity or coordination numbers (see above). Remove them first."
            )
        );
        return ExitCode::from(1);
    }
    let report = match kind {
        Kind::Quality => quality::build(&input),
        Kind::PatientSafety => patient_safety::build(&input),
    };
    let by_extension = super::write::format_of(
        args.output.as_deref(),
        &[
            ("html", Format::Html),
            ("htm", Format::Html),
            ("json", Format::Json),
            ("md", Format::Md),
            ("markdown", Format::Md),
        ],
    );
    let format = args
        .format
        .or(args.json.then_some(Format::Json))
        .or(by_extension)
        .unwrap_or(Format::Md);
    let renderer: &dyn Render<lsk::report::Report> = match format {
        Format::Md => &Markdown,
        Format::Json => &Json,
        Format::Html => &Html,
    };
    let text = renderer.to_text(&report);
    // A number from elsewhere (a commit message in the history) stops it too.
    if let Some(found) = lsk::identity::find(&text).first() {
        let line = text[..found.range.start].matches('\n').count() + 1;
        errln!(
            "{}",
            repo.config.lang.pick(
                format!("lsk: berättelsen skrivs inte: rad {line} i den skulle innehålla ett personnummer eller samordningsnummer (från git-historiken eller annat underlag)."),
                format!("lsk: the report is not written: its line {line} would hold a personal identity or coordination number (from the git history or other material).")
            )
        );
        return ExitCode::from(1);
    }
    match &args.output {
        Some(file) => {
            if let Some(why) =
                super::write::refuse_target(&root, repo, file, ("berättelsen", "the report"))
            {
                errln!("lsk: {}: {why}", file.display());
                return ExitCode::from(2);
            }
            if let Err(e) = lsk::fs::write_atomic(file, text.as_bytes()) {
                errln!("lsk: {}: {e}", file.display());
                return ExitCode::from(2);
            }
            errln!(
                "{} {}",
                repo.config.lang.pick("skrev", "wrote"),
                file.display()
            );
        }
        None => out!("{text}"),
    }
    ExitCode::SUCCESS
}
