//! `lsk krav [PATH] [--format md|json|csv] [--ändrade-sedan DATUM]`: the SOSFS 2011:9
//! catalogue and, inside a repository, the documents that cover each paragraph.

use std::path::PathBuf;
use std::process::ExitCode;

use lsk::model::Date;
use lsk::output::Render;
use lsk::output::coverage::{Csv, Json, Markdown};

use super::{Common, fail, path_or_current};

#[derive(Clone, Copy, clap::ValueEnum)]
enum Format {
    Md,
    Json,
    Csv,
}

#[derive(clap::Args)]
pub struct Args {
    /// A folder in the repository; outside one, only the catalogue is listed.
    path: Option<PathBuf>,
    #[arg(long, value_enum, default_value = "md")]
    format: Format,
    /// The same as `--format json`.
    #[arg(long, hide = true)]
    json: bool,
    /// Only the paragraphs the law has changed after this date (YYYY-MM-DD), and the
    /// documents that cite them.
    #[arg(long = "ändrade-sedan", visible_alias = "andrade-sedan", value_parser = |s: &str| s.parse::<Date>())]
    changed_since: Option<Date>,
    #[command(flatten)]
    common: Common,
}

pub fn run(args: Args) -> ExitCode {
    let path = path_or_current(args.path);
    let lang = args.common.lang.unwrap_or_default();
    let loaded = match lsk::load::find_root(&path) {
        Some(_) => match lsk::check::load(&path, &args.common.options()) {
            Ok((_, loaded)) => Some(loaded),
            Err(e) => return fail(e, lang),
        },
        None => None,
    };
    let lang = loaded.as_ref().map_or(lang, |l| l.repo.config.lang);
    let coverage = lsk::coverage::build(loaded.as_ref().map(|l| &l.repo), args.changed_since, lang);
    let format = if args.json { Format::Json } else { args.format };
    let renderer: &dyn Render<lsk::coverage::Coverage> = match format {
        Format::Md => &Markdown,
        Format::Json => &Json,
        Format::Csv => &Csv,
    };
    let _ = renderer.render(&coverage, &mut super::console::out());
    ExitCode::SUCCESS
}
