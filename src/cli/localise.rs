//! clap in Swedish and English. clap has no translations of its own, so:
//! - the language is chosen before parsing, from the command line itself ([`prescan`]);
//! - the texts of [`super::texts`] are laid over the derived `clap::Command`: each
//!   command's about, each argument's help and value name, with the possible values,
//!   defaults and environment variables written into the help in that language; clap's
//!   `--help`, `--version` and `help` are replaced by our own with translated texts;
//! - the help template has headings in the language (`Användning:`, `Kommandon:`,
//!   `Argument:`, `Flaggor:`), and in Swedish the usage line says `[FLAGGOR]`, in help and
//!   in errors alike;
//! - clap's errors are written in Swedish here ([`report`]), from the error's kind and
//!   its context (the argument, the value, clap's suggestion); in English clap's own
//!   rendering is used.

use std::ffi::OsString;
use std::process::ExitCode;
use std::sync::OnceLock;

use clap::error::{ContextKind, ContextValue, ErrorKind};
use clap::{Arg, ArgAction, Command, CommandFactory};

use lsk::lang::Lang;

use super::texts::{self, CommandText, Text};

static UI_LANG: OnceLock<Lang> = OnceLock::new();

/// The language of the command line (help, usage errors, the value parsers' messages),
/// as [`prescan`] found it; Swedish until it is set.
pub fn ui_lang() -> Lang {
    UI_LANG.get().copied().unwrap_or_default()
}

/// Sets [`ui_lang`], once.
pub fn set_ui_lang(lang: Lang) {
    let _ = UI_LANG.set(lang);
}

/// The language of the help and of clap's messages, read from the arguments before they
/// are parsed: the last `--lang en` / `--lang=en` (or `sv`) before any `--`, else the
/// environment variable `LSK_LANG`, else Swedish.
///
/// The repository's `språk` in lsk.yaml cannot count here: which repository (the path
/// argument), and whether the arguments make sense at all, is what is being parsed. So a
/// usage error in a repository with `språk: en` is in Swedish unless `--lang en` or
/// `LSK_LANG=en` says otherwise; the command's own messages follow `språk` as usual.
pub fn prescan(argv: &[OsString]) -> Lang {
    scan(argv, std::env::var("LSK_LANG").ok().as_deref())
}

/// [`prescan`] with the value of `LSK_LANG`.
fn scan(argv: &[OsString], env: Option<&str>) -> Lang {
    let mut found = None;
    let mut args = argv.iter().skip(1).map(|a| a.to_string_lossy());
    while let Some(arg) = args.next() {
        if arg == "--" {
            break;
        }
        let value = if arg == "--lang" {
            args.next().map(|v| v.into_owned())
        } else {
            arg.strip_prefix("--lang=").map(str::to_string)
        };
        if let Some(lang) = value.and_then(|v| v.parse::<Lang>().ok()) {
            found = Some(lang);
        }
    }
    found.or_else(|| env?.parse().ok()).unwrap_or_default()
}

fn pick(lang: Lang, text: Text) -> &'static str {
    lang.pick(text.0, text.1)
}

/// The command line of `lsk`, all its texts in `lang`.
pub fn command(lang: Lang) -> Command {
    let mut cmd = apply(super::Cli::command(), &texts::PROGRAM, lang)
        .subcommand_value_name(pick(lang, texts::COMMAND_PLACEHOLDER))
        .arg(
            Arg::new("version")
                .short('V')
                .long("version")
                .action(ArgAction::Version)
                .help(pick(lang, texts::VERSION_FLAG))
                .display_order(LAST + 1),
        )
        .mut_subcommands(|sub| {
            let text = texts::COMMANDS_TEXTS
                .iter()
                .find(|t| t.name == sub.get_name());
            match text {
                Some(text) => apply(sub, text, lang),
                None => sub,
            }
        });
    // The templates and usage lines depend on what the built command holds (the global
    // arguments are copied into each subcommand only when it is built).
    let mut built = cmd.clone();
    built.build();
    cmd = finish(cmd, &built, lang);
    let subs: Vec<Command> = built.get_subcommands().cloned().collect();
    cmd.mut_subcommands(
        |sub| match subs.iter().find(|b| b.get_name() == sub.get_name()) {
            Some(b) => finish(sub, b, lang),
            None => sub,
        },
    )
}

