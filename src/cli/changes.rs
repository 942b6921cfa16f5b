//! `lsk changes [SÖKVÄG] --since DATUM [--until DATUM] [--format md|json]`

use std::process::ExitCode;

use lsk::control::changes::{GitContents, What, changes};
use lsk::lang::Lang;
use lsk::model::{Date, DocType};
use lsk::tr;

use super::log::{Format, load_with_history, or_exit};
use super::{Common, Place, format_or_json};

#[derive(clap::Args)]
pub struct Args {
    #[command(flatten)]
    place: Place,
    #[arg(long, value_parser = super::parse_date)]
    since: Date,
    #[arg(long, value_parser = super::parse_date)]
    until: Option<Date>,
    #[arg(long, value_enum, default_value = "md")]
    format: Format,
    #[arg(long, hide = true, conflicts_with = "format")]
    json: bool,
}

fn plural(typ: DocType, lang: Lang) -> &'static str {
    lang.pick(typ.info().plural_sv, typ.info().plural_en)
}

pub fn run(args: Args, common: &Common) -> ExitCode {
    let path = args.place.path();
    let (_, loaded, history) = match load_with_history(&path, common, true) {
        Ok(both) => both,
        Err(code) => return code,
    };
    let lang = loaded.repo.config.lang;
    let since = args.since;
    let until = args.until.unwrap_or_else(|| common.today());
    if until < since {
        errln!(
            "{}",
            tr!(
                lang,
                "lsk: --until ({until}) ligger före --since ({since}).",
                "lsk: --until ({until}) is before --since ({since})."
            )
        );
        return ExitCode::from(2);
    }
    let history = match or_exit(history, lang) {
        Ok(h) => h,
        Err(code) => return code,
    };
    if let Err(e) = history.ensure_covers(args.since) {
        errln!("lsk: {}", e.describe(lang));
        return ExitCode::from(2);
    }
    let contents = match GitContents::open(&history) {
        Ok(c) => c,
        Err(e) => {
            errln!("lsk: {}", lsk::history::Error::from(e).describe(lang));
            return ExitCode::from(2);
        }
    };
    let list = changes(&loaded.repo, &history, &contents, args.since, until);
    if let Format::Json = format_or_json(args.format, args.json, Format::Json) {
        let json = serde_json::json!({
            "version": 1,
            "since": args.since,
            "until": until,
            "changes": list,
        });
        outln!("{}", serde_json::to_string_pretty(&json).expect("json"));
        return ExitCode::SUCCESS;
    }
    outln!(
        "{}\n",
        tr!(
            lang,
            "# Ändringar i ledningssystemet {since} – {until}",
            "# Changes in the management system {since} – {until}"
        )
    );
    if list.is_empty() {
        outln!(
            "{}",
            lang.pick(
                "Inga dokument skapades, reviderades, flyttades eller upphävdes under perioden.",
                "No documents were created, revised, moved or repealed in the period."
            )
        );
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
            outln!("## {}\n", plural(c.typ, lang));
        }
        let (label, extra) = match &c.what {
            What::Imported => (lang.pick("Införda i förrådet", "Imported"), String::new()),
            What::Created => (lang.pick("Nya", "New"), String::new()),
            What::Revised { times } => (
                lang.pick("Nya beslut", "New decisions"),
                if *times > 1 {
                    tr!(lang, " ({times} beslut)", " ({times} decisions)")
                } else {
                    String::new()
                },
            ),
            What::ChangedWithoutDecision { times } => (
                lang.pick("Ändrade utan nytt beslut", "Changed without a new decision"),
                if *times > 1 {
                    tr!(lang, " ({times} ändringar)", " ({times} changes)")
                } else {
                    String::new()
                },
            ),
            What::Renamed { from, .. } => (
                lang.pick("Flyttade eller omdöpta", "Moved or renamed"),
                tr!(lang, " (från {from})", " (from {from})"),
            ),
            What::Repealed => (lang.pick("Upphävda", "Repealed"), String::new()),
            What::Deleted => (lang.pick("Borttagna", "Deleted"), String::new()),
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
