//! Pledge lists. Server functions call these after authenticating; tests and
//! the seed call them too. Saving and submitting live in `editing`.
use std::collections::HashMap;

use sea_orm::{ColumnTrait, DatabaseConnection, EntityTrait, QueryFilter, QueryOrder};

use crate::domain::{PledgeRow, SessionUser};
use crate::error::AppError;
use crate::pledge_lifecycle::PledgeStatus;
use crate::ssr::entity::{pledge, pledge_participant as participant, pledge_revision as revision};
use crate::ssr::pledges::records::{
    CONFIRMED, INVITED, LEAD, code, organisation_names, reviewer_message, revision_view, title_of,
};

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
            let part = if p.role == LEAD {
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
        let part = part(p.id);
        // An invitation names the pledge; its content waits until the organisation confirms.
        let revision_id = p.current_revision_id.filter(|_| part != INVITED);
        let current = match revision_id {
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
            part,
            reviewer_message: reviewer_message(db, p.id).await?,
            flags: current.map(|c| c.flags).unwrap_or_default(),
        });
    }
    Ok(out)
}
