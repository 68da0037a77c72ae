//! The coalition's append-only audit log: who changed what, from which state to which, and why.
pub mod listing;
use chrono::Utc;
use sea_orm::{ActiveModelTrait, ConnectionTrait, Set};

use crate::error::AppError;
use crate::ssr::entity::coalition_event;

pub struct Event<'a> {
    pub subject: &'static str,
    pub subject_id: i32,
    /// `None` when the person acted on their own record before signing in (e.g. verifying an address).
    pub actor: Option<i32>,
    pub action: &'a str,
    pub from: &'a str,
    pub to: &'a str,
    pub reason: Option<String>,
}

pub async fn record<C: ConnectionTrait>(conn: &C, e: Event<'_>) -> Result<(), AppError> {
    coalition_event::ActiveModel {
        subject: Set(e.subject.to_owned()),
        subject_id: Set(e.subject_id),
        actor_user_id: Set(e.actor),
        action: Set(e.action.to_owned()),
        from_state: Set(e.from.to_owned()),
        to_state: Set(e.to.to_owned()),
        reason: Set(e.reason),
        at: Set(Utc::now()),
        ..Default::default()
    }
    .insert(conn)
    .await?;
    tracing::info!(
        subject = e.subject,
        id = e.subject_id,
        action = e.action,
        "coalition change"
    );
    Ok(())
}
