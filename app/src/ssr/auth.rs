//! Passwords and database-backed sessions.
use argon2::Argon2;
use argon2::password_hash::{
    PasswordHash, PasswordHasher, PasswordVerifier, SaltString, rand_core::OsRng,
};
use chrono::{Duration, Utc};
use sea_orm::{ActiveModelTrait, ColumnTrait, DatabaseConnection, EntityTrait, QueryFilter, Set};
use sha2::{Digest, Sha256};

use super::entity::{organisation, session, user};
use super::errors::internal;
use crate::domain::SessionUser;
use crate::error::AppError;
use crate::pledge_lifecycle::Role;

pub const SESSION_COOKIE: &str = "p2c_session";

pub async fn hash_password(password: String) -> Result<String, AppError> {
    // Argon2 takes tens of milliseconds of CPU on purpose: keep it off the async workers.
    tokio::task::spawn_blocking(move || {
        let salt = SaltString::generate(&mut OsRng);
        Argon2::default()
            .hash_password(password.as_bytes(), &salt)
            .map(|h| h.to_string())
            .map_err(|e| internal("password hashing", e))
    })
    .await
    .map_err(|e| internal("password hashing task", e))?
}

async fn password_matches(hash: String, password: String) -> Result<bool, AppError> {
    tokio::task::spawn_blocking(move || {
        let parsed = PasswordHash::new(&hash).map_err(|e| internal("stored password hash", e))?;
        Ok(Argon2::default()
            .verify_password(password.as_bytes(), &parsed)
            .is_ok())
    })
    .await
    .map_err(|e| internal("password check task", e))?
}

fn token_hash(token: &str) -> String {
    hex::encode(Sha256::digest(token.as_bytes()))
}

/// Checks the credentials and opens a session; returns the cookie token.
#[tracing::instrument(skip(db, password))]
pub async fn sign_in(
    db: &DatabaseConnection,
    email: &str,
    password: &str,
    session_days: i64,
) -> Result<String, AppError> {
    let email = email.trim().to_lowercase();
    let account = user::Entity::find()
        .filter(user::Column::Email.eq(email))
        .one(db)
        .await?;
    // An unknown address costs the same hash check as a known one, so timing tells nothing.
    let (hash, account) = match account {
        Some(u) => (u.password_hash.clone(), Some(u)),
        None => (dummy_hash().to_owned(), None),
    };
    let matches = password_matches(hash, password.to_owned()).await?;
    let account = match (matches, account) {
        (true, Some(a)) => a,
        _ => return Err(AppError::InvalidCredentials),
    };

    let token = format!(
        "{}{}",
        uuid::Uuid::new_v4().simple(),
        uuid::Uuid::new_v4().simple()
    );
    let now = Utc::now();
    session::Entity::delete_many()
        .filter(session::Column::ExpiresAt.lt(now))
        .exec(db)
        .await?;
    session::ActiveModel {
        token_hash: Set(token_hash(&token)),
        user_id: Set(account.id),
        created_at: Set(now),
        expires_at: Set(now + Duration::days(session_days)),
        ..Default::default()
    }
    .insert(db)
    .await?;
    tracing::info!(user_id = account.id, "signed in");
    Ok(token)
}

fn dummy_hash() -> &'static str {
    "$argon2id$v=19$m=19456,t=2,p=1$c29tZXNhbHRzb21lc2FsdA$1n0rQmK0kS2aF7a0C8cDqYQ4b4w0sJgfZcQq4H3d0xA"
}

pub async fn user_for_token(
    db: &DatabaseConnection,
    token: &str,
) -> Result<Option<SessionUser>, AppError> {
    let found = session::Entity::find()
        .filter(session::Column::TokenHash.eq(token_hash(token)))
        .filter(session::Column::ExpiresAt.gt(Utc::now()))
        .one(db)
        .await?;
    let Some(found) = found else { return Ok(None) };
    let Some(account) = user::Entity::find_by_id(found.user_id).one(db).await? else {
        return Ok(None);
    };
    let org = organisation::Entity::find_by_id(account.organisation_id)
        .one(db)
        .await?
        .ok_or_else(|| internal("session user", "user without organisation"))?;
    let role = Role::parse(&account.role).ok_or_else(|| internal("user role", &account.role))?;
    Ok(Some(SessionUser {
        user_id: account.id,
        display_name: account.display_name,
        email: account.email,
        role,
        organisation_id: org.id,
        organisation_name: org.name,
    }))
}

pub async fn sign_out(db: &DatabaseConnection, token: &str) -> Result<(), AppError> {
    session::Entity::delete_many()
        .filter(session::Column::TokenHash.eq(token_hash(token)))
        .exec(db)
        .await?;
    Ok(())
}

pub fn session_cookie(token: &str, secure: bool, days: i64) -> String {
    let secure = if secure { "; Secure" } else { "" };
    let max_age = days * 24 * 3600;
    format!("{SESSION_COOKIE}={token}; Path=/; HttpOnly; SameSite=Lax; Max-Age={max_age}{secure}")
}

pub fn expired_session_cookie(secure: bool) -> String {
    let secure = if secure { "; Secure" } else { "" };
    format!("{SESSION_COOKIE}=; Path=/; HttpOnly; SameSite=Lax; Max-Age=0{secure}")
}

#[cfg(test)]
mod tests {
    use super::*;

    #[tokio::test]
    async fn a_hash_verifies_only_its_own_password() {
        let hash = hash_password("correct horse".into())
            .await
            .unwrap_or_default();
        assert!(
            password_matches(hash.clone(), "correct horse".into())
                .await
                .unwrap_or(false)
        );
        assert!(
            !password_matches(hash, "correct horse!".into())
                .await
                .unwrap_or(true)
        );
    }

    #[tokio::test]
    async fn the_dummy_hash_parses_so_unknown_users_cost_a_real_check() {
        assert_eq!(
            password_matches(dummy_hash().into(), "x".into()).await,
            Ok(false)
        );
    }

    #[test]
    fn cookies_are_http_only_and_same_site() {
        let c = session_cookie("abc", true, 14);
        assert!(c.contains("HttpOnly") && c.contains("SameSite=Lax") && c.contains("Secure"));
        assert!(expired_session_cookie(false).contains("Max-Age=0"));
    }
}
