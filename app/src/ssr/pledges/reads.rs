//! Reading pledges back: revisions into domain types, the working copy into the form, and the
//! pledge page its organisations see.
use std::collections::HashMap;

use sea_orm::{
    ColumnTrait, ConnectionTrait, DatabaseConnection, EntityTrait, QueryFilter, QueryOrder,
};

use crate::domain::{
    Benefit, BenefitInput, EditStart, EventView, Money, OrganisationSummary, ParticipantView,
    PledgeContent, PledgeDetail, PledgeInput, RevisionSummary, RevisionView, SessionUser,
    TargetInput,
};
use crate::error::AppError;
use crate::pledge_lifecycle::{Actor, PledgeStatus, Relation, may_edit};
use crate::ssr::entity::{
    pledge, pledge_draft, pledge_event, pledge_participant as participant,
    pledge_revision as revision, user,
};
use crate::ssr::errors::internal;
use crate::ssr::pledges::records::{
    DECLINED, INVITED, LEAD, code, organisation_names, reviewer_message, revision_view,
    submitted_title_of, title_of,
};

/// A revision written back as the form, so an edit starts from what was submitted.
pub fn input_of(content: &PledgeContent) -> PledgeInput {
    let benefit = |b: &Benefit| BenefitInput {
        level: b.level.code().to_owned(),
        share: b.share_pct.map(|s| s.to_string()).unwrap_or_default(),
        statement: b.statement.clone(),
    };
    PledgeInput {
        title: content.title.clone(),
        summary: content.summary.clone(),
        description: content.description.clone(),
        pledge_type: content.pledge_type.code().to_owned(),
        focus_areas: content
            .focus_areas
            .iter()
            .map(|f| f.code().to_owned())
            .collect(),
        scope_global: if content.scope.global {
            "yes".into()
        } else {
            String::new()
        },
        scope_regions: content
            .scope
            .regions
            .iter()
            .map(|r| r.code().to_owned())
            .collect(),
        scope_countries: content.scope.countries.clone(),
        amount: content
            .amount
            .as_ref()
            .map(Money::amount_text)
            .unwrap_or_default(),
        currency: content
            .amount
            .as_ref()
            .map(|m| m.currency.clone())
            .unwrap_or_default(),
        ldc: benefit(&content.ldc),
        lldc: benefit(&content.lldc),
        sids: benefit(&content.sids),
        targets: content
            .targets
            .iter()
            .map(|t| TargetInput {
                indicator: t.indicator.clone(),
                baseline: t.baseline.clone().unwrap_or_default(),
                target: t.target.clone(),
                unit: t.unit.clone(),
                due: t.due.to_string(),
            })
            .collect(),
        start_date: content.start.to_string(),
        end_date: content.end.to_string(),
        sdgs: content
            .sdgs
            .iter()
            .map(|s| s.number().to_string())
            .collect(),
        kap: content.kap.iter().map(|k| k.code().to_owned()).collect(),
        answers: content.answers.clone(),
        open_sign_on: if content.open_sign_on { "yes" } else { "" }.into(),
        named_partners: content.named_partners.join("\n"),
        contact_name: content.contact_name.clone(),
        contact_email: content.contact_email.clone(),
        consent: "yes".into(),
    }
}

/// The pledge and how the actor stands to it. ITU staff read every pledge; an organisation reads
/// the pledges it leads, takes part in or is invited to; anyone else gets "not found".
pub(crate) async fn visible_to<C: ConnectionTrait>(
    conn: &C,
    actor: &SessionUser,
    pledge_id: i32,
) -> Result<(pledge::Model, Relation, Option<&'static str>), AppError> {
    let p = pledge::Entity::find_by_id(pledge_id)
        .one(conn)
        .await?
        .ok_or(AppError::NotFound)?;
    let relation =
        crate::ssr::pledges::participants::relation_of(conn, &p, actor.organisation_id).await?;
    let part = match relation {
        Relation::Lead => Some("lead"),
        Relation::Partner { .. } => Some("partner"),
        Relation::Outsider => {
            let invited = participant::Entity::find()
                .filter(participant::Column::PledgeId.eq(p.id))
                .filter(participant::Column::OrganisationId.eq(actor.organisation_id))
                .filter(participant::Column::Status.eq(INVITED))
                .one(conn)
                .await?
                .is_some();
            invited.then_some("invited")
        }
    };
    if part.is_none() && !actor.role.is_itu_staff() {
        return Err(AppError::NotFound);
    }
    Ok((p, relation, part))
}

