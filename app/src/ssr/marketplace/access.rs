//! Who may post opportunities: ITU admins, and reviewers an admin gave the "opportunities" right.
use chrono::Utc;
use sea_orm::{
    ActiveModelTrait, ColumnTrait, ConnectionTrait, EntityTrait, QueryFilter, QueryOrder, Set,
};

use crate::domain::SessionUser;
use crate::error::AppError;
use crate::pledge_lifecycle::Role;
use crate::ssr::audit::{self, Event};
use crate::ssr::context::ServerContext;
use crate::ssr::entity::marketplace::opportunity_poster as poster;
use crate::ssr::entity::user;
use crate::ssr::write_txn;

pub async fn may_post<C: ConnectionTrait>(conn: &C, actor: &SessionUser) -> Result<bool, AppError> {
    Ok(match actor.role {
        Role::Admin => true,
        Role::Reviewer => poster::Entity::find_by_id(actor.user_id)
            .one(conn)
            .await?
            .is_some(),
        Role::Stakeholder | Role::OrgAdmin | Role::Organiser => false,
    })
}

pub async fn require_poster<C: ConnectionTrait>(
    conn: &C,
    actor: &SessionUser,
) -> Result<(), AppError> {
    if may_post(conn, actor).await? {
        Ok(())
    } else {
        Err(AppError::Forbidden)
    }
}

/// Reviewers and ITU staff that decide sign-ons and reports.
pub fn require_reviewer(actor: &SessionUser) -> Result<(), AppError> {
    match actor.role {
        Role::Reviewer | Role::Admin => Ok(()),
        Role::Stakeholder | Role::OrgAdmin | Role::Organiser => Err(AppError::Forbidden),
    }
}

/// Every reviewer, with whether they hold the right (for the admins' page).
pub async fn reviewers<C: ConnectionTrait>(
    conn: &C,
    actor: &SessionUser,
) -> Result<Vec<(i32, String, String, bool)>, AppError> {
    if actor.role != Role::Admin {
        return Err(AppError::Forbidden);
    }
    let holders: Vec<i32> = poster::Entity::find()
        .all(conn)
        .await?
        .into_iter()
        .map(|p| p.user_id)
        .collect();
    Ok(user::Entity::find()
        .filter(user::Column::Role.eq(Role::Reviewer.code()))
        .order_by_asc(user::Column::DisplayName)
        .all(conn)
        .await?
        .into_iter()
        .map(|u| (u.id, u.display_name, u.email, holders.contains(&u.id)))
        .collect())
}

/// ITU admins give a reviewer the right, or take it back; audited.
pub async fn set_right(
    ctx: &ServerContext,
    actor: &SessionUser,
    user_id: i32,
    allowed: bool,
) -> Result<(), AppError> {
    if actor.role != Role::Admin {
        return Err(AppError::Forbidden);
    }
    let txn = write_txn(&ctx.db).await?;
    let person = user::Entity::find_by_id(user_id)
        .one(&txn)
        .await?
        .filter(|u| u.role == Role::Reviewer.code())
        .ok_or(AppError::NotFound)?;
    let held = poster::Entity::find_by_id(person.id)
        .one(&txn)
        .await?
        .is_some();
    if allowed && !held {
        poster::ActiveModel {
            user_id: Set(person.id),
            granted_by: Set(Some(actor.user_id)),
            created_at: Set(Utc::now()),
        }
        .insert(&txn)
        .await?;
    } else if !allowed && held {
        poster::Entity::delete_by_id(person.id).exec(&txn).await?;
    }
    audit::record(
        &txn,
        Event {
            subject: "account",
            subject_id: person.id,
            actor: Some(actor.user_id),
            action: if allowed {
                "grant_opportunities"
            } else {
                "revoke_opportunities"
            },
            from: "",
            to: "",
            reason: None,
        },
    )
    .await?;
    txn.commit().await?;
    Ok(())
}
