//! "Opportunities for you": open project opportunities ranked for an organisation by what they
//! share with its past pledges and its seat. The score is the sum of the points of the reasons
//! shown (see [`score_parts`]), so every point can be explained, and the same input always gives
//! the same ranking: reasons come in a fixed order, ties keep the order the candidates came in.
use std::collections::BTreeSet;

use serde::{Deserialize, Serialize};

use crate::reference::{CountryGroup, FocusArea, ItuRegion, PledgeType};

/// A focus area the organisation has pledged to before is the strongest sign of interest.
pub const FOCUS_AREA_POINTS: u32 = 10;
/// Each further past pledge naming the area adds this: a habit counts more than a one-off.
pub const FOCUS_AREA_PER_FURTHER_PLEDGE: u32 = 2;
/// Cap on one focus area, so a single busy area cannot outweigh place, size and money together.
pub const FOCUS_AREA_MAX_POINTS: u32 = 16;
/// A country named by a past pledge or the seat: presence on the ground, partners, knowledge.
pub const COUNTRY_POINTS: u32 = 8;
/// A region is a weaker sign than a country: it spans dozens of countries.
pub const REGION_POINTS: u32 = 4;
/// A shared LDC/LLDC/SIDS group is a stated priority, but a broad one.
pub const GROUP_POINTS: u32 = 3;
/// The opportunity is of a size the organisation has pledged before.
pub const SIMILAR_SIZE_POINTS: u32 = 5;
/// "Similar size": the opportunity's needed USD is at least the median of the organisation's
/// known pledge USD values divided by this, and at most that median times this (both inclusive).
/// Pledge values span orders of magnitude, so the rule is a ratio, not a difference.
pub const SIZE_FACTOR: i64 = 10;
/// The organisation has made financial pledges and the opportunity asks for money.
pub const FUNDER_POINTS: u32 = 6;

/// What the platform knows of an organisation: its profile and its past pledges (published or in
/// review, of which it is lead or partner).
#[derive(Clone, Debug, Default)]
pub struct OrganisationProfile {
    /// ISO alpha-2 of its seat.
    pub country: Option<String>,
    /// Region of its seat.
    pub region: Option<ItuRegion>,
    pub pledges: Vec<PastPledge>,
}

#[derive(Clone, Debug)]
pub struct PastPledge {
    pub pledge_type: PledgeType,
    pub focus_areas: Vec<FocusArea>,
    /// Regions named or holding a named country.
    pub regions: Vec<ItuRegion>,
    /// ISO alpha-2.
    pub countries: Vec<String>,
    /// Groups it benefits (partly or primarily).
    pub groups: Vec<CountryGroup>,
    pub usd_cents: Option<i64>,
}

/// What an opportunity asks for.
#[derive(Clone, Debug, Default)]
pub struct OpportunityNeeds {
    pub focus_areas: Vec<FocusArea>,
    pub regions: Vec<ItuRegion>,
    pub countries: Vec<String>,
    pub groups: Vec<CountryGroup>,
    pub needed_usd_cents: Option<i64>,
    /// It needs money (a total was given).
    pub wants_money: bool,
}

#[derive(Clone, Debug, PartialEq, Eq, Serialize, Deserialize)]
pub enum Reason {
    FocusArea(FocusArea),
    Region(ItuRegion),
    Country(String),
    Group(CountryGroup),
    SimilarSize,
    Funder,
}

#[derive(Clone, Debug, PartialEq, Eq, Serialize, Deserialize)]
pub struct Match {
    pub score: u32,
    pub reasons: Vec<Reason>,
}

/// Points for a focus area named by `pledges_naming` (at least one) of the organisation's pledges.
pub fn focus_area_points(pledges_naming: usize) -> u32 {
    let further = u32::try_from(pledges_naming.saturating_sub(1)).unwrap_or(u32::MAX);
    let extra = further.saturating_mul(FOCUS_AREA_PER_FURTHER_PLEDGE);
    FOCUS_AREA_POINTS
        .saturating_add(extra)
        .min(FOCUS_AREA_MAX_POINTS)
}