/// Display order: a command's own arguments first, then the global ones, then help and
/// version.
const GLOBAL: usize = 900;
const LAST: usize = 998;

/// One command's about, its arguments' texts and its own `-h, --help`.
fn apply(cmd: Command, text: &CommandText, lang: Lang) -> Command {
    let program = text.name == texts::PROGRAM.name;
    let mut order = 0;
    cmd.about(pick(lang, text.about))
        .disable_help_flag(true)
        .mut_args(|arg| {
            order += 1;
            let arg = arg.display_order(if program { GLOBAL + order } else { order });
            localise_arg(arg, text, lang)
        })
        .arg(
            Arg::new("help")
                .short('h')
                .long("help")
                .action(ArgAction::Help)
                .help(pick(lang, texts::HELP_FLAG))
                .display_order(LAST),
        )
}

/// An argument's help, value name and (for some) long name in `lang`, with its possible
/// values, default and environment variable written after the help in the same language.
fn localise_arg(arg: Arg, text: &CommandText, lang: Lang) -> Arg {
    if arg.is_hide_set() {
        // A hidden older form (`--path`) has the value name of the argument it stands for.
        let visible = text
            .args
            .iter()
            .find(|t| Some(t.id) == arg.get_long())
            .and_then(|t| t.value);
        return match visible {
            Some(value) if arg.get_action().takes_values() => arg.value_name(pick(lang, value)),
            _ => arg,
        };
    }
    let Some(t) = text.args.iter().find(|t| t.id == arg.get_id().as_str()) else {
        // The tests make sure this does not happen.
        return arg;
    };
    let mut help = pick(lang, t.help).to_string();
    let mut facts = Vec::new();
    if arg.get_action().takes_values() {
        let values: Vec<String> = arg
            .get_possible_values()
            .iter()
            .filter(|v| !v.is_hide_set())
            .map(|v| v.get_name().to_string())
            .collect();
        if !values.is_empty() {
            facts.push(format!(
                "{}: {}",
                lang.pick("värden", "values"),
                values.join(", ")
            ));
        }
        let defaults: Vec<String> = arg
            .get_default_values()
            .iter()
            .map(|v| v.to_string_lossy().into_owned())
            .collect();
        if !defaults.is_empty() {
            facts.push(format!(
                "{}: {}",
                lang.pick("standard", "default"),
                defaults.join(",")
            ));
        }
    }
    if let Some(env) = arg.get_env() {
        facts.push(format!(
            "{}: {}",
            lang.pick("miljövariabel", "environment variable"),
            env.to_string_lossy()
        ));
    }
    for fact in facts {
        help.push_str(&format!(" [{fact}]"));
    }
    let mut arg = arg.help(help);
    if arg.get_action().takes_values() {
        arg = arg.hide_possible_values(true).hide_default_value(true);
    }
    if arg.get_env().is_some() {
        arg = arg.hide_env(true);
    }
    if let Some(value) = t.value {
        arg = arg.value_name(pick(lang, value));
    }
    if let Some((sv, en)) = t.long {
        let (long, other) = lang.pick((sv, en), (en, sv));
        arg = arg.long(long).alias(other);
    }
    arg
}

/// The help template and the usage line of a command (`built` is the same
/// command built).
fn finish(cmd: Command, built: &Command, lang: Lang) -> Command {
    let mut template = format!(
        "{{about-with-newline}}\n{}: {{usage}}\n",
        pick(lang, texts::USAGE)
    );
    let sections = [
        (
            texts::COMMANDS,
            "{subcommands}",
            built.get_subcommands().any(|s| !s.is_hide_set()),
        ),
        (
            texts::ARGUMENTS,
            "{positionals}",
            built.get_positionals().any(|a| !a.is_hide_set()),
        ),
        (
            texts::OPTIONS,
            "{options}",
            built
                .get_arguments()
                .any(|a| !a.is_positional() && !a.is_hide_set()),
        ),
    ];
    for (heading, tag, present) in sections {
        if present {
            template.push_str(&format!("\n{}:\n{tag}\n", pick(lang, heading)));
        }
    }
    template.push_str("{after-help}");
    // The usage line of the help, also in usage errors (where clap would otherwise show
    // the arguments given rather than the command's whole form).
    let usage = built.clone().render_usage().to_string();
    let usage = usage.trim().trim_start_matches("Usage:").trim().replace(
        texts::OPTIONS_PLACEHOLDER.1,
        pick(lang, texts::OPTIONS_PLACEHOLDER),
    );
    cmd.help_template(template).override_usage(usage)
}

