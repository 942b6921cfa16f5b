//! `lsk explain CODE`

use std::process::ExitCode;

use lsk::rules::registry;

#[derive(clap::Args)]
pub struct Args {
    /// A rule code (LSK102) or name (process-without-activities).
    code: String,
}

pub fn run(args: Args) -> ExitCode {
    let Some(rule) = registry().find(&args.code) else {
        errln!(
            "lsk: ingen regel heter '{}'. `lsk rules` listar alla.",
            args.code
        );
        return ExitCode::from(2);
    };
    let m = rule.meta();
    outln!("# {} {}\n", m.code, m.name);
    outln!("Standardnivå: {}", m.severity);
    outln!("Grund: {}\n", m.basis);
    outln!("{}", m.explanation());
    ExitCode::SUCCESS
}
