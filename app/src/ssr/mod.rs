//! Server-only code: database, services, sessions. Compiled only with the `ssr` feature.
pub mod accounts;
pub mod audit;
pub mod bulk_seed;
pub mod coalition;
pub mod compendium;
pub mod context;
pub mod entity;
mod errors;
pub mod events;
pub mod exports;
pub mod form_stash;
mod local_path;
pub mod mail;
pub mod marketplace;
mod paging;
pub mod pledges;
pub mod progress;
pub mod rate_limit;
pub mod review;
pub mod seed;
pub mod uploads;
mod write_txn;

pub use context::{AuthSettings, ServerContext};
pub use review::notices::Notify;

pub use local_path::safe_local_path;
pub(crate) use write_txn::write_txn;
