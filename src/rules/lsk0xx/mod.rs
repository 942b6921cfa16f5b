//! LSK0xx — files and syntax. All but LSK006 and LSK008 are found while loading.

mod duplicate_id;
mod invalid_suppression;
mod invalid_value;
mod missing_field;
mod parse_error;
mod unknown_field;
mod unknown_type;
mod unreadable_file;

pub use duplicate_id::DuplicateId;
pub use invalid_suppression::InvalidSuppression;
pub use invalid_value::InvalidValue;
pub use missing_field::MissingField;
pub use parse_error::ParseError;
pub use unknown_field::UnknownField;
pub use unknown_type::UnknownType;
pub use unreadable_file::UnreadableFile;

use super::{Rule, RuleMeta};

pub const PARSE_ERROR: &RuleMeta = &ParseError::META;
pub const UNKNOWN_TYPE: &RuleMeta = &UnknownType::META;
pub const UNKNOWN_FIELD: &RuleMeta = &UnknownField::META;
pub const MISSING_FIELD: &RuleMeta = &MissingField::META;
pub const INVALID_VALUE: &RuleMeta = &InvalidValue::META;
pub const UNREADABLE_FILE: &RuleMeta = &UnreadableFile::META;

pub(super) const RULES: &[&dyn Rule] = &[
    &ParseError,
    &UnknownType,
    &UnknownField,
    &MissingField,
    &InvalidValue,
    &DuplicateId,
    &UnreadableFile,
    &InvalidSuppression,
];
