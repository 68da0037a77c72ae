//! Reading the public compendium: filtered, searched and keyset-paged lists, one pledge by its
//! public reference, and the totals. Everything reads the read model that
//! `projection` keeps, so nothing here can show a pledge the public may not see.
pub mod index;
pub mod projection;
pub mod stats;
use chrono::{DateTime, Utc};
use sea_orm::sea_query::{Expr, ExprTrait, LikeExpr, Query, SelectStatement};
use sea_orm::{
    ColumnTrait, Condition, ConnectionTrait, DbBackend, EntityTrait, FromQueryResult,
    PaginatorTrait, QueryFilter, QueryOrder, QuerySelect,
};

use crate::domain::{
    COMPENDIUM_PAGE_SIZE, CompendiumFilter, CompendiumPage, PublicPledge, pledge_id_of_ref,
};
use crate::error::AppError;
use crate::reference::{CountryGroup, FocusArea};
use crate::ssr::entity::{
    compendium_entry as entry, compendium_event as event_row, compendium_organisation as org_row,
    compendium_place as place,
};
use crate::ssr::errors::internal;

fn area_column(area: FocusArea) -> entry::Column {
    match area {
        FocusArea::Access => entry::Column::FaAccess,
        FocusArea::Adoption => entry::Column::FaAdoption,
        FocusArea::ValueCreation => entry::Column::FaValueCreation,
        FocusArea::Accelerate => entry::Column::FaAccelerate,
    }
}

fn group_column(group: CountryGroup) -> entry::Column {
    match group {
        CountryGroup::Ldc => entry::Column::LdcLevel,
        CountryGroup::Lldc => entry::Column::LldcLevel,
        CountryGroup::Sids => entry::Column::SidsLevel,
    }
}

/// `%text%` for LIKE, with LIKE's own wildcards in the text taken literally.
fn contains(text: &str) -> LikeExpr {
    let escaped = text
        .replace('\\', "\\\\")
        .replace('%', "\\%")
        .replace('_', "\\_");
    LikeExpr::new(format!("%{escaped}%")).escape('\\')
}

/// One search term. SQLite's trigram index answers terms of three characters or more; shorter
/// ones (two Chinese characters are a word) are matched by LIKE, which gives the same answer.
/// PostgreSQL's LIKE uses the pg_trgm index. Both match the lower-cased text as a substring.
fn term_condition(backend: DbBackend, term: &str) -> Condition {
    if backend == DbBackend::Sqlite && term.chars().count() >= 3 {
        let phrase = format!("\"{}\"", term.replace('"', "\"\""));
        Condition::all().add(Expr::cust_with_values(
            "compendium_entries.pledge_id IN \
             (SELECT rowid FROM compendium_fts WHERE compendium_fts MATCH ?)",
            [phrase],
        ))
    } else {
        Condition::all()
            .add(Expr::col((entry::Entity, entry::Column::SearchText)).like(contains(term)))
    }
}

fn places_with(code: String) -> SelectStatement {
    Query::select()
        .column(place::Column::PledgeId)
        .from(place::Entity)
        .and_where(place::Column::Code.eq(code))
        .to_owned()
}

