//! The marketplace: opportunities (public list and page, ITU's form), "Opportunities for you",
//! sign-ons to open pledges, reports of a problem and the reviewers' desks for both, organisation
//! profiles, and the admins' list of reviewers who may post opportunities. Each function
//! authenticates and calls a service in `ssr::marketplace`.
use leptos::prelude::*;

use crate::domain::marketplace::{
    OpportunityDetail, OpportunityFilter, OpportunityInput, OpportunityList, OrganisationProfile,
    ReportInput, ReportedItem, SignOnInput, SignOnOffer, SignOnRow, Suggestion,
};
use crate::error::AppError;

#[cfg(feature = "ssr")]
const OPPORTUNITY_FORM: &str = "opportunity";
#[cfg(feature = "ssr")]
const SIGN_ON_FORM: &str = "sign_on";
#[cfg(feature = "ssr")]
const REPORT_FORM: &str = "problem_report";

/// The public list, with "Opportunities for you" for a signed-in organisation.
#[server(endpoint = "opportunities_list")]
pub async fn opportunities_list(
    #[server(default)] filter: OpportunityFilter,
) -> Result<OpportunityList, AppError> {
    use crate::ssr::context;
    use crate::ssr::marketplace::{access, opportunities, suggestions};
    let ctx = context::server_context()?;
    let who = context::current_user().await?;
    let items = opportunities::list(&ctx.db, &filter).await?;
    let (for_you, may_post) = match &who {
        Some(w) if w.role.acts_for_organisation() => (
            suggestions::for_organisation(&ctx.db, w.organisation_id).await?,
            false,
        ),
        Some(w) => (Vec::new(), access::may_post(&ctx.db, w).await?),
        None => (Vec::new(), false),
    };
    Ok(OpportunityList {
        items,
        for_you,
        may_post,
    })
}

/// One opportunity's public page.
#[server(endpoint = "opportunity_page")]
pub async fn opportunity_page(slug: String) -> Result<OpportunityDetail, AppError> {
    use crate::ssr::{context, marketplace::opportunities};
    let ctx = context::server_context()?;
    opportunities::detail(&ctx.db, &slug).await
}

/// The form's starting values: an opportunity to edit (by slug), or a blank one.
#[server(endpoint = "opportunity_form")]
pub async fn opportunity_form(
    #[server(default)] slug: String,
) -> Result<(Option<(i32, i32)>, OpportunityInput), AppError> {
    use crate::ssr::{context, marketplace::access, marketplace::opportunities};
    let who = context::require_user().await?;
    let ctx = context::server_context()?;
    access::require_poster(&ctx.db, &who).await?;
    if slug.trim().is_empty() {
        return Ok((
            None,
            OpportunityInput {
                status: "open".into(),
                currency: "USD".into(),
                contact_name: who.display_name.clone(),
                contact_email: who.email.clone(),
                ..Default::default()
            },
        ));
    }
    let o = opportunities::by_slug(&ctx.db, &slug).await?;
    Ok((Some((o.id, o.version)), opportunities::input_of(&o)))
}

/// ITU posts an opportunity, or edits one (`opportunity_id`, `version`).
#[server(endpoint = "save_opportunity")]
pub async fn save_opportunity(
    #[server(default)] opportunity_id: String,
    #[server(default)] version: String,
    input: OpportunityInput,
) -> Result<(), AppError> {
    use crate::ssr::{context, marketplace::opportunities};
    let who = context::require_user().await?;
    let ctx = context::server_context()?;
    let number = |field: &str, v: &str| -> Result<Option<i32>, AppError> {
        if v.trim().is_empty() {
            return Ok(None);
        }
        v.trim().parse().map(Some).map_err(|_| {
            AppError::Validation(vec![crate::domain::FieldIssue::new(field, "choice")])
        })
    };
    let saved = async {
        let id = number("opportunity_id", &opportunity_id)?;
        let seen = number("version", &version)?;
        opportunities::save(&ctx, &who, id, seen, &input).await
    }
    .await;
    match saved {
        Ok(slug) => super::respond::redirect_local(&format!("/opportunities/{slug}?saved=1")),
        Err(e) => {
            Err(super::respond::refused(e, OPPORTUNITY_FORM, Some(who.user_id), &input).await)
        }
    }
}

