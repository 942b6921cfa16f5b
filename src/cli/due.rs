//! `lsk due [PATH] [--within DAYS] [--owner ROLE] [--format md|json|ics]`

use std::path::PathBuf;
use std::process::ExitCode;

use lsk::due::{Query, collect};
use lsk::model::Date;
use lsk::output::Render;
use lsk::output::due::{Ics, Json, Markdown};

use super::{Common, fail, path_or_current};

#[derive(Clone, Copy, clap::ValueEnum)]
enum Format {
    Md,
    Json,
    Ics,
}

#[derive(clap::Args)]
pub struct Args {
    /// A folder in the repository.
    path: Option<PathBuf>,
    /// List what falls due within this many days (overdue items are always listed);
    /// default `varning_dagar` from lsk.yaml, or 366 for ics (a calendar wants the year).
    #[arg(long, value_parser = clap::value_parser!(u32).range(0..=3660))]
    within: Option<u32>,
    /// Only items owned by this role.
    #[arg(long)]
    owner: Option<String>,
    #[arg(long, value_enum, default_value = "md")]
    format: Format,
    /// With `--format ics`: remind this many days before each date (at 09:00); 0 none;
    /// default `påminnelse_dagar` from lsk.yaml, else 7.
    #[arg(long = "påminnelse", aliases = ["paminnelse", "reminder"], value_parser = clap::value_parser!(u32).range(0..=365))]
    reminder: Option<u32>,
    #[command(flatten)]
    common: Common,
}

pub fn run(args: Args) -> ExitCode {
    let path = path_or_current(args.path);
    let lang = args.common.lang.unwrap_or_default();
    let (_, loaded) = match lsk::check::load(&path, &args.common.options()) {
        Ok(l) => l,
        Err(e) => return fail(e, lang),
    };
    let repo = &loaded.repo;
    if let Some(owner) = &args.owner
        && repo.role(owner).is_none()
    {
        let hint = lsk::text::suggest(owner, repo.role_ids())
            .map(|c| format!(" Menade du '{c}'?"))
            .unwrap_or_default();
        errln!("lsk: ingen roll heter '{owner}' i ansvarsfördelningen.{hint}");
        return ExitCode::from(2);
    }
    let within = args.within.unwrap_or(match args.format {
        Format::Ics => 366,
        _ => repo.config.warning_days,
    });
    let query = Query {
        today: args.common.today.unwrap_or_else(Date::today),
        within,
        owner: args.owner,
    };
    let list = collect(repo, &query);
    let renderer: &dyn Render<lsk::due::DueList> = match args.format {
        Format::Md => &Markdown,
        Format::Json => &Json,
        Format::Ics => &Ics {
            reminder_days: args.reminder.unwrap_or(repo.config.reminder_days),
        },
    };
    out!("{}", renderer.to_text(&list));
    ExitCode::SUCCESS
}
