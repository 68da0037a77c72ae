//! ITU admins' decisions about organisations and people: verification, and roles.
use sea_orm::sea_query::Expr;
use sea_orm::{ColumnTrait, DatabaseConnection, EntityTrait, QueryFilter, QueryOrder};

use crate::domain::{OrganisationSummary, SessionUser};
use crate::error::AppError;
use crate::organisation_lifecycle::{
    OrganisationError, Verification, VerificationAction, next_verification,
};
use crate::pledge_lifecycle::Role;
use crate::ssr::accounts::{locale_of, organisation_admins};
use crate::ssr::audit::{self, Event};
use crate::ssr::context::ServerContext;
use crate::ssr::entity::{organisation, user};
use crate::ssr::mail::{Mail, enqueue};

/// Verifies or rejects an organisation; a rejection carries the reason its people will read.
pub async fn decide_verification(
    ctx: &ServerContext,
    admin: &SessionUser,
    organisation_id: i32,
    action: VerificationAction,
    reason: Option<&str>,
) -> Result<(), AppError> {
    if admin.role != Role::Admin {
        return Err(OrganisationError::NotPermitted.into());
    }
    let reason = reason.map(str::trim).filter(|r| !r.is_empty());
    if action == VerificationAction::Reject && reason.is_none() {
        return Err(AppError::Validation(vec![crate::domain::FieldIssue::new(
            "reason", "reason",
        )]));
    }
    let txn = crate::ssr::write_txn(&ctx.db).await?;
    let org = organisation::Entity::find_by_id(organisation_id)
        .one(&txn)
        .await?
        .ok_or(AppError::NotFound)?;
    let from = Verification::parse(&org.verification).ok_or(AppError::Internal)?;
    let to = next_verification(from, action, admin.role)?;
    let changed = organisation::Entity::update_many()
        .col_expr(organisation::Column::Verification, Expr::value(to.code()))
        .col_expr(
            organisation::Column::VerificationReason,
            Expr::value(reason.map(str::to_owned)),
        )
        .filter(organisation::Column::Id.eq(org.id))
        .filter(organisation::Column::Verification.eq(from.code()))
        .exec(&txn)
        .await?;
    if changed.rows_affected != 1 {
        return Err(AppError::Conflict);
    }
    audit::record(
        &txn,
        Event {
            subject: "organisation",
            subject_id: org.id,
            actor: Some(admin.user_id),
            action: action.code(),
            from: from.code(),
            to: to.code(),
            reason: reason.map(str::to_owned),
        },
    )
    .await?;
    for person in organisation_admins(&txn, org.id).await? {
        let mail = match to {
            Verification::Verified => Mail::OrganisationVerified {
                name: person.display_name.clone(),
                organisation: org.name.clone(),
            },
            Verification::Rejected | Verification::Pending => Mail::OrganisationRejected {
                name: person.display_name.clone(),
                organisation: org.name.clone(),
                reason: reason.unwrap_or_default().to_owned(),
            },
        };
        enqueue(
            &txn,
            &ctx.public_url,
            &person.email,
            locale_of(&person),
            &mail,
        )
        .await?;
    }
    txn.commit().await?;
    Ok(())
}

/// Grants a role to a person, or revokes it (back to `stakeholder`, or `org_admin` for the first
/// admin of an organisation is not special-cased: ITU decides). An admin cannot change their own role,
/// so the last ITU admin cannot lock everyone out by mistake.
pub async fn set_role(
    ctx: &ServerContext,
    admin: &SessionUser,
    person_id: i32,
    role: Role,
) -> Result<(), AppError> {
    if admin.role != Role::Admin {
        return Err(AppError::Forbidden);
    }
    if person_id == admin.user_id {
        return Err(AppError::Conflict);
    }
    let txn = crate::ssr::write_txn(&ctx.db).await?;
    let person = user::Entity::find_by_id(person_id)
        .one(&txn)
        .await?
        .ok_or(AppError::NotFound)?;
    if person.role == role.code() {
        return Ok(());
    }
    user::Entity::update_many()
        .col_expr(user::Column::Role, Expr::value(role.code()))
        .filter(user::Column::Id.eq(person.id))
        .exec(&txn)
        .await?;
    audit::record(
        &txn,
        Event {
            subject: "account",
            subject_id: person.id,
            actor: Some(admin.user_id),
            action: "set_role",
            from: &person.role,
            to: role.code(),
            reason: None,
        },
    )
    .await?;
    txn.commit().await?;
    tracing::info!(person = person.id, role = role.code(), "role changed");
    Ok(())
}

/// Organisations a newcomer may ask to join: those ITU has verified.
pub async fn joinable(db: &DatabaseConnection) -> Result<Vec<OrganisationSummary>, AppError> {
    Ok(organisation::Entity::find()
        .filter(organisation::Column::Verification.eq(Verification::Verified.code()))
        .order_by_asc(organisation::Column::Name)
        .all(db)
        .await?
        .into_iter()
        .map(|o| OrganisationSummary {
            id: o.id,
            name: o.name,
            stakeholder_type: o.stakeholder_type,
            country: o.country_code,
        })
        .collect())
}

/// `server create-admin --email …`: makes the account an ITU admin, or creates it (verified, with
/// a random password to be replaced through "forgot password") in an "ITU" organisation.
pub async fn create_admin(db: &DatabaseConnection, email: &str) -> Result<bool, AppError> {
    use chrono::Utc;
    use sea_orm::{ActiveModelTrait, Set};

    let email = crate::domain::text_rules::normalise_email(email);
    crate::domain::text_rules::email(&email).map_err(|_| {
        AppError::Validation(vec![crate::domain::FieldIssue::new("email", "email")])
    })?;
    let txn = crate::ssr::write_txn(db).await?;
    if let Some(existing) = crate::ssr::accounts::find_by_email(&txn, &email).await? {
        user::Entity::update_many()
            .col_expr(user::Column::Role, Expr::value(Role::Admin.code()))
            .filter(user::Column::Id.eq(existing.id))
            .exec(&txn)
            .await?;
        txn.commit().await?;
        return Ok(false);
    }
    const ITU: &str = "International Telecommunication Union (ITU)";
    let org = match organisation::Entity::find()
        .filter(organisation::Column::Name.eq(ITU))
        .one(&txn)
        .await?
    {
        Some(org) => org,
        None => {
            organisation::ActiveModel {
                name: Set(ITU.to_owned()),
                stakeholder_type: Set("un_entity".to_owned()),
                country_code: Set("CH".to_owned()),
                website: Set("https://www.itu.int".to_owned()),
                description: Set(String::new()),
                verification: Set(Verification::Verified.code().to_owned()),
                created_at: Set(Utc::now()),
                ..Default::default()
            }
            .insert(&txn)
            .await?
        }
    };
    let hash =
        crate::ssr::accounts::auth::hash_password(crate::ssr::accounts::auth::new_token()).await?;
    user::ActiveModel {
        organisation_id: Set(org.id),
        email: Set(email.clone()),
        display_name: Set(email.split('@').next().unwrap_or_default().to_owned()),
        password_hash: Set(hash),
        role: Set(Role::Admin.code().to_owned()),
        created_at: Set(Utc::now()),
        email_verified_at: Set(Some(Utc::now())),
        preferred_language: Set("en".to_owned()),
        membership: Set("active".to_owned()),
        ..Default::default()
    }
    .insert(&txn)
    .await?;
    txn.commit().await?;
    Ok(true)
}