/// The filters as a condition on `compendium_entries` (the cursor aside).
pub(crate) fn condition(backend: DbBackend, f: &CompendiumFilter) -> Condition {
    let mut c = Condition::all();
    if let Some(a) = f.focus_area() {
        c = c.add(area_column(a).eq(true));
    }
    if let Some(t) = f.pledge_type() {
        c = c.add(entry::Column::PledgeType.eq(t.code()));
    }
    if let Some(s) = f.stakeholder_type() {
        c = c.add(entry::Column::StakeholderType.eq(s.code()));
    }
    if let Some(r) = f.region() {
        c = c.add(entry::Column::PledgeId.in_subquery(places_with(format!("r:{}", r.code()))));
    }
    if let Some(country) = f.country() {
        c = c.add(entry::Column::PledgeId.in_subquery(places_with(format!("c:{country}"))));
    }
    if let Some(g) = f.group() {
        c = c.add(group_column(g).ne("none"));
    }
    let (min, max) = f.usd_cents_range();
    if let Some(min) = min {
        c = c.add(entry::Column::UsdCents.gte(min));
    }
    if let Some(max) = max {
        c = c.add(entry::Column::UsdCents.lte(max));
    }
    if let Some(y) = f.year() {
        c = c.add(entry::Column::PublishedYear.eq(y));
    }
    if let Some(o) = f.organisation() {
        c = c.add(
            entry::Column::PledgeId.in_subquery(
                Query::select()
                    .column(org_row::Column::PledgeId)
                    .from(org_row::Entity)
                    .and_where(Expr::col(org_row::Column::NameKey).like(contains(&o)))
                    .to_owned(),
            ),
        );
    }
    if let Some(p) = f.progress() {
        c = c.add(match p {
            crate::domain::ProgressWanted::Status(s) => {
                Condition::all().add(entry::Column::ProgressStatus.eq(s.code()))
            }
            crate::domain::ProgressWanted::NoReport => {
                Condition::all().add(entry::Column::ProgressStatus.is_null())
            }
        });
    }
    if let Some(l) = f.light() {
        let today = chrono::Utc::now().date_naive();
        let active = Condition::any()
            .add(entry::Column::InactiveFrom.is_null())
            .add(entry::Column::InactiveFrom.gt(today));
        c = c.add(match l {
            crate::domain::LightWanted::NoReport => {
                Condition::all().add(entry::Column::ProgressLight.is_null())
            }
            crate::domain::LightWanted::Inactive => {
                Condition::all().add(entry::Column::InactiveFrom.lte(today))
            }
            crate::domain::LightWanted::Light(light) => Condition::all()
                .add(entry::Column::ProgressLight.eq(light.code()))
                .add(active),
        });
    }
    if let Some(slug) = f.event() {
        c = c.add(
            entry::Column::PledgeId.in_subquery(
                Query::select()
                    .column(event_row::Column::PledgeId)
                    .from(event_row::Entity)
                    .and_where(event_row::Column::EventSlug.eq(slug))
                    .to_owned(),
            ),
        );
    }
    for term in f.terms() {
        c = c.add(term_condition(backend, &term));
    }
    c
}

/// Where a page starts: after the last row of the previous one, in the list's order.
#[derive(Clone, Copy, Debug, PartialEq, Eq)]
enum Cursor {
    Newest { micros: i64, id: i32 },
    Value { usd: i64, id: i32 },
}

impl Cursor {
    fn of(row: &Listed, by_value: bool) -> Cursor {
        if by_value {
            Cursor::Value {
                usd: row.usd_sort,
                id: row.pledge_id,
            }
        } else {
            Cursor::Newest {
                micros: row.published_at.timestamp_micros(),
                id: row.pledge_id,
            }
        }
    }

    fn text(self) -> String {
        match self {
            Cursor::Newest { micros, id } => format!("n{micros}.{id}"),
            Cursor::Value { usd, id } => format!("v{usd}.{id}"),
        }
    }

    /// A cursor of the list's order, or none (a stale or forged one starts at the top).
    fn parse(text: &str, by_value: bool) -> Option<Cursor> {
        let (kind, rest) = text.split_at_checked(1)?;
        let (key, id) = rest.split_once('.')?;
        let id = id.parse().ok()?;
        match (kind, by_value) {
            ("n", false) => Some(Cursor::Newest {
                micros: key.parse().ok()?,
                id,
            }),
            ("v", true) => Some(Cursor::Value {
                usd: key.parse().ok()?,
                id,
            }),
            _ => None,
        }
    }

