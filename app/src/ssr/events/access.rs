//! Who may run events (organisers and ITU admins), and how an event is found.
use sea_orm::{ColumnTrait, ConnectionTrait, EntityTrait, QueryFilter, QuerySelect};

use crate::domain::SessionUser;
use crate::error::AppError;
use crate::event_lifecycle::runs_events;
use crate::ssr::entity::events::event;

pub fn require_runner(actor: &SessionUser) -> Result<(), AppError> {
    if runs_events(actor.role) {
        Ok(())
    } else {
        Err(AppError::Forbidden)
    }
}

pub async fn by_slug<C: ConnectionTrait>(conn: &C, slug: &str) -> Result<event::Model, AppError> {
    event::Entity::find()
        .filter(event::Column::Slug.eq(slug.trim().to_lowercase()))
        .one(conn)
        .await?
        .ok_or(AppError::NotFound)
}

pub async fn by_id<C: ConnectionTrait>(conn: &C, id: i32) -> Result<event::Model, AppError> {
    event::Entity::find_by_id(id)
        .one(conn)
        .await?
        .ok_or(AppError::NotFound)
}

/// The event, locked for the rest of the transaction: two organisers placing sessions or slots
/// in one event take turns, so neither sees the programme without the other's change. (SQLite's
/// write transactions already take turns.)
pub async fn locked<C: ConnectionTrait>(conn: &C, id: i32) -> Result<event::Model, AppError> {
    let query = event::Entity::find_by_id(id);
    let query = match conn.get_database_backend() {
        sea_orm::DbBackend::Postgres => query.lock_exclusive(),
        _ => query,
    };
    query.one(conn).await?.ok_or(AppError::NotFound)
}
