//! The guard between an open pledge form's saves: an autosave that left the browser before a
//! later "Save draft" but reached the server after it must not overwrite it, and a new pledge
//! saved twice at once (an autosave and "Save draft") is one pledge. See `domain::FormStamp`.
use chrono::Utc;
use sea_orm::sea_query::{Expr, OnConflict};
use sea_orm::{ColumnTrait, ConnectionTrait, EntityTrait, QueryFilter, Set};

use crate::domain::{FormStamp, SessionUser};
use crate::error::AppError;
use crate::ssr::entity::pledge_form_save as save;

/// What a stamped save may do.
pub(crate) enum Claim {
    /// The newest save of its form: go on, with the pledge the form already made, if any.
    Newest(Option<i32>),
    /// A later save of the same form is already stored: write nothing.
    Stale(i32),
}

/// Records the stamp's number as the form's newest, unless a higher one is stored. Runs first in
/// the save's transaction: on PostgreSQL the key row is the lock a second save of the same form
/// waits on; on SQLite the write transaction already runs alone.
pub(crate) async fn claim<C: ConnectionTrait>(
    conn: &C,
    actor: &SessionUser,
    stamp: &FormStamp,
    pledge_id: Option<i32>,
) -> Result<Claim, AppError> {
    let now = Utc::now();
    let inserted = save::Entity::insert(save::ActiveModel {
        form_key: Set(stamp.key().to_owned()),
        user_id: Set(actor.user_id),
        pledge_id: Set(pledge_id),
        last_seq: Set(stamp.seq()),
        saved_at: Set(now),
    })
    .on_conflict(
        OnConflict::column(save::Column::FormKey)
            .do_nothing()
            .to_owned(),
    )
    .exec_without_returning(conn)
    .await?;
    if inserted > 0 {
        return Ok(Claim::Newest(pledge_id));
    }
    let Some(row) = save::Entity::find_by_id(stamp.key().to_owned())
        .filter(save::Column::UserId.eq(actor.user_id))
        .one(conn)
        .await?
    else {
        // Another person's key: no guard, and nothing of theirs is touched.
        return Ok(Claim::Newest(pledge_id));
    };
    let advanced = save::Entity::update_many()
        .col_expr(save::Column::LastSeq, Expr::value(stamp.seq()))
        .col_expr(save::Column::SavedAt, Expr::value(now))
        .filter(save::Column::FormKey.eq(stamp.key()))
        .filter(save::Column::LastSeq.lte(stamp.seq()))
        .exec(conn)
        .await?
        .rows_affected
        > 0;
    Ok(match (advanced, pledge_id.or(row.pledge_id)) {
        (false, Some(id)) => Claim::Stale(id),
        (_, id) => Claim::Newest(id),
    })
}

/// Ties the form's key to the pledge its first save made.
pub(crate) async fn made<C: ConnectionTrait>(
    conn: &C,
    actor: &SessionUser,
    stamp: &FormStamp,
    pledge_id: i32,
) -> Result<(), AppError> {
    save::Entity::update_many()
        .col_expr(save::Column::PledgeId, Expr::value(pledge_id))
        .filter(save::Column::FormKey.eq(stamp.key()))
        .filter(save::Column::UserId.eq(actor.user_id))
        .filter(save::Column::PledgeId.is_null())
        .exec(conn)
        .await?;
    Ok(())
}
