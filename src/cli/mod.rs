//! Command-line parsing and one module per command. Exit status: 0 no errors, 1 errors
//! found (or warnings with `--deny-warnings`), 2 the command could not run.
//!
//! The conventions every command follows:
//! - the repository is the last, optional positional argument, `[SÖKVÄG]` (default the
//!   current folder); `--path SÖKVÄG`, the older form of some commands, is accepted on all
//!   of them, hidden;
//! - a command with more than one output form takes `--format`; `--json` is a hidden
//!   alias of `--format json`;
//! - `--today` (env `LSK_TODAY`) and `--lang` (env `LSK_LANG`) are accepted by every
//!   command, before or after its name.
//!
//! The help texts and clap's own messages are Swedish by default and English with
//! `--lang en`: see [`localise`] and its table of texts, [`texts`].

#[macro_use]
mod console;

mod approve;
mod changes;
mod check;
mod due;
mod explain;
mod graph;
mod init;
mod krav;
mod localise;
mod log;
mod matrix;
mod new;
mod report;
mod rules;
mod schema;
mod site;
mod texts;
mod write;

use std::ffi::OsString;
use std::io::IsTerminal;
use std::path::PathBuf;
use std::process::ExitCode;

use clap::{FromArgMatches, Parser, Subcommand};

use lsk::lang::Lang;
use lsk::model::Date;
use lsk::tr;

// The help texts are not doc comments here: they are in `texts`, in both languages.
#[derive(Parser)]
// The version and the git revision it was built from (build.rs).
#[command(
    name = "lsk",
    version = env!("LSK_VERSION"),
    disable_help_flag = true,
    disable_version_flag = true,
    disable_help_subcommand = true
)]
struct Cli {
    #[command(flatten)]
    common: Common,
    #[command(subcommand)]
    command: Command,
}

#[derive(Subcommand)]
enum Command {
    Check(check::Args),
    Due(due::Args),
    Explain(explain::Args),
    Rules(rules::Args),
    Krav(krav::Args),
    Report(report::Args),
    Site(site::Args),
    Graph(graph::Args),
    Matrix(matrix::Args),
    Schema(schema::Args),
    Approve(approve::Args),
    New(new::Args),
    Log(log::Args),
    Changes(changes::Args),
    Init(init::Args),
    Help(HelpArgs),
}

/// `lsk help [KOMMANDO]`: the same as `lsk [KOMMANDO] --help`.
#[derive(clap::Args)]
struct HelpArgs {
    command: Option<String>,
}

/// Options every command accepts (global: before or after the command's name).
#[derive(clap::Args, Clone)]
pub struct Common {
    #[arg(long, global = true, env = "LSK_TODAY", value_parser = parse_date)]
    pub today: Option<Date>,
    #[arg(long, global = true, env = "LSK_LANG", value_parser = parse_lang)]
    pub lang: Option<Lang>,
}

impl Common {
    pub fn options(&self) -> lsk::check::Options {
        lsk::check::Options {
            today: self.today,
            lang: self.lang,
            ..Default::default()
        }
    }

    /// The language before a repository is read: `--lang` or `LSK_LANG`, else Swedish.
    /// Once a repository is loaded, its `config.lang` says (it includes this choice).
    pub fn lang(&self) -> Lang {
        self.lang.unwrap_or_default()
    }

    /// `--lang`, else `språk` in the lsk.yaml of the repository holding `path` (if it
    /// is in one and the file can be read), else Swedish: for the commands that do not
    /// load a repository.
    pub fn lang_at(&self, path: &std::path::Path) -> Lang {
        self.lang.unwrap_or_else(|| {
            lsk::load::find_root(path)
                .and_then(|root| lsk::check::read_config(&root, None).ok())
                .map(|c| c.lang)
                .unwrap_or_default()
        })
    }

    /// `--today`, else today in Europe/Stockholm.
    pub fn today(&self) -> Date {
        self.today.unwrap_or_else(Date::today)
    }
}

/// The repository a command works on: `[SÖKVÄG]`, or the older `--path SÖKVÄG` (hidden).
#[derive(clap::Args)]
pub struct Place {
    path: Option<PathBuf>,
    #[arg(long = "path", hide = true, conflicts_with = "path")]
    path_flag: Option<PathBuf>,
}

impl Place {
    /// The folder given, or the current one.
    pub fn path(&self) -> PathBuf {
        self.path
            .clone()
            .or_else(|| self.path_flag.clone())
            .unwrap_or_else(|| PathBuf::from("."))
    }
}

/// `--format json` when the hidden `--json` was given, else `format`.
pub fn format_or_json<F>(format: F, json: bool, json_format: F) -> F {
    if json { json_format } else { format }
}

fn parse_date(s: &str) -> Result<Date, String> {
    Date::parse(s).ok_or_else(|| {
        tr!(
            localise::ui_lang(),
            "'{s}' är inget datum (ÅÅÅÅ-MM-DD, 1900–2999)",
            "'{s}' is not a date (YYYY-MM-DD, 1900–2999)"
        )
    })
}

