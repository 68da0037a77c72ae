//! The reviewers' desk: the queue with its filters, counts and paging, and who holds which pledge
//! (claim, release, assign). Decisions are in `decisions`.
use chrono::{Duration, Utc};
use sea_orm::sea_query::{Expr, Query};
use sea_orm::{
    ColumnTrait, Condition, DatabaseConnection, EntityTrait, Order, PaginatorTrait, QueryFilter,
    QueryOrder, QuerySelect, Select,
};

use crate::domain::{Colleague, QueueFilter, QueuePage, QueueRow, SessionUser};
use crate::error::AppError;
use crate::pledge_lifecycle::{
    Actor, PledgeAction, PledgeStatus, Role, may_attempt, may_be_assigned,
};
use crate::reference::{CountryTable, FocusArea, ItuRegion, PledgeType, StakeholderType};
use crate::ssr::entity::{
    organisation, pledge, pledge_revision as revision, revision_focus_area, revision_scope, user,
};
use crate::ssr::pledges::participants::relation_of;
use crate::ssr::pledges::records::{code, organisation_names, revision_view, submitted_title_of};
use crate::ssr::pledges::transitions::{Step, actor_of, apply, as_seen};
use crate::ssr::write_txn;

/// Rows per queue page: a screenful, and a small query on a slow link.
pub const QUEUE_PAGE_SIZE: u64 = 25;

fn number(v: &Option<String>) -> Option<i64> {
    v.as_deref()
        .map(|s| s.trim().replace([',', ' ', '_'], ""))
        .and_then(|s| s.parse::<i64>().ok())
        .filter(|n| *n >= 0)
}

/// The queue's pledges under every filter but the state, which the counts split by.
fn filtered(actor: &SessionUser, f: &QueueFilter) -> Select<pledge::Entity> {
    let mut q = pledge::Entity::find();
    let revisions_where = |cond: Condition| {
        Query::select()
            .column(revision::Column::Id)
            .from(revision::Entity)
            .cond_where(cond)
            .to_owned()
    };
    if let Some(t) = f.pledge_type.as_deref().and_then(PledgeType::parse) {
        q = q.filter(
            pledge::Column::CurrentRevisionId.in_subquery(revisions_where(
                Condition::all().add(revision::Column::PledgeType.eq(t.code())),
            )),
        );
    }
    let (min, max) = (number(&f.usd_min), number(&f.usd_max));
    if min.is_some() || max.is_some() {
        let mut cond = Condition::all();
        if let Some(min) = min {
            cond = cond.add(revision::Column::UsdCents.gte(min.saturating_mul(100)));
        }
        if let Some(max) = max {
            cond = cond.add(revision::Column::UsdCents.lte(max.saturating_mul(100)));
        }
        q = q.filter(pledge::Column::CurrentRevisionId.in_subquery(revisions_where(cond)));
    }
    if let Some(a) = f.focus_area.as_deref().and_then(FocusArea::parse) {
        q = q.filter(
            pledge::Column::CurrentRevisionId.in_subquery(
                Query::select()
                    .column(revision_focus_area::Column::RevisionId)
                    .from(revision_focus_area::Entity)
                    .and_where(revision_focus_area::Column::FocusArea.eq(a.code()))
                    .to_owned(),
            ),
        );
    }
    if let Some(r) = f.region.as_deref().and_then(ItuRegion::parse) {
        // A pledge is in a region when its scope names the region or one of its countries.
        let countries: Vec<String> = CountryTable::shared()
            .map(|t| {
                t.in_region(r)
                    .flat_map(|c| [c.alpha2.clone(), c.alpha3.clone()])
                    .collect()
            })
            .unwrap_or_default();
        let cond = Condition::any()
            .add(
                Condition::all()
                    .add(revision_scope::Column::Kind.eq("region"))
                    .add(revision_scope::Column::Code.eq(r.code())),
            )
            .add(
                Condition::all()
                    .add(revision_scope::Column::Kind.eq("country"))
                    .add(revision_scope::Column::Code.is_in(countries)),
            );
        q = q.filter(
            pledge::Column::CurrentRevisionId.in_subquery(
                Query::select()
                    .column(revision_scope::Column::RevisionId)
                    .from(revision_scope::Entity)
                    .cond_where(cond)
                    .to_owned(),
            ),
        );
    }
    if let Some(s) = f
        .stakeholder_type
        .as_deref()
        .and_then(StakeholderType::parse)
    {
        q = q.filter(
            pledge::Column::OrganisationId.in_subquery(
                Query::select()
                    .column(organisation::Column::Id)
                    .from(organisation::Entity)
                    .and_where(organisation::Column::StakeholderType.eq(s.code()))
                    .to_owned(),
            ),
        );
    }
    if let Some(days) = number(&f.min_days).filter(|d| *d > 0) {
        let before = Utc::now() - Duration::days(days.min(36_500));
        q = q.filter(pledge::Column::SubmittedAt.lte(before));
    }
    match f.assignee.as_deref().map(str::trim) {
        Some("me") => q = q.filter(pledge::Column::AssigneeUserId.eq(actor.user_id)),
        Some("none") => q = q.filter(pledge::Column::AssigneeUserId.is_null()),
        Some(id) => {
            if let Ok(id) = id.parse::<i32>() {
                q = q.filter(pledge::Column::AssigneeUserId.eq(id));
            }
        }
        None => {}
    }
    q
}

