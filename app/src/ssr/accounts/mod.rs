//! Accounts: the reset and address-change links, passwords and addresses, and an organisation
//! admin's answer to a request to join (registrations wait in `registrations` until confirmed).
//! Each change and the mail it causes are written in one transaction.
pub mod auth;
pub mod registrations;
pub(crate) mod tokens;
use chrono::Utc;
use sea_orm::sea_query::{Expr, ExprTrait, Func};
use sea_orm::{ActiveModelTrait, ColumnTrait, EntityTrait, QueryFilter, Set};

use crate::domain::text_rules::{normalise_email, password_is_weak};
use crate::domain::{
    ChangeEmailInput, ChangePasswordInput, FieldIssue, ResetPasswordInput, SessionUser, flat_issues,
};
use crate::error::AppError;
use crate::i18n::Locale;
use crate::organisation_lifecycle::{Membership, MembershipAction, next_membership};
use crate::pledge_lifecycle::Role;
use crate::ssr::audit::{self, Event};
use crate::ssr::context::ServerContext;
use crate::ssr::entity::{organisation, user};
use crate::ssr::mail::{Mail, enqueue, enqueue_with_secret};
use crate::ssr::rate_limit::ClientAddr;
use auth::hash_password;
use tokens::Purpose;

pub fn locale_of(account: &user::Model) -> Locale {
    Locale::parse(&account.preferred_language).unwrap_or(Locale::En)
}

pub async fn find_by_email(
    db: &impl sea_orm::ConnectionTrait,
    email: &str,
) -> Result<Option<user::Model>, AppError> {
    Ok(user::Entity::find()
        .filter(user::Column::Email.eq(normalise_email(email)))
        .one(db)
        .await?)
}

pub(crate) fn weak_password_issue(
    field: &str,
    password: &str,
    personal: &[&str],
) -> Option<FieldIssue> {
    password_is_weak(password, personal).then(|| FieldIssue::new(field, "password_weak"))
}

/// A unique index said no: someone registered the same address (or name) a moment ago.
fn is_duplicate(e: &sea_orm::DbErr) -> bool {
    matches!(
        e.sql_err(),
        Some(sea_orm::SqlErr::UniqueConstraintViolation(_))
    )
}

pub(crate) fn duplicate_as(e: sea_orm::DbErr, field: &str, code: &str) -> AppError {
    if is_duplicate(&e) {
        AppError::Validation(vec![FieldIssue::new(field, code)])
    } else {
        e.into()
    }
}

pub(crate) async fn organisation_named(
    db: &impl sea_orm::ConnectionTrait,
    name: &str,
) -> Result<Option<organisation::Model>, AppError> {
    // Names are unique without regard to case, like addresses: "UNICEF" and "Unicef" are one body.
    Ok(organisation::Entity::find()
        .filter(
            Expr::expr(Func::lower(Expr::col(organisation::Column::Name))).eq(name.to_lowercase()),
        )
        .one(db)
        .await?)
}

/// Tells the organisation's admins that a person (whose address is confirmed) asks to join.
pub(crate) async fn announce_join_request(
    ctx: &ServerContext,
    txn: &sea_orm::DatabaseTransaction,
    account: &user::Model,
) -> Result<(), AppError> {
    let org = organisation::Entity::find_by_id(account.organisation_id)
        .one(txn)
        .await?
        .ok_or(AppError::NotFound)?;
    for admin in organisation_admins(txn, org.id).await? {
        enqueue(
            txn,
            &ctx.public_url,
            &admin.email,
            locale_of(&admin),
            &Mail::JoinRequest {
                name: admin.display_name.clone(),
                person: format!("{} <{}>", account.display_name, account.email),
                organisation: org.name.clone(),
                path: "/organisation".to_owned(),
            },
        )
        .await?;
    }
    Ok(())
}

pub async fn organisation_admins(
    conn: &impl sea_orm::ConnectionTrait,
    org_id: i32,
) -> Result<Vec<user::Model>, AppError> {
    Ok(user::Entity::find()
        .filter(user::Column::OrganisationId.eq(org_id))
        .filter(user::Column::Role.eq(Role::OrgAdmin.code()))
        .filter(user::Column::Membership.eq(Membership::Active.code()))
        .all(conn)
        .await?)
}

