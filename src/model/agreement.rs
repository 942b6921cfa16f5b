//! `samverkan`: a collaboration agreement (4 kap. samverkan).

use super::{Date, Id};
use crate::load::decode::Spanned;
use crate::record;

record! {
    /// `typ: samverkan`: a collaboration agreement.
    pub struct Agreement {
        "part" party: Option<Spanned<String>> [required],
        "processer" processes: Vec<Spanned<Id>>,
        "senast_uppföljd" last_followed_up: Option<Spanned<Date>>,
        /// Months between follow-ups; default 12.
        "uppföljning_månader" follow_up_months: Option<Spanned<u32>>,
    }
}
