//! Registrations waiting for their address to be confirmed.
//!
//! A registration is not an account: it waits in `registrations` (the form, without its password,
//! and the password's hash) until someone opens the mailed link *and* types the password chosen
//! at registration. Only then are the account and the organisation created. So:
//! - the answer to a registration is the same whether the address has an account or not (the
//!   owner of a used address gets a mail saying someone tried);
//! - an unconfirmed registration reserves no organisation name and blocks nobody: several may wait
//!   for one address, and the password says whose is being confirmed;
//! - a stranger who registered someone else's address never gets in: its owner's click with the
//!   owner's password confirms the owner's registration, never the stranger's;
//! - unconfirmed registrations are swept after [`UNCONFIRMED_KEPT_DAYS`] days.
use chrono::{DateTime, Duration, Utc};
use sea_orm::sea_query::Expr;
use sea_orm::{
    ActiveModelTrait, ColumnTrait, DatabaseConnection, EntityTrait, QueryFilter, QueryOrder,
    QuerySelect, Set,
};

use crate::domain::text_rules::normalise_email;
use crate::domain::{FieldIssue, RegistrationInput, VerifyEmailInput, flat_issues};
use crate::error::AppError;
use crate::i18n::Locale;
use crate::organisation_lifecycle::{Membership, Verification};
use crate::pledge_lifecycle::Role;
use crate::ssr::accounts::auth::{hash_matches, hash_password, new_token, token_hash};
use crate::ssr::accounts::{
    announce_join_request, duplicate_as, find_by_email, locale_of, organisation_named,
    weak_password_issue,
};
use crate::ssr::context::ServerContext;
use crate::ssr::entity::{organisation, registration, user};
use crate::ssr::errors::internal;
use crate::ssr::mail::{Mail, enqueue, enqueue_with_secret};
use crate::ssr::rate_limit::ClientAddr;

/// How long an unconfirmed registration is kept before the sweep deletes it.
pub const UNCONFIRMED_KEPT_DAYS: i64 = 7;
/// How long a confirmation link works; "send it again" makes a new one.
const LINK_HOURS: i64 = 48;
/// At most this many waiting registrations of one address are tried against a password.
const CANDIDATES: u64 = 5;

fn kept_since(now: DateTime<Utc>) -> DateTime<Utc> {
    now - Duration::days(UNCONFIRMED_KEPT_DAYS)
}

/// Registers a person with a new organisation (they become its admin) or asking to join one.
/// Nothing is written unless every field is right. The answer never tells whether the address
/// already has an account: a new address gets the confirmation link, a used one a mail saying
/// someone tried. Both cost one password hash.
#[tracing::instrument(skip_all)]
pub async fn register(ctx: &ServerContext, input: &RegistrationInput) -> Result<(), AppError> {
    let mut issues = input.issues();
    let email = normalise_email(&input.email);
    if !issues.iter().any(|i| i.field == "password")
        && let Some(issue) =
            weak_password_issue("password", &input.password, &[&input.name, &email])
    {
        issues.push(issue);
    }
    if input.org_choice == "new"
        && organisation_named(&ctx.db, input.organisation.name.trim())
            .await?
            .is_some()
    {
        issues.push(FieldIssue::new("organisation.name", "org_taken"));
    }
    if input.org_choice != "new" {
        let id = input.join_organisation.trim().parse::<i32>().unwrap_or(-1);
        let found = organisation::Entity::find_by_id(id).one(&ctx.db).await?;
        if found.is_none() && !issues.iter().any(|i| i.field == "join_organisation") {
            issues.push(FieldIssue::new("join_organisation", "choice"));
        }
    }
    if !issues.is_empty() {
        return Err(AppError::Validation(issues));
    }

    let password_hash = hash_password(input.password.clone()).await?;
    let txn = crate::ssr::write_txn(&ctx.db).await?;
    match find_by_email(&txn, &email).await? {
        Some(account) => {
            enqueue(
                &txn,
                &ctx.public_url,
                &account.email,
                locale_of(&account),
                &Mail::RegistrationAttempt {
                    name: account.display_name.clone(),
                    path: "/password/forgot".to_owned(),
                },
            )
            .await?;
            tracing::info!(
                user_id = account.id,
                "registration refused quietly: the address has an account"
            );
        }
        None => {
            let now = Utc::now();
            let token = new_token();
            let form = serde_json::to_string(&input.without_password())
                .map_err(|e| internal("registration form", e))?;
            registration::ActiveModel {
                email: Set(email.clone()),
                password_hash: Set(password_hash),
                form: Set(form),
                language: Set(input.language.clone()),
                token_hash: Set(token_hash(&token)),
                token_expires_at: Set(now + Duration::hours(LINK_HOURS)),
                created_at: Set(now),
                ..Default::default()
            }
            .insert(&txn)
            .await?;
            send_link(
                ctx,
                &txn,
                &email,
                &input.language,
                input.name.trim(),
                &token,
            )
            .await?;
            tracing::info!("registration waiting for its address to be confirmed");
        }
    }
    txn.commit().await?;
    Ok(())
}