/// Median of the positive known USD values (the mean of the two middle ones for an even count).
fn median_usd_cents(pledges: &[PastPledge]) -> Option<i64> {
    let mut values: Vec<i64> = pledges
        .iter()
        .filter_map(|p| p.usd_cents)
        .filter(|c| *c > 0)
        .collect();
    values.sort_unstable();
    let n = values.len();
    let (low, high) = (*values.get(n.checked_sub(1)? / 2)?, *values.get(n / 2)?);
    Some(low + (high - low) / 2)
}

fn similar_size(needed: i64, median: i64) -> bool {
    let (needed, median, factor) = (
        i128::from(needed),
        i128::from(median),
        i128::from(SIZE_FACTOR),
    );
    needed > 0 && needed * factor >= median && needed <= median * factor
}

/// Each reason with its points, in the order shown; [`score`] is their sum.
pub fn score_parts(org: &OrganisationProfile, opp: &OpportunityNeeds) -> Vec<(Reason, u32)> {
    let mut parts = Vec::new();
    for &area in FocusArea::ALL {
        let naming = org
            .pledges
            .iter()
            .filter(|p| p.focus_areas.contains(&area))
            .count();
        if naming > 0 && opp.focus_areas.contains(&area) {
            parts.push((Reason::FocusArea(area), focus_area_points(naming)));
        }
    }
    let wanted: BTreeSet<String> = opp
        .countries
        .iter()
        .map(|c| c.trim().to_ascii_uppercase())
        .filter(|c| !c.is_empty())
        .collect();
    for country in wanted {
        let mut known = org
            .country
            .iter()
            .chain(org.pledges.iter().flat_map(|p| &p.countries));
        if known.any(|c| c.trim().eq_ignore_ascii_case(&country)) {
            parts.push((Reason::Country(country), COUNTRY_POINTS));
        }
    }
    for &region in ItuRegion::ALL {
        let known =
            org.region == Some(region) || org.pledges.iter().any(|p| p.regions.contains(&region));
        if known && opp.regions.contains(&region) {
            parts.push((Reason::Region(region), REGION_POINTS));
        }
    }
    for &group in CountryGroup::ALL {
        if opp.groups.contains(&group) && org.pledges.iter().any(|p| p.groups.contains(&group)) {
            parts.push((Reason::Group(group), GROUP_POINTS));
        }
    }
    let sizes = opp.needed_usd_cents.zip(median_usd_cents(&org.pledges));
    if sizes.is_some_and(|(needed, median)| similar_size(needed, median)) {
        parts.push((Reason::SimilarSize, SIMILAR_SIZE_POINTS));
    }
    let funder = org
        .pledges
        .iter()
        .any(|p| p.pledge_type == PledgeType::Financial);
    if opp.wants_money && funder {
        parts.push((Reason::Funder, FUNDER_POINTS));
    }
    parts
}

pub fn score(org: &OrganisationProfile, opp: &OpportunityNeeds) -> Match {
    let parts = score_parts(org, opp);
    Match {
        score: parts
            .iter()
            .fold(0u32, |sum, (_, points)| sum.saturating_add(*points)),
        reasons: parts.into_iter().map(|(reason, _)| reason).collect(),
    }
}

/// Ranks candidates (id, needs): best first, ties by the order given; drops those with score 0.
pub fn rank<K: Clone>(
    org: &OrganisationProfile,
    candidates: &[(K, OpportunityNeeds)],
) -> Vec<(K, Match)> {
    let mut ranked: Vec<(K, Match)> = candidates
        .iter()
        .map(|(id, needs)| (id.clone(), score(org, needs)))
        .filter(|(_, m)| m.score > 0)
        .collect();
    ranked.sort_by_key(|(_, m)| std::cmp::Reverse(m.score)); // stable: ties keep the given order
    ranked
}

#[cfg(test)]
mod tests {
    use super::*;
    use FocusArea::*;
    use ItuRegion::*;

