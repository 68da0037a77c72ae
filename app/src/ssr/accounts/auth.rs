//! Passwords and database-backed sessions.
use argon2::Argon2;
use argon2::password_hash::{
    PasswordHash, PasswordHasher, PasswordVerifier, SaltString, rand_core::OsRng,
};
use std::sync::OnceLock;

use chrono::{Duration, Utc};
use sea_orm::{ActiveModelTrait, ColumnTrait, DatabaseConnection, EntityTrait, QueryFilter, Set};
use sha2::{Digest, Sha256};
use tokio::sync::Semaphore;

use crate::domain::SessionUser;
use crate::error::AppError;
use crate::pledge_lifecycle::Role;
use crate::ssr::context::{AuthSettings, ServerContext};
use crate::ssr::entity::{organisation, session, user};
use crate::ssr::errors::internal;
use crate::ssr::rate_limit::ClientAddr;

pub const SESSION_COOKIE: &str = "p2c_session";
/// Its name when cookies are `Secure` (see `AuthSettings::cookie_name`).
pub const SECURE_SESSION_COOKIE: &str = "__Host-p2c_session";

/// Each Argon2id hash takes 19 MiB and tens of milliseconds of CPU, on purpose. Hashes run on the
/// blocking pool, at most one per core at a time: a burst of sign-ins queues instead of exhausting memory.
fn hashing_permits() -> &'static Semaphore {
    static PERMITS: OnceLock<Semaphore> = OnceLock::new();
    PERMITS.get_or_init(|| Semaphore::new(hashing_concurrency()))
}

/// How many hashes may run at once (the semaphore's size).
pub fn hashing_concurrency() -> usize {
    std::thread::available_parallelism().map_or(2, std::num::NonZeroUsize::get)
}

async fn with_hashing_permit<T: Send + 'static>(
    what: &'static str,
    work: impl FnOnce() -> Result<T, AppError> + Send + 'static,
) -> Result<T, AppError> {
    let _permit = hashing_permits()
        .acquire()
        .await
        .map_err(|e| internal(what, e))?;
    tokio::task::spawn_blocking(work)
        .await
        .map_err(|e| internal(what, e))?
}

pub async fn hash_password(password: String) -> Result<String, AppError> {
    with_hashing_permit("password hashing", move || {
        let salt = SaltString::generate(&mut OsRng);
        Argon2::default()
            .hash_password(password.as_bytes(), &salt)
            .map(|h| h.to_string())
            .map_err(|e| internal("password hashing", e))
    })
    .await
}

async fn password_matches(hash: String, password: String) -> Result<bool, AppError> {
    with_hashing_permit("password check", move || {
        let parsed = PasswordHash::new(&hash).map_err(|e| internal("stored password hash", e))?;
        Ok(Argon2::default()
            .verify_password(password.as_bytes(), &parsed)
            .is_ok())
    })
    .await
}

pub(crate) fn token_hash(token: &str) -> String {
    hex::encode(Sha256::digest(token.as_bytes()))
}

