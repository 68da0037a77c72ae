mod error_notice;
mod field_error;
mod form_field;
mod leader_fields;
mod message;
mod partners_panel;
mod pledge_form;
mod revision_content;
mod site_header;

pub use error_notice::ErrorNotice;
pub use field_error::FieldError;
pub use form_field::{IssueFor, TextArea, TextField, issues_of, stash_of, stashed};
pub use leader_fields::{LeaderFields, LeaderFieldsIn};
pub use message::message;
pub use partners_panel::{PartnerActions, PartnersPanel};
pub use pledge_form::PledgeForm;
pub use revision_content::RevisionContent;
pub use site_header::SiteHeader;
