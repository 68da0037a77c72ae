//! Keeps the compendium's read model (`compendium_entries` and its places and organisations) equal
//! to what the public may see. Called inside the transaction of every change that can alter it, so
//! the public pages, exports, API and totals change together with the state, or not at all.
use std::collections::BTreeSet;
use std::sync::atomic::{AtomicU64, Ordering};

use chrono::Datelike;
use sea_orm::{
    ActiveModelTrait, ColumnTrait, ConnectionTrait, EntityTrait, QueryFilter, QueryOrder, Set,
};

use crate::domain::{PublicPledge, public_ref};
use crate::error::AppError;
use crate::pledge_lifecycle::PledgeStatus;
use crate::reference::{CountryTable, FocusArea, StakeholderType};
use crate::ssr::entity::{
    compendium_answer as answer_row, compendium_entry as entry, compendium_event as event_row,
    compendium_organisation as org_row, compendium_place as place, organisation, pledge,
    pledge_revision as revision, revision_partner,
};
use crate::ssr::errors::internal;
use crate::ssr::pledges::records::{REGISTERED_KIND, code, revision_view};

/// Rewrites one pledge's public rows: gone unless it has a revision the public may see.
#[tracing::instrument(skip(conn))]
pub(crate) async fn refresh<C: ConnectionTrait>(conn: &C, pledge_id: i32) -> Result<(), AppError> {
    // Children first: SQLite enforces foreign keys only when asked to, PostgreSQL always.
    answer_row::Entity::delete_many()
        .filter(answer_row::Column::PledgeId.eq(pledge_id))
        .exec(conn)
        .await?;
    event_row::Entity::delete_many()
        .filter(event_row::Column::PledgeId.eq(pledge_id))
        .exec(conn)
        .await?;
    place::Entity::delete_many()
        .filter(place::Column::PledgeId.eq(pledge_id))
        .exec(conn)
        .await?;
    org_row::Entity::delete_many()
        .filter(org_row::Column::PledgeId.eq(pledge_id))
        .exec(conn)
        .await?;
    entry::Entity::delete_many()
        .filter(entry::Column::PledgeId.eq(pledge_id))
        .exec(conn)
        .await?;
    bump_version(conn).await?;

    let Some(p) = pledge::Entity::find_by_id(pledge_id).one(conn).await? else {
        return Ok(());
    };
    let status =
        PledgeStatus::parse(&p.status).ok_or_else(|| internal("pledge status", &p.status))?;
    let (Some(revision_id), Some(published_at)) = (p.published_revision_id, p.published_at) else {
        return Ok(());
    };
    if !status.keeps_public_revision() {
        return Ok(());
    }
    let r = revision::Entity::find_by_id(revision_id)
        .one(conn)
        .await?
        .ok_or_else(|| internal("published revision", revision_id))?;
    let market = crate::ssr::marketplace::public_parts::of(conn, &p, &r).await?;
    let view = revision_view(conn, r).await?;
    let lead = organisation::Entity::find_by_id(p.organisation_id)
        .one(conn)
        .await?
        .ok_or_else(|| internal("lead organisation", p.organisation_id))?;
    let stakeholder_type = code(StakeholderType::parse, &lead.stakeholder_type)?;
    let registered = registered_partners_of(conn, revision_id).await?;
    let c = view.content;
    let partner_profiles: Vec<Option<String>> = registered
        .iter()
        .map(|(_, _, profile)| profile.clone())
        .chain(c.named_partners.iter().map(|_| None))
        .collect();
    let partners: Vec<(String, Option<String>)> = registered
        .into_iter()
        .map(|(name, stakeholder, _)| (name, stakeholder))
        .chain(c.named_partners.iter().map(|n| (n.clone(), None)))
        .collect();

    let doc = PublicPledge {
        public_ref: public_ref(published_at.date_naive(), pledge_id),
        title: c.title,
        summary: c.summary,
        description: c.description,
        organisation_name: lead.name.clone(),
        stakeholder_type,
        partners: partners.iter().map(|(name, _)| name.clone()).collect(),
        named_partners: c.named_partners,
        pledge_type: c.pledge_type,
        focus_areas: c.focus_areas,
        scope_global: c.scope.global,
        regions: c.scope.regions,
        countries: c.scope.countries,
        amount: c.amount,
        usd_cents: view.usd_cents,
        ldc: c.ldc,
        lldc: c.lldc,
        sids: c.sids,
        targets: c.targets,
        start: c.start,
        end: c.end,
        sdgs: c.sdgs,
        kap: c.kap,
        published_on: published_at.date_naive(),
        progress: {
            use crate::ssr::progress::{cycles, timeline};
            let reports = timeline::reports_of(conn, pledge_id).await?;
            timeline::summary(&cycles::all(conn).await?, &p, &reports)
        },
        events: crate::ssr::events::announced::events_of(conn, pledge_id).await?,
        organisation_profile: crate::ssr::marketplace::public_parts::mention(&lead).profile,
        partner_profiles,
        answers: market.answers.iter().map(|(_, m)| m.clone()).collect(),
        cosigners: market.cosigners,
        cosigner_usd_cents: market.cosigner_usd_cents,
        open_sign_on: market.open_sign_on,
    };
    let search_text = [doc.title.as_str(), doc.summary.as_str(), lead.name.as_str()]
        .into_iter()
        .chain(doc.partners.iter().map(String::as_str))
        .collect::<Vec<_>>()
        .join("\n")
        .to_lowercase();
    let has = |area: FocusArea| doc.focus_areas.contains(&area);
    entry::ActiveModel {
        pledge_id: Set(pledge_id),
        public_ref: Set(doc.public_ref.clone()),
        revision_id: Set(revision_id),
        published_at: Set(published_at),
        published_year: Set(published_at.year()),
        pledge_type: Set(doc.pledge_type.code().to_owned()),
        fa_access: Set(has(FocusArea::Access)),
        fa_adoption: Set(has(FocusArea::Adoption)),
        fa_value_creation: Set(has(FocusArea::ValueCreation)),
        fa_accelerate: Set(has(FocusArea::Accelerate)),
        organisation_id: Set(lead.id),
        stakeholder_type: Set(stakeholder_type.code().to_owned()),
        ldc_level: Set(doc.ldc.level.code().to_owned()),
        lldc_level: Set(doc.lldc.level.code().to_owned()),
        sids_level: Set(doc.sids.level.code().to_owned()),
        scope_global: Set(doc.scope_global),
        usd_cents: Set(doc.usd_cents),
        usd_sort: Set(doc.usd_cents.unwrap_or(-1)),
        title: Set(doc.title.clone()),
        organisation_name: Set(lead.name.clone()),
        partners: Set(doc.partners.join("; ")),
        search_text: Set(search_text),
        doc: Set(serde_json::to_string(&doc).map_err(|e| internal("compendium doc", e))?),
        progress_status: Set(doc.progress.status.map(|s| s.code().to_owned())),
        progress_light: Set(doc.progress.light.map(|l| l.code().to_owned())),
        inactive_from: Set(doc.progress.inactive_from),
        delivered_usd_cents: Set(doc.progress.delivered_usd_cents),
        cosigner_usd_cents: Set(doc.cosigner_usd_cents),
    }
    .insert(conn)
    .await?;

    for (opportunity_id, _) in &market.answers {
        answer_row::ActiveModel {
            pledge_id: Set(pledge_id),
            opportunity_id: Set(*opportunity_id),
        }
        .insert(conn)
        .await?;
    }
    for e in &doc.events {
        event_row::ActiveModel {
            pledge_id: Set(pledge_id),
            event_slug: Set(e.slug.clone()),
        }
        .insert(conn)
        .await?;
    }
    for (code, named) in places_of(&doc) {
        place::ActiveModel {
            pledge_id: Set(pledge_id),
            code: Set(code),
            named: Set(named),
        }
        .insert(conn)
        .await?;
    }
    let mut seen = BTreeSet::new();
    let everyone = std::iter::once((lead.name, Some(stakeholder_type.code().to_owned())))
        .chain(partners)
        .filter(|(name, _)| seen.insert(name.to_lowercase()));
    for (name, stakeholder) in everyone {
        org_row::ActiveModel {
            pledge_id: Set(pledge_id),
            name_key: Set(name.to_lowercase()),
            name: Set(name),
            stakeholder_type: Set(stakeholder),
        }
        .insert(conn)
        .await?;
    }
    Ok(())
}

