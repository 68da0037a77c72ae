//! ITU's light review of filed reports: accept, ask for more (a message in the pledge's
//! conversation), take down (with why) or restore. `progress_lifecycle` decides; this applies the
//! decision with its audit row and mail in one transaction.
use std::collections::HashSet;

use chrono::Utc;
use sea_orm::sea_query::Expr;
use sea_orm::{
    ActiveModelTrait, ColumnTrait, ConnectionTrait, DatabaseConnection, EntityTrait, QueryFilter,
    QueryOrder, QuerySelect, Set,
};

use crate::domain::SessionUser;
use crate::domain::progress::ReportRow;
use crate::error::AppError;
use crate::progress_lifecycle::{
    ProgressStatus, ReportAction, ReportState, TrafficLight, next_report_state,
};
use crate::ssr::accounts::locale_of;
use crate::ssr::audit::{self, Event};
use crate::ssr::context::ServerContext;
use crate::ssr::entity::progress::report;
use crate::ssr::entity::{pledge, pledge_message, pledge_participant as participant};
use crate::ssr::errors::internal;
use crate::ssr::mail::{Mail, ProgressNotice, enqueue};
use crate::ssr::pledges::records::{CONFIRMED, organisation_names, title_of};
use crate::ssr::progress::SUBJECT;
use crate::ssr::review::decisions::pledge_people;
use crate::ssr::write_txn;

/// The organisations taking part in each pledge (lead and confirmed partners).
async fn organisations_of<C: ConnectionTrait>(
    conn: &C,
    pledges: &[pledge::Model],
) -> Result<Vec<(i32, HashSet<i32>)>, AppError> {
    let ids: Vec<i32> = pledges.iter().map(|p| p.id).collect();
    let partners = participant::Entity::find()
        .filter(participant::Column::PledgeId.is_in(ids))
        .filter(participant::Column::Status.eq(CONFIRMED))
        .all(conn)
        .await?;
    Ok(pledges
        .iter()
        .map(|p| {
            let mut orgs: HashSet<i32> = partners
                .iter()
                .filter(|r| r.pledge_id == p.id)
                .filter_map(|r| r.organisation_id)
                .collect();
            orgs.insert(p.organisation_id);
            (p.id, orgs)
        })
        .collect())
}

/// Reports waiting for ITU's look (filed, or more asked for and not yet answered), newest first.
pub async fn queue(
    db: &DatabaseConnection,
    actor: &SessionUser,
) -> Result<Vec<ReportRow>, AppError> {
    if !actor.role.is_itu_staff() {
        return Err(AppError::Forbidden);
    }
    let reports = report::Entity::find()
        .filter(
            report::Column::State
                .is_in([ReportState::Filed.code(), ReportState::MoreRequested.code()]),
        )
        .order_by_desc(report::Column::FiledAt)
        .limit(200)
        .all(db)
        .await?;
    let pledges = pledge::Entity::find()
        .filter(pledge::Column::Id.is_in(reports.iter().map(|r| r.pledge_id)))
        .all(db)
        .await?;
    let taking_part = organisations_of(db, &pledges).await?;
    let names = organisation_names(db, pledges.iter().map(|p| p.organisation_id)).await?;
    let mut rows = Vec::with_capacity(reports.len());
    for r in &reports {
        let Some(p) = pledges.iter().find(|p| p.id == r.pledge_id) else {
            continue;
        };
        let bad = |what: &str| internal("stored progress report", what.to_owned());
        rows.push(ReportRow {
            id: r.id,
            version: r.version,
            pledge_id: p.id,
            title: title_of(db, p).await?,
            organisation: names.get(&p.organisation_id).cloned().unwrap_or_default(),
            filed_at: r.filed_at,
            state: ReportState::parse(&r.state).ok_or_else(|| bad("state"))?,
            status: ProgressStatus::parse(&r.status).ok_or_else(|| bad("status"))?,
            light: TrafficLight::parse(&r.light).ok_or_else(|| bad("light"))?,
            own: taking_part
                .iter()
                .any(|(id, orgs)| *id == p.id && orgs.contains(&actor.organisation_id)),
        });
    }
    Ok(rows)
}

