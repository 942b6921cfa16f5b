//! `lsk due [SÖKVÄG] [--within DAGAR] [--owner ROLL] [--format md|json|ics]
//! [--påminnelse DAGAR]`

use std::process::ExitCode;

use lsk::due::{Query, collect};
use lsk::output::Render;
use lsk::output::due::{Ics, Json, Markdown};
use lsk::tr;

use super::{Common, Place, did_you_mean, fail, format_or_json};

#[derive(Clone, Copy, clap::ValueEnum)]
enum Format {
    Md,
    Json,
    Ics,
}

#[derive(clap::Args)]
pub struct Args {
    #[command(flatten)]
    place: Place,
    #[arg(long, value_parser = super::parse_days)]
    within: Option<u32>,
    #[arg(long)]
    owner: Option<String>,
    #[arg(long, value_enum, default_value = "md")]
    format: Format,
    #[arg(long, hide = true, conflicts_with = "format")]
    json: bool,
    // Swedish and English names: see `texts`.
    #[arg(long = "påminnelse", alias = "paminnelse", value_parser = super::parse_reminder_days)]
    reminder: Option<u32>,
}

pub fn run(args: Args, common: &Common) -> ExitCode {
    let path = args.place.path();
    let (_, loaded) = match lsk::check::load(&path, &common.options()) {
        Ok(l) => l,
        Err(e) => return fail(e, common.lang()),
    };
    let repo = &loaded.repo;
    let lang = repo.config.lang;
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
    let format = format_or_json(args.format, args.json, Format::Json);
    let within = args.within.unwrap_or(match format {
        Format::Ics => 366,
        _ => repo.config.warning_days,
    });
    let query = Query {
        today: common.today(),
        within,
        owner: args.owner,
    };
    let list = collect(repo, &query);
    let ics = Ics {
        reminder_days: args.reminder.unwrap_or(repo.config.reminder_days),
    };
    let renderer: &dyn Render<lsk::due::DueList> = match format {
        Format::Md => &Markdown,
        Format::Json => &Json,
        Format::Ics => &ics,
    };
    out!("{}", renderer.to_text(&list));
    ExitCode::SUCCESS
}
