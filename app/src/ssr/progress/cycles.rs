//! Reporting cycles: ITU admins keep them (by default each calendar year, due 31 March of the
//! next). A pledge owes one report for every cycle whose period ends on or after the day it was
//! first published, until a report says its work is completed or cancelled.
use chrono::{NaiveDate, Utc};
use sea_orm::{ActiveModelTrait, ConnectionTrait, EntityTrait, QueryOrder, Set};

use crate::domain::progress::CycleView;
use crate::domain::{FieldIssue, SessionUser};
use crate::error::AppError;
use crate::pledge_lifecycle::Role;
use crate::progress_lifecycle::{OwedCycle, ProgressStatus, ReportState};
use crate::ssr::audit::{self, Event};
use crate::ssr::context::ServerContext;
use crate::ssr::entity::progress::{cycle, report};
use crate::ssr::write_txn;

pub fn view(c: &cycle::Model) -> CycleView {
    CycleView {
        id: c.id,
        label: c.label.clone(),
        period_start: c.period_start,
        period_end: c.period_end,
        due_on: c.due_on,
    }
}

pub async fn all<C: ConnectionTrait>(conn: &C) -> Result<Vec<cycle::Model>, AppError> {
    Ok(cycle::Entity::find()
        .order_by_asc(cycle::Column::PeriodStart)
        .all(conn)
        .await?)
}

/// One cycle a pledge owes, and whether a public report answers it.
#[derive(Clone, Debug)]
pub struct Owed {
    pub cycle: cycle::Model,
    pub reported: bool,
}

/// The cycles a pledge first published on `published_on` owes, given its reports (any order).
pub fn owed(
    cycles: &[cycle::Model],
    published_on: NaiveDate,
    reports: &[report::Model],
) -> Vec<Owed> {
    let public: Vec<&report::Model> = reports
        .iter()
        .filter(|r| ReportState::parse(&r.state).is_some_and(ReportState::is_public))
        .collect();
    // After a report that closes the work, no later period is owed.
    let closed_on = public
        .iter()
        .filter(|r| ProgressStatus::parse(&r.status).is_some_and(ProgressStatus::is_final))
        .map(|r| r.as_of)
        .min();
    cycles
        .iter()
        .filter(|c| c.period_end >= published_on)
        .filter(|c| closed_on.is_none_or(|closed| c.period_start <= closed))
        .map(|c| Owed {
            cycle: c.clone(),
            reported: public.iter().any(|r| r.cycle_id == Some(c.id)),
        })
        .collect()
}

/// Whether the work was closed by a public report (completed or cancelled).
pub fn is_closed(reports: &[report::Model]) -> bool {
    reports.iter().any(|r| {
        ReportState::parse(&r.state).is_some_and(ReportState::is_public)
            && ProgressStatus::parse(&r.status).is_some_and(ProgressStatus::is_final)
    })
}

/// A report may answer a cycle from this many days before its period ends (its last quarter):
/// a year's report written in December is that year's report.
pub const EARLY_DAYS: i64 = 92;

/// The oldest cycle without a report whose period has ended or is in its last quarter: what a
/// report filed `today` answers, and what "Our pledges" shows as due.
pub fn open_cycle(owed: &[Owed], today: NaiveDate) -> Option<&cycle::Model> {
    owed.iter()
        .filter(|o| !o.reported && o.cycle.period_end - chrono::Duration::days(EARLY_DAYS) < today)
        .map(|o| &o.cycle)
        .min_by_key(|c| c.period_end)
}

pub fn as_rule_input(owed: &[Owed]) -> Vec<OwedCycle> {
    owed.iter()
        .map(|o| OwedCycle {
            due: o.cycle.due_on,
            reported: o.reported,
        })
        .collect()
}

/// The form of a new cycle, as typed.
#[derive(Clone, Debug, Default, serde::Serialize, serde::Deserialize)]
pub struct CycleInput {
    pub label: String,
    pub period_start: String,
    pub period_end: String,
    pub due_on: String,
}

