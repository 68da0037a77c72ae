//! What server functions read from the request context: the database, settings, and who is asking.
use std::sync::Arc;

use leptos::prelude::use_context;
use sea_orm::DatabaseConnection;

use super::accounts::auth;
use super::rate_limit::{ClientAddr, RateLimits};
use crate::domain::SessionUser;
use crate::error::AppError;

#[derive(Clone, Debug)]
pub struct AuthSettings {
    /// Mark cookies `Secure` and use the `__Host-` prefix (set when the site is served over HTTPS).
    pub secure_cookies: bool,
    pub session_days: i64,
}

/// Provided to every Leptos render and server function by the server binary.
#[derive(Clone)]
pub struct ServerContext {
    pub db: DatabaseConnection,
    pub auth: Arc<AuthSettings>,
    pub limits: Arc<RateLimits>,
    /// Where people reach the site (`https://p2c.itu.int`): the start of every link in an e-mail.
    pub public_url: Arc<str>,
    /// Signed letters of intent: outside the web root, served only to their organisation and ITU.
    pub letters_dir: Arc<std::path::Path>,
    /// Progress evidence files: outside the web root, served after the reader is checked.
    pub evidence_dir: Arc<std::path::Path>,
    /// Financial pledges worth at least this (in US cents) need a second reviewer's approval.
    pub four_eyes_usd_cents: i64,
}

pub fn server_context() -> Result<ServerContext, AppError> {
    use_context::<ServerContext>()
        .ok_or_else(|| super::errors::internal("server context", "ServerContext was not provided"))
}

fn request_parts() -> Option<http::request::Parts> {
    use_context::<http::request::Parts>()
}

/// The session token from the request's cookie, if there is one.
pub fn current_session_token() -> Option<String> {
    let ctx = use_context::<ServerContext>()?;
    let parts = request_parts()?;
    crate::cookies::cookie_value(&parts.headers, ctx.auth.cookie_name()).map(str::to_owned)
}

/// The client's address as the server's edge learnt it (the TCP peer, or the trusted proxy's
/// header); requests without one share a single allowance.
pub fn client_addr() -> ClientAddr {
    request_parts()
        .and_then(|parts| parts.extensions.get::<ClientAddr>().copied())
        .unwrap_or(ClientAddr::UNKNOWN)
}

/// Whether the request is a plain HTML form post (no JavaScript), which is answered by a redirect.
pub fn is_plain_form_post() -> bool {
    request_parts().is_some_and(|parts| {
        parts
            .headers
            .get(http::header::ACCEPT)
            .and_then(|v| v.to_str().ok())
            .is_some_and(|v| v.contains("text/html"))
    })
}

pub async fn current_user() -> Result<Option<SessionUser>, AppError> {
    let ctx = server_context()?;
    match current_session_token() {
        Some(token) => auth::user_for_token(&ctx.db, &token).await,
        None => Ok(None),
    }
}

pub async fn require_user() -> Result<SessionUser, AppError> {
    current_user().await?.ok_or(AppError::NotSignedIn)
}
