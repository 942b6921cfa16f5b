//! `lsk check [PATH]`

use std::path::PathBuf;
use std::process::ExitCode;

use lsk::output::diagnostics::{Findings, Format};

use super::{Common, fail, path_or_current, use_color};

#[derive(clap::Args)]
pub struct Args {
    /// A folder in the repository (its root is found upwards from here).
    path: Option<PathBuf>,
    /// Output format.
    #[arg(long, value_enum, default_value = "human")]
    format: Format,
    /// Warnings fail the check too.
    #[arg(long)]
    deny_warnings: bool,
    #[command(flatten)]
    common: Common,
}

pub fn run(args: Args) -> ExitCode {
    let path = path_or_current(args.path);
    let lang = args.common.lang.unwrap_or_default();
    let outcome = match lsk::check::check(&path, &args.common.options()) {
        Ok(o) => o,
        Err(e) => return fail(e, lang),
    };
    let root_shown = path.to_string_lossy().replace('\\', "/");
    let report = Findings::of(&outcome, &root_shown);
    let color = use_color();
    if color {
        super::console::allow_own_colours();
    }
    let renderer = args.format.renderer(color);
    // Write errors are the console's to report (a closed pipe is not a failure).
    let _ = renderer.render(&report, &mut super::console::out());
    if outcome.failed(args.deny_warnings) {
        ExitCode::from(1)
    } else {
        ExitCode::SUCCESS
    }
}
