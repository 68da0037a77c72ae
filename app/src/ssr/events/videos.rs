//! Video statements: links to hosts ITU admins allow, each with its length and a transcript or
//! summary. Pages only link to them (the visitor clicks through); nothing is embedded, so the
//! content security policy stays as strict as it is.
use chrono::Utc;
use sea_orm::{
    ActiveModelTrait, ColumnTrait, ConnectionTrait, EntityTrait, QueryFilter, QueryOrder, Set,
};

use super::access::require_runner;
use crate::domain::events::{VideoFields, VideoInput, VideoView, https_host};
use crate::domain::{FieldIssue, SessionUser};
use crate::error::AppError;
use crate::event_lifecycle::AnnouncementState;
use crate::pledge_lifecycle::Role;
use crate::ssr::audit::{self, Event};
use crate::ssr::context::ServerContext;
use crate::ssr::entity::events::{announcement, video, video_host};
use crate::ssr::entity::{organisation, pledge};
use crate::ssr::pledges::records::title_of;
use crate::ssr::write_txn;

pub async fn host_allowed<C: ConnectionTrait>(conn: &C, host: &str) -> Result<bool, AppError> {
    Ok(video_host::Entity::find_by_id(host.to_ascii_lowercase())
        .one(conn)
        .await?
        .is_some())
}

pub async fn hosts<C: ConnectionTrait>(conn: &C) -> Result<Vec<String>, AppError> {
    Ok(video_host::Entity::find()
        .order_by_asc(video_host::Column::Host)
        .all(conn)
        .await?
        .into_iter()
        .map(|h| h.host)
        .collect())
}

/// A host as typed: "www.youtube.com", or a link on it.
fn host_of(text: &str) -> Option<String> {
    let t = text.trim();
    if t.starts_with("https://") {
        return https_host(t);
    }
    https_host(&format!("https://{t}/"))
}

/// ITU admins add a host to the allowed list, or take one off.
pub async fn set_host(
    ctx: &ServerContext,
    actor: &SessionUser,
    host: &str,
    allowed: bool,
) -> Result<(), AppError> {
    if actor.role != Role::Admin {
        return Err(AppError::Forbidden);
    }
    let host = host_of(host)
        .ok_or_else(|| AppError::Validation(vec![FieldIssue::new("host", "video_host_name")]))?;
    let txn = write_txn(&ctx.db).await?;
    let known = host_allowed(&txn, &host).await?;
    if allowed && !known {
        video_host::ActiveModel {
            host: Set(host.clone()),
            added_by: Set(Some(actor.user_id)),
            created_at: Set(Utc::now()),
        }
        .insert(&txn)
        .await?;
    } else if !allowed && known {
        video_host::Entity::delete_by_id(host.clone())
            .exec(&txn)
            .await?;
    }
    audit::record(
        &txn,
        Event {
            subject: "video_host",
            subject_id: 0,
            actor: Some(actor.user_id),
            action: if allowed { "add" } else { "remove" },
            from: "",
            to: "",
            reason: Some(host),
        },
    )
    .await?;
    txn.commit().await?;
    Ok(())
}

pub async fn insert<C: ConnectionTrait>(
    conn: &C,
    event_id: i32,
    announcement_id: Option<i32>,
    organisation_id: i32,
    v: &VideoFields,
    added_by: i32,
) -> Result<(), AppError> {
    let now = Utc::now();
    video::ActiveModel {
        event_id: Set(event_id),
        announcement_id: Set(announcement_id),
        organisation_id: Set(organisation_id),
        url: Set(v.url.clone()),
        seconds: Set(v.seconds),
        transcript: Set(v.transcript.clone()),
        added_by: Set(added_by),
        created_at: Set(now),
        updated_at: Set(now),
        ..Default::default()
    }
    .insert(conn)
    .await?;
    Ok(())
}

