//! Reports of a problem with a public page (a pledge, an opportunity, an event). Anyone may
//! report; an anonymous report is limited per address (counted in memory only) and holds no
//! personal data unless the person gives an address. Reviewers see the reports counted per page
//! and dismiss them, ask the organisation, or unpublish the page (a pledge's unpublishing follows
//! the pledge's own rule: ITU admins only), with a reason, in the audit log.
//! The organisation hears the reason and the reviewer's words, never who reported.
use std::collections::BTreeMap;

use chrono::Utc;
use sea_orm::sea_query::{Expr, ExprTrait};
use sea_orm::{
    ActiveModelTrait, ColumnTrait, ConnectionTrait, EntityTrait, QueryFilter, QueryOrder, Set,
};

use super::access::require_reviewer;
use crate::domain::marketplace::{ReportInput, ReportRow, ReportedItem};
use crate::domain::{FieldIssue, SessionUser, pledge_id_of_ref};
use crate::error::AppError;
use crate::i18n::Locale;
use crate::marketplace_lifecycle::{
    MarketError, ReportAction, ReportReason, ReportState, ReportSubject, next_report_state,
};
use crate::ssr::accounts::locale_of;
use crate::ssr::audit::{self, Event};
use crate::ssr::compendium::projection::bump_version;
use crate::ssr::context::ServerContext;
use crate::ssr::entity::events::event;
use crate::ssr::entity::marketplace::{opportunity, problem_report as report};
use crate::ssr::entity::{compendium_entry, pledge, user};
use crate::ssr::mail::{Mail, MarketNotice, enqueue};
use crate::ssr::pledges::records::code;
use crate::ssr::rate_limit::ClientAddr;
use crate::ssr::write_txn;

pub(crate) const SUBJECT: &str = "report";

/// The page reported, if the public can see it: its id and title.
async fn public_subject<C: ConnectionTrait>(
    conn: &C,
    kind: ReportSubject,
    key: &str,
) -> Result<Option<(i32, String)>, AppError> {
    Ok(match kind {
        ReportSubject::Pledge => match pledge_id_of_ref(key) {
            Some(id) => compendium_entry::Entity::find_by_id(id)
                .one(conn)
                .await?
                .filter(|e| e.public_ref == key.trim())
                .map(|e| (e.pledge_id, e.title)),
            None => None,
        },
        ReportSubject::Opportunity => opportunity::Entity::find()
            .filter(opportunity::Column::Slug.eq(key.trim().to_lowercase()))
            .filter(opportunity::Column::Hidden.eq(false))
            .one(conn)
            .await?
            .map(|o| (o.id, o.title)),
        ReportSubject::Event => event::Entity::find()
            .filter(event::Column::Slug.eq(key.trim().to_lowercase()))
            .filter(event::Column::Hidden.eq(false))
            .one(conn)
            .await?
            .map(|e| (e.id, e.name)),
    })
}

/// Files a report. `who` is the signed-in person, if any: their account is kept with the report
/// (they are known to ITU anyway); a visitor's address is counted, not kept.
pub async fn file(
    ctx: &ServerContext,
    who: Option<&SessionUser>,
    from: ClientAddr,
    input: &ReportInput,
) -> Result<(), AppError> {
    if who.is_none() {
        ctx.limits.admit_anonymous_report(from)?;
    }
    let fields = input.parse().map_err(AppError::Validation)?;
    let txn = write_txn(&ctx.db).await?;
    let (subject_id, _) = public_subject(&txn, fields.subject_kind, &fields.subject)
        .await?
        .ok_or(AppError::NotFound)?;
    report::ActiveModel {
        subject_kind: Set(fields.subject_kind.code().to_owned()),
        subject_id: Set(subject_id),
        reason: Set(fields.reason.code().to_owned()),
        message: Set(fields.message),
        reporter_email: Set(fields.email),
        reporter_user_id: Set(who.map(|w| w.user_id)),
        state: Set(ReportState::Open.code().to_owned()),
        created_at: Set(Utc::now()),
        ..Default::default()
    }
    .insert(&txn)
    .await?;
    txn.commit().await?;
    Ok(())
}

