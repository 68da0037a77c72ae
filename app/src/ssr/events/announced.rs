//! What the public reads of events: the event page (its programme, the announced pledges with
//! their totals, its videos) and, on each public pledge, where it was announced. The list and the
//! totals are the compendium's own, filtered by the event, so they equal its exports.
use sea_orm::{ColumnTrait, ConnectionTrait, EntityTrait, QueryFilter, QueryOrder};

use super::access::by_slug;
use super::catalogue::summary;
use crate::domain::CompendiumFilter;
use crate::domain::events::{EventMention, PublicEvent};
use crate::error::AppError;
use crate::event_lifecycle::AnnouncementState;
use crate::ssr::compendium::Batches;
use crate::ssr::compendium::stats::stats;
use crate::ssr::entity::events::{announcement, event};

/// The events a pledge was announced at (accepted or scheduled), by start date.
pub async fn events_of<C: ConnectionTrait>(
    conn: &C,
    pledge_id: i32,
) -> Result<Vec<EventMention>, AppError> {
    let event_ids: Vec<i32> = announcement::Entity::find()
        .filter(announcement::Column::PledgeId.eq(pledge_id))
        .filter(announcement::Column::State.is_in(AnnouncementState::PUBLIC.map(|s| s.code())))
        .all(conn)
        .await?
        .into_iter()
        .map(|a| a.event_id)
        .collect();
    if event_ids.is_empty() {
        return Ok(Vec::new());
    }
    Ok(event::Entity::find()
        .filter(event::Column::Id.is_in(event_ids))
        .filter(event::Column::Hidden.eq(false))
        .order_by_asc(event::Column::StartsOn)
        .all(conn)
        .await?
        .into_iter()
        .map(|e| EventMention {
            slug: e.slug,
            name: e.name,
        })
        .collect())
}

/// The public documents of the pledges announced at an event are made again (its name changed).
pub async fn refresh_event<C: ConnectionTrait>(conn: &C, event_id: i32) -> Result<(), AppError> {
    let pledges: std::collections::BTreeSet<i32> = announcement::Entity::find()
        .filter(announcement::Column::EventId.eq(event_id))
        .filter(announcement::Column::State.is_in(AnnouncementState::PUBLIC.map(|s| s.code())))
        .all(conn)
        .await?
        .into_iter()
        .map(|a| a.pledge_id)
        .collect();
    for id in pledges {
        crate::ssr::compendium::projection::refresh(conn, id).await?;
    }
    Ok(())
}

/// Pledges listed on an event page at most (the compendium, filtered by the event, lists them all).
const LISTED: usize = 200;

pub async fn public_page<C: ConnectionTrait>(
    conn: &C,
    slug: &str,
) -> Result<PublicEvent, AppError> {
    let e = by_slug(conn, slug).await?;
    if e.hidden {
        // Taken off the public side by a reviewer after a report of a problem.
        return Err(AppError::NotFound);
    }
    let filter = CompendiumFilter {
        event: Some(e.slug.clone()),
        ..CompendiumFilter::default()
    };
    let mut pledges = Vec::new();
    let mut batches = Batches::new(&filter);
    while let Some(rows) = batches.next(conn).await? {
        pledges.extend(rows.into_iter().map(|(_, doc)| doc));
        if pledges.len() >= LISTED {
            pledges.truncate(LISTED);
            break;
        }
    }
    Ok(PublicEvent {
        sessions: super::sessions::views(conn, e.id, &e.time_zone, None).await?,
        totals: stats(conn, &filter).await?,
        videos: super::videos::of_event(conn, e.id, true).await?,
        event: summary(&e)?,
        pledges,
    })
}
