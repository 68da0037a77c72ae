//! Who of an organisation receives its progress reminders. Its admin names them; until then the
//! organisation's admins receive them.
use sea_orm::{
    ActiveModelTrait, ColumnTrait, ConnectionTrait, DatabaseConnection, EntityTrait, QueryFilter,
    QueryOrder, Set,
};

use crate::domain::progress::RecipientRow;
use crate::domain::{FieldIssue, SessionUser};
use crate::error::AppError;
use crate::organisation_lifecycle::Membership;
use crate::pledge_lifecycle::Role;
use crate::ssr::accounts::organisation_admins;
use crate::ssr::audit::{self, Event};
use crate::ssr::context::ServerContext;
use crate::ssr::entity::progress::recipient;
use crate::ssr::entity::user;
use crate::ssr::write_txn;

async fn members<C: ConnectionTrait>(
    conn: &C,
    organisation_id: i32,
) -> Result<Vec<user::Model>, AppError> {
    Ok(user::Entity::find()
        .filter(user::Column::OrganisationId.eq(organisation_id))
        .filter(user::Column::Membership.eq(Membership::Active.code()))
        .filter(user::Column::Role.is_in([Role::Stakeholder.code(), Role::OrgAdmin.code()]))
        .order_by_asc(user::Column::DisplayName)
        .all(conn)
        .await?)
}

/// The people who receive `organisation_id`'s reminders.
pub async fn of<C: ConnectionTrait>(
    conn: &C,
    organisation_id: i32,
) -> Result<Vec<user::Model>, AppError> {
    let chosen: Vec<i32> = recipient::Entity::find()
        .filter(recipient::Column::OrganisationId.eq(organisation_id))
        .all(conn)
        .await?
        .into_iter()
        .map(|r| r.user_id)
        .collect();
    if chosen.is_empty() {
        return organisation_admins(conn, organisation_id).await;
    }
    Ok(members(conn, organisation_id)
        .await?
        .into_iter()
        .filter(|u| chosen.contains(&u.id))
        .collect())
}

/// The organisation's people, each with whether they receive the reminders: for its admin.
pub async fn list(
    db: &DatabaseConnection,
    actor: &SessionUser,
) -> Result<Vec<RecipientRow>, AppError> {
    if actor.role != Role::OrgAdmin {
        return Err(AppError::Forbidden);
    }
    let receiving: Vec<i32> = of(db, actor.organisation_id)
        .await?
        .iter()
        .map(|u| u.id)
        .collect();
    Ok(members(db, actor.organisation_id)
        .await?
        .into_iter()
        .map(|u| RecipientRow {
            chosen: receiving.contains(&u.id),
            user_id: u.id,
            name: u.display_name,
            email: u.email,
        })
        .collect())
}

/// The admin names who receives the reminders: at least one active person of the organisation.
pub async fn set(
    ctx: &ServerContext,
    actor: &SessionUser,
    user_ids: &[i32],
) -> Result<(), AppError> {
    if actor.role != Role::OrgAdmin {
        return Err(AppError::Forbidden);
    }
    let mut wanted = user_ids.to_vec();
    wanted.sort_unstable();
    wanted.dedup();
    let txn = write_txn(&ctx.db).await?;
    let people: Vec<i32> = members(&txn, actor.organisation_id)
        .await?
        .iter()
        .map(|u| u.id)
        .filter(|id| wanted.contains(id))
        .collect();
    if people.is_empty() || people.len() != wanted.len() {
        return Err(AppError::Validation(vec![FieldIssue::new(
            "recipients",
            "recipients_required",
        )]));
    }
    recipient::Entity::delete_many()
        .filter(recipient::Column::OrganisationId.eq(actor.organisation_id))
        .exec(&txn)
        .await?;
    for id in &people {
        recipient::ActiveModel {
            organisation_id: Set(actor.organisation_id),
            user_id: Set(*id),
        }
        .insert(&txn)
        .await?;
    }
    audit::record(
        &txn,
        Event {
            subject: "organisation",
            subject_id: actor.organisation_id,
            actor: Some(actor.user_id),
            action: "set_progress_recipients",
            from: "",
            to: "named",
            // The log's state columns are short codes; who was named goes with the reason.
            reason: Some(format!(
                "accounts {}",
                people
                    .iter()
                    .map(i32::to_string)
                    .collect::<Vec<_>>()
                    .join(", ")
            )),
        },
    )
    .await?;
    txn.commit().await?;
    Ok(())
}
