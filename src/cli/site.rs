//! `lsk site -o MAPP [SÖKVÄG] [--utkast]`: the management system as a static web site.

use std::path::{Path, PathBuf};
use std::process::ExitCode;

use lsk::lang::Lang;
use lsk::tr;

use super::{Common, Place, fail};

#[derive(clap::Args)]
pub struct Args {
    #[command(flatten)]
    place: Place,
    #[arg(short = 'o', long = "output")]
    output: PathBuf,
    #[arg(long = "utkast", alias = "drafts")]
    drafts: bool,
}

/// The file in the site's folder that lists what lsk wrote there: lsk replaces and removes
/// only those files, and writes into no folder that holds anything else.
const MANIFEST: &str = ".lsk-webbplats";

pub fn run(args: Args, common: &Common) -> ExitCode {
    let path = args.place.path();
    let (_, loaded) = match lsk::check::load(&path, &common.options()) {
        Ok(l) => l,
        Err(e) => return fail(e, common.lang()),
    };
    let repo = &loaded.repo;
    let lang = repo.config.lang;
    let today = common.today();
    if !lsk::report::personal_data(repo).is_empty() {
        errln!(
            "{}",
            lang.pick(
                "lsk: webbplatsen skrivs inte: förrådet innehåller personnummer eller samordningsnummer. Kör `lsk check` för att se var, och ta bort dem först.",
                "lsk: the site is not written: the repository holds personal identity or coordination numbers. Run `lsk check` to see where, and remove them first."
            )
        );
        return ExitCode::from(1);
    }
    let site = lsk::site::build(
        repo,
        &lsk::site::Options {
            today,
            drafts: args.drafts,
        },
    );
    match write(&args.output, &site, lang) {
        Ok(()) => {
            outln!(
                "{}",
                tr!(
                    lang,
                    "skrev {} filer till {}; öppna {}",
                    "wrote {} files to {}; open {}",
                    site.files.len(),
                    args.output.display(),
                    args.output.join("index.html").display()
                )
            );
            ExitCode::SUCCESS
        }
        Err(why) => {
            errln!("lsk: {}: {why}", args.output.display());
            ExitCode::from(2)
        }
    }
}

/// Writes the site into `dir`: each file atomically, then removes what an earlier run
/// wrote and this one did not, then the list of what is there now.
fn write(dir: &Path, site: &lsk::site::Site, lang: Lang) -> Result<(), String> {
    let earlier: Vec<String> = match std::fs::read_dir(dir) {
        Err(e) if e.kind() == std::io::ErrorKind::NotFound => Vec::new(),
        Err(e) => return Err(e.to_string()),
        Ok(mut entries) => match std::fs::read_to_string(dir.join(MANIFEST)) {
            Ok(list) => list.lines().map(str::to_string).collect(),
            Err(_) if entries.next().is_none() => Vec::new(),
            Err(_) => {
                return Err(lang
                    .pick(
                        "mappen finns redan och är ingen webbplats som lsk har skrivit; välj en tom eller ny mapp",
                        "the folder exists and is not a site lsk wrote; choose an empty or new folder",
                    )
                    .into());
            }
        },
    };
    let folders: std::collections::BTreeSet<PathBuf> = site
        .files
        .iter()
        .filter_map(|(rel, _)| dir.join(rel).parent().map(Path::to_path_buf))
        .collect();
    for folder in folders {
        std::fs::create_dir_all(folder).map_err(|e| e.to_string())?;
    }
    {
        use rayon::prelude::*;
        site.files.par_iter().try_for_each(|(rel, bytes)| {
            lsk::fs::write_replacing(&dir.join(rel), bytes).map_err(|e| format!("{rel}: {e}"))
        })?;
    }
    let now: std::collections::HashSet<&str> = site.files.iter().map(|(p, _)| p.as_str()).collect();
    for old in earlier.iter().filter(|p| !now.contains(p.as_str())) {
        // Only plain relative paths that lsk itself wrote.
        if old.split('/').any(|part| part.is_empty() || part == "..") {
            continue;
        }
        let _ = std::fs::remove_file(dir.join(old));
    }
    let list: String = site.files.iter().map(|(p, _)| format!("{p}\n")).collect();
    lsk::fs::write_atomic(&dir.join(MANIFEST), list.as_bytes()).map_err(|e| e.to_string())
}
