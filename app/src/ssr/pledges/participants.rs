//! The organisations on a pledge. The lead invites registered organisations, which confirm or
//! decline. A confirmed partner sees the pledge as its own and edits it when the lead allows; the
//! pledge stays one pledge, counted once. None of this changes the public pages at once: the
//! public sees the partners of the approved revision (see `transitions`), and partners
//! without an account are named in the revision itself.
use chrono::Utc;
use sea_orm::sea_query::Expr;
use sea_orm::{
    ActiveModelTrait, ColumnTrait, ConnectionTrait, DatabaseConnection, EntityTrait, QueryFilter,
    Set,
};

use crate::domain::{FieldIssue, SessionUser};
use crate::error::AppError;
use crate::organisation_lifecycle::Verification;
use crate::pledge_lifecycle::{PledgeStatus, Relation};
use crate::ssr::accounts::{locale_of, organisation_admins};
use crate::ssr::audit::{self, Event};
use crate::ssr::context::ServerContext;
use crate::ssr::entity::{
    organisation, pledge, pledge_participant as participant, revision_partner,
};
use crate::ssr::mail::{Mail, enqueue};
use crate::ssr::pledges::records::{CONFIRMED, DECLINED, INVITED, LEAD, PARTNER};
use crate::ssr::write_txn;

/// How `organisation_id` stands to the pledge.
pub async fn relation_of<C: ConnectionTrait>(
    conn: &C,
    pledge: &pledge::Model,
    organisation_id: i32,
) -> Result<Relation, AppError> {
    if pledge.organisation_id == organisation_id {
        return Ok(Relation::Lead);
    }
    let confirmed = participant::Entity::find()
        .filter(participant::Column::PledgeId.eq(pledge.id))
        .filter(participant::Column::OrganisationId.eq(organisation_id))
        .filter(participant::Column::Status.eq(CONFIRMED))
        .one(conn)
        .await?
        .is_some();
    Ok(if confirmed {
        Relation::Partner {
            may_edit: pledge.partners_may_edit,
        }
    } else {
        Relation::Outsider
    })
}

/// Approval makes a revision public with the registered partners confirmed at that moment; later
/// confirmations, declines and removals reach the public with the next approved revision.
pub(crate) async fn record_confirmed_in<C: ConnectionTrait>(
    conn: &C,
    pledge_id: i32,
    revision_id: i32,
) -> Result<(), AppError> {
    use crate::ssr::pledges::records::{REGISTERED_KIND, organisation_names};
    use sea_orm::QueryOrder;
    revision_partner::Entity::delete_many()
        .filter(revision_partner::Column::RevisionId.eq(revision_id))
        .filter(revision_partner::Column::Kind.eq(REGISTERED_KIND))
        .exec(conn)
        .await?;
    let confirmed = participant::Entity::find()
        .filter(participant::Column::PledgeId.eq(pledge_id))
        .filter(participant::Column::Role.eq(PARTNER))
        .filter(participant::Column::Status.eq(CONFIRMED))
        .order_by_asc(participant::Column::Id)
        .all(conn)
        .await?;
    let names =
        organisation_names(conn, confirmed.iter().filter_map(|p| p.organisation_id)).await?;
    for (position, row) in confirmed.iter().enumerate() {
        let Some((id, name)) = row
            .organisation_id
            .and_then(|id| names.get(&id).map(|n| (id, n)))
        else {
            continue;
        };
        revision_partner::ActiveModel {
            revision_id: Set(revision_id),
            kind: Set(REGISTERED_KIND.to_owned()),
            position: Set(i32::try_from(position)
                .map_err(|e| crate::ssr::errors::internal("partner position", e))?),
            name: Set(name.clone()),
            organisation_id: Set(Some(id)),
        }
        .insert(conn)
        .await?;
    }
    Ok(())
}