/// `lsk help [KOMMANDO]`.
pub fn help(cmd: &mut Command, name: Option<&str>, lang: Lang) -> ExitCode {
    cmd.build();
    let Some(name) = name else {
        out!("{}", cmd.render_help());
        return ExitCode::SUCCESS;
    };
    match cmd.find_subcommand_mut(name) {
        Some(sub) => {
            out!("{}", sub.render_help());
            ExitCode::SUCCESS
        }
        None => {
            let names: Vec<&str> = cmd.get_subcommands().map(|s| s.get_name()).collect();
            let hint = super::did_you_mean(lang, lsk::text::suggest(name, names));
            errln!(
                "{}",
                lang.pick(
                    format!("lsk: inget kommando heter '{name}'.{hint} `lsk help` listar alla."),
                    format!("lsk: there is no command '{name}'.{hint} `lsk help` lists them all.")
                )
            );
            ExitCode::from(2)
        }
    }
}

/// Prints clap's help, version or usage error, in the language, and gives its exit
/// status. All of it goes through the console (a value may hold a personnummer).
pub fn report(e: &clap::Error, lang: Lang) -> ExitCode {
    let text = match (e.kind(), lang) {
        (
            ErrorKind::DisplayHelp
            | ErrorKind::DisplayVersion
            | ErrorKind::DisplayHelpOnMissingArgumentOrSubcommand,
            _,
        )
        | (_, Lang::En) => e.render().to_string(),
        (_, Lang::Sv) => swedish(e),
    };
    if e.use_stderr() {
        errln!("{}", text.trim_end());
    } else {
        outln!("{}", text.trim_end());
    }
    ExitCode::from(e.exit_code().clamp(0, 255) as u8)
}

