//! Single-use links sent by e-mail to an account (reset the password, confirm a new address; a
//! registration's link lives with the registration, in `registrations`).
//! Only the SHA-256 of a token is stored; a token works once, before it expires, for its purpose only.
use chrono::{Duration, Utc};
use sea_orm::sea_query::Expr;
use sea_orm::{ActiveModelTrait, ColumnTrait, ConnectionTrait, EntityTrait, QueryFilter, Set};

use crate::error::AppError;
use crate::ssr::accounts::auth::{new_token, token_hash};
use crate::ssr::entity::account_token;

#[derive(Clone, Copy, Debug, PartialEq, Eq)]
pub enum Purpose {
    ResetPassword,
    ChangeEmail,
}

impl Purpose {
    fn code(self) -> &'static str {
        match self {
            Purpose::ResetPassword => "reset_password",
            Purpose::ChangeEmail => "change_email",
        }
    }

    /// A reset link opens the account, so it lives an hour; a new address's link may wait in an inbox.
    fn lifetime(self) -> Duration {
        match self {
            Purpose::ResetPassword => Duration::hours(1),
            Purpose::ChangeEmail => Duration::hours(24),
        }
    }
}

/// Issues a token for the account (in the caller's transaction); returns the token for the link.
pub async fn issue<C: ConnectionTrait>(
    conn: &C,
    user_id: i32,
    purpose: Purpose,
    new_email: Option<String>,
) -> Result<String, AppError> {
    let token = new_token();
    let now = Utc::now();
    account_token::ActiveModel {
        user_id: Set(user_id),
        purpose: Set(purpose.code().to_owned()),
        token_hash: Set(token_hash(&token)),
        new_email: Set(new_email),
        expires_at: Set(now + purpose.lifetime()),
        created_at: Set(now),
        ..Default::default()
    }
    .insert(conn)
    .await?;
    Ok(token)
}

/// Uses the token up; `LinkInvalid` if it is unknown, expired, used, or for another purpose.
/// The conditional update makes two clicks at once count once.
pub async fn consume<C: ConnectionTrait>(
    conn: &C,
    token: &str,
    purpose: Purpose,
) -> Result<account_token::Model, AppError> {
    let now = Utc::now();
    let found = account_token::Entity::find()
        .filter(account_token::Column::TokenHash.eq(token_hash(token.trim())))
        .filter(account_token::Column::Purpose.eq(purpose.code()))
        .filter(account_token::Column::UsedAt.is_null())
        .filter(account_token::Column::ExpiresAt.gt(now))
        .one(conn)
        .await?
        .ok_or(AppError::LinkInvalid)?;
    let used = account_token::Entity::update_many()
        .col_expr(account_token::Column::UsedAt, Expr::value(now))
        .filter(account_token::Column::Id.eq(found.id))
        .filter(account_token::Column::UsedAt.is_null())
        .exec(conn)
        .await?;
    if used.rows_affected == 1 {
        Ok(found)
    } else {
        Err(AppError::LinkInvalid)
    }
}

/// Uses up every unused token of `purpose` the account has (the other reset links, once one of
/// them was used or the password changed). Returns how many.
pub async fn revoke_all<C: ConnectionTrait>(
    conn: &C,
    user_id: i32,
    purpose: Purpose,
) -> Result<u64, AppError> {
    Ok(account_token::Entity::update_many()
        .col_expr(account_token::Column::UsedAt, Expr::value(Utc::now()))
        .filter(account_token::Column::UserId.eq(user_id))
        .filter(account_token::Column::Purpose.eq(purpose.code()))
        .filter(account_token::Column::UsedAt.is_null())
        .exec(conn)
        .await?
        .rows_affected)
}
