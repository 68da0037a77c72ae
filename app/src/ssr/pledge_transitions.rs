//! Applies a state-machine decision to the database: the state change, its version bump and its
//! audit-log row, inside the caller's transaction.
use chrono::Utc;
use sea_orm::sea_query::Expr;
use sea_orm::{ActiveModelTrait, ColumnTrait, ConnectionTrait, EntityTrait, QueryFilter, Set};

use super::entity::{organisation, pledge, pledge_event};
use super::errors::internal;
use crate::domain::SessionUser;
use crate::error::AppError;
use crate::pledge_lifecycle::{Actor, PledgeAction, PledgeStatus, Pledger, Relation, next_status};

#[tracing::instrument(skip(conn, current, actor), fields(pledge_id = current.id, user_id = actor.user_id))]
pub(crate) async fn apply<C: ConnectionTrait>(
    conn: &C,
    current: pledge::Model,
    action: PledgeAction,
    actor: &SessionUser,
    relation: Relation,
    reason: Option<String>,
    revision_id: Option<i32>,
) -> Result<pledge::Model, AppError> {
    let from = PledgeStatus::parse(&current.status)
        .ok_or_else(|| internal("stored pledge status", &current.status))?;
    let verified = organisation::Entity::find_by_id(current.organisation_id)
        .one(conn)
        .await?
        .is_some_and(|o| {
            o.verification == crate::organisation_lifecycle::Verification::Verified.code()
        });
    let to = next_status(
        from,
        action,
        Actor {
            role: actor.role,
            relation,
        },
        Pledger {
            verified,
            has_published: current.published_revision_id.is_some(),
        },
    )?;
    let publishes = action == PledgeAction::Approve;
    let now = Utc::now();

    let mut update = pledge::Entity::update_many()
        .col_expr(pledge::Column::Status, Expr::value(to.code()))
        .col_expr(pledge::Column::Version, Expr::value(current.version + 1))
        .col_expr(pledge::Column::UpdatedAt, Expr::value(now));
    if to == PledgeStatus::Submitted {
        update = update.col_expr(pledge::Column::SubmittedAt, Expr::value(now));
    }
    // Approval makes the reviewed revision the public one; "published on" stays the first day.
    if publishes {
        update = update.col_expr(
            pledge::Column::PublishedRevisionId,
            Expr::value(current.current_revision_id),
        );
        if current.published_at.is_none() {
            update = update.col_expr(pledge::Column::PublishedAt, Expr::value(now));
        }
    }
    // Optimistic concurrency: the row changes only if nobody changed it since it was read.
    let result = update
        .filter(pledge::Column::Id.eq(current.id))
        .filter(pledge::Column::Version.eq(current.version))
        .exec(conn)
        .await?;
    if result.rows_affected != 1 {
        return Err(AppError::Conflict);
    }

    pledge_event::ActiveModel {
        pledge_id: Set(current.id),
        revision_id: Set(revision_id.or(current.current_revision_id)),
        actor_user_id: Set(actor.user_id),
        action: Set(action.code().to_owned()),
        from_status: Set(from.code().to_owned()),
        to_status: Set(to.code().to_owned()),
        reason: Set(reason),
        at: Set(now),
        ..Default::default()
    }
    .insert(conn)
    .await?;
    tracing::info!(
        action = action.code(),
        from = from.code(),
        to = to.code(),
        "pledge transition"
    );

    Ok(pledge::Model {
        status: to.code().to_owned(),
        version: current.version + 1,
        updated_at: now,
        submitted_at: if to == PledgeStatus::Submitted {
            Some(now)
        } else {
            current.submitted_at
        },
        published_at: if publishes {
            current.published_at.or(Some(now))
        } else {
            current.published_at
        },
        published_revision_id: if publishes {
            current.current_revision_id
        } else {
            current.published_revision_id
        },
        ..current
    })
}
