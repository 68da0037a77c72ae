//! Letters of intent: submitted by an organisation, accepted or declined by an ITU admin. The
//! state machine (`letter_lifecycle`) decides; this applies the decision with its audit row and
//! e-mail in one transaction.
use chrono::Utc;
use sea_orm::sea_query::Expr;
use sea_orm::{ActiveModelTrait, ColumnTrait, EntityTrait, QueryFilter, Set};

use crate::domain::{LetterInput, SessionUser, parse_signed_on};
use crate::error::AppError;
use crate::letter_lifecycle::{LetterAction, LetterStatus, may_decide, next_letter_status};
use crate::ssr::accounts::{locale_of, organisation_admins};
use crate::ssr::audit::{self, Event};
use crate::ssr::coalition::letter_files;
use crate::ssr::context::ServerContext;
use crate::ssr::entity::{letter, letter_focus_area, organisation, user};
use crate::ssr::mail::{Mail, enqueue};
use crate::ssr::uploads::{self, FileKind};

/// Submits a letter for the organisation of `who`, with the signed PDF if there is one.
pub async fn submit(
    ctx: &ServerContext,
    who: &SessionUser,
    input: &LetterInput,
    pdf: Option<Vec<u8>>,
) -> Result<i32, AppError> {
    if !who.role.acts_for_organisation() {
        return Err(AppError::Forbidden);
    }
    let mut issues = input.issues();
    let pdf = match pdf {
        Some(bytes) => match uploads::check(FileKind::Pdf, bytes).await {
            Ok(bytes) => Some(bytes),
            Err(problem) => {
                issues.push(problem.issue("pdf"));
                None
            }
        },
        None => None,
    };
    if !issues.is_empty() {
        return Err(AppError::Validation(issues));
    }
    let signed_on = parse_signed_on(&input.signed_on).ok_or(AppError::Internal)?;
    let stored = match pdf.as_deref() {
        Some(bytes) => Some(
            letter_files::store(&ctx.letters_dir, bytes)
                .await
                .map_err(|e| crate::ssr::errors::internal("store letter", e))?,
        ),
        None => None,
    };
    let saved = record_letter(
        ctx,
        who,
        input,
        signed_on,
        stored.clone(),
        pdf.as_deref().map(<[u8]>::len),
    )
    .await;
    if saved.is_err()
        && let Some(name) = stored
            .as_deref()
            .and_then(|n| letter_files::path_of(&ctx.letters_dir, n))
    {
        // Nothing of a refused letter is kept, its file included.
        let _ = tokio::fs::remove_file(name).await;
    }
    saved
}

async fn record_letter(
    ctx: &ServerContext,
    who: &SessionUser,
    input: &LetterInput,
    signed_on: chrono::NaiveDate,
    stored: Option<String>,
    pdf_len: Option<usize>,
) -> Result<i32, AppError> {
    let txn = crate::ssr::write_txn(&ctx.db).await?;
    let open = letter::Entity::find()
        .filter(letter::Column::OrganisationId.eq(who.organisation_id))
        .filter(
            letter::Column::Status.is_in(
                LetterStatus::ALL
                    .iter()
                    .filter(|s| s.is_open())
                    .map(|s| s.code()),
            ),
        )
        .one(&txn)
        .await?;
    if open.is_some() {
        return Err(AppError::Conflict);
    }
    let now = Utc::now();
    let row = letter::ActiveModel {
        organisation_id: Set(who.organisation_id),
        submitted_by: Set(who.user_id),
        status: Set(LetterStatus::Submitted.code().to_owned()),
        statement: Set(input.statement.trim().to_owned()),
        signatory_name: Set(input.signatory_name.trim().to_owned()),
        signatory_title: Set(input.signatory_title.trim().to_owned()),
        signed_on: Set(signed_on),
        pdf_file: Set(stored),
        pdf_bytes: Set(pdf_len.and_then(|n| i32::try_from(n).ok())),
        created_at: Set(now),
        updated_at: Set(now),
        ..Default::default()
    }
    .insert(&txn)
    .await?;
    let mut areas: Vec<&String> = input.focus_areas.iter().collect();
    areas.sort();
    areas.dedup();
    for area in areas {
        letter_focus_area::ActiveModel {
            letter_id: Set(row.id),
            focus_area: Set(area.clone()),
        }
        .insert(&txn)
        .await?;
    }
    audit::record(
        &txn,
        Event {
            subject: "letter",
            subject_id: row.id,
            actor: Some(who.user_id),
            action: "submit",
            from: "none",
            to: LetterStatus::Submitted.code(),
            reason: None,
        },
    )
    .await?;
    let submitter = user::Entity::find_by_id(who.user_id)
        .one(&txn)
        .await?
        .ok_or(AppError::NotSignedIn)?;
    enqueue(
        &txn,
        &ctx.public_url,
        &submitter.email,
        locale_of(&submitter),
        &Mail::LetterReceived {
            name: submitter.display_name.clone(),
            organisation: who.organisation_name.clone(),
        },
    )
    .await?;
    txn.commit().await?;
    Ok(row.id)
}

