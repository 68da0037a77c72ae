use leptos::prelude::*;

use crate::domain::{DraftSaved, EditStart, PledgeDetail, PledgeInput, PledgeRow, RevisionView};
use crate::error::AppError;

/// What the pledge form starts from: an empty form for a new pledge, else the working copy or the
/// newest revision of the pledge.
#[server(endpoint = "pledge_form_start")]
pub async fn pledge_form_start(pledge: Option<i32>) -> Result<EditStart, AppError> {
    use crate::ssr::{context, pledges::reads};
    let user = context::require_user().await?;
    let ctx = context::server_context()?;
    let mut start = match pledge {
        Some(id) => reads::edit_start(&ctx.db, &user, id).await?,
        None => EditStart {
            pledge_id: None,
            status: None,
            input: PledgeInput::default(),
            saved_at: None,
            editable: user.role.acts_for_organisation(),
            today: chrono::Utc::now().date_naive(),
            opportunities: Vec::new(),
        },
    };
    start.opportunities =
        crate::ssr::marketplace::opportunities::choices(&ctx.db, &start.input.answers).await?;
    Ok(start)
}

/// The form's two buttons: `intent` is `draft` (keep it as typed) or `submit` (check and send to
/// review). Without JavaScript the browser is sent on to the pledge's page, or back to the form.
#[server(endpoint = "save_pledge")]
pub async fn save_pledge(
    pledge: Option<i32>,
    // Optional so the page can read the form (without a button pressed) into this same shape.
    intent: Option<String>,
    input: PledgeInput,
    // Set by the form's script (see `FormStamp`); absent when the browser runs none.
    form_key: Option<String>,
    form_seq: Option<i64>,
) -> Result<i32, AppError> {
    use super::respond::{redirect_local, refused};
    use crate::domain::FormStamp;
    use crate::ssr::{context, pledges::editing};

    let user = context::require_user().await?;
    let ctx = context::server_context()?;
    let stamp = FormStamp::parse(form_key.as_deref(), form_seq);
    let stamp = stamp.as_ref();
    if intent.as_deref() == Some("submit") {
        match editing::submit(&ctx.db, &user, pledge, &input, stamp, ctx.notify()).await {
            Ok(id) => {
                redirect_local(&format!("/my/pledges/{id}?submitted=1"))?;
                Ok(id)
            }
            Err(e) => Err(refused(e, PLEDGE_FORM, Some(user.user_id), &input).await),
        }
    } else {
        // A draft is kept as typed; the one refusal (too many drafts) brings the form back whole.
        let saved = match editing::save_draft(&ctx.db, &user, pledge, &input, stamp).await {
            Ok(saved) => saved,
            Err(e) => return Err(refused(e, PLEDGE_FORM, Some(user.user_id), &input).await),
        };
        redirect_local(&format!("/my/pledges/{}/edit?saved=1", saved.pledge_id))?;
        Ok(saved.pledge_id)
    }
}

/// Saves the working copy as the person types (JavaScript only; the page stays where it is).
#[server(endpoint = "autosave_pledge")]
pub async fn autosave_pledge(
    pledge: Option<i32>,
    input: PledgeInput,
    form_key: Option<String>,
    form_seq: Option<i64>,
) -> Result<DraftSaved, AppError> {
    use crate::domain::FormStamp;
    use crate::ssr::{context, pledges::editing};
    let user = context::require_user().await?;
    let ctx = context::server_context()?;
    let stamp = FormStamp::parse(form_key.as_deref(), form_seq);
    editing::save_draft(&ctx.db, &user, pledge, &input, stamp.as_ref()).await
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
    use crate::ssr::{context, pledges::service};

    let user = context::require_user().await?;
    let ctx = context::server_context()?;
    service::for_organisation(&ctx.db, &user).await
}

#[server(endpoint = "load_pledge")]
pub async fn load_pledge(id: i32) -> Result<PledgeDetail, AppError> {
    use crate::ssr::{context, pledges::reads};
    let user = context::require_user().await?;
    let ctx = context::server_context()?;
    reads::detail(&ctx.db, &user, id).await
}

