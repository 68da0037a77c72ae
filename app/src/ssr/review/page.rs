//! The review page: the whole pledge, what changed since its previous revision, the organisation
//! and its verification, consistency flags, possible duplicates, the thread and the checklist.
use std::collections::HashMap;

use sea_orm::{ColumnTrait, DatabaseConnection, EntityTrait, QueryFilter, QueryOrder};

use crate::domain::similarity::{Candidate, DUPLICATE_THRESHOLD, likely_duplicates};
use crate::domain::text_diff::word_diff;
use crate::domain::{
    Checklist, ChecklistInput, DuplicateView, FieldDiff, OrganisationSummary, PledgeContent,
    ReviewMoves, ReviewPage, RevisionSummary, SessionUser,
};
use crate::error::AppError;
use crate::i18n::{Arg, Key, Locale};
use crate::organisation_lifecycle::Verification;
use crate::pledge_lifecycle::{PledgeAction, PledgeStatus, Pledger, may_attempt, next_status};
use crate::reference::{CountryGroup, country_name};
use crate::ssr::entity::{organisation, pledge, pledge_event, pledge_revision as revision};
use crate::ssr::pledges::participants::relation_of;
use crate::ssr::pledges::reads::{history, participants_of};
use crate::ssr::pledges::records::{code, organisation_names, revision_view, submitted_title_of};
use crate::ssr::pledges::transitions::{actor_of, needs_second_approval};
use crate::ssr::review::conversation;
use crate::ssr::review::desk::reviewers;

/// How many possible duplicates the page lists.
const DUPLICATES_SHOWN: usize = 5;

pub async fn page(
    db: &DatabaseConnection,
    actor: &SessionUser,
    pledge_id: i32,
    locale: Locale,
    four_eyes_usd_cents: i64,
) -> Result<ReviewPage, AppError> {
    may_attempt(actor.role, PledgeAction::Claim)?;
    let p = pledge::Entity::find_by_id(pledge_id)
        .one(db)
        .await?
        .ok_or(AppError::NotFound)?;
    let status = code(PledgeStatus::parse, &p.status)?;
    let relation = relation_of(db, &p, actor.organisation_id).await?;
    let org = organisation::Entity::find_by_id(p.organisation_id)
        .one(db)
        .await?
        .ok_or(AppError::NotFound)?;
    let verification = code(Verification::parse, &org.verification)?;

    // Only submitted revisions are under review; the working copy stays the organisation's.
    let revisions = revision::Entity::find()
        .filter(revision::Column::PledgeId.eq(p.id))
        .order_by_desc(revision::Column::Number)
        .all(db)
        .await?;
    let summaries: Vec<RevisionSummary> = revisions
        .iter()
        .map(|r| RevisionSummary {
            id: r.id,
            number: r.number,
            title: r.title.clone(),
            created_at: r.created_at,
            is_public: Some(r.id) == p.published_revision_id && status.keeps_public_revision(),
        })
        .collect();
    let mut newest = revisions.into_iter();
    let current = match newest.next() {
        Some(r) => Some(revision_view(db, r).await?),
        None => None,
    };
    let before = match newest.next() {
        Some(r) => Some(revision_view(db, r).await?),
        None => None,
    };
    let changes = match (&before, &current) {
        (Some(old), Some(new)) => field_diffs(locale, &old.content, &new.content),
        _ => Vec::new(),
    };
    let duplicates = match &current {
        Some(c) => duplicates_of(db, p.id, &c.content).await?,
        None => Vec::new(),
    };

    let who = actor_of(&p, actor, relation);
    let verified = verification == Verification::Verified;
    let needs_second = needs_second_approval(db, &p, four_eyes_usd_cents).await?;
    let pledger = Pledger {
        verified,
        has_published: p.published_revision_id.is_some(),
        needs_second_approval: needs_second,
    };
    let can = |action: PledgeAction| next_status(status, action, who, pledger).is_ok();
    // A submitted pledge is claimed on the way to a decision, so its decisions are offered too.
    let decidable = |action: PledgeAction| {
        can(action)
            || (status == PledgeStatus::Submitted
                && can(PledgeAction::Claim)
                && next_status(PledgeStatus::InReview, action, who, pledger).is_ok())
    };
    let moves = ReviewMoves {
        claim: can(PledgeAction::Claim),
        release: can(PledgeAction::Release),
        assign: can(PledgeAction::Assign),
        approve: decidable(PledgeAction::Approve),
        request_changes: decidable(PledgeAction::RequestChanges),
        reject: decidable(PledgeAction::Reject),
        unpublish: can(PledgeAction::Unpublish),
    };

    let people = reviewers(db).await?;
    let colleague = |id: Option<i32>| id.and_then(|id| people.iter().find(|c| c.id == id).cloned());
    let checklist = last_checklist(db, &p, actor.user_id).await?;
    let participants = participants_of(db, p.id).await?;
    Ok(ReviewPage {
        id: p.id,
        version: p.version,
        status,
        title: submitted_title_of(db, &p).await?,
        organisation: OrganisationSummary {
            id: org.id,
            name: org.name,
            stakeholder_type: org.stakeholder_type,
            country: org.country_code,
        },
        verification,
        participants,
        previous: before
            .as_ref()
            .and_then(|b| summaries.iter().find(|s| s.id == b.id).cloned()),
        current,
        revisions: summaries,
        changes,
        duplicates,
        history: history(db, p.id).await?,
        messages: conversation::thread(db, actor, p.id).await?,
        assignee: colleague(p.assignee_user_id),
        first_approver: colleague(p.first_approver_user_id),
        needs_second_approval: needs_second,
        moves,
        checklist,
        reviewers: people,
        has_public_revision: p.published_revision_id.is_some() && status.keeps_public_revision(),
        me: actor.user_id,
    })
}

