//! The country table: ISO 3166-1 codes, ITU region and UN country-group membership.
//!
//! Group membership changes (countries graduate from LDC status, Bahrain left the SIDS list), so
//! each country carries its membership periods and the table lives in `app/data/countries.json`
//! with its sources and "as of" date: a new graduation or exit date is a data edit, not a code
//! change, and questions about the past ("was Bhutan an LDC in 2020?") keep their answers.
//! `CountryTable::from_json` reads a newer file of the same shape.
use std::sync::OnceLock;

use chrono::NaiveDate;
use serde::Deserialize;

use super::{CountryGroup, ItuRegion};

const BUNDLED: &str = include_str!("../../data/countries.json");

/// One stay on a UN list. `from` is the entry date, `None` when the country has been on the list
/// since it began or the date is not recorded; `until` is the first day the country is no longer
/// on it (exclusive), `None` while it still is.
#[derive(Clone, Copy, Debug, PartialEq, Eq, Deserialize)]
#[serde(deny_unknown_fields)]
pub struct Membership {
    pub from: Option<NaiveDate>,
    pub until: Option<NaiveDate>,
}

impl Membership {
    pub fn covers(&self, on: NaiveDate) -> bool {
        self.from.is_none_or(|from| from <= on) && self.until.is_none_or(|until| on < until)
    }
}

#[derive(Clone, Debug, PartialEq, Eq, Deserialize)]
pub struct Country {
    pub alpha2: String,
    pub alpha3: String,
    pub name: String,
    pub itu_region: ItuRegion,
    /// An empty list: never a member.
    pub ldc: Vec<Membership>,
    pub lldc: Vec<Membership>,
    pub sids: Vec<Membership>,
    pub un_member: bool,
}

/// Today's date in UTC: the day on which "is it a member?" is asked when no date is given.
/// It reads the system clock, so it is only meaningful where one exists (the server).
fn today() -> NaiveDate {
    chrono::Utc::now().date_naive()
}

impl Country {
    pub fn memberships(&self, group: CountryGroup) -> &[Membership] {
        match group {
            CountryGroup::Ldc => &self.ldc,
            CountryGroup::Lldc => &self.lldc,
            CountryGroup::Sids => &self.sids,
        }
    }

    /// Whether the country was (or is scheduled to be) on the group's list on `on`.
    pub fn is_in_on(&self, group: CountryGroup, on: NaiveDate) -> bool {
        self.memberships(group).iter().any(|m| m.covers(on))
    }

    /// Whether the country is on the group's list today (UTC).
    pub fn is_in(&self, group: CountryGroup) -> bool {
        self.is_in_on(group, today())
    }
}

#[derive(Clone, Debug, Deserialize)]
pub struct Sources {
    pub ldc: String,
    pub lldc: String,
    pub sids: String,
    pub itu_region: String,
    pub iso: String,
    pub as_of: NaiveDate,
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
    #[error("country {0} has a membership period that ends before it starts or overlaps another")]
    BadPeriod(String),
}

/// Each period starts before it ends, and no two periods of one group overlap: with overlaps a
/// graduation recorded in one period could be silently undone by another.
fn periods_are_sound(periods: &[Membership]) -> bool {
    let ordered_within = periods
        .iter()
        .all(|m| !matches!((m.from, m.until), (Some(from), Some(until)) if from >= until));
    if !ordered_within {
        return false;
    }
    let mut sorted = periods.to_vec();
    // `None` ("since the list began") sorts first, as it should.
    sorted.sort_by_key(|m| m.from);
    sorted.windows(2).all(
        |pair| matches!((pair[0].until, pair[1].from), (Some(until), Some(from)) if until <= from),
    )
}

impl CountryTable {
    /// The table shipped with this build, parsed anew on every call; see [`CountryTable::shared`].
    pub fn bundled() -> Result<CountryTable, CountryTableError> {
        CountryTable::from_json(BUNDLED)
    }

    /// The table shipped with this build, parsed once: pages and validation look countries up on
    /// every request. `None` only if the bundled file is broken, which the tests rule out.
    pub fn shared() -> Option<&'static CountryTable> {
        static SHARED: OnceLock<Option<CountryTable>> = OnceLock::new();
        SHARED.get_or_init(|| CountryTable::bundled().ok()).as_ref()
    }

    /// Parses and checks a table; a table with a malformed or repeated code, or an impossible
    /// membership period, is refused whole.
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
            if !CountryGroup::ALL
                .iter()
                .all(|&group| periods_are_sound(c.memberships(group)))
            {
                return Err(CountryTableError::BadPeriod(c.alpha2.clone()));
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

    /// The countries on the group's list on `on`, in code order.
    pub fn members_on(&self, group: CountryGroup, on: NaiveDate) -> impl Iterator<Item = &Country> {
        self.countries.iter().filter(move |c| c.is_in_on(group, on))
    }

    /// The countries of an ITU region, in code order.
    pub fn in_region(&self, region: ItuRegion) -> impl Iterator<Item = &Country> {
        self.countries
            .iter()
            .filter(move |c| c.itu_region == region)
    }

    /// The countries on the group's list today (UTC).
    pub fn members(&self, group: CountryGroup) -> impl Iterator<Item = &Country> {
        self.members_on(group, today())
    }
}

