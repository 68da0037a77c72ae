//! Due diligence: the reviewers' queue and review page, holding a pledge, decisions, the
//! conversation, unpublishing and the audit log. Each function authenticates and calls a service.
use leptos::prelude::*;

use crate::domain::{AuditFilter, AuditPage, DecisionInput, QueueFilter, QueuePage, ReviewPage};
use crate::error::AppError;
use crate::pledge_lifecycle::PledgeStatus;

/// The stash name of the decision form (no-JavaScript path).
#[cfg(feature = "ssr")]
const DECISION_FORM: &str = "decision";

#[server(endpoint = "review_queue")]
pub async fn review_queue(#[server(default)] filter: QueueFilter) -> Result<QueuePage, AppError> {
    use crate::ssr::{context, review::desk};
    let user = context::require_user().await?;
    let ctx = context::server_context()?;
    desk::queue(&ctx.db, &user, &filter).await
}

#[server(endpoint = "review_pledge")]
pub async fn review_pledge(id: i32) -> Result<ReviewPage, AppError> {
    use crate::ssr::{context, review::page};
    let user = context::require_user().await?;
    let ctx = context::server_context()?;
    let locale = use_context::<http::request::Parts>()
        .map(|parts| crate::i18n::locale_from_headers(&parts.headers))
        .unwrap_or_default();
    page::page(&ctx.db, &user, id, locale, ctx.four_eyes_usd_cents).await
}

/// `claim`, `release` or `assign` (to `assignee`). Without JavaScript the browser returns to the
/// review page.
#[server(endpoint = "hold_pledge")]
pub async fn hold_pledge(
    id: i32,
    version: i32,
    action: String,
    assignee: Option<String>,
) -> Result<PledgeStatus, AppError> {
    use crate::pledge_lifecycle::PledgeAction;
    use crate::ssr::{context, review::desk};
    let user = context::require_user().await?;
    let ctx = context::server_context()?;
    let action = PledgeAction::parse(&action).ok_or_else(|| {
        AppError::Validation(vec![crate::domain::FieldIssue::new("action", "choice")])
    })?;
    let assignee = assignee.and_then(|a| a.trim().parse::<i32>().ok());
    let status = desk::hold(&ctx.db, &user, id, version, action, assignee, ctx.notify()).await?;
    super::respond::redirect_local(&format!("/review/{id}"))?;
    Ok(status)
}

/// Approve, request changes or reject, with the checklist.
#[server(endpoint = "decide_pledge")]
pub async fn decide_pledge(
    id: i32,
    #[server(default)] input: DecisionInput,
) -> Result<PledgeStatus, AppError> {
    use crate::ssr::{context, review::decisions};
    let user = context::require_user().await?;
    let ctx = context::server_context()?;
    match decisions::decide(&ctx, &user, id, &input).await {
        Ok(status) => {
            super::respond::redirect_local(&format!("/review/{id}?decided={}", status.code()))?;
            Ok(status)
        }
        Err(e) => Err(super::respond::refused(e, DECISION_FORM, Some(user.user_id), &input).await),
    }
}

/// The decision form a browser without JavaScript sent and the server refused.
#[server(endpoint = "stashed_decision")]
pub async fn stashed_decision(id: String) -> Result<Option<DecisionInput>, AppError> {
    use crate::ssr::{context, form_stash};
    let user = context::require_user().await?;
    let ctx = context::server_context()?;
    form_stash::get(&ctx.db, DECISION_FORM, Some(user.user_id), &id).await
}

#[server(endpoint = "unpublish_pledge")]
pub async fn unpublish_pledge(id: i32, version: i32, reason: String) -> Result<(), AppError> {
    use crate::ssr::{context, review::decisions};
    let user = context::require_user().await?;
    let ctx = context::server_context()?;
    decisions::unpublish(&ctx, &user, id, version, &reason).await?;
    super::respond::redirect_local(&format!("/review/{id}?decided=unpublished"))
}

/// A message in the pledge's conversation; `internal` (`yes`) keeps it among ITU reviewers.
#[server(endpoint = "post_pledge_message")]
pub async fn post_pledge_message(
    id: i32,
    body: String,
    internal: Option<String>,
    back: Option<String>,
) -> Result<i64, AppError> {
    use crate::ssr::{context, review::conversation};
    let user = context::require_user().await?;
    let ctx = context::server_context()?;
    let saved =
        conversation::post(&ctx, &user, id, &body, internal.as_deref() == Some("yes")).await?;
    let back = match back.as_deref() {
        Some("review") => format!("/review/{id}#conversation"),
        _ => format!("/my/pledges/{id}#conversation"),
    };
    super::respond::redirect_local(&back)?;
    Ok(saved)
}

#[server(endpoint = "pledge_thread")]
pub async fn pledge_thread(id: i32) -> Result<Vec<crate::domain::MessageView>, AppError> {
    use crate::ssr::{context, review::conversation};
    let user = context::require_user().await?;
    let ctx = context::server_context()?;
    conversation::thread(&ctx.db, &user, id).await
}

#[server(endpoint = "audit_log")]
pub async fn audit_log(#[server(default)] filter: AuditFilter) -> Result<AuditPage, AppError> {
    use crate::ssr::{audit::listing, context};
    let user = context::require_user().await?;
    let ctx = context::server_context()?;
    listing::page(&ctx.db, &user, &filter).await
}
