//! Pledges as organisations make them: drafts and revisions, the partners on a joint pledge,
//! the reads behind the pledge pages, and every state change (through `pledge_lifecycle`).
pub mod editing;
pub mod exchange_rates;
mod form_saves;
pub mod participants;
pub mod reads;
pub mod records;
pub mod service;
pub(crate) mod transitions;