/// What the pledge form starts from when an existing pledge is edited.
pub async fn edit_start(
    db: &DatabaseConnection,
    actor: &SessionUser,
    pledge_id: i32,
) -> Result<EditStart, AppError> {
    let (p, relation, part) = visible_to(db, actor, pledge_id).await?;
    if part == Some(INVITED) {
        return Err(AppError::NotFound);
    }
    let status = code(PledgeStatus::parse, &p.status)?;
    let editable = may_edit(status, Actor::new(actor.role, relation));
    // The working copy is the organisations' own typing; ITU reads what was submitted.
    let working_copy = if relation.takes_part() {
        pledge_draft::Entity::find_by_id(p.id).one(db).await?
    } else {
        None
    };
    let (input, saved_at) = match working_copy {
        Some(d) => (
            serde_json::from_str(&d.input).map_err(|e| internal("stored working copy", e))?,
            Some(d.saved_at),
        ),
        None => match p.current_revision_id {
            Some(id) => {
                let r = revision::Entity::find_by_id(id)
                    .one(db)
                    .await?
                    .ok_or_else(|| internal("current revision", id))?;
                (input_of(&revision_view(db, r).await?.content), None)
            }
            None => (PledgeInput::default(), None),
        },
    };
    Ok(EditStart {
        pledge_id: Some(p.id),
        status: Some(status),
        input,
        saved_at,
        editable,
        today: chrono::Utc::now().date_naive(),
        opportunities: Vec::new(),
    })
}

/// The pledge page: state, revisions, partners and history, for its organisations and ITU.
pub async fn detail(
    db: &DatabaseConnection,
    actor: &SessionUser,
    pledge_id: i32,
) -> Result<PledgeDetail, AppError> {
    let (p, relation, part) = visible_to(db, actor, pledge_id).await?;
    let status = code(PledgeStatus::parse, &p.status)?;
    if part == Some(INVITED) {
        return invitation(db, &p, status).await;
    }
    let who = Actor::new(actor.role, relation);
    let revisions = revision::Entity::find()
        .filter(revision::Column::PledgeId.eq(p.id))
        .order_by_desc(revision::Column::Number)
        .all(db)
        .await?;
    let summaries = revisions
        .iter()
        .map(|r| RevisionSummary {
            id: r.id,
            number: r.number,
            title: r.title.clone(),
            created_at: r.created_at,
            is_public: Some(r.id) == p.published_revision_id && status.keeps_public_revision(),
        })
        .collect();
    let current = match revisions.into_iter().next() {
        Some(r) => Some(revision_view(db, r).await?),
        None => None,
    };
    let participants = participants_of(db, p.id)
        .await?
        .into_iter()
        .filter(|r| r.status != DECLINED || part == Some("lead"))
        .collect::<Vec<_>>();
    let invitable = if part == Some(LEAD) {
        crate::ssr::coalition::organisations::joinable(db)
            .await?
            .into_iter()
            .filter(|o| {
                o.id != p.organisation_id
                    && !participants
                        .iter()
                        .any(|x| x.organisation_id == Some(o.id) && x.status != DECLINED)
            })
            .collect()
    } else {
        Vec::<OrganisationSummary>::new()
    };
    Ok(PledgeDetail {
        id: p.id,
        version: p.version,
        title: if relation.takes_part() {
            title_of(db, &p).await?
        } else {
            submitted_title_of(db, &p).await?
        },
        part: part.unwrap_or("staff").to_owned(),
        editable: may_edit(status, who),
        may_withdraw: crate::pledge_lifecycle::next_status(
            status,
            crate::pledge_lifecycle::PledgeAction::Withdraw,
            who,
            crate::pledge_lifecycle::Pledger {
                verified: true,
                has_published: false,
                needs_second_approval: false,
            },
        )
        .is_ok(),
        partners_may_edit: p.partners_may_edit,
        has_working_copy: relation.takes_part()
            && pledge_draft::Entity::find_by_id(p.id)
                .one(db)
                .await?
                .is_some(),
        revisions: summaries,
        current,
        participants,
        history: history(db, p.id).await?,
        invitable,
        reviewer_message: if matches!(
            status,
            PledgeStatus::ChangesRequested | PledgeStatus::Rejected | PledgeStatus::Unpublished
        ) {
            reviewer_message(db, p.id).await?
        } else {
            None
        },
        status,
    })
}

