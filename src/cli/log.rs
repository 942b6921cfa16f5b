//! `lsk log ID [--format md|json]`

use std::io::IsTerminal;
use std::path::PathBuf;
use std::process::ExitCode;

use lsk::control::log::document_log;
use lsk::history::{self, Options};

use super::{Common, fail, path_or_current};

#[derive(Clone, Copy, clap::ValueEnum)]
pub enum Format {
    Md,
    Json,
}

#[derive(clap::Args)]
pub struct Args {
    /// The document's id.
    id: String,
    #[arg(long, value_enum, default_value = "md")]
    format: Format,
    /// A folder in the repository.
    #[arg(long)]
    path: Option<PathBuf>,
    #[command(flatten)]
    common: Common,
}

/// Loads the git history of the root, or says why it cannot (exit 2).
pub fn load_history(root: &std::path::Path) -> Result<history::History, ExitCode> {
    let options = Options {
        progress: std::io::stderr().is_terminal(),
    };
    history::load(root, &options).map_err(|e| {
        errln!("lsk: {e}");
        ExitCode::from(2)
    })
}

pub fn run(args: Args) -> ExitCode {
    let path = path_or_current(args.path);
    let lang = args.common.lang.unwrap_or_default();
    let (root, loaded) = match lsk::check::load(&path, &args.common.options()) {
        Ok(l) => l,
        Err(e) => return fail(e, lang),
    };
    let history = match load_history(&root) {
        Ok(h) => h,
        Err(code) => return code,
    };
    let Some(log) = document_log(&loaded.repo, &history, &args.id) else {
        let hint = lsk::text::suggest(&args.id, loaded.repo.document_ids())
            .map(|h| format!(" Menade du '{h}'?"))
            .unwrap_or_default();
        errln!("lsk: inget dokument har id '{}'.{hint}", args.id);
        return ExitCode::from(2);
    };
    if let Format::Json = args.format {
        outln!("{}", serde_json::to_string_pretty(&log).expect("json"));
        return ExitCode::SUCCESS;
    }
    let title = log.title.as_deref().unwrap_or("");
    outln!("# Historik: {} – {title}\n", log.id);
    outln!("Fil: {}", log.path);
    if log.paths.len() > 1 {
        outln!("Tidigare sökvägar: {}", log.paths[1..].join(", "));
    }
    if history.shallow {
        outln!(
            "\nObs: klonen är grund (shallow); historiken börjar {}. Hämta hela med `git fetch --unshallow`.",
            history.oldest.map(|d| d.to_string()).unwrap_or_default()
        );
    }
    if !log.committed {
        outln!("\nFilen är inte incheckad i git ännu.");
    } else if log.uncommitted {
        outln!("\nFilen har ändringar som inte är incheckade.");
    }
    outln!("\n| Datum | Vem | Vad | Ändring |\n| --- | --- | --- | --- |");
    for e in &log.entries {
        let change = match (e.source, &e.change, &e.commit) {
            ("revision", _, _) => "revision i dokumentet".to_string(),
            (_, Some(c), Some(id)) => format!("{c} ({id}, {})", e.path.as_deref().unwrap_or("")),
            _ => String::new(),
        };
        outln!(
            "| {} | {} | {} | {} |",
            e.date,
            e.who.as_deref().unwrap_or("–").replace('|', "\\|"),
            e.what.replace('|', "\\|"),
            change.replace('|', "\\|")
        );
    }
    ExitCode::SUCCESS
}