/// The queue: pledges submitted, in review, waiting for a second approval or for the
/// organisation's changes, filtered as the URL says, oldest first unless asked otherwise.
pub async fn queue(
    db: &DatabaseConnection,
    actor: &SessionUser,
    f: &QueueFilter,
) -> Result<QueuePage, AppError> {
    may_attempt(actor.role, PledgeAction::Claim)?;
    let base = filtered(actor, f);
    let mut counts = Vec::with_capacity(PledgeStatus::IN_QUEUE.len());
    for s in PledgeStatus::IN_QUEUE {
        let n = base
            .clone()
            .filter(pledge::Column::Status.eq(s.code()))
            .count(db)
            .await?;
        counts.push((s, n));
    }
    let statuses: Vec<&str> = match f.status.as_deref().and_then(PledgeStatus::parse) {
        Some(s) if PledgeStatus::IN_QUEUE.contains(&s) => vec![s.code()],
        _ => PledgeStatus::AWAITING_REVIEW
            .map(PledgeStatus::code)
            .to_vec(),
    };
    let mut q = base.filter(pledge::Column::Status.is_in(statuses));
    q = match f.sort.as_deref() {
        Some("newest") => q.order_by_desc(pledge::Column::SubmittedAt),
        // COALESCE: both databases then put pledges without a USD figure last.
        Some("value") => q.order_by(
            Expr::cust(
                "COALESCE((SELECT r.usd_cents FROM pledge_revisions r \
                 WHERE r.id = pledges.current_revision_id), -1)",
            ),
            Order::Desc,
        ),
        _ => q.order_by_asc(pledge::Column::SubmittedAt),
    }
    .order_by_asc(pledge::Column::Id);
    let total = q.clone().count(db).await?;
    let crate::ssr::paging::Paging {
        page,
        pages,
        offset,
    } = crate::ssr::paging::paging(total, QUEUE_PAGE_SIZE, f.page.as_deref());
    let found = q.offset(offset).limit(QUEUE_PAGE_SIZE).all(db).await?;
    let mut rows = Vec::with_capacity(found.len());
    let names = organisation_names(db, found.iter().map(|p| p.organisation_id)).await?;
    let types = stakeholder_types(db, found.iter().map(|p| p.organisation_id)).await?;
    let people = reviewers(db).await?;
    let now = Utc::now();
    for p in found {
        let current = match p.current_revision_id {
            Some(id) => match revision::Entity::find_by_id(id).one(db).await? {
                Some(r) => Some(revision_view(db, r).await?),
                None => None,
            },
            None => None,
        };
        rows.push(QueueRow {
            id: p.id,
            version: p.version,
            // Reviewers read submitted revisions, never the organisation's unsaved typing.
            title: submitted_title_of(db, &p).await?,
            organisation_name: names.get(&p.organisation_id).cloned().unwrap_or_default(),
            stakeholder_type: types.get(&p.organisation_id).cloned().unwrap_or_default(),
            pledge_type: current.as_ref().map(|c| c.content.pledge_type),
            status: code(PledgeStatus::parse, &p.status)?,
            submitted_at: p.submitted_at,
            days_waiting: p.submitted_at.map(|s| (now - s).num_days()).unwrap_or(0),
            assignee_id: p.assignee_user_id,
            assignee_name: p
                .assignee_user_id
                .and_then(|id| people.iter().find(|c| c.id == id).map(|c| c.name.clone())),
            usd_cents: current.as_ref().and_then(|c| c.usd_cents),
            flags: current.map(|c| c.flags).unwrap_or_default(),
        });
    }
    Ok(QueuePage {
        rows,
        counts,
        total,
        page,
        pages,
        reviewers: people,
        me: actor.user_id,
    })
}

