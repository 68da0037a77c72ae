//! Open pledges: other organisations sign on with what they add; ITU's reviewers decide each
//! sign-on like a revision (nothing public changes until one is approved); the lead may close
//! sign-on. An approved co-signer's money is its own line in the totals, never the lead's again.
use chrono::Utc;
use sea_orm::{
    ActiveModelTrait, ColumnTrait, ConnectionTrait, EntityTrait, QueryFilter, QueryOrder, Set,
};

use super::access::require_reviewer;
use crate::domain::marketplace::{SignOnInput, SignOnOffer, SignOnRow};
use crate::domain::{FieldIssue, Money, SessionUser, pledge_id_of_ref};
use crate::error::AppError;
use crate::marketplace_lifecycle::{
    InKind, MarketError, SignOnAction, SignOnMover, SignOnState, next_sign_on_state, takes_sign_ons,
};
use crate::organisation_lifecycle::Membership;
use crate::pledge_lifecycle::Role;
use crate::ssr::accounts::locale_of;
use crate::ssr::audit::{self, Event};
use crate::ssr::compendium::projection;
use crate::ssr::context::ServerContext;
use crate::ssr::entity::marketplace::sign_on;
use crate::ssr::entity::{compendium_entry, organisation, pledge, pledge_revision, user};
use crate::ssr::errors::internal;
use crate::ssr::mail::{Mail, MarketNotice, enqueue};
use crate::ssr::pledges::exchange_rates::{rate_on, usd_cents};
use crate::ssr::pledges::records::code;
use crate::ssr::write_txn;

pub(crate) const SUBJECT: &str = "sign_on";

pub(crate) fn money_of(s: &sign_on::Model) -> Option<Money> {
    match (s.amount_minor, &s.currency, s.exponent) {
        (Some(minor), Some(currency), Some(exponent)) => Some(Money {
            minor,
            currency: currency.clone(),
            exponent: u8::try_from(exponent).unwrap_or(0),
        }),
        _ => None,
    }
}

/// The pledge as the public sees it: its read-model row (absent when it is not public).
async fn public_entry<C: ConnectionTrait>(
    conn: &C,
    pledge_id: i32,
) -> Result<Option<compendium_entry::Model>, AppError> {
    Ok(compendium_entry::Entity::find_by_id(pledge_id)
        .one(conn)
        .await?)
}

/// Whether the public revision asks for sign-ons and the lead has not closed them.
async fn open_now<C: ConnectionTrait>(conn: &C, p: &pledge::Model) -> Result<bool, AppError> {
    let Some(revision_id) = p.published_revision_id else {
        return Ok(false);
    };
    let open_revision = pledge_revision::Entity::find_by_id(revision_id)
        .one(conn)
        .await?
        .is_some_and(|r| r.open_sign_on);
    let public = public_entry(conn, p.id).await?.is_some();
    Ok(takes_sign_ons(
        open_revision,
        public,
        p.sign_on_closed_at.is_some(),
    ))
}

fn is_organisation_member(who: &SessionUser) -> bool {
    matches!(who.role, Role::Stakeholder | Role::OrgAdmin)
}

async fn row_of<C: ConnectionTrait>(conn: &C, s: sign_on::Model) -> Result<SignOnRow, AppError> {
    let org = organisation::Entity::find_by_id(s.organisation_id)
        .one(conn)
        .await?
        .ok_or_else(|| internal("signing organisation", s.organisation_id))?;
    let p = pledge::Entity::find_by_id(s.pledge_id)
        .one(conn)
        .await?
        .ok_or_else(|| internal("signed pledge", s.pledge_id))?;
    let entry = public_entry(conn, p.id).await?;
    Ok(SignOnRow {
        id: s.id,
        version: s.version,
        pledge_id: p.id,
        pledge_title: match &entry {
            Some(e) => e.title.clone(),
            None => crate::ssr::pledges::records::title_of(conn, &p).await?,
        },
        public_ref: entry.map(|e| e.public_ref),
        organisation_name: org.name,
        amount: money_of(&s),
        usd_cents: s.usd_cents,
        in_kind: s
            .in_kind
            .split_whitespace()
            .filter_map(InKind::parse)
            .collect(),
        role: s.role,
        state: code(SignOnState::parse, &s.state)?,
        created_at: s.created_at,
        decision_reason: s.decision_reason,
    })
}

