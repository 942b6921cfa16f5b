//! `lsk schema [--out MAPP]`

use std::path::PathBuf;
use std::process::ExitCode;

#[derive(clap::Args)]
pub struct Args {
    #[arg(long, default_value = "schemas")]
    out: PathBuf,
}

/// The schemas are the same in every language (their descriptions are the code's).
pub fn run(args: Args, _common: &super::Common) -> ExitCode {
    match lsk::schema::write_all(&args.out) {
        Ok(paths) => {
            for p in paths {
                outln!("{}", p.display());
            }
            ExitCode::SUCCESS
        }
        Err(e) => {
            errln!("lsk: {}: {e}", args.out.display());
            ExitCode::from(2)
        }
    }
}
