//! Refused forms sent without JavaScript: what was typed waits here, under a random id that only
//! goes back to the browser that sent it, for an hour. The redirect carries the id, not the form.
use chrono::{Duration, Utc};
use sea_orm::{ActiveModelTrait, ColumnTrait, DatabaseConnection, EntityTrait, QueryFilter, Set};
use serde::{Serialize, de::DeserializeOwned};

use super::entity::form_stash;
use super::errors::internal;
use crate::error::AppError;

const KEEP_FOR: Duration = Duration::hours(1);

/// Keeps `input` of the named form for the user (or an anonymous browser); returns its id.
pub async fn put<T: Serialize>(
    db: &DatabaseConnection,
    form: &str,
    user_id: Option<i32>,
    input: &T,
) -> Result<String, AppError> {
    let id = uuid::Uuid::new_v4().simple().to_string();
    let payload = serde_json::to_string(input).map_err(|e| internal("stash form", e))?;
    form_stash::ActiveModel {
        id: Set(id.clone()),
        form: Set(form.to_owned()),
        user_id: Set(user_id),
        payload: Set(payload),
        expires_at: Set(Utc::now() + KEEP_FOR),
    }
    .insert(db)
    .await?;
    Ok(id)
}

/// The stashed input, if it exists, has not expired, is of this form and belongs to this user.
pub async fn get<T: DeserializeOwned>(
    db: &DatabaseConnection,
    form: &str,
    user_id: Option<i32>,
    id: &str,
) -> Result<Option<T>, AppError> {
    let found = form_stash::Entity::find_by_id(id.to_owned())
        .filter(form_stash::Column::Form.eq(form))
        .filter(form_stash::Column::ExpiresAt.gt(Utc::now()))
        .one(db)
        .await?;
    match found {
        Some(row) if row.user_id == user_id => serde_json::from_str(&row.payload)
            .map(Some)
            .map_err(|e| internal("stashed form", e)),
        _ => Ok(None),
    }
}

/// Forgets expired stashes; returns how many.
pub async fn sweep(db: &DatabaseConnection) -> Result<u64, AppError> {
    Ok(form_stash::Entity::delete_many()
        .filter(form_stash::Column::ExpiresAt.lte(Utc::now()))
        .exec(db)
        .await?
        .rows_affected)
}
