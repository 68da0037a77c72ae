//! The public compendium: no sign-in, published pledges only (the read model holds nothing else).
use leptos::prelude::*;

use crate::domain::{CompendiumFilter, CompendiumPage, CompendiumStats, PublicPledge};
use crate::error::AppError;

#[server(endpoint = "compendium_list")]
pub async fn compendium_list(
    #[server(default)] filter: CompendiumFilter,
) -> Result<CompendiumPage, AppError> {
    let ctx = crate::ssr::context::server_context()?;
    crate::ssr::compendium::page(&ctx.db, &filter).await
}

#[server(endpoint = "compendium_totals")]
pub async fn compendium_totals(
    #[server(default)] filter: CompendiumFilter,
) -> Result<CompendiumStats, AppError> {
    let ctx = crate::ssr::context::server_context()?;
    crate::ssr::compendium::stats::stats(&ctx.db, &filter).await
}

#[server(endpoint = "published_pledge")]
pub async fn published_pledge(reference: String) -> Result<PublicPledge, AppError> {
    let ctx = crate::ssr::context::server_context()?;
    crate::ssr::compendium::by_ref(&ctx.db, &reference).await
}