/// ITU admins add a cycle: a label, a period, and a due date after the period.
pub async fn add(
    ctx: &ServerContext,
    actor: &SessionUser,
    input: &CycleInput,
) -> Result<i32, AppError> {
    if actor.role != Role::Admin {
        return Err(AppError::Forbidden);
    }
    let date = |v: &str| crate::domain::parse_pledge_date(v).ok();
    let mut issues = Vec::new();
    let label = input.label.trim();
    if label.is_empty() || label.chars().count() > 80 || !crate::domain::text_rules::one_line(label)
    {
        issues.push(FieldIssue::new("label", "one_line"));
    }
    let (start, end, due) = (
        date(&input.period_start),
        date(&input.period_end),
        date(&input.due_on),
    );
    for (field, value) in [
        ("period_start", start),
        ("period_end", end),
        ("due_on", due),
    ] {
        if value.is_none() {
            issues.push(FieldIssue::new(field, "pledge_date"));
        }
    }
    if let (Some(s), Some(e)) = (start, end)
        && e < s
    {
        issues.push(FieldIssue::new("period_end", "date_order"));
    }
    if let (Some(e), Some(d)) = (end, due)
        && d <= e
    {
        issues.push(FieldIssue::new("due_on", "date_order"));
    }
    let (Some(start), Some(end), Some(due)) = (start, end, due) else {
        return Err(AppError::Validation(issues));
    };
    if !issues.is_empty() {
        return Err(AppError::Validation(issues));
    }
    let txn = write_txn(&ctx.db).await?;
    let overlaps = all(&txn)
        .await?
        .iter()
        .any(|c| c.period_start <= end && start <= c.period_end);
    if overlaps {
        return Err(AppError::Validation(vec![FieldIssue::new(
            "period_start",
            "cycle_overlap",
        )]));
    }
    let saved = cycle::ActiveModel {
        label: Set(label.to_owned()),
        period_start: Set(start),
        period_end: Set(end),
        due_on: Set(due),
        created_at: Set(Utc::now()),
        ..Default::default()
    }
    .insert(&txn)
    .await?;
    audit::record(
        &txn,
        Event {
            subject: "reporting_cycle",
            subject_id: saved.id,
            actor: Some(actor.user_id),
            action: "add",
            from: "",
            to: "added",
            // The log's state columns are short codes; what was set goes with the reason.
            reason: Some(format!("{label}: {start} to {end}, due {due}")),
        },
    )
    .await?;
    txn.commit().await?;
    Ok(saved.id)
}

/// ITU admins move a cycle's due date (the period stays: reports already answer it).
pub async fn set_due(
    ctx: &ServerContext,
    actor: &SessionUser,
    cycle_id: i32,
    due_on: &str,
) -> Result<(), AppError> {
    if actor.role != Role::Admin {
        return Err(AppError::Forbidden);
    }
    let due = crate::domain::parse_pledge_date(due_on)
        .map_err(|_| AppError::Validation(vec![FieldIssue::new("due_on", "pledge_date")]))?;
    let txn = write_txn(&ctx.db).await?;
    let found = cycle::Entity::find_by_id(cycle_id)
        .one(&txn)
        .await?
        .ok_or(AppError::NotFound)?;
    if due <= found.period_end {
        return Err(AppError::Validation(vec![FieldIssue::new(
            "due_on",
            "date_order",
        )]));
    }
    let before = found.due_on;
    let mut active: cycle::ActiveModel = found.into();
    active.due_on = Set(due);
    active.update(&txn).await?;
    audit::record(
        &txn,
        Event {
            subject: "reporting_cycle",
            subject_id: cycle_id,
            actor: Some(actor.user_id),
            action: "set_due",
            from: &before.to_string(),
            to: &due.to_string(),
            reason: None,
        },
    )
    .await?;
    txn.commit().await?;
    Ok(())
}