/// A usage error in Swedish, laid out as clap lays it out in English.
fn swedish(e: &clap::Error) -> String {
    let text = |kind| match e.get(kind) {
        Some(ContextValue::String(s)) => Some(s.clone()),
        _ => None,
    };
    let list = |kind| match e.get(kind) {
        Some(ContextValue::Strings(v)) => v.clone(),
        Some(ContextValue::String(s)) => vec![s.clone()],
        _ => Vec::new(),
    };
    let number = |kind| match e.get(kind) {
        Some(ContextValue::Number(n)) => Some(*n),
        _ => None,
    };
    let quoted = |items: &[String]| {
        items
            .iter()
            .map(|s| format!("'{s}'"))
            .collect::<Vec<_>>()
            .join(", ")
    };
    let arg = text(ContextKind::InvalidArg).unwrap_or_default();
    let value = text(ContextKind::InvalidValue).unwrap_or_default();
    let mut message = match e.kind() {
        ErrorKind::UnknownArgument => format!("oväntat argument '{arg}'"),
        ErrorKind::InvalidSubcommand => format!(
            "okänt kommando '{}'",
            text(ContextKind::InvalidSubcommand).unwrap_or_default()
        ),
        ErrorKind::InvalidValue if value.is_empty() => {
            format!("'{arg}' behöver ett värde men fick inget")
        }
        ErrorKind::InvalidValue => format!("ogiltigt värde '{value}' för '{arg}'"),
        ErrorKind::ValueValidation => {
            let why = std::error::Error::source(e)
                .map(|s| format!(": {s}"))
                .unwrap_or_default();
            format!("ogiltigt värde '{value}' för '{arg}'{why}")
        }
        ErrorKind::MissingRequiredArgument => {
            let mut m = String::from("följande måste anges:");
            for a in list(ContextKind::InvalidArg) {
                m.push_str(&format!("\n  {a}"));
            }
            m
        }
        ErrorKind::MissingSubcommand => format!(
            "'{}' behöver ett kommando men fick inget",
            text(ContextKind::InvalidSubcommand).unwrap_or_default()
        ),
        ErrorKind::ArgumentConflict => {
            let prior = list(ContextKind::PriorArg);
            if prior.len() == 1 && prior[0] == arg {
                format!("'{arg}' kan bara anges en gång")
            } else if prior.is_empty() {
                format!("'{arg}' kan inte användas tillsammans med de andra argumenten")
            } else {
                format!(
                    "'{arg}' kan inte användas tillsammans med {}",
                    quoted(&prior)
                )
            }
        }
        ErrorKind::NoEquals => format!("'{arg}' behöver ett likhetstecken före värdet"),
        ErrorKind::TooManyValues => {
            format!("oväntat värde '{value}' för '{arg}'; inga fler värden väntades")
        }
        ErrorKind::TooFewValues | ErrorKind::WrongNumberOfValues => {
            let wanted = number(ContextKind::MinValues)
                .or_else(|| number(ContextKind::ExpectedNumValues))
                .unwrap_or_default();
            let got = number(ContextKind::ActualNumValues).unwrap_or_default();
            format!("'{arg}' behöver {wanted} värden men fick {got}")
        }
        ErrorKind::InvalidUtf8 => "ett argument är inte giltig UTF-8".to_string(),
        _ => "argumenten kunde inte tolkas".to_string(),
    };
    let values = list(ContextKind::ValidValue);
    if !values.is_empty() {
        message.push_str(&format!("\n  [möjliga värden: {}]", values.join(", ")));
    }
    let valid_subcommands = list(ContextKind::ValidSubcommand);
    if e.kind() == ErrorKind::MissingSubcommand && !valid_subcommands.is_empty() {
        message.push_str(&format!(
            "\n  [kommandon: {}]",
            valid_subcommands.join(", ")
        ));
    }
    let mut tips = Vec::new();
    for (kind, one, many) in [
        (
            ContextKind::SuggestedSubcommand,
            "det finns ett liknande kommando",
            "det finns liknande kommandon",
        ),
        (
            ContextKind::SuggestedArg,
            "det finns en liknande flagga",
            "det finns liknande flaggor",
        ),
        (
            ContextKind::SuggestedValue,
            "det finns ett liknande värde",
            "det finns liknande värden",
        ),
    ] {
        let found = list(kind);
        if !found.is_empty() {
            let lead = if found.len() == 1 { one } else { many };
            tips.push(format!("{lead}: {}", quoted(&found)));
        }
    }
    if let Some(ContextValue::StyledStrs(suggestions)) = e.get(ContextKind::Suggested) {
        // clap writes these few hints in English; each known form is translated, and an
        // unknown one left out rather than shown in English.
        tips.extend(suggestions.iter().filter_map(|s| tip(&s.to_string())));
    }
    let mut out = format!("fel: {message}");
    if !tips.is_empty() {
        out.push('\n');
        for t in tips {
            out.push_str(&format!("\n  tips: {t}"));
        }
    }
    if let Some(ContextValue::StyledStr(usage)) = e.get(ContextKind::Usage) {
        let usage = usage.to_string();
        let usage = usage.trim().trim_start_matches("Usage:").trim();
        out.push_str(&format!("\n\n{}: {usage}", pick(Lang::Sv, texts::USAGE)));
    }
    out.push_str("\n\nMer hjälp får du med '--help'.");
    out
}

/// One of clap's English hints in Swedish, if it is one of the forms clap writes.
fn tip(english: &str) -> Option<String> {
    let parts: Vec<&str> = english.split('\'').collect();
    match parts.as_slice() {
        ["to pass ", what, " as a value, use ", how, ""] => {
            Some(format!("för att ge '{what}' som ett värde, skriv '{how}'"))
        }
        [
            "subcommand ",
            name,
            " exists; to use it, remove the ",
            dashes,
            " before it",
        ] => Some(format!(
            "kommandot '{name}' finns; ta bort '{dashes}' före det för att använda det"
        )),
        ["", what, " exists"] => Some(format!("'{what}' finns")),
        _ => None,
    }
}

#[cfg(test)]
mod tests {
    use super::*;

    fn argv(args: &[&str]) -> Vec<OsString> {
        std::iter::once("lsk")
            .chain(args.iter().copied())
            .map(OsString::from)
            .collect()
    }

    /// The program and each subcommand, built, in `lang`.
    fn commands(lang: Lang) -> Vec<Command> {
        let mut root = command(lang);
        root.build();
        let mut all = vec![root.clone()];
        all.extend(root.get_subcommands().cloned());
        all
    }

