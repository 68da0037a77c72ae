//! Reference data: the fixed vocabularies of the coalition, and the country table (data, not code).
mod code_enum;
pub(crate) use code_enum::code_enum as code_enum_for_lifecycle;
pub mod countries;
mod frameworks;
mod pledge_terms;
mod stakeholders;

pub use countries::{Country, CountryTable, CountryTableError};
pub use frameworks::{KapPriority, Sdg};
pub use pledge_terms::{BenefitLevel, CountryGroup, FocusArea, PledgeType};
pub use stakeholders::{ItuRegion, StakeholderType};