/// An ITU admin accepts, declines or revokes a letter (the last two with a reason).
pub async fn decide(
    ctx: &ServerContext,
    admin: &SessionUser,
    letter_id: i32,
    version: i32,
    action: LetterAction,
    reason: Option<&str>,
) -> Result<(), AppError> {
    may_decide(admin.role)?;
    let txn = crate::ssr::write_txn(&ctx.db).await?;
    let row = letter::Entity::find_by_id(letter_id)
        .one(&txn)
        .await?
        .ok_or(AppError::NotFound)?;
    let from = LetterStatus::parse(&row.status).ok_or(AppError::Internal)?;
    let to = next_letter_status(from, action, admin.role, reason)?;
    let reason = reason
        .map(str::trim)
        .filter(|r| !r.is_empty())
        .map(str::to_owned);
    let changed = letter::Entity::update_many()
        .col_expr(letter::Column::Status, Expr::value(to.code()))
        .col_expr(letter::Column::Reason, Expr::value(reason.clone()))
        .col_expr(letter::Column::Version, Expr::value(row.version + 1))
        .col_expr(letter::Column::UpdatedAt, Expr::value(Utc::now()))
        .filter(letter::Column::Id.eq(row.id))
        .filter(letter::Column::Version.eq(version))
        .exec(&txn)
        .await?;
    if changed.rows_affected != 1 {
        return Err(AppError::Conflict);
    }
    audit::record(
        &txn,
        Event {
            subject: "letter",
            subject_id: row.id,
            actor: Some(admin.user_id),
            action: action.code(),
            from: from.code(),
            to: to.code(),
            reason: reason.clone(),
        },
    )
    .await?;
    let org = organisation::Entity::find_by_id(row.organisation_id)
        .one(&txn)
        .await?
        .ok_or(AppError::Internal)?;
    let mut people = organisation_admins(&txn, org.id).await?;
    if let Some(submitter) = user::Entity::find_by_id(row.submitted_by).one(&txn).await?
        && !people.iter().any(|p| p.id == submitter.id)
    {
        people.push(submitter);
    }
    for person in people {
        enqueue(
            &txn,
            &ctx.public_url,
            &person.email,
            locale_of(&person),
            &Mail::LetterDecided {
                name: person.display_name.clone(),
                organisation: org.name.clone(),
                accepted: to.makes_member(),
                reason: reason.clone(),
            },
        )
        .await?;
    }
    txn.commit().await?;
    Ok(())
}

/// The stored PDF of a letter, for its own organisation and for ITU staff only. Anyone else
/// learns nothing, not even whether the letter exists.
pub async fn pdf_for(
    ctx: &ServerContext,
    who: &SessionUser,
    letter_id: i32,
) -> Result<std::path::PathBuf, AppError> {
    let row = letter::Entity::find_by_id(letter_id)
        .one(&ctx.db)
        .await?
        .ok_or(AppError::NotFound)?;
    let allowed = who.role.is_itu_staff()
        || (row.organisation_id == who.organisation_id && who.role.acts_for_organisation());
    if !allowed {
        return Err(AppError::NotFound);
    }
    row.pdf_file
        .as_deref()
        .and_then(|name| letter_files::path_of(&ctx.letters_dir, name))
        .ok_or(AppError::NotFound)
}
