//! Server-only code: database, services, sessions. Compiled only with the `ssr` feature.
mod account_tokens;
pub mod accounts;
mod audit;
pub mod auth;
pub mod coalition;
pub mod context;
pub mod entity;
mod errors;
pub mod exchange_rates;
pub mod form_stash;
pub mod leaders;
pub mod letter_files;
pub mod letters;
mod local_path;
pub mod mail;
pub mod organisations;
pub mod participants;
pub mod pledge_editing;
pub mod pledge_reads;
pub mod pledge_service;
mod pledge_transitions;
pub mod rate_limit;
pub mod seed;
mod write_txn;

pub use context::{AuthSettings, ServerContext};
pub use local_path::safe_local_path;
pub(crate) use write_txn::write_txn;
