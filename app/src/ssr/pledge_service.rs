//! Pledge use cases. Server functions call these after authenticating; tests and the seed call them too.
use std::collections::HashMap;

use chrono::Utc;
use sea_orm::{
    ActiveModelTrait, ColumnTrait, DatabaseConnection, DatabaseTransaction, DbErr, EntityTrait,
    QueryFilter, QueryOrder, Set, SqliteTransactionMode, TransactionOptions, TransactionTrait,
};

use super::entity::{organisation, pledge, pledge_focus_area};
use super::errors::internal;
use super::pledge_transitions::apply;
use crate::domain::{NewPledge, PledgeRow, PublicPledge, SessionUser};
use crate::error::AppError;
use crate::pledge_lifecycle::{PledgeAction, PledgeStatus, may_attempt};
use crate::reference::{BenefitLevel, FocusArea, PledgeType};

/// Creates the pledge and submits it for review, in one transaction.
#[tracing::instrument(skip(db, actor, new), fields(user_id = actor.user_id))]
pub async fn submit_new(
    db: &DatabaseConnection,
    actor: &SessionUser,
    new: NewPledge,
) -> Result<i32, AppError> {
    let txn = begin_write(db).await?;
    let now = Utc::now();
    let draft = pledge::ActiveModel {
        organisation_id: Set(actor.organisation_id),
        created_by: Set(actor.user_id),
        title: Set(new.title),
        description: Set(new.description),
        pledge_type: Set(new.pledge_type.code().to_owned()),
        benefit_ldc: Set(new.benefit_ldc.code().to_owned()),
        benefit_lldc: Set(new.benefit_lldc.code().to_owned()),
        benefit_sids: Set(new.benefit_sids.code().to_owned()),
        status: Set(PledgeStatus::Draft.code().to_owned()),
        version: Set(0),
        created_at: Set(now),
        updated_at: Set(now),
        ..Default::default()
    }
    .insert(&txn)
    .await?;
    for area in &new.focus_areas {
        pledge_focus_area::ActiveModel {
            pledge_id: Set(draft.id),
            focus_area: Set(area.code().to_owned()),
        }
        .insert(&txn)
        .await?;
    }
    let id = draft.id;
    apply(&txn, draft, PledgeAction::Submit, actor, None).await?;
    txn.commit().await?;
    Ok(id)
}

/// A reviewer approves a pledge they see in the queue; claiming it for review happens on the way.
/// `seen_version` is the version the reviewer looked at: if it changed since, nothing happens.
#[tracing::instrument(skip(db, actor), fields(user_id = actor.user_id))]
pub async fn approve(
    db: &DatabaseConnection,
    actor: &SessionUser,
    pledge_id: i32,
    seen_version: i32,
) -> Result<(), AppError> {
    // Asked before the pledge is read: whether it exists is none of a stakeholder's business.
    may_attempt(actor.role, PledgeAction::Approve)?;
    let txn = begin_write(db).await?;
    let current = pledge::Entity::find_by_id(pledge_id)
        .one(&txn)
        .await?
        .ok_or(AppError::NotFound)?;
    // Who may claim and approve is the state machine's decision, made in `apply`.
    if current.version != seen_version {
        return Err(AppError::Conflict);
    }
    let current = if current.status == PledgeStatus::Submitted.code() {
        apply(&txn, current, PledgeAction::Claim, actor, None).await?
    } else {
        current
    };
    apply(&txn, current, PledgeAction::Approve, actor, None).await?;
    txn.commit().await?;
    Ok(())
}

/// A transaction that will write. On SQLite it takes the write lock at once (`BEGIN IMMEDIATE`), so two
/// writers queue instead of one failing when it upgrades from reading; PostgreSQL ignores the option.
async fn begin_write(db: &DatabaseConnection) -> Result<DatabaseTransaction, DbErr> {
    db.begin_with_options(TransactionOptions {
        sqlite_transaction_mode: Some(SqliteTransactionMode::Immediate),
        ..Default::default()
    })
    .await
}

