//! Reference data: the fixed vocabularies of the coalition, and the country table (data, not code).
mod code_enum;
pub(crate) use code_enum::code_enum as code_enum_for_lifecycle;
mod constituencies;
pub mod countries;
mod country_names;
mod currencies;
mod frameworks;
mod pledge_terms;
mod six_names;
mod stakeholders;

pub use constituencies::Constituency;
pub use countries::{Country, CountryTable, CountryTableError, Membership};
pub use country_names::country_name;
pub use currencies::{Currency, currencies, currency, currency_name};
pub use frameworks::{KapPriority, Sdg};
pub use pledge_terms::{BenefitLevel, CountryGroup, FocusArea, PledgeType};
pub use stakeholders::{ItuRegion, StakeholderType};
