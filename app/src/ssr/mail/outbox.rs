//! The outbox table: written inside the caller's transaction, claimed by workers, retried with back-off.
//!
//! Claiming is one conditional `UPDATE` per message (`… WHERE id = ? AND (unclaimed or lease
//! expired)`): PostgreSQL row locks and SQLite's single writer both let exactly one worker win it,
//! so several servers on one database never deliver a message twice while a lease runs.
use chrono::{DateTime, Duration, Utc};
use sea_orm::sea_query::{Condition, Expr, ExprTrait};
use sea_orm::{
    ActiveModelTrait, ColumnTrait, ConnectionTrait, DatabaseConnection, EntityTrait, QueryFilter,
    QueryOrder, QuerySelect, Set,
};

use super::compose::Mail;
use crate::error::AppError;
use crate::i18n::Locale;
use crate::ssr::entity::outbox_message as outbox;

pub use outbox::Model as OutboxMessage;

/// Writes the message for `recipient` in `locale` to the outbox, in the caller's transaction.
pub async fn enqueue<C: ConnectionTrait>(
    conn: &C,
    public_url: &str,
    recipient: &str,
    locale: Locale,
    mail: &Mail,
) -> Result<(), AppError> {
    enqueue_with_secret(conn, public_url, recipient, locale, mail, None).await
}

/// Stands in the stored bodies where the link's one-time key goes; the key itself waits in its
/// own column until delivery and is forgotten then, so a sent message in the table opens nothing.
const SECRET_MARK: &str = "\u{E010}key\u{E011}";

/// Like [`enqueue`], for a message whose link carries `secret` (a raw token): the bodies are
/// stored with a mark in its place.
pub async fn enqueue_with_secret<C: ConnectionTrait>(
    conn: &C,
    public_url: &str,
    recipient: &str,
    locale: Locale,
    mail: &Mail,
    secret: Option<&str>,
) -> Result<(), AppError> {
    let rendered = mail.render(locale, public_url);
    let hide = |body: String| match secret {
        Some(secret) if !secret.is_empty() => body.replace(secret, SECRET_MARK),
        _ => body,
    };
    let now = Utc::now();
    outbox::ActiveModel {
        recipient: Set(recipient.to_owned()),
        language: Set(locale.code().to_owned()),
        kind: Set(rendered.kind.to_owned()),
        subject: Set(rendered.subject),
        body_text: Set(hide(rendered.text)),
        body_html: Set(hide(rendered.html)),
        status: Set("pending".to_owned()),
        attempts: Set(0),
        next_attempt_at: Set(now),
        created_at: Set(now),
        secret: Set(secret.map(str::to_owned)),
        ..Default::default()
    }
    .insert(conn)
    .await?;
    tracing::info!(kind = rendered.kind, "mail queued");
    Ok(())
}

/// The text and HTML bodies as they are sent: with the link's key put back in.
pub fn bodies(message: &OutboxMessage) -> (String, String) {
    let reveal = |body: &str| match &message.secret {
        Some(secret) => body.replace(SECRET_MARK, secret),
        None => body.to_owned(),
    };
    (reveal(&message.body_text), reveal(&message.body_html))
}

/// Claims up to `batch` due messages for `worker` for `lease`; returns the ones this worker won.
pub async fn claim_due(
    db: &DatabaseConnection,
    worker: &str,
    batch: u64,
    lease: Duration,
) -> Result<Vec<OutboxMessage>, AppError> {
    let now = Utc::now();
    let candidates = outbox::Entity::find()
        .filter(outbox::Column::Status.eq("pending"))
        .filter(outbox::Column::NextAttemptAt.lte(now))
        .filter(lease_free(now))
        .order_by_asc(outbox::Column::Id)
        .limit(batch)
        .all(db)
        .await?;
    let mut won = Vec::new();
    for message in candidates {
        let claimed = outbox::Entity::update_many()
            .col_expr(outbox::Column::ClaimedBy, Expr::value(worker))
            .col_expr(outbox::Column::ClaimedUntil, Expr::value(now + lease))
            .filter(outbox::Column::Id.eq(message.id))
            .filter(outbox::Column::Status.eq("pending"))
            .filter(lease_free(now))
            .exec(db)
            .await?;
        if claimed.rows_affected == 1 {
            won.push(message);
        }
    }
    Ok(won)
}

fn lease_free(now: DateTime<Utc>) -> Condition {
    Condition::any()
        .add(outbox::Column::ClaimedUntil.is_null())
        .add(outbox::Column::ClaimedUntil.lt(now))
}

/// Delivered: never sent again, and its link's key forgotten. Only the worker holding the claim
/// may mark it.
pub async fn mark_sent(db: &DatabaseConnection, id: i32, worker: &str) -> Result<(), AppError> {
    outbox::Entity::update_many()
        .col_expr(outbox::Column::Status, Expr::value("sent"))
        .col_expr(outbox::Column::SentAt, Expr::value(Utc::now()))
        .col_expr(outbox::Column::Secret, Expr::value(Option::<String>::None))
        .col_expr(
            outbox::Column::Attempts,
            Expr::col(outbox::Column::Attempts).add(1),
        )
        .col_expr(
            outbox::Column::ClaimedUntil,
            Expr::value(Option::<DateTime<Utc>>::None),
        )
        .filter(outbox::Column::Id.eq(id))
        .filter(outbox::Column::ClaimedBy.eq(worker))
        .exec(db)
        .await?;
    Ok(())
}

/// Not delivered this time: tried again after a back-off that doubles from `base` up to an hour,
/// or kept as `failed` when the receiving server refused it for good (never deleted).
pub async fn mark_unsent(
    db: &DatabaseConnection,
    message: &OutboxMessage,
    worker: &str,
    error: &str,
    permanent: bool,
    base: Duration,
) -> Result<(), AppError> {
    let attempts = message.attempts + 1;
    let status = if permanent { "failed" } else { "pending" };
    // A message refused for good is never sent: its key is of no use to anyone any more.
    let secret = if permanent {
        None
    } else {
        message.secret.clone()
    };
    outbox::Entity::update_many()
        .col_expr(outbox::Column::Status, Expr::value(status))
        .col_expr(outbox::Column::Secret, Expr::value(secret))
        .col_expr(outbox::Column::Attempts, Expr::value(attempts))
        .col_expr(
            outbox::Column::LastError,
            Expr::value(error.chars().take(500).collect::<String>()),
        )
        .col_expr(
            outbox::Column::NextAttemptAt,
            Expr::value(Utc::now() + back_off(attempts, base)),
        )
        .col_expr(
            outbox::Column::ClaimedUntil,
            Expr::value(Option::<DateTime<Utc>>::None),
        )
        .filter(outbox::Column::Id.eq(message.id))
        .filter(outbox::Column::ClaimedBy.eq(worker))
        .exec(db)
        .await?;
    Ok(())
}

pub fn back_off(attempts: i32, base: Duration) -> Duration {
    let factor = 1_i64 << attempts.clamp(0, 20);
    std::cmp::min(
        base * i32::try_from(factor).unwrap_or(i32::MAX),
        Duration::hours(1),
    )
}

#[cfg(test)]
mod tests {
    use super::*;

    #[test]
    fn back_off_doubles_and_stops_at_an_hour() {
        let base = Duration::seconds(5);
        assert_eq!(back_off(1, base), Duration::seconds(10));
        assert_eq!(back_off(2, base), Duration::seconds(20));
        assert_eq!(back_off(40, base), Duration::hours(1));
    }
}
