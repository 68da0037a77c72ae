//! Saving and submitting a pledge. A draft is saved exactly as typed, at any time; a submission
//! checks every rule and writes a new revision, its USD figure and its state change in one
//! transaction, or writes nothing.
use chrono::{NaiveDate, Utc};
use sea_orm::sea_query::Expr;
use sea_orm::{
    ActiveModelTrait, ColumnTrait, ConnectionTrait, DatabaseConnection, EntityTrait,
    PaginatorTrait, QueryFilter, Set,
};

use crate::domain::{DraftSaved, FieldIssue, FormStamp, PledgeContent, PledgeInput, SessionUser};
use crate::error::AppError;
use crate::pledge_lifecycle::{Actor, PledgeStatus, may_edit, submission_action};
use crate::ssr::entity::{
    pledge, pledge_draft, pledge_revision as revision, revision_focus_area, revision_kap,
    revision_partner, revision_scope, revision_sdg, revision_target,
};
use crate::ssr::errors::internal;
use crate::ssr::pledges::exchange_rates::{rate_on, usd_cents};
use crate::ssr::pledges::form_saves::{self, Claim};
use crate::ssr::pledges::participants::{add_lead, relation_of};
use crate::ssr::pledges::records::{NAMED_KIND, code};
use crate::ssr::pledges::transitions::{Step, apply};
use crate::ssr::review::notices::Notify;
use crate::ssr::write_txn;

/// A working copy larger than this is not a pledge being typed (the form's limits add up to ~40 KB).
const DRAFT_MAX_BYTES: usize = 256 * 1024;

/// Drafts one organisation may keep at once: far more than anyone types by hand, and a bound on
/// what a script saving empty forms in a loop can fill the database with.
pub const DRAFTS_PER_ORGANISATION: u64 = 200;

/// A new draft is refused, with a message next to the form, once the organisation has the most.
async fn room_for_a_draft<C: ConnectionTrait>(
    conn: &C,
    actor: &SessionUser,
) -> Result<(), AppError> {
    let drafts = pledge::Entity::find()
        .filter(pledge::Column::OrganisationId.eq(actor.organisation_id))
        .filter(pledge::Column::Status.eq(PledgeStatus::Draft.code()))
        .count(conn)
        .await?;
    if drafts >= DRAFTS_PER_ORGANISATION {
        return Err(AppError::Validation(vec![FieldIssue::new(
            "form",
            "drafts_capped",
        )]));
    }
    Ok(())
}

/// A new pledge of the actor's organisation (`pledge_id` None), or an existing one it may edit.
async fn editable_pledge<C: ConnectionTrait>(
    conn: &C,
    actor: &SessionUser,
    pledge_id: Option<i32>,
) -> Result<pledge::Model, AppError> {
    if !actor.role.acts_for_organisation() {
        return Err(AppError::Forbidden);
    }
    let Some(id) = pledge_id else {
        let now = Utc::now();
        let created = pledge::ActiveModel {
            organisation_id: Set(actor.organisation_id),
            created_by: Set(actor.user_id),
            status: Set(PledgeStatus::Draft.code().to_owned()),
            version: Set(0),
            created_at: Set(now),
            updated_at: Set(now),
            partners_may_edit: Set(false),
            ..Default::default()
        }
        .insert(conn)
        .await?;
        add_lead(conn, created.id, actor.organisation_id).await?;
        return Ok(created);
    };
    let (p, relation, _) = crate::ssr::pledges::reads::visible_to(conn, actor, id).await?;
    let status = code(PledgeStatus::parse, &p.status)?;
    if relation == crate::pledge_lifecycle::Relation::Outsider {
        return Err(AppError::NotFound);
    }
    if !may_edit(status, Actor::new(actor.role, relation)) {
        // In review, rejected or withdrawn: the reviewer's view must not change under them.
        return Err(AppError::Transition(
            crate::pledge_lifecycle::TransitionError::NotAllowedInState {
                from: status,
                action: crate::pledge_lifecycle::PledgeAction::Submit,
            },
        ));
    }
    Ok(p)
}

