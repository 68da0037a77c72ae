use leptos::prelude::*;
use leptos::server_fn::codec::{MultipartData, MultipartFormData};

use crate::domain::{CoalitionArea, CoalitionDesk, LeaderApplicationInput, MyOrganisation};
use crate::error::AppError;

/// The public coalition page: Leaders and Members of each focus area.
#[server(endpoint = "coalition")]
pub async fn coalition() -> Result<Vec<CoalitionArea>, AppError> {
    let ctx = crate::ssr::context::server_context()?;
    crate::ssr::coalition::public(&ctx.db).await
}

#[server(endpoint = "organisation_overview")]
pub async fn organisation_overview() -> Result<MyOrganisation, AppError> {
    use crate::ssr::{coalition, context};
    let who = context::require_user().await?;
    let ctx = context::server_context()?;
    coalition::mine(&ctx.db, &who).await
}

#[server(endpoint = "desk_overview")]
pub async fn desk_overview() -> Result<CoalitionDesk, AppError> {
    use crate::ssr::{coalition, context};
    let who = context::require_user().await?;
    let ctx = context::server_context()?;
    coalition::desk(&ctx.db, &who).await
}

/// An organisation admin approves (`approve`) or declines (`decline`) a request to join.
#[server(endpoint = "decide_join")]
pub async fn decide_join(person_id: i32, action: String) -> Result<(), AppError> {
    use crate::organisation_lifecycle::MembershipAction;
    use crate::ssr::{accounts, context};
    let who = context::require_user().await?;
    let action = MembershipAction::parse(&action).ok_or_else(bad_action)?;
    let ctx = context::server_context()?;
    accounts::decide_join(&ctx, &who, person_id, action).await?;
    super::respond::redirect_local("/organisation")
}

#[server(endpoint = "apply_to_lead")]
pub async fn apply_to_lead(input: LeaderApplicationInput) -> Result<(), AppError> {
    use crate::ssr::{coalition::leaders, context};
    let who = context::require_user().await?;
    let ctx = context::server_context()?;
    match leaders::apply(&ctx, &who, &input).await {
        Ok(()) => super::respond::redirect_local("/organisation?applied=1"),
        Err(e) => Err(super::respond::refused(e, LEADER_FORM, Some(who.user_id), &input).await),
    }
}

#[cfg(feature = "ssr")]
const LEADER_FORM: &str = "leader_application";

/// What a browser without JavaScript typed into the Leader application before it was refused.
#[server(endpoint = "stashed_leader_application")]
pub async fn stashed_leader_application(
    id: String,
) -> Result<Option<LeaderApplicationInput>, AppError> {
    use crate::ssr::{context, form_stash};
    let who = context::require_user().await?;
    let ctx = context::server_context()?;
    form_stash::get(&ctx.db, LEADER_FORM, Some(who.user_id), &id).await
}

/// The letter of intent, sent as `multipart/form-data` so the signed PDF can come with it. Works
/// the same with and without JavaScript: the browser posts the form.
#[server(endpoint = "submit_letter", input = MultipartFormData)]
pub async fn submit_letter(data: MultipartData) -> Result<(), AppError> {
    use crate::domain::LetterInput;
    use crate::ssr::uploads::{FileKind, UploadProblem};
    use crate::ssr::{coalition::letters, context};

    let who = context::require_user().await?;
    let ctx = context::server_context()?;
    let mut form = data.into_inner().ok_or(AppError::Validation(Vec::new()))?;
    let mut input = LetterInput::default();
    let mut pdf: Option<Vec<u8>> = None;
    let mut too_large = false;
    while let Some(mut field) = form
        .next_field()
        .await
        .map_err(|_| AppError::Validation(Vec::new()))?
    {
        let name = field.name().unwrap_or_default().to_owned();
        if name == "pdf" {
            let mut bytes = Vec::new();
            while let Some(chunk) = field.chunk().await.map_err(|_| AppError::TooLarge)? {
                if bytes.len() + chunk.len() > FileKind::Pdf.max_bytes() {
                    too_large = true;
                    break;
                }
                bytes.extend_from_slice(&chunk);
            }
            // An empty file input still sends a part with no bytes: no file chosen.
            if !bytes.is_empty() || too_large {
                pdf = Some(bytes);
            }
            continue;
        }
        let value = field
            .text()
            .await
            .map_err(|_| AppError::Validation(Vec::new()))?;
        match name.as_str() {
            "focus_areas[]" | "focus_areas" => input.focus_areas.push(value),
            "statement" => input.statement = value,
            "signatory_name" => input.signatory_name = value,
            "signatory_title" => input.signatory_title = value,
            "signed_on" => input.signed_on = value,
            _ => {}
        }
    }
    let result = if too_large {
        let mut issues = input.issues();
        issues.push(UploadProblem::TooLarge.issue("pdf"));
        Err(AppError::Validation(issues))
    } else {
        letters::submit(&ctx, &who, &input, pdf).await.map(|_| ())
    };
    match result {
        Ok(()) => super::respond::redirect_local("/organisation?letter=1"),
        Err(e) => Err(super::respond::refused(e, LETTER_FORM, Some(who.user_id), &input).await),
    }
}

