//! The reviewers' daily digest: once a UTC day, at or after a set hour, each reviewer who chose
//! it gets one mail listing the pledges that joined the queue since their last digest. Entries
//! are queued by `notices` in the transaction that put the pledge in the queue, and taken
//! out here in the transaction that writes the digest: no pledge twice, none missed, whichever
//! server runs the job (the day is claimed by a conditional update of the reviewer's row).
use std::collections::{BTreeMap, HashMap};

use chrono::{DateTime, Timelike, Utc};
use sea_orm::sea_query::{Condition, Expr};
use sea_orm::{
    ActiveModelTrait, ColumnTrait, DatabaseConnection, EntityTrait, QueryFilter, QueryOrder, Set,
};

use crate::domain::{PledgeMail, SessionUser};
use crate::error::AppError;
use crate::organisation_lifecycle::Membership;
use crate::pledge_lifecycle::{PledgeStatus, Role};
use crate::ssr::accounts::locale_of;
use crate::ssr::entity::{digest_entry, notice_preference, organisation, pledge, user};
use crate::ssr::mail::{DigestLine, Mail, PledgeNotice, enqueue};
use crate::ssr::pledges::records::title_of;
use crate::ssr::write_txn;

fn reviewer_only(who: &SessionUser) -> Result<(), AppError> {
    if matches!(who.role, Role::Reviewer | Role::Admin) {
        Ok(())
    } else {
        Err(AppError::Forbidden)
    }
}

/// How the reviewer hears of waiting pledges; a mail per pledge unless they chose the digest.
pub async fn preference(
    db: &DatabaseConnection,
    who: &SessionUser,
) -> Result<PledgeMail, AppError> {
    reviewer_only(who)?;
    Ok(notice_preference::Entity::find_by_id(who.user_id)
        .one(db)
        .await?
        .and_then(|row| PledgeMail::parse(&row.pledge_mail))
        .unwrap_or(PledgeMail::Each))
}

/// Records the reviewer's choice. Pledges already queued for a digest stay queued for the next
/// one, so switching back and forth loses none.
pub async fn set_preference(
    db: &DatabaseConnection,
    who: &SessionUser,
    choice: PledgeMail,
) -> Result<(), AppError> {
    reviewer_only(who)?;
    let txn = write_txn(db).await?;
    let now = Utc::now();
    match notice_preference::Entity::find_by_id(who.user_id)
        .one(&txn)
        .await?
    {
        Some(row) => {
            let mut row: notice_preference::ActiveModel = row.into();
            row.pledge_mail = Set(choice.code().to_owned());
            row.updated_at = Set(now);
            row.update(&txn).await?;
        }
        None => {
            notice_preference::ActiveModel {
                user_id: Set(who.user_id),
                pledge_mail: Set(choice.code().to_owned()),
                digest_sent_on: Set(None),
                updated_at: Set(now),
            }
            .insert(&txn)
            .await?;
        }
    }
    txn.commit().await?;
    tracing::info!(
        user_id = who.user_id,
        choice = choice.code(),
        "pledge mail preference"
    );
    Ok(())
}

/// Sends the digests due at `now` (the clock is the caller's, so a test can run "today" and
/// "tomorrow"): nothing before `hour` UTC, then one per reviewer and day. Returns how many
/// digest mails were written to the outbox.
pub async fn send_due(
    db: &DatabaseConnection,
    public_url: &str,
    now: DateTime<Utc>,
    hour: u32,
) -> Result<usize, AppError> {
    if now.hour() < hour {
        return Ok(0);
    }
    let today = now.date_naive();
    let due = notice_preference::Entity::find()
        .filter(notice_preference::Column::PledgeMail.eq(PledgeMail::Digest.code()))
        .filter(not_sent_on(today))
        .all(db)
        .await?;
    let mut sent = 0;
    for row in due {
        if send_one(db, public_url, row.user_id, today).await? {
            sent += 1;
        }
    }
    if sent > 0 {
        tracing::info!(digests = sent, "review digests queued");
    }
    Ok(sent)
}

fn not_sent_on(today: chrono::NaiveDate) -> Condition {
    Condition::any()
        .add(notice_preference::Column::DigestSentOn.is_null())
        .add(notice_preference::Column::DigestSentOn.lt(today))
}

/// One reviewer's digest, in one transaction: claim the day, take the queued entries, write the
/// mail. Another server that claimed the day first leaves nothing to do here.
async fn send_one(
    db: &DatabaseConnection,
    public_url: &str,
    user_id: i32,
    today: chrono::NaiveDate,
) -> Result<bool, AppError> {
    let txn = write_txn(db).await?;
    let claimed = notice_preference::Entity::update_many()
        .col_expr(notice_preference::Column::DigestSentOn, Expr::value(today))
        .filter(notice_preference::Column::UserId.eq(user_id))
        .filter(notice_preference::Column::PledgeMail.eq(PledgeMail::Digest.code()))
        .filter(not_sent_on(today))
        .exec(&txn)
        .await?;
    if claimed.rows_affected != 1 {
        return Ok(false);
    }
    let entries = digest_entry::Entity::find()
        .filter(digest_entry::Column::UserId.eq(user_id))
        .order_by_asc(digest_entry::Column::Id)
        .all(&txn)
        .await?;
    if entries.is_empty() {
        txn.commit().await?;
        return Ok(false);
    }
    digest_entry::Entity::delete_many()
        .filter(digest_entry::Column::Id.is_in(entries.iter().map(|e| e.id)))
        .exec(&txn)
        .await?;
    let person = user::Entity::find_by_id(user_id)
        .one(&txn)
        .await?
        .filter(|u| {
            u.membership == Membership::Active.code()
                && matches!(Role::parse(&u.role), Some(Role::Reviewer | Role::Admin))
        });
    // Each pledge once, in the order it joined the queue; only those still waiting for a decision.
    let mut order: BTreeMap<i64, i32> = BTreeMap::new();
    let mut seen = std::collections::HashSet::new();
    for e in &entries {
        if seen.insert(e.pledge_id) {
            order.insert(e.id, e.pledge_id);
        }
    }
    let pledges: HashMap<i32, pledge::Model> = pledge::Entity::find()
        .filter(pledge::Column::Id.is_in(seen.iter().copied()))
        .filter(pledge::Column::Status.is_in([
            PledgeStatus::Submitted.code(),
            PledgeStatus::InReview.code(),
        ]))
        .all(&txn)
        .await?
        .into_iter()
        .map(|p| (p.id, p))
        .collect();
    let Some(person) = person.filter(|_| !pledges.is_empty()) else {
        txn.commit().await?;
        return Ok(false);
    };
    let names: HashMap<i32, String> = organisation::Entity::find()
        .filter(organisation::Column::Id.is_in(pledges.values().map(|p| p.organisation_id)))
        .all(&txn)
        .await?
        .into_iter()
        .map(|o| (o.id, o.name))
        .collect();
    let mut lines = Vec::with_capacity(pledges.len());
    for pledge_id in order.values() {
        if let Some(p) = pledges.get(pledge_id) {
            lines.push(DigestLine {
                title: title_of(&txn, p).await?,
                organisation: names.get(&p.organisation_id).cloned().unwrap_or_default(),
                path: format!("/review/{}", p.id),
            });
        }
    }
    enqueue(
        &txn,
        public_url,
        &person.email,
        locale_of(&person),
        &Mail::Notice(PledgeNotice::Digest {
            name: person.display_name.clone(),
            pledges: lines,
        }),
    )
    .await?;
    txn.commit().await?;
    Ok(true)
}