/// What the public page of a pledge offers the person reading it.
pub async fn offer<C: ConnectionTrait>(
    conn: &C,
    who: Option<&SessionUser>,
    public_ref: &str,
) -> Result<SignOnOffer, AppError> {
    let Some(pledge_id) = pledge_id_of_ref(public_ref) else {
        return Err(AppError::NotFound);
    };
    let p = pledge::Entity::find_by_id(pledge_id)
        .one(conn)
        .await?
        .ok_or(AppError::NotFound)?;
    let open = open_now(conn, &p).await?;
    let Some(who) = who.filter(|w| is_organisation_member(w)) else {
        return Ok(SignOnOffer {
            open,
            anonymous: who.is_none(),
            ..SignOnOffer::default()
        });
    };
    let lead = who.organisation_id == p.organisation_id;
    let mine = sign_on::Entity::find()
        .filter(sign_on::Column::PledgeId.eq(p.id))
        .filter(sign_on::Column::OrganisationId.eq(who.organisation_id))
        .order_by_desc(sign_on::Column::Id)
        .one(conn)
        .await?;
    let live = mine.as_ref().is_some_and(|s| {
        matches!(
            SignOnState::parse(&s.state),
            Some(SignOnState::Submitted | SignOnState::Approved)
        )
    });
    Ok(SignOnOffer {
        may_sign: open && !lead && !live,
        may_close: open && lead,
        open,
        anonymous: false,
        mine: match mine {
            Some(s) => Some(row_of(conn, s).await?),
            None => None,
        },
    })
}

/// An organisation signs on to an open pledge; the sign-on waits for ITU's review.
pub async fn sign(
    ctx: &ServerContext,
    who: &SessionUser,
    public_ref: &str,
    input: &SignOnInput,
) -> Result<i32, AppError> {
    if !is_organisation_member(who) {
        return Err(AppError::Forbidden);
    }
    let fields = input.parse().map_err(AppError::Validation)?;
    let pledge_id = pledge_id_of_ref(public_ref).ok_or(AppError::NotFound)?;
    let txn = write_txn(&ctx.db).await?;
    let p = pledge::Entity::find_by_id(pledge_id)
        .one(&txn)
        .await?
        .ok_or(AppError::NotFound)?;
    if public_entry(&txn, p.id).await?.is_none() {
        return Err(AppError::NotFound);
    }
    let refuse = |code: &str| AppError::Validation(vec![FieldIssue::new("role", code)]);
    if p.organisation_id == who.organisation_id {
        return Err(refuse("sign_on_own"));
    }
    if !open_now(&txn, &p).await? {
        return Err(refuse("sign_on_closed"));
    }
    let live = sign_on::Entity::find()
        .filter(sign_on::Column::PledgeId.eq(p.id))
        .filter(sign_on::Column::OrganisationId.eq(who.organisation_id))
        .filter(
            sign_on::Column::State
                .is_in([SignOnState::Submitted.code(), SignOnState::Approved.code()]),
        )
        .one(&txn)
        .await?;
    if live.is_some() {
        return Err(refuse("sign_on_twice"));
    }
    let now = Utc::now();
    let (usd, rate, rate_on_day) = match &fields.money {
        Some(m) => match rate_on(&txn, &m.currency, now.date_naive()).await? {
            Some(r) => (Some(usd_cents(m, &r)?), Some(r.usd_per_unit), Some(r.on)),
            None => (None, None, None),
        },
        None => (None, None, None),
    };
    let saved = sign_on::ActiveModel {
        pledge_id: Set(p.id),
        organisation_id: Set(who.organisation_id),
        state: Set(SignOnState::Submitted.code().to_owned()),
        amount_minor: Set(fields.money.as_ref().map(|m| m.minor)),
        currency: Set(fields.money.as_ref().map(|m| m.currency.clone())),
        exponent: Set(fields.money.as_ref().map(|m| i16::from(m.exponent))),
        usd_cents: Set(usd),
        usd_rate: Set(rate),
        usd_rate_date: Set(rate_on_day),
        in_kind: Set(fields
            .in_kind
            .iter()
            .map(|k| k.code())
            .collect::<Vec<_>>()
            .join(" ")),
        role: Set(fields.role.clone()),
        created_by: Set(who.user_id),
        created_at: Set(now),
        version: Set(0),
        ..Default::default()
    }
    .insert(&txn)
    .await?;
    audit::record(
        &txn,
        Event {
            subject: SUBJECT,
            subject_id: saved.id,
            actor: Some(who.user_id),
            action: "sign_on",
            from: "",
            to: SignOnState::Submitted.code(),
            reason: None,
        },
    )
    .await?;
    txn.commit().await?;
    Ok(saved.id)
}