/// The registered partners recorded with the revision when it was approved, in the order they
/// joined, each with its stakeholder type and profile link.
async fn registered_partners_of<C: ConnectionTrait>(
    conn: &C,
    revision_id: i32,
) -> Result<Vec<(String, Option<String>, Option<String>)>, AppError> {
    let rows = revision_partner::Entity::find()
        .filter(revision_partner::Column::RevisionId.eq(revision_id))
        .filter(revision_partner::Column::Kind.eq(REGISTERED_KIND))
        .order_by_asc(revision_partner::Column::Position)
        .all(conn)
        .await?;
    let mut out = Vec::with_capacity(rows.len());
    for r in rows {
        let registered = match r.organisation_id {
            Some(id) => organisation::Entity::find_by_id(id).one(conn).await?,
            None => None,
        };
        out.push(match registered {
            Some(o) => {
                let profile = crate::ssr::marketplace::public_parts::mention(&o).profile;
                (o.name, Some(o.stakeholder_type), profile)
            }
            None => (r.name, None, None),
        });
    }
    Ok(out)
}

/// `r:` codes for the regions named or holding a named country, `c:` codes for named countries.
fn places_of(doc: &PublicPledge) -> Vec<(String, bool)> {
    let table = CountryTable::shared();
    let mut places: Vec<(String, bool)> = doc
        .regions
        .iter()
        .map(|r| (format!("r:{}", r.code()), true))
        .collect();
    for country in &doc.countries {
        places.push((format!("c:{country}"), true));
        if let Some(c) = table.and_then(|t| t.get(country)) {
            let code = format!("r:{}", c.itu_region.code());
            if !places.iter().any(|(p, _)| *p == code) {
                places.push((code, false));
            }
        }
    }
    places
}