/// Checks the credentials and opens a session; returns the cookie token. The session the browser
/// had before (if any) is closed, so a token planted before sign-in is worth nothing after it.
#[tracing::instrument(skip_all)]
pub async fn sign_in(
    ctx: &ServerContext,
    email: &str,
    password: &str,
    previous_token: Option<&str>,
    from: ClientAddr,
) -> Result<String, AppError> {
    let email = email.trim().to_lowercase();
    ctx.limits.admit_password_check(&email, from).await?;
    let account = user::Entity::find()
        .filter(user::Column::Email.eq(email.as_str()))
        .one(&ctx.db)
        .await?;
    // An unknown address costs the same hash check as a known one, so timing tells nothing. An
    // address still waiting for confirmation is checked against its registration's password, so
    // the person who registered learns to open the link (and only they, who know the password).
    let waiting = match &account {
        Some(_) => None,
        None => crate::ssr::accounts::registrations::waiting_password_hash(&ctx.db, &email).await?,
    };
    let (hash, account) = match (account, &waiting) {
        (Some(u), _) => (u.password_hash.clone(), Some(u)),
        (None, Some(hash)) => (hash.clone(), None),
        (None, None) => (dummy_hash().to_owned(), None),
    };
    let matches = password_matches(hash, password.to_owned()).await?;
    let account = match (matches, account) {
        (true, Some(a)) => a,
        (true, None) if waiting.is_some() => {
            tracing::info!(account = %masked_email(&email), "sign-in refused: registration not confirmed yet");
            return Err(AppError::EmailNotVerified);
        }
        _ => {
            tracing::warn!(account = %masked_email(&email), "sign-in failed");
            return Err(AppError::InvalidCredentials);
        }
    };

    match verify_standing(&account) {
        Ok(()) => {}
        Err(e) => {
            tracing::info!(user_id = account.id, "sign-in refused: {e}");
            return Err(e);
        }
    }
    let token = new_token();
    let now = Utc::now();
    if let Some(previous) = previous_token {
        sign_out(&ctx.db, previous).await?;
    }
    session::ActiveModel {
        token_hash: Set(token_hash(&token)),
        user_id: Set(account.id),
        created_at: Set(now),
        expires_at: Set(now + Duration::days(ctx.auth.session_days)),
        ..Default::default()
    }
    .insert(&ctx.db)
    .await?;
    tracing::info!(user_id = account.id, "signed in");
    Ok(token)
}

/// 256 random bits, as 64 hex characters: session cookies and the links in e-mails.
pub(crate) fn new_token() -> String {
    format!(
        "{}{}",
        uuid::Uuid::new_v4().simple(),
        uuid::Uuid::new_v4().simple()
    )
}

/// The right password is not enough: the address must be verified and the organisation's admin
/// must have accepted the person. Checked after the password, so it tells nothing to a guesser.
fn verify_standing(account: &user::Model) -> Result<(), AppError> {
    use crate::organisation_lifecycle::Membership;
    if account.email_verified_at.is_none() {
        return Err(AppError::EmailNotVerified);
    }
    match Membership::parse(&account.membership) {
        Some(Membership::Active) => Ok(()),
        Some(Membership::Pending) => Err(AppError::MembershipPending),
        Some(Membership::Declined) | None => Err(AppError::Forbidden),
    }
}

/// Ends every session of the account but `keep` (after a password change, on every other device).
pub async fn sign_out_everywhere_else<C: sea_orm::ConnectionTrait>(
    conn: &C,
    user_id: i32,
    keep: Option<&str>,
) -> Result<u64, AppError> {
    let mut delete = session::Entity::delete_many().filter(session::Column::UserId.eq(user_id));
    if let Some(keep) = keep {
        delete = delete.filter(session::Column::TokenHash.ne(token_hash(keep)));
    }
    Ok(delete.exec(conn).await?.rows_affected)
}

/// Whether `password` is this account's password: one Argon2 check behind the permits, counted by
/// the same limits as a sign-in (so a stolen session cannot be used to guess the password faster).
pub async fn password_is(
    ctx: &ServerContext,
    account: &user::Model,
    password: &str,
    from: ClientAddr,
) -> Result<bool, AppError> {
    ctx.limits
        .admit_password_check(&account.email, from)
        .await?;
    password_matches(account.password_hash.clone(), password.to_owned()).await
}

/// Whether `password` matches a stored hash (a registration's), behind the permits; the caller
/// has counted the attempt.
pub(crate) async fn hash_matches(hash: &str, password: &str) -> Result<bool, AppError> {
    password_matches(hash.to_owned(), password.to_owned()).await
}

/// An address as logs may show it: the first character and the domain (`a…@minict.example`).
pub(crate) fn masked_email(email: &str) -> String {
    match email.split_once('@') {
        Some((local, domain)) => {
            let first: String = local.chars().take(1).collect();
            format!("{first}…@{domain}")
        }
        None => "…".to_owned(),
    }
}

/// Closes expired sessions; the server calls it periodically. Returns how many.
pub async fn sweep_expired_sessions(db: &DatabaseConnection) -> Result<u64, AppError> {
    Ok(session::Entity::delete_many()
        .filter(session::Column::ExpiresAt.lte(Utc::now()))
        .exec(db)
        .await?
        .rows_affected)
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
    Ok(Some(session_user(account, org, role)))
}

