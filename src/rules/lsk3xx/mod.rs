//! LSK3xx — the systematic improvement work (SOSFS 2011:9 5–7 kap.) and its yearly rhythm.
//! Documents with `status: upphävd` do not count.

mod action_overdue;
mod action_without_effect;
mod collaboration_not_followed_up;
mod follow_up_period_missing;
mod high_risk_unhandled;
mod requirement_not_covered;
mod risk_analysis_missing;
mod self_inspection_missed;
mod too_few_quality_councils;

pub use action_overdue::ActionOverdue;
pub use action_without_effect::ActionWithoutEffect;
pub use collaboration_not_followed_up::CollaborationNotFollowedUp;
pub use follow_up_period_missing::FollowUpPeriodMissing;
pub use high_risk_unhandled::HighRiskUnhandled;
pub use requirement_not_covered::RequirementNotCovered;
pub use risk_analysis_missing::RiskAnalysisMissing;
pub use self_inspection_missed::SelfInspectionMissed;
pub use too_few_quality_councils::TooFewQualityCouncils;

use super::Rule;

pub(super) const RULES: &[&dyn Rule] = &[
    &RiskAnalysisMissing,
    &HighRiskUnhandled,
    &ActionOverdue,
    &ActionWithoutEffect,
    &SelfInspectionMissed,
    &TooFewQualityCouncils,
    &CollaborationNotFollowedUp,
    &FollowUpPeriodMissing,
    &RequirementNotCovered,
];