#[server(endpoint = "stashed_opportunity")]
pub async fn stashed_opportunity(id: String) -> Result<Option<OpportunityInput>, AppError> {
    use crate::ssr::{context, form_stash};
    let who = context::require_user().await?;
    let ctx = context::server_context()?;
    form_stash::get(&ctx.db, OPPORTUNITY_FORM, Some(who.user_id), &id).await
}

/// Opportunities a pledge under review could answer (reviewers).
#[server(endpoint = "pledge_suggestions")]
pub async fn pledge_suggestions(pledge_id: i32) -> Result<Vec<Suggestion>, AppError> {
    use crate::ssr::{context, marketplace::access, marketplace::suggestions};
    let who = context::require_user().await?;
    access::require_reviewer(&who)?;
    let ctx = context::server_context()?;
    suggestions::for_pledge_id(&ctx.db, pledge_id).await
}

/// What the public pledge page offers about signing on.
#[server(endpoint = "sign_on_offer")]
pub async fn load_sign_on_offer(reference: String) -> Result<SignOnOffer, AppError> {
    use crate::ssr::{context, marketplace::sign_ons};
    let ctx = context::server_context()?;
    let who = context::current_user().await?;
    sign_ons::offer(&ctx.db, who.as_ref(), &reference).await
}

/// An organisation signs on to an open pledge.
#[server(endpoint = "sign_on")]
pub async fn sign_on(reference: String, input: SignOnInput) -> Result<(), AppError> {
    use crate::ssr::{context, marketplace::sign_ons};
    let who = context::require_user().await?;
    let ctx = context::server_context()?;
    match sign_ons::sign(&ctx, &who, &reference, &input).await {
        Ok(_) => {
            super::respond::redirect_local(&format!("/compendium/{reference}?signed=1#sign-on"))
        }
        Err(e) => Err(super::respond::refused(e, SIGN_ON_FORM, Some(who.user_id), &input).await),
    }
}

#[server(endpoint = "stashed_sign_on")]
pub async fn stashed_sign_on(id: String) -> Result<Option<SignOnInput>, AppError> {
    use crate::ssr::{context, form_stash};
    let who = context::require_user().await?;
    let ctx = context::server_context()?;
    form_stash::get(&ctx.db, SIGN_ON_FORM, Some(who.user_id), &id).await
}

/// The lead closes sign-on to its pledge.
#[server(endpoint = "close_sign_on")]
pub async fn close_sign_on(reference: String) -> Result<(), AppError> {
    use crate::ssr::{context, marketplace::sign_ons};
    let who = context::require_user().await?;
    let ctx = context::server_context()?;
    sign_ons::close(&ctx, &who, &reference).await?;
    super::respond::redirect_local(&format!("/compendium/{reference}?closed=1#sign-on"))
}

/// The organisation that signed withdraws its sign-on.
#[server(endpoint = "withdraw_sign_on")]
pub async fn withdraw_sign_on(sign_on_id: i32, reference: String) -> Result<(), AppError> {
    use crate::ssr::{context, marketplace::sign_ons};
    let who = context::require_user().await?;
    let ctx = context::server_context()?;
    sign_ons::withdraw(&ctx, &who, sign_on_id).await?;
    super::respond::redirect_local(&format!("/compendium/{reference}#sign-on"))
}

/// Sign-ons waiting for review.
#[server(endpoint = "sign_on_queue")]
pub async fn sign_on_queue() -> Result<Vec<SignOnRow>, AppError> {
    use crate::ssr::{context, marketplace::sign_ons};
    let who = context::require_user().await?;
    let ctx = context::server_context()?;
    sign_ons::queue(&ctx.db, &who).await
}

/// A reviewer approves (`decision` = `approve`) or rejects a sign-on, with a reason to reject.
#[server(endpoint = "decide_sign_on")]
pub async fn decide_sign_on(
    sign_on_id: i32,
    version: i32,
    decision: String,
    #[server(default)] reason: String,
) -> Result<(), AppError> {
    use crate::ssr::{context, marketplace::sign_ons};
    let who = context::require_user().await?;
    let ctx = context::server_context()?;
    let approve = match decision.trim() {
        "approve" => true,
        "reject" => false,
        _ => {
            return Err(AppError::Validation(vec![crate::domain::FieldIssue::new(
                "decision", "choice",
            )]));
        }
    };
    sign_ons::decide(&ctx, &who, sign_on_id, version, approve, &reason).await?;
    super::respond::redirect_local(&format!("/review/sign-ons?decided={}", decision.trim()))
}

