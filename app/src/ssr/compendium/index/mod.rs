//! The compendium in memory, for lists and totals. Every filter, search and total of the public
//! list, the dashboard and the open API is one pass over compact rows (a few hundred bytes per
//! pledge, about 30 MB at 100,000 pledges, in a few large arrays) instead of several aggregate queries; only the public
//! documents of the page shown are read from the database, by key.
//!
//! The index is made from the read model and stamped with its version; a request that finds the
//! version moved makes it again, once, while the others wait for it. It is never newer or older
//! than what the same request would have read from the database, so a page cached under a
//! version holds that version's figures.
use std::collections::HashMap;
use std::sync::{Arc, RwLock};

use chrono::{DateTime, Datelike, Utc};
use sea_orm::{ConnectionTrait, EntityTrait, FromQueryResult, QuerySelect};

mod filter;

use self::filter::{Bits, Filter, Tally};
use super::Cursor;
use crate::domain::{CompendiumFilter, CompendiumStats, Split};
use crate::error::AppError;
use crate::progress_lifecycle::{ProgressStatus, TrafficLight};
use crate::reference::{CountryGroup, FocusArea, ItuRegion, PledgeType, StakeholderType};
use crate::ssr::entity::{
    compendium_entry as entry, compendium_organisation as org_row, compendium_place as place,
};

/// A code outside its vocabulary (never written; kept out of every filter and split).
const UNKNOWN: u8 = u8::MAX;

struct Row {
    pledge_id: i32,
    published_micros: i64,
    year: i32,
    usd_cents: Option<i64>,
    usd_sort: i64,
    pledge_type: u8,
    stakeholder: u8,
    /// A bit per `FocusArea::ALL`, `CountryGroup::ALL` (benefits at all) and `ItuRegion::ALL`.
    areas: u8,
    groups: u8,
    regions: u8,
    /// The newest report's status and light (positions in their vocabularies), `UNKNOWN` before
    /// the first report; the day (days from CE) from which the pledge is inactive, or `i32::MAX`.
    progress: u8,
    light: u8,
    inactive_from: i32,
    delivered_cents: Option<i64>,
    /// Approved co-signers' money: its own line in the totals, never in `usd_cents`.
    cosigner_cents: Option<i64>,
    /// Ranges in the index's shared arrays: one allocation each for 100,000 pledges, not four
    /// small ones per pledge.
    text: (u32, u32),
    places: (u32, u32),
    organisations: (u32, u32),
}

pub struct Index {
    version: i64,
    /// Newest first: published time, then pledge id, both descending (the list's default order).
    rows: Vec<Row>,
    /// Positions in `rows` by USD value, then pledge id, both descending.
    by_value: Vec<u32>,
    /// Every pledge's search text (title, summary, organisations; lower-cased), end to end.
    texts: String,
    /// Country numbers of every pledge's places; the top bit marks a country its scope names.
    places: Vec<u16>,
    /// (organisation name key, listed as a government) for the lead and each partner.
    organisations: Vec<(u32, bool)>,
    countries: HashMap<String, u16>,
    /// Lower-cased organisation names, by their number in `organisations`.
    organisation_keys: Vec<Box<str>>,
    /// The pledges announced at each event (few, next to the whole compendium), by its slug.
    events: HashMap<String, std::collections::HashSet<i32>>,
}

const NAMED: u16 = 1 << 15;

/// Pledges read from the database at a time while the index is made: the rows in flight stay a
/// few megabytes, whatever the size of the compendium.
const LOAD_BATCH: u64 = 5000;

fn range(from: usize, to: usize) -> (u32, u32) {
    (
        u32::try_from(from).unwrap_or(u32::MAX),
        u32::try_from(to).unwrap_or(u32::MAX),
    )
}

fn slice<T>(all: &[T], (from, to): (u32, u32)) -> &[T] {
    all.get(from as usize..to as usize).unwrap_or_default()
}