async fn stakeholder_types(
    db: &DatabaseConnection,
    ids: impl Iterator<Item = i32>,
) -> Result<std::collections::HashMap<i32, String>, AppError> {
    let ids: Vec<i32> = ids.collect();
    if ids.is_empty() {
        return Ok(Default::default());
    }
    Ok(organisation::Entity::find()
        .filter(organisation::Column::Id.is_in(ids))
        .all(db)
        .await?
        .into_iter()
        .map(|o| (o.id, o.stakeholder_type))
        .collect())
}

/// ITU staff who can be handed a pledge.
pub async fn reviewers(db: &DatabaseConnection) -> Result<Vec<Colleague>, AppError> {
    Ok(user::Entity::find()
        .filter(user::Column::Role.is_in([Role::Reviewer.code(), Role::Admin.code()]))
        .filter(
            user::Column::Membership.eq(crate::organisation_lifecycle::Membership::Active.code()),
        )
        .order_by_asc(user::Column::DisplayName)
        .all(db)
        .await?
        .into_iter()
        .map(|u| Colleague {
            id: u.id,
            name: u.display_name,
        })
        .collect())
}

/// Claim (take it yourself), release (give it back to the queue) or assign (hand it to a colleague).
#[tracing::instrument(skip(db, actor, notify), fields(user_id = actor.user_id))]
pub async fn hold(
    db: &DatabaseConnection,
    actor: &SessionUser,
    pledge_id: i32,
    seen_version: i32,
    action: PledgeAction,
    assignee: Option<i32>,
    notify: crate::ssr::Notify<'_>,
) -> Result<PledgeStatus, AppError> {
    if !matches!(
        action,
        PledgeAction::Claim | PledgeAction::Release | PledgeAction::Assign
    ) {
        return Err(AppError::Validation(vec![crate::domain::FieldIssue::new(
            "action", "choice",
        )]));
    }
    may_attempt(actor.role, action)?;
    let txn = write_txn(db).await?;
    let (current, relation) = as_seen(&txn, actor, pledge_id, seen_version).await?;
    let status = code(PledgeStatus::parse, &current.status)?;
    if action == PledgeAction::Assign {
        let id = assignee.ok_or_else(|| {
            AppError::Validation(vec![crate::domain::FieldIssue::new("assignee", "choice")])
        })?;
        let colleague = user::Entity::find_by_id(id)
            .one(&txn)
            .await?
            .filter(|u| u.membership == crate::organisation_lifecycle::Membership::Active.code())
            .ok_or_else(|| {
                AppError::Validation(vec![crate::domain::FieldIssue::new("assignee", "choice")])
            })?;
        let role = code(Role::parse, &colleague.role)?;
        let their_relation = relation_of(&txn, &current, colleague.organisation_id).await?;
        let as_them = SessionUser {
            user_id: colleague.id,
            display_name: colleague.display_name.clone(),
            email: colleague.email.clone(),
            role,
            organisation_id: colleague.organisation_id,
            organisation_name: String::new(),
        };
        let them: Actor = actor_of(&current, &as_them, their_relation);
        may_be_assigned(status, them)?;
    }
    let after = apply(
        &txn,
        current,
        action,
        actor,
        relation,
        Step {
            assignee,
            notify,
            ..Step::default()
        },
    )
    .await?;
    txn.commit().await?;
    code(PledgeStatus::parse, &after.status)
}
