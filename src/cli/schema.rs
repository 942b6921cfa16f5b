//! `lsk schema [--out DIR]`

use std::path::PathBuf;
use std::process::ExitCode;

#[derive(clap::Args)]
pub struct Args {
    /// Folder to write the schemas into.
    #[arg(long, default_value = "schemas")]
    out: PathBuf,
}

pub fn run(args: Args) -> ExitCode {
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