/// Sends a reset link if the address has an account; answers the same either way.
pub async fn request_password_reset(ctx: &ServerContext, email: &str) -> Result<(), AppError> {
    let Some(account) = find_by_email(&ctx.db, email).await? else {
        tracing::info!(account = %auth::masked_email(&normalise_email(email)), "reset asked for an unknown address");
        return Ok(());
    };
    let txn = crate::ssr::write_txn(&ctx.db).await?;
    let token = tokens::issue(&txn, account.id, Purpose::ResetPassword, None).await?;
    enqueue_with_secret(
        &txn,
        &ctx.public_url,
        &account.email,
        locale_of(&account),
        &Mail::ResetPassword {
            name: account.display_name.clone(),
            path: format!("/password/reset?token={token}"),
        },
        Some(&token),
    )
    .await?;
    txn.commit().await?;
    Ok(())
}

/// Sets a new password from a reset link and closes every session of the account. Following the
/// link proves the mailbox, so an unverified address counts as verified from now on.
pub async fn reset_password(
    ctx: &ServerContext,
    input: &ResetPasswordInput,
) -> Result<(), AppError> {
    let mut issues = flat_issues(input);
    if issues.is_empty()
        && let Some(issue) = weak_password_issue("password", &input.password, &[])
    {
        issues.push(issue);
    }
    if !issues.is_empty() {
        return Err(AppError::Validation(issues));
    }
    let hash = hash_password(input.password.clone()).await?;
    let txn = crate::ssr::write_txn(&ctx.db).await?;
    let used = tokens::consume(&txn, &input.token, Purpose::ResetPassword).await?;
    let account = user::Entity::find_by_id(used.user_id)
        .one(&txn)
        .await?
        .ok_or(AppError::LinkInvalid)?;
    let mut active: user::ActiveModel = account.clone().into();
    active.password_hash = Set(hash);
    if account.email_verified_at.is_none() {
        active.email_verified_at = Set(Some(Utc::now()));
    }
    active.update(&txn).await?;
    auth::sign_out_everywhere_else(&txn, account.id, None).await?;
    // Every other reset link mailed to the account stops working with this one.
    tokens::revoke_all(&txn, account.id, Purpose::ResetPassword).await?;
    txn.commit().await?;
    tracing::info!(user_id = account.id, "password reset");
    Ok(())
}

/// The signed-in account, with "wrong password" added to `issues` when the current password typed
/// is not its own (an empty one is already a field issue). The check goes through sign-in's limits.
async fn signed_in_account(
    ctx: &ServerContext,
    who: &SessionUser,
    current_password: &str,
    from: ClientAddr,
    issues: &mut Vec<FieldIssue>,
) -> Result<user::Model, AppError> {
    let account = user::Entity::find_by_id(who.user_id)
        .one(&ctx.db)
        .await?
        .ok_or(AppError::NotSignedIn)?;
    if !current_password.is_empty()
        && !auth::password_is(ctx, &account, current_password, from).await?
    {
        issues.push(FieldIssue::new("current_password", "password_wrong"));
    }
    Ok(account)
}

/// Changes the password after checking the current one; every other session of the account ends.
pub async fn change_password(
    ctx: &ServerContext,
    who: &SessionUser,
    current_session: Option<&str>,
    input: &ChangePasswordInput,
    from: ClientAddr,
) -> Result<(), AppError> {
    let mut issues = flat_issues(input);
    let account = signed_in_account(ctx, who, &input.current_password, from, &mut issues).await?;
    if !issues.iter().any(|i| i.field == "new_password")
        && let Some(issue) = weak_password_issue(
            "new_password",
            &input.new_password,
            &[&account.display_name, &account.email],
        )
    {
        issues.push(issue);
    }
    if !issues.is_empty() {
        return Err(AppError::Validation(issues));
    }
    let hash = hash_password(input.new_password.clone()).await?;
    let txn = crate::ssr::write_txn(&ctx.db).await?;
    let mut active: user::ActiveModel = account.clone().into();
    active.password_hash = Set(hash);
    active.update(&txn).await?;
    let closed = auth::sign_out_everywhere_else(&txn, account.id, current_session).await?;
    // A reset link mailed before the change would undo it.
    tokens::revoke_all(&txn, account.id, Purpose::ResetPassword).await?;
    txn.commit().await?;
    tracing::info!(user_id = account.id, closed, "password changed");
    Ok(())
}