    fn text_of(name: &str) -> Option<&'static CommandText> {
        if name == texts::PROGRAM.name {
            return Some(&texts::PROGRAM);
        }
        texts::COMMANDS_TEXTS.iter().find(|t| t.name == name)
    }

    #[test]
    fn every_command_and_argument_has_its_texts_and_no_text_is_left_over() {
        let root = crate::cli::Cli::command();
        let mut all = vec![root.clone()];
        all.extend(root.get_subcommands().cloned());
        for cmd in &all {
            let name = cmd.get_name();
            let text = text_of(name).unwrap_or_else(|| panic!("no texts for `{name}`"));
            for arg in cmd.get_arguments().filter(|a| !a.is_hide_set()) {
                let id = arg.get_id().as_str();
                let t = text
                    .args
                    .iter()
                    .find(|t| t.id == id)
                    .unwrap_or_else(|| panic!("no texts for `{name} {id}`"));
                assert_eq!(
                    t.value.is_some(),
                    arg.get_action().takes_values(),
                    "`{name} {id}`: a value name exactly when it takes a value"
                );
            }
            for t in text.args {
                assert!(
                    cmd.get_arguments()
                        .any(|a| a.get_id() == t.id && !a.is_hide_set()),
                    "texts for `{name} {}`, which is no visible argument",
                    t.id
                );
            }
        }
        for t in texts::COMMANDS_TEXTS {
            assert!(
                root.find_subcommand(t.name).is_some(),
                "texts for a command `{}` that does not exist",
                t.name
            );
        }
    }

    #[test]
    fn the_help_shows_every_command_and_every_flag_in_both_languages() {
        for lang in [Lang::Sv, Lang::En] {
            let all = commands(lang);
            let root_help = all[0].clone().render_help().to_string();
            for sub in &all[1..] {
                assert!(
                    root_help.contains(&format!("\n  {} ", sub.get_name())),
                    "{lang:?}: `{}` missing in\n{root_help}",
                    sub.get_name()
                );
            }
            for cmd in &all {
                let help = cmd.clone().render_help().to_string();
                for arg in cmd.get_arguments().filter(|a| !a.is_hide_set()) {
                    let shown = match (arg.get_long(), arg.get_value_names()) {
                        (Some(long), _) => format!("--{long}"),
                        (None, Some(names)) => names[0].to_string(),
                        (None, None) => unreachable!("{:?}", arg.get_id()),
                    };
                    assert!(
                        help.contains(&shown),
                        "{lang:?}: {shown} missing in\n{help}"
                    );
                }
                assert!(help.contains("-h, --help"), "{help}");
            }
        }
    }

    /// The words of a help outside flag names, value names and `code`.
    fn prose_words(help: &str) -> Vec<String> {
        help.split_whitespace()
            .filter(|w| !w.starts_with('-') && !w.starts_with('<') && !w.starts_with('`'))
            .map(|w| {
                w.trim_matches(|c: char| !c.is_alphanumeric())
                    .to_lowercase()
            })
            .filter(|w| !w.is_empty() && w.chars().any(char::is_alphabetic))
            .collect()
    }

    #[test]
    fn swedish_help_has_no_english_words_and_english_help_no_swedish_ones() {
        const ENGLISH: &[&str] = &[
            "the",
            "of",
            "and",
            "to",
            "with",
            "for",
            "a",
            "an",
            "is",
            "or",
            "from",
            "this",
            "default",
            "values",
            "usage",
            "options",
            "arguments",
            "commands",
            "print",
            "help",
            "shows",
            "environment",
            "possible",
            "folder",
            "file",
            "date",
            "days",
            "role",
        ];
        const SWEDISH: &[&str] = &[
            "och",
            "för",
            "som",
            "eller",
            "i",
            "på",
            "med",
            "av",
            "till",
            "den",
            "det",
            "inte",
            "bara",
            "också",
            "även",
            "värden",
            "användning",
            "flaggor",
            "kommandon",
            "miljövariabel",
            "mappen",
            "visar",
            "dagar",
            "datum",
            "roll",
            "annars",
        ];
        for (lang, foreign) in [(Lang::Sv, ENGLISH), (Lang::En, SWEDISH)] {
            let all = commands(lang);
            let names: Vec<&str> = all.iter().map(|c| c.get_name()).collect();
            for cmd in &all {
                let help = cmd.clone().render_help().to_string();
                let found: Vec<String> = prose_words(&help)
                    .into_iter()
                    .filter(|w| foreign.contains(&w.as_str()) && !names.contains(&w.as_str()))
                    .collect();
                assert!(
                    found.is_empty(),
                    "{lang:?} help of `{}` has {found:?}:\n{help}",
                    cmd.get_name()
                );
                // "standard" is a word in both.
                let heading = lang.pick("[default:", "[standard:");
                assert!(!help.contains(heading), "{lang:?}: {heading} in\n{help}");
            }
        }
    }

    #[test]
    fn the_language_is_found_before_parsing() {
        let scan = |args: &[&str]| scan(&argv(args), None);
        assert_eq!(scan(&["check"]), Lang::Sv);
        assert_eq!(scan(&["check", "--lang", "en"]), Lang::En);
        assert_eq!(scan(&["--lang=en", "chekc"]), Lang::En);
        assert_eq!(scan(&["--lang", "en", "check", "--lang", "sv"]), Lang::Sv);
        assert_eq!(scan(&["--lang", "xx"]), Lang::Sv);
        assert_eq!(scan(&["new", "rutin", "--", "--lang", "en"]), Lang::Sv);
        // LSK_LANG when the arguments do not say.
        assert_eq!(super::scan(&argv(&["check"]), Some("en")), Lang::En);
        assert_eq!(
            super::scan(&argv(&["check", "--lang=sv"]), Some("en")),
            Lang::Sv
        );
        assert_eq!(super::scan(&argv(&["check"]), Some("fr")), Lang::Sv);
    }

    fn swedish_error(args: &[&str]) -> String {
        let err = command(Lang::Sv)
            .try_get_matches_from(argv(args))
            .expect_err("an error");
        swedish(&err)
    }

    #[test]
    fn clap_errors_in_swedish() {
        let e = swedish_error(&["chekc"]);
        assert!(e.starts_with("fel: okänt kommando 'chekc'"), "{e}");
        assert!(
            e.contains("tips: det finns liknande kommandon: 'schema', 'check'"),
            "{e}"
        );
        assert!(e.contains("Användning: lsk [FLAGGOR] <KOMMANDO>"), "{e}");
        let e = swedish_error(&["check", "--formt", "json"]);
        assert!(e.contains("oväntat argument '--formt'"), "{e}");
        assert!(
            e.contains("det finns en liknande flagga: '--format'"),
            "{e}"
        );
        let e = swedish_error(&["check", "--format", "jsn"]);
        assert!(
            e.contains("ogiltigt värde 'jsn' för '--format <FORMAT>'"),
            "{e}"
        );
        assert!(
            e.contains("[möjliga värden: human, json, sarif, github, gitlab]"),
            "{e}"
        );
        assert!(e.contains("det finns ett liknande värde: 'json'"), "{e}");
        let e = swedish_error(&["report"]);
        assert!(
            e.contains("följande måste anges:\n  --year <ÅR>\n  <BERÄTTELSE>"),
            "{e}"
        );
        let e = swedish_error(&["check", "--json", "--format", "human"]);
        assert!(
            e.contains("'--json' kan inte användas tillsammans med '--format <FORMAT>'"),
            "{e}"
        );
        let e = swedish_error(&["check", "--deny-warnings", "--deny-warnings"]);
        assert!(
            e.contains("'--deny-warnings' kan bara anges en gång"),
            "{e}"
        );
        let e = swedish_error(&["check", "--format"]);
        assert!(
            e.contains("'--format <FORMAT>' behöver ett värde men fick inget"),
            "{e}"
        );
        for e in [
            swedish_error(&["chekc"]),
            swedish_error(&["check", "--formt"]),
            swedish_error(&["report"]),
        ] {
            assert!(
                !e.contains("error") && !e.contains("Usage") && !e.contains("tip:"),
                "{e}"
            );
            assert!(e.ends_with("Mer hjälp får du med '--help'."), "{e}");
        }
    }

    #[test]
    fn clap_hints_in_swedish() {
        assert_eq!(
            tip("to pass '--x' as a value, use '-- --x'").as_deref(),
            Some("för att ge '--x' som ett värde, skriv '-- --x'")
        );
        assert_eq!(
            tip("'lsk check --format' exists").as_deref(),
            Some("'lsk check --format' finns")
        );
        assert_eq!(
            tip("subcommand 'check' exists; to use it, remove the '--' before it").as_deref(),
            Some("kommandot 'check' finns; ta bort '--' före det för att använda det")
        );
        assert_eq!(tip("something new"), None);
    }
}