/// Keeps what was typed, as typed. Nothing is checked but size and who may edit.
#[tracing::instrument(skip(db, actor, input), fields(user_id = actor.user_id))]
pub async fn save_draft(
    db: &DatabaseConnection,
    actor: &SessionUser,
    pledge_id: Option<i32>,
    input: &PledgeInput,
    stamp: Option<&FormStamp>,
) -> Result<DraftSaved, AppError> {
    let json = serde_json::to_string(input).map_err(|e| internal("working copy", e))?;
    if json.len() > DRAFT_MAX_BYTES {
        return Err(AppError::TooLarge);
    }
    let txn = write_txn(db).await?;
    let pledge_id = match stamp {
        Some(stamp) => match form_saves::claim(&txn, actor, stamp, pledge_id).await? {
            Claim::Newest(id) => id,
            Claim::Stale(id) => return already_saved(&txn, actor, id).await,
        },
        None => pledge_id,
    };
    if pledge_id.is_none() && actor.role.acts_for_organisation() {
        room_for_a_draft(&txn, actor).await?;
    }
    let p = editable_pledge(&txn, actor, pledge_id).await?;
    if let Some(stamp) = stamp {
        form_saves::made(&txn, actor, stamp, p.id).await?;
    }
    let now = Utc::now();
    let exists = pledge_draft::Entity::find_by_id(p.id)
        .one(&txn)
        .await?
        .is_some();
    let row = pledge_draft::ActiveModel {
        pledge_id: Set(p.id),
        input: Set(json),
        saved_by: Set(actor.user_id),
        saved_at: Set(now),
    };
    if exists {
        row.update(&txn).await?;
    } else {
        row.insert(&txn).await?;
    }
    pledge::Entity::update_many()
        .col_expr(pledge::Column::UpdatedAt, Expr::value(now))
        .filter(pledge::Column::Id.eq(p.id))
        .exec(&txn)
        .await?;
    txn.commit().await?;
    Ok(DraftSaved {
        pledge_id: p.id,
        saved_at: now,
    })
}

/// The answer to a save that came after a later one of its form: the stored working copy stands.
async fn already_saved<C: ConnectionTrait>(
    conn: &C,
    actor: &SessionUser,
    pledge_id: i32,
) -> Result<DraftSaved, AppError> {
    let p = editable_pledge(conn, actor, Some(pledge_id)).await?;
    let saved_at = pledge_draft::Entity::find_by_id(p.id)
        .one(conn)
        .await?
        .map_or(p.updated_at, |d| d.saved_at);
    Ok(DraftSaved {
        pledge_id: p.id,
        saved_at,
    })
}

