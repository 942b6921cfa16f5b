//! `lsk rules`

use std::path::PathBuf;
use std::process::ExitCode;

use lsk::rules::{effective_severity, registry};

#[derive(clap::Args)]
pub struct Args {
    /// A folder in a repository whose lsk.yaml sets severities (`regler`); default the
    /// current folder, if it is in one.
    path: Option<PathBuf>,
    /// Output as JSON.
    #[arg(long)]
    json: bool,
}

pub fn run(args: Args) -> ExitCode {
    let path = super::path_or_current(args.path);
    let config =
        lsk::load::find_root(&path).and_then(|root| lsk::check::read_config(&root, None).ok());
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
    if args.json {
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
    outln!(
        "{:<7} {:<31} {:<8} {:<8} grund",
        "kod",
        "namn",
        "standard",
        "gäller"
    );
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