    fn condition(self) -> Option<Condition> {
        Some(match self {
            Cursor::Newest { micros, id } => {
                let at: DateTime<Utc> = DateTime::from_timestamp_micros(micros)?;
                Condition::any().add(entry::Column::PublishedAt.lt(at)).add(
                    Condition::all()
                        .add(entry::Column::PublishedAt.eq(at))
                        .add(entry::Column::PledgeId.lt(id)),
                )
            }
            Cursor::Value { usd, id } => Condition::any().add(entry::Column::UsdSort.lt(usd)).add(
                Condition::all()
                    .add(entry::Column::UsdSort.eq(usd))
                    .add(entry::Column::PledgeId.lt(id)),
            ),
        })
    }
}

/// The rows of one page (or export batch) in the list's order, after `after`.
pub(crate) async fn rows<C: ConnectionTrait>(
    conn: &C,
    f: &CompendiumFilter,
    after: Option<&str>,
    limit: u64,
) -> Result<Vec<Listed>, AppError> {
    let by_value = f.by_value();
    let mut q = entry::Entity::find().filter(condition(conn.get_database_backend(), f));
    if let Some(c) = after
        .and_then(|a| Cursor::parse(a, by_value))
        .and_then(Cursor::condition)
    {
        q = q.filter(c);
    }
    q = if by_value {
        q.order_by_desc(entry::Column::UsdSort)
    } else {
        q.order_by_desc(entry::Column::PublishedAt)
    };
    Ok(q.order_by_desc(entry::Column::PledgeId)
        .select_only()
        .columns([
            entry::Column::PledgeId,
            entry::Column::RevisionId,
            entry::Column::PublishedAt,
            entry::Column::UsdSort,
            entry::Column::Doc,
        ])
        .limit(limit)
        .into_model::<Listed>()
        .all(conn)
        .await?)
}

/// A listed pledge: its public document and the keys of the list's order. The filter columns and
/// the search text stay in the database (an export of everything would otherwise read and copy
/// each of them 100,000 times).
#[derive(Clone, Debug, FromQueryResult)]
pub struct Listed {
    pub pledge_id: i32,
    pub revision_id: i32,
    pub published_at: DateTime<Utc>,
    pub usd_sort: i64,
    pub doc: String,
}

/// The cursor after `row`, for the next batch.
pub(crate) fn cursor_after(row: &Listed, f: &CompendiumFilter) -> String {
    Cursor::of(row, f.by_value()).text()
}

/// The filtered rows in the list's order, a batch at a time: exports stream through this, so no
/// export holds more than one batch of rows (and the database no long-running read).
pub struct Batches {
    filter: CompendiumFilter,
    after: Option<String>,
    done: bool,
}

/// Rows per export batch: a few megabytes of documents, and 50 queries for 100,000 pledges.
const BATCH: u64 = 2000;

impl Batches {
    pub fn new(filter: &CompendiumFilter) -> Batches {
        Batches {
            filter: CompendiumFilter {
                after: None,
                ..filter.clone()
            },
            after: None,
            done: false,
        }
    }

    /// The next batch of public documents with their rows, or `None` at the end.
    pub async fn next<C: ConnectionTrait>(
        &mut self,
        conn: &C,
    ) -> Result<Option<Vec<(Listed, PublicPledge)>>, AppError> {
        if self.done {
            return Ok(None);
        }
        let found = rows(conn, &self.filter, self.after.as_deref(), BATCH).await?;
        self.done = (found.len() as u64) < BATCH;
        self.after = found.last().map(|r| cursor_after(r, &self.filter));
        if found.is_empty() {
            return Ok(None);
        }
        found
            .into_iter()
            .map(|r| doc_of(&r).map(|d| (r, d)))
            .collect::<Result<Vec<_>, _>>()
            .map(Some)
    }
}

/// How many pledges the filters find, counted by the database (as the exports read them).
pub async fn count<C: ConnectionTrait>(conn: &C, f: &CompendiumFilter) -> Result<u64, AppError> {
    Ok(entry::Entity::find()
        .filter(condition(conn.get_database_backend(), f))
        .count(conn)
        .await?)
}

pub(crate) fn doc_of(row: &Listed) -> Result<PublicPledge, AppError> {
    serde_json::from_str(&row.doc).map_err(|e| internal("compendium doc", e))
}