/// Starts an address change: the link goes to the new address, which replaces the old one only
/// once it is confirmed.
pub async fn request_email_change(
    ctx: &ServerContext,
    who: &SessionUser,
    input: &ChangeEmailInput,
    from: ClientAddr,
) -> Result<(), AppError> {
    let mut issues = flat_issues(input);
    let account = signed_in_account(ctx, who, &input.current_password, from, &mut issues).await?;
    let new_email = normalise_email(&input.new_email);
    if issues.iter().all(|i| i.field != "new_email")
        && find_by_email(&ctx.db, &new_email).await?.is_some()
    {
        issues.push(FieldIssue::new("new_email", "email_taken"));
    }
    if !issues.is_empty() {
        return Err(AppError::Validation(issues));
    }
    let txn = crate::ssr::write_txn(&ctx.db).await?;
    let token = tokens::issue(
        &txn,
        account.id,
        Purpose::ChangeEmail,
        Some(new_email.clone()),
    )
    .await?;
    enqueue_with_secret(
        &txn,
        &ctx.public_url,
        &new_email,
        locale_of(&account),
        &Mail::ConfirmNewEmail {
            name: account.display_name.clone(),
            path: format!("/account/email?token={token}"),
        },
        Some(&token),
    )
    .await?;
    txn.commit().await?;
    Ok(())
}

pub async fn confirm_email_change(ctx: &ServerContext, token: &str) -> Result<(), AppError> {
    let txn = crate::ssr::write_txn(&ctx.db).await?;
    let used = tokens::consume(&txn, token, Purpose::ChangeEmail).await?;
    let new_email = used.new_email.ok_or(AppError::LinkInvalid)?;
    user::Entity::update_many()
        .col_expr(user::Column::Email, Expr::value(new_email))
        .col_expr(user::Column::EmailVerifiedAt, Expr::value(Utc::now()))
        .filter(user::Column::Id.eq(used.user_id))
        .exec(&txn)
        .await
        // Someone took the address between the request and the click.
        .map_err(|e| duplicate_as(e, "new_email", "email_taken"))?;
    txn.commit().await?;
    Ok(())
}

/// An organisation admin approves or declines a person's request to join.
pub async fn decide_join(
    ctx: &ServerContext,
    admin: &SessionUser,
    person_id: i32,
    action: MembershipAction,
) -> Result<(), AppError> {
    if admin.role != Role::OrgAdmin {
        return Err(AppError::Forbidden);
    }
    let txn = crate::ssr::write_txn(&ctx.db).await?;
    let person = user::Entity::find_by_id(person_id)
        .one(&txn)
        .await?
        .ok_or(AppError::NotFound)?;
    let same = person.organisation_id == admin.organisation_id;
    if !same {
        // Another organisation's people do not exist for this admin.
        return Err(AppError::NotFound);
    }
    let from = Membership::parse(&person.membership).ok_or(AppError::Internal)?;
    let to = next_membership(from, action, admin.role, same)?;
    let changed = user::Entity::update_many()
        .col_expr(user::Column::Membership, Expr::value(to.code()))
        .filter(user::Column::Id.eq(person.id))
        .filter(user::Column::Membership.eq(from.code()))
        .exec(&txn)
        .await?;
    if changed.rows_affected != 1 {
        return Err(AppError::Conflict);
    }
    audit::record(
        &txn,
        Event {
            subject: "account",
            subject_id: person.id,
            actor: Some(admin.user_id),
            action: action.code(),
            from: from.code(),
            to: to.code(),
            reason: None,
        },
    )
    .await?;
    enqueue(
        &txn,
        &ctx.public_url,
        &person.email,
        locale_of(&person),
        &Mail::JoinDecision {
            name: person.display_name.clone(),
            organisation: admin.organisation_name.clone(),
            approved: to == Membership::Active,
        },
    )
    .await?;
    txn.commit().await?;
    Ok(())
}