#[cfg(test)]
mod tests {
    use super::*;

    fn table() -> &'static CountryTable {
        CountryTable::shared().unwrap_or_else(|| match CountryTable::bundled() {
            Err(e) => panic!("bundled table must load: {e}"),
            Ok(_) => panic!("the shared table must load when the bundled one does"),
        })
    }

    fn date(s: &str) -> NaiveDate {
        s.parse()
            .unwrap_or_else(|e| panic!("{s} is not a date: {e}"))
    }

    /// (ldc, lldc, sids) of one country on one day.
    fn groups_on(code: &str, on: &str) -> (bool, bool, bool) {
        let c = table()
            .get(code)
            .unwrap_or_else(|| panic!("{code} missing"));
        let on = date(on);
        (
            c.is_in_on(CountryGroup::Ldc, on),
            c.is_in_on(CountryGroup::Lldc, on),
            c.is_in_on(CountryGroup::Sids, on),
        )
    }

    fn count_on(group: CountryGroup, on: &str) -> usize {
        table().members_on(group, date(on)).count()
    }

    #[test]
    fn known_members_have_the_right_groups() {
        let on = "2026-11-23";
        assert_eq!(
            groups_on("RW", on),
            (true, true, false),
            "Rwanda: LDC and LLDC"
        );
        assert_eq!(
            groups_on("ETH", on),
            (true, true, false),
            "Ethiopia: LDC and LLDC"
        );
        assert_eq!(
            groups_on("HT", on),
            (true, false, true),
            "Haiti: LDC and SIDS"
        );
        assert_eq!(
            groups_on("KI", on),
            (true, false, true),
            "Kiribati: LDC and SIDS"
        );
        assert_eq!(groups_on("FJ", on), (false, false, true), "Fiji: SIDS only");
        assert_eq!(
            groups_on("BO", on),
            (false, true, false),
            "Bolivia: LLDC only"
        );
        assert_eq!(groups_on("FR", on), (false, false, false), "France: none");
        assert_eq!(
            groups_on("NP", on),
            (true, true, false),
            "Nepal: LDC until 2026-11-24"
        );
        assert_eq!(groups_on("NP", "2026-11-24"), (false, true, false));
        assert_eq!(groups_on("SB", "2027-12-12"), (true, false, true));
        assert_eq!(groups_on("SB", "2027-12-13"), (false, false, true));
    }

    #[test]
    fn graduations_take_effect_on_their_day() {
        assert_eq!(
            groups_on("BT", "2023-12-12"),
            (true, true, false),
            "Bhutan, last LDC day"
        );
        assert_eq!(
            groups_on("BT", "2023-12-13"),
            (false, true, false),
            "Bhutan graduated"
        );
        assert!(groups_on("ST", "2024-12-12").0);
        assert!(!groups_on("ST", "2024-12-13").0);
        assert!(
            groups_on("BW", "1990-01-01").0,
            "Botswana was an LDC in 1990"
        );
        assert!(!groups_on("BW", "2000-01-01").0, "and not after 1994");
        assert!(
            !groups_on("AF", "1971-11-17").0,
            "no LDC list before 1971-11-18"
        );
        assert!(groups_on("AF", "1971-11-18").0);
    }

    #[test]
    fn bahrain_left_the_sids_list() {
        assert_eq!(groups_on("BH", "2020-01-01"), (false, false, true));
        assert_eq!(groups_on("BH", "2023-04-01"), (false, false, false));
        assert_eq!(groups_on("BH", "2026-11-23"), (false, false, false));
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
        assert_eq!(count_on(CountryGroup::Ldc, "2026-11-23"), 44);
        // Bangladesh, Lao PDR and Nepal graduate on 2026-11-24.
        assert_eq!(count_on(CountryGroup::Ldc, "2026-11-24"), 41);
        let leaving: Vec<&str> = t
            .members_on(CountryGroup::Ldc, date("2026-11-23"))
            .filter(|c| !c.is_in_on(CountryGroup::Ldc, date("2026-11-24")))
            .map(|c| c.alpha2.as_str())
            .collect();
        assert_eq!(leaving, ["BD", "LA", "NP"]);
        for on in ["2026-11-23", "2026-11-24"] {
            assert_eq!(count_on(CountryGroup::Lldc, on), 32, "LLDC on {on}");
            // OHRLLS counts 39 SIDS "States": 37 UN members plus Cook Islands and Niue.
            let un_sids = t
                .members_on(CountryGroup::Sids, date(on))
                .filter(|c| c.un_member)
                .count();
            assert_eq!(un_sids, 37, "UN-member SIDS on {on}");
            assert_eq!(count_on(CountryGroup::Sids, on), 57, "SIDS on {on}");
        }
        assert!(t.countries.iter().filter(|c| c.un_member).count() >= 193);
        assert!(t.source.ldc.contains("OHRLLS") || t.source.ldc.contains("UN"));
        assert!(t.source.as_of.to_string().starts_with("20"));
    }

    #[test]
    fn undated_questions_are_asked_about_today() {
        let t = table();
        let today = chrono::Utc::now().date_naive();
        for &group in CountryGroup::ALL {
            assert_eq!(t.members(group).count(), t.members_on(group, today).count());
        }
        let nepal = t.get("NP").unwrap_or_else(|| panic!("NP missing"));
        assert_eq!(
            nepal.is_in(CountryGroup::Ldc),
            nepal.is_in_on(CountryGroup::Ldc, today)
        );
    }

    #[test]
    fn the_shared_table_is_parsed_once_and_matches_the_bundled_one() {
        let first = table();
        let again = CountryTable::shared().unwrap_or_else(|| panic!("shared table"));
        assert!(std::ptr::eq(first, again));
        let fresh = CountryTable::bundled().unwrap_or_else(|e| panic!("{e}"));
        assert_eq!(first.countries, fresh.countries);
    }

    const UPDATED: &str = r#"{"source":{"ldc":"UN","lldc":"UN","sids":"UN","itu_region":"ITU","iso":"ISO 3166-1","as_of":"2026-11-24"},
        "countries":[{"alpha2":"NP","alpha3":"NPL","name":"Nepal","itu_region":"asia_pacific",
            "ldc":[{"from":"1971-11-18","until":"2026-11-24"}],"lldc":[{"from":null,"until":null}],"sids":[],"un_member":true}]}"#;

    #[test]
    fn an_updated_table_is_read_without_code_changes() {
        let t = CountryTable::from_json(UPDATED).unwrap();
        let nepal = t.get("NP").unwrap();
        assert!(nepal.is_in_on(CountryGroup::Ldc, date("2026-11-23")));
        assert!(!nepal.is_in_on(CountryGroup::Ldc, date("2026-11-24")));
        assert!(nepal.is_in_on(CountryGroup::Lldc, date("1900-01-01")));
        assert_eq!(
            nepal.memberships(CountryGroup::Ldc),
            [Membership {
                from: Some(date("1971-11-18")),
                until: Some(date("2026-11-24")),
            }]
        );

        // A graduation deferred, then a return to the list: two periods are fine if apart.
        let returned = UPDATED.replace(
            r#""ldc":[{"from":"1971-11-18","until":"2026-11-24"}]"#,
            r#""ldc":[{"from":"2030-01-01","until":null},{"from":"1971-11-18","until":"2026-11-24"}]"#,
        );
        let t = CountryTable::from_json(&returned).unwrap();
        let nepal = t.get("NP").unwrap();
        assert!(!nepal.is_in_on(CountryGroup::Ldc, date("2028-01-01")));
        assert!(nepal.is_in_on(CountryGroup::Ldc, date("2030-01-01")));
    }

    #[test]
    fn bad_tables_are_refused() {
        let refused = |json: &str| CountryTable::from_json(json).err();

        let duplicate = UPDATED.replace("]}", r#",{"alpha2":"NP","alpha3":"NPX","name":"x","itu_region":"europe","ldc":[],"lldc":[],"sids":[],"un_member":false}]}"#);
        assert!(matches!(
            refused(&duplicate),
            Some(CountryTableError::Duplicate(_))
        ));
        let bad_code = UPDATED.replace("\"NPL\"", "\"np\"");
        assert!(matches!(
            refused(&bad_code),
            Some(CountryTableError::BadCode(_))
        ));
        let bad_region = UPDATED.replace("asia_pacific", "oceania");
        assert!(matches!(
            refused(&bad_region),
            Some(CountryTableError::Shape(_))
        ));
        let old_shape = UPDATED.replace(
            r#""ldc":[{"from":"1971-11-18","until":"2026-11-24"}]"#,
            r#""ldc":true"#,
        );
        assert!(matches!(
            refused(&old_shape),
            Some(CountryTableError::Shape(_))
        ));
        let bad_date = UPDATED.replace("2026-11-24\"}]", "2026-11-31\"}]");
        assert!(matches!(
            refused(&bad_date),
            Some(CountryTableError::Shape(_))
        ));

        for periods in [
            r#"[{"from":"2026-11-24","until":"1971-11-18"}]"#,
            r#"[{"from":"2026-11-24","until":"2026-11-24"}]"#,
            r#"[{"from":null,"until":"2000-01-01"},{"from":"1999-01-01","until":null}]"#,
            r#"[{"from":null,"until":null},{"from":null,"until":"2000-01-01"}]"#,
        ] {
            let bad_period = UPDATED.replace(
                r#""ldc":[{"from":"1971-11-18","until":"2026-11-24"}]"#,
                &format!(r#""ldc":{periods}"#),
            );
            assert!(
                matches!(refused(&bad_period), Some(CountryTableError::BadPeriod(ref c)) if c == "NP"),
                "{periods} must be refused as a bad period"
            );
        }
    }
}
