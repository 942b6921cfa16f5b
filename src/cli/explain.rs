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
        eprintln!(
            "lsk: ingen regel heter '{}'. `lsk rules` listar alla.",
            args.code
        );
        return ExitCode::from(2);
    };
    let m = rule.meta();
    println!("# {} {}\n", m.code, m.name);
    println!("Standardnivå: {}", m.severity);
    println!("Grund: {}\n", m.basis);
    println!("{}", m.explanation());
    ExitCode::SUCCESS
}