/// One page: the pledges to show, how many the filters find, and where the next page starts.
pub struct Found {
    pub pledge_ids: Vec<i32>,
    pub total: u64,
    pub next: Option<String>,
}

static CURRENT: RwLock<Option<Arc<Index>>> = RwLock::new(None);
static MAKING: tokio::sync::Mutex<()> = tokio::sync::Mutex::const_new(());

/// The index of the read model as it stands now.
pub async fn current<C: ConnectionTrait>(conn: &C) -> Result<Arc<Index>, AppError> {
    let version = super::projection::version(conn).await?;
    let fresh = || {
        CURRENT
            .read()
            .ok()
            .and_then(|c| c.clone())
            .filter(|i| i.version == version)
    };
    if let Some(index) = fresh() {
        return Ok(index);
    }
    let _making = MAKING.lock().await;
    if let Some(index) = fresh() {
        return Ok(index);
    }
    // Read after the version: the rows are at least as new as the stamp (a change in between
    // only moves the version again, and the next request makes the index anew).
    let index = Arc::new(Index::load(conn, version).await?);
    let replaced = CURRENT
        .write()
        .ok()
        .and_then(|mut current| current.replace(index.clone()));
    drop(replaced);
    return_freed_memory();
    Ok(index)
}

/// Gives the allocator's free pages back to the system once a new index is made: the batches it
/// was read from were freed on whichever worker threads ran them, and glibc keeps such memory in
/// per-thread arenas (measured at 100,000 pledges: about 60 MB of 110 MB resident, never reused).
fn return_freed_memory() {
    #[cfg(all(target_os = "linux", target_env = "gnu"))]
    // SAFETY: `malloc_trim` only returns free pages of glibc's own arenas to the system; it
    // touches no memory the program holds.
    unsafe {
        libc::malloc_trim(0);
    }
}

#[derive(FromQueryResult)]
struct EntryRow {
    pledge_id: i32,
    published_at: DateTime<Utc>,
    published_year: i32,
    pledge_type: String,
    fa_access: bool,
    fa_adoption: bool,
    fa_value_creation: bool,
    fa_accelerate: bool,
    stakeholder_type: String,
    ldc_level: String,
    lldc_level: String,
    sids_level: String,
    usd_cents: Option<i64>,
    usd_sort: i64,
    search_text: String,
    progress_status: Option<String>,
    progress_light: Option<String>,
    inactive_from: Option<chrono::NaiveDate>,
    delivered_usd_cents: Option<i64>,
    cosigner_usd_cents: Option<i64>,
}

fn position<T: Copy>(all: &[T], code: fn(T) -> &'static str, value: &str) -> u8 {
    all.iter()
        .position(|v| code(*v) == value)
        .and_then(|p| u8::try_from(p).ok())
        .unwrap_or(UNKNOWN)
}

fn bit(position: u8) -> u8 {
    1u8.checked_shl(u32::from(position)).unwrap_or(0)
}