/// The sign-ons waiting for review, oldest first.
pub async fn queue<C: ConnectionTrait>(
    conn: &C,
    reviewer: &SessionUser,
) -> Result<Vec<SignOnRow>, AppError> {
    require_reviewer(reviewer)?;
    let mut out = Vec::new();
    for s in sign_on::Entity::find()
        .filter(sign_on::Column::State.eq(SignOnState::Submitted.code()))
        .order_by_asc(sign_on::Column::CreatedAt)
        .all(conn)
        .await?
    {
        out.push(row_of(conn, s).await?);
    }
    Ok(out)
}

/// The people of an organisation who hear about its pledges: its administrators, and `also`.
pub(crate) async fn organisation_people<C: ConnectionTrait>(
    conn: &C,
    organisation_id: i32,
    also: Option<i32>,
) -> Result<Vec<user::Model>, AppError> {
    let mut who = sea_orm::Condition::any().add(
        sea_orm::Condition::all()
            .add(user::Column::OrganisationId.eq(organisation_id))
            .add(user::Column::Role.eq(Role::OrgAdmin.code())),
    );
    if let Some(id) = also {
        who = who.add(user::Column::Id.eq(id));
    }
    Ok(user::Entity::find()
        .filter(who)
        .filter(user::Column::Membership.eq(Membership::Active.code()))
        .all(conn)
        .await?)
}

/// A reviewer approves or rejects a sign-on (a rejection needs a reason). Approval publishes the
/// co-signer with the pledge; a rejection changes nothing public.
pub async fn decide(
    ctx: &ServerContext,
    reviewer: &SessionUser,
    id: i32,
    seen_version: i32,
    approve: bool,
    reason: &str,
) -> Result<i32, AppError> {
    require_reviewer(reviewer)?;
    let reason = reason.trim();
    if !approve && !(5..=2_000).contains(&reason.chars().count()) {
        return Err(AppError::Validation(vec![FieldIssue::new(
            "reason",
            "decision_reason",
        )]));
    }
    let txn = write_txn(&ctx.db).await?;
    let s = sign_on::Entity::find_by_id(id)
        .one(&txn)
        .await?
        .ok_or(AppError::NotFound)?;
    if s.version != seen_version {
        return Err(AppError::Conflict);
    }
    if s.organisation_id == reviewer.organisation_id {
        return Err(AppError::Market(MarketError::OwnOrganisation));
    }
    let from = code(SignOnState::parse, &s.state)?;
    let action = if approve {
        SignOnAction::Approve
    } else {
        SignOnAction::Reject
    };
    let to = next_sign_on_state(from, action, SignOnMover::Reviewer).map_err(AppError::Market)?;
    let p = pledge::Entity::find_by_id(s.pledge_id)
        .one(&txn)
        .await?
        .ok_or_else(|| internal("signed pledge", s.pledge_id))?;
    if approve && !open_now(&txn, &p).await? {
        return Err(AppError::Market(MarketError::NotNow));
    }
    let mut row: sign_on::ActiveModel = s.clone().into();
    row.state = Set(to.code().to_owned());
    row.decided_by = Set(Some(reviewer.user_id));
    row.decided_at = Set(Some(Utc::now()));
    row.decision_reason = Set((!reason.is_empty()).then(|| reason.to_owned()));
    row.version = Set(s.version + 1);
    row.update(&txn).await?;
    audit::record(
        &txn,
        Event {
            subject: SUBJECT,
            subject_id: s.id,
            actor: Some(reviewer.user_id),
            action: action.code(),
            from: from.code(),
            to: to.code(),
            reason: (!reason.is_empty()).then(|| reason.to_owned()),
        },
    )
    .await?;
    if to == SignOnState::Approved {
        projection::refresh(&txn, p.id).await?;
    }
    let entry = public_entry(&txn, p.id).await?;
    let (title, path) = match &entry {
        Some(e) => (e.title.clone(), format!("/compendium/{}", e.public_ref)),
        None => (
            crate::ssr::pledges::records::title_of(&txn, &p).await?,
            "/".to_owned(),
        ),
    };
    for person in organisation_people(&txn, s.organisation_id, Some(s.created_by)).await? {
        enqueue(
            &txn,
            &ctx.public_url,
            &person.email,
            locale_of(&person),
            &Mail::Market(MarketNotice::SignOnDecided {
                name: person.display_name.clone(),
                title: title.clone(),
                approved: approve,
                reason: reason.to_owned(),
                path: path.clone(),
            }),
        )
        .await?;
    }
    if approve {
        let signer = organisation::Entity::find_by_id(s.organisation_id)
            .one(&txn)
            .await?
            .map(|o| o.name)
            .unwrap_or_default();
        for person in organisation_people(&txn, p.organisation_id, Some(p.created_by)).await? {
            enqueue(
                &txn,
                &ctx.public_url,
                &person.email,
                locale_of(&person),
                &Mail::Market(MarketNotice::CoSigned {
                    name: person.display_name.clone(),
                    title: title.clone(),
                    organisation: signer.clone(),
                    path: path.clone(),
                }),
            )
            .await?;
        }
    }
    txn.commit().await?;
    Ok(p.id)
}

