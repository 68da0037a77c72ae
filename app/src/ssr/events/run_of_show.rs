//! The organiser's run of show: the programme in time order, each session with its speakers and
//! the announcements placed in it (organisation, speaker, pledge, type, value, benefit to LDCs,
//! LLDCs and SIDS, video), and the videos for the loop between sessions. Given a time, what changed
//! after it is marked and what was taken off is listed, so the desk reprints only that.
use chrono::{DateTime, Utc};
use sea_orm::{ColumnTrait, ConnectionTrait, EntityTrait, QueryFilter, QueryOrder};

use super::access::{by_slug, require_runner};
use super::catalogue::summary;
use super::{announcements, sessions, videos, zones};
use crate::domain::SessionUser;
use crate::domain::events::{RemovedAnnouncement, RunAnnouncement, RunOfShow, RunSession};
use crate::error::AppError;
use crate::event_lifecycle::AnnouncementState;
use crate::pledge_lifecycle::PledgeStatus;
use crate::ssr::entity::events::{announcement, video};
use crate::ssr::entity::{organisation, pledge, pledge_revision};
use crate::ssr::errors::internal;
use crate::ssr::pledges::records::revision_view;

pub async fn build<C: ConnectionTrait>(
    conn: &C,
    actor: &SessionUser,
    slug: &str,
    since: &str,
) -> Result<RunOfShow, AppError> {
    require_runner(actor)?;
    let event = by_slug(conn, slug).await?;
    let tz = zones::of(&event.time_zone);
    let since = since_of(since, tz)?;
    let models = sessions::of_event(conn, event.id).await?;
    let views = sessions::views(conn, event.id, &event.time_zone, since).await?;
    let slots = announcements::slots(conn, &models).await?;
    let mut out = Vec::with_capacity(views.len());
    for (model, view) in models.iter().zip(views) {
        let placed = announcement::Entity::find()
            .filter(announcement::Column::SessionId.eq(model.id))
            .filter(announcement::Column::State.eq(AnnouncementState::Scheduled.code()))
            .order_by_asc(announcement::Column::Position)
            .order_by_asc(announcement::Column::Id)
            .all(conn)
            .await?;
        let mut items = Vec::with_capacity(placed.len());
        for a in placed {
            let p = pledge::Entity::find_by_id(a.pledge_id)
                .one(conn)
                .await?
                .ok_or_else(|| internal("announced pledge", a.pledge_id))?;
            // A pledge that left is dropped in the same transaction; this guards the seam.
            if PledgeStatus::parse(&p.status).is_none_or(PledgeStatus::is_final) {
                continue;
            }
            // What will be announced: the public revision when there is one (an edit in review,
            // or one ITU rejected, is not), else the one in review.
            let revision_id = p
                .published_revision_id
                .or(p.current_revision_id)
                .ok_or_else(|| internal("announced pledge without revision", p.id))?;
            let r = pledge_revision::Entity::find_by_id(revision_id)
                .one(conn)
                .await?
                .ok_or_else(|| internal("revision", revision_id))?;
            let rv = revision_view(conn, r).await?;
            let video = match video::Entity::find()
                .filter(video::Column::AnnouncementId.eq(a.id))
                .one(conn)
                .await?
            {
                Some(v) => Some(videos::view(conn, &v, Some(rv.content.title.clone())).await?),
                None => None,
            };
            items.push(RunAnnouncement {
                position: a.position.unwrap_or_default(),
                slot: zones::to_local(slots.get(&a.id).copied().unwrap_or(model.starts_at), tz),
                minutes: a.minutes,
                organisation: organisation_name(conn, a.organisation_id).await?,
                speaker_name: a.speaker_name.clone(),
                speaker_title: a.speaker_title.clone(),
                pledge_title: rv.content.title.clone(),
                pledge_type: Some(rv.content.pledge_type),
                usd_cents: rv.usd_cents,
                amount: rv.content.amount.clone(),
                ldc: rv.content.ldc.level,
                lldc: rv.content.lldc.level,
                sids: rv.content.sids.level,
                video,
                changed: since.is_some_and(|t| a.updated_at > t),
            });
        }
        out.push(RunSession {
            session: view,
            announcements: items,
        });
    }
    let removed = match since {
        None => Vec::new(),
        Some(t) => {
            let gone = announcement::Entity::find()
                .filter(announcement::Column::EventId.eq(event.id))
                .filter(announcement::Column::UpdatedAt.gt(t))
                .filter(announcement::Column::State.is_in([
                    AnnouncementState::Declined.code(),
                    AnnouncementState::Withdrawn.code(),
                    AnnouncementState::Dropped.code(),
                ]))
                .all(conn)
                .await?;
            let mut list = Vec::with_capacity(gone.len());
            for a in gone {
                let p = pledge::Entity::find_by_id(a.pledge_id).one(conn).await?;
                let title = match p {
                    Some(p) => crate::ssr::pledges::records::title_of(conn, &p).await?,
                    None => String::new(),
                };
                list.push(RemovedAnnouncement {
                    organisation: organisation_name(conn, a.organisation_id).await?,
                    pledge_title: title,
                    session_title: None,
                    at: a.updated_at,
                });
            }
            list
        }
    };
    Ok(RunOfShow {
        event: summary(&event)?,
        since,
        sessions: out,
        removed,
        videos: videos::of_event(conn, event.id, false).await?,
    })
}

/// "Changes since": a local time of the event (as a `datetime-local` field sends it) or an
/// RFC 3339 instant (as links carry it); empty for none.
fn since_of(text: &str, tz: chrono_tz::Tz) -> Result<Option<DateTime<Utc>>, AppError> {
    let t = text.trim();
    if t.is_empty() {
        return Ok(None);
    }
    if let Ok(at) = DateTime::parse_from_rfc3339(t) {
        return Ok(Some(at.with_timezone(&Utc)));
    }
    crate::domain::events::parse_local_time(t)
        .and_then(|local| zones::to_instant(local, tz))
        .map(Some)
        .ok_or_else(|| {
            AppError::Validation(vec![crate::domain::FieldIssue::new("since", "local_time")])
        })
}

async fn organisation_name<C: ConnectionTrait>(conn: &C, id: i32) -> Result<String, AppError> {
    Ok(organisation::Entity::find_by_id(id)
        .one(conn)
        .await?
        .map(|o| o.name)
        .unwrap_or_default())
}
