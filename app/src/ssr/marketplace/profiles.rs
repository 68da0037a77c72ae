//! Organisation profiles: the public page of a verified organisation, from the compendium's read
//! model (so it shows exactly what the public may see) and the coalition's tables.
use std::collections::BTreeMap;

use sea_orm::sea_query::Query;
use sea_orm::{ColumnTrait, ConnectionTrait, EntityTrait, QueryFilter, QueryOrder};

use crate::domain::PublicPledge;
use crate::domain::events::EventMention;
use crate::domain::marketplace::{
    OpportunityMention, OrganisationProfile, ProfilePledge, ProfileRole,
};
use crate::error::AppError;
use crate::leader_lifecycle::LeaderStatus;
use crate::letter_lifecycle::LetterStatus;
use crate::marketplace_lifecycle::SignOnState;
use crate::organisation_lifecycle::Verification;
use crate::reference::{FocusArea, StakeholderType};
use crate::ssr::entity::marketplace::sign_on;
use crate::ssr::entity::{
    compendium_entry as entry, compendium_organisation as org_row, focus_area_leader, letter,
    letter_focus_area, organisation,
};
use crate::ssr::errors::internal;
use crate::ssr::pledges::records::code;

/// The organisation behind a profile address, if it has a public profile.
pub async fn verified<C: ConnectionTrait>(
    conn: &C,
    id: i32,
) -> Result<organisation::Model, AppError> {
    organisation::Entity::find_by_id(id)
        .one(conn)
        .await?
        .filter(|o| o.verification == Verification::Verified.code())
        .ok_or(AppError::NotFound)
}

async fn roles_of<C: ConnectionTrait>(conn: &C, id: i32) -> Result<Vec<ProfileRole>, AppError> {
    let mut roles: BTreeMap<FocusArea, bool> = BTreeMap::new();
    for l in focus_area_leader::Entity::find()
        .filter(focus_area_leader::Column::OrganisationId.eq(id))
        .filter(focus_area_leader::Column::Status.eq(LeaderStatus::Nominated.code()))
        .all(conn)
        .await?
    {
        roles.insert(code(FocusArea::parse, &l.focus_area)?, true);
    }
    let letters: Vec<i32> = letter::Entity::find()
        .filter(letter::Column::OrganisationId.eq(id))
        .filter(letter::Column::Status.eq(LetterStatus::Accepted.code()))
        .all(conn)
        .await?
        .into_iter()
        .map(|l| l.id)
        .collect();
    for a in letter_focus_area::Entity::find()
        .filter(letter_focus_area::Column::LetterId.is_in(letters))
        .all(conn)
        .await?
    {
        roles
            .entry(code(FocusArea::parse, &a.focus_area)?)
            .or_insert(false);
    }
    Ok(roles
        .into_iter()
        .map(|(focus_area, leader)| ProfileRole { focus_area, leader })
        .collect())
}

pub async fn profile<C: ConnectionTrait>(
    conn: &C,
    id: i32,
) -> Result<OrganisationProfile, AppError> {
    let o = verified(conn, id).await?;
    let name_key = o.name.to_lowercase();
    let cosigned: BTreeMap<i32, Option<i64>> = sign_on::Entity::find()
        .filter(sign_on::Column::OrganisationId.eq(id))
        .filter(sign_on::Column::State.eq(SignOnState::Approved.code()))
        .all(conn)
        .await?
        .into_iter()
        .map(|s| (s.pledge_id, s.usd_cents))
        .collect();
    let rows = entry::Entity::find()
        .filter(
            sea_orm::Condition::any()
                .add(entry::Column::OrganisationId.eq(id))
                .add(
                    entry::Column::PledgeId.in_subquery(
                        Query::select()
                            .column(org_row::Column::PledgeId)
                            .from(org_row::Entity)
                            .and_where(org_row::Column::NameKey.eq(name_key))
                            .to_owned(),
                    ),
                )
                .add(entry::Column::PledgeId.is_in(cosigned.keys().copied())),
        )
        .order_by_desc(entry::Column::PublishedAt)
        .all(conn)
        .await?;
    let mut pledges = Vec::with_capacity(rows.len());
    let mut opportunities: Vec<OpportunityMention> = Vec::new();
    let mut events: Vec<EventMention> = Vec::new();
    let (mut pledged, mut cosigned_usd) = (0_i64, 0_i64);
    for e in rows {
        let doc: PublicPledge =
            serde_json::from_str(&e.doc).map_err(|err| internal("compendium doc", err))?;
        let part = if e.organisation_id == id {
            "lead"
        } else if doc
            .partners
            .iter()
            .any(|p| p.to_lowercase() == o.name.to_lowercase())
        {
            "partner"
        } else {
            "cosigner"
        };
        if part == "cosigner" {
            cosigned_usd += cosigned
                .get(&e.pledge_id)
                .copied()
                .flatten()
                .unwrap_or_default();
        } else {
            pledged += e.usd_cents.unwrap_or_default();
        }
        for a in doc.answers {
            if !opportunities.contains(&a) {
                opportunities.push(a);
            }
        }
        for ev in doc.events {
            if !events.contains(&ev) {
                events.push(ev);
            }
        }
        pledges.push(ProfilePledge {
            public_ref: e.public_ref,
            title: e.title,
            pledge_type: doc.pledge_type,
            usd_cents: e.usd_cents,
            part: part.to_owned(),
        });
    }
    Ok(OrganisationProfile {
        stakeholder_type: code(StakeholderType::parse, &o.stakeholder_type)?,
        roles: roles_of(conn, id).await?,
        name: o.name,
        country: o.country_code,
        website: o.website,
        description: o.description,
        pledges,
        pledged_usd_cents: pledged,
        cosigned_usd_cents: cosigned_usd,
        opportunities,
        events,
    })
}