async fn send_link(
    ctx: &ServerContext,
    txn: &sea_orm::DatabaseTransaction,
    email: &str,
    language: &str,
    name: &str,
    token: &str,
) -> Result<(), AppError> {
    enqueue_with_secret(
        txn,
        &ctx.public_url,
        email,
        Locale::parse(language).unwrap_or(Locale::En),
        &Mail::VerifyEmail {
            name: name.to_owned(),
            path: format!("/verify?token={token}"),
        },
        Some(token),
    )
    .await
}

/// Confirms a registration: the link proves the mailbox, the password proves the person. The
/// account and (for a new organisation) the organisation are created now; a person who asked to
/// join is announced to the organisation's admins now, not before.
#[tracing::instrument(skip_all)]
pub async fn confirm(
    ctx: &ServerContext,
    input: &VerifyEmailInput,
    from: ClientAddr,
) -> Result<(), AppError> {
    let issues = flat_issues(input);
    if !issues.is_empty() {
        return Err(AppError::Validation(issues));
    }
    let now = Utc::now();
    let opened = registration::Entity::find()
        .filter(registration::Column::TokenHash.eq(token_hash(input.token.trim())))
        .filter(registration::Column::TokenExpiresAt.gt(now))
        .filter(registration::Column::CreatedAt.gt(kept_since(now)))
        .one(&ctx.db)
        .await?
        .ok_or(AppError::LinkInvalid)?;
    ctx.limits.admit_password_check(&opened.email, from).await?;
    // Several registrations may wait for one address (its owner's, a stranger's): the password
    // says whose this is. A stranger's is never confirmed by the owner's password.
    let waiting = registration::Entity::find()
        .filter(registration::Column::Email.eq(opened.email.as_str()))
        .filter(registration::Column::CreatedAt.gt(kept_since(now)))
        .order_by_desc(registration::Column::CreatedAt)
        .limit(CANDIDATES)
        .all(&ctx.db)
        .await?;
    let mut chosen = None;
    for candidate in waiting {
        if hash_matches(&candidate.password_hash, &input.password).await? {
            chosen = Some(candidate);
            break;
        }
    }
    let Some(chosen) = chosen else {
        tracing::warn!(account = %crate::ssr::accounts::auth::masked_email(&opened.email), "confirmation refused: not the registration's password");
        return Err(AppError::Validation(vec![FieldIssue::new(
            "password",
            "registration_password",
        )]));
    };
    let form: RegistrationInput =
        serde_json::from_str(&chosen.form).map_err(|e| internal("stored registration", e))?;
    let txn = crate::ssr::write_txn(&ctx.db).await?;
    if find_by_email(&txn, &chosen.email).await?.is_some() {
        // Confirmed a moment ago (another click, another of the address's registrations).
        return Err(AppError::LinkInvalid);
    }
    let account = create_account(&txn, &chosen, &form, now).await?;
    if account.membership == Membership::Pending.code() {
        announce_join_request(ctx, &txn, &account).await?;
    }
    registration::Entity::delete_many()
        .filter(registration::Column::Email.eq(chosen.email.as_str()))
        .exec(&txn)
        .await?;
    txn.commit().await?;
    tracing::info!(
        user_id = account.id,
        joined = form.org_choice != "new",
        "registration confirmed"
    );
    Ok(())
}

