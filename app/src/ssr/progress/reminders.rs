//! Reminders that a report is due: 30, 7 and 1 days before the cycle's due date, then weekly
//! while it is overdue (four at most), each in the recipient's language, through the outbox. They
//! stop once a report answers the cycle. Every server runs this on a timer; `server
//! send-reminders --at TIME` runs it once with a given clock, for schedulers and tests. A reminder
//! is claimed by its row in `progress_reminders`, so two servers never send the same one.
use std::collections::HashMap;

use chrono::{DateTime, Duration, Utc};
use sea_orm::sea_query::OnConflict;
use sea_orm::{ColumnTrait, DatabaseConnection, EntityTrait, QueryFilter, Set};

use crate::error::AppError;
use crate::progress_lifecycle::{ReminderKind, reminder_due};
use crate::ssr::accounts::locale_of;
use crate::ssr::entity::pledge;
use crate::ssr::entity::progress::{cycle, reminder, report};
use crate::ssr::mail::{Mail, ProgressNotice, enqueue};
use crate::ssr::pledges::records::title_of;
use crate::ssr::progress::access::is_reportable;
use crate::ssr::progress::{cycles, recipients};
use crate::ssr::write_txn;

/// How long after its due date a cycle is still looked at (the last reminder is 22 days after).
const LOOK_AFTER_DAYS: i64 = 28;

/// Sends the reminders due at `now`; returns how many pledges were reminded.
pub async fn send_due(
    db: &DatabaseConnection,
    public_url: &str,
    now: DateTime<Utc>,
) -> Result<usize, AppError> {
    let today = now.date_naive();
    let all_cycles = cycles::all(db).await?;
    let window: Vec<&cycle::Model> = all_cycles
        .iter()
        .filter(|c| {
            today >= c.due_on - Duration::days(30)
                && today <= c.due_on + Duration::days(LOOK_AFTER_DAYS)
        })
        .collect();
    let mut reminded = 0;
    let mut overdue_began = false;
    for c in window {
        let period_end = c
            .period_end
            .and_hms_opt(23, 59, 59)
            .map(|t| t.and_utc())
            .ok_or(AppError::Internal)?;
        let pledges: Vec<pledge::Model> = pledge::Entity::find()
            .filter(pledge::Column::PublishedRevisionId.is_not_null())
            .filter(pledge::Column::PublishedAt.lte(period_end))
            .all(db)
            .await?
            .into_iter()
            .filter(is_reportable)
            .collect();
        if pledges.is_empty() {
            continue;
        }
        let mut reports: HashMap<i32, Vec<report::Model>> = HashMap::new();
        for r in report::Entity::find().all(db).await? {
            reports.entry(r.pledge_id).or_default().push(r);
        }
        let mut sent: HashMap<i32, Vec<ReminderKind>> = HashMap::new();
        for row in reminder::Entity::find()
            .filter(reminder::Column::CycleId.eq(c.id))
            .all(db)
            .await?
        {
            if let Some(kind) = ReminderKind::parse(&row.kind) {
                sent.entry(row.pledge_id).or_default().push(kind);
            }
        }
        for p in &pledges {
            let mine = reports.get(&p.id).map(Vec::as_slice).unwrap_or_default();
            let published_on = p.published_at.map_or(today, |t| t.date_naive());
            let owed = cycles::owed(&all_cycles, published_on, mine);
            let unreported = owed.iter().any(|o| o.cycle.id == c.id && !o.reported);
            if !unreported {
                continue;
            }
            let already = sent.get(&p.id).map(Vec::as_slice).unwrap_or_default();
            let Some(kind) = reminder_due(c.due_on, today, already) else {
                continue;
            };
            if remind(db, public_url, p, c, kind, now).await? {
                reminded += 1;
                overdue_began |= kind == ReminderKind::Overdue1;
            }
        }
    }
    let due_just_passed = all_cycles
        .iter()
        .any(|c| c.due_on < today && today <= c.due_on + Duration::days(1));
    if overdue_began || due_just_passed {
        // A due date passed: some pledge may have just become inactive in public, so the
        // cached public pages are made again.
        let txn = write_txn(db).await?;
        crate::ssr::compendium::projection::bump_version(&txn).await?;
        txn.commit().await?;
    }
    if reminded > 0 {
        tracing::info!(pledges = reminded, "progress reminders queued");
    }
    Ok(reminded)
}

/// One pledge's reminder, in one transaction: claim it, then write the mails.
async fn remind(
    db: &DatabaseConnection,
    public_url: &str,
    p: &pledge::Model,
    c: &cycle::Model,
    kind: ReminderKind,
    now: DateTime<Utc>,
) -> Result<bool, AppError> {
    let txn = write_txn(db).await?;
    let claimed = reminder::Entity::insert(reminder::ActiveModel {
        pledge_id: Set(p.id),
        cycle_id: Set(c.id),
        kind: Set(kind.code().to_owned()),
        sent_at: Set(now),
    })
    .on_conflict(
        OnConflict::columns([
            reminder::Column::PledgeId,
            reminder::Column::CycleId,
            reminder::Column::Kind,
        ])
        .do_nothing()
        .to_owned(),
    )
    .exec_without_returning(&txn)
    .await?;
    if claimed == 0 {
        return Ok(false);
    }
    let title = title_of(&txn, p).await?;
    for person in recipients::of(&txn, p.organisation_id).await? {
        enqueue(
            &txn,
            public_url,
            &person.email,
            locale_of(&person),
            &Mail::Progress(ProgressNotice::Reminder {
                name: person.display_name.clone(),
                title: title.clone(),
                cycle: c.label.clone(),
                due: c.due_on,
                overdue: kind.is_overdue(),
                path: format!("/my/pledges/{}/progress", p.id),
            }),
        )
        .await?;
    }
    txn.commit().await?;
    Ok(true)
}
