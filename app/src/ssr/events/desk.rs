//! The organiser's desk of one event: the event, its programme, the requests and placed
//! announcements, the videos, the signatories, and the Leaders who may add a video.
use sea_orm::{ColumnTrait, ConnectionTrait, EntityTrait, QueryFilter};

use super::access::{by_slug, require_runner};
use super::catalogue::summary;
use super::{announcements, sessions, signatories, videos};
use crate::domain::SessionUser;
use crate::domain::events::EventDesk;
use crate::error::AppError;
use crate::leader_lifecycle::LeaderStatus;
use crate::ssr::entity::{focus_area_leader, organisation};

pub async fn of_event<C: ConnectionTrait>(
    conn: &C,
    actor: &SessionUser,
    slug: &str,
) -> Result<EventDesk, AppError> {
    require_runner(actor)?;
    let e = by_slug(conn, slug).await?;
    let mut leaders: Vec<(i32, String)> = Vec::new();
    for l in focus_area_leader::Entity::find()
        .filter(focus_area_leader::Column::Status.eq(LeaderStatus::Nominated.code()))
        .all(conn)
        .await?
    {
        if leaders.iter().any(|(id, _)| *id == l.organisation_id) {
            continue;
        }
        if let Some(o) = organisation::Entity::find_by_id(l.organisation_id)
            .one(conn)
            .await?
        {
            leaders.push((o.id, o.name));
        }
    }
    leaders.sort_by_key(|(_, name)| name.to_lowercase());
    Ok(EventDesk {
        sessions: sessions::views(conn, e.id, &e.time_zone, None).await?,
        announcements: announcements::rows(conn, &e).await?,
        videos: videos::of_event(conn, e.id, false).await?,
        signatories: signatories::views(conn, e.id).await?,
        event: summary(&e)?,
        leaders,
    })
}
