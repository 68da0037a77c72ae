//! Due-diligence decisions: approve (with the checklist complete), request changes, reject, and an
//! ITU admin's unpublishing. Each is one transaction: the state change, its audit entry with the
//! checklist, and the e-mail to the pledge's organisation in each reader's language.
use std::collections::BTreeMap;

use sea_orm::{ColumnTrait, ConnectionTrait, DatabaseConnection, EntityTrait, QueryFilter};

use crate::domain::{Checklist, DecisionInput, FieldIssue, SessionUser};
use crate::error::AppError;
use crate::organisation_lifecycle::Membership;
use crate::pledge_lifecycle::{PledgeAction, PledgeStatus, Role, may_attempt};
use crate::ssr::accounts::locale_of;
use crate::ssr::context::ServerContext;
use crate::ssr::entity::{pledge, pledge_participant as participant, user};
use crate::ssr::mail::{Mail, enqueue};
use crate::ssr::pledges::records::{CONFIRMED, code, title_of};
use crate::ssr::pledges::transitions::{Step, apply, as_seen};
use crate::ssr::write_txn;

/// A checklist with every item passed: what the demo data and tests approve with.
pub fn passing_checklist() -> crate::domain::ChecklistInput {
    let mut c = crate::domain::ChecklistInput::default();
    for item in crate::domain::CheckItem::ALL {
        c.answers.insert(
            item.code().to_owned(),
            crate::domain::CheckAnswer::Pass.code().to_owned(),
        );
    }
    c
}

pub const MESSAGE_MIN: usize = 3;
pub const MESSAGE_MAX: usize = 4000;

fn message_of(text: Option<&str>, required: bool) -> Result<Option<String>, FieldIssue> {
    let text = text.map(str::trim).unwrap_or_default();
    let n = text.chars().count();
    if (required && n < MESSAGE_MIN) || n > MESSAGE_MAX {
        return Err(FieldIssue::new("message", "reason"));
    }
    Ok((!text.is_empty()).then(|| text.to_owned()))
}

/// A reviewer decides. Returns the state the pledge is in afterwards (`second_approval` when the
/// first of two approvals was given).
pub async fn decide(
    ctx: &ServerContext,
    actor: &SessionUser,
    pledge_id: i32,
    input: &DecisionInput,
) -> Result<PledgeStatus, AppError> {
    let desk = Desk {
        db: &ctx.db,
        public_url: &ctx.public_url,
        four_eyes_usd_cents: ctx.four_eyes_usd_cents,
        tell_organisations: true,
    };
    decide_on(&desk, actor, pledge_id, input).await
}

/// What a decision needs of the server: the database, the site's address for the e-mail's link,
/// and the four-eyes threshold.
pub struct Desk<'a> {
    pub db: &'a DatabaseConnection,
    pub public_url: &'a str,
    pub four_eyes_usd_cents: i64,
    /// Mail the organisation about the outcome; the demo seed, which decides for show, does not.
    pub tell_organisations: bool,
}

#[tracing::instrument(skip(desk, actor, input), fields(user_id = actor.user_id))]
pub async fn decide_on(
    desk: &Desk<'_>,
    actor: &SessionUser,
    pledge_id: i32,
    input: &DecisionInput,
) -> Result<PledgeStatus, AppError> {
    let action = input
        .decision
        .as_deref()
        .and_then(PledgeAction::parse)
        .filter(|a| {
            matches!(
                a,
                PledgeAction::Approve | PledgeAction::RequestChanges | PledgeAction::Reject
            )
        })
        .ok_or_else(|| AppError::Validation(vec![FieldIssue::new("decision", "choice")]))?;
    // Asked before the pledge is read: whether it exists is none of a stakeholder's business.
    may_attempt(actor.role, action)?;
    let mut issues = Vec::new();
    let checklist = match Checklist::parse(&input.checklist) {
        Ok(c) => Some(c),
        Err(mut e) => {
            issues.append(&mut e);
            None
        }
    };
    let message = match message_of(input.message.as_deref(), action != PledgeAction::Approve) {
        Ok(m) => m,
        Err(e) => {
            issues.push(e);
            None
        }
    };
    if action == PledgeAction::Approve
        && let Some(c) = &checklist
    {
        issues.extend(c.approval_issues());
    }
    if !issues.is_empty() {
        return Err(AppError::Validation(issues));
    }

    let txn = write_txn(desk.db).await?;
    let (current, relation) = as_seen(&txn, actor, pledge_id, input.seen_version).await?;
    // Deciding on a pledge nobody holds claims it on the way.
    let current = if current.status == PledgeStatus::Submitted.code() {
        apply(
            &txn,
            current,
            PledgeAction::Claim,
            actor,
            relation,
            Step::default(),
        )
        .await?
    } else {
        current
    };
    let after = apply(
        &txn,
        current,
        action,
        actor,
        relation,
        Step {
            reason: message.clone(),
            checklist,
            four_eyes_usd_cents: desk.four_eyes_usd_cents,
            // The second-approval pool hears of a first approval; the organisation of the outcome.
            notify: if desk.tell_organisations {
                crate::ssr::Notify::People {
                    public_url: desk.public_url,
                }
            } else {
                crate::ssr::Notify::Nobody
            },
            ..Step::default()
        },
    )
    .await?;
    let to = code(PledgeStatus::parse, &after.status)?;
    // The first of two approvals is ITU's own business; the organisation hears the outcome.
    if to != PledgeStatus::SecondApproval && desk.tell_organisations {
        tell_organisation(&txn, desk.public_url, &after, action, message).await?;
    }
    txn.commit().await?;
    Ok(to)
}

