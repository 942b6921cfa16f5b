//! The yearly reports: `kvalitetsberättelse` and `patientsäkerhetsberättelse`, built from the
//! repository (documents and git history) for one year, with one renderer per format in [`crate::output::report`].

pub mod figures;
pub mod model;
pub mod patient_safety;
pub mod quality;
pub mod sections;

pub use model::{Block, Chart, Fact, Report, Row, Section, Series, Source, Table};

/// The personnummer and samordningsnummer in the repository (LSK401, whatever its
/// severity in `lsk.yaml`): a report is not written while there are any.
pub fn personal_data(repo: &crate::model::Repository) -> Vec<crate::diagnostic::Diagnostic> {
    use crate::rules::{FileContext, Rule};
    use rayon::prelude::*;
    // The files in parallel, the findings in their order.
    let per_file: Vec<Vec<crate::diagnostic::Diagnostic>> = repo
        .files
        .par_iter()
        .zip(repo.document_per_file())
        .map(|(file, document)| {
            let cx = FileContext {
                config: &repo.config,
                lang: repo.config.lang,
                file,
                document,
            };
            let mut found = Vec::new();
            crate::rules::lsk4xx::PersonalIdentityNumber.check_file(&cx, &mut found);
            found
        })
        .collect();
    per_file.into_iter().flatten().collect()
}
