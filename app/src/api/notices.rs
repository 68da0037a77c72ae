//! A reviewer's choice of how to hear of pledges waiting for review (the account page).
use leptos::prelude::*;

use crate::domain::PledgeMail;
use crate::error::AppError;

/// The reviewer's current choice; refused to accounts that review nothing.
#[server(endpoint = "pledge_mail_choice")]
pub async fn pledge_mail_choice() -> Result<PledgeMail, AppError> {
    use crate::ssr::{context, review::digest};
    let who = context::require_user().await?;
    let ctx = context::server_context()?;
    digest::preference(&ctx.db, &who).await
}

#[server(endpoint = "set_pledge_mail")]
pub async fn set_pledge_mail(choice: String) -> Result<(), AppError> {
    use crate::ssr::{context, review::digest};
    let who = context::require_user().await?;
    let choice = PledgeMail::parse(&choice).ok_or_else(|| {
        AppError::Validation(vec![crate::domain::FieldIssue::new("choice", "choice")])
    })?;
    let ctx = context::server_context()?;
    digest::set_preference(&ctx.db, &who, choice).await?;
    super::respond::redirect_local("/account?notices=1")
}
