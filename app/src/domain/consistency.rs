//! Hints where a pledge's LDC / LLDC / SIDS claim contradicts its scope. They do not block a
//! submission (a regional programme may reach a SIDS the form cannot see); the form shows them
//! before submit and the reviewer sees the same flags. Groups are judged on a given date, because
//! countries leave the lists: a pledge is judged against the groups of its submission day.
use chrono::NaiveDate;
use serde::{Deserialize, Serialize};

use super::{PledgeContent, PledgeInput};
use crate::i18n::Key;
use crate::reference::{BenefitLevel, CountryGroup, CountryTable, ItuRegion};

#[derive(Clone, Copy, Debug, PartialEq, Eq, Hash, Serialize, Deserialize)]
pub enum ConsistencyFlag {
    /// A benefit is claimed for the group, but no country in the scope was in it on the date.
    NotInScope(CountryGroup),
    /// SIDS claimed for a scope of landlocked countries only.
    SidsForLandlocked,
}

impl ConsistencyFlag {
    pub fn message(self) -> Key {
        match self {
            ConsistencyFlag::NotInScope(CountryGroup::Ldc) => Key::FlagLdcNotInScope,
            ConsistencyFlag::NotInScope(CountryGroup::Lldc) => Key::FlagLldcNotInScope,
            ConsistencyFlag::NotInScope(CountryGroup::Sids) => Key::FlagSidsNotInScope,
            ConsistencyFlag::SidsForLandlocked => Key::FlagSidsForLandlocked,
        }
    }
}

/// What the check needs of a pledge.
pub struct ScopeClaim<'a> {
    pub global: bool,
    pub regions: &'a [ItuRegion],
    pub countries: &'a [String],
    /// The groups the pledge says it benefits (partly or primarily).
    pub claimed: &'a [CountryGroup],
}

pub fn consistency_flags(
    claim: &ScopeClaim<'_>,
    on: NaiveDate,
    table: &CountryTable,
) -> Vec<ConsistencyFlag> {
    // A global pledge reaches every group; an empty scope is a form error of its own.
    if claim.global || (claim.regions.is_empty() && claim.countries.is_empty()) {
        return Vec::new();
    }
    let reached: Vec<_> = table
        .countries
        .iter()
        .filter(|c| {
            claim.regions.contains(&c.itu_region)
                || claim
                    .countries
                    .iter()
                    .any(|code| code.eq_ignore_ascii_case(&c.alpha2))
        })
        .collect();
    claim
        .claimed
        .iter()
        .filter(|group| !reached.iter().any(|c| c.is_in_on(**group, on)))
        .map(|group| {
            let only_landlocked = claim.regions.is_empty()
                && !reached.is_empty()
                && reached.iter().all(|c| c.is_in_on(CountryGroup::Lldc, on));
            if *group == CountryGroup::Sids && only_landlocked {
                ConsistencyFlag::SidsForLandlocked
            } else {
                ConsistencyFlag::NotInScope(*group)
            }
        })
        .collect()
}

fn claimed(level: impl Fn(CountryGroup) -> Option<BenefitLevel>) -> Vec<CountryGroup> {
    CountryGroup::ALL
        .iter()
        .copied()
        .filter(|g| {
            matches!(
                level(*g),
                Some(BenefitLevel::Partial | BenefitLevel::Primary)
            )
        })
        .collect()
}

impl PledgeInput {
    /// The hints for the form as it stands, judged on `on` (today, for a pledge not yet submitted).
    pub fn consistency_flags(&self, on: NaiveDate) -> Vec<ConsistencyFlag> {
        let Some(table) = CountryTable::shared() else {
            return Vec::new();
        };
        let regions: Vec<ItuRegion> = self
            .scope_regions
            .iter()
            .filter_map(|r| ItuRegion::parse(r))
            .collect();
        let groups = claimed(|g| BenefitLevel::parse(&self.benefit(g).level));
        consistency_flags(
            &ScopeClaim {
                global: self.is_global(),
                regions: &regions,
                countries: &self.scope_countries,
                claimed: &groups,
            },
            on,
            table,
        )
    }
}

impl PledgeContent {
    /// The hints for a submitted revision, judged on its submission date.
    pub fn consistency_flags(&self, on: NaiveDate) -> Vec<ConsistencyFlag> {
        let Some(table) = CountryTable::shared() else {
            return Vec::new();
        };
        let groups = claimed(|g| Some(self.benefit(g).level));
        consistency_flags(
            &ScopeClaim {
                global: self.scope.global,
                regions: &self.scope.regions,
                countries: &self.scope.countries,
                claimed: &groups,
            },
            on,
            table,
        )
    }
}
