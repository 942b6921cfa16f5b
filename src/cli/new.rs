//! `lsk new TYPE TITLE [--id ID]`

use std::path::PathBuf;
use std::process::ExitCode;

use lsk::control::new::new_document;
use lsk::model::{Date, DocType};

use super::{Common, fail, path_or_current};

#[derive(clap::Args)]
pub struct Args {
    /// The document type (e.g. rutin, process, riskanalys; ASCII spellings accepted).
    typ: String,
    /// The title.
    title: String,
    /// The id; default the next free one in the repository's style.
    #[arg(long)]
    id: Option<String>,
    /// The role that owns the document (dokumentägare, and processägare for a process).
    #[arg(long)]
    owner: Option<String>,
    /// A folder in the repository.
    #[arg(long)]
    path: Option<PathBuf>,
    #[command(flatten)]
    common: Common,
}

/// `ansvarsfordelning` → `ansvarsfördelning`: ASCII spellings of the type names.
fn parse_type(s: &str) -> Option<DocType> {
    let fold = lsk::text::fold;
    DocType::parse(s).or_else(|| {
        DocType::ALL
            .iter()
            .copied()
            .find(|t| fold(t.as_str()) == fold(s))
    })
}

pub fn run(args: Args) -> ExitCode {
    let path = path_or_current(args.path);
    let lang = args.common.lang.unwrap_or_default();
    let Some(typ) = parse_type(&args.typ) else {
        let names: Vec<&str> = DocType::ALL.iter().map(|t| t.as_str()).collect();
        errln!(
            "lsk: okänd dokumenttyp '{}'. Kända typer: {}.",
            args.typ,
            names.join(", ")
        );
        return ExitCode::from(2);
    };
    let (root, loaded) = match lsk::check::load(&path, &args.common.options()) {
        Ok(l) => l,
        Err(e) => return fail(e, lang),
    };
    let repo = &loaded.repo;
    if let Some(id) = &args.id {
        if !lsk::model::Id::is_valid(id) {
            errln!("lsk: '{id}' är inget giltigt id (bokstäver, siffror, -, _ och .).");
            return ExitCode::from(2);
        }
        if repo.document(id).is_some() {
            errln!("lsk: id '{id}' används redan.");
            return ExitCode::from(2);
        }
    }
    if let Some(owner) = &args.owner
        && repo.role(owner).is_none()
    {
        errln!("lsk: ingen roll heter '{owner}' i ansvarsfördelningen.");
        return ExitCode::from(2);
    }
    let today = args.common.today.unwrap_or_else(Date::today);
    let doc = new_document(
        repo,
        typ,
        &args.title,
        args.id.as_deref(),
        today,
        ".lsk/schemas",
        args.owner.as_deref(),
    );
    if let Err(refusal) = lsk::fs::create_in(&root, &doc.path, doc.text.as_bytes()) {
        errln!(
            "lsk: {}: {}. {}",
            doc.path,
            refusal.describe(lang),
            lang.pick("Inget skrevs.", "Nothing was written.")
        );
        return ExitCode::from(2);
    }
    outln!("skapade {} ({})", doc.path, doc.id);
    if !root.join(".lsk/schemas").is_dir() {
        outln!("Tips: `lsk schema --out .lsk/schemas` ger redigeraren stöd för schemat.");
    }
    ExitCode::SUCCESS
}
