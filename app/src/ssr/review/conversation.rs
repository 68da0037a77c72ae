//! The conversation on a pledge: messages between ITU reviewers and the pledge's organisations,
//! and reviewers' internal notes, which the organisations never see. Each message to the other
//! side is announced by e-mail through the outbox, in the reader's language.
use std::collections::{BTreeMap, HashMap};

use chrono::Utc;
use sea_orm::{
    ActiveModelTrait, ColumnTrait, ConnectionTrait, DatabaseConnection, EntityTrait, QueryFilter,
    QueryOrder, Set,
};

use crate::domain::{FieldIssue, MessageView, SessionUser};
use crate::error::AppError;
use crate::organisation_lifecycle::Membership;
use crate::pledge_lifecycle::{PledgeAction, Relation, Role};
use crate::ssr::accounts::locale_of;
use crate::ssr::context::ServerContext;
use crate::ssr::entity::{pledge, pledge_event, pledge_message as message, user};
use crate::ssr::mail::{Mail, enqueue};
use crate::ssr::pledges::reads::visible_to;
use crate::ssr::pledges::records::{submitted_title_of, title_of};
use crate::ssr::review::decisions::pledge_people;
use crate::ssr::write_txn;

pub const BODY_MAX: usize = 4000;

/// Whether the actor reads the thread as ITU (internal notes included) or as the organisation.
fn as_itu(actor: &SessionUser, relation: Relation) -> bool {
    actor.role.is_itu_staff() && !relation.takes_part()
}

#[tracing::instrument(skip(ctx, actor, body), fields(user_id = actor.user_id))]
pub async fn post(
    ctx: &ServerContext,
    actor: &SessionUser,
    pledge_id: i32,
    body: &str,
    internal: bool,
) -> Result<i64, AppError> {
    let body = body.trim();
    let n = body.chars().count();
    if n == 0 || n > BODY_MAX {
        return Err(AppError::Validation(vec![FieldIssue::new(
            "body",
            "message_length",
        )]));
    }
    let txn = write_txn(&ctx.db).await?;
    let (p, relation, _) = visible_to(&txn, actor, pledge_id).await?;
    let itu = as_itu(actor, relation);
    // Organisations write to ITU; only reviewers keep notes among themselves. An invited
    // organisation that has not joined reads nothing here and writes nothing.
    if !itu && (internal || !relation.takes_part()) {
        return Err(AppError::Forbidden);
    }
    let saved = message::ActiveModel {
        pledge_id: Set(p.id),
        revision_id: Set(p.current_revision_id),
        author_user_id: Set(actor.user_id),
        internal: Set(internal),
        body: Set(body.to_owned()),
        created_at: Set(Utc::now()),
        ..Default::default()
    }
    .insert(&txn)
    .await?;
    if !internal {
        let readers = if itu {
            pledge_people(&txn, &p).await?
        } else {
            reviewers_of(&txn, &p).await?
        };
        // Reviewers hear of the pledge by its submitted title, not the working copy's.
        let title = if itu {
            title_of(&txn, &p).await?
        } else {
            submitted_title_of(&txn, &p).await?
        };
        let path = if itu {
            format!("/my/pledges/{}", p.id)
        } else {
            format!("/review/{}", p.id)
        };
        for person in readers.iter().filter(|u| u.id != actor.user_id) {
            enqueue(
                &txn,
                &ctx.public_url,
                &person.email,
                locale_of(person),
                &Mail::PledgeMessage {
                    name: person.display_name.clone(),
                    title: title.clone(),
                    author: actor.display_name.clone(),
                    body: body.to_owned(),
                    path: path.clone(),
                },
            )
            .await?;
        }
    }
    txn.commit().await?;
    Ok(saved.id)
}

/// The reviewers an organisation's message reaches: whoever holds the pledge, else everyone at
/// ITU who has acted on it before.
async fn reviewers_of<C: ConnectionTrait>(
    conn: &C,
    p: &pledge::Model,
) -> Result<Vec<user::Model>, AppError> {
    let ids: Vec<i32> = match p.assignee_user_id {
        Some(id) => vec![id],
        None => pledge_event::Entity::find()
            .filter(pledge_event::Column::PledgeId.eq(p.id))
            .filter(pledge_event::Column::Action.is_in([
                PledgeAction::Claim.code(),
                PledgeAction::Assign.code(),
                PledgeAction::Approve.code(),
                PledgeAction::RequestChanges.code(),
                PledgeAction::Reject.code(),
            ]))
            .all(conn)
            .await?
            .into_iter()
            .map(|e| e.actor_user_id)
            .collect(),
    };
    let people = user::Entity::find()
        .filter(user::Column::Id.is_in(ids))
        .filter(user::Column::Role.is_in([Role::Reviewer.code(), Role::Admin.code()]))
        .filter(user::Column::Membership.eq(Membership::Active.code()))
        .all(conn)
        .await?;
    let unique: BTreeMap<i32, user::Model> = people.into_iter().map(|u| (u.id, u)).collect();
    Ok(unique.into_values().collect())
}

/// The thread as the actor may read it, oldest first.
pub async fn thread(
    db: &DatabaseConnection,
    actor: &SessionUser,
    pledge_id: i32,
) -> Result<Vec<MessageView>, AppError> {
    let (p, relation, _) = visible_to(db, actor, pledge_id).await?;
    let itu = as_itu(actor, relation);
    if !itu && !relation.takes_part() {
        // Invited, not yet a partner: the pledge's page shows the invitation only.
        return Ok(Vec::new());
    }
    let mut q = message::Entity::find().filter(message::Column::PledgeId.eq(p.id));
    if !itu {
        q = q.filter(message::Column::Internal.eq(false));
    }
    let rows = q.order_by_asc(message::Column::Id).all(db).await?;
    let authors: HashMap<i32, user::Model> = user::Entity::find()
        .filter(user::Column::Id.is_in(rows.iter().map(|m| m.author_user_id)))
        .all(db)
        .await?
        .into_iter()
        .map(|u| (u.id, u))
        .collect();
    Ok(rows
        .into_iter()
        .map(|m| {
            let author = authors.get(&m.author_user_id);
            let from_itu = author
                .and_then(|a| Role::parse(&a.role))
                .is_some_and(Role::is_itu_staff);
            MessageView {
                id: m.id,
                at: m.created_at,
                author: author.map(|a| a.display_name.clone()).unwrap_or_default(),
                from_itu,
                internal: m.internal,
                body: m.body,
            }
        })
        .collect())
}
