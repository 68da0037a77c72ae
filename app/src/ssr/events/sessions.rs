//! The programme: sessions with their speakers. Sessions of one room never overlap; the check and
//! the write happen with the event locked, so two organisers saving at once cannot both get in.
use chrono::{DateTime, Utc};
use sea_orm::{
    ActiveModelTrait, ColumnTrait, ConnectionTrait, EntityTrait, QueryFilter, QueryOrder, Set,
};

use super::access::{locked, require_runner};
use super::zones;
use crate::domain::events::{SessionInput, SessionView, SpeakerView};
use crate::domain::{FieldIssue, SessionUser};
use crate::error::AppError;
use crate::event_lifecycle::{SessionKind, same_room, sessions_overlap};
use crate::reference::FocusArea;
use crate::ssr::audit::{self, Event};
use crate::ssr::context::ServerContext;
use crate::ssr::entity::events::{announcement, session, speaker};
use crate::ssr::entity::organisation;
use crate::ssr::errors::internal;
use crate::ssr::write_txn;

pub async fn of_event<C: ConnectionTrait>(
    conn: &C,
    event_id: i32,
) -> Result<Vec<session::Model>, AppError> {
    Ok(session::Entity::find()
        .filter(session::Column::EventId.eq(event_id))
        .order_by_asc(session::Column::StartsAt)
        .order_by_asc(session::Column::Id)
        .all(conn)
        .await?)
}

/// The sessions in time order, in the event's zone, each marked changed after `since`.
pub async fn views<C: ConnectionTrait>(
    conn: &C,
    event_id: i32,
    zone: &str,
    since: Option<DateTime<Utc>>,
) -> Result<Vec<SessionView>, AppError> {
    let tz = zones::of(zone);
    let sessions = of_event(conn, event_id).await?;
    let ids: Vec<i32> = sessions.iter().map(|s| s.id).collect();
    let speakers = speaker::Entity::find()
        .filter(speaker::Column::SessionId.is_in(ids))
        .order_by_asc(speaker::Column::Position)
        .all(conn)
        .await?;
    sessions
        .into_iter()
        .map(|s| {
            Ok(SessionView {
                id: s.id,
                kind: SessionKind::parse(&s.kind)
                    .ok_or_else(|| internal("session kind", &s.kind))?,
                title: s.title.clone(),
                starts_at: zones::to_local(s.starts_at, tz),
                ends_at: zones::to_local(s.ends_at, tz),
                room: s.room.clone(),
                moderator: s.moderator.clone(),
                focus_area: s.focus_area.as_deref().and_then(FocusArea::parse),
                speakers: speakers
                    .iter()
                    .filter(|p| p.session_id == s.id)
                    .map(|p| SpeakerView {
                        name: p.name.clone(),
                        title: p.title.clone(),
                        organisation: p.organisation_name.clone(),
                    })
                    .collect(),
                changed: since.is_some_and(|t| s.updated_at > t),
            })
        })
        .collect()
}

