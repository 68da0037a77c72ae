//! Applies a state-machine decision to the database: the state change, who holds the pledge on the
//! reviewers' desk, its version bump, its one audit-log row and the mails it causes
//! (`review::notices`), inside the caller's transaction.
use chrono::Utc;
use sea_orm::sea_query::Expr;
use sea_orm::{ActiveModelTrait, ColumnTrait, ConnectionTrait, EntityTrait, QueryFilter, Set};

use crate::domain::{Checklist, SessionUser};
use crate::error::AppError;
use crate::pledge_lifecycle::{
    Actor, Claim, PledgeAction, PledgeStatus, Pledger, Relation, next_status,
};
use crate::reference::PledgeType;
use crate::ssr::entity::{organisation, pledge, pledge_event, pledge_revision as revision};
use crate::ssr::errors::internal;
use crate::ssr::review::notices::{Change, Notify, tell};

/// What a transition carries besides its action.
#[derive(Default)]
pub(crate) struct Step<'a> {
    pub reason: Option<String>,
    /// The revision the action concerns, when it is not the pledge's current one (a submission).
    pub revision_id: Option<i32>,
    pub checklist: Option<Checklist>,
    /// For an assignment: the colleague who will hold the pledge.
    pub assignee: Option<i32>,
    /// Financial pledges at or above this need two approvals. Zero (the default) asks it of every
    /// financial pledge, so a caller that forgets the setting errs on the careful side.
    pub four_eyes_usd_cents: i64,
    /// Who hears of the change by e-mail (receipts, waiting pledges, assignments, second approvals).
    pub notify: Notify<'a>,
}

/// The pledge as the actor last saw it, and how the actor's organisation stands to it; a pledge
/// that changed since (another reviewer was quicker) is a conflict, one that does not exist is
/// "not found". Read inside the caller's write transaction.
pub(crate) async fn as_seen<C: ConnectionTrait>(
    conn: &C,
    actor: &SessionUser,
    pledge_id: i32,
    seen_version: i32,
) -> Result<(pledge::Model, Relation), AppError> {
    let current = pledge::Entity::find_by_id(pledge_id)
        .one(conn)
        .await?
        .ok_or(AppError::NotFound)?;
    if current.version != seen_version {
        return Err(AppError::Conflict);
    }
    let relation =
        crate::ssr::pledges::participants::relation_of(conn, &current, actor.organisation_id)
            .await?;
    Ok((current, relation))
}

/// Whether the pledge's current revision needs a second approval: a financial pledge at or above
/// the threshold, or one whose USD value is unknown (no exchange rate), which nobody can judge small.
pub(crate) async fn needs_second_approval<C: ConnectionTrait>(
    conn: &C,
    p: &pledge::Model,
    threshold_cents: i64,
) -> Result<bool, AppError> {
    let Some(id) = p.current_revision_id else {
        return Ok(false);
    };
    let r = revision::Entity::find_by_id(id)
        .one(conn)
        .await?
        .ok_or_else(|| internal("current revision", id))?;
    Ok(r.pledge_type == PledgeType::Financial.code()
        && r.usd_cents.is_none_or(|usd| usd >= threshold_cents))
}

/// How the acting reviewer stands to the desk: holder, colleague's pledge or free; first approver.
pub(crate) fn actor_of(p: &pledge::Model, actor: &SessionUser, relation: Relation) -> Actor {
    Actor {
        role: actor.role,
        relation,
        claim: match p.assignee_user_id {
            None => Claim::Nobody,
            Some(id) if id == actor.user_id => Claim::Actor,
            Some(_) => Claim::Colleague,
        },
        approved_first: p.first_approver_user_id == Some(actor.user_id),
    }
}