impl Index {
    async fn load<C: ConnectionTrait>(conn: &C, version: i64) -> Result<Index, AppError> {
        use entry::Column as E;
        use sea_orm::{ColumnTrait, QueryFilter, QueryOrder};
        let mut index = Index {
            version,
            rows: Vec::new(),
            by_value: Vec::new(),
            texts: String::new(),
            places: Vec::new(),
            organisations: Vec::new(),
            countries: HashMap::new(),
            organisation_keys: Vec::new(),
            events: HashMap::new(),
        };
        let mut keys: HashMap<String, u32> = HashMap::new();
        let mut after = i32::MIN;
        loop {
            let batch = entry::Entity::find()
                .filter(E::PledgeId.gt(after))
                .order_by_asc(E::PledgeId)
                .limit(LOAD_BATCH)
                .select_only()
                .columns([
                    E::PledgeId,
                    E::PublishedAt,
                    E::PublishedYear,
                    E::PledgeType,
                    E::FaAccess,
                    E::FaAdoption,
                    E::FaValueCreation,
                    E::FaAccelerate,
                    E::StakeholderType,
                    E::LdcLevel,
                    E::LldcLevel,
                    E::SidsLevel,
                    E::UsdCents,
                    E::UsdSort,
                    E::SearchText,
                    E::ProgressStatus,
                    E::ProgressLight,
                    E::InactiveFrom,
                    E::DeliveredUsdCents,
                    E::CosignerUsdCents,
                ])
                .into_model::<EntryRow>()
                .all(conn)
                .await?;
            let (Some(first), Some(last)) = (batch.first(), batch.last()) else {
                break;
            };
            let span = (first.pledge_id, last.pledge_id);
            after = last.pledge_id;
            let full = batch.len() as u64 == LOAD_BATCH;
            let mut regions: HashMap<i32, u8> = HashMap::new();
            let mut places: HashMap<i32, Vec<u16>> = HashMap::new();
            for (pledge_id, code, named) in place::Entity::find()
                .filter(place::Column::PledgeId.between(span.0, span.1))
                .select_only()
                .columns([
                    place::Column::PledgeId,
                    place::Column::Code,
                    place::Column::Named,
                ])
                .into_tuple::<(i32, String, bool)>()
                .all(conn)
                .await?
            {
                if let Some(region) = code.strip_prefix("r:") {
                    *regions.entry(pledge_id).or_default() |=
                        bit(position(ItuRegion::ALL, ItuRegion::code, region));
                } else {
                    let next = u16::try_from(index.countries.len()).unwrap_or(NAMED - 1);
                    let country = *index.countries.entry(code).or_insert(next);
                    let named = if named { NAMED } else { 0 };
                    places.entry(pledge_id).or_default().push(country | named);
                }
            }
            let mut organisations: HashMap<i32, Vec<(u32, bool)>> = HashMap::new();
            for (pledge_id, key, stakeholder) in org_row::Entity::find()
                .filter(org_row::Column::PledgeId.between(span.0, span.1))
                .select_only()
                .columns([
                    org_row::Column::PledgeId,
                    org_row::Column::NameKey,
                    org_row::Column::StakeholderType,
                ])
                .into_tuple::<(i32, String, Option<String>)>()
                .all(conn)
                .await?
            {
                let next = u32::try_from(keys.len()).unwrap_or(u32::MAX);
                let id = *keys.entry(key).or_insert(next);
                let government = stakeholder.as_deref() == Some(StakeholderType::Government.code());
                organisations
                    .entry(pledge_id)
                    .or_default()
                    .push((id, government));
            }
            for e in batch {
                let id = e.pledge_id;
                index.push(
                    e,
                    regions.remove(&id).unwrap_or_default(),
                    places.remove(&id).unwrap_or_default(),
                    organisations.remove(&id).unwrap_or_default(),
                );
            }
            if !full {
                break;
            }
        }
        index.rows.sort_unstable_by(|a, b| {
            (b.published_micros, b.pledge_id).cmp(&(a.published_micros, a.pledge_id))
        });
        let rows = &index.rows;
        let mut by_value: Vec<u32> = (0..rows.len())
            .map(|i| u32::try_from(i).unwrap_or(u32::MAX))
            .collect();
        by_value.sort_unstable_by(|&a, &b| {
            let (a, b) = (&rows[a as usize], &rows[b as usize]);
            (b.usd_sort, b.pledge_id).cmp(&(a.usd_sort, a.pledge_id))
        });
        index.by_value = by_value;
        for (pledge_id, slug) in crate::ssr::entity::compendium_event::Entity::find()
            .select_only()
            .columns([
                crate::ssr::entity::compendium_event::Column::PledgeId,
                crate::ssr::entity::compendium_event::Column::EventSlug,
            ])
            .into_tuple::<(i32, String)>()
            .all(conn)
            .await?
        {
            index.events.entry(slug).or_default().insert(pledge_id);
        }
        index.organisation_keys = vec![Box::<str>::default(); keys.len()];
        for (key, id) in keys {
            index.organisation_keys[id as usize] = key.into_boxed_str();
        }
        index.rows.shrink_to_fit();
        index.texts.shrink_to_fit();
        index.places.shrink_to_fit();
        index.organisations.shrink_to_fit();
        Ok(index)
    }