/// Adds a session (`session_id` none) or changes one. Refused with a message on the field when
/// its room is taken at that time, or it falls outside the event's days.
pub async fn save(
    ctx: &ServerContext,
    actor: &SessionUser,
    event_id: i32,
    session_id: Option<i32>,
    input: &SessionInput,
) -> Result<i32, AppError> {
    require_runner(actor)?;
    let fields = input.parse().map_err(AppError::Validation)?;
    let txn = write_txn(&ctx.db).await?;
    let event = locked(&txn, event_id).await?;
    let tz = zones::of(&event.time_zone);
    let (Some(starts), Some(ends)) = (
        zones::to_instant(fields.starts_at, tz),
        zones::to_instant(fields.ends_at, tz),
    ) else {
        return Err(AppError::Validation(vec![FieldIssue::new(
            "starts_at",
            "local_time",
        )]));
    };
    let within = |d: chrono::NaiveDate| d >= event.starts_on && d <= event.ends_on;
    if !within(fields.starts_at.date()) || !within(fields.ends_at.date()) {
        return Err(AppError::Validation(vec![FieldIssue::new(
            "starts_at",
            "session_outside_event",
        )]));
    }
    let others = of_event(&txn, event_id).await?;
    let current = match session_id {
        Some(id) => Some(
            others
                .iter()
                .find(|s| s.id == id)
                .cloned()
                .ok_or(AppError::NotFound)?,
        ),
        None => None,
    };
    let clash = others
        .iter()
        .filter(|s| Some(s.id) != session_id)
        .find(|s| {
            same_room(&s.room, &fields.room)
                && sessions_overlap((s.starts_at, s.ends_at), (starts, ends))
        });
    if clash.is_some() {
        return Err(AppError::Validation(vec![FieldIssue::new(
            "room",
            "room_taken",
        )]));
    }
    if let Some(c) = &current
        && !fields.kind.holds_announcements()
    {
        let placed = announcement::Entity::find()
            .filter(announcement::Column::SessionId.eq(c.id))
            .filter(announcement::Column::State.eq("scheduled"))
            .one(&txn)
            .await?;
        if placed.is_some() {
            return Err(AppError::Validation(vec![FieldIssue::new(
                "kind",
                "session_has_announcements",
            )]));
        }
    }
    let now = Utc::now();
    let saved = match current {
        None => {
            session::ActiveModel {
                event_id: Set(event_id),
                kind: Set(fields.kind.code().to_owned()),
                title: Set(fields.title.clone()),
                starts_at: Set(starts),
                ends_at: Set(ends),
                room: Set(fields.room.clone()),
                moderator: Set(fields.moderator.clone()),
                focus_area: Set(fields.focus_area.map(|a| a.code().to_owned())),
                created_at: Set(now),
                updated_at: Set(now),
                ..Default::default()
            }
            .insert(&txn)
            .await?
        }
        Some(c) => {
            let mut active: session::ActiveModel = c.into();
            active.kind = Set(fields.kind.code().to_owned());
            active.title = Set(fields.title.clone());
            active.starts_at = Set(starts);
            active.ends_at = Set(ends);
            active.room = Set(fields.room.clone());
            active.moderator = Set(fields.moderator.clone());
            active.focus_area = Set(fields.focus_area.map(|a| a.code().to_owned()));
            active.updated_at = Set(now);
            active.update(&txn).await?
        }
    };
    speaker::Entity::delete_many()
        .filter(speaker::Column::SessionId.eq(saved.id))
        .exec(&txn)
        .await?;
    for (position, s) in (0..).zip(&fields.speakers) {
        let registered = if s.organisation.is_empty() {
            None
        } else {
            organisation::Entity::find()
                .filter(sea_orm::sea_query::ExprTrait::eq(
                    sea_orm::sea_query::Expr::expr(sea_orm::sea_query::Func::lower(
                        sea_orm::sea_query::Expr::col(organisation::Column::Name),
                    )),
                    s.organisation.to_lowercase(),
                ))
                .one(&txn)
                .await?
        };
        speaker::ActiveModel {
            session_id: Set(saved.id),
            position: Set(position),
            name: Set(s.name.clone()),
            title: Set(s.title.clone()),
            organisation_id: Set(registered.as_ref().map(|o| o.id)),
            organisation_name: Set(registered.map_or_else(|| s.organisation.clone(), |o| o.name)),
            ..Default::default()
        }
        .insert(&txn)
        .await?;
    }
    audit::record(
        &txn,
        Event {
            subject: "event_session",
            subject_id: saved.id,
            actor: Some(actor.user_id),
            action: if session_id.is_none() { "add" } else { "edit" },
            from: "",
            to: fields.kind.code(),
            reason: Some(format!(
                "{}: {} to {}, {}",
                fields.title, fields.starts_at, fields.ends_at, fields.room
            )),
        },
    )
    .await?;
    txn.commit().await?;
    Ok(saved.id)
}

/// Takes a session off the programme; its announcements go back to "accepted", to be placed again.
pub async fn remove(
    ctx: &ServerContext,
    actor: &SessionUser,
    session_id: i32,
) -> Result<String, AppError> {
    require_runner(actor)?;
    let txn = write_txn(&ctx.db).await?;
    let s = session::Entity::find_by_id(session_id)
        .one(&txn)
        .await?
        .ok_or(AppError::NotFound)?;
    let event = locked(&txn, s.event_id).await?;
    let now = Utc::now();
    for a in announcement::Entity::find()
        .filter(announcement::Column::SessionId.eq(session_id))
        .all(&txn)
        .await?
    {
        let scheduled = a.state == "scheduled";
        let mut active: announcement::ActiveModel = a.into();
        active.session_id = Set(None);
        active.position = Set(None);
        if scheduled {
            active.state = Set("accepted".to_owned());
        }
        active.updated_at = Set(now);
        active.update(&txn).await?;
    }
    session::Entity::delete_by_id(session_id).exec(&txn).await?;
    audit::record(
        &txn,
        Event {
            subject: "event_session",
            subject_id: session_id,
            actor: Some(actor.user_id),
            action: "remove",
            from: &s.kind,
            to: "",
            reason: Some(s.title.clone()),
        },
    )
    .await?;
    txn.commit().await?;
    Ok(event.slug)
}
