//! Read models of the coalition: the public page, an organisation's own view, ITU admins' desk.
pub mod leaders;
pub mod letter_files;
pub mod letters;
pub mod organisations;
use std::collections::HashMap;

use sea_orm::{ColumnTrait, DatabaseConnection, EntityTrait, QueryFilter, QueryOrder};

use crate::domain::{
    CoalitionArea, CoalitionDesk, LeaderRow, LetterRow, MyOrganisation, OrganisationSummary,
    PersonRow, SessionUser,
};
use crate::error::AppError;
use crate::leader_lifecycle::LeaderStatus;
use crate::letter_lifecycle::LetterStatus;
use crate::organisation_lifecycle::{Membership, Verification};
use crate::pledge_lifecycle::Role;
use crate::reference::FocusArea;
use crate::ssr::entity::{
    focus_area_leader, focus_area_seat, letter, letter_focus_area, organisation, user,
};

fn summary(o: &organisation::Model) -> OrganisationSummary {
    OrganisationSummary {
        id: o.id,
        name: o.name.clone(),
        stakeholder_type: o.stakeholder_type.clone(),
        country: o.country_code.clone(),
    }
}

async fn organisations(
    db: &DatabaseConnection,
) -> Result<HashMap<i32, organisation::Model>, AppError> {
    Ok(organisation::Entity::find()
        .all(db)
        .await?
        .into_iter()
        .map(|o| (o.id, o))
        .collect())
}

fn leader_row(
    row: focus_area_leader::Model,
    orgs: &HashMap<i32, organisation::Model>,
) -> Option<LeaderRow> {
    Some(LeaderRow {
        id: row.id,
        organisation: summary(orgs.get(&row.organisation_id)?),
        area: FocusArea::parse(&row.focus_area)?,
        status: LeaderStatus::parse(&row.status)?,
        constituency: row.constituency,
        commitment: row.commitment,
        reason: row.reason,
    })
}

async fn letter_rows(
    db: &DatabaseConnection,
    rows: Vec<letter::Model>,
    orgs: &HashMap<i32, organisation::Model>,
) -> Result<Vec<LetterRow>, AppError> {
    let ids: Vec<i32> = rows.iter().map(|r| r.id).collect();
    let mut areas: HashMap<i32, Vec<FocusArea>> = HashMap::new();
    for a in letter_focus_area::Entity::find()
        .filter(letter_focus_area::Column::LetterId.is_in(ids))
        .all(db)
        .await?
    {
        if let Some(area) = FocusArea::parse(&a.focus_area) {
            areas.entry(a.letter_id).or_default().push(area);
        }
    }
    Ok(rows
        .into_iter()
        .filter_map(|r| {
            Some(LetterRow {
                id: r.id,
                version: r.version,
                organisation: summary(orgs.get(&r.organisation_id)?),
                areas: areas.remove(&r.id).unwrap_or_default(),
                status: LetterStatus::parse(&r.status)?,
                statement: r.statement,
                signatory: format!("{}, {}", r.signatory_name, r.signatory_title),
                signed_on: r.signed_on,
                has_pdf: r.pdf_file.is_some(),
                reason: r.reason,
            })
        })
        .collect())
}

/// The public page: each focus area with its Leaders and its Members (accepted letters), by name.
pub async fn public(db: &DatabaseConnection) -> Result<Vec<CoalitionArea>, AppError> {
    let orgs = organisations(db).await?;
    let leaders = focus_area_leader::Entity::find()
        .filter(focus_area_leader::Column::Status.eq(LeaderStatus::Nominated.code()))
        .all(db)
        .await?;
    let accepted = letter::Entity::find()
        .filter(letter::Column::Status.eq(LetterStatus::Accepted.code()))
        .all(db)
        .await?;
    let members = letter_rows(db, accepted, &orgs).await?;
    let mut out = Vec::new();
    for area in FocusArea::ALL {
        let mut area_leaders: Vec<OrganisationSummary> = leaders
            .iter()
            .filter(|l| l.focus_area == area.code())
            .filter_map(|l| orgs.get(&l.organisation_id).map(summary))
            .collect();
        let mut area_members: Vec<OrganisationSummary> = members
            .iter()
            .filter(|l| l.areas.contains(area))
            .map(|l| l.organisation.clone())
            .collect();
        area_leaders.sort_by(|a, b| a.name.cmp(&b.name));
        area_members.sort_by(|a, b| a.name.cmp(&b.name));
        out.push(CoalitionArea {
            area: *area,
            leaders: area_leaders,
            members: area_members,
        });
    }
    Ok(out)
}