#[tracing::instrument(skip(conn, current, actor, step), fields(pledge_id = current.id, user_id = actor.user_id))]
pub(crate) async fn apply<C: ConnectionTrait>(
    conn: &C,
    current: pledge::Model,
    action: PledgeAction,
    actor: &SessionUser,
    relation: Relation,
    step: Step<'_>,
) -> Result<pledge::Model, AppError> {
    let from = PledgeStatus::parse(&current.status)
        .ok_or_else(|| internal("stored pledge status", &current.status))?;
    let verified = organisation::Entity::find_by_id(current.organisation_id)
        .one(conn)
        .await?
        .is_some_and(|o| {
            o.verification == crate::organisation_lifecycle::Verification::Verified.code()
        });
    let needs_second = action == PledgeAction::Approve
        && needs_second_approval(conn, &current, step.four_eyes_usd_cents).await?;
    let to = next_status(
        from,
        action,
        actor_of(&current, actor, relation),
        Pledger {
            verified,
            has_published: current.published_revision_id.is_some(),
            needs_second_approval: needs_second,
        },
    )?;
    let publishes = action == PledgeAction::Approve && to == PledgeStatus::Published;
    let now = Utc::now();

    // Who holds the pledge afterwards, and who gave the first of two approvals.
    let (assignee, first_approver) = match action {
        PledgeAction::Claim => (Some(actor.user_id), current.first_approver_user_id),
        PledgeAction::Assign => (
            Some(
                step.assignee
                    .ok_or_else(|| internal("assignment", "no assignee"))?,
            ),
            current.first_approver_user_id,
        ),
        PledgeAction::Release => (None, current.first_approver_user_id),
        PledgeAction::Approve if to == PledgeStatus::SecondApproval => (None, Some(actor.user_id)),
        PledgeAction::Approve
        | PledgeAction::Reject
        | PledgeAction::RequestChanges
        | PledgeAction::Submit
        | PledgeAction::Resubmit
        | PledgeAction::Revise
        | PledgeAction::Withdraw
        | PledgeAction::Unpublish => (None, None),
    };
    let claimed_at = assignee.map(|_| {
        if assignee == current.assignee_user_id {
            current.claimed_at.unwrap_or(now)
        } else {
            now
        }
    });

    let mut update = pledge::Entity::update_many()
        .col_expr(pledge::Column::Status, Expr::value(to.code()))
        .col_expr(pledge::Column::Version, Expr::value(current.version + 1))
        .col_expr(pledge::Column::UpdatedAt, Expr::value(now))
        .col_expr(pledge::Column::AssigneeUserId, Expr::value(assignee))
        .col_expr(pledge::Column::ClaimedAt, Expr::value(claimed_at))
        .col_expr(
            pledge::Column::FirstApproverUserId,
            Expr::value(first_approver),
        );
    if to == PledgeStatus::Submitted && from != PledgeStatus::InReview {
        // A release puts the pledge back in line where it stood; a (re)submission joins the end.
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

    let checklist = match &step.checklist {
        Some(c) if !c.is_empty() => {
            Some(serde_json::to_string(c).map_err(|e| internal("checklist", e))?)
        }
        _ => None,
    };
    pledge_event::ActiveModel {
        pledge_id: Set(current.id),
        revision_id: Set(step.revision_id.or(current.current_revision_id)),
        actor_user_id: Set(actor.user_id),
        action: Set(action.code().to_owned()),
        from_status: Set(from.code().to_owned()),
        to_status: Set(to.code().to_owned()),
        reason: Set(step.reason.clone()),
        at: Set(now),
        checklist: Set(checklist),
        assignee_user_id: Set(assignee),
        ..Default::default()
    }
    .insert(conn)
    .await?;
    if publishes && let Some(revision_id) = current.current_revision_id {
        crate::ssr::pledges::participants::record_confirmed_in(conn, current.id, revision_id)
            .await?;
    }
    // The public read model changes with the state, in this same transaction.
    let public_before = current.published_revision_id.is_some() && from.keeps_public_revision();
    let public_after =
        (publishes || current.published_revision_id.is_some()) && to.keeps_public_revision();
    if publishes || public_before != public_after {
        crate::ssr::compendium::projection::refresh(conn, current.id).await?;
    }
    tracing::info!(
        action = action.code(),
        from = from.code(),
        to = to.code(),
        "pledge transition"
    );

    let after = pledge::Model {
        status: to.code().to_owned(),
        version: current.version + 1,
        updated_at: now,
        submitted_at: if to == PledgeStatus::Submitted && from != PledgeStatus::InReview {
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
        assignee_user_id: assignee,
        claimed_at,
        first_approver_user_id: first_approver,
        ..current
    };
    // Withdrawn, unpublished, or rejected without an earlier public revision: the pledge is neither
    // public nor on its way there. (A rejected edit of a published pledge leaves it public.)
    let leaves = to.is_final() && !public_after;
    if leaves {
        // Its announcements leave every programme with it; organisers hear of it by mail, with
        // links to this site when the change came through it (seeds and imports have no site).
        let public_url = crate::ssr::context::server_context()
            .ok()
            .map(|c| c.public_url.to_string());
        crate::ssr::events::announcements::pledge_left(conn, &after, public_url.as_deref()).await?;
    }
    tell(
        conn,
        step.notify,
        Change {
            after: &after,
            action,
            to,
            actor,
            reason: step.reason.as_deref(),
        },
    )
    .await?;
    Ok(after)
}
