//! `samverkan`: a collaboration agreement (4 kap. samverkan).

use super::{Date, Id};
use crate::model::decode::Spanned;
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

impl Agreement {
    /// Months between follow-ups; default 12.
    pub fn interval_months(&self) -> u32 {
        self.follow_up_months.as_ref().map_or(12, |m| m.value)
    }

    /// When the next follow-up is due, if the agreement has been followed up.
    pub fn next_follow_up(&self) -> Option<Date> {
        let last = self.last_followed_up.as_ref()?;
        Some(last.value.add_months(self.interval_months() as i32))
    }
}
