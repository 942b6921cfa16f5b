//! `lsk report kvalitetsberättelse|patientsäkerhetsberättelse --year Y`

use std::path::PathBuf;
use std::process::ExitCode;

use lsk::control::changes::GitContents;
use lsk::model::{Area, Date};
use lsk::output::Render;
use lsk::output::report::{Html, Json, Markdown};
use lsk::report::figures::Input;
use lsk::report::{patient_safety, quality};

use super::{Common, fail, path_or_current};

#[derive(Clone, Copy, clap::ValueEnum)]
enum Format {
    Md,
    Html,
    Json,
}

#[derive(clap::Args)]
pub struct Args {
    /// kvalitetsberättelse or patientsäkerhetsberättelse (ASCII spellings accepted).
    kind: String,
    /// The year the report covers.
    #[arg(long)]
    year: i16,
    #[arg(long, value_enum, default_value = "md")]
    format: Format,
    /// Write to this file (atomically) instead of standard output.
    #[arg(short = 'o', long = "output")]
    output: Option<PathBuf>,
    /// A folder in the repository.
    #[arg(long)]
    path: Option<PathBuf>,
    #[command(flatten)]
    common: Common,
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

pub fn run(args: Args) -> ExitCode {
    let Some(kind) = parse_kind(&args.kind) else {
        eprintln!(
            "lsk: okänd berättelse '{}' (kvalitetsberättelse eller patientsäkerhetsberättelse).",
            args.kind
        );
        return ExitCode::from(2);
    };
    let path = path_or_current(args.path);
    let lang = args.common.lang.unwrap_or_default();
    let (root, loaded) = match lsk::check::load(&path, &args.common.options()) {
        Ok(l) => l,
        Err(e) => return fail(e, lang),
    };
    let repo = &loaded.repo;
    if kind == Kind::PatientSafety && !repo.config.in_scope(Area::Hsl) {
        eprintln!(
            "lsk: patientsäkerhetsberättelsen gäller hälso- och sjukvård, men HSL ingår inte i `verksamhet` i lsk.yaml."
        );
        return ExitCode::from(2);
    }
    // The history is used if there is one; without it the report says what it cannot show.
    let history = lsk::history::load(&root, &lsk::history::Options { progress: false }).ok();
    let contents = history.as_ref().and_then(|h| GitContents::open(h).ok());
    let input = Input {
        repo,
        year: args.year,
        today: args.common.today.unwrap_or_else(Date::today),
        history: history.as_ref(),
        contents: contents
            .as_ref()
            .map(|c| c as &dyn lsk::control::changes::Contents),
        hsl_only: kind == Kind::PatientSafety,
        missed: Default::default(),
    };
    let report = match kind {
        Kind::Quality => quality::build(&input),
        Kind::PatientSafety => patient_safety::build(&input),
    };
    let renderer: &dyn Render<lsk::report::Report> = match args.format {
        Format::Md => &Markdown,
        Format::Json => &Json,
        Format::Html => &Html,
    };
    let text = renderer.to_text(&report);
    match &args.output {
        Some(file) => {
            if let Err(e) = lsk::fs::write_atomic(file, text.as_bytes()) {
                eprintln!("lsk: {}: {e}", file.display());
                return ExitCode::from(2);
            }
            eprintln!("skrev {}", file.display());
        }
        None => print!("{text}"),
    }
    ExitCode::SUCCESS
}
