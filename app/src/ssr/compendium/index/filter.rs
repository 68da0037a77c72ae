//! One request's filters resolved against the index, and the counters of its totals.
use chrono::Datelike;

use super::{Index, NAMED, Row, UNKNOWN, bit, position, slice};
use crate::domain::{CompendiumFilter, LightWanted, ProgressWanted, Split};
use crate::progress_lifecycle::{ProgressStatus, TrafficLight};
use crate::reference::{CountryGroup, FocusArea, ItuRegion, PledgeType, StakeholderType};

#[derive(Clone, Copy, Default)]
pub(super) struct Tally {
    pub(super) pledges: u64,
    pub(super) usd_cents: i64,
    pub(super) delivered_cents: i64,
}

impl Tally {
    pub(super) fn add(&mut self, r: &Row) {
        self.pledges += 1;
        self.usd_cents = self
            .usd_cents
            .saturating_add(r.usd_cents.unwrap_or_default());
        self.delivered_cents = self
            .delivered_cents
            .saturating_add(r.delivered_cents.unwrap_or_default());
    }

    pub(super) fn split(&self) -> Split {
        Split {
            pledges: self.pledges,
            usd_cents: self.usd_cents,
            delivered_usd_cents: self.delivered_cents,
        }
    }
}

/// Distinct counting over small dense numbers.
pub(super) struct Bits(Vec<u64>);

impl Bits {
    pub(super) fn new(n: usize) -> Bits {
        Bits(vec![0; n.div_ceil(64)])
    }

    pub(super) fn set(&mut self, i: usize) {
        if let Some(word) = self.0.get_mut(i / 64) {
            *word |= 1 << (i % 64);
        }
    }

    pub(super) fn has(&self, i: usize) -> bool {
        self.0.get(i / 64).is_some_and(|w| w & (1 << (i % 64)) != 0)
    }

    pub(super) fn count(&self) -> u64 {
        self.0.iter().map(|w| u64::from(w.count_ones())).sum()
    }
}

/// The filters, resolved against the index once per request.
pub(super) struct Filter {
    area: Option<u8>,
    pledge_type: Option<u8>,
    stakeholder: Option<u8>,
    region: Option<u8>,
    group: Option<u8>,
    /// `Some(None)`: a country no pledge names, so nothing matches.
    country: Option<Option<u16>>,
    usd_min: Option<i64>,
    usd_max: Option<i64>,
    year: Option<i32>,
    /// The organisations whose name holds the text asked for.
    organisations: Option<Bits>,
    terms: Vec<memchr::memmem::Finder<'static>>,
    /// A status position, or `UNKNOWN` for "no report yet".
    progress: Option<u8>,
    light: Option<LightWanted>,
    /// Today, in days from CE: what "inactive" is judged on.
    today: i32,
    /// The pledges announced at the event asked for (none for an unknown event).
    event: Option<std::collections::HashSet<i32>>,
}

impl Filter {
    pub(super) fn new(index: &Index, f: &CompendiumFilter) -> Filter {
        let (usd_min, usd_max) = f.usd_cents_range();
        let organisations = f.organisation().map(|wanted| {
            let mut bits = Bits::new(index.organisation_keys.len());
            for (i, key) in index.organisation_keys.iter().enumerate() {
                if key.contains(wanted.as_str()) {
                    bits.set(i);
                }
            }
            bits
        });
        Filter {
            area: f
                .focus_area()
                .map(|a| position(FocusArea::ALL, FocusArea::code, a.code())),
            pledge_type: f
                .pledge_type()
                .map(|t| position(PledgeType::ALL, PledgeType::code, t.code())),
            stakeholder: f
                .stakeholder_type()
                .map(|s| position(StakeholderType::ALL, StakeholderType::code, s.code())),
            region: f
                .region()
                .map(|r| position(ItuRegion::ALL, ItuRegion::code, r.code())),
            group: f
                .group()
                .map(|g| position(CountryGroup::ALL, CountryGroup::code, g.code())),
            country: f
                .country()
                .map(|c| index.countries.get(&format!("c:{c}")).copied()),
            usd_min,
            usd_max,
            year: f.year(),
            organisations,
            terms: f
                .terms()
                .iter()
                .map(|t| memchr::memmem::Finder::new(t.as_bytes()).into_owned())
                .collect(),
            progress: f.progress().map(|p| match p {
                ProgressWanted::Status(s) => {
                    position(ProgressStatus::ALL, ProgressStatus::code, s.code())
                }
                ProgressWanted::NoReport => UNKNOWN,
            }),
            light: f.light(),
            today: chrono::Utc::now().date_naive().num_days_from_ce(),
            event: f
                .event()
                .map(|slug| index.events.get(&slug).cloned().unwrap_or_default()),
        }
    }

    pub(super) fn admits(&self, index: &Index, r: &Row) -> bool {
        let has = |mask: u8, wanted: Option<u8>| wanted.is_none_or(|w| mask & bit(w) != 0);
        has(r.areas, self.area)
            && has(r.groups, self.group)
            && has(r.regions, self.region)
            && self.pledge_type.is_none_or(|t| r.pledge_type == t)
            && self.stakeholder.is_none_or(|s| r.stakeholder == s)
            && self.year.is_none_or(|y| r.year == y)
            && self.progress.is_none_or(|p| r.progress == p)
            && self
                .event
                .as_ref()
                .is_none_or(|pledges| pledges.contains(&r.pledge_id))
            && self.light.is_none_or(|wanted| {
                let inactive = r.inactive_from <= self.today;
                match wanted {
                    LightWanted::NoReport => r.light == UNKNOWN,
                    LightWanted::Inactive => inactive,
                    LightWanted::Light(l) => {
                        !inactive
                            && r.light == position(TrafficLight::ALL, TrafficLight::code, l.code())
                    }
                }
            })
            && self
                .usd_min
                .is_none_or(|min| r.usd_cents.is_some_and(|v| v >= min))
            && self
                .usd_max
                .is_none_or(|max| r.usd_cents.is_some_and(|v| v <= max))
            && self.country.is_none_or(|c| {
                c.is_some_and(|c| {
                    slice(&index.places, r.places)
                        .iter()
                        .any(|&p| p & !NAMED == c)
                })
            })
            && self.organisations.as_ref().is_none_or(|bits| {
                slice(&index.organisations, r.organisations)
                    .iter()
                    .any(|&(key, _)| bits.has(key as usize))
            })
            && {
                let text = slice(index.texts.as_bytes(), r.text);
                self.terms.iter().all(|t| t.find(text).is_some())
            }
    }
}
