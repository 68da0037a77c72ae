//! Reminders to speakers' organisations, 7 days and 1 day before their slot, in each reader's
//! language, through the outbox. Run with the progress reminders, on every server and by `server
//! send-reminders --at TIME`. Each reminder is claimed by a conditional update of its
//! announcement, so two servers never send the same one.
use chrono::{DateTime, Utc};
use sea_orm::sea_query::Expr;
use sea_orm::{ColumnTrait, DatabaseConnection, EntityTrait, QueryFilter};

use super::{announcements, zones};
use crate::error::AppError;
use crate::event_lifecycle::{AnnouncementState, SlotReminder, slot_reminder_due};
use crate::ssr::accounts::locale_of;
use crate::ssr::entity::events::{announcement, event, session};
use crate::ssr::entity::pledge;
use crate::ssr::mail::{EventNotice, Mail, enqueue};
use crate::ssr::pledges::records::title_of;
use crate::ssr::write_txn;

/// Sends the slot reminders due at `now`; returns how many announcements were reminded.
pub async fn send_due(
    db: &DatabaseConnection,
    public_url: &str,
    now: DateTime<Utc>,
) -> Result<usize, AppError> {
    // Sessions that start within the next week (a slot is never before its session starts).
    let soon = session::Entity::find()
        .filter(session::Column::EndsAt.gt(now))
        .filter(session::Column::StartsAt.lte(now + chrono::Duration::days(8)))
        .all(db)
        .await?;
    let slots = announcements::slots(db, &soon).await?;
    let mut reminded = 0;
    for (announcement_id, slot) in slots {
        let Some(a) = announcement::Entity::find_by_id(announcement_id)
            .one(db)
            .await?
        else {
            continue;
        };
        let Some(kind) = slot_reminder_due(
            slot,
            now,
            a.reminded_week_at.is_some(),
            a.reminded_day_at.is_some(),
        ) else {
            continue;
        };
        let column = match kind {
            SlotReminder::Week => announcement::Column::RemindedWeekAt,
            SlotReminder::Day => announcement::Column::RemindedDayAt,
        };
        let txn = write_txn(db).await?;
        let claimed = announcement::Entity::update_many()
            .col_expr(column, Expr::value(now))
            .filter(announcement::Column::Id.eq(a.id))
            .filter(column.is_null())
            .filter(announcement::Column::State.eq(AnnouncementState::Scheduled.code()))
            .exec(&txn)
            .await?;
        if claimed.rows_affected != 1 {
            continue;
        }
        let (Some(p), Some(e)) = (
            pledge::Entity::find_by_id(a.pledge_id).one(&txn).await?,
            event::Entity::find_by_id(a.event_id).one(&txn).await?,
        ) else {
            continue;
        };
        let title = title_of(&txn, &p).await?;
        let local = zones::to_local(slot, zones::of(&e.time_zone));
        for person in crate::ssr::review::decisions::pledge_people(&txn, &p).await? {
            enqueue(
                &txn,
                public_url,
                &person.email,
                locale_of(&person),
                &Mail::Event(EventNotice::SlotSoon {
                    name: person.display_name.clone(),
                    title: title.clone(),
                    event: e.name.clone(),
                    speaker: a.speaker_name.clone(),
                    at: local,
                    zone: e.time_zone.clone(),
                    days: match kind {
                        SlotReminder::Week => 7,
                        SlotReminder::Day => 1,
                    },
                    path: "/my/events".to_owned(),
                }),
            )
            .await?;
        }
        txn.commit().await?;
        reminded += 1;
    }
    if reminded > 0 {
        tracing::info!(announcements = reminded, "slot reminders queued");
    }
    Ok(reminded)
}
