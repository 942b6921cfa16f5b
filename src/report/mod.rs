//! The yearly reports: `kvalitetsberättelse` and `patientsäkerhetsberättelse`, built from the
//! repository (documents and git history) for one year, with one renderer per format.

pub mod figures;
pub mod html;
pub mod json;
pub mod markdown;
pub mod model;
pub mod patient_safety;
pub mod quality;

pub use model::{Block, Chart, Fact, Report, Row, Section, Series, Source, Table};

/// An output format of a report.
pub trait Renderer {
    fn render(&self, report: &Report) -> String;
}
