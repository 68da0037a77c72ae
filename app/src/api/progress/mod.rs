//! Progress after WTDC: the report form (a multipart post, with or without JavaScript), the
//! timeline, comments, ITU's light review, reporting cycles and reminder recipients. Each
//! function authenticates and calls a service in `ssr::progress`.
mod report_form;

use leptos::prelude::*;

use crate::domain::progress::{
    CycleView, DutyRow, ProgressDesk, PublicProgress, RecipientRow, ReportRow,
};
use crate::error::AppError;

pub use report_form::*;

#[cfg(feature = "ssr")]
fn today() -> chrono::NaiveDate {
    chrono::Utc::now().date_naive()
}

/// The report page of a pledge: the form's start, what is owed, and the timeline.
#[server(endpoint = "progress_desk")]
pub async fn report_desk(pledge_id: i32) -> Result<ProgressDesk, AppError> {
    use crate::ssr::{context, progress::filing};
    let who = context::require_user().await?;
    let ctx = context::server_context()?;
    filing::desk(&ctx, &who, pledge_id, today()).await
}

/// What the public reads of a pledge's progress (its permalink).
#[server(endpoint = "public_progress")]
pub async fn pledge_progress(reference: String) -> Result<PublicProgress, AppError> {
    use crate::ssr::{context, progress::timeline};
    let ctx = context::server_context()?;
    timeline::public(&ctx.db, &reference, today()).await
}

/// The organisation's published pledges and what each owes.
#[server(endpoint = "progress_duties")]
pub async fn progress_duties() -> Result<Vec<DutyRow>, AppError> {
    use crate::ssr::{context, progress::duties};
    let who = context::require_user().await?;
    let ctx = context::server_context()?;
    duties::of_organisation(&ctx.db, &who, today()).await
}

/// A comment on a filed report, by one of the pledge's organisations.
#[server(endpoint = "comment_progress")]
pub async fn comment_progress(
    pledge_id: i32,
    report_id: i32,
    body: String,
) -> Result<(), AppError> {
    use crate::ssr::{context, progress::comments};
    let who = context::require_user().await?;
    let ctx = context::server_context()?;
    comments::post(&ctx, &who, report_id, &body).await?;
    super::respond::redirect_local(&format!(
        "/my/pledges/{pledge_id}/progress#report-{report_id}"
    ))
}

/// ITU's list of reports to look at.
#[server(endpoint = "progress_review_queue")]
pub async fn progress_review_queue() -> Result<Vec<ReportRow>, AppError> {
    use crate::ssr::{context, progress::review};
    let who = context::require_user().await?;
    let ctx = context::server_context()?;
    review::queue(&ctx.db, &who).await
}

/// ITU accepts a report, asks for more, takes it down or restores it.
#[server(endpoint = "review_progress")]
pub async fn review_progress(
    report_id: i32,
    version: i32,
    action: String,
    #[server(default)] message: String,
) -> Result<(), AppError> {
    use crate::progress_lifecycle::ReportAction;
    use crate::ssr::{context, progress::review};
    let who = context::require_user().await?;
    let ctx = context::server_context()?;
    let action = ReportAction::parse(&action).ok_or_else(|| {
        AppError::Validation(vec![crate::domain::FieldIssue::new("action", "choice")])
    })?;
    review::act(&ctx, &who, report_id, action, Some(&message), version).await?;
    super::respond::redirect_local("/review/progress?done=1")
}

#[server(endpoint = "reporting_cycles")]
pub async fn reporting_cycles() -> Result<Vec<CycleView>, AppError> {
    use crate::ssr::{context, progress::cycles};
    context::require_user().await?;
    let ctx = context::server_context()?;
    Ok(cycles::all(&ctx.db)
        .await?
        .iter()
        .map(cycles::view)
        .collect())
}

/// ITU admins add a reporting cycle.
#[server(endpoint = "add_cycle")]
pub async fn add_cycle(
    label: String,
    period_start: String,
    period_end: String,
    due_on: String,
) -> Result<(), AppError> {
    use crate::ssr::{context, progress::cycles};
    let who = context::require_user().await?;
    let ctx = context::server_context()?;
    let input = cycles::CycleInput {
        label,
        period_start,
        period_end,
        due_on,
    };
    cycles::add(&ctx, &who, &input).await?;
    super::respond::redirect_local("/admin/cycles?added=1")
}

/// ITU admins move a cycle's due date.
#[server(endpoint = "set_cycle_due")]
pub async fn set_cycle_due(cycle_id: i32, due_on: String) -> Result<(), AppError> {
    use crate::ssr::{context, progress::cycles};
    let who = context::require_user().await?;
    let ctx = context::server_context()?;
    cycles::set_due(&ctx, &who, cycle_id, &due_on).await?;
    super::respond::redirect_local("/admin/cycles?changed=1")
}

#[server(endpoint = "progress_recipients")]
pub async fn progress_recipients() -> Result<Vec<RecipientRow>, AppError> {
    use crate::ssr::{context, progress::recipients};
    let who = context::require_user().await?;
    let ctx = context::server_context()?;
    recipients::list(&ctx.db, &who).await
}

/// The organisation's admin names who receives the reminders (`people[]`: user ids).
#[server(endpoint = "set_progress_recipients")]
pub async fn set_progress_recipients(
    #[server(default)] people: Vec<String>,
) -> Result<(), AppError> {
    use crate::ssr::{context, progress::recipients};
    let who = context::require_user().await?;
    let ctx = context::server_context()?;
    let ids: Vec<i32> = people
        .iter()
        .filter_map(|p| p.trim().parse().ok())
        .collect();
    if ids.len() != people.len() {
        return Err(AppError::Validation(vec![crate::domain::FieldIssue::new(
            "recipients",
            "recipients_required",
        )]));
    }
    recipients::set(&ctx, &who, &ids).await?;
    super::respond::redirect_local("/organisation/reminders?saved=1")
}
