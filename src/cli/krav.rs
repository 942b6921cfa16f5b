//! `lsk krav [SÖKVÄG] [--format md|json|csv] [--ändrade-sedan DATUM]`: the SOSFS 2011:9
//! catalogue and, inside a repository, the documents that cover each paragraph.

use std::process::ExitCode;

use lsk::model::Date;
use lsk::output::Render;
use lsk::output::coverage::{Csv, Json, Markdown};

use super::{Common, Place, fail, format_or_json};

#[derive(Clone, Copy, clap::ValueEnum)]
enum Format {
    Md,
    Json,
    Csv,
}

#[derive(clap::Args)]
pub struct Args {
    #[command(flatten)]
    place: Place,
    #[arg(long, value_enum, default_value = "md")]
    format: Format,
    #[arg(long, hide = true, conflicts_with = "format")]
    json: bool,
    // Swedish and English names: see `texts`.
    #[arg(long = "ändrade-sedan", alias = "andrade-sedan", value_parser = super::parse_date)]
    changed_since: Option<Date>,
}

pub fn run(args: Args, common: &Common) -> ExitCode {
    let path = args.place.path();
    let lang = common.lang();
    let loaded = match lsk::load::find_root(&path) {
        Some(_) => match lsk::check::load(&path, &common.options()) {
            Ok((_, loaded)) => Some(loaded),
            Err(e) => return fail(e, lang),
        },
        None => None,
    };
    let lang = loaded.as_ref().map_or(lang, |l| l.repo.config.lang);
    let coverage = lsk::coverage::build(loaded.as_ref().map(|l| &l.repo), args.changed_since, lang);
    let format = format_or_json(args.format, args.json, Format::Json);
    let renderer: &dyn Render<lsk::coverage::Coverage> = match format {
        Format::Md => &Markdown,
        Format::Json => &Json,
        Format::Csv => &Csv,
    };
    let _ = renderer.render(&coverage, &mut super::console::out());
    ExitCode::SUCCESS
}
