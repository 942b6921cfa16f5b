//! `lsk rules [SÖKVÄG] [--format human|json]`

use std::process::ExitCode;

use lsk::rules::{effective_severity, registry};

use super::{Common, Place, format_or_json};

#[derive(Clone, Copy, clap::ValueEnum)]
enum Format {
    Human,
    Json,
}

#[derive(clap::Args)]
pub struct Args {
    #[command(flatten)]
    place: Place,
    #[arg(long, value_enum, default_value = "human")]
    format: Format,
    #[arg(long, hide = true, conflicts_with = "format")]
    json: bool,
}

pub fn run(args: Args, common: &Common) -> ExitCode {
    let path = args.place.path();
    let config =
        lsk::load::find_root(&path).and_then(|root| lsk::check::read_config(&root, None).ok());
    let lang = common
        .lang
        .or(config.as_ref().map(|c| c.lang))
        .unwrap_or_default();
    let rows: Vec<_> = registry()
        .all()
        .iter()
        .map(|r| {
            let m = r.meta();
            let effective = match &config {
                Some(c) => effective_severity(c, m).map_or("off", |s| s.as_str()),
                None => m.severity.as_str(),
            };
            (m, effective)
        })
        .collect();
    if let Format::Json = format_or_json(args.format, args.json, Format::Json) {
        let list: Vec<_> = rows
            .iter()
            .map(|(m, eff)| {
                serde_json::json!({
                    "code": m.code,
                    "name": m.name,
                    "default": m.severity.as_str(),
                    "effective": eff,
                    "basis": m.basis,
                    "summary": m.summary(),
                })
            })
            .collect();
        outln!("{}", serde_json::to_string_pretty(&list).expect("json"));
        return ExitCode::SUCCESS;
    }
    let (code, name, default, effective, basis) = lang.pick(
        ("kod", "namn", "standard", "gäller", "grund"),
        ("code", "name", "default", "in force", "basis"),
    );
    outln!("{code:<7} {name:<31} {default:<8} {effective:<8} {basis}");
    for (m, eff) in rows {
        outln!(
            "{:<7} {:<31} {:<8} {:<8} {}",
            m.code,
            m.name,
            m.severity.as_str(),
            eff,
            m.basis
        );
    }
    ExitCode::SUCCESS
}
