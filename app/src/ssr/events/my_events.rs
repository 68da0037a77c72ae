//! The organisation's events page: open events it may announce at, its pledges that may be
//! announced, the requests it made, and the ceremonies where it is asked to name its signatory.
use sea_orm::{ColumnTrait, ConnectionTrait, EntityTrait, QueryFilter, QueryOrder};

use super::announcements::{announceable, state_of};
use super::catalogue::{list, summary};
use super::zones;
use crate::domain::SessionUser;
use crate::domain::events::{MyAnnouncement, MyEvents, MySignature};
use crate::error::AppError;
use crate::pledge_lifecycle::PledgeStatus;
use crate::ssr::entity::events::{announcement, event, session, signatory};
use crate::ssr::entity::{pledge, pledge_participant as participant};
use crate::ssr::pledges::records::title_of;

pub async fn of_organisation<C: ConnectionTrait>(
    conn: &C,
    actor: &SessionUser,
) -> Result<MyEvents, AppError> {
    if !actor.role.acts_for_organisation() {
        return Err(AppError::Forbidden);
    }
    let open_events = list(conn)
        .await?
        .into_iter()
        .filter(|e| e.status.takes_requests())
        .collect();
    // Its own pledges, and those of partners that let it edit.
    let mut ids: Vec<i32> = pledge::Entity::find()
        .filter(pledge::Column::OrganisationId.eq(actor.organisation_id))
        .all(conn)
        .await?
        .into_iter()
        .map(|p| p.id)
        .collect();
    for part in participant::Entity::find()
        .filter(participant::Column::OrganisationId.eq(actor.organisation_id))
        .filter(participant::Column::Status.eq(crate::ssr::pledges::records::CONFIRMED))
        .all(conn)
        .await?
    {
        ids.push(part.pledge_id);
    }
    let mut pledges = Vec::new();
    for p in pledge::Entity::find()
        .filter(pledge::Column::Id.is_in(ids.clone()))
        .order_by_desc(pledge::Column::UpdatedAt)
        .all(conn)
        .await?
    {
        let ours = p.organisation_id == actor.organisation_id || p.partners_may_edit;
        if ours && PledgeStatus::parse(&p.status).is_some_and(announceable) {
            pledges.push((p.id, title_of(conn, &p).await?));
        }
    }
    let mut requests = Vec::new();
    for a in announcement::Entity::find()
        .filter(announcement::Column::PledgeId.is_in(ids))
        .order_by_desc(announcement::Column::UpdatedAt)
        .all(conn)
        .await?
    {
        let (Some(e), Some(p)) = (
            event::Entity::find_by_id(a.event_id).one(conn).await?,
            pledge::Entity::find_by_id(a.pledge_id).one(conn).await?,
        ) else {
            continue;
        };
        let s = match a.session_id {
            Some(id) => session::Entity::find_by_id(id).one(conn).await?,
            None => None,
        };
        let slot = match &s {
            Some(s) => super::announcements::slots(conn, std::slice::from_ref(s))
                .await?
                .get(&a.id)
                .map(|t| zones::to_local(*t, zones::of(&e.time_zone))),
            None => None,
        };
        requests.push(MyAnnouncement {
            id: a.id,
            version: a.version,
            event_name: e.name.clone(),
            event_slug: e.slug.clone(),
            pledge_title: title_of(conn, &p).await?,
            state: state_of(&a)?,
            session_title: s.map(|s| s.title),
            slot,
            speaker_name: a.speaker_name.clone(),
        });
    }
    let mut signatures = Vec::new();
    for s in signatory::Entity::find()
        .filter(signatory::Column::OrganisationId.eq(actor.organisation_id))
        .all(conn)
        .await?
    {
        if let Some(e) = event::Entity::find_by_id(s.event_id).one(conn).await? {
            let e = summary(&e)?;
            signatures.push(MySignature {
                event_id: e.id,
                event_name: e.name,
                confirmed: s.confirmed_at.is_some(),
                signatory_name: s.signatory_name,
                signatory_title: s.signatory_title,
            });
        }
    }
    Ok(MyEvents {
        open_events,
        pledges,
        requests,
        signatures,
    })
}