/// The organiser adds a Leader's video statement to the event.
pub async fn add_leader_video(
    ctx: &ServerContext,
    actor: &SessionUser,
    event_id: i32,
    organisation_id: i32,
    input: &VideoInput,
) -> Result<String, AppError> {
    require_runner(actor)?;
    let v = match input.parse() {
        Ok(Some(v)) => v,
        Ok(None) => {
            return Err(AppError::Validation(vec![FieldIssue::new(
                "video_url",
                "video_url",
            )]));
        }
        Err(issues) => return Err(AppError::Validation(issues)),
    };
    let txn = write_txn(&ctx.db).await?;
    let event = super::access::locked(&txn, event_id).await?;
    if !host_allowed(&txn, &v.host).await? {
        return Err(AppError::Validation(vec![FieldIssue::new(
            "video_url",
            "video_host",
        )]));
    }
    let leads = crate::ssr::entity::focus_area_leader::Entity::find()
        .filter(crate::ssr::entity::focus_area_leader::Column::OrganisationId.eq(organisation_id))
        .filter(
            crate::ssr::entity::focus_area_leader::Column::Status
                .eq(crate::leader_lifecycle::LeaderStatus::Nominated.code()),
        )
        .one(&txn)
        .await?;
    if leads.is_none() {
        return Err(AppError::Validation(vec![FieldIssue::new(
            "organisation_id",
            "not_a_leader",
        )]));
    }
    insert(&txn, event_id, None, organisation_id, &v, actor.user_id).await?;
    audit::record(
        &txn,
        Event {
            subject: "event",
            subject_id: event_id,
            actor: Some(actor.user_id),
            action: "add_video",
            from: "",
            to: "",
            reason: Some(v.url.clone()),
        },
    )
    .await?;
    txn.commit().await?;
    Ok(event.slug)
}

/// The event's videos. `public`: only Leaders' statements and those of accepted announcements of
/// public pledges; otherwise every one of a live announcement (for the organiser's loop).
pub async fn of_event<C: ConnectionTrait>(
    conn: &C,
    event_id: i32,
    public: bool,
) -> Result<Vec<VideoView>, AppError> {
    let mut out = Vec::new();
    for v in video::Entity::find()
        .filter(video::Column::EventId.eq(event_id))
        .order_by_asc(video::Column::Id)
        .all(conn)
        .await?
    {
        let pledge_title = match v.announcement_id {
            None => None,
            Some(id) => {
                let Some(a) = announcement::Entity::find_by_id(id).one(conn).await? else {
                    continue;
                };
                let state = AnnouncementState::parse(&a.state);
                let shown = if public {
                    state.is_some_and(AnnouncementState::is_public)
                } else {
                    state.is_some_and(AnnouncementState::is_live)
                };
                let Some(p) = pledge::Entity::find_by_id(a.pledge_id).one(conn).await? else {
                    continue;
                };
                let pledge_public = p.published_revision_id.is_some()
                    && crate::pledge_lifecycle::PledgeStatus::parse(&p.status)
                        .is_some_and(crate::pledge_lifecycle::PledgeStatus::keeps_public_revision);
                if !shown || (public && !pledge_public) {
                    continue;
                }
                Some(title_of(conn, &p).await?)
            }
        };
        out.push(view(conn, &v, pledge_title).await?);
    }
    Ok(out)
}

pub async fn view<C: ConnectionTrait>(
    conn: &C,
    v: &video::Model,
    pledge_title: Option<String>,
) -> Result<VideoView, AppError> {
    Ok(VideoView {
        id: v.id,
        organisation: organisation::Entity::find_by_id(v.organisation_id)
            .one(conn)
            .await?
            .map(|o| o.name)
            .unwrap_or_default(),
        host: https_host(&v.url).unwrap_or_default(),
        url: v.url.clone(),
        seconds: v.seconds,
        transcript: v.transcript.clone(),
        pledge_title,
    })
}
