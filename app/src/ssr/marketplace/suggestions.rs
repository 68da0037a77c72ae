//! "Opportunities for you": open opportunities ranked by `domain::marketplace::matching` against
//! what the platform knows of an organisation (its seat and its public pledges, as lead or
//! partner), or against one pledge under review.
use sea_orm::sea_query::Query;
use sea_orm::{ColumnTrait, ConnectionTrait, EntityTrait, QueryFilter};

use crate::domain::marketplace::matching::{self, OpportunityNeeds, PastPledge};
use crate::domain::marketplace::{OpportunitySummary, Suggestion};
use crate::domain::{PledgeContent, PublicPledge};
use crate::error::AppError;
use crate::marketplace_lifecycle::OpportunityStatus;
use crate::reference::{BenefitLevel, CountryGroup, CountryTable, ItuRegion};
use crate::ssr::entity::{
    compendium_entry as entry, compendium_organisation as org_row, organisation,
};
use crate::ssr::errors::internal;

/// Suggestions shown at most.
const SHOWN: usize = 5;

fn region_of(country: &str) -> Option<ItuRegion> {
    CountryTable::shared()
        .and_then(|t| t.get(country))
        .map(|c| c.itu_region)
}

fn past(
    pledge_type: crate::reference::PledgeType,
    focus_areas: &[crate::reference::FocusArea],
    regions: &[ItuRegion],
    countries: &[String],
    benefit: impl Fn(CountryGroup) -> BenefitLevel,
    usd_cents: Option<i64>,
) -> PastPledge {
    let mut all_regions: Vec<ItuRegion> = regions.to_vec();
    all_regions.extend(countries.iter().filter_map(|c| region_of(c)));
    all_regions.sort();
    all_regions.dedup();
    PastPledge {
        pledge_type,
        focus_areas: focus_areas.to_vec(),
        regions: all_regions,
        countries: countries.to_vec(),
        groups: CountryGroup::ALL
            .iter()
            .copied()
            .filter(|g| benefit(*g) != BenefitLevel::None)
            .collect(),
        usd_cents,
    }
}

fn needs(o: &OpportunitySummary) -> OpportunityNeeds {
    OpportunityNeeds {
        focus_areas: o.focus_areas.clone(),
        regions: o.regions.clone(),
        countries: o.countries.clone(),
        groups: o.groups.clone(),
        needed_usd_cents: o.funding.needed_usd_cents,
        wants_money: o.needed.is_some(),
    }
}

fn ranked(
    profile: &matching::OrganisationProfile,
    open: Vec<OpportunitySummary>,
) -> Vec<Suggestion> {
    let candidates: Vec<(usize, OpportunityNeeds)> = open
        .iter()
        .enumerate()
        .map(|(i, o)| (i, needs(o)))
        .collect();
    matching::rank(profile, &candidates)
        .into_iter()
        .take(SHOWN)
        .filter_map(|(i, m)| {
            open.get(i).map(|o| Suggestion {
                opportunity: o.clone(),
                score: m.score,
                reasons: m.reasons,
            })
        })
        .collect()
}

async fn open_opportunities<C: ConnectionTrait>(
    conn: &C,
) -> Result<Vec<OpportunitySummary>, AppError> {
    Ok(super::opportunities::list(conn, &Default::default())
        .await?
        .into_iter()
        .filter(|o| o.status == OpportunityStatus::Open)
        .collect())
}

/// For an organisation: its public pledges (as lead or partner) and its seat.
pub async fn for_organisation<C: ConnectionTrait>(
    conn: &C,
    organisation_id: i32,
) -> Result<Vec<Suggestion>, AppError> {
    let Some(o) = organisation::Entity::find_by_id(organisation_id)
        .one(conn)
        .await?
    else {
        return Ok(Vec::new());
    };
    let rows = entry::Entity::find()
        .filter(
            sea_orm::Condition::any()
                .add(entry::Column::OrganisationId.eq(o.id))
                .add(
                    entry::Column::PledgeId.in_subquery(
                        Query::select()
                            .column(org_row::Column::PledgeId)
                            .from(org_row::Entity)
                            .and_where(org_row::Column::NameKey.eq(o.name.to_lowercase()))
                            .to_owned(),
                    ),
                ),
        )
        .all(conn)
        .await?;
    let mut pledges = Vec::with_capacity(rows.len());
    for e in rows {
        let d: PublicPledge =
            serde_json::from_str(&e.doc).map_err(|err| internal("compendium doc", err))?;
        pledges.push(past(
            d.pledge_type,
            &d.focus_areas,
            &d.regions,
            &d.countries,
            |g| d.benefit(g).level,
            d.usd_cents,
        ));
    }
    let profile = matching::OrganisationProfile {
        region: region_of(&o.country_code),
        country: Some(o.country_code),
        pledges,
    };
    Ok(ranked(&profile, open_opportunities(conn).await?))
}

/// For a reviewer: the opportunities a pledge under review could answer.
pub async fn for_pledge<C: ConnectionTrait>(
    conn: &C,
    lead_country: &str,
    content: &PledgeContent,
    usd_cents: Option<i64>,
) -> Result<Vec<Suggestion>, AppError> {
    let profile = matching::OrganisationProfile {
        country: Some(lead_country.to_owned()),
        region: region_of(lead_country),
        pledges: vec![past(
            content.pledge_type,
            &content.focus_areas,
            &content.scope.regions,
            &content.scope.countries,
            |g| content.benefit(g).level,
            usd_cents,
        )],
    };
    Ok(ranked(&profile, open_opportunities(conn).await?))
}

/// For a reviewer: the opportunities the newest submitted revision of a pledge could answer.
pub async fn for_pledge_id<C: ConnectionTrait>(
    conn: &C,
    pledge_id: i32,
) -> Result<Vec<Suggestion>, AppError> {
    use crate::ssr::entity::{pledge, pledge_revision};
    let p = pledge::Entity::find_by_id(pledge_id)
        .one(conn)
        .await?
        .ok_or(AppError::NotFound)?;
    let Some(revision_id) = p.current_revision_id else {
        return Ok(Vec::new());
    };
    let r = pledge_revision::Entity::find_by_id(revision_id)
        .one(conn)
        .await?
        .ok_or_else(|| internal("current revision", revision_id))?;
    let view = crate::ssr::pledges::records::revision_view(conn, r).await?;
    let lead = organisation::Entity::find_by_id(p.organisation_id)
        .one(conn)
        .await?
        .ok_or_else(|| internal("lead organisation", p.organisation_id))?;
    for_pledge(conn, &lead.country_code, &view.content, view.usd_cents).await
}
