//! Server-only code: database, services, sessions. Compiled only with the `ssr` feature.
pub mod auth;
pub mod context;
pub mod entity;
mod errors;
pub mod form_stash;
mod local_path;
pub mod pledge_service;
mod pledge_transitions;
pub mod rate_limit;
pub mod seed;

pub use context::{AuthSettings, ServerContext};
pub use local_path::safe_local_path;
