use leptos::prelude::*;

use crate::domain::{PledgeInput, PledgeRow, PublicPledge};
use crate::error::AppError;

#[server(endpoint = "published_pledges")]
pub async fn published_pledges() -> Result<Vec<PublicPledge>, AppError> {
    let ctx = crate::ssr::context::server_context()?;
    crate::ssr::pledge_service::published(&ctx.db).await
}

#[server(endpoint = "submit_pledge")]
pub async fn submit_pledge(input: PledgeInput) -> Result<i32, AppError> {
    use super::respond::redirect_local;
    use crate::domain::NewPledge;
    use crate::ssr::{context, form_stash, pledge_service};

    let user = context::require_user().await?;
    let ctx = context::server_context()?;
    let pledge = match NewPledge::try_from(input.clone()) {
        Ok(pledge) => pledge,
        Err(issues) => {
            // Without JavaScript the browser is sent back to the form, which is filled in again
            // from the stash; with JavaScript the page still holds what was typed.
            let stash = if context::is_plain_form_post() {
                Some(form_stash::put(&ctx.db, PLEDGE_FORM, Some(user.user_id), &input).await?)
            } else {
                None
            };
            return Err(AppError::InvalidForm { issues, stash });
        }
    };
    let id = pledge_service::submit_new(&ctx.db, &user, pledge).await?;
    redirect_local("/my/pledges?submitted=1")?;
    Ok(id)
}

/// The stash name of the pledge form.
#[cfg(feature = "ssr")]
const PLEDGE_FORM: &str = "pledge";

/// What the signed-in user typed into a pledge form the server refused (no-JavaScript path).
#[server(endpoint = "stashed_pledge_form")]
pub async fn stashed_pledge_form(id: String) -> Result<Option<PledgeInput>, AppError> {
    use crate::ssr::{context, form_stash};

    let user = context::require_user().await?;
    let ctx = context::server_context()?;
    form_stash::get(&ctx.db, PLEDGE_FORM, Some(user.user_id), &id).await
}

#[server(endpoint = "my_pledges")]
pub async fn my_pledges() -> Result<Vec<PledgeRow>, AppError> {
    use crate::ssr::{context, pledge_service};

    let user = context::require_user().await?;
    let ctx = context::server_context()?;
    pledge_service::for_organisation(&ctx.db, &user).await
}

#[server(endpoint = "review_queue")]
pub async fn review_queue() -> Result<Vec<PledgeRow>, AppError> {
    use crate::ssr::{context, pledge_service};

    let user = context::require_user().await?;
    let ctx = context::server_context()?;
    pledge_service::review_queue(&ctx.db, &user).await
}

#[server(endpoint = "approve_pledge")]
pub async fn approve_pledge(id: i32, version: i32) -> Result<(), AppError> {
    use crate::ssr::{context, pledge_service};

    let user = context::require_user().await?;
    let ctx = context::server_context()?;
    pledge_service::approve(&ctx.db, &user, id, version).await?;
    super::respond::redirect_local("/review?approved=1")
}