/// Checks every rule and sends the pledge to review as a new revision: a first submission, a
/// resubmission after changes were requested, or an edit of a published pledge.
#[tracing::instrument(skip(db, actor, input, notify), fields(user_id = actor.user_id))]
pub async fn submit(
    db: &DatabaseConnection,
    actor: &SessionUser,
    pledge_id: Option<i32>,
    input: &PledgeInput,
    stamp: Option<&FormStamp>,
    notify: Notify<'_>,
) -> Result<i32, AppError> {
    if !actor.role.acts_for_organisation() {
        return Err(AppError::Forbidden);
    }
    let content = input.parse().map_err(AppError::Validation)?;
    let txn = write_txn(db).await?;
    // A pressed button always counts, even behind a newer autosave; it only learns which pledge
    // the form's autosave may already have made.
    let pledge_id = match stamp {
        Some(stamp) => match form_saves::claim(&txn, actor, stamp, pledge_id).await? {
            Claim::Newest(id) => id,
            Claim::Stale(id) => Some(id),
        },
        None => pledge_id,
    };
    let p = editable_pledge(&txn, actor, pledge_id).await?;
    if let Some(stamp) = stamp {
        form_saves::made(&txn, actor, stamp, p.id).await?;
    }
    let status = code(PledgeStatus::parse, &p.status)?;
    let action = submission_action(status).ok_or(AppError::Conflict)?;
    let today = Utc::now().date_naive();
    let revision_id = write_revision(&txn, actor, &p, &content, today).await?;
    pledge_draft::Entity::delete_by_id(p.id).exec(&txn).await?;
    pledge::Entity::update_many()
        .col_expr(pledge::Column::CurrentRevisionId, Expr::value(revision_id))
        .filter(pledge::Column::Id.eq(p.id))
        .exec(&txn)
        .await?;
    let relation = relation_of(&txn, &p, actor.organisation_id).await?;
    let id = p.id;
    // The pledge as it now stands, so the mails the submission causes name the new revision.
    let p = pledge::Model {
        current_revision_id: Some(revision_id),
        ..p
    };
    apply(
        &txn,
        p,
        action,
        actor,
        relation,
        Step {
            revision_id: Some(revision_id),
            notify,
            ..Step::default()
        },
    )
    .await?;
    txn.commit().await?;
    Ok(id)
}

async fn write_revision<C: ConnectionTrait>(
    conn: &C,
    actor: &SessionUser,
    p: &pledge::Model,
    content: &PledgeContent,
    today: NaiveDate,
) -> Result<i32, AppError> {
    let number = revision::Entity::find()
        .filter(revision::Column::PledgeId.eq(p.id))
        .count(conn)
        .await?
        + 1;
    let (usd, rate) = match &content.amount {
        Some(money) => match rate_on(conn, &money.currency, today).await? {
            Some(rate) => (Some(usd_cents(money, &rate)?), Some(rate)),
            None => {
                tracing::warn!(currency = %money.currency, "no exchange rate: USD figure left empty");
                (None, None)
            }
        },
        None => (None, None),
    };
    let share = |s: Option<u8>| s.map(i16::from);
    let r = revision::ActiveModel {
        pledge_id: Set(p.id),
        number: Set(i32::try_from(number).map_err(|e| internal("revision number", e))?),
        created_by: Set(actor.user_id),
        created_at: Set(Utc::now()),
        title: Set(content.title.clone()),
        summary: Set(content.summary.clone()),
        description: Set(content.description.clone()),
        pledge_type: Set(content.pledge_type.code().to_owned()),
        scope_global: Set(content.scope.global),
        amount_minor: Set(content.amount.as_ref().map(|m| m.minor)),
        currency: Set(content.amount.as_ref().map(|m| m.currency.clone())),
        amount_exponent: Set(content.amount.as_ref().map(|m| i16::from(m.exponent))),
        usd_cents: Set(usd),
        usd_rate: Set(rate.as_ref().map(|r| r.usd_per_unit.clone())),
        usd_rate_date: Set(rate.as_ref().map(|r| r.on)),
        start_date: Set(content.start),
        end_date: Set(content.end),
        contact_name: Set(content.contact_name.clone()),
        contact_email: Set(content.contact_email.clone()),
        groups_on: Set(today),
        open_sign_on: Set(content.open_sign_on),
        ldc_level: Set(content.ldc.level.code().to_owned()),
        ldc_share: Set(share(content.ldc.share_pct)),
        ldc_statement: Set(content.ldc.statement.clone()),
        lldc_level: Set(content.lldc.level.code().to_owned()),
        lldc_share: Set(share(content.lldc.share_pct)),
        lldc_statement: Set(content.lldc.statement.clone()),
        sids_level: Set(content.sids.level.code().to_owned()),
        sids_share: Set(share(content.sids.share_pct)),
        sids_statement: Set(content.sids.statement.clone()),
        ..Default::default()
    }
    .insert(conn)
    .await?;
    for area in &content.focus_areas {
        revision_focus_area::ActiveModel {
            revision_id: Set(r.id),
            focus_area: Set(area.code().to_owned()),
        }
        .insert(conn)
        .await?;
    }
    let scope = content
        .scope
        .regions
        .iter()
        .map(|r| ("region", r.code().to_owned()))
        .chain(
            content
                .scope
                .countries
                .iter()
                .map(|c| ("country", c.clone())),
        );
    for (kind, code) in scope {
        revision_scope::ActiveModel {
            revision_id: Set(r.id),
            kind: Set(kind.to_owned()),
            code: Set(code),
        }
        .insert(conn)
        .await?;
    }
    for (position, t) in content.targets.iter().enumerate() {
        revision_target::ActiveModel {
            revision_id: Set(r.id),
            position: Set(i32::try_from(position).map_err(|e| internal("target position", e))?),
            indicator: Set(t.indicator.clone()),
            baseline: Set(t.baseline.clone()),
            target_value: Set(t.target.clone()),
            unit: Set(t.unit.clone()),
            due: Set(t.due),
            ..Default::default()
        }
        .insert(conn)
        .await?;
    }
    for sdg in &content.sdgs {
        revision_sdg::ActiveModel {
            revision_id: Set(r.id),
            sdg: Set(i16::from(sdg.number())),
        }
        .insert(conn)
        .await?;
    }
    for (position, name) in content.named_partners.iter().enumerate() {
        revision_partner::ActiveModel {
            revision_id: Set(r.id),
            kind: Set(NAMED_KIND.to_owned()),
            position: Set(i32::try_from(position).map_err(|e| internal("partner position", e))?),
            name: Set(name.clone()),
            organisation_id: Set(None),
        }
        .insert(conn)
        .await?;
    }
    for kap in &content.kap {
        revision_kap::ActiveModel {
            revision_id: Set(r.id),
            priority: Set(kap.code().to_owned()),
        }
        .insert(conn)
        .await?;
    }
    if !content.answers.is_empty() {
        let known = crate::ssr::marketplace::opportunities::ids_by_slug(conn).await?;
        for slug in &content.answers {
            let Some((opportunity_id, _)) = known.get(slug) else {
                return Err(AppError::Validation(vec![crate::domain::FieldIssue::new(
                    "answers", "answers",
                )]));
            };
            crate::ssr::entity::marketplace::revision_opportunity::ActiveModel {
                revision_id: Set(r.id),
                opportunity_id: Set(*opportunity_id),
            }
            .insert(conn)
            .await?;
        }
    }
    Ok(r.id)
}

