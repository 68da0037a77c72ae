//! Focus Area Leaders: applications, ITU's nominations (at most five per area), declines, revocations.
use chrono::Utc;
use sea_orm::sea_query::{Expr, ExprTrait};
use sea_orm::{ActiveModelTrait, ColumnTrait, DatabaseTransaction, EntityTrait, QueryFilter, Set};

use crate::domain::{LeaderApplicationInput, SessionUser, flat_issues};
use crate::error::AppError;
use crate::leader_lifecycle::{
    LeaderAction, LeaderError, LeaderStatus, MAX_LEADERS_PER_AREA, may_attempt, next_leader_status,
};
use crate::reference::FocusArea;
use crate::ssr::accounts::{locale_of, organisation_admins};
use crate::ssr::audit::{self, Event};
use crate::ssr::context::ServerContext;
use crate::ssr::entity::{focus_area_leader as leader, focus_area_seat as seat, organisation};
use crate::ssr::mail::{Mail, enqueue};

/// The organisation of `who` applies to lead a focus area.
pub async fn apply(
    ctx: &ServerContext,
    who: &SessionUser,
    input: &LeaderApplicationInput,
) -> Result<(), AppError> {
    may_attempt(who.role, LeaderAction::Apply)?;
    let issues = flat_issues(input);
    if !issues.is_empty() {
        return Err(AppError::Validation(issues));
    }
    let txn = crate::ssr::write_txn(&ctx.db).await?;
    apply_in(&txn, who.organisation_id, who.user_id, who.role, input).await?;
    txn.commit().await?;
    Ok(())
}

/// The application itself, in the caller's transaction: also used by registration, where a new
/// organisation may apply in the same form.
pub(crate) async fn apply_in(
    txn: &DatabaseTransaction,
    organisation_id: i32,
    user_id: i32,
    role: crate::pledge_lifecycle::Role,
    input: &LeaderApplicationInput,
) -> Result<(), AppError> {
    let area = FocusArea::parse(&input.focus_area).ok_or(AppError::Internal)?;
    let current = standing(txn, organisation_id, area).await?;
    let from = current.as_ref().map(status_of).transpose()?;
    let to = next_leader_status(from, LeaderAction::Apply, role, None)?;
    let now = Utc::now();
    let row = match current {
        Some(row) => {
            let mut active: leader::ActiveModel = row.into();
            active.status = Set(to.code().to_owned());
            active.constituency = Set(Some(input.constituency.clone()));
            active.commitment = Set(Some(input.commitment.trim().to_owned()));
            active.leader_will_attend = Set(true);
            active.reason = Set(None);
            active.updated_at = Set(now);
            active.update(txn).await?
        }
        None => {
            leader::ActiveModel {
                organisation_id: Set(organisation_id),
                focus_area: Set(area.code().to_owned()),
                status: Set(to.code().to_owned()),
                constituency: Set(Some(input.constituency.clone())),
                commitment: Set(Some(input.commitment.trim().to_owned())),
                leader_will_attend: Set(true),
                created_at: Set(now),
                updated_at: Set(now),
                ..Default::default()
            }
            .insert(txn)
            .await?
        }
    };
    audit::record(
        txn,
        Event {
            subject: "leader",
            subject_id: row.id,
            actor: Some(user_id),
            action: LeaderAction::Apply.code(),
            from: from.map_or("none", LeaderStatus::code),
            to: to.code(),
            reason: None,
        },
    )
    .await?;
    Ok(())
}

