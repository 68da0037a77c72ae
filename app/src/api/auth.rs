use leptos::prelude::*;

use crate::domain::{LoginInput, SessionUser};
use crate::error::AppError;

#[server(endpoint = "current_user")]
pub async fn current_user() -> Result<Option<SessionUser>, AppError> {
    crate::ssr::context::current_user().await
}

#[server(endpoint = "login")]
pub async fn login(input: LoginInput, next: Option<String>) -> Result<(), AppError> {
    use validator::Validate;

    use super::respond::{redirect_local, safe_local_path, set_cookie};
    use crate::ssr::{accounts::auth, context};

    input
        .validate()
        .map_err(|e| AppError::Validation(crate::domain::issues_from(&e)))?;
    let ctx = context::server_context()?;
    let previous = context::current_session_token();
    let from = context::client_addr();
    let token = auth::sign_in(
        &ctx,
        &input.email,
        &input.password,
        previous.as_deref(),
        from,
    )
    .await?;
    set_cookie(&ctx.auth.session_cookie(&token))?;
    let user = auth::user_for_token(&ctx.db, &token)
        .await?
        .ok_or(AppError::Internal)?;
    let home = if user.role.is_itu_staff() {
        "/review"
    } else {
        "/pledges/new"
    };
    redirect_local(&safe_local_path(next.as_deref()).unwrap_or_else(|| home.to_owned()))
}

#[server(endpoint = "logout")]
pub async fn logout() -> Result<(), AppError> {
    use super::respond::{redirect_local, set_cookie};
    use crate::ssr::{accounts::auth, context};

    let ctx = context::server_context()?;
    if let Some(token) = context::current_session_token() {
        auth::sign_out(&ctx.db, &token).await?;
    }
    set_cookie(&ctx.auth.expired_session_cookie())?;
    redirect_local("/")
}
