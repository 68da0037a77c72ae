//! What server functions read from the request context: the database and the signed-in user.
use std::sync::Arc;

use leptos::prelude::use_context;
use sea_orm::DatabaseConnection;

use super::auth::{self, SESSION_COOKIE};
use crate::domain::SessionUser;
use crate::error::AppError;

#[derive(Clone, Debug)]
pub struct AuthSettings {
    /// Mark cookies `Secure` (set when the site is served over HTTPS).
    pub secure_cookies: bool,
    pub session_days: i64,
}

/// Provided to every Leptos render and server function by the server binary.
#[derive(Clone, Debug)]
pub struct ServerContext {
    pub db: DatabaseConnection,
    pub auth: Arc<AuthSettings>,
}

pub fn server_context() -> Result<ServerContext, AppError> {
    use_context::<ServerContext>()
        .ok_or_else(|| super::errors::internal("server context", "ServerContext was not provided"))
}

fn session_token() -> Option<String> {
    let parts = use_context::<http::request::Parts>()?;
    crate::cookies::cookie_value(&parts.headers, SESSION_COOKIE).map(str::to_owned)
}

pub async fn current_user() -> Result<Option<SessionUser>, AppError> {
    let ctx = server_context()?;
    match session_token() {
        Some(token) => auth::user_for_token(&ctx.db, &token).await,
        None => Ok(None),
    }
}

pub async fn require_user() -> Result<SessionUser, AppError> {
    current_user().await?.ok_or(AppError::NotSignedIn)
}

pub fn current_session_token() -> Option<String> {
    session_token()
}