/// The organisation that signed withdraws its sign-on; an approved one leaves the public page.
pub async fn withdraw(ctx: &ServerContext, who: &SessionUser, id: i32) -> Result<(), AppError> {
    let txn = write_txn(&ctx.db).await?;
    let s = sign_on::Entity::find_by_id(id)
        .one(&txn)
        .await?
        .ok_or(AppError::NotFound)?;
    if s.organisation_id != who.organisation_id || !is_organisation_member(who) {
        return Err(AppError::Forbidden);
    }
    let from = code(SignOnState::parse, &s.state)?;
    let to = next_sign_on_state(from, SignOnAction::Withdraw, SignOnMover::Signer)
        .map_err(AppError::Market)?;
    let mut row: sign_on::ActiveModel = s.clone().into();
    row.state = Set(to.code().to_owned());
    row.version = Set(s.version + 1);
    row.update(&txn).await?;
    audit::record(
        &txn,
        Event {
            subject: SUBJECT,
            subject_id: s.id,
            actor: Some(who.user_id),
            action: SignOnAction::Withdraw.code(),
            from: from.code(),
            to: to.code(),
            reason: None,
        },
    )
    .await?;
    if from == SignOnState::Approved {
        projection::refresh(&txn, s.pledge_id).await?;
    }
    txn.commit().await?;
    Ok(())
}

/// The lead closes sign-on to its pledge; co-signers already approved stay.
pub async fn close(
    ctx: &ServerContext,
    who: &SessionUser,
    public_ref: &str,
) -> Result<(), AppError> {
    let pledge_id = pledge_id_of_ref(public_ref).ok_or(AppError::NotFound)?;
    let txn = write_txn(&ctx.db).await?;
    let p = pledge::Entity::find_by_id(pledge_id)
        .one(&txn)
        .await?
        .ok_or(AppError::NotFound)?;
    if p.organisation_id != who.organisation_id || !is_organisation_member(who) {
        return Err(AppError::Forbidden);
    }
    if !open_now(&txn, &p).await? {
        return Err(AppError::Market(MarketError::NotNow));
    }
    let mut row: pledge::ActiveModel = p.clone().into();
    row.sign_on_closed_at = Set(Some(Utc::now()));
    row.update(&txn).await?;
    audit::record(
        &txn,
        Event {
            subject: "pledge",
            subject_id: p.id,
            actor: Some(who.user_id),
            action: "close_sign_on",
            from: "",
            to: "",
            reason: None,
        },
    )
    .await?;
    projection::refresh(&txn, p.id).await?;
    txn.commit().await?;
    Ok(())
}
