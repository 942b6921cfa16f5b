//! `lsk approve ID --by ROLE [--date D]`

use std::path::PathBuf;
use std::process::ExitCode;

use lsk::control::approve::{Refusal, approve};
use lsk::model::Date;

use super::{Common, fail, path_or_current};

#[derive(clap::Args)]
pub struct Args {
    /// The document's id.
    id: String,
    /// The role that decided (fastställde) it.
    #[arg(long)]
    by: String,
    /// The date of the decision; default today.
    #[arg(long, value_parser = |s: &str| s.parse::<Date>())]
    date: Option<Date>,
    /// A folder in the repository.
    #[arg(long)]
    path: Option<PathBuf>,
    #[command(flatten)]
    common: Common,
}

pub fn run(args: Args) -> ExitCode {
    let path = path_or_current(args.path);
    let lang = args.common.lang.unwrap_or_default();
    let (root, mut loaded) = match lsk::check::load(&path, &args.common.options()) {
        Ok(l) => l,
        Err(e) => return fail(e, lang),
    };
    let today = args.common.today.unwrap_or_else(Date::today);
    let date = args.date.unwrap_or(today);
    let hint = |h: Option<String>| h.map(|h| format!(" Menade du '{h}'?")).unwrap_or_default();
    match approve(&mut loaded, &args.id, &args.by, date, today) {
        Ok(done) => {
            let written = lsk::fs::replace(
                &root,
                &done.path,
                done.original.as_bytes(),
                done.text.as_bytes(),
            );
            if let Err(refusal) = written {
                errln!(
                    "lsk: {}: {}. {}",
                    done.path,
                    refusal.describe(lang),
                    lang.pick("Inget ändrades.", "Nothing was changed.")
                );
                return ExitCode::from(2);
            }
            outln!(
                "{} fastställd {} av {}; revideras senast {}. ({})",
                args.id,
                done.decided,
                args.by,
                done.review_by,
                done.path
            );
            ExitCode::SUCCESS
        }
        Err(refusal) => {
            let why = match refusal {
                Refusal::UnknownDocument { id, hint: h } => {
                    format!("inget dokument har id '{id}'.{}", hint(h))
                }
                Refusal::NotGoverned(typ) => format!(
                    "'{}' är av typen {typ}; bara styrdokument (process, rutin, checklista, riktlinje, ansvarsfördelning, författningar) fastställs.",
                    args.id
                ),
                Refusal::Repealed => format!("'{}' är upphävt och kan inte fastställas.", args.id),
                Refusal::UnknownRole { role, hint: h } => {
                    format!(
                        "ingen roll heter '{role}' i ansvarsfördelningen.{}",
                        hint(h)
                    )
                }
                Refusal::Errors(errors) => {
                    let list: Vec<String> = errors
                        .iter()
                        .map(|d| {
                            format!(
                                "  {}:{}:{} {} {}",
                                d.file, d.line, d.column, d.code, d.message
                            )
                        })
                        .collect();
                    format!(
                        "'{}' har fel som måste rättas före beslutet:\n{}",
                        args.id,
                        list.join("\n")
                    )
                }
                Refusal::Unparseable => format!(
                    "huvudet i '{}' kan inte ändras säkert (bara beslutsfälten får ändras, och det gick inte att skriva dem utan att röra något annat). Skriv dem för hand eller förenkla huvudet.",
                    args.id
                ),
            };
            errln!("lsk: {why} Inget ändrades.");
            ExitCode::from(2)
        }
    }
}
