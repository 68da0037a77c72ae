//! The compendium's totals and the splits of its charts, for the pledges a filter finds: one
//! aggregate query over the read model per split. A joint pledge counts once; in the splits by
//! focus area and region it counts once in each it names.
use chrono::Utc;
use sea_orm::sea_query::{Expr, ExprTrait, Query};
use sea_orm::{ColumnTrait, ConnectionTrait, FromQueryResult};

use crate::domain::{CompendiumFilter, CompendiumStats, Split};
use crate::error::AppError;
use crate::reference::{CountryGroup, FocusArea, ItuRegion, PledgeType, StakeholderType};
use crate::ssr::compendium::{condition, matching};
use crate::ssr::entity::{
    compendium_entry as entry, compendium_organisation as org_row, compendium_place as place,
};
use crate::ssr::errors::internal;

#[derive(FromQueryResult)]
struct Totals {
    pledges: i64,
    usd: Option<i64>,
    without_usd: Option<i64>,
    ldc: Option<i64>,
    lldc: Option<i64>,
    sids: Option<i64>,
    ldc_usd: Option<i64>,
    lldc_usd: Option<i64>,
    sids_usd: Option<i64>,
    access: Option<i64>,
    adoption: Option<i64>,
    value_creation: Option<i64>,
    accelerate: Option<i64>,
    access_usd: Option<i64>,
    adoption_usd: Option<i64>,
    value_creation_usd: Option<i64>,
    accelerate_usd: Option<i64>,
}

#[derive(FromQueryResult)]
struct Distinct {
    organisations: i64,
    governments: i64,
}

#[derive(FromQueryResult)]
struct Count {
    n: i64,
}

#[derive(FromQueryResult)]
struct Bar {
    key: String,
    pledges: i64,
    usd: Option<i64>,
}

/// `CAST(SUM(…) AS BIGINT)`: PostgreSQL sums BIGINT into NUMERIC, which does not read as i64.
fn sum(expr: &str, alias: &str) -> String {
    format!("CAST(SUM({expr}) AS BIGINT) AS {alias}")
}

