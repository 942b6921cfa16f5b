//! LSK4xx — privacy.

mod personal_identity_number;

pub use personal_identity_number::PersonalIdentityNumber;

use super::Rule;

pub(super) const RULES: &[&dyn Rule] = &[&PersonalIdentityNumber];
