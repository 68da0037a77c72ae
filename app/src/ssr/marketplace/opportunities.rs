//! Opportunities: ITU admins and reviewers with the "opportunities" right post and edit them;
//! everyone lists, filters and reads them. Every change moves the read model's version, so the
//! cached public pages (the list, each opportunity, the pledges that answer it) are made again.
use std::collections::HashMap;

use chrono::Utc;
use sea_orm::{
    ActiveModelTrait, ColumnTrait, ConnectionTrait, EntityTrait, QueryFilter, QueryOrder, Set,
};

use super::access::require_poster;
use super::funding;
use crate::domain::marketplace::{
    OpportunityDetail, OpportunityFields, OpportunityFilter, OpportunityInput, OpportunitySummary,
};
use crate::domain::{FieldIssue, Money, SessionUser};
use crate::error::AppError;
use crate::marketplace_lifecycle::{InKind, OpportunityKind, OpportunityStatus};
use crate::reference::{CountryGroup, FocusArea, ItuRegion};
use crate::ssr::audit::{self, Event};
use crate::ssr::compendium::projection::bump_version;
use crate::ssr::context::ServerContext;
use crate::ssr::entity::marketplace::opportunity;
use crate::ssr::errors::internal;
use crate::ssr::pledges::exchange_rates::{rate_on, usd_cents};
use crate::ssr::pledges::records::code;
use crate::ssr::write_txn;

pub(crate) const SUBJECT: &str = "opportunity";

fn joined<T: Copy>(values: &[T], code: fn(T) -> &'static str) -> String {
    values
        .iter()
        .map(|v| code(*v))
        .collect::<Vec<_>>()
        .join(" ")
}

fn split<T>(text: &str, parse: fn(&str) -> Option<T>) -> Result<Vec<T>, AppError> {
    text.split_whitespace()
        .map(|c| parse(c).ok_or_else(|| internal("unknown code in database", c)))
        .collect()
}

pub(crate) fn needed_of(o: &opportunity::Model) -> Option<Money> {
    match (o.needed_minor, &o.currency, o.exponent) {
        (Some(minor), Some(currency), Some(exponent)) => Some(Money {
            minor,
            currency: currency.clone(),
            exponent: u8::try_from(exponent).unwrap_or(0),
        }),
        _ => None,
    }
}

pub(crate) fn summary(
    o: &opportunity::Model,
    funding: crate::domain::marketplace::Funding,
) -> Result<OpportunitySummary, AppError> {
    Ok(OpportunitySummary {
        slug: o.slug.clone(),
        kind: code(OpportunityKind::parse, &o.kind)?,
        title: o.title.clone(),
        summary: o.summary.clone(),
        status: code(OpportunityStatus::parse, &o.status)?,
        focus_areas: split(&o.focus_areas, FocusArea::parse)?,
        regions: split(&o.regions, ItuRegion::parse)?,
        countries: o.countries.split_whitespace().map(str::to_owned).collect(),
        groups: split(&o.country_groups, CountryGroup::parse)?,
        needed: needed_of(o),
        in_kind: split(&o.in_kind, InKind::parse)?,
        funding: crate::domain::marketplace::Funding {
            needed_usd_cents: o.needed_usd_cents,
            ..funding
        },
    })
}

pub async fn by_slug<C: ConnectionTrait>(
    conn: &C,
    slug: &str,
) -> Result<opportunity::Model, AppError> {
    opportunity::Entity::find()
        .filter(opportunity::Column::Slug.eq(slug.trim().to_lowercase()))
        .one(conn)
        .await?
        .ok_or(AppError::NotFound)
}

/// Public opportunities (not taken down after a report), newest first.
pub async fn public_models<C: ConnectionTrait>(
    conn: &C,
) -> Result<Vec<opportunity::Model>, AppError> {
    Ok(opportunity::Entity::find()
        .filter(opportunity::Column::Hidden.eq(false))
        .order_by_desc(opportunity::Column::CreatedAt)
        .order_by_desc(opportunity::Column::Id)
        .all(conn)
        .await?)
}

