//! `lsk approve ID [SÖKVÄG] --by ROLL [--date DATUM]`

use std::process::ExitCode;

use lsk::control::approve::{Refusal, approve};
use lsk::model::Date;
use lsk::tr;

use super::{Common, Place, did_you_mean, fail};

#[derive(clap::Args)]
pub struct Args {
    id: String,
    #[command(flatten)]
    place: Place,
    #[arg(long)]
    by: String,
    #[arg(long, value_parser = super::parse_date)]
    date: Option<Date>,
}

pub fn run(args: Args, common: &Common) -> ExitCode {
    let path = args.place.path();
    let (root, mut loaded) = match lsk::check::load(&path, &common.options()) {
        Ok(l) => l,
        Err(e) => return fail(e, common.lang()),
    };
    let lang = loaded.repo.config.lang;
    let today = common.today();
    let date = args.date.unwrap_or(today);
    let id = &args.id;
    match approve(&mut loaded, id, &args.by, date, today) {
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
            let (by, decided, review_by, file) =
                (&args.by, done.decided, done.review_by, &done.path);
            outln!(
                "{}",
                tr!(
                    lang,
                    "{id} fastställd {decided} av {by}; revideras senast {review_by}. ({file})",
                    "{id} approved {decided} by {by}; to be reviewed by {review_by}. ({file})"
                )
            );
            ExitCode::SUCCESS
        }
        Err(refusal) => {
            let why = match refusal {
                Refusal::UnknownDocument { id, hint } => {
                    let hint = did_you_mean(lang, hint.as_deref());
                    tr!(
                        lang,
                        "inget dokument har id '{id}'.{hint}",
                        "no document has the id '{id}'.{hint}"
                    )
                }
                Refusal::NotGoverned(typ) => tr!(
                    lang,
                    "'{id}' är av typen {typ}; bara styrdokument (process, rutin, checklista, riktlinje, ansvarsfördelning, författningar) fastställs.",
                    "'{id}' is of type {typ}; only governing documents (process, rutin, checklista, riktlinje, ansvarsfördelning, författningar) are approved."
                ),
                Refusal::Repealed => tr!(
                    lang,
                    "'{id}' är upphävt och kan inte fastställas.",
                    "'{id}' is repealed and cannot be approved."
                ),
                Refusal::UnknownRole { role, hint } => {
                    let hint = did_you_mean(lang, hint.as_deref());
                    tr!(
                        lang,
                        "ingen roll heter '{role}' i ansvarsfördelningen.{hint}",
                        "no role is called '{role}' in the responsibility document.{hint}"
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
                    let list = list.join("\n");
                    tr!(
                        lang,
                        "'{id}' har fel som måste rättas före beslutet:\n{list}",
                        "'{id}' has errors that must be corrected before the decision:\n{list}"
                    )
                }
                Refusal::Unparseable => tr!(
                    lang,
                    "huvudet i '{id}' kan inte ändras säkert (bara beslutsfälten får ändras, och det gick inte att skriva dem utan att röra något annat). Skriv dem för hand eller förenkla huvudet.",
                    "the header of '{id}' cannot be changed safely (only the decision fields may change, and they could not be written without touching anything else). Write them by hand or simplify the header."
                ),
            };
            errln!(
                "lsk: {why} {}",
                lang.pick("Inget ändrades.", "Nothing was changed.")
            );
            ExitCode::from(2)
        }
    }
}