    fn push(
        &mut self,
        e: EntryRow,
        regions: u8,
        places: Vec<u16>,
        organisations: Vec<(u32, bool)>,
    ) {
        // Bits by position in the vocabularies, as the filters and the splits read them.
        let in_area = |a: &FocusArea| match a {
            FocusArea::Access => e.fa_access,
            FocusArea::Adoption => e.fa_adoption,
            FocusArea::ValueCreation => e.fa_value_creation,
            FocusArea::Accelerate => e.fa_accelerate,
        };
        let benefits = |g: &CountryGroup| {
            let level = match g {
                CountryGroup::Ldc => &e.ldc_level,
                CountryGroup::Lldc => &e.lldc_level,
                CountryGroup::Sids => &e.sids_level,
            };
            level.as_str() != "none"
        };
        let text_from = self.texts.len();
        self.texts.push_str(&e.search_text);
        let places_from = self.places.len();
        self.places.extend(places);
        let organisations_from = self.organisations.len();
        self.organisations.extend(organisations);
        self.rows.push(Row {
            pledge_id: e.pledge_id,
            published_micros: e.published_at.timestamp_micros(),
            year: e.published_year,
            usd_cents: e.usd_cents,
            usd_sort: e.usd_sort,
            pledge_type: position(PledgeType::ALL, PledgeType::code, &e.pledge_type),
            stakeholder: position(
                StakeholderType::ALL,
                StakeholderType::code,
                &e.stakeholder_type,
            ),
            areas: (0u8..)
                .zip(FocusArea::ALL)
                .filter(|(_, a)| in_area(a))
                .fold(0, |m, (i, _)| m | bit(i)),
            groups: (0u8..)
                .zip(CountryGroup::ALL)
                .filter(|(_, g)| benefits(g))
                .fold(0, |m, (i, _)| m | bit(i)),
            regions,
            progress: e.progress_status.as_deref().map_or(UNKNOWN, |c| {
                position(ProgressStatus::ALL, ProgressStatus::code, c)
            }),
            light: e.progress_light.as_deref().map_or(UNKNOWN, |c| {
                position(TrafficLight::ALL, TrafficLight::code, c)
            }),
            inactive_from: e.inactive_from.map_or(i32::MAX, |d| d.num_days_from_ce()),
            delivered_cents: e.delivered_usd_cents,
            cosigner_cents: e.cosigner_usd_cents,
            text: range(text_from, self.texts.len()),
            places: range(places_from, self.places.len()),
            organisations: range(organisations_from, self.organisations.len()),
        })
    }

    /// One page of `size` pledges in the filter's order, with the number found in all.
    pub fn page(&self, f: &CompendiumFilter, size: usize) -> Found {
        let filter = Filter::new(self, f);
        let by_value = f.by_value();
        let cursor = f.after.as_deref().and_then(|a| Cursor::parse(a, by_value));
        let after = |r: &Row| match cursor {
            None => true,
            Some(Cursor::Newest { micros, id }) => (r.published_micros, r.pledge_id) < (micros, id),
            Some(Cursor::Value { usd, id }) => (r.usd_sort, r.pledge_id) < (usd, id),
        };
        let order: Box<dyn Iterator<Item = &Row>> = if by_value {
            Box::new(self.by_value.iter().map(|&i| &self.rows[i as usize]))
        } else {
            Box::new(self.rows.iter())
        };
        let mut total = 0u64;
        let mut shown: Vec<&Row> = Vec::with_capacity(size + 1);
        for r in order.filter(|r| filter.admits(self, r)) {
            total += 1;
            if shown.len() <= size && after(r) {
                shown.push(r);
            }
        }
        let more = shown.len() > size;
        shown.truncate(size);
        let next = shown.last().filter(|_| more).map(|r| {
            if by_value {
                Cursor::Value {
                    usd: r.usd_sort,
                    id: r.pledge_id,
                }
            } else {
                Cursor::Newest {
                    micros: r.published_micros,
                    id: r.pledge_id,
                }
            }
            .text()
        });
        Found {
            pledge_ids: shown.iter().map(|r| r.pledge_id).collect(),
            total,
            next,
        }
    }