/// Whether an opportunity passes the filters. Opportunities are few (ITU lists about fifty), so
/// they are filtered in memory, on the same rows the cached page is made from.
fn passes(o: &OpportunitySummary, f: &OpportunityFilter, searched: &str) -> bool {
    let terms = f.terms();
    f.kind().is_none_or(|k| o.kind == k)
        && f.focus_area().is_none_or(|a| o.focus_areas.contains(&a))
        && f.region().is_none_or(|r| {
            o.regions.contains(&r)
                || o.countries.iter().any(|c| {
                    crate::reference::CountryTable::shared()
                        .and_then(|t| t.get(c))
                        .is_some_and(|c| c.itu_region == r)
                })
        })
        && f.country().is_none_or(|c| o.countries.contains(&c))
        && f.group().is_none_or(|g| o.groups.contains(&g))
        && f.status().is_none_or(|s| o.status == s)
        && terms.iter().all(|t| searched.contains(t.as_str()))
}

/// The public list as the filters find it.
pub async fn list<C: ConnectionTrait>(
    conn: &C,
    f: &OpportunityFilter,
) -> Result<Vec<OpportunitySummary>, AppError> {
    if let Some(issue) = f.search_issue() {
        return Err(AppError::Validation(vec![issue]));
    }
    let models = public_models(conn).await?;
    let bars = funding::of_all(conn).await?;
    let mut out = Vec::new();
    for o in &models {
        let s = summary(o, bars.get(&o.id).copied().unwrap_or_default())?;
        let searched = format!("{}\n{}", o.title, o.summary).to_lowercase();
        if passes(&s, f, &searched) {
            out.push(s);
        }
    }
    Ok(out)
}

/// One opportunity's public page: what it needs, its funding bar and the pledges answering it.
pub async fn detail<C: ConnectionTrait>(
    conn: &C,
    slug: &str,
) -> Result<OpportunityDetail, AppError> {
    let o = by_slug(conn, slug).await?;
    if o.hidden {
        return Err(AppError::NotFound);
    }
    detail_of(conn, o).await
}

pub(crate) async fn detail_of<C: ConnectionTrait>(
    conn: &C,
    o: opportunity::Model,
) -> Result<OpportunityDetail, AppError> {
    let bars = funding::of_all(conn).await?;
    Ok(OpportunityDetail {
        id: o.id,
        version: o.version,
        summary: summary(&o, bars.get(&o.id).copied().unwrap_or_default())?,
        description: o.description.clone(),
        in_kind_note: o.in_kind_note.clone(),
        starts_on: o.starts_on,
        ends_on: o.ends_on,
        contact_name: o.contact_name.clone(),
        contact_email: o.contact_email.clone(),
        answers: funding::answers_of(conn, o.id).await?,
    })
}

/// The form's starting values for an edit.
pub fn input_of(o: &opportunity::Model) -> OpportunityInput {
    let words = |t: &str| t.split_whitespace().map(str::to_owned).collect();
    OpportunityInput {
        kind: o.kind.clone(),
        title: o.title.clone(),
        slug: o.slug.clone(),
        summary: o.summary.clone(),
        description: o.description.clone(),
        focus_areas: words(&o.focus_areas),
        regions: words(&o.regions),
        countries: words(&o.countries),
        groups: words(&o.country_groups),
        amount: needed_of(o).map(|m| m.amount_text()).unwrap_or_default(),
        currency: o.currency.clone().unwrap_or_default(),
        in_kind: words(&o.in_kind),
        in_kind_note: o.in_kind_note.clone(),
        starts_on: o.starts_on.map(|d| d.to_string()).unwrap_or_default(),
        ends_on: o.ends_on.map(|d| d.to_string()).unwrap_or_default(),
        contact_name: o.contact_name.clone(),
        contact_email: o.contact_email.clone(),
        status: o.status.clone(),
    }
}

/// Open opportunities a pledge may answer (slug, title), and those a revision already answers.
pub async fn choices<C: ConnectionTrait>(
    conn: &C,
    keep: &[String],
) -> Result<Vec<(String, String)>, AppError> {
    Ok(public_models(conn)
        .await?
        .into_iter()
        .filter(|o| o.status == OpportunityStatus::Open.code() || keep.contains(&o.slug))
        .map(|o| (o.slug, o.title))
        .collect())
}

/// Opportunity ids by slug, for the pledge form's answers.
pub async fn ids_by_slug<C: ConnectionTrait>(
    conn: &C,
) -> Result<HashMap<String, (i32, String)>, AppError> {
    Ok(opportunity::Entity::find()
        .all(conn)
        .await?
        .into_iter()
        .map(|o| (o.slug, (o.id, o.status)))
        .collect())
}