/// The lead row every pledge has from its first save.
pub async fn add_lead<C: ConnectionTrait>(
    conn: &C,
    pledge_id: i32,
    organisation_id: i32,
) -> Result<(), AppError> {
    participant::ActiveModel {
        pledge_id: Set(pledge_id),
        organisation_id: Set(Some(organisation_id)),
        role: Set(LEAD.into()),
        status: Set(CONFIRMED.into()),
        created_at: Set(Utc::now()),
        ..Default::default()
    }
    .insert(conn)
    .await?;
    Ok(())
}

/// The pledge, if the actor's organisation leads it; anyone else learns only that it is not there.
async fn led_by<C: ConnectionTrait>(
    conn: &C,
    actor: &SessionUser,
    pledge_id: i32,
) -> Result<pledge::Model, AppError> {
    if !actor.role.acts_for_organisation() {
        return Err(AppError::Forbidden);
    }
    let found = pledge::Entity::find_by_id(pledge_id).one(conn).await?;
    let pledge = found
        .filter(|p| p.organisation_id == actor.organisation_id)
        .ok_or(AppError::NotFound)?;
    if PledgeStatus::parse(&pledge.status).is_none_or(PledgeStatus::is_final) {
        return Err(AppError::Conflict);
    }
    Ok(pledge)
}

/// The lead invites a registered organisation that ITU has verified.
pub async fn invite(
    ctx: &ServerContext,
    actor: &SessionUser,
    pledge_id: i32,
    organisation_id: &str,
) -> Result<(), AppError> {
    let refuse = || AppError::Validation(vec![FieldIssue::new("partner", "partner_choice")]);
    let organisation_id: i32 = organisation_id.trim().parse().map_err(|_| refuse())?;
    let txn = write_txn(&ctx.db).await?;
    let pledge = led_by(&txn, actor, pledge_id).await?;
    let partner = organisation::Entity::find_by_id(organisation_id)
        .one(&txn)
        .await?
        .filter(|o| {
            o.verification == Verification::Verified.code() && o.id != pledge.organisation_id
        })
        .ok_or_else(refuse)?;
    let existing = participant::Entity::find()
        .filter(participant::Column::PledgeId.eq(pledge.id))
        .filter(participant::Column::OrganisationId.eq(partner.id))
        .one(&txn)
        .await?;
    match existing {
        Some(row) if row.status == DECLINED => {
            let mut row: participant::ActiveModel = row.into();
            row.status = Set(INVITED.into());
            row.decided_at = Set(None);
            row.update(&txn).await?;
        }
        Some(_) => {
            return Err(AppError::Validation(vec![FieldIssue::new(
                "partner",
                "partner_already",
            )]));
        }
        None => {
            participant::ActiveModel {
                pledge_id: Set(pledge.id),
                organisation_id: Set(Some(partner.id)),
                role: Set(PARTNER.into()),
                status: Set(INVITED.into()),
                created_at: Set(Utc::now()),
                ..Default::default()
            }
            .insert(&txn)
            .await?;
        }
    }
    record(
        &txn,
        actor,
        pledge.id,
        "invite",
        "",
        INVITED,
        Some(partner.name.clone()),
    )
    .await?;
    let title = crate::ssr::pledges::records::title_of(&txn, &pledge).await?;
    let lead = organisation::Entity::find_by_id(pledge.organisation_id)
        .one(&txn)
        .await?
        .map(|o| o.name)
        .unwrap_or_default();
    for person in organisation_admins(&txn, partner.id).await? {
        enqueue(
            &txn,
            &ctx.public_url,
            &person.email,
            locale_of(&person),
            &Mail::PartnerInvited {
                name: person.display_name.clone(),
                lead: lead.clone(),
                title: title.clone(),
                path: format!("/my/pledges/{}", pledge.id),
            },
        )
        .await?;
    }
    txn.commit().await?;
    Ok(())
}