/// Anyone reports a problem with a public page.
#[server(endpoint = "report_problem")]
pub async fn report_problem(input: ReportInput) -> Result<(), AppError> {
    use crate::ssr::{context, marketplace::reports};
    let ctx = context::server_context()?;
    let who = context::current_user().await?;
    let back = match input.subject_kind.as_str() {
        "pledge" => format!("/compendium/{}", input.subject.trim()),
        "opportunity" => format!("/opportunities/{}", input.subject.trim().to_lowercase()),
        _ => format!("/events/{}", input.subject.trim().to_lowercase()),
    };
    match reports::file(&ctx, who.as_ref(), context::client_addr(), &input).await {
        Ok(()) => {
            let safe = super::respond::safe_local_path(Some(&back)).unwrap_or_else(|| "/".into());
            super::respond::redirect_local(&format!("{safe}?reported=1#report"))
        }
        Err(e) => {
            Err(super::respond::refused(e, REPORT_FORM, who.map(|w| w.user_id), &input).await)
        }
    }
}

#[server(endpoint = "stashed_report")]
pub async fn stashed_report(id: String) -> Result<Option<ReportInput>, AppError> {
    use crate::ssr::{context, form_stash};
    let ctx = context::server_context()?;
    let who = context::current_user().await?;
    form_stash::get(&ctx.db, REPORT_FORM, who.map(|w| w.user_id), &id).await
}

/// Reported pages with reports to decide.
#[server(endpoint = "report_queue")]
pub async fn report_queue() -> Result<Vec<ReportedItem>, AppError> {
    use crate::ssr::{context, marketplace::reports};
    let who = context::require_user().await?;
    let ctx = context::server_context()?;
    reports::queue(&ctx.db, &who).await
}

/// A reviewer dismisses the reports of a page, asks its organisation, or unpublishes it.
#[server(endpoint = "decide_report")]
pub async fn decide_report(
    subject_kind: String,
    subject_id: i32,
    action: String,
    #[server(default)] note: String,
) -> Result<(), AppError> {
    use crate::marketplace_lifecycle::{ReportAction, ReportSubject};
    use crate::ssr::{context, marketplace::reports};
    let who = context::require_user().await?;
    let ctx = context::server_context()?;
    let choice =
        |field: &str| AppError::Validation(vec![crate::domain::FieldIssue::new(field, "choice")]);
    let kind = ReportSubject::parse(subject_kind.trim()).ok_or_else(|| choice("subject_kind"))?;
    let action = ReportAction::parse(action.trim()).ok_or_else(|| choice("action"))?;
    reports::decide(&ctx, &who, kind, subject_id, action, &note).await?;
    super::respond::redirect_local(&format!("/review/reports?decided={}", action.code()))
}

/// An organisation's public profile (`12-ministry-of-ict`).
#[server(endpoint = "organisation_profile")]
pub async fn load_organisation_profile(slug: String) -> Result<OrganisationProfile, AppError> {
    use crate::domain::marketplace::profile_id;
    use crate::ssr::{context, marketplace::profiles};
    let ctx = context::server_context()?;
    let id = profile_id(&slug).ok_or(AppError::NotFound)?;
    profiles::profile(&ctx.db, id).await
}

/// Reviewers, and whether each may post opportunities (ITU admins).
#[server(endpoint = "opportunity_posters")]
pub async fn opportunity_posters() -> Result<Vec<(i32, String, String, bool)>, AppError> {
    use crate::ssr::{context, marketplace::access};
    let who = context::require_user().await?;
    let ctx = context::server_context()?;
    access::reviewers(&ctx.db, &who).await
}

/// An ITU admin gives a reviewer the "opportunities" right (`allowed` = `yes`) or takes it back.
#[server(endpoint = "set_opportunity_poster")]
pub async fn set_opportunity_poster(user_id: i32, allowed: String) -> Result<(), AppError> {
    use crate::ssr::{context, marketplace::access};
    let who = context::require_user().await?;
    let ctx = context::server_context()?;
    access::set_right(&ctx, &who, user_id, allowed == "yes").await?;
    super::respond::redirect_local("/admin/opportunity-posters?saved=1")
}