/// Creates an opportunity (`id` none) or edits one; returns its slug, chosen once and kept.
pub async fn save(
    ctx: &ServerContext,
    actor: &SessionUser,
    id: Option<i32>,
    seen_version: Option<i32>,
    input: &OpportunityInput,
) -> Result<String, AppError> {
    require_poster(&ctx.db, actor).await?;
    let fields = input.parse().map_err(AppError::Validation)?;
    let txn = write_txn(&ctx.db).await?;
    let now = Utc::now();
    let usd = usd_of(&txn, fields.needed.as_ref(), now.date_naive()).await?;
    let (saved, from) = match id {
        None => {
            if by_slug(&txn, &fields.slug).await.is_ok() {
                return Err(AppError::Validation(vec![FieldIssue::new(
                    "slug",
                    "opportunity_slug_taken",
                )]));
            }
            let mut row = opportunity::ActiveModel {
                slug: Set(fields.slug.clone()),
                created_by: Set(Some(actor.user_id)),
                created_at: Set(now),
                version: Set(0),
                hidden: Set(false),
                ..Default::default()
            };
            write_fields(&mut row, &fields, usd, now);
            (row.insert(&txn).await?, String::new())
        }
        Some(id) => {
            let o = opportunity::Entity::find_by_id(id)
                .one(&txn)
                .await?
                .ok_or(AppError::NotFound)?;
            if seen_version != Some(o.version) {
                return Err(AppError::Conflict);
            }
            let from = o.status.clone();
            let version = o.version;
            let mut row: opportunity::ActiveModel = o.into();
            write_fields(&mut row, &fields, usd, now);
            row.version = Set(version + 1);
            (row.update(&txn).await?, from)
        }
    };
    audit::record(
        &txn,
        Event {
            subject: SUBJECT,
            subject_id: saved.id,
            actor: Some(actor.user_id),
            action: if id.is_none() { "post" } else { "edit" },
            from: &from,
            to: &saved.status,
            reason: None,
        },
    )
    .await?;
    bump_version(&txn).await?;
    txn.commit().await?;
    Ok(saved.slug)
}

type Usd = Option<(i64, String, chrono::NaiveDate)>;

async fn usd_of<C: ConnectionTrait>(
    conn: &C,
    money: Option<&Money>,
    on: chrono::NaiveDate,
) -> Result<Usd, AppError> {
    let Some(m) = money else { return Ok(None) };
    Ok(match rate_on(conn, &m.currency, on).await? {
        Some(rate) => Some((usd_cents(m, &rate)?, rate.usd_per_unit, rate.on)),
        None => None,
    })
}

fn write_fields(
    row: &mut opportunity::ActiveModel,
    f: &OpportunityFields,
    usd: Usd,
    now: chrono::DateTime<Utc>,
) {
    row.kind = Set(f.kind.code().to_owned());
    row.title = Set(f.title.clone());
    row.summary = Set(f.summary.clone());
    row.description = Set(f.description.clone());
    row.focus_areas = Set(joined(&f.focus_areas, FocusArea::code));
    row.regions = Set(joined(&f.regions, ItuRegion::code));
    row.countries = Set(f.countries.join(" "));
    row.country_groups = Set(joined(&f.groups, CountryGroup::code));
    row.needed_minor = Set(f.needed.as_ref().map(|m| m.minor));
    row.currency = Set(f.needed.as_ref().map(|m| m.currency.clone()));
    row.exponent = Set(f.needed.as_ref().map(|m| i16::from(m.exponent)));
    row.needed_usd_cents = Set(usd.as_ref().map(|u| u.0));
    row.usd_rate = Set(usd.as_ref().map(|u| u.1.clone()));
    row.usd_rate_date = Set(usd.as_ref().map(|u| u.2));
    row.in_kind = Set(joined(&f.in_kind, InKind::code));
    row.in_kind_note = Set(f.in_kind_note.clone());
    row.starts_on = Set(f.starts_on);
    row.ends_on = Set(f.ends_on);
    row.contact_name = Set(f.contact_name.clone());
    row.contact_email = Set(f.contact_email.clone());
    row.status = Set(f.status.code().to_owned());
    row.updated_at = Set(now);
}