/// The lead takes the pledge back, with a reason, from any state but a final one.
#[tracing::instrument(skip(db, actor, reason, notify), fields(user_id = actor.user_id))]
pub async fn withdraw(
    db: &DatabaseConnection,
    actor: &SessionUser,
    pledge_id: i32,
    seen_version: i32,
    reason: &str,
    notify: Notify<'_>,
) -> Result<(), AppError> {
    crate::pledge_lifecycle::may_attempt(
        actor.role,
        crate::pledge_lifecycle::PledgeAction::Withdraw,
    )?;
    let reason = reason.trim();
    if crate::domain::text_rules::chars_between(reason, 3, 2000, "reason").is_err() {
        return Err(AppError::Validation(vec![FieldIssue::new(
            "reason", "reason",
        )]));
    }
    let txn = write_txn(db).await?;
    let (p, relation, _) = crate::ssr::pledges::reads::visible_to(&txn, actor, pledge_id).await?;
    if p.version != seen_version {
        return Err(AppError::Conflict);
    }
    apply(
        &txn,
        p,
        crate::pledge_lifecycle::PledgeAction::Withdraw,
        actor,
        relation,
        Step {
            reason: Some(reason.to_owned()),
            notify,
            ..Step::default()
        },
    )
    .await?;
    txn.commit().await?;
    Ok(())
}