/// ITU acts on a report. `version` is the report's version the reviewer saw: of two reviewers
/// acting at once, one wins and the other is told it changed.
#[tracing::instrument(skip(ctx, actor, message), fields(user_id = actor.user_id))]
pub async fn act(
    ctx: &ServerContext,
    actor: &SessionUser,
    report_id: i32,
    action: ReportAction,
    message: Option<&str>,
    version: i32,
) -> Result<(), AppError> {
    let message = message.map(str::trim).filter(|m| !m.is_empty());
    if message.is_some_and(|m| m.chars().count() > crate::ssr::review::conversation::BODY_MAX) {
        return Err(AppError::Validation(vec![crate::domain::FieldIssue::new(
            "message",
            "message_length",
        )]));
    }
    let txn = write_txn(&ctx.db).await?;
    let found = report::Entity::find_by_id(report_id)
        .one(&txn)
        .await?
        .ok_or(AppError::NotFound)?;
    if !actor.role.is_itu_staff() {
        // Organisations cannot tell a report they may not review from one that is not there.
        return Err(AppError::Forbidden);
    }
    let p = pledge::Entity::find_by_id(found.pledge_id)
        .one(&txn)
        .await?
        .ok_or(AppError::NotFound)?;
    let own = organisations_of(&txn, std::slice::from_ref(&p))
        .await?
        .iter()
        .any(|(_, orgs)| orgs.contains(&actor.organisation_id));
    if own {
        return Err(AppError::Transition(
            crate::pledge_lifecycle::TransitionError::OwnOrganisation,
        ));
    }
    let from = ReportState::parse(&found.state)
        .ok_or_else(|| internal("stored progress report", "state"))?;
    let to = next_report_state(from, action, actor.role, message)?;
    let moved = report::Entity::update_many()
        .col_expr(report::Column::State, Expr::value(to.code()))
        .col_expr(report::Column::Version, Expr::value(found.version + 1))
        .filter(report::Column::Id.eq(found.id))
        .filter(report::Column::Version.eq(version))
        .exec(&txn)
        .await?;
    if moved.rows_affected != 1 {
        return Err(AppError::Conflict);
    }
    audit::record(
        &txn,
        Event {
            subject: SUBJECT,
            subject_id: found.id,
            actor: Some(actor.user_id),
            action: action.code(),
            from: from.code(),
            to: to.code(),
            reason: message.map(str::to_owned),
        },
    )
    .await?;
    let title = title_of(&txn, &p).await?;
    let path = format!("/my/pledges/{}/progress", p.id);
    let people = pledge_people(&txn, &p).await?;
    match action {
        ReportAction::RequestMore => {
            // The request is part of the pledge's conversation, which mails the organisations.
            pledge_message::ActiveModel {
                pledge_id: Set(p.id),
                revision_id: Set(p.current_revision_id),
                author_user_id: Set(actor.user_id),
                internal: Set(false),
                body: Set(message.unwrap_or_default().to_owned()),
                created_at: Set(Utc::now()),
                ..Default::default()
            }
            .insert(&txn)
            .await?;
            for person in &people {
                enqueue(
                    &txn,
                    &ctx.public_url,
                    &person.email,
                    locale_of(person),
                    &Mail::PledgeMessage {
                        name: person.display_name.clone(),
                        title: title.clone(),
                        author: actor.display_name.clone(),
                        body: message.unwrap_or_default().to_owned(),
                        path: path.clone(),
                    },
                )
                .await?;
            }
        }
        ReportAction::Accept | ReportAction::TakeDown => {
            for person in &people {
                enqueue(
                    &txn,
                    &ctx.public_url,
                    &person.email,
                    locale_of(person),
                    &Mail::Progress(ProgressNotice::Reviewed {
                        name: person.display_name.clone(),
                        title: title.clone(),
                        taken_down: action == ReportAction::TakeDown,
                        message: message.unwrap_or_default().to_owned(),
                        path: path.clone(),
                    }),
                )
                .await?;
            }
        }
        ReportAction::Restore => {}
    }
    if from.is_public() != to.is_public() {
        crate::ssr::compendium::projection::refresh(&txn, p.id).await?;
    }
    txn.commit().await?;
    Ok(())
}

/// The report's current version, for the review form.
pub async fn version_of<C: ConnectionTrait>(conn: &C, report_id: i32) -> Result<i32, AppError> {
    report::Entity::find_by_id(report_id)
        .one(conn)
        .await?
        .map(|r| r.version)
        .ok_or(AppError::NotFound)
}