    /// Profiles: the seat ("country region"), then one past pledge a line:
    /// "type | focus areas | regions | countries | groups | USD", codes separated by spaces.
    const MALAWI_MINISTRY: &[&str] = &[
        "MW africa",
        "policy | access adoption | africa | MW | ldc lldc | -",
        "project | access | africa | MW ZM | ldc | 2m",
    ];
    const TELECOM: &[&str] = &[
        "SG asia_pacific",
        "financial | access | asia_pacific | FJ PG | sids | 30m",
        "financial | access accelerate | asia_pacific | ID | | 80m",
        "project | access | asia_pacific | | | 20m",
    ];
    const UNIVERSITY: &[&str] = &[
        "DE europe",
        "project | adoption value_creation | europe cis | | | 250k",
        "advocacy | adoption | europe | | | 100k",
    ];
    /// Opportunities: "focus areas | regions | countries | groups | USD needed".
    const OPPORTUNITIES: &[(&str, &str)] = &[
        ("malawi-schools", "access | africa | MW | ldc lldc | 8m"),
        (
            "pacific-cable",
            "access accelerate | asia_pacific | FJ TO WS | sids | 50m",
        ),
        ("skills-training", "adoption | europe cis | | | 300k"),
        ("arab-egov-policy", "value_creation | arab_states | | | -"),
        ("andes-broadband", "access | americas | BO | lldc | 20m"),
    ];

    fn list<T>(codes: &str, parse: impl Fn(&str) -> Option<T>) -> Vec<T> {
        codes
            .split_whitespace()
            .map(|c| parse(c).expect(c))
            .collect()
    }

    /// "8m" or "300k" US dollars, in cents; "-" for none.
    fn usd(text: &str) -> Option<i64> {
        let (number, unit) = text.split_at(text.len().saturating_sub(1));
        let unit = match unit {
            "m" => 100_000_000,
            "k" => 100_000,
            _ => return None,
        };
        Some(number.parse::<i64>().unwrap() * unit)
    }

    fn fields(spec: &str) -> Vec<&str> {
        spec.split('|').map(str::trim).collect()
    }

    fn org(spec: &[&str]) -> OrganisationProfile {
        let seat: Vec<&str> = spec[0].split_whitespace().collect();
        let pledges = spec[1..].iter().map(|p| fields(p)).map(|f| PastPledge {
            pledge_type: PledgeType::parse(f[0]).unwrap(),
            focus_areas: list(f[1], FocusArea::parse),
            regions: list(f[2], ItuRegion::parse),
            countries: list(f[3], |c| Some(c.to_string())),
            groups: list(f[4], CountryGroup::parse),
            usd_cents: usd(f[5]),
        });
        OrganisationProfile {
            country: Some(seat[0].to_string()),
            region: ItuRegion::parse(seat[1]),
            pledges: pledges.collect(),
        }
    }

    fn needs(spec: &str) -> OpportunityNeeds {
        let f = fields(spec);
        OpportunityNeeds {
            focus_areas: list(f[0], FocusArea::parse),
            regions: list(f[1], ItuRegion::parse),
            countries: list(f[2], |c| Some(c.to_string())),
            groups: list(f[3], CountryGroup::parse),
            needed_usd_cents: usd(f[4]),
            wants_money: usd(f[4]).is_some(),
        }
    }

    fn opportunities() -> Vec<(&'static str, OpportunityNeeds)> {
        OPPORTUNITIES
            .iter()
            .map(|(id, spec)| (*id, needs(spec)))
            .collect()
    }

    fn ids<K>(ranked: Vec<(K, Match)>) -> Vec<K> {
        ranked.into_iter().map(|(id, _)| id).collect()
    }

