//! The yearly reports: `kvalitetsberättelse` and `patientsäkerhetsberättelse`, built from the
//! repository (documents and git history) for one year, with one renderer per format in [`crate::output::report`].

pub mod figures;
pub mod model;
pub mod patient_safety;
pub mod quality;

pub use model::{Block, Chart, Fact, Report, Row, Section, Series, Source, Table};
