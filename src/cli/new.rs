//! `lsk new TYP TITEL [SÖKVÄG] [--id ID] [--owner ROLL]`

use std::process::ExitCode;

use lsk::control::new::new_document;
use lsk::model::DocType;
use lsk::tr;

use super::{Common, Place, did_you_mean, fail};

#[derive(clap::Args)]
pub struct Args {
    typ: String,
    title: String,
    #[command(flatten)]
    place: Place,
    #[arg(long)]
    id: Option<String>,
    #[arg(long)]
    owner: Option<String>,
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

pub fn run(args: Args, common: &Common) -> ExitCode {
    let path = args.place.path();
    let lang = common.lang();
    let Some(typ) = parse_type(&args.typ) else {
        let names: Vec<&str> = DocType::ALL.iter().map(|t| t.as_str()).collect();
        let (typ, names) = (&args.typ, names.join(", "));
        errln!(
            "{}",
            tr!(
                lang,
                "lsk: okänd dokumenttyp '{typ}'. Kända typer: {names}.",
                "lsk: unknown document type '{typ}'. Known types: {names}."
            )
        );
        return ExitCode::from(2);
    };
    // `lsk new rutin Nyckel hantering`: a title in two words without quotes.
    if !path.is_dir() {
        let (title, folder) = (&args.title, path.display());
        errln!(
            "{}",
            tr!(
                lang,
                "lsk: mappen '{folder}' finns inte. Har titeln mellanslag, skriv den inom citattecken: \"{title} {folder}\".",
                "lsk: the folder '{folder}' does not exist. If the title has spaces, put it in quotes: \"{title} {folder}\"."
            )
        );
        return ExitCode::from(2);
    }
    let (root, loaded) = match lsk::check::load(&path, &common.options()) {
        Ok(l) => l,
        Err(e) => return fail(e, lang),
    };
    let repo = &loaded.repo;
    let lang = repo.config.lang;
    if let Some(id) = &args.id {
        if !lsk::model::Id::is_valid(id) {
            errln!(
                "{}",
                tr!(
                    lang,
                    "lsk: '{id}' är inget giltigt id (bokstäver, siffror, -, _ och .).",
                    "lsk: '{id}' is not a valid id (letters, digits, -, _ and .)."
                )
            );
            return ExitCode::from(2);
        }
        if repo.document(id).is_some() {
            errln!(
                "{}",
                tr!(
                    lang,
                    "lsk: id '{id}' används redan.",
                    "lsk: the id '{id}' is already in use."
                )
            );
            return ExitCode::from(2);
        }
    }
    if let Some(owner) = &args.owner
        && repo.role(owner).is_none()
    {
        let hint = did_you_mean(lang, lsk::text::suggest(owner, repo.role_ids()));
        errln!(
            "{}",
            tr!(
                lang,
                "lsk: ingen roll heter '{owner}' i ansvarsfördelningen.{hint}",
                "lsk: no role is called '{owner}' in the responsibility document.{hint}"
            )
        );
        return ExitCode::from(2);
    }
    let doc = new_document(
        repo,
        typ,
        &args.title,
        args.id.as_deref(),
        common.today(),
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
    let (file, id) = (&doc.path, &doc.id);
    outln!(
        "{}",
        tr!(lang, "skapade {file} ({id})", "created {file} ({id})")
    );
    // The hint is only in YAML files (see `new_document`).
    if !typ.info().markdown && !root.join(".lsk/schemas").is_dir() {
        outln!(
            "{}",
            lang.pick(
                "Tips: `lsk schema --out .lsk/schemas` ger redigeraren stöd för schemat.",
                "Hint: `lsk schema --out .lsk/schemas` gives the editor the schema's support."
            )
        );
    }
    ExitCode::SUCCESS
}