/// An organisation's own page: verification, join requests (for its admin), Leader standing, letters.
pub async fn mine(db: &DatabaseConnection, who: &SessionUser) -> Result<MyOrganisation, AppError> {
    if !who.role.acts_for_organisation() {
        return Err(AppError::Forbidden);
    }
    let orgs = organisations(db).await?;
    let org = orgs.get(&who.organisation_id).ok_or(AppError::NotFound)?;
    let join_requests = if who.role == Role::OrgAdmin {
        user::Entity::find()
            .filter(user::Column::OrganisationId.eq(org.id))
            .filter(user::Column::Membership.eq(Membership::Pending.code()))
            .filter(user::Column::EmailVerifiedAt.is_not_null())
            .order_by_asc(user::Column::Id)
            .all(db)
            .await?
            .into_iter()
            .map(|u| person_row(u, &orgs))
            .collect()
    } else {
        Vec::new()
    };
    let leaders = focus_area_leader::Entity::find()
        .filter(focus_area_leader::Column::OrganisationId.eq(org.id))
        .all(db)
        .await?
        .into_iter()
        .filter_map(|r| leader_row(r, &orgs))
        .collect();
    let letters = letter::Entity::find()
        .filter(letter::Column::OrganisationId.eq(org.id))
        .order_by_desc(letter::Column::Id)
        .all(db)
        .await?;
    Ok(MyOrganisation {
        summary: summary(org),
        verification: Verification::parse(&org.verification).unwrap_or(Verification::Pending),
        verification_reason: org.verification_reason.clone(),
        join_requests,
        leaders,
        letters: letter_rows(db, letters, &orgs).await?,
    })
}

fn person_row(u: user::Model, orgs: &HashMap<i32, organisation::Model>) -> PersonRow {
    PersonRow {
        id: u.id,
        role: Role::parse(&u.role).unwrap_or(Role::Stakeholder),
        organisation_name: orgs
            .get(&u.organisation_id)
            .map(|o| o.name.clone())
            .unwrap_or_default(),
        name: u.display_name,
        email: u.email,
    }
}

/// ITU admins' desk.
pub async fn desk(db: &DatabaseConnection, who: &SessionUser) -> Result<CoalitionDesk, AppError> {
    if who.role != Role::Admin {
        return Err(AppError::Forbidden);
    }
    let orgs = organisations(db).await?;
    let mut all: Vec<&organisation::Model> = orgs.values().collect();
    all.sort_by(|a, b| a.name.cmp(&b.name));
    let leaders = focus_area_leader::Entity::find()
        .filter(
            focus_area_leader::Column::Status
                .is_in([LeaderStatus::Applied.code(), LeaderStatus::Nominated.code()]),
        )
        .order_by_asc(focus_area_leader::Column::Id)
        .all(db)
        .await?
        .into_iter()
        .filter_map(|r| leader_row(r, &orgs))
        .collect();
    let letters = letter::Entity::find()
        .filter(letter::Column::Status.is_in([
            LetterStatus::Submitted.code(),
            LetterStatus::Accepted.code(),
        ]))
        .order_by_asc(letter::Column::Id)
        .all(db)
        .await?;
    let seats = focus_area_seat::Entity::find()
        .all(db)
        .await?
        .into_iter()
        .filter_map(|s| Some((FocusArea::parse(&s.focus_area)?, s.leaders)))
        .collect();
    let people = user::Entity::find()
        .filter(user::Column::Membership.eq(Membership::Active.code()))
        .order_by_asc(user::Column::Email)
        .all(db)
        .await?
        .into_iter()
        .map(|u| person_row(u, &orgs))
        .collect();
    Ok(CoalitionDesk {
        pending_organisations: all
            .iter()
            .filter(|o| o.verification == Verification::Pending.code())
            .map(|o| summary(o))
            .collect(),
        organisations: all.iter().map(|o| summary(o)).collect(),
        leaders,
        letters: letter_rows(db, letters, &orgs).await?,
        seats,
        people,
    })
}
