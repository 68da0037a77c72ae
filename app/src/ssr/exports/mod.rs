//! The compendium's downloads for the Roundtable: CSV and JSON stream from the database, XLSX and
//! DOCX are written a batch at a time. Every export honours the page's filters, says when it was
//! made, and holds public fields only; the organiser role also gets contacts and review dates.
//! The marketplace's opportunities have their own small tables (`opportunities`), written with the
//! same CSV and workbook helpers.
mod columns;
pub mod csv;
pub mod docx;
pub mod json;
pub mod opportunities;
pub mod xlsx;

use std::collections::HashMap;

use chrono::{DateTime, Utc};
use sea_orm::{ColumnTrait, ConnectionTrait, EntityTrait, QueryFilter, QueryOrder};

use super::entity::{pledge_event, pledge_revision as revision};
use crate::domain::{CompendiumFilter, PublicPledge, SessionUser};
use crate::error::AppError;
use crate::i18n::Locale;
use crate::pledge_lifecycle::{PledgeAction, Role};
pub use columns::{Cell, Column, columns, progress_sheet_columns};

/// Who asked, as far as an export cares: the public, or a Roundtable organiser (or ITU admin).
#[derive(Clone, Copy, Debug, PartialEq, Eq)]
pub enum Audience {
    Public,
    Organiser,
}

impl Audience {
    pub fn of(user: Option<&SessionUser>) -> Audience {
        match user.map(|u| u.role) {
            Some(Role::Organiser | Role::Admin) => Audience::Organiser,
            _ => Audience::Public,
        }
    }
}

/// What an export is made of: the filters, the reader's language, the audience and the moment.
#[derive(Clone, Debug)]
pub struct Request {
    pub filter: CompendiumFilter,
    pub locale: Locale,
    pub audience: Audience,
    pub as_at: DateTime<Utc>,
}

/// What only organisers see: the contact person and when the pledge was submitted and approved.
#[derive(Clone, Debug, Default)]
pub struct OrganiserFacts {
    pub contact_name: String,
    pub contact_email: String,
    pub submitted_at: Option<DateTime<Utc>>,
    pub approved_at: Option<DateTime<Utc>>,
}

/// One exported pledge: its public document, and for organisers the rest.
pub struct Row {
    pub doc: PublicPledge,
    pub extra: Option<OrganiserFacts>,
}

/// The next batch of rows, with the organiser's facts read for the whole batch at once.
pub async fn next_rows<C: ConnectionTrait>(
    conn: &C,
    batches: &mut super::compendium::Batches,
    audience: Audience,
) -> Result<Option<Vec<Row>>, AppError> {
    let Some(batch) = batches.next(conn).await? else {
        return Ok(None);
    };
    let mut facts = match audience {
        Audience::Organiser => organiser_facts(conn, &batch).await?,
        Audience::Public => HashMap::new(),
    };
    Ok(Some(
        batch
            .into_iter()
            .map(|(row, doc)| Row {
                extra: match audience {
                    Audience::Organiser => Some(facts.remove(&row.pledge_id).unwrap_or_default()),
                    Audience::Public => None,
                },
                doc,
            })
            .collect(),
    ))
}

async fn organiser_facts<C: ConnectionTrait>(
    conn: &C,
    batch: &[(super::compendium::Listed, PublicPledge)],
) -> Result<HashMap<i32, OrganiserFacts>, AppError> {
    let revisions: HashMap<i32, revision::Model> = revision::Entity::find()
        .filter(revision::Column::Id.is_in(batch.iter().map(|(r, _)| r.revision_id)))
        .all(conn)
        .await?
        .into_iter()
        .map(|r| (r.id, r))
        .collect();
    let mut approved: HashMap<i32, DateTime<Utc>> = HashMap::new();
    for e in pledge_event::Entity::find()
        .filter(pledge_event::Column::PledgeId.is_in(batch.iter().map(|(r, _)| r.pledge_id)))
        .filter(pledge_event::Column::Action.eq(PledgeAction::Approve.code()))
        .order_by_asc(pledge_event::Column::Id)
        .all(conn)
        .await?
    {
        approved.insert(e.pledge_id, e.at);
    }
    Ok(batch
        .iter()
        .map(|(row, _)| {
            let r = revisions.get(&row.revision_id);
            (
                row.pledge_id,
                OrganiserFacts {
                    contact_name: r.map(|r| r.contact_name.clone()).unwrap_or_default(),
                    contact_email: r.map(|r| r.contact_email.clone()).unwrap_or_default(),
                    submitted_at: r.map(|r| r.created_at),
                    approved_at: approved.get(&row.pledge_id).copied(),
                },
            )
        })
        .collect())
}

/// `p2c-compendium-20261201-1405`: the file name of an export made at `as_at`.
pub fn file_name(as_at: DateTime<Utc>, extension: &str) -> String {
    format!("p2c-compendium-{}.{extension}", as_at.format("%Y%m%d-%H%M"))
}