/// What an invited organisation sees before it confirms: the invitation, which names the pledge
/// and its lead, and nothing of the pledge's content, partners or history.
async fn invitation(
    db: &DatabaseConnection,
    p: &pledge::Model,
    status: PledgeStatus,
) -> Result<PledgeDetail, AppError> {
    let lead = participants_of(db, p.id)
        .await?
        .into_iter()
        .filter(|r| r.role == LEAD)
        .collect();
    Ok(PledgeDetail {
        id: p.id,
        version: p.version,
        // The title the invitation e-mail gave.
        title: title_of(db, p).await?,
        part: INVITED.to_owned(),
        editable: false,
        may_withdraw: false,
        partners_may_edit: false,
        has_working_copy: false,
        revisions: Vec::new(),
        current: None,
        participants: lead,
        history: Vec::new(),
        invitable: Vec::new(),
        reviewer_message: None,
        status,
    })
}

/// Every organisation on the pledge, in the order they joined it, named.
pub(crate) async fn participants_of(
    db: &DatabaseConnection,
    pledge_id: i32,
) -> Result<Vec<ParticipantView>, AppError> {
    let rows = participant::Entity::find()
        .filter(participant::Column::PledgeId.eq(pledge_id))
        .order_by_asc(participant::Column::Id)
        .all(db)
        .await?;
    let names = organisation_names(db, rows.iter().filter_map(|r| r.organisation_id)).await?;
    Ok(rows
        .into_iter()
        .map(|r| ParticipantView {
            id: r.id,
            organisation_id: r.organisation_id,
            name: r
                .organisation_id
                .and_then(|id| names.get(&id).cloned())
                .or(r.name)
                .unwrap_or_default(),
            role: r.role,
            status: r.status,
        })
        .collect())
}

/// A revision of a pledge the actor may read; a revision of another pledge is "not found".
pub async fn revision_of(
    db: &DatabaseConnection,
    actor: &SessionUser,
    pledge_id: i32,
    revision_id: i32,
) -> Result<RevisionView, AppError> {
    let (p, _, part) = visible_to(db, actor, pledge_id).await?;
    if part == Some(INVITED) {
        return Err(AppError::NotFound);
    }
    let r = revision::Entity::find_by_id(revision_id)
        .one(db)
        .await?
        .filter(|r| r.pledge_id == p.id)
        .ok_or(AppError::NotFound)?;
    revision_view(db, r).await
}

pub(crate) async fn history(
    db: &DatabaseConnection,
    pledge_id: i32,
) -> Result<Vec<EventView>, AppError> {
    let events = pledge_event::Entity::find()
        .filter(pledge_event::Column::PledgeId.eq(pledge_id))
        .order_by_desc(pledge_event::Column::At)
        .order_by_desc(pledge_event::Column::Id)
        .all(db)
        .await?;
    let ids: Vec<i32> = events.iter().map(|e| e.actor_user_id).collect();
    let people: HashMap<i32, String> = user::Entity::find()
        .filter(user::Column::Id.is_in(ids))
        .all(db)
        .await?
        .into_iter()
        .map(|u| (u.id, u.display_name))
        .collect();
    Ok(events
        .into_iter()
        .map(|e| EventView {
            at: e.at,
            actor: people.get(&e.actor_user_id).cloned().unwrap_or_default(),
            action: e.action,
            from: e.from_status,
            to: e.to_status,
            reason: e.reason,
        })
        .collect())
}
