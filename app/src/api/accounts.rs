use leptos::prelude::*;

use crate::domain::{
    ChangeEmailInput, ChangePasswordInput, EmailInput, OrganisationSummary, RegistrationInput,
    ResetPasswordInput, VerifyEmailInput,
};
use crate::error::AppError;

/// The stash name of the registration form (kept without its password).
#[cfg(feature = "ssr")]
const REGISTRATION_FORM: &str = "registration";

#[server(endpoint = "register")]
pub async fn register(input: RegistrationInput) -> Result<(), AppError> {
    use super::respond::{redirect_local, refused};
    use crate::ssr::{accounts::registrations, context};

    let ctx = context::server_context()?;
    match registrations::register(&ctx, &input).await {
        Ok(_) => redirect_local("/register?done=1"),
        Err(e) => Err(refused(e, REGISTRATION_FORM, None, &input.without_password()).await),
    }
}

/// What a browser without JavaScript typed into the registration form before it was refused.
#[server(endpoint = "stashed_registration")]
pub async fn stashed_registration(id: String) -> Result<Option<RegistrationInput>, AppError> {
    use crate::ssr::{context, form_stash};
    let ctx = context::server_context()?;
    form_stash::get(&ctx.db, REGISTRATION_FORM, None, &id).await
}

/// Organisations a newcomer may ask to join.
#[server(endpoint = "joinable_organisations")]
pub async fn joinable_organisations() -> Result<Vec<OrganisationSummary>, AppError> {
    let ctx = crate::ssr::context::server_context()?;
    crate::ssr::coalition::organisations::joinable(&ctx.db).await
}

/// Confirms a registration: the token from the link and the password chosen at registration.
#[server(endpoint = "verify_email")]
pub async fn verify_email(input: VerifyEmailInput) -> Result<(), AppError> {
    use crate::ssr::{accounts::registrations, context};
    let ctx = context::server_context()?;
    registrations::confirm(&ctx, &input, context::client_addr()).await?;
    super::respond::redirect_local("/login?verified=1")
}

#[server(endpoint = "resend_verification")]
pub async fn resend_verification(input: EmailInput) -> Result<(), AppError> {
    use crate::ssr::{accounts::registrations, context};
    valid(&input)?;
    let ctx = context::server_context()?;
    registrations::resend_link(&ctx, &input.email).await?;
    super::respond::redirect_local("/verify?sent=1")
}

#[server(endpoint = "forgot_password")]
pub async fn forgot_password(input: EmailInput) -> Result<(), AppError> {
    use crate::ssr::{accounts, context};
    valid(&input)?;
    let ctx = context::server_context()?;
    accounts::request_password_reset(&ctx, &input.email).await?;
    super::respond::redirect_local("/password/forgot?sent=1")
}

#[server(endpoint = "reset_password")]
pub async fn reset_password(input: ResetPasswordInput) -> Result<(), AppError> {
    use crate::ssr::{accounts, context};
    let ctx = context::server_context()?;
    accounts::reset_password(&ctx, &input).await?;
    super::respond::redirect_local("/login?reset=1")
}

#[server(endpoint = "change_password")]
pub async fn change_password(input: ChangePasswordInput) -> Result<(), AppError> {
    use crate::ssr::{accounts, context};
    let who = context::require_user().await?;
    let ctx = context::server_context()?;
    let current = context::current_session_token();
    let from = context::client_addr();
    accounts::change_password(&ctx, &who, current.as_deref(), &input, from).await?;
    super::respond::redirect_local("/account?password=1")
}

#[server(endpoint = "change_email")]
pub async fn change_email(input: ChangeEmailInput) -> Result<(), AppError> {
    use crate::ssr::{accounts, context};
    let who = context::require_user().await?;
    let ctx = context::server_context()?;
    accounts::request_email_change(&ctx, &who, &input, context::client_addr()).await?;
    super::respond::redirect_local("/account?email=1")
}

#[server(endpoint = "confirm_email")]
pub async fn confirm_email(token: String) -> Result<(), AppError> {
    use crate::ssr::{accounts, context};
    let ctx = context::server_context()?;
    accounts::confirm_email_change(&ctx, &token).await?;
    super::respond::redirect_local("/account?email_changed=1")
}

#[cfg(feature = "ssr")]
fn valid(input: &impl validator::Validate) -> Result<(), AppError> {
    let issues = crate::domain::flat_issues(input);
    if issues.is_empty() {
        Ok(())
    } else {
        Err(AppError::Validation(issues))
    }
}
