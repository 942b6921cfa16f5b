//! `lsk changes --since D [--until D] [--format md|json]`

use std::path::PathBuf;
use std::process::ExitCode;

use lsk::control::changes::{GitContents, What, changes};
use lsk::model::{Date, DocType};

use super::log::{Format, load_history};
use super::{Common, fail, path_or_current};

#[derive(clap::Args)]
pub struct Args {
    /// First day of the period.
    #[arg(long, value_parser = |s: &str| s.parse::<Date>())]
    since: Date,
    /// Last day of the period; default today.
    #[arg(long, value_parser = |s: &str| s.parse::<Date>())]
    until: Option<Date>,
    #[arg(long, value_enum, default_value = "md")]
    format: Format,
    /// A folder in the repository.
    #[arg(long)]
    path: Option<PathBuf>,
    #[command(flatten)]
    common: Common,
}

fn plural(typ: DocType) -> &'static str {
    typ.info().plural_sv
}

pub fn run(args: Args) -> ExitCode {
    let path = path_or_current(args.path);
    let lang = args.common.lang.unwrap_or_default();
    let (root, loaded) = match lsk::check::load(&path, &args.common.options()) {
        Ok(l) => l,
        Err(e) => return fail(e, lang),
    };
    let until = args.until.or(args.common.today).unwrap_or_else(Date::today);
    if until < args.since {
        errln!(
            "lsk: --until ({until}) ligger före --since ({}).",
            args.since
        );
        return ExitCode::from(2);
    }
    let history = match load_history(&root) {
        Ok(h) => h,
        Err(code) => return code,
    };
    if let Err(e) = history.ensure_covers(args.since) {
        errln!("lsk: {e}");
        return ExitCode::from(2);
    }
    let contents = match GitContents::open(&history) {
        Ok(c) => c,
        Err(e) => {
            errln!("lsk: {e}");
            return ExitCode::from(2);
        }
    };
    let list = changes(&loaded.repo, &history, &contents, args.since, until);
    if let Format::Json = args.format {
        let json = serde_json::json!({
            "version": 1,
            "since": args.since,
            "until": until,
            "changes": list,
        });
        outln!("{}", serde_json::to_string_pretty(&json).expect("json"));
        return ExitCode::SUCCESS;
    }
    outln!("# Ändringar i ledningssystemet {} – {until}\n", args.since);
    if list.is_empty() {
        outln!("Inga dokument skapades, reviderades, flyttades eller upphävdes under perioden.");
        return ExitCode::SUCCESS;
    }
    let mut current: Option<DocType> = None;
    let mut heading = "";
    for c in &list {
        if current != Some(c.typ) {
            if current.is_some() {
                outln!();
            }
            current = Some(c.typ);
            heading = "";
            outln!("## {}\n", plural(c.typ));
        }
        let (label, extra) = match &c.what {
            What::Imported => ("Införda i förrådet", String::new()),
            What::Created => ("Nya", String::new()),
            What::Revised { times } if *times > 1 => ("Nya beslut", format!(" ({times} beslut)")),
            What::Revised { .. } => ("Nya beslut", String::new()),
            What::ChangedWithoutDecision { times } if *times > 1 => {
                ("Ändrade utan nytt beslut", format!(" ({times} ändringar)"))
            }
            What::ChangedWithoutDecision { .. } => ("Ändrade utan nytt beslut", String::new()),
            What::Renamed { from, .. } => ("Flyttade eller omdöpta", format!(" (från {from})")),
            What::Repealed => ("Upphävda", String::new()),
            What::Deleted => ("Borttagna", String::new()),
        };
        if label != heading {
            if !heading.is_empty() {
                outln!();
            }
            heading = label;
            outln!("**{label}**\n");
        }
        let id = c.id.as_deref().unwrap_or("–");
        let title = c
            .title
            .as_deref()
            .map(|t| format!(" {t}"))
            .unwrap_or_default();
        outln!("- {} {id}{title}{extra} – {}, {}", c.date, c.path, c.author);
    }
    ExitCode::SUCCESS
}
