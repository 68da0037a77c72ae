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
    use crate::domain::NewPledge;
    use crate::ssr::{context, pledge_service};

    let user = context::require_user().await?;
    let pledge = NewPledge::try_from(input.clone()).map_err(|issues| AppError::InvalidPledge {
        issues,
        submitted: Box::new(input),
    })?;
    let ctx = context::server_context()?;
    let id = pledge_service::submit_new(&ctx.db, &user, pledge).await?;
    leptos_axum::redirect("/my/pledges?submitted=1");
    Ok(id)
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
    leptos_axum::redirect("/review?approved=1");
    Ok(())
}