/// The checklist this reviewer gave last on the current revision (say, with a request for
/// changes), so a second look starts from it; else an empty one.
async fn last_checklist(
    db: &DatabaseConnection,
    p: &pledge::Model,
    user_id: i32,
) -> Result<ChecklistInput, AppError> {
    let last = pledge_event::Entity::find()
        .filter(pledge_event::Column::PledgeId.eq(p.id))
        .filter(pledge_event::Column::ActorUserId.eq(user_id))
        .filter(pledge_event::Column::Checklist.is_not_null())
        .order_by_desc(pledge_event::Column::Id)
        .one(db)
        .await?;
    Ok(last
        .and_then(|e| e.checklist)
        .and_then(|json| serde_json::from_str::<Checklist>(&json).ok())
        .map(|c| c.to_input())
        .unwrap_or_default())
}

/// Published and pending pledges that read like this one, best first.
async fn duplicates_of(
    db: &DatabaseConnection,
    pledge_id: i32,
    content: &PledgeContent,
) -> Result<Vec<DuplicateView>, AppError> {
    let others = pledge::Entity::find()
        .filter(pledge::Column::Id.ne(pledge_id))
        .filter(
            sea_orm::Condition::any()
                .add(pledge::Column::Status.is_in(PledgeStatus::IN_QUEUE.map(PledgeStatus::code)))
                .add(pledge::Column::Status.eq(PledgeStatus::Published.code())),
        )
        .all(db)
        .await?;
    let revision_ids: Vec<i32> = others
        .iter()
        .filter_map(|p| p.current_revision_id)
        .collect();
    let mut texts: HashMap<i32, (String, String)> = HashMap::new();
    // Chunks keep each IN list far below PostgreSQL's 65,535 parameters.
    for chunk in revision_ids.chunks(1000) {
        for r in revision::Entity::find()
            .filter(revision::Column::Id.is_in(chunk.iter().copied()))
            .all(db)
            .await?
        {
            texts.insert(
                r.pledge_id,
                (r.title, format!("{}\n{}", r.summary, r.description)),
            );
        }
    }
    let target_text = format!("{}\n{}", content.summary, content.description);
    let target = Candidate {
        id: pledge_id,
        title: &content.title,
        text: &target_text,
    };
    let found = likely_duplicates(
        &target,
        texts.iter().map(|(id, (title, text))| Candidate {
            id: *id,
            title,
            text,
        }),
        DUPLICATE_THRESHOLD,
        DUPLICATES_SHOWN,
    );
    let by_id: HashMap<i32, &pledge::Model> = others.iter().map(|p| (p.id, p)).collect();
    let names = organisation_names(db, others.iter().map(|p| p.organisation_id)).await?;
    let mut out = Vec::with_capacity(found.len());
    for m in found {
        let Some(p) = by_id.get(&m.id) else { continue };
        let title = texts.get(&m.id).map(|t| t.0.clone()).unwrap_or_default();
        out.push(DuplicateView::from((
            m,
            title,
            names.get(&p.organisation_id).cloned().unwrap_or_default(),
            code(PledgeStatus::parse, &p.status)?,
        )));
    }
    Ok(out)
}