    /// The totals and the splits of the charts. A joint pledge counts once; in the splits by
    /// focus area and region it counts once in each it names.
    pub fn stats(&self, f: &CompendiumFilter) -> CompendiumStats {
        let filter = Filter::new(self, f);
        let mut all = Tally::default();
        let mut areas = [Tally::default(); 4];
        let mut groups = [Tally::default(); 3];
        let mut types = [Tally::default(); 8];
        let mut stakeholders = [Tally::default(); 16];
        let mut regions = [Tally::default(); 8];
        let mut without_usd = 0u64;
        let mut reporting = 0u64;
        let mut cosigned = 0i64;
        let mut organisations = Bits::new(self.organisation_keys.len());
        let mut governments = Bits::new(self.organisation_keys.len());
        let mut countries = Bits::new(self.countries.len());
        for r in self.rows.iter().filter(|r| filter.admits(self, r)) {
            all.add(r);
            without_usd += u64::from(r.usd_cents.is_none());
            reporting += u64::from(r.progress != UNKNOWN);
            cosigned = cosigned.saturating_add(r.cosigner_cents.unwrap_or_default());
            for (i, t) in (0u8..).zip(areas.iter_mut()) {
                if r.areas & bit(i) != 0 {
                    t.add(r);
                }
            }
            for (i, t) in (0u8..).zip(groups.iter_mut()) {
                if r.groups & bit(i) != 0 {
                    t.add(r);
                }
            }
            for (i, t) in (0u8..).zip(regions.iter_mut()) {
                if r.regions & bit(i) != 0 {
                    t.add(r);
                }
            }
            if let Some(t) = types.get_mut(usize::from(r.pledge_type)) {
                t.add(r);
            }
            if let Some(t) = stakeholders.get_mut(usize::from(r.stakeholder)) {
                t.add(r);
            }
            for &(key, government) in slice(&self.organisations, r.organisations) {
                organisations.set(key as usize);
                if government {
                    governments.set(key as usize);
                }
            }
            for &c in slice(&self.places, r.places) {
                if c & NAMED != 0 {
                    countries.set(usize::from(c & !NAMED));
                }
            }
        }
        fn splits<T: Copy>(all: &[T], tallies: &[Tally]) -> Vec<(T, Split)> {
            all.iter()
                .zip(tallies.iter().chain(std::iter::repeat(&Tally::default())))
                .map(|(v, t)| (*v, t.split()))
                .collect()
        }
        CompendiumStats {
            pledges: all.pledges,
            usd_cents: all.usd_cents,
            without_usd,
            organisations: organisations.count(),
            governments: governments.count(),
            countries: countries.count(),
            benefiting_ldc: groups[0].pledges,
            by_focus_area: splits(FocusArea::ALL, &areas),
            by_type: splits(PledgeType::ALL, &types),
            by_stakeholder: splits(StakeholderType::ALL, &stakeholders),
            by_region: splits(ItuRegion::ALL, &regions),
            by_group: splits(CountryGroup::ALL, &groups),
            as_at: Some(Utc::now()),
            delivered_usd_cents: all.delivered_cents,
            reporting,
            cosigner_usd_cents: cosigned,
        }
    }
}