    #[test]
    fn each_profile_gets_its_known_best_opportunity() {
        let opps = opportunities();
        let table = [
            (MALAWI_MINISTRY, "malawi-schools", 35),
            (TELECOM, "pacific-cable", 50),
            (UNIVERSITY, "skills-training", 25),
        ];
        for (profile, best, best_score) in table {
            let (org, who) = (org(profile), profile[0]);
            let ranked = rank(&org, &opps);
            let first = ranked.first().map(|(id, m)| (*id, m.score));
            assert_eq!(first, Some((best, best_score)), "{who}: {ranked:?}");
            for (id, needs) in &opps {
                let sum: u32 = score_parts(&org, needs).iter().map(|p| p.1).sum();
                assert_eq!(score(&org, needs).score, sum, "{who} {id}");
            }
        }
        let ministry = score(&org(MALAWI_MINISTRY), &opps[0].1);
        let expected = [
            Reason::FocusArea(Access),
            Reason::Country("MW".into()),
            Reason::Region(Africa),
            Reason::Group(CountryGroup::Ldc),
            Reason::Group(CountryGroup::Lldc),
            Reason::SimilarSize,
        ];
        assert_eq!(ministry.reasons, expected);
        assert_eq!(ministry.score, 12 + 8 + 4 + 3 + 3 + 5); // Access in 2 pledges, then the consts
        let telecom = score(&org(TELECOM), &opps[1].1);
        let expected = [
            Reason::FocusArea(Access),
            Reason::FocusArea(Accelerate),
            Reason::Country("FJ".into()),
            Reason::Region(AsiaPacific),
            Reason::Group(CountryGroup::Sids),
            Reason::SimilarSize,
            Reason::Funder,
        ];
        assert_eq!(telecom.reasons, expected);
    }

    #[test]
    fn nothing_shared_scores_zero_and_is_dropped() {
        let opps = opportunities();
        let nothing = score(&org(UNIVERSITY), &opps[0].1);
        assert_eq!((nothing.score, nothing.reasons.len()), (0, 0));
        let ranked = ids(rank(&org(UNIVERSITY), &opps));
        assert_eq!(ranked, ["skills-training", "arab-egov-policy"]);
        assert!(rank(&OrganisationProfile::default(), &opps).is_empty());
    }

    #[test]
    fn reasons_never_repeat() {
        let mut doubled = org(MALAWI_MINISTRY);
        let again = org(&[
            "MW africa",
            "financial | access access | africa africa | mw MW | ldc ldc | 1m",
        ]);
        doubled.pledges.extend(again.pledges);
        let mut opps = opportunities();
        opps.push((
            "doubled",
            needs("access access | africa africa | MW mw | ldc ldc | 1m"),
        ));
        opps[5].1.countries.push(" mw ".into());
        for profile in [doubled, org(MALAWI_MINISTRY), org(TELECOM), org(UNIVERSITY)] {
            for (id, needs) in &opps {
                let reasons = score(&profile, needs).reasons;
                for (i, reason) in reasons.iter().enumerate() {
                    assert!(!reasons[..i].contains(reason), "{id}: {reasons:?}");
                }
            }
        }
    }

    #[test]
    fn no_pledges_matches_by_seat_and_ties_keep_given_order() {
        let newcomer = org(&["MW africa"]);
        let opps = opportunities();
        let m = score(&newcomer, &opps[0].1);
        assert_eq!(
            m.reasons,
            [Reason::Country("MW".into()), Reason::Region(Africa)]
        );
        assert_eq!(m.score, COUNTRY_POINTS + REGION_POINTS);
        let twins = [("b", opps[0].1.clone()), ("a", opps[0].1.clone())];
        assert_eq!(ids(rank(&newcomer, &twins)), ["b", "a"]);
    }

    #[test]
    fn size_rule_and_focus_cap() {
        const M: i64 = 100_000_000;
        assert!(similar_size(M, 10 * M) && similar_size(100 * M, 10 * M));
        assert!(!similar_size(M - 1, 10 * M) && !similar_size(100 * M + 1, 10 * M));
        assert!(similar_size(i64::MAX, i64::MAX / 2) && !similar_size(0, 1));
        let points = [1, 2, 3, 4, 50].map(focus_area_points);
        assert_eq!(points, [10, 12, 14, 16, 16]);
    }
}