/// Each field as the reviewer reads it, in the reviewer's language, so enumerations diff as words.
fn field_texts(locale: Locale, c: &PledgeContent) -> Vec<(Key, String)> {
    let labels = |keys: Vec<Key>| {
        keys.into_iter()
            .map(|k| locale.t(k).to_owned())
            .collect::<Vec<_>>()
            .join(", ")
    };
    let mut scope: Vec<String> = Vec::new();
    if c.scope.global {
        scope.push(locale.t(Key::FieldScopeGlobal).to_owned());
    }
    scope.extend(
        c.scope
            .regions
            .iter()
            .map(|r| locale.t(r.label()).to_owned()),
    );
    scope.extend(
        c.scope
            .countries
            .iter()
            .map(|code| country_name(code, locale).to_owned()),
    );
    let benefits = [CountryGroup::Ldc, CountryGroup::Lldc, CountryGroup::Sids]
        .into_iter()
        .map(|g| {
            let b = c.benefit(g);
            let share = b
                .share_pct
                .map(|s| {
                    format!(
                        " · {}",
                        locale.fmt(Key::SharePercent, &[("share", Arg::Int(i64::from(s)))])
                    )
                })
                .unwrap_or_default();
            format!(
                "{}: {}{share}. {}",
                locale.t(g.short_label()),
                locale.t(b.level.label()),
                b.statement
            )
        })
        .collect::<Vec<_>>()
        .join("\n");
    let targets = c
        .targets
        .iter()
        .map(|t| {
            format!(
                "{}: {} → {} {} ({})",
                t.indicator,
                t.baseline.as_deref().unwrap_or("–"),
                t.target,
                t.unit,
                locale.date(t.due)
            )
        })
        .collect::<Vec<_>>()
        .join("\n");
    vec![
        (Key::FieldTitle, c.title.clone()),
        (Key::FieldSummary, c.summary.clone()),
        (Key::FieldDescription, c.description.clone()),
        (Key::FieldType, locale.t(c.pledge_type.label()).to_owned()),
        (
            Key::FieldFocusAreas,
            labels(c.focus_areas.iter().map(|a| a.label()).collect()),
        ),
        (Key::DiffScope, scope.join(", ")),
        (
            Key::FieldAmount,
            c.amount
                .as_ref()
                .map(|m| format!("{} {}", locale.decimal_text(&m.amount_text()), m.currency))
                .unwrap_or_default(),
        ),
        (Key::FieldBenefits, benefits),
        (Key::DiffTargets, targets),
        (
            Key::DiffDates,
            format!("{} – {}", locale.date(c.start), locale.date(c.end)),
        ),
        (
            Key::FieldSdgs,
            labels(c.sdgs.iter().map(|s| s.label()).collect()),
        ),
        (
            Key::FieldKap,
            labels(c.kap.iter().map(|k| k.label()).collect()),
        ),
        (Key::FieldNamedPartners, c.named_partners.join("\n")),
        (
            Key::DiffContact,
            format!("{} <{}>", c.contact_name, c.contact_email),
        ),
    ]
}

/// The fields that differ between two revisions, each as a word diff.
pub fn field_diffs(locale: Locale, old: &PledgeContent, new: &PledgeContent) -> Vec<FieldDiff> {
    field_texts(locale, old)
        .into_iter()
        .zip(field_texts(locale, new))
        .filter(|((_, a), (_, b))| a != b)
        .map(|((label, a), (_, b))| FieldDiff {
            label: locale.t(label).to_owned(),
            pieces: word_diff(&a, &b),
        })
        .collect()
}
