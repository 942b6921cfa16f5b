//! `lsk check [SÖKVÄG] [--format human|json|sarif|github|gitlab] [--deny-warnings]`

use std::process::ExitCode;

use lsk::output::diagnostics::{Findings, Format};

use super::{Common, Place, fail, format_or_json, use_color};

#[derive(clap::Args)]
pub struct Args {
    #[command(flatten)]
    place: Place,
    #[arg(long, value_enum, default_value = "human")]
    format: Format,
    #[arg(long, hide = true, conflicts_with = "format")]
    json: bool,
    #[arg(long)]
    deny_warnings: bool,
}

pub fn run(args: Args, common: &Common) -> ExitCode {
    let path = args.place.path();
    let lang = common.lang();
    let outcome = match lsk::check::check(&path, &common.options()) {
        Ok(o) => o,
        Err(e) => return fail(e, lang),
    };
    let root_shown = path.to_string_lossy().replace('\\', "/");
    let report = Findings::of(&outcome, &root_shown);
    let color = use_color();
    if color {
        super::console::allow_own_colours();
    }
    let renderer = format_or_json(args.format, args.json, Format::Json).renderer(color);
    // Write errors are the console's to report (a closed pipe is not a failure).
    let _ = renderer.render(&report, &mut super::console::out());
    if outcome.failed(args.deny_warnings) {
        ExitCode::from(1)
    } else {
        ExitCode::SUCCESS
    }
}