/// A person as the services see them acting: their account and their organisation.
pub(crate) fn session_user(
    account: user::Model,
    org: organisation::Model,
    role: Role,
) -> SessionUser {
    SessionUser {
        user_id: account.id,
        display_name: account.display_name,
        email: account.email,
        role,
        organisation_id: org.id,
        organisation_name: org.name,
    }
}

pub async fn sign_out(db: &DatabaseConnection, token: &str) -> Result<(), AppError> {
    session::Entity::delete_many()
        .filter(session::Column::TokenHash.eq(token_hash(token)))
        .exec(db)
        .await?;
    Ok(())
}

impl AuthSettings {
    /// The session cookie's name: with `Secure`, the `__Host-` prefix makes browsers refuse it
    /// unless it was set by this very host over HTTPS, for the whole site.
    pub fn cookie_name(&self) -> &'static str {
        if self.secure_cookies {
            SECURE_SESSION_COOKIE
        } else {
            SESSION_COOKIE
        }
    }

    pub fn session_cookie(&self, token: &str) -> String {
        let max_age = self.session_days * 24 * 3600;
        self.cookie(token, max_age)
    }

    pub fn expired_session_cookie(&self) -> String {
        self.cookie("", 0)
    }

    fn cookie(&self, value: &str, max_age: i64) -> String {
        let secure = if self.secure_cookies { "; Secure" } else { "" };
        format!(
            "{}={value}; Path=/; HttpOnly; SameSite=Lax; Max-Age={max_age}{secure}",
            self.cookie_name()
        )
    }
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
    fn cookies_are_http_only_and_same_site_and_host_bound_when_secure() {
        let secure = AuthSettings {
            secure_cookies: true,
            session_days: 14,
        };
        let c = secure.session_cookie("abc");
        assert!(c.starts_with("__Host-p2c_session=abc; Path=/;"), "{c}");
        assert!(c.contains("HttpOnly") && c.contains("SameSite=Lax") && c.contains("Secure"));
        assert!(!c.contains("Domain"));
        let plain = AuthSettings {
            secure_cookies: false,
            session_days: 14,
        };
        assert!(plain.session_cookie("abc").starts_with("p2c_session=abc;"));
        assert!(!plain.session_cookie("abc").contains("Secure"));
        assert!(plain.expired_session_cookie().contains("Max-Age=0"));
    }

    #[test]
    fn logs_never_show_a_whole_address() {
        assert_eq!(masked_email("amina@minict.example"), "a…@minict.example");
        assert_eq!(masked_email("nonsense"), "…");
    }

    #[tokio::test]
    async fn no_more_hashes_run_at_once_than_there_are_permits() {
        let running = std::sync::Arc::new(std::sync::atomic::AtomicUsize::new(0));
        let most = std::sync::Arc::new(std::sync::atomic::AtomicUsize::new(0));
        let jobs = (0..hashing_concurrency() * 3).map(|_| {
            let (running, most) = (running.clone(), most.clone());
            with_hashing_permit("test", move || {
                use std::sync::atomic::Ordering::SeqCst;
                let now = running.fetch_add(1, SeqCst) + 1;
                most.fetch_max(now, SeqCst);
                std::thread::sleep(std::time::Duration::from_millis(30));
                running.fetch_sub(1, SeqCst);
                Ok(())
            })
        });
        for result in futures_join_all(jobs).await {
            result.unwrap();
        }
        let most = most.load(std::sync::atomic::Ordering::SeqCst);
        assert!(most >= 1 && most <= hashing_concurrency(), "{most} at once");
    }

    async fn futures_join_all<F>(jobs: impl Iterator<Item = F>) -> Vec<F::Output>
    where
        F: std::future::Future + Send + 'static,
        F::Output: Send + 'static,
    {
        let handles: Vec<_> = jobs.map(tokio::spawn).collect();
        let mut out = Vec::new();
        for h in handles {
            out.push(h.await.unwrap());
        }
        out
    }
}