/// Changes this process made to the read model: a page cache that sees it move reads the
/// database's version at once instead of waiting for its next look.
static LOCAL_CHANGES: AtomicU64 = AtomicU64::new(0);

pub fn local_changes() -> u64 {
    LOCAL_CHANGES.load(Ordering::Acquire)
}

/// Public pages are cached by this number: any change to the read model moves it.
pub(crate) async fn bump_version<C: ConnectionTrait>(conn: &C) -> Result<(), AppError> {
    conn.execute_unprepared("UPDATE compendium_version SET version = version + 1 WHERE id = 1")
        .await?;
    LOCAL_CHANGES.fetch_add(1, Ordering::AcqRel);
    Ok(())
}

/// The read model's version: public pages and their ETags are valid while it stands still.
pub async fn version<C: ConnectionTrait>(conn: &C) -> Result<i64, AppError> {
    use sea_orm::{FromQueryResult, Statement};
    #[derive(FromQueryResult)]
    struct Row {
        version: i64,
    }
    let row = Row::find_by_statement(Statement::from_string(
        conn.get_database_backend(),
        "SELECT version FROM compendium_version WHERE id = 1",
    ))
    .one(conn)
    .await?;
    Ok(row.map(|r| r.version).unwrap_or_default())
}

/// Fills the read model when it is empty but pledges were published (a database from before it
/// existed); one transaction per pledge. Returns how many pledges it wrote.
pub async fn fill_if_empty(db: &sea_orm::DatabaseConnection) -> Result<u64, AppError> {
    use sea_orm::PaginatorTrait;
    if entry::Entity::find().count(db).await? > 0 {
        return Ok(0);
    }
    let ids: Vec<i32> = pledge::Entity::find()
        .filter(pledge::Column::PublishedRevisionId.is_not_null())
        .all(db)
        .await?
        .into_iter()
        .map(|p| p.id)
        .collect();
    let mut n = 0;
    for id in ids {
        let txn = crate::ssr::write_txn(db).await?;
        refresh(&txn, id).await?;
        txn.commit().await?;
        n += 1;
    }
    Ok(n)
}
