//! Pledge lists. Server functions call these after authenticating; tests and
//! the seed call them too. Saving and submitting live in `pledge_editing`.
use std::collections::HashMap;

use sea_orm::{
    ColumnTrait, ConnectionTrait, DatabaseConnection, EntityTrait, QueryFilter, QueryOrder,
};

use super::entity::{
    pledge, pledge_event, pledge_participant as participant, pledge_revision as revision,
    revision_focus_area,
};
use super::participants::{CONFIRMED, INVITED};
use super::pledge_reads::{code, organisation_names, partner_names, revision_view, title_of};
use crate::domain::{PledgeRow, PublicPledge, SessionUser};
use crate::error::AppError;
use crate::pledge_lifecycle::{PledgeAction, PledgeStatus};
use crate::reference::{BenefitLevel, FocusArea, PledgeType};

/// Published pledges, newest first: each pledge's public revision, once, with all its organisations.
pub async fn published(db: &DatabaseConnection) -> Result<Vec<PublicPledge>, AppError> {
    let pledges = pledge::Entity::find()
        .filter(pledge::Column::PublishedRevisionId.is_not_null())
        .filter(
            pledge::Column::Status.is_not_in(
                PledgeStatus::ALL
                    .iter()
                    .filter(|s| !s.keeps_public_revision())
                    .map(|s| s.code()),
            ),
        )
        .order_by_desc(pledge::Column::PublishedAt)
        .order_by_desc(pledge::Column::Id)
        .all(db)
        .await?;
    let revision_ids: Vec<i32> = pledges
        .iter()
        .filter_map(|p| p.published_revision_id)
        .collect();
    let mut revisions: HashMap<i32, revision::Model> = HashMap::new();
    let mut areas: HashMap<i32, Vec<FocusArea>> = HashMap::new();
    // Chunks keep each IN list far below PostgreSQL's 65,535 parameters.
    for chunk in revision_ids.chunks(1000) {
        for r in revision::Entity::find()
            .filter(revision::Column::Id.is_in(chunk.iter().copied()))
            .all(db)
            .await?
        {
            revisions.insert(r.id, r);
        }
        for f in revision_focus_area::Entity::find()
            .filter(revision_focus_area::Column::RevisionId.is_in(chunk.iter().copied()))
            .all(db)
            .await?
        {
            areas
                .entry(f.revision_id)
                .or_default()
                .push(code(FocusArea::parse, &f.focus_area)?);
        }
    }
    let pledge_ids: Vec<i32> = pledges.iter().map(|p| p.id).collect();
    let mut partners = HashMap::new();
    for chunk in pledge_ids.chunks(1000) {
        partners.extend(partner_names(db, chunk).await?);
    }
    let names = organisation_names(db, pledges.iter().map(|p| p.organisation_id)).await?;
    pledges
        .into_iter()
        .filter_map(|p| {
            let r = p
                .published_revision_id
                .and_then(|id| revisions.remove(&id))?;
            Some((p, r))
        })
        .map(|(p, r)| {
            let mut focus_areas = areas.remove(&r.id).unwrap_or_default();
            focus_areas.sort();
            Ok(PublicPledge {
                id: p.id,
                organisation_name: names.get(&p.organisation_id).cloned().unwrap_or_default(),
                partners: partners.remove(&p.id).unwrap_or_default(),
                focus_areas,
                pledge_type: code(PledgeType::parse, &r.pledge_type)?,
                benefit_ldc: code(BenefitLevel::parse, &r.ldc_level)?,
                benefit_lldc: code(BenefitLevel::parse, &r.lldc_level)?,
                benefit_sids: code(BenefitLevel::parse, &r.sids_level)?,
                published_on: p.published_at.map(|d| d.date_naive()),
                title: r.title,
                summary: r.summary,
                description: r.description,
            })
        })
        .collect()
}

/// The pledges the actor's organisation leads, partners in or is invited to, in every state.
pub async fn for_organisation(
    db: &DatabaseConnection,
    actor: &SessionUser,
) -> Result<Vec<PledgeRow>, AppError> {
    let parts: HashMap<i32, String> = participant::Entity::find()
        .filter(participant::Column::OrganisationId.eq(actor.organisation_id))
        .filter(participant::Column::Status.is_in([CONFIRMED, INVITED]))
        .all(db)
        .await?
        .into_iter()
        .map(|p| {
            let part = if p.role == super::participants::LEAD {
                "lead"
            } else if p.status == INVITED {
                "invited"
            } else {
                "partner"
            };
            (p.pledge_id, part.to_owned())
        })
        .collect();
    let rows = pledge::Entity::find()
        .filter(pledge::Column::Id.is_in(parts.keys().copied()))
        .order_by_desc(pledge::Column::UpdatedAt)
        .order_by_desc(pledge::Column::Id)
        .all(db)
        .await?;
    rows_for_lists(db, rows, |id| parts.get(&id).cloned().unwrap_or_default()).await
}

async fn rows_for_lists(
    db: &DatabaseConnection,
    rows: Vec<pledge::Model>,
    part: impl Fn(i32) -> String,
) -> Result<Vec<PledgeRow>, AppError> {
    let names = organisation_names(db, rows.iter().map(|p| p.organisation_id)).await?;
    let mut out = Vec::with_capacity(rows.len());
    for p in rows {
        let current = match p.current_revision_id {
            Some(id) => match revision::Entity::find_by_id(id).one(db).await? {
                Some(r) => Some(revision_view(db, r).await?),
                None => None,
            },
            None => None,
        };
        out.push(PledgeRow {
            id: p.id,
            version: p.version,
            title: title_of(db, &p).await?,
            organisation_name: names.get(&p.organisation_id).cloned().unwrap_or_default(),
            pledge_type: current.as_ref().map(|c| c.content.pledge_type),
            status: code(PledgeStatus::parse, &p.status)?,
            submitted_at: p.submitted_at,
            part: part(p.id),
            reviewer_message: reviewer_message(db, p.id).await?,
            flags: current.map(|c| c.flags).unwrap_or_default(),
        });
    }
    Ok(out)
}

/// The newest reason a reviewer gave (changes requested or rejected).
pub(crate) async fn reviewer_message<C: ConnectionTrait>(
    conn: &C,
    pledge_id: i32,
) -> Result<Option<String>, AppError> {
    Ok(pledge_event::Entity::find()
        .filter(pledge_event::Column::PledgeId.eq(pledge_id))
        .filter(pledge_event::Column::Action.is_in([
            PledgeAction::RequestChanges.code(),
            PledgeAction::Reject.code(),
            PledgeAction::Unpublish.code(),
        ]))
        .order_by_desc(pledge_event::Column::Id)
        .one(conn)
        .await?
        .and_then(|e| e.reason))
}