/// ITU nominates an organisation as Leader of `area`, from its application or directly.
/// The seat is taken with a conditional `UPDATE … WHERE leaders < 5` in the same transaction:
/// whatever the number of admins clicking at once, a sixth nomination finds no seat.
pub async fn nominate(
    ctx: &ServerContext,
    admin: &SessionUser,
    organisation_id: i32,
    area: FocusArea,
) -> Result<(), AppError> {
    may_attempt(admin.role, LeaderAction::Nominate)?;
    let txn = crate::ssr::write_txn(&ctx.db).await?;
    let org = organisation::Entity::find_by_id(organisation_id)
        .one(&txn)
        .await?
        .ok_or(AppError::NotFound)?;
    let current = standing(&txn, organisation_id, area).await?;
    let from = current.as_ref().map(status_of).transpose()?;
    let to = next_leader_status(from, LeaderAction::Nominate, admin.role, None)?;
    let taken = seat::Entity::update_many()
        .col_expr(
            seat::Column::Leaders,
            Expr::col(seat::Column::Leaders).add(1),
        )
        .filter(seat::Column::FocusArea.eq(area.code()))
        .filter(seat::Column::Leaders.lt(MAX_LEADERS_PER_AREA))
        .exec(&txn)
        .await?;
    if taken.rows_affected != 1 {
        return Err(LeaderError::SeatsFull.into());
    }
    let now = Utc::now();
    let row = match current {
        Some(row) => {
            let version = row.version;
            let id = row.id;
            let changed = leader::Entity::update_many()
                .col_expr(leader::Column::Status, Expr::value(to.code()))
                .col_expr(leader::Column::Reason, Expr::value(Option::<String>::None))
                .col_expr(leader::Column::Version, Expr::value(version + 1))
                .col_expr(leader::Column::UpdatedAt, Expr::value(now))
                .filter(leader::Column::Id.eq(id))
                .filter(leader::Column::Version.eq(version))
                .exec(&txn)
                .await?;
            if changed.rows_affected != 1 {
                return Err(AppError::Conflict);
            }
            id
        }
        None => {
            leader::ActiveModel {
                organisation_id: Set(organisation_id),
                focus_area: Set(area.code().to_owned()),
                status: Set(to.code().to_owned()),
                leader_will_attend: Set(false),
                created_at: Set(now),
                updated_at: Set(now),
                ..Default::default()
            }
            .insert(&txn)
            .await
            .map_err(|e| {
                // The same organisation nominated twice at once: the unique index keeps one.
                if matches!(
                    e.sql_err(),
                    Some(sea_orm::SqlErr::UniqueConstraintViolation(_))
                ) {
                    AppError::Conflict
                } else {
                    e.into()
                }
            })?
            .id
        }
    };
    audit::record(
        &txn,
        Event {
            subject: "leader",
            subject_id: row,
            actor: Some(admin.user_id),
            action: LeaderAction::Nominate.code(),
            from: from.map_or("none", LeaderStatus::code),
            to: to.code(),
            reason: None,
        },
    )
    .await?;
    for person in organisation_admins(&txn, org.id).await? {
        enqueue(
            &txn,
            &ctx.public_url,
            &person.email,
            locale_of(&person),
            &Mail::LeaderNominated {
                name: person.display_name.clone(),
                organisation: org.name.clone(),
                area,
            },
        )
        .await?;
    }
    txn.commit().await?;
    Ok(())
}

/// ITU declines an application or revokes a Leader, with the reason the organisation will read.
pub async fn decide(
    ctx: &ServerContext,
    admin: &SessionUser,
    leader_id: i32,
    action: LeaderAction,
    reason: &str,
) -> Result<(), AppError> {
    may_attempt(admin.role, action)?;
    let txn = crate::ssr::write_txn(&ctx.db).await?;
    let row = leader::Entity::find_by_id(leader_id)
        .one(&txn)
        .await?
        .ok_or(AppError::NotFound)?;
    let from = status_of(&row)?;
    let to = next_leader_status(Some(from), action, admin.role, Some(reason))?;
    if from == LeaderStatus::Nominated {
        seat::Entity::update_many()
            .col_expr(
                seat::Column::Leaders,
                Expr::col(seat::Column::Leaders).sub(1),
            )
            .filter(seat::Column::FocusArea.eq(row.focus_area.as_str()))
            .exec(&txn)
            .await?;
    }
    let changed = leader::Entity::update_many()
        .col_expr(leader::Column::Status, Expr::value(to.code()))
        .col_expr(leader::Column::Reason, Expr::value(reason.trim()))
        .col_expr(leader::Column::Version, Expr::value(row.version + 1))
        .col_expr(leader::Column::UpdatedAt, Expr::value(Utc::now()))
        .filter(leader::Column::Id.eq(row.id))
        .filter(leader::Column::Version.eq(row.version))
        .exec(&txn)
        .await?;
    if changed.rows_affected != 1 {
        return Err(AppError::Conflict);
    }
    audit::record(
        &txn,
        Event {
            subject: "leader",
            subject_id: row.id,
            actor: Some(admin.user_id),
            action: action.code(),
            from: from.code(),
            to: to.code(),
            reason: Some(reason.trim().to_owned()),
        },
    )
    .await?;
    txn.commit().await?;
    Ok(())
}

async fn standing(
    txn: &DatabaseTransaction,
    organisation_id: i32,
    area: FocusArea,
) -> Result<Option<leader::Model>, AppError> {
    Ok(leader::Entity::find()
        .filter(leader::Column::OrganisationId.eq(organisation_id))
        .filter(leader::Column::FocusArea.eq(area.code()))
        .one(txn)
        .await?)
}

pub fn status_of(row: &leader::Model) -> Result<LeaderStatus, AppError> {
    LeaderStatus::parse(&row.status)
        .ok_or_else(|| crate::ssr::errors::internal("leader status", &row.status))
}
