//! `lsk krav [PATH]`: the SOSFS 2011:9 catalogue and, inside a repository, the documents
//! whose `uppfyller` covers each paragraph.

use std::path::PathBuf;
use std::process::ExitCode;

use lsk::model::krav::catalogue;
use lsk::model::{Area, Status};

use super::{Common, fail, path_or_current};

#[derive(clap::Args)]
pub struct Args {
    /// A folder in the repository; outside one, only the catalogue is listed.
    path: Option<PathBuf>,
    /// Output as JSON.
    #[arg(long)]
    json: bool,
    #[command(flatten)]
    common: Common,
}

struct Cover {
    id: String,
    file: String,
    status: Status,
}

pub fn run(args: Args) -> ExitCode {
    let path = path_or_current(args.path);
    let lang = args.common.lang.unwrap_or_default();
    let loaded = match lsk::load::find_root(&path) {
        Some(_) => match lsk::check::load(&path, &args.common.options()) {
            Ok((_, loaded)) => Some(loaded),
            Err(e) => return fail(e, lang),
        },
        None => None,
    };
    let areas: Option<Vec<Area>> = loaded.as_ref().map(|l| l.repo.config.areas.clone());
    let rows: Vec<_> = catalogue()
        .iter()
        .map(|req| {
            let covers: Vec<Cover> = loaded
                .iter()
                .flat_map(|l| l.repo.documents.iter().map(move |d| (l, d)))
                .filter(|(_, d)| d.header.fulfils.iter().any(|p| *p.value.0 == *req))
                .map(|(l, d)| Cover {
                    id: d.id().to_string(),
                    file: l.repo.file_of(d).path.clone(),
                    status: d.status(),
                })
                .collect();
            let applies = areas
                .as_ref()
                .is_none_or(|a| a.iter().any(|&x| req.areas.applies_to(x)));
            (req, applies, covers)
        })
        .collect();
    if args.json {
        let list: Vec<_> = rows
            .iter()
            .map(|(req, applies, covers)| {
                serde_json::json!({
                    "paragraf": req.reference(),
                    "rubrik": req.heading,
                    "innebörd": req.paraphrase,
                    "verksamhet": match req.areas {
                        lsk::model::krav::Areas::All => vec!["alla".to_string()],
                        lsk::model::krav::Areas::Only(a) => a.iter().map(|x| x.to_string()).collect(),
                    },
                    "gäller": applies,
                    "kontrolleras_av": req.checked_by,
                    "källa": req.source,
                    "uppfylls_av": covers.iter().map(|c| serde_json::json!({
                        "id": c.id, "fil": c.file, "status": c.status.as_str(),
                    })).collect::<Vec<_>>(),
                })
            })
            .collect();
        outln!("{}", serde_json::to_string_pretty(&list).expect("json"));
        return ExitCode::SUCCESS;
    }
    outln!("# Kravkatalog: SOSFS 2011:9\n");
    let mut chapter = 0;
    for (req, applies, covers) in rows {
        if req.chapter != chapter {
            chapter = req.chapter;
            outln!("## {} kap.\n", chapter);
        }
        let scope = match req.areas {
            lsk::model::krav::Areas::All => String::new(),
            lsk::model::krav::Areas::Only(a) => format!(
                " (gäller {})",
                a.iter().map(|x| x.as_str()).collect::<Vec<_>>().join(", ")
            ),
        };
        outln!("### {} {}{}", req.reference(), req.heading, scope);
        outln!("{}", req.paraphrase);
        if !req.checked_by.is_empty() {
            outln!("Kontrolleras av: {}", req.checked_by.join(", "));
        }
        if loaded.is_some() {
            if !applies {
                outln!("Gäller inte verksamheten.");
            } else if covers.is_empty() {
                outln!("Uppfylls av: inget dokument.");
            } else {
                let list: Vec<String> = covers
                    .iter()
                    .map(|c| match c.status {
                        Status::InForce => format!("{} ({})", c.id, c.file),
                        other => format!("{} ({}, {})", c.id, c.file, other),
                    })
                    .collect();
                outln!("Uppfylls av: {}", list.join("; "));
            }
        }
        outln!();
    }
    ExitCode::SUCCESS
}