pub async fn published(db: &DatabaseConnection) -> Result<Vec<PublicPledge>, AppError> {
    let rows = pledge::Entity::find()
        .filter(pledge::Column::Status.eq(PledgeStatus::Published.code()))
        .order_by_desc(pledge::Column::PublishedAt)
        .order_by_desc(pledge::Column::Id)
        .all(db)
        .await?;
    let names = organisation_names(db, &rows).await?;
    let areas = focus_areas(db, &rows).await?;
    rows.into_iter()
        .map(|p| {
            Ok(PublicPledge {
                id: p.id,
                organisation_name: names.get(&p.organisation_id).cloned().unwrap_or_default(),
                focus_areas: areas.get(&p.id).cloned().unwrap_or_default(),
                pledge_type: parse_code(PledgeType::parse, &p.pledge_type)?,
                benefit_ldc: parse_code(BenefitLevel::parse, &p.benefit_ldc)?,
                benefit_lldc: parse_code(BenefitLevel::parse, &p.benefit_lldc)?,
                benefit_sids: parse_code(BenefitLevel::parse, &p.benefit_sids)?,
                published_on: p.published_at.map(|d| d.date_naive()),
                title: p.title,
                description: p.description,
            })
        })
        .collect()
}

/// The pledges of the actor's own organisation, in every state.
pub async fn for_organisation(
    db: &DatabaseConnection,
    actor: &SessionUser,
) -> Result<Vec<PledgeRow>, AppError> {
    let rows = pledge::Entity::find()
        .filter(pledge::Column::OrganisationId.eq(actor.organisation_id))
        .order_by_desc(pledge::Column::Id)
        .all(db)
        .await?;
    rows_for_lists(db, rows).await
}

/// Pledges waiting for due diligence, oldest submission first. ITU staff only.
pub async fn review_queue(
    db: &DatabaseConnection,
    actor: &SessionUser,
) -> Result<Vec<PledgeRow>, AppError> {
    if !actor.role.is_itu_staff() {
        return Err(AppError::Forbidden);
    }
    let rows = pledge::Entity::find()
        .filter(pledge::Column::Status.is_in(PledgeStatus::AWAITING_REVIEW.map(PledgeStatus::code)))
        .order_by_asc(pledge::Column::SubmittedAt)
        .order_by_asc(pledge::Column::Id)
        .all(db)
        .await?;
    rows_for_lists(db, rows).await
}

async fn rows_for_lists(
    db: &DatabaseConnection,
    rows: Vec<pledge::Model>,
) -> Result<Vec<PledgeRow>, AppError> {
    let names = organisation_names(db, &rows).await?;
    rows.into_iter()
        .map(|p| {
            Ok(PledgeRow {
                id: p.id,
                version: p.version,
                organisation_name: names.get(&p.organisation_id).cloned().unwrap_or_default(),
                pledge_type: parse_code(PledgeType::parse, &p.pledge_type)?,
                status: parse_code(PledgeStatus::parse, &p.status)?,
                submitted_at: p.submitted_at,
                title: p.title,
            })
        })
        .collect()
}

fn parse_code<T>(parse: fn(&str) -> Option<T>, code: &str) -> Result<T, AppError> {
    parse(code).ok_or_else(|| internal("unknown code in database", code))
}

async fn organisation_names(
    db: &DatabaseConnection,
    rows: &[pledge::Model],
) -> Result<HashMap<i32, String>, AppError> {
    let ids: Vec<i32> = rows.iter().map(|p| p.organisation_id).collect();
    Ok(organisation::Entity::find()
        .filter(organisation::Column::Id.is_in(ids))
        .all(db)
        .await?
        .into_iter()
        .map(|o| (o.id, o.name))
        .collect())
}

async fn focus_areas(
    db: &DatabaseConnection,
    rows: &[pledge::Model],
) -> Result<HashMap<i32, Vec<FocusArea>>, AppError> {
    let ids: Vec<i32> = rows.iter().map(|p| p.id).collect();
    let mut map: HashMap<i32, Vec<FocusArea>> = HashMap::new();
    for row in pledge_focus_area::Entity::find()
        .filter(pledge_focus_area::Column::PledgeId.is_in(ids))
        .all(db)
        .await?
    {
        map.entry(row.pledge_id)
            .or_default()
            .push(parse_code(FocusArea::parse, &row.focus_area)?);
    }
    for areas in map.values_mut() {
        areas.sort();
    }
    Ok(map)
}