/// The title and public address of a reported page, whatever its state now.
async fn label_of<C: ConnectionTrait>(
    conn: &C,
    kind: ReportSubject,
    id: i32,
) -> Result<(String, Option<String>), AppError> {
    Ok(match kind {
        ReportSubject::Pledge => match compendium_entry::Entity::find_by_id(id).one(conn).await? {
            Some(e) => (e.title, Some(format!("/compendium/{}", e.public_ref))),
            None => match pledge::Entity::find_by_id(id).one(conn).await? {
                Some(p) => (
                    crate::ssr::pledges::records::title_of(conn, &p).await?,
                    None,
                ),
                None => (String::new(), None),
            },
        },
        ReportSubject::Opportunity => match opportunity::Entity::find_by_id(id).one(conn).await? {
            Some(o) => {
                let link = (!o.hidden).then(|| format!("/opportunities/{}", o.slug));
                (o.title, link)
            }
            None => (String::new(), None),
        },
        ReportSubject::Event => match event::Entity::find_by_id(id).one(conn).await? {
            Some(e) => {
                let link = (!e.hidden).then(|| format!("/events/{}", e.slug));
                (e.name, link)
            }
            None => (String::new(), None),
        },
    })
}

fn undecided() -> [&'static str; 2] {
    [ReportState::Open.code(), ReportState::Asked.code()]
}

/// Reported pages with reports still to decide, the most reported first.
pub async fn queue<C: ConnectionTrait>(
    conn: &C,
    reviewer: &SessionUser,
) -> Result<Vec<ReportedItem>, AppError> {
    require_reviewer(reviewer)?;
    let rows = report::Entity::find()
        .filter(report::Column::State.is_in(undecided()))
        .order_by_asc(report::Column::CreatedAt)
        .all(conn)
        .await?;
    let mut by_item: BTreeMap<(String, i32), Vec<report::Model>> = BTreeMap::new();
    for r in rows {
        by_item
            .entry((r.subject_kind.clone(), r.subject_id))
            .or_default()
            .push(r);
    }
    let mut out = Vec::with_capacity(by_item.len());
    for ((kind, id), reports) in by_item {
        let kind = code(ReportSubject::parse, &kind)?;
        let (label, link) = label_of(conn, kind, id).await?;
        let mut rows = Vec::with_capacity(reports.len());
        for r in reports {
            rows.push(ReportRow {
                id: r.id,
                reason: code(ReportReason::parse, &r.reason)?,
                message: r.message,
                reporter_email: r.reporter_email,
                signed_in: r.reporter_user_id.is_some(),
                state: code(ReportState::parse, &r.state)?,
                created_at: r.created_at,
            });
        }
        out.push(ReportedItem {
            subject_kind: kind,
            subject_id: id,
            label,
            link,
            open: rows.len() as u64,
            reports: rows,
            may_unpublish: kind != ReportSubject::Pledge
                || reviewer.role == crate::pledge_lifecycle::Role::Admin,
        });
    }
    out.sort_by_key(|item| std::cmp::Reverse(item.open));
    Ok(out)
}

/// Who hears of a reviewer's question or decision about a page: the pledge's organisation, the
/// opportunity's ITU contact, the event's organiser.
async fn recipients<C: ConnectionTrait>(
    conn: &C,
    kind: ReportSubject,
    id: i32,
) -> Result<Vec<(String, String, Locale)>, AppError> {
    let people = |users: Vec<user::Model>| {
        users
            .into_iter()
            .map(|u| (u.email.clone(), u.display_name.clone(), locale_of(&u)))
            .collect::<Vec<_>>()
    };
    Ok(match kind {
        ReportSubject::Pledge => match pledge::Entity::find_by_id(id).one(conn).await? {
            Some(p) => people(crate::ssr::review::decisions::pledge_people(conn, &p).await?),
            None => Vec::new(),
        },
        ReportSubject::Opportunity => opportunity::Entity::find_by_id(id)
            .one(conn)
            .await?
            .map(|o| vec![(o.contact_email, o.contact_name, Locale::En)])
            .unwrap_or_default(),
        ReportSubject::Event => match event::Entity::find_by_id(id).one(conn).await? {
            Some(e) => match e.created_by {
                Some(u) => people(user::Entity::find_by_id(u).all(conn).await?),
                None => Vec::new(),
            },
            None => Vec::new(),
        },
    })
}

