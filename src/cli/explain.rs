//! `lsk explain KOD`

use std::path::Path;
use std::process::ExitCode;

use lsk::lang::Lang;
use lsk::rules::registry;

use super::Common;

#[derive(clap::Args)]
pub struct Args {
    code: String,
}

pub fn run(args: Args, common: &Common) -> ExitCode {
    // The language of the repository the command is run in, if any.
    let lang = common.lang_at(Path::new("."));
    let Some(rule) = registry().find(&args.code) else {
        errln!(
            "{}",
            lang.pick(
                format!(
                    "lsk: ingen regel heter '{}'. `lsk rules` listar alla.",
                    args.code
                ),
                format!(
                    "lsk: there is no rule '{}'. `lsk rules` lists them all.",
                    args.code
                )
            )
        );
        return ExitCode::from(2);
    };
    let m = rule.meta();
    outln!("# {} {}\n", m.code, m.name);
    outln!(
        "{}: {}",
        lang.pick("Standardnivå", "Default severity"),
        m.severity
    );
    outln!("{}: {}\n", lang.pick("Grund", "Basis"), m.basis);
    // The explanations are the rules' doc comments, written in Swedish only.
    if lang == Lang::En {
        outln!("(The rule's explanation below is written in Swedish only.)\n");
    }
    outln!("{}", m.explanation());
    ExitCode::SUCCESS
}
