//! Events themselves: organisers and ITU admins create and edit them; everyone lists them.
use chrono::Utc;
use sea_orm::sea_query::Expr;
use sea_orm::{
    ActiveModelTrait, ColumnTrait, ConnectionTrait, EntityTrait, QueryFilter, QueryOrder, Set,
};

use super::access::{by_slug, require_runner};
use super::zones;
use crate::domain::events::{EventInput, EventSummary};
use crate::domain::{FieldIssue, SessionUser};
use crate::error::AppError;
use crate::event_lifecycle::EventStatus;
use crate::ssr::audit::{self, Event};
use crate::ssr::context::ServerContext;
use crate::ssr::entity::events::event;
use crate::ssr::errors::internal;
use crate::ssr::write_txn;

pub(crate) const SUBJECT: &str = "event";

pub fn summary(e: &event::Model) -> Result<EventSummary, AppError> {
    Ok(EventSummary {
        id: e.id,
        slug: e.slug.clone(),
        name: e.name.clone(),
        place: e.place.clone(),
        time_zone: e.time_zone.clone(),
        starts_on: e.starts_on,
        ends_on: e.ends_on,
        status: EventStatus::parse(&e.status).ok_or_else(|| internal("event status", &e.status))?,
        version: e.version,
    })
}

/// Every event the public may see (not taken down after a report), newest first.
pub async fn public_list<C: ConnectionTrait>(conn: &C) -> Result<Vec<EventSummary>, AppError> {
    let hidden: Vec<i32> = event::Entity::find()
        .filter(event::Column::Hidden.eq(true))
        .all(conn)
        .await?
        .into_iter()
        .map(|e| e.id)
        .collect();
    let mut all = list(conn).await?;
    all.retain(|e| !hidden.contains(&e.id));
    Ok(all)
}

/// Every event, newest first; archived ones last.
pub async fn list<C: ConnectionTrait>(conn: &C) -> Result<Vec<EventSummary>, AppError> {
    let mut all: Vec<EventSummary> = event::Entity::find()
        .order_by_desc(event::Column::StartsOn)
        .all(conn)
        .await?
        .iter()
        .map(summary)
        .collect::<Result<_, _>>()?;
    all.sort_by_key(|e| e.status == EventStatus::Archived);
    Ok(all)
}

/// Creates an event (`event_id` none) or edits one; returns its slug. The slug is its public
/// address: it is chosen once and kept, so links already shared keep working.
pub async fn save(
    ctx: &ServerContext,
    actor: &SessionUser,
    event_id: Option<i32>,
    seen_version: Option<i32>,
    input: &EventInput,
) -> Result<String, AppError> {
    require_runner(actor)?;
    let mut fields = match input.parse() {
        Ok(f) => f,
        Err(issues) => {
            return Err(AppError::Validation(issues));
        }
    };
    let Some(zone) = zones::parse(&fields.time_zone) else {
        return Err(AppError::Validation(vec![FieldIssue::new(
            "time_zone",
            "time_zone",
        )]));
    };
    fields.time_zone = zone.name().to_owned();
    let txn = write_txn(&ctx.db).await?;
    let now = Utc::now();
    let (id, from, to) = match event_id {
        None => {
            if by_slug(&txn, &fields.slug).await.is_ok() {
                return Err(AppError::Validation(vec![FieldIssue::new(
                    "slug",
                    "event_slug_taken",
                )]));
            }
            let saved = event::ActiveModel {
                slug: Set(fields.slug.clone()),
                name: Set(fields.name.clone()),
                place: Set(fields.place.clone()),
                time_zone: Set(fields.time_zone.clone()),
                starts_on: Set(fields.starts_on),
                ends_on: Set(fields.ends_on),
                status: Set(fields.status.code().to_owned()),
                created_by: Set(Some(actor.user_id)),
                created_at: Set(now),
                updated_at: Set(now),
                version: Set(0),
                ..Default::default()
            }
            .insert(&txn)
            .await?;
            (saved.id, String::new(), fields.status.code().to_owned())
        }
        Some(id) => {
            let current = super::access::locked(&txn, id).await?;
            if seen_version.is_some_and(|v| v != current.version) {
                return Err(AppError::Conflict);
            }
            let done = event::Entity::update_many()
                .col_expr(event::Column::Name, Expr::value(fields.name.clone()))
                .col_expr(event::Column::Place, Expr::value(fields.place.clone()))
                .col_expr(
                    event::Column::TimeZone,
                    Expr::value(fields.time_zone.clone()),
                )
                .col_expr(event::Column::StartsOn, Expr::value(fields.starts_on))
                .col_expr(event::Column::EndsOn, Expr::value(fields.ends_on))
                .col_expr(event::Column::Status, Expr::value(fields.status.code()))
                .col_expr(event::Column::UpdatedAt, Expr::value(now))
                .col_expr(event::Column::Version, Expr::value(current.version + 1))
                .filter(event::Column::Id.eq(id))
                .filter(event::Column::Version.eq(current.version))
                .exec(&txn)
                .await?;
            if done.rows_affected != 1 {
                return Err(AppError::Conflict);
            }
            fields.slug = current.slug.clone();
            if current.name != fields.name {
                // The name is in the public documents of the pledges announced there.
                super::announced::refresh_event(&txn, id).await?;
            }
            (id, current.status, fields.status.code().to_owned())
        }
    };
    audit::record(
        &txn,
        Event {
            subject: SUBJECT,
            subject_id: id,
            actor: Some(actor.user_id),
            action: if event_id.is_none() { "add" } else { "edit" },
            from: &from,
            to: &to,
            reason: Some(format!(
                "{}: {}, {} to {} ({})",
                fields.name, fields.place, fields.starts_on, fields.ends_on, fields.time_zone
            )),
        },
    )
    .await?;
    txn.commit().await?;
    Ok(fields.slug)
}
