//! The coalition signing ceremony: the organiser opens the list of signatories for an event (every
//! nominated Focus Area Leader and every Member whose letter of intent was accepted); each
//! organisation confirms online who signs for it; the list prints as the ceremony sheet.
use std::collections::BTreeMap;

use chrono::Utc;
use sea_orm::{ActiveModelTrait, ColumnTrait, ConnectionTrait, EntityTrait, QueryFilter, Set};

use super::access::{locked, require_runner};
use crate::domain::events::{SignatoryView, SpeakerInput};
use crate::domain::{FieldIssue, SessionUser};
use crate::error::AppError;
use crate::reference::FocusArea;
use crate::ssr::audit::{self, Event};
use crate::ssr::context::ServerContext;
use crate::ssr::entity::events::signatory;
use crate::ssr::entity::{focus_area_leader, letter, organisation};
use crate::ssr::write_txn;

const MEMBER: &str = "member";

fn capacity_of(areas: &[FocusArea]) -> String {
    if areas.is_empty() {
        MEMBER.to_owned()
    } else {
        format!(
            "leader:{}",
            areas.iter().map(|a| a.code()).collect::<Vec<_>>().join(",")
        )
    }
}

fn leads_of(capacity: &str) -> Vec<FocusArea> {
    capacity
        .strip_prefix("leader:")
        .map(|list| list.split(',').filter_map(FocusArea::parse).collect())
        .unwrap_or_default()
}

/// The coalition as it stands: each organisation with the areas it leads (none for a Member).
async fn coalition<C: ConnectionTrait>(
    conn: &C,
) -> Result<BTreeMap<i32, Vec<FocusArea>>, AppError> {
    let mut out: BTreeMap<i32, Vec<FocusArea>> = BTreeMap::new();
    for l in focus_area_leader::Entity::find()
        .filter(
            focus_area_leader::Column::Status
                .eq(crate::leader_lifecycle::LeaderStatus::Nominated.code()),
        )
        .all(conn)
        .await?
    {
        if let Some(a) = FocusArea::parse(&l.focus_area) {
            out.entry(l.organisation_id).or_default().push(a);
        }
    }
    for m in letter::Entity::find()
        .filter(letter::Column::Status.eq(crate::letter_lifecycle::LetterStatus::Accepted.code()))
        .all(conn)
        .await?
    {
        out.entry(m.organisation_id).or_default();
    }
    Ok(out)
}

/// Opens (or brings up to date) the event's list; what organisations confirmed stays.
pub async fn open(
    ctx: &ServerContext,
    actor: &SessionUser,
    event_id: i32,
) -> Result<String, AppError> {
    require_runner(actor)?;
    let txn = write_txn(&ctx.db).await?;
    let event = locked(&txn, event_id).await?;
    let existing = signatory::Entity::find()
        .filter(signatory::Column::EventId.eq(event_id))
        .all(&txn)
        .await?;
    let now = Utc::now();
    let mut added = 0;
    for (organisation_id, mut areas) in coalition(&txn).await? {
        areas.sort();
        areas.dedup();
        let capacity = capacity_of(&areas);
        match existing
            .iter()
            .find(|s| s.organisation_id == organisation_id)
        {
            Some(s) if s.capacity == capacity => {}
            Some(s) => {
                let mut active: signatory::ActiveModel = s.clone().into();
                active.capacity = Set(capacity);
                active.updated_at = Set(now);
                active.update(&txn).await?;
            }
            None => {
                signatory::ActiveModel {
                    event_id: Set(event_id),
                    organisation_id: Set(organisation_id),
                    capacity: Set(capacity),
                    updated_at: Set(now),
                    ..Default::default()
                }
                .insert(&txn)
                .await?;
                added += 1;
            }
        }
    }
    audit::record(
        &txn,
        Event {
            subject: "event",
            subject_id: event_id,
            actor: Some(actor.user_id),
            action: "open_signatories",
            from: "",
            to: "",
            reason: Some(format!("{added} added")),
        },
    )
    .await?;
    txn.commit().await?;
    Ok(event.slug)
}

/// The organisation confirms who signs for it at the event.
pub async fn confirm(
    ctx: &ServerContext,
    actor: &SessionUser,
    event_id: i32,
    input: &SpeakerInput,
) -> Result<(), AppError> {
    if !actor.role.acts_for_organisation() {
        return Err(AppError::Forbidden);
    }
    let (name, title) = input.parse().map_err(|issues| {
        AppError::Validation(
            issues
                .into_iter()
                .map(|i| FieldIssue::new(&i.field.replace("speaker_", "signatory_"), &i.code))
                .collect(),
        )
    })?;
    let txn = write_txn(&ctx.db).await?;
    let row = signatory::Entity::find()
        .filter(signatory::Column::EventId.eq(event_id))
        .filter(signatory::Column::OrganisationId.eq(actor.organisation_id))
        .one(&txn)
        .await?
        .ok_or(AppError::NotFound)?;
    let before = row.signatory_name.clone().unwrap_or_default();
    let mut active: signatory::ActiveModel = row.into();
    let now = Utc::now();
    active.signatory_name = Set(Some(name.clone()));
    active.signatory_title = Set(Some(title.clone()));
    active.confirmed_by = Set(Some(actor.user_id));
    active.confirmed_at = Set(Some(now));
    active.updated_at = Set(now);
    let saved = active.update(&txn).await?;
    audit::record(
        &txn,
        Event {
            subject: "event_signatory",
            subject_id: saved.id,
            actor: Some(actor.user_id),
            action: "confirm",
            from: "",
            to: "confirmed",
            reason: Some(format!("{before} → {name}, {title}")),
        },
    )
    .await?;
    txn.commit().await?;
    Ok(())
}

/// The list in the ceremony's order: Leaders first, then Members, each by name.
pub async fn views<C: ConnectionTrait>(
    conn: &C,
    event_id: i32,
) -> Result<Vec<SignatoryView>, AppError> {
    let mut out = Vec::new();
    for s in signatory::Entity::find()
        .filter(signatory::Column::EventId.eq(event_id))
        .all(conn)
        .await?
    {
        let name = organisation::Entity::find_by_id(s.organisation_id)
            .one(conn)
            .await?
            .map(|o| o.name)
            .unwrap_or_default();
        out.push(SignatoryView {
            organisation: name,
            leads: leads_of(&s.capacity),
            signatory_name: s.signatory_name,
            signatory_title: s.signatory_title,
            confirmed_at: s.confirmed_at,
        });
    }
    out.sort_by(|a, b| {
        (a.leads.is_empty(), a.organisation.to_lowercase())
            .cmp(&(b.leads.is_empty(), b.organisation.to_lowercase()))
    });
    Ok(out)
}

#[cfg(test)]
mod tests {
    use super::*;

    #[test]
    fn capacities_round_trip() {
        let areas = [FocusArea::Access, FocusArea::Adoption];
        assert_eq!(leads_of(&capacity_of(&areas)), areas.to_vec());
        assert!(leads_of(&capacity_of(&[])).is_empty());
    }
}
