//! The marketplace: opportunities (list, page, ITU's form), sign-ons and co-signers on public
//! pledges, reports of a problem, the reviewers' desks for both, organisation profiles, and the
//! admins' list of reviewers who may post opportunities.
mod opportunity_form;
mod opportunity_list;
mod opportunity_page;
mod parts;
mod posters;
mod profile;
mod report_form;
mod review_desks;
mod sign_on;

pub use opportunity_form::OpportunityFormPage;
pub use opportunity_list::OpportunitiesPage;
pub use opportunity_page::OpportunityPage;
pub use parts::{OrgName, SuggestionList};
pub use posters::OpportunityPostersPage;
pub use profile::OrganisationProfilePage;
pub use report_form::ReportForm;
pub use review_desks::{ReportQueuePage, SignOnQueuePage};
pub use sign_on::{CoSigners, SignOnSection};