#[cfg(feature = "ssr")]
const LETTER_FORM: &str = "letter";

#[server(endpoint = "stashed_letter")]
pub async fn stashed_letter(id: String) -> Result<Option<crate::domain::LetterInput>, AppError> {
    use crate::ssr::{context, form_stash};
    let who = context::require_user().await?;
    let ctx = context::server_context()?;
    form_stash::get(&ctx.db, LETTER_FORM, Some(who.user_id), &id).await
}

/// ITU admins: `verify` or `reject` (with a reason) an organisation.
#[server(endpoint = "decide_organisation")]
pub async fn decide_organisation(
    organisation_id: i32,
    action: String,
    reason: Option<String>,
) -> Result<(), AppError> {
    use crate::organisation_lifecycle::VerificationAction;
    use crate::ssr::{coalition::organisations, context};
    let who = context::require_user().await?;
    let action = VerificationAction::parse(&action).ok_or_else(bad_action)?;
    let ctx = context::server_context()?;
    organisations::decide_verification(&ctx, &who, organisation_id, action, reason.as_deref())
        .await?;
    super::respond::redirect_local("/admin/coalition")
}

#[server(endpoint = "nominate_leader")]
pub async fn nominate_leader(organisation_id: i32, focus_area: String) -> Result<(), AppError> {
    use crate::reference::FocusArea;
    use crate::ssr::{coalition::leaders, context};
    let who = context::require_user().await?;
    let area = FocusArea::parse(&focus_area).ok_or_else(|| {
        AppError::Validation(vec![crate::domain::FieldIssue::new("focus_area", "choice")])
    })?;
    let ctx = context::server_context()?;
    leaders::nominate(&ctx, &who, organisation_id, area).await?;
    super::respond::redirect_local("/admin/coalition")
}

/// ITU admins: `decline` an application or `revoke` a Leader, with a reason.
#[server(endpoint = "decide_leader")]
pub async fn decide_leader(
    leader_id: i32,
    action: String,
    reason: Option<String>,
) -> Result<(), AppError> {
    use crate::leader_lifecycle::LeaderAction;
    use crate::ssr::{coalition::leaders, context};
    let who = context::require_user().await?;
    let action = LeaderAction::parse(&action)
        .filter(|a| matches!(a, LeaderAction::Decline | LeaderAction::Revoke))
        .ok_or_else(bad_action)?;
    let ctx = context::server_context()?;
    leaders::decide(
        &ctx,
        &who,
        leader_id,
        action,
        reason.as_deref().unwrap_or_default(),
    )
    .await?;
    super::respond::redirect_local("/admin/coalition")
}

/// ITU admins: `accept`, `decline` or `revoke` a letter of intent.
#[server(endpoint = "decide_letter")]
pub async fn decide_letter(
    letter_id: i32,
    version: i32,
    action: String,
    reason: Option<String>,
) -> Result<(), AppError> {
    use crate::letter_lifecycle::LetterAction;
    use crate::ssr::{coalition::letters, context};
    let who = context::require_user().await?;
    let action = LetterAction::parse(&action).ok_or_else(bad_action)?;
    let ctx = context::server_context()?;
    letters::decide(&ctx, &who, letter_id, version, action, reason.as_deref()).await?;
    super::respond::redirect_local("/admin/coalition")
}

/// ITU admins grant a role to a person or revoke it (back to `stakeholder`).
#[server(endpoint = "set_role")]
pub async fn set_role(person_id: i32, role: String) -> Result<(), AppError> {
    use crate::pledge_lifecycle::Role;
    use crate::ssr::{coalition::organisations, context};
    let who = context::require_user().await?;
    let role = Role::parse(&role).ok_or_else(|| {
        AppError::Validation(vec![crate::domain::FieldIssue::new("role", "choice")])
    })?;
    let ctx = context::server_context()?;
    organisations::set_role(&ctx, &who, person_id, role).await?;
    super::respond::redirect_local("/admin/coalition")
}

#[cfg(feature = "ssr")]
fn bad_action() -> AppError {
    AppError::Validation(vec![crate::domain::FieldIssue::new("action", "choice")])
}
