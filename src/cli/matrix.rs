//! `lsk matrix ansvar|krav [SÖKVÄG] [--format md|html|csv|json] [-o FIL]`: who does what,
//! and which document meets which requirement.

use std::path::PathBuf;
use std::process::ExitCode;

use lsk::output::Render;
use lsk::output::matrix::{Csv, Html, Json, Markdown};

use super::{Common, Place, fail};

#[derive(Clone, Copy, clap::ValueEnum)]
enum Kind {
    Ansvar,
    Krav,
}

#[derive(Clone, Copy, clap::ValueEnum)]
enum Format {
    Md,
    Html,
    Csv,
    Json,
}

#[derive(clap::Args)]
pub struct Args {
    #[arg(value_enum)]
    kind: Kind,
    #[command(flatten)]
    place: Place,
    #[arg(long, value_enum)]
    format: Option<Format>,
    #[arg(long, hide = true, conflicts_with = "format")]
    json: bool,
    #[arg(short = 'o', long = "output")]
    output: Option<PathBuf>,
}

pub fn run(args: Args, common: &Common) -> ExitCode {
    let path = args.place.path();
    let (root, loaded) = match lsk::check::load(&path, &common.options()) {
        Ok(l) => l,
        Err(e) => return fail(e, common.lang()),
    };
    let repo = &loaded.repo;
    let by_extension = super::write::format_of(
        args.output.as_deref(),
        &[
            ("html", Format::Html),
            ("htm", Format::Html),
            ("csv", Format::Csv),
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
    let (text, what) = match args.kind {
        Kind::Ansvar => {
            let m = lsk::matrix::responsibility(repo);
            let renderer: &dyn Render<lsk::matrix::ResponsibilityMatrix> = match format {
                Format::Md => &Markdown,
                Format::Html => &Html,
                Format::Csv => &Csv,
                Format::Json => &Json,
            };
            (
                renderer.to_text(&m),
                ("ansvarsmatrisen", "the responsibility matrix"),
            )
        }
        Kind::Krav => {
            let m = lsk::matrix::requirements(repo);
            let renderer: &dyn Render<lsk::matrix::RequirementMatrix> = match format {
                Format::Md => &Markdown,
                Format::Html => &Html,
                Format::Csv => &Csv,
                Format::Json => &Json,
            };
            (
                renderer.to_text(&m),
                ("kravmatrisen", "the requirement matrix"),
            )
        }
    };
    super::write::emit(&root, repo, args.output.as_deref(), &text, what)
}
