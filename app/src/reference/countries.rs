//! The country table: ISO 3166-1 codes, ITU region and UN country-group membership.
//!
//! Group membership changes (countries graduate from LDC status), so the table lives in
//! `app/data/countries.json` with its sources and "as of" date; updating it needs no code change.
//! The server can also read a newer file at start-up (`P2C_COUNTRIES_FILE`).
use serde::Deserialize;

use super::{CountryGroup, ItuRegion};

const BUNDLED: &str = include_str!("../../data/countries.json");

#[derive(Clone, Debug, PartialEq, Eq, Deserialize)]
pub struct Country {
    pub alpha2: String,
    pub alpha3: String,
    pub name: String,
    pub itu_region: ItuRegion,
    pub ldc: bool,
    pub lldc: bool,
    pub sids: bool,
    pub un_member: bool,
}

impl Country {
    pub fn is_in(&self, group: CountryGroup) -> bool {
        match group {
            CountryGroup::Ldc => self.ldc,
            CountryGroup::Lldc => self.lldc,
            CountryGroup::Sids => self.sids,
        }
    }
}

#[derive(Clone, Debug, Deserialize)]
pub struct Sources {
    pub ldc: String,
    pub lldc: String,
    pub sids: String,
    pub itu_region: String,
    pub iso: String,
    pub as_of: chrono::NaiveDate,
    #[serde(default)]
    pub notes: String,
}

#[derive(Clone, Debug, Deserialize)]
pub struct CountryTable {
    pub source: Sources,
    pub countries: Vec<Country>,
}

#[derive(Debug, thiserror::Error)]
pub enum CountryTableError {
    #[error("the country table is not valid JSON of the expected shape: {0}")]
    Shape(#[from] serde_json::Error),
    #[error("country code {0:?} is not a valid ISO 3166-1 code")]
    BadCode(String),
    #[error("country code {0} appears twice")]
    Duplicate(String),
}

impl CountryTable {
    /// The table shipped with this build.
    pub fn bundled() -> Result<CountryTable, CountryTableError> {
        CountryTable::from_json(BUNDLED)
    }

    /// Parses and checks a table; a table with a malformed or repeated code is refused whole.
    pub fn from_json(json: &str) -> Result<CountryTable, CountryTableError> {
        let table: CountryTable = serde_json::from_str(json)?;
        let mut seen = std::collections::HashSet::new();
        for c in &table.countries {
            let well_formed = |code: &str, len: usize| {
                code.len() == len && code.bytes().all(|b| b.is_ascii_uppercase())
            };
            if !well_formed(&c.alpha2, 2) {
                return Err(CountryTableError::BadCode(c.alpha2.clone()));
            }
            if !well_formed(&c.alpha3, 3) {
                return Err(CountryTableError::BadCode(c.alpha3.clone()));
            }
            if !seen.insert(c.alpha2.clone()) || !seen.insert(c.alpha3.clone()) {
                return Err(CountryTableError::Duplicate(c.alpha2.clone()));
            }
        }
        Ok(table)
    }

    /// Looks a country up by its alpha-2 or alpha-3 code, in any case.
    pub fn get(&self, code: &str) -> Option<&Country> {
        let code = code.trim().to_ascii_uppercase();
        self.countries
            .iter()
            .find(|c| c.alpha2 == code || c.alpha3 == code)
    }

    pub fn members(&self, group: CountryGroup) -> impl Iterator<Item = &Country> {
        self.countries.iter().filter(move |c| c.is_in(group))
    }
}

#[cfg(test)]
mod tests {
    use super::*;

    fn table() -> CountryTable {
        CountryTable::bundled().unwrap_or_else(|e| panic!("bundled table must load: {e}"))
    }

    fn groups(code: &str) -> (bool, bool, bool) {
        let t = table();
        let c = t.get(code).unwrap_or_else(|| panic!("{code} missing"));
        (c.ldc, c.lldc, c.sids)
    }