/// A reviewer decides every undecided report of one page at once.
pub async fn decide(
    ctx: &ServerContext,
    reviewer: &SessionUser,
    kind: ReportSubject,
    subject_id: i32,
    action: ReportAction,
    note: &str,
) -> Result<(), AppError> {
    require_reviewer(reviewer)?;
    let note = note.trim();
    if !(5..=2_000).contains(&note.chars().count()) {
        return Err(AppError::Validation(vec![FieldIssue::new(
            "note",
            "decision_reason",
        )]));
    }
    let txn = write_txn(&ctx.db).await?;
    let reports = report::Entity::find()
        .filter(report::Column::SubjectKind.eq(kind.code()))
        .filter(report::Column::SubjectId.eq(subject_id))
        .filter(report::Column::State.is_in(undecided()))
        .all(&txn)
        .await?;
    if reports.is_empty() {
        return Err(AppError::Market(MarketError::NotNow));
    }
    let now = Utc::now();
    let mut reason = ReportReason::Other;
    for r in &reports {
        let from = code(ReportState::parse, &r.state)?;
        let to = next_report_state(from, action)?;
        reason = code(ReportReason::parse, &r.reason)?;
        let mut row: report::ActiveModel = r.clone().into();
        row.state = Set(to.code().to_owned());
        row.decided_by = Set(Some(reviewer.user_id));
        row.decided_at = Set(Some(now));
        row.decision_note = Set(Some(note.to_owned()));
        row.update(&txn).await?;
        audit::record(
            &txn,
            Event {
                subject: SUBJECT,
                subject_id: r.id,
                actor: Some(reviewer.user_id),
                action: action.code(),
                from: from.code(),
                to: to.code(),
                reason: Some(note.to_owned()),
            },
        )
        .await?;
    }
    let (title, link) = label_of(&txn, kind, subject_id).await?;
    match action {
        ReportAction::Dismiss => {}
        ReportAction::Ask => {
            for (email, name, locale) in recipients(&txn, kind, subject_id).await? {
                enqueue(
                    &txn,
                    &ctx.public_url,
                    &email,
                    locale,
                    &Mail::Market(MarketNotice::ReportAsked {
                        name,
                        title: title.clone(),
                        reason,
                        question: note.to_owned(),
                        path: link.clone().unwrap_or_else(|| "/".into()),
                    }),
                )
                .await?;
            }
        }
        ReportAction::Unpublish => {
            take_down(&txn, &ctx.public_url, reviewer, kind, subject_id, note).await?;
            if kind != ReportSubject::Pledge {
                // The pledge's own unpublish mail already tells its organisation.
                for (email, name, locale) in recipients(&txn, kind, subject_id).await? {
                    enqueue(
                        &txn,
                        &ctx.public_url,
                        &email,
                        locale,
                        &Mail::Market(MarketNotice::ReportUnpublished {
                            name,
                            title: title.clone(),
                            reason,
                            note: note.to_owned(),
                            path: "/".into(),
                        }),
                    )
                    .await?;
                }
            }
        }
    }
    txn.commit().await?;
    Ok(())
}

/// Takes a reported page off the public side, in the report's transaction.
async fn take_down<C: ConnectionTrait>(
    txn: &C,
    public_url: &str,
    reviewer: &SessionUser,
    kind: ReportSubject,
    id: i32,
    note: &str,
) -> Result<(), AppError> {
    match kind {
        ReportSubject::Pledge => {
            let p = pledge::Entity::find_by_id(id)
                .one(txn)
                .await?
                .ok_or(AppError::NotFound)?;
            crate::ssr::review::decisions::unpublish_in(
                txn, public_url, reviewer, p.id, p.version, note,
            )
            .await
        }
        ReportSubject::Opportunity => {
            let hidden = opportunity::Entity::update_many()
                .col_expr(opportunity::Column::Hidden, Expr::value(true))
                .col_expr(
                    opportunity::Column::Version,
                    Expr::col(opportunity::Column::Version).add(1),
                )
                .filter(opportunity::Column::Id.eq(id))
                .exec(txn)
                .await?;
            if hidden.rows_affected == 0 {
                return Err(AppError::NotFound);
            }
            // Pledges that answer it stop naming it.
            for e in crate::ssr::entity::compendium_answer::Entity::find()
                .filter(crate::ssr::entity::compendium_answer::Column::OpportunityId.eq(id))
                .all(txn)
                .await?
            {
                crate::ssr::compendium::projection::refresh(txn, e.pledge_id).await?;
            }
            bump_version(txn).await
        }
        ReportSubject::Event => {
            let hidden = event::Entity::update_many()
                .col_expr(event::Column::Hidden, Expr::value(true))
                .col_expr(
                    event::Column::Version,
                    Expr::col(event::Column::Version).add(1),
                )
                .filter(event::Column::Id.eq(id))
                .exec(txn)
                .await?;
            if hidden.rows_affected == 0 {
                return Err(AppError::NotFound);
            }
            // Pledges announced there stop naming it.
            crate::ssr::events::announced::refresh_event(txn, id).await?;
            bump_version(txn).await
        }
    }
}