/// The account (and its new organisation, and that organisation's application to lead) as the
/// registration asked, with the address confirmed.
async fn create_account(
    txn: &sea_orm::DatabaseTransaction,
    chosen: &registration::Model,
    form: &RegistrationInput,
    now: DateTime<Utc>,
) -> Result<user::Model, AppError> {
    let new_org = form.org_choice == "new";
    let (org_id, role, membership) = if new_org {
        let name = form.organisation.name.trim().to_owned();
        let taken = || {
            AppError::Validation(vec![FieldIssue::new(
                "organisation.name",
                "org_taken_meanwhile",
            )])
        };
        if organisation_named(txn, &name).await?.is_some() {
            return Err(taken());
        }
        let org = organisation::ActiveModel {
            name: Set(name),
            stakeholder_type: Set(form.organisation.stakeholder_type.clone()),
            country_code: Set(form.organisation.country.clone()),
            website: Set(form.organisation.website.trim().to_owned()),
            description: Set(form.organisation.description.trim().to_owned()),
            verification: Set(Verification::Pending.code().to_owned()),
            created_at: Set(now),
            ..Default::default()
        }
        .insert(txn)
        .await
        .map_err(|e| duplicate_as(e, "organisation.name", "org_taken_meanwhile"))?;
        (org.id, Role::OrgAdmin, Membership::Active)
    } else {
        let id = form.join_organisation.trim().parse::<i32>().unwrap_or(-1);
        let org = organisation::Entity::find_by_id(id)
            .one(txn)
            .await?
            .ok_or(AppError::NotFound)?;
        (org.id, Role::Stakeholder, Membership::Pending)
    };
    let account = user::ActiveModel {
        organisation_id: Set(org_id),
        email: Set(chosen.email.clone()),
        display_name: Set(form.name.trim().to_owned()),
        password_hash: Set(chosen.password_hash.clone()),
        role: Set(role.code().to_owned()),
        created_at: Set(now),
        email_verified_at: Set(Some(now)),
        preferred_language: Set(chosen.language.clone()),
        membership: Set(membership.code().to_owned()),
        ..Default::default()
    }
    .insert(txn)
    .await
    .map_err(|e| duplicate_as(e, "email", "email_taken"))?;
    if new_org && form.applies_to_lead() {
        crate::ssr::coalition::leaders::apply_in(txn, org_id, account.id, role, &form.lead).await?;
    }
    Ok(account)
}

/// Sends a new link for the address's newest waiting registration, if it has one. Says nothing
/// either way, so the form cannot be used to learn who registered.
pub async fn resend_link(ctx: &ServerContext, email: &str) -> Result<(), AppError> {
    let email = normalise_email(email);
    let now = Utc::now();
    let Some(waiting) = registration::Entity::find()
        .filter(registration::Column::Email.eq(email.as_str()))
        .filter(registration::Column::CreatedAt.gt(kept_since(now)))
        .order_by_desc(registration::Column::CreatedAt)
        .one(&ctx.db)
        .await?
    else {
        return Ok(());
    };
    let form: RegistrationInput =
        serde_json::from_str(&waiting.form).map_err(|e| internal("stored registration", e))?;
    let token = new_token();
    let txn = crate::ssr::write_txn(&ctx.db).await?;
    registration::Entity::update_many()
        .col_expr(
            registration::Column::TokenHash,
            Expr::value(token_hash(&token)),
        )
        .col_expr(
            registration::Column::TokenExpiresAt,
            Expr::value(now + Duration::hours(LINK_HOURS)),
        )
        .filter(registration::Column::Id.eq(waiting.id))
        .exec(&txn)
        .await?;
    send_link(
        ctx,
        &txn,
        &email,
        &waiting.language,
        form.name.trim(),
        &token,
    )
    .await?;
    txn.commit().await?;
    Ok(())
}

/// The password hash of the address's newest waiting registration, if it has one.
pub(crate) async fn waiting_password_hash(
    db: &DatabaseConnection,
    email: &str,
) -> Result<Option<String>, AppError> {
    Ok(registration::Entity::find()
        .filter(registration::Column::Email.eq(email))
        .filter(registration::Column::CreatedAt.gt(kept_since(Utc::now())))
        .order_by_desc(registration::Column::CreatedAt)
        .one(db)
        .await?
        .map(|r| r.password_hash))
}

/// Deletes the registrations that were not confirmed within [`UNCONFIRMED_KEPT_DAYS`] days of
/// `now`; the server calls it periodically with the current time. Returns how many.
pub async fn sweep_unconfirmed(
    db: &DatabaseConnection,
    now: DateTime<Utc>,
) -> Result<u64, AppError> {
    Ok(registration::Entity::delete_many()
        .filter(registration::Column::CreatedAt.lte(kept_since(now)))
        .exec(db)
        .await?
        .rows_affected)
}