/// Totals and the splits of the charts, for the pledges the filters find.
#[tracing::instrument(skip(conn))]
pub async fn stats<C: ConnectionTrait>(
    conn: &C,
    f: &CompendiumFilter,
) -> Result<CompendiumStats, AppError> {
    f.check_search()?;
    let backend = conn.get_database_backend();
    let mut columns = vec![
        "COUNT(*) AS pledges".to_owned(),
        sum("usd_cents", "usd"),
        sum(
            "CASE WHEN usd_cents IS NULL THEN 1 ELSE 0 END",
            "without_usd",
        ),
    ];
    for (group, column) in [
        ("ldc", "ldc_level"),
        ("lldc", "lldc_level"),
        ("sids", "sids_level"),
    ] {
        columns.push(sum(
            &format!("CASE WHEN {column} <> 'none' THEN 1 ELSE 0 END"),
            group,
        ));
        columns.push(sum(
            &format!("CASE WHEN {column} <> 'none' THEN usd_cents ELSE 0 END"),
            &format!("{group}_usd"),
        ));
    }
    for area in FocusArea::ALL {
        let column = format!("fa_{}", area.code());
        columns.push(sum(
            &format!("CASE WHEN {column} THEN 1 ELSE 0 END"),
            area.code(),
        ));
        columns.push(sum(
            &format!("CASE WHEN {column} THEN usd_cents ELSE 0 END"),
            &format!("{}_usd", area.code()),
        ));
    }
    let mut totals = Query::select();
    totals.from(entry::Entity).cond_where(condition(backend, f));
    for c in &columns {
        totals.expr(Expr::cust(c.clone()));
    }
    let t = Totals::find_by_statement(backend.build(&totals))
        .one(conn)
        .await?
        .ok_or_else(|| internal("compendium totals", "no row"))?;

    let distinct = Query::select()
        .expr(Expr::cust("COUNT(DISTINCT name_key) AS organisations"))
        .expr(Expr::cust(
            "COUNT(DISTINCT CASE WHEN stakeholder_type = 'government' THEN name_key END) AS governments",
        ))
        .from(org_row::Entity)
        .and_where(org_row::Column::PledgeId.in_subquery(matching(backend, f)))
        .to_owned();
    let d = Distinct::find_by_statement(backend.build(&distinct))
        .one(conn)
        .await?
        .ok_or_else(|| internal("compendium organisations", "no row"))?;

    let countries = Query::select()
        .expr(Expr::cust("COUNT(DISTINCT code) AS n"))
        .from(place::Entity)
        .and_where(place::Column::Named.eq(true))
        .and_where(Expr::col(place::Column::Code).like("c:%"))
        .and_where(place::Column::PledgeId.in_subquery(matching(backend, f)))
        .to_owned();
    let countries = Count::find_by_statement(backend.build(&countries))
        .one(conn)
        .await?
        .map_or(0, |c| c.n);

    let bars = |key: &'static str| {
        let mut q = Query::select();
        q.expr(Expr::cust(format!("{key} AS key")))
            .expr(Expr::cust("COUNT(*) AS pledges"))
            .expr(Expr::cust(sum("usd_cents", "usd")))
            .from(entry::Entity)
            .cond_where(condition(backend, f))
            .group_by_col(match key {
                "pledge_type" => entry::Column::PledgeType,
                _ => entry::Column::StakeholderType,
            });
        q
    };
    let by_type = Bar::find_by_statement(backend.build(&bars("pledge_type")))
        .all(conn)
        .await?;
    let by_stakeholder = Bar::find_by_statement(backend.build(&bars("stakeholder_type")))
        .all(conn)
        .await?;
    let regions = Query::select()
        .expr(Expr::cust("compendium_places.code AS key"))
        .expr(Expr::cust("COUNT(*) AS pledges"))
        .expr(Expr::cust(sum("compendium_entries.usd_cents", "usd")))
        .from(place::Entity)
        .inner_join(
            entry::Entity,
            Expr::col((entry::Entity, entry::Column::PledgeId))
                .equals((place::Entity, place::Column::PledgeId)),
        )
        .and_where(Expr::col((place::Entity, place::Column::Code)).like("r:%"))
        .cond_where(condition(backend, f))
        .group_by_col((place::Entity, place::Column::Code))
        .to_owned();
    let by_region = Bar::find_by_statement(backend.build(&regions))
        .all(conn)
        .await?;

    let n = |v: Option<i64>| u64::try_from(v.unwrap_or_default()).unwrap_or_default();
    let split = |pledges: Option<i64>, usd: Option<i64>| Split {
        pledges: n(pledges),
        usd_cents: usd.unwrap_or_default(),
    };
    fn spread<T: Copy>(
        all: &[T],
        code: fn(T) -> &'static str,
        bars: &[Bar],
        prefix: &str,
    ) -> Vec<(T, Split)> {
        all.iter()
            .map(|v| {
                let bar = bars
                    .iter()
                    .find(|b| b.key == format!("{prefix}{}", code(*v)));
                let s = bar.map_or_else(Split::default, |b| Split {
                    pledges: u64::try_from(b.pledges).unwrap_or_default(),
                    usd_cents: b.usd.unwrap_or_default(),
                });
                (*v, s)
            })
            .collect()
    }
    Ok(CompendiumStats {
        pledges: n(Some(t.pledges)),
        usd_cents: t.usd.unwrap_or_default(),
        without_usd: n(t.without_usd),
        organisations: n(Some(d.organisations)),
        governments: n(Some(d.governments)),
        countries: n(Some(countries)),
        benefiting_ldc: n(t.ldc),
        by_focus_area: vec![
            (FocusArea::Access, split(t.access, t.access_usd)),
            (FocusArea::Adoption, split(t.adoption, t.adoption_usd)),
            (
                FocusArea::ValueCreation,
                split(t.value_creation, t.value_creation_usd),
            ),
            (FocusArea::Accelerate, split(t.accelerate, t.accelerate_usd)),
        ],
        by_type: spread(PledgeType::ALL, PledgeType::code, &by_type, ""),
        by_stakeholder: spread(
            StakeholderType::ALL,
            StakeholderType::code,
            &by_stakeholder,
            "",
        ),
        by_region: spread(ItuRegion::ALL, ItuRegion::code, &by_region, "r:"),
        by_group: vec![
            (CountryGroup::Ldc, split(t.ldc, t.ldc_usd)),
            (CountryGroup::Lldc, split(t.lldc, t.lldc_usd)),
            (CountryGroup::Sids, split(t.sids, t.sids_usd)),
        ],
        as_at: Some(Utc::now()),
    })
}
