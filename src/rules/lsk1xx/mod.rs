//! LSK1xx — the management system's structure (SOSFS 2011:9 3–4 kap.).

mod activity_without_responsible;
mod activity_without_routine;
mod bad_process_hierarchy;
mod no_collaboration_identified;
mod no_responsibility_document;
mod orphan_routine;
mod process_without_activities;
mod process_without_owner;
mod process_without_requirements;
mod reference_to_inactive;
mod references;
mod required_function_missing;
mod role_without_duties;
mod routine_missing_section;
mod scope_outside_service;
mod unknown_reference;

pub use activity_without_responsible::ActivityWithoutResponsible;
pub use activity_without_routine::ActivityWithoutRoutine;
pub use bad_process_hierarchy::BadProcessHierarchy;
pub use no_collaboration_identified::NoCollaborationIdentified;
pub use no_responsibility_document::NoResponsibilityDocument;
pub use orphan_routine::OrphanRoutine;
pub use process_without_activities::ProcessWithoutActivities;
pub use process_without_owner::ProcessWithoutOwner;
pub use process_without_requirements::ProcessWithoutRequirements;
pub use reference_to_inactive::ReferenceToInactive;
pub use required_function_missing::RequiredFunctionMissing;
pub use role_without_duties::RoleWithoutDuties;
pub use routine_missing_section::RoutineMissingSection;
pub use scope_outside_service::ScopeOutsideService;
pub use unknown_reference::UnknownReference;

use super::Rule;

pub(super) const RULES: &[&dyn Rule] = &[
    &UnknownReference,
    &ProcessWithoutActivities,
    &ActivityWithoutResponsible,
    &ActivityWithoutRoutine,
    &OrphanRoutine,
    &RoutineMissingSection,
    &BadProcessHierarchy,
    &RoleWithoutDuties,
    &RequiredFunctionMissing,
    &NoResponsibilityDocument,
    &ProcessWithoutOwner,
    &NoCollaborationIdentified,
    &ProcessWithoutRequirements,
    &ReferenceToInactive,
    &ScopeOutsideService,
];
