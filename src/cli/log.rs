//! `lsk log ID [SÖKVÄG] [--format md|json]`

use std::io::IsTerminal;
use std::process::ExitCode;

use lsk::control::log::document_log;
use lsk::history::{self, Options};
use lsk::lang::Lang;
use lsk::tr;

use super::{Common, Place, did_you_mean, fail, format_or_json};

#[derive(Clone, Copy, clap::ValueEnum)]
pub enum Format {
    Md,
    Json,
}

#[derive(clap::Args)]
pub struct Args {
    id: String,
    #[command(flatten)]
    place: Place,
    #[arg(long, value_enum, default_value = "md")]
    format: Format,
    #[arg(long, hide = true, conflicts_with = "format")]
    json: bool,
}

/// The documents and the git history of the repository that holds `path`.
pub type Both = (
    std::path::PathBuf,
    lsk::load::Loaded,
    Result<history::History, history::Error>,
);

/// Loads the repository that holds `path` and, at the same time, the git history of its
/// root: neither depends on the other, and the history's walk over the commits runs on
/// one core while the documents are read on the other.
/// `progress`: a spinner on stderr while the history loads, when stderr is a terminal.
pub fn load_with_history(
    path: &std::path::Path,
    common: &Common,
    progress: bool,
) -> Result<Both, ExitCode> {
    let options = Options {
        progress: progress && std::io::stderr().is_terminal(),
    };
    let (loaded, history) = match lsk::load::find_root(path) {
        Some(root) => {
            let (loaded, history) = rayon::join(
                || lsk::check::load(path, &common.options()),
                || history::load(&root, &options),
            );
            (loaded, Some(history))
        }
        None => (lsk::check::load(path, &common.options()), None),
    };
    let (root, loaded) = loaded.map_err(|e| fail(e, common.lang()))?;
    let history = match history {
        Some(history) => history,
        None => history::load(&root, &options),
    };
    Ok((root, loaded, history))
}

/// The history, or why it could not be read said in `lang` (exit 2).
pub fn or_exit(
    history: Result<history::History, history::Error>,
    lang: Lang,
) -> Result<history::History, ExitCode> {
    history.map_err(|e| {
        errln!("lsk: {}", e.describe(lang));
        ExitCode::from(2)
    })
}

/// A commit's change to the file (`added`, `renamed from X` in the JSON) in words.
fn change_in_words(change: &str, lang: Lang) -> String {
    if lang == Lang::En {
        return change.to_string();
    }
    match change {
        "added" => "tillagd".to_string(),
        "modified" => "ändrad".to_string(),
        "deleted" => "borttagen".to_string(),
        other => match other.strip_prefix("renamed from ") {
            Some(from) => format!("flyttad från {from}"),
            None => other.to_string(),
        },
    }
}

pub fn run(args: Args, common: &Common) -> ExitCode {
    let path = args.place.path();
    let (_, loaded, history) = match load_with_history(&path, common, true) {
        Ok(both) => both,
        Err(code) => return code,
    };
    let lang = loaded.repo.config.lang;
    let history = match or_exit(history, lang) {
        Ok(h) => h,
        Err(code) => return code,
    };
    let Some(log) = document_log(&loaded.repo, &history, &args.id) else {
        let hint = did_you_mean(
            lang,
            lsk::text::suggest(&args.id, loaded.repo.document_ids()),
        );
        let id = &args.id;
        errln!(
            "{}",
            tr!(
                lang,
                "lsk: inget dokument har id '{id}'.{hint}",
                "lsk: no document has the id '{id}'.{hint}"
            )
        );
        return ExitCode::from(2);
    };
    if let Format::Json = format_or_json(args.format, args.json, Format::Json) {
        outln!("{}", serde_json::to_string_pretty(&log).expect("json"));
        return ExitCode::SUCCESS;
    }
    let title = log.title.as_deref().unwrap_or("");
    outln!(
        "# {}: {} – {title}\n",
        lang.pick("Historik", "History"),
        log.id
    );
    outln!("{}: {}", lang.pick("Fil", "File"), log.path);
    if log.paths.len() > 1 {
        outln!(
            "{}: {}",
            lang.pick("Tidigare sökvägar", "Earlier paths"),
            log.paths[1..].join(", ")
        );
    }
    if history.shallow {
        let oldest = history.oldest.map(|d| d.to_string()).unwrap_or_default();
        outln!(
            "\n{}",
            tr!(
                lang,
                "Obs: klonen är grund (shallow); historiken börjar {oldest}. Hämta hela med `git fetch --unshallow`.",
                "Note: the clone is shallow; the history starts {oldest}. Fetch all of it with `git fetch --unshallow`."
            )
        );
    }
    if !log.committed {
        outln!(
            "\n{}",
            lang.pick(
                "Filen är inte incheckad i git ännu.",
                "The file is not committed to git yet."
            )
        );
    } else if log.uncommitted {
        outln!(
            "\n{}",
            lang.pick(
                "Filen har ändringar som inte är incheckade.",
                "The file has changes that are not committed."
            )
        );
    }
    outln!(
        "\n{}\n| --- | --- | --- | --- |",
        lang.pick(
            "| Datum | Vem | Vad | Ändring |",
            "| Date | Who | What | Change |"
        )
    );
    for e in &log.entries {
        let change = match (e.source, &e.change, &e.commit) {
            ("revision", _, _) => lang
                .pick("revision i dokumentet", "revision in the document")
                .to_string(),
            (_, Some(c), Some(id)) => format!(
                "{} ({id}, {})",
                change_in_words(c, lang),
                e.path.as_deref().unwrap_or("")
            ),
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