/// An invited organisation confirms or declines; its admins and members may answer.
pub async fn answer(
    ctx: &ServerContext,
    actor: &SessionUser,
    pledge_id: i32,
    confirm: bool,
) -> Result<(), AppError> {
    if !actor.role.acts_for_organisation() {
        return Err(AppError::Forbidden);
    }
    let txn = write_txn(&ctx.db).await?;
    let to = if confirm { CONFIRMED } else { DECLINED };
    // Conditional: two people of the partner answering at once make one answer.
    let changed = participant::Entity::update_many()
        .col_expr(participant::Column::Status, Expr::value(to))
        .col_expr(participant::Column::DecidedAt, Expr::value(Utc::now()))
        .filter(participant::Column::PledgeId.eq(pledge_id))
        .filter(participant::Column::OrganisationId.eq(actor.organisation_id))
        .filter(participant::Column::Status.eq(INVITED))
        .exec(&txn)
        .await?;
    if changed.rows_affected != 1 {
        return Err(AppError::NotFound);
    }
    let pledge = pledge::Entity::find_by_id(pledge_id)
        .one(&txn)
        .await?
        .ok_or(AppError::NotFound)?;
    record(
        &txn,
        actor,
        pledge.id,
        if confirm { "confirm" } else { "decline" },
        INVITED,
        to,
        None,
    )
    .await?;
    let title = crate::ssr::pledges::records::title_of(&txn, &pledge).await?;
    for person in organisation_admins(&txn, pledge.organisation_id).await? {
        enqueue(
            &txn,
            &ctx.public_url,
            &person.email,
            locale_of(&person),
            &Mail::PartnerAnswered {
                name: person.display_name.clone(),
                partner: actor.organisation_name.clone(),
                title: title.clone(),
                confirmed: confirm,
                path: format!("/my/pledges/{}", pledge.id),
            },
        )
        .await?;
    }
    txn.commit().await?;
    Ok(())
}

/// The lead takes a partner (or an invitation) off the pledge. The lead itself cannot be removed.
pub async fn remove(
    db: &DatabaseConnection,
    actor: &SessionUser,
    pledge_id: i32,
    participant_id: i32,
) -> Result<(), AppError> {
    let txn = write_txn(db).await?;
    let pledge = led_by(&txn, actor, pledge_id).await?;
    let row = participant::Entity::find_by_id(participant_id)
        .one(&txn)
        .await?
        .filter(|p| p.pledge_id == pledge.id && p.role == PARTNER)
        .ok_or(AppError::NotFound)?;
    let label = row.name.clone().or(Some(format!(
        "organisation {}",
        row.organisation_id.unwrap_or_default()
    )));
    participant::Entity::delete_by_id(row.id).exec(&txn).await?;
    record(
        &txn,
        actor,
        pledge.id,
        "remove_partner",
        &row.status,
        "removed",
        label,
    )
    .await?;
    txn.commit().await?;
    Ok(())
}

/// Whether confirmed partners may edit and submit the pledge; the lead decides.
pub async fn set_partners_may_edit(
    db: &DatabaseConnection,
    actor: &SessionUser,
    pledge_id: i32,
    allowed: bool,
) -> Result<(), AppError> {
    let txn = write_txn(db).await?;
    let pledge = led_by(&txn, actor, pledge_id).await?;
    pledge::Entity::update_many()
        .col_expr(pledge::Column::PartnersMayEdit, Expr::value(allowed))
        .filter(pledge::Column::Id.eq(pledge.id))
        .exec(&txn)
        .await?;
    let to = if allowed {
        "partners_edit"
    } else {
        "lead_edits"
    };
    record(&txn, actor, pledge.id, "partner_rights", "", to, None).await?;
    txn.commit().await?;
    Ok(())
}

async fn record<C: ConnectionTrait>(
    conn: &C,
    actor: &SessionUser,
    pledge_id: i32,
    action: &str,
    from: &str,
    to: &str,
    reason: Option<String>,
) -> Result<(), AppError> {
    audit::record(
        conn,
        Event {
            subject: "pledge_partner",
            subject_id: pledge_id,
            actor: Some(actor.user_id),
            action,
            from,
            to,
            reason,
        },
    )
    .await
}