/// One page of the public list.
pub async fn page<C: ConnectionTrait>(
    conn: &C,
    f: &CompendiumFilter,
) -> Result<CompendiumPage, AppError> {
    page_of(conn, f, COMPENDIUM_PAGE_SIZE).await
}

/// One page of `size` pledges (the open API lets its callers choose, up to a limit). The index
/// finds them and counts them all; only their documents are read from the database.
#[tracing::instrument(skip(conn))]
pub async fn page_of<C: ConnectionTrait>(
    conn: &C,
    f: &CompendiumFilter,
    size: u64,
) -> Result<CompendiumPage, AppError> {
    f.check_search()?;
    let found = index::current(conn)
        .await?
        .page(f, usize::try_from(size).unwrap_or(usize::MAX));
    let mut docs: std::collections::HashMap<i32, String> = entry::Entity::find()
        .filter(entry::Column::PledgeId.is_in(found.pledge_ids.iter().copied()))
        .select_only()
        .columns([entry::Column::PledgeId, entry::Column::Doc])
        .into_tuple::<(i32, String)>()
        .all(conn)
        .await?
        .into_iter()
        .collect();
    let pledges = found
        .pledge_ids
        .iter()
        // A pledge withdrawn since the index was read is left out rather than failing the page.
        .filter_map(|id| docs.remove(id))
        .map(|doc| serde_json::from_str(&doc).map_err(|e| internal("compendium doc", e)))
        .collect::<Result<_, _>>()?;
    Ok(CompendiumPage {
        pledges,
        total: found.total,
        next: found.next,
        later_page: f.after.is_some(),
        as_at: Utc::now(),
    })
}

/// A published pledge by its public reference; `NotFound` for anything else.
pub async fn by_ref<C: ConnectionTrait>(
    conn: &C,
    reference: &str,
) -> Result<PublicPledge, AppError> {
    let id = pledge_id_of_ref(reference).ok_or(AppError::NotFound)?;
    let row = entry::Entity::find_by_id(id)
        .one(conn)
        .await?
        .filter(|r| r.public_ref == reference.trim())
        .ok_or(AppError::NotFound)?;
    serde_json::from_str(&row.doc).map_err(|e| internal("compendium doc", e))
}

#[cfg(test)]
mod tests {
    use super::*;

    fn matching(backend: DbBackend, f: &CompendiumFilter) -> SelectStatement {
        Query::select()
            .column(entry::Column::PledgeId)
            .from(entry::Entity)
            .cond_where(condition(backend, f))
            .to_owned()
    }

    #[test]
    fn search_terms_are_bound_values_on_both_databases() {
        let f = CompendiumFilter {
            q: Some("村村通 \"; DROP TABLE x; 宽".into()),
            ..Default::default()
        };
        for backend in [DbBackend::Sqlite, DbBackend::Postgres] {
            let statement = backend.build(&matching(backend, &f));
            // Six words, six bound values; none of the text is in the SQL itself.
            assert!(
                !statement.sql.to_lowercase().contains("drop"),
                "{}",
                statement.sql
            );
            assert!(!statement.sql.contains('村'), "{}", statement.sql);
            let values = statement.values.map(|v| v.0.len()).unwrap_or_default();
            assert_eq!(values, 6, "{}", statement.sql);
        }
    }

    #[test]
    fn cursors_round_trip_only_in_their_own_order() {
        let n = Cursor::Newest {
            micros: 1_764_547_200_000_123,
            id: 42,
        };
        assert_eq!(Cursor::parse(&n.text(), false), Some(n));
        assert_eq!(Cursor::parse(&n.text(), true), None);
        let v = Cursor::Value { usd: -1, id: 7 };
        assert_eq!(Cursor::parse(&v.text(), true), Some(v));
        for bad in ["", "n", "n1", "x1.2", "n1.x", "v.1", "nabc.1"] {
            assert_eq!(Cursor::parse(bad, false), None, "{bad}");
        }
    }
}
