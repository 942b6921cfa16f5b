//! `lsk graph PROCESS [SÖKVÄG] [--format svg|mermaid|dot] [-o FIL]`: one process as a
//! swimlane map.

use std::path::PathBuf;
use std::process::ExitCode;

use lsk::graph::{find_process, swimlane};
use lsk::output::Render;
use lsk::output::graph::{Dot, Mermaid, Svg};

use super::{Common, Place, fail};

#[derive(Clone, Copy, clap::ValueEnum)]
enum Format {
    Svg,
    Mermaid,
    Dot,
}

#[derive(clap::Args)]
pub struct Args {
    process: String,
    #[command(flatten)]
    place: Place,
    #[arg(long, value_enum)]
    format: Option<Format>,
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
    let lang = repo.config.lang;
    let doc = match find_process(repo, &args.process) {
        Ok(doc) => doc,
        Err(why) => {
            errln!("lsk: {}", why.describe(&args.process, lang));
            return ExitCode::from(2);
        }
    };
    let map = swimlane(repo, doc);
    let by_extension = super::write::format_of(
        args.output.as_deref(),
        &[
            ("svg", Format::Svg),
            ("mmd", Format::Mermaid),
            ("mermaid", Format::Mermaid),
            ("dot", Format::Dot),
            ("gv", Format::Dot),
        ],
    );
    let format = args.format.or(by_extension).unwrap_or(Format::Svg);
    let text = match format {
        Format::Svg => Svg { lang, link: None }.to_text(&map),
        Format::Mermaid => Mermaid { lang }.to_text(&map),
        Format::Dot => Dot { lang }.to_text(&map),
    };
    super::write::emit(
        &root,
        repo,
        args.output.as_deref(),
        &text,
        ("kartan", "the map"),
    )
}