    #[test]
    fn known_members_have_the_right_groups() {
        assert_eq!(groups("RW"), (true, true, false), "Rwanda: LDC and LLDC");
        assert_eq!(groups("ETH"), (true, true, false), "Ethiopia: LDC and LLDC");
        assert_eq!(groups("HT"), (true, false, true), "Haiti: LDC and SIDS");
        assert_eq!(groups("KI"), (true, false, true), "Kiribati: LDC and SIDS");
        assert_eq!(groups("FJ"), (false, false, true), "Fiji: SIDS only");
        assert_eq!(groups("BO"), (false, true, false), "Bolivia: LLDC only");
        assert_eq!(groups("FR"), (false, false, false), "France: none");
        assert_eq!(
            groups("BT"),
            (false, true, false),
            "Bhutan graduated from LDC in 2023"
        );
    }

    #[test]
    fn regions_and_lookups() {
        let t = table();
        assert_eq!(t.get("rw").map(|c| c.itu_region), Some(ItuRegion::Africa));
        assert_eq!(
            t.get("EGY").map(|c| c.itu_region),
            Some(ItuRegion::ArabStates)
        );
        assert_eq!(t.get("BR").map(|c| c.itu_region), Some(ItuRegion::Americas));
        assert_eq!(t.get("KZ").map(|c| c.itu_region), Some(ItuRegion::Cis));
        assert_eq!(
            t.get("FJ").map(|c| c.itu_region),
            Some(ItuRegion::AsiaPacific)
        );
        assert_eq!(t.get("FR").map(|c| c.itu_region), Some(ItuRegion::Europe));
        assert_eq!(t.get("XX"), None);
    }

    #[test]
    fn group_sizes_match_the_un_lists_and_sources_are_named() {
        let t = table();
        assert_eq!(t.members(CountryGroup::Ldc).count(), 44);
        assert_eq!(t.members(CountryGroup::Lldc).count(), 32);
        // OHRLLS counts 39 SIDS "States": 37 UN members plus Cook Islands and Niue (Bahrain left the list in 2023).
        assert_eq!(
            t.members(CountryGroup::Sids)
                .filter(|c| c.un_member)
                .count(),
            37
        );
        assert_eq!(t.members(CountryGroup::Sids).count(), 57);
        assert!(t.countries.iter().filter(|c| c.un_member).count() >= 193);
        assert!(t.source.ldc.contains("OHRLLS") || t.source.ldc.contains("UN"));
        assert!(t.source.as_of.to_string().starts_with("20"));
    }

    #[test]
    fn an_updated_table_is_read_without_code_changes_and_bad_tables_are_refused() {
        let updated = r#"{"source":{"ldc":"UN","lldc":"UN","sids":"UN","itu_region":"ITU","iso":"ISO 3166-1","as_of":"2026-11-24"},
            "countries":[{"alpha2":"NP","alpha3":"NPL","name":"Nepal","itu_region":"asia_pacific","ldc":false,"lldc":true,"sids":false,"un_member":true}]}"#;
        let t = CountryTable::from_json(updated).unwrap();
        assert_eq!(t.get("NP").map(|c| c.ldc), Some(false));

        let duplicate = updated.replace("]}", r#",{"alpha2":"NP","alpha3":"NPX","name":"x","itu_region":"europe","ldc":false,"lldc":false,"sids":false,"un_member":false}]}"#);
        assert!(matches!(
            CountryTable::from_json(&duplicate),
            Err(CountryTableError::Duplicate(_))
        ));
        let bad_code = updated.replace("\"NPL\"", "\"np\"");
        assert!(matches!(
            CountryTable::from_json(&bad_code),
            Err(CountryTableError::BadCode(_))
        ));
        let bad_region = updated.replace("asia_pacific", "oceania");
        assert!(matches!(
            CountryTable::from_json(&bad_region),
            Err(CountryTableError::Shape(_))
        ));
    }
}
