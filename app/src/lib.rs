//! The Partner2Connect application: domain types, pages and server functions, shared by the
//! server (feature `ssr`) and the browser (feature `hydrate`).
#![recursion_limit = "256"]

pub mod api;
pub mod cookies;
pub mod domain;
pub mod error;
pub mod event_lifecycle;
pub mod i18n;
pub mod leader_lifecycle;
pub mod letter_lifecycle;
pub mod marketplace_lifecycle;
pub mod organisation_lifecycle;
pub mod pledge_lifecycle;
pub mod pledge_text;
pub mod progress_lifecycle;
pub mod reference;
pub mod ui;

#[cfg(feature = "ssr")]
pub mod ssr;

pub use ui::{App, shell};

#[cfg(feature = "ssr")]
pub fn ssr_internal(what: &str, cause: impl std::fmt::Display) -> error::AppError {
    tracing::error!(error = %cause, "{what}");
    error::AppError::Internal
}