fn parse_lang(s: &str) -> Result<Lang, String> {
    s.parse().map_err(|_| {
        tr!(
            localise::ui_lang(),
            "okänt språk '{s}' (sv eller en)",
            "unknown language '{s}' (sv or en)"
        )
    })
}

/// A whole number from `min` to `max`, with the message in the command line's language.
fn parse_number<T: std::str::FromStr + PartialOrd + std::fmt::Display>(
    s: &str,
    min: T,
    max: T,
) -> Result<T, String> {
    match s.parse::<T>() {
        Ok(n) if n >= min && n <= max => Ok(n),
        _ => Err(tr!(
            localise::ui_lang(),
            "'{s}' är inget heltal från {min} till {max}",
            "'{s}' is not a whole number from {min} to {max}"
        )),
    }
}

/// Days: 0 to 3660 (ten years).
pub fn parse_days(s: &str) -> Result<u32, String> {
    parse_number(s, 0, 3660)
}

/// A year: 1900 to 2999, as dates are.
pub fn parse_year(s: &str) -> Result<i16, String> {
    parse_number(s, 1900, 2999)
}

/// Days before a date for a calendar reminder: 0 to 365.
pub fn parse_reminder_days(s: &str) -> Result<u32, String> {
    parse_number(s, 0, 365)
}

/// Whether to colour output on stdout.
pub fn use_color() -> bool {
    std::io::stdout().is_terminal() && std::env::var_os("NO_COLOR").is_none_or(|v| v.is_empty())
}

/// Prints why a repository could not be read, and gives exit status 2.
pub fn fail(err: lsk::check::Error, lang: Lang) -> ExitCode {
    use lsk::check::Error;
    use lsk::output::Render;
    use lsk::output::diagnostics::{Findings, Human};
    let mut stderr = console::err();
    match err {
        Error::NoRoot(path) => errln!(
            "{}",
            lang.pick(
                format!(
                    "lsk: hittar ingen lsk.yaml i {} eller någon mapp ovanför.\nTips: skapa ett nytt förråd med `lsk init`.",
                    path.display()
                ),
                format!(
                    "lsk: no lsk.yaml in {} or any folder above it.\nHint: create a new repository with `lsk init`.",
                    path.display()
                )
            )
        ),
        Error::Unreadable(path, why) => {
            errln!("lsk: {}: {why}", path.display())
        }
        Error::InvalidConfig(file, diagnostics) => {
            let files = [file];
            let report = Findings {
                root: ".",
                documents: 0,
                diagnostics: &diagnostics,
                files: &files,
                lang,
                suppressed: &[],
                elsewhere: 0,
            };
            errln!(
                "{}",
                lang.pick("lsk: lsk.yaml är ogiltig:", "lsk: lsk.yaml is invalid:")
            );
            let _ = Human {
                color: false,
                summary: false,
                ..Default::default()
            }
            .render(&report, &mut stderr);
        }
        Error::Setting(why) => errln!("lsk: {why}"),
    }
    ExitCode::from(2)
}

/// " Menade du 'X'?" / " Did you mean 'X'?", or nothing.
pub fn did_you_mean(lang: Lang, hint: Option<&str>) -> String {
    hint.map(|h| tr!(lang, " Menade du '{h}'?", " Did you mean '{h}'?"))
        .unwrap_or_default()
}

pub fn run() -> ExitCode {
    console::install_panic_hook();
    let argv: Vec<OsString> = std::env::args_os().collect();
    let lang = localise::prescan(&argv);
    localise::set_ui_lang(lang);
    let mut command = localise::command(lang);
    let code = match command
        .try_get_matches_from_mut(argv)
        .and_then(|m| Cli::from_arg_matches(&m))
    {
        Ok(cli) => dispatch(cli, &mut command),
        Err(e) => localise::report(&e, lang),
    };
    console::finish(code)
}

fn dispatch(cli: Cli, command: &mut clap::Command) -> ExitCode {
    let common = &cli.common;
    match cli.command {
        Command::Check(args) => check::run(args, common),
        Command::Due(args) => due::run(args, common),
        Command::Explain(args) => explain::run(args, common),
        Command::Rules(args) => rules::run(args, common),
        Command::Krav(args) => krav::run(args, common),
        Command::Report(args) => report::run(args, common),
        Command::Site(args) => site::run(args, common),
        Command::Graph(args) => graph::run(args, common),
        Command::Matrix(args) => matrix::run(args, common),
        Command::Schema(args) => schema::run(args, common),
        Command::Init(args) => init::run(args, common),
        Command::Approve(args) => approve::run(args, common),
        Command::New(args) => new::run(args, common),
        Command::Log(args) => log::run(args, common),
        Command::Changes(args) => changes::run(args, common),
        Command::Help(args) => localise::help(command, args.command.as_deref(), common.lang()),
    }
}