/// An ITU admin takes a published pledge down, with a reason the organisation reads.
#[tracing::instrument(skip(ctx, actor, reason), fields(user_id = actor.user_id))]
pub async fn unpublish(
    ctx: &ServerContext,
    actor: &SessionUser,
    pledge_id: i32,
    seen_version: i32,
    reason: &str,
) -> Result<(), AppError> {
    let txn = write_txn(&ctx.db).await?;
    unpublish_in(
        &txn,
        &ctx.public_url,
        actor,
        pledge_id,
        seen_version,
        reason,
    )
    .await?;
    txn.commit().await?;
    Ok(())
}

/// Unpublishes inside the caller's transaction (a report's decision takes the page down with
/// the report's own record).
pub(crate) async fn unpublish_in<C: ConnectionTrait>(
    txn: &C,
    public_url: &str,
    actor: &SessionUser,
    pledge_id: i32,
    seen_version: i32,
    reason: &str,
) -> Result<(), AppError> {
    may_attempt(actor.role, PledgeAction::Unpublish)?;
    let reason = message_of(Some(reason), true)
        .map_err(|_| AppError::Validation(vec![FieldIssue::new("reason", "reason")]))?;
    let (current, relation) = as_seen(txn, actor, pledge_id, seen_version).await?;
    let after = apply(
        txn,
        current,
        PledgeAction::Unpublish,
        actor,
        relation,
        Step {
            reason: reason.clone(),
            ..Step::default()
        },
    )
    .await?;
    tell_organisation(txn, public_url, &after, PledgeAction::Unpublish, reason).await?;
    Ok(())
}

async fn tell_organisation<C: ConnectionTrait>(
    conn: &C,
    public_url: &str,
    p: &pledge::Model,
    decision: PledgeAction,
    message: Option<String>,
) -> Result<(), AppError> {
    let title = title_of(conn, p).await?;
    for person in pledge_people(conn, p).await? {
        enqueue(
            conn,
            public_url,
            &person.email,
            locale_of(&person),
            &Mail::PledgeDecided {
                name: person.display_name.clone(),
                title: title.clone(),
                decision,
                message: message.clone(),
                path: format!("/my/pledges/{}", p.id),
            },
        )
        .await?;
    }
    Ok(())
}

/// Who speaks for a pledge and hears about it: the person who created it, the lead's
/// organisation admins and the admins of confirmed partners; active accounts only, once each.
pub(crate) async fn pledge_people<C: ConnectionTrait>(
    conn: &C,
    p: &pledge::Model,
) -> Result<Vec<user::Model>, AppError> {
    let mut organisations = vec![p.organisation_id];
    organisations.extend(
        participant::Entity::find()
            .filter(participant::Column::PledgeId.eq(p.id))
            .filter(participant::Column::Status.eq(CONFIRMED))
            .all(conn)
            .await?
            .into_iter()
            .filter_map(|r| r.organisation_id),
    );
    let people = user::Entity::find()
        .filter(
            sea_orm::Condition::any()
                .add(user::Column::Id.eq(p.created_by))
                .add(
                    sea_orm::Condition::all()
                        .add(user::Column::OrganisationId.is_in(organisations))
                        .add(user::Column::Role.eq(Role::OrgAdmin.code())),
                ),
        )
        .filter(user::Column::Membership.eq(Membership::Active.code()))
        .all(conn)
        .await?;
    let unique: BTreeMap<i32, user::Model> = people.into_iter().map(|u| (u.id, u)).collect();
    Ok(unique.into_values().collect())
}
