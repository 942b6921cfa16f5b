//! Command-line parsing and one module per command. Exit status: 0 no errors, 1 errors
//! found (or warnings with `--deny-warnings`), 2 the command could not run.

#[macro_use]
mod console;

mod approve;
mod changes;
mod check;
mod due;
mod explain;
mod init;
mod krav;
mod log;
mod new;
mod report;
mod rules;
mod schema;

use std::io::IsTerminal;
use std::path::PathBuf;
use std::process::ExitCode;

use clap::{Parser, Subcommand};

use lsk::lang::Lang;
use lsk::model::Date;

#[derive(Parser)]
#[command(
    name = "lsk",
    version,
    about = "Checks a ledningssystem för systematiskt kvalitetsarbete (SOSFS 2011:9) kept as YAML and Markdown"
)]
struct Cli {
    #[command(subcommand)]
    command: Command,
}

#[derive(Subcommand)]
enum Command {
    /// Validate the repository (the pre-commit and CI command). Never writes.
    Check(check::Args),
    /// List everything that falls due or is overdue: reviews, åtgärder, egenkontroll,
    /// samverkan follow-ups, kvalitetsråd and the yearly reports.
    Due(due::Args),
    /// Print one rule's full explanation.
    Explain(explain::Args),
    /// List all rules: code, name, default and effective severity.
    Rules(rules::Args),
    /// List the SOSFS 2011:9 requirement catalogue and the documents that cover it.
    Krav(krav::Args),
    /// The yearly reports: kvalitetsberättelse and patientsäkerhetsberättelse.
    Report(report::Args),
    /// Write the JSON Schemas (one per document type and one for lsk.yaml).
    Schema(schema::Args),
    /// Record a decision (fastställ): sets fastställd, beslutad_av, revideras_senast and
    /// kontrollsumma, touching nothing else in the file.
    Approve(approve::Args),
    /// Create a document from a template, with the next free id.
    New(new::Args),
    /// A document's history from git (renames followed), with its own revisioner.
    Log(log::Args),
    /// What was created, revised, renamed and repealed in a period, from git.
    Changes(changes::Args),
    /// Scaffold a new repository that passes `lsk check`.
    Init(init::Args),
}

/// Options every command that reads a repository shares.
#[derive(clap::Args, Clone)]
pub struct Common {
    /// The date the dating rules count from (YYYY-MM-DD); default today in Europe/Stockholm.
    #[arg(long, env = "LSK_TODAY", value_parser = parse_date)]
    pub today: Option<Date>,
    /// Message language; default `språk` in lsk.yaml, else sv.
    #[arg(long, value_parser = parse_lang)]
    pub lang: Option<Lang>,
}

fn parse_date(s: &str) -> Result<Date, String> {
    s.parse()
}

fn parse_lang(s: &str) -> Result<Lang, String> {
    s.parse()
}

impl Common {
    pub fn options(&self) -> lsk::check::Options {
        lsk::check::Options {
            today: self.today,
            lang: self.lang,
            ..Default::default()
        }
    }
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

pub fn run() -> ExitCode {
    console::install_panic_hook();
    let code = match Cli::try_parse() {
        Ok(cli) => dispatch(cli),
        // Help, version and usage errors, masked like all output (a value may hold a number).
        Err(e) => {
            let text = e.render().to_string();
            if e.use_stderr() {
                errln!("{}", text.trim_end());
            } else {
                outln!("{}", text.trim_end());
            }
            ExitCode::from(e.exit_code().clamp(0, 255) as u8)
        }
    };
    console::finish(code)
}

fn dispatch(cli: Cli) -> ExitCode {
    match cli.command {
        Command::Check(args) => check::run(args),
        Command::Due(args) => due::run(args),
        Command::Explain(args) => explain::run(args),
        Command::Rules(args) => rules::run(args),
        Command::Krav(args) => krav::run(args),
        Command::Report(args) => report::run(args),
        Command::Schema(args) => schema::run(args),
        Command::Init(args) => init::run(args),
        Command::Approve(args) => approve::run(args),
        Command::New(args) => new::run(args),
        Command::Log(args) => log::run(args),
        Command::Changes(args) => changes::run(args),
    }
}

/// The path argument, defaulting to the current folder.
pub fn path_or_current(path: Option<PathBuf>) -> PathBuf {
    path.unwrap_or_else(|| PathBuf::from("."))
}