#[server(endpoint = "pledge_revision")]
pub async fn pledge_revision(pledge: i32, revision: i32) -> Result<RevisionView, AppError> {
    use crate::ssr::{context, pledges::reads};
    let user = context::require_user().await?;
    let ctx = context::server_context()?;
    reads::revision_of(&ctx.db, &user, pledge, revision).await
}

#[server(endpoint = "withdraw_pledge")]
pub async fn withdraw_pledge(id: i32, version: i32, reason: String) -> Result<(), AppError> {
    use crate::ssr::{context, pledges::editing};
    let user = context::require_user().await?;
    let ctx = context::server_context()?;
    editing::withdraw(&ctx.db, &user, id, version, &reason, ctx.notify()).await?;
    super::respond::redirect_local(&format!("/my/pledges/{id}?withdrawn=1"))
}

#[server(endpoint = "invite_partner")]
pub async fn invite_partner(pledge: i32, organisation: String) -> Result<(), AppError> {
    use crate::ssr::{context, pledges::participants};
    let user = context::require_user().await?;
    let ctx = context::server_context()?;
    participants::invite(&ctx, &user, pledge, &organisation).await?;
    super::respond::redirect_local(&format!("/my/pledges/{pledge}?invited=1"))
}

/// An invited organisation answers: `confirm` or `decline`.
#[server(endpoint = "answer_invitation")]
pub async fn answer_invitation(pledge: i32, answer: String) -> Result<(), AppError> {
    use crate::ssr::{context, pledges::participants};
    let user = context::require_user().await?;
    let confirm = match answer.as_str() {
        "confirm" => true,
        "decline" => false,
        _ => {
            return Err(AppError::Validation(vec![crate::domain::FieldIssue::new(
                "answer", "choice",
            )]));
        }
    };
    let ctx = context::server_context()?;
    participants::answer(&ctx, &user, pledge, confirm).await?;
    let to = if confirm {
        format!("/my/pledges/{pledge}")
    } else {
        "/my/pledges".to_owned()
    };
    super::respond::redirect_local(&to)
}

#[server(endpoint = "remove_partner")]
pub async fn remove_partner(pledge: i32, participant: i32) -> Result<(), AppError> {
    use crate::ssr::{context, pledges::participants};
    let user = context::require_user().await?;
    let ctx = context::server_context()?;
    participants::remove(&ctx.db, &user, pledge, participant).await?;
    super::respond::redirect_local(&format!("/my/pledges/{pledge}"))
}

/// The lead lets confirmed partners edit (`allowed` = `yes`) or not.
#[server(endpoint = "set_partner_editing")]
pub async fn set_partner_editing(pledge: i32, allowed: String) -> Result<(), AppError> {
    use crate::ssr::{context, pledges::participants};
    let user = context::require_user().await?;
    let ctx = context::server_context()?;
    participants::set_partners_may_edit(&ctx.db, &user, pledge, allowed == "yes").await?;
    super::respond::redirect_local(&format!("/my/pledges/{pledge}"))
}

/// A dated exchange rate as the admin page lists it.
#[derive(Clone, Debug, PartialEq, Eq, serde::Serialize, serde::Deserialize)]
pub struct RateLine {
    pub currency: String,
    pub rate_date: chrono::NaiveDate,
    pub usd_per_unit: String,
}

#[server(endpoint = "exchange_rates")]
pub async fn exchange_rates() -> Result<Vec<RateLine>, AppError> {
    use crate::ssr::{context, pledges::exchange_rates};
    let user = context::require_user().await?;
    if !user.role.is_itu_staff() {
        return Err(AppError::Forbidden);
    }
    let ctx = context::server_context()?;
    exchange_rates::recent(&ctx.db, 200).await
}

#[server(endpoint = "add_exchange_rate")]
pub async fn add_exchange_rate(
    currency: String,
    rate_date: String,
    usd_per_unit: String,
) -> Result<(), AppError> {
    use crate::ssr::{context, pledges::exchange_rates};
    let user = context::require_user().await?;
    let ctx = context::server_context()?;
    match exchange_rates::add(&ctx.db, &user, &currency, &rate_date, &usd_per_unit).await {
        Ok(()) => super::respond::redirect_local("/admin/rates?added=1"),
        Err(e) => Err(super::respond::refused(
            e,
            "exchange_rate",
            Some(user.user_id),
            &(currency, rate_date, usd_per_unit),
        )
        .await),
    }
}
