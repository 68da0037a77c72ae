//! The public compendium: its filters (kept in the URL), a published pledge's public fields, a page
//! of the list and the totals. Shared by the pages, the exports and the open API.
use chrono::{DateTime, NaiveDate, Utc};
use serde::{Deserialize, Serialize};

use super::review_views::urlencode;
use super::{Benefit, FieldIssue, Money, Target};
use crate::error::AppError;
use crate::progress_lifecycle::{ProgressStatus, TrafficLight};
use crate::reference::{
    CountryGroup, FocusArea, ItuRegion, KapPriority, PledgeType, Sdg, StakeholderType,
};

/// Rows per page of the public list.
pub const COMPENDIUM_PAGE_SIZE: u64 = 25;

/// What a search may be: at most this many characters in all (the search field's `maxlength`),
/// at most this many words, each of this many characters. A shorter word would match most of the
/// compendium, and each distinct search is a page rendered and kept; the messages that say so
/// (`v-search-*`) name these numbers.
pub const SEARCH_MAX_CHARS: usize = 200;
pub const SEARCH_MAX_TERMS: usize = 8;
pub const SEARCH_TERM_MIN_CHARS: usize = 2;
pub const SEARCH_TERM_MAX_CHARS: usize = 100;

/// A word shorter than the minimum, unless it is one Chinese, Japanese or Korean character: there
/// one character is a word ("网", network) and finds what it means, not most of the compendium.
fn too_short(word: &str) -> bool {
    let cjk = |c: char| {
        matches!(c,
            '\u{3040}'..='\u{30FF}'       // Hiragana, Katakana
            | '\u{3400}'..='\u{4DBF}'     // CJK Extension A
            | '\u{4E00}'..='\u{9FFF}'     // CJK Unified Ideographs
            | '\u{AC00}'..='\u{D7AF}'     // Hangul syllables
            | '\u{F900}'..='\u{FAFF}'     // CJK Compatibility Ideographs
            | '\u{20000}'..='\u{3134F}') // CJK Extensions B to G
    };
    let n = word.chars().count();
    n < SEARCH_TERM_MIN_CHARS && !(n == 1 && word.chars().all(cjk))
}

/// The filters of the public list, exports and API, as typed into the URL. Unknown values are
/// ignored, never an error: a shared link with a stale code still opens.
#[derive(Clone, Debug, Default, PartialEq, Eq, Serialize, Deserialize)]
#[serde(default)]
#[cfg_attr(feature = "ssr", derive(utoipa::IntoParams), into_params(parameter_in = Query))]
pub struct CompendiumFilter {
    /// Words that must all appear in the title, summary or an organisation's name.
    pub q: Option<String>,
    pub focus_area: Option<String>,
    pub pledge_type: Option<String>,
    pub stakeholder_type: Option<String>,
    pub region: Option<String>,
    /// ISO 3166-1 alpha-2.
    pub country: Option<String>,
    /// `ldc`, `lldc` or `sids`: the pledge benefits that group (primarily or partly).
    pub group: Option<String>,
    /// Whole US dollars.
    pub usd_min: Option<String>,
    pub usd_max: Option<String>,
    /// Year of first publication.
    pub year: Option<String>,
    /// Part of the name of the lead or a partner organisation.
    pub organisation: Option<String>,
    /// The status of the newest progress report, or `none`: no report yet.
    pub progress: Option<String>,
    /// `on_track`, `at_risk`, `off_track` (of pledges still active), `inactive` or `none`.
    pub light: Option<String>,
    /// An event's address name (`wtdc-25`): pledges announced there.
    pub event: Option<String>,
    /// `newest` (default) or `value`.
    pub sort: Option<String>,
    /// The keyset cursor: the page starts after this row (`next` of the previous page).
    pub after: Option<String>,
}

/// The progress filter: pledges whose newest report has this status, or that have none yet.
#[derive(Clone, Copy, Debug, PartialEq, Eq)]
pub enum ProgressWanted {
    Status(ProgressStatus),
    NoReport,
}

impl ProgressWanted {
    pub fn code(self) -> &'static str {
        match self {
            ProgressWanted::Status(s) => s.code(),
            ProgressWanted::NoReport => "none",
        }
    }
}

/// The traffic-light filter. A pledge that is inactive shows as inactive, whatever its last light.
#[derive(Clone, Copy, Debug, PartialEq, Eq)]
pub enum LightWanted {
    Light(TrafficLight),
    Inactive,
    NoReport,
}

impl LightWanted {
    pub fn code(self) -> &'static str {
        match self {
            LightWanted::Light(l) => l.code(),
            LightWanted::Inactive => "inactive",
            LightWanted::NoReport => "none",
        }
    }
}

/// Names and order of the filter parameters, for links, forms and the OpenAPI document.
pub const FILTER_PARAMETERS: [&str; 15] = [
    "q",
    "focus_area",
    "pledge_type",
    "stakeholder_type",
    "region",
    "country",
    "group",
    "usd_min",
    "usd_max",
    "year",
    "organisation",
    "progress",
    "light",
    "event",
    "sort",
];

impl CompendiumFilter {
    fn values(&self) -> [&Option<String>; 15] {
        [
            &self.q,
            &self.focus_area,
            &self.pledge_type,
            &self.stakeholder_type,
            &self.region,
            &self.country,
            &self.group,
            &self.usd_min,
            &self.usd_max,
            &self.year,
            &self.organisation,
            &self.progress,
            &self.light,
            &self.event,
            &self.sort,
        ]
    }

    /// The query string of these filters (no cursor), for links to pages and exports.
    pub fn query(&self) -> String {
        FILTER_PARAMETERS
            .iter()
            .zip(self.values())
            .filter_map(|(name, value)| {
                let v = value.as_deref().map(str::trim).filter(|v| !v.is_empty())?;
                Some(format!("{name}={}", urlencode(v)))
            })
            .collect::<Vec<_>>()
            .join("&")
    }

    /// The same filters, starting after `cursor`.
    pub fn query_after(&self, cursor: &str) -> String {
        let base = self.query();
        let after = format!("after={}", urlencode(cursor));
        if base.is_empty() {
            after
        } else {
            format!("{base}&{after}")
        }
    }

    pub fn focus_area(&self) -> Option<FocusArea> {
        self.focus_area.as_deref().and_then(FocusArea::parse)
    }
    pub fn pledge_type(&self) -> Option<PledgeType> {
        self.pledge_type.as_deref().and_then(PledgeType::parse)
    }
    pub fn stakeholder_type(&self) -> Option<StakeholderType> {
        self.stakeholder_type
            .as_deref()
            .and_then(StakeholderType::parse)
    }
    pub fn region(&self) -> Option<ItuRegion> {
        self.region.as_deref().and_then(ItuRegion::parse)
    }
    pub fn group(&self) -> Option<CountryGroup> {
        self.group.as_deref().and_then(CountryGroup::parse)
    }
    /// Upper-cased two letters, or nothing.
    pub fn country(&self) -> Option<String> {
        let c = self.country.as_deref()?.trim().to_ascii_uppercase();
        (c.len() == 2 && c.bytes().all(|b| b.is_ascii_uppercase())).then_some(c)
    }
    pub fn year(&self) -> Option<i32> {
        self.year
            .as_deref()
            .and_then(|y| y.trim().parse::<i32>().ok())
            .filter(|y| (1..=9999).contains(y))
    }
    /// The bounds in US cents.
    pub fn usd_cents_range(&self) -> (Option<i64>, Option<i64>) {
        let dollars = |v: &Option<String>| {
            v.as_deref()
                .map(|s| s.trim().replace([',', ' ', '_', '\u{a0}', '\u{202f}'], ""))
                .and_then(|s| s.parse::<i64>().ok())
                .filter(|n| *n >= 0)
                .map(|n| n.saturating_mul(100))
        };
        (dollars(&self.usd_min), dollars(&self.usd_max))
    }
    /// The progress wanted: a status, or no report yet.
    pub fn progress(&self) -> Option<ProgressWanted> {
        match self.progress.as_deref().map(str::trim)? {
            "none" => Some(ProgressWanted::NoReport),
            code => ProgressStatus::parse(code).map(ProgressWanted::Status),
        }
    }
    pub fn light(&self) -> Option<LightWanted> {
        match self.light.as_deref().map(str::trim)? {
            "none" => Some(LightWanted::NoReport),
            "inactive" => Some(LightWanted::Inactive),
            code => TrafficLight::parse(code).map(LightWanted::Light),
        }
    }
    /// The event's address name, when it is one (an unknown event then finds nothing).
    pub fn event(&self) -> Option<String> {
        let e = self.event.as_deref()?.trim().to_lowercase();
        crate::domain::events::slug_is_valid(&e).then_some(e)
    }
    pub fn by_value(&self) -> bool {
        self.sort.as_deref() == Some("value")
    }
    /// The search terms, lower-cased (see [`CompendiumFilter::search_issue`] for their limits).
    pub fn terms(&self) -> Vec<String> {
        terms_of(self.q.as_deref().unwrap_or_default())
    }

    /// Why the search cannot be run as typed, as the message shown next to the search field.
    pub fn search_issue(&self) -> Option<FieldIssue> {
        let q = self.q.as_deref().unwrap_or_default().trim();
        let words: Vec<&str> = q.split_whitespace().collect();
        let code = if q.chars().count() > SEARCH_MAX_CHARS {
            "search_too_long"
        } else if words.len() > SEARCH_MAX_TERMS {
            "search_too_many_terms"
        } else if words.iter().any(|w| too_short(w)) {
            "search_term_short"
        } else if words
            .iter()
            .any(|w| w.chars().count() > SEARCH_TERM_MAX_CHARS)
        {
            "search_term_long"
        } else {
            return None;
        };
        Some(FieldIssue::new("q", code))
    }

    /// Refuses a search outside the limits, before any database work.
    pub fn check_search(&self) -> Result<(), AppError> {
        match self.search_issue() {
            Some(issue) => Err(AppError::Validation(vec![issue])),
            None => Ok(()),
        }
    }

    /// Sets the parameter `name` of a query string; `false` if no filter has that name.
    pub fn set(&mut self, name: &str, value: String) -> bool {
        let field = match name {
            "q" => &mut self.q,
            "focus_area" => &mut self.focus_area,
            "pledge_type" => &mut self.pledge_type,
            "stakeholder_type" => &mut self.stakeholder_type,
            "region" => &mut self.region,
            "country" => &mut self.country,
            "group" => &mut self.group,
            "usd_min" => &mut self.usd_min,
            "usd_max" => &mut self.usd_max,
            "year" => &mut self.year,
            "organisation" => &mut self.organisation,
            "progress" => &mut self.progress,
            "light" => &mut self.light,
            "event" => &mut self.event,
            "sort" => &mut self.sort,
            "after" => &mut self.after,
            _ => return false,
        };
        *field = Some(value);
        true
    }

    /// The same filters with only what changes the answer: empty values, values the filters
    /// ignore (an unknown code, a malformed number) and the default order dropped, codes and
    /// numbers in one spelling. Two addresses that show the same pledges have one normal form,
    /// which is what the page cache keys on and kept exports are made for.
    pub fn normalised(&self) -> CompendiumFilter {
        let text = |v: &Option<String>| {
            v.as_deref()
                .map(str::trim)
                .filter(|v| !v.is_empty())
                .map(str::to_owned)
        };
        let (usd_min, usd_max) = self.usd_cents_range();
        let dollars = |cents: Option<i64>| cents.map(|c| (c / 100).to_string());
        CompendiumFilter {
            q: text(&self.q),
            focus_area: self.focus_area().map(|a| a.code().to_owned()),
            pledge_type: self.pledge_type().map(|t| t.code().to_owned()),
            stakeholder_type: self.stakeholder_type().map(|s| s.code().to_owned()),
            region: self.region().map(|r| r.code().to_owned()),
            country: self.country(),
            group: self.group().map(|g| g.code().to_owned()),
            usd_min: dollars(usd_min),
            usd_max: dollars(usd_max),
            year: self.year().map(|y| y.to_string()),
            organisation: text(&self.organisation),
            progress: self.progress().map(|p| p.code().to_owned()),
            light: self.light().map(|l| l.code().to_owned()),
            event: self.event(),
            sort: self.by_value().then(|| "value".to_owned()),
            after: text(&self.after),
        }
    }

    /// Whether these filters find every published pledge in the default order.
    pub fn is_everything(&self) -> bool {
        CompendiumFilter {
            after: None,
            ..self.normalised()
        } == CompendiumFilter::default()
    }
    pub fn organisation(&self) -> Option<String> {
        self.organisation
            .as_deref()
            .map(|o| o.trim().to_lowercase())
            .filter(|o| !o.is_empty())
            .map(|o| o.chars().take(200).collect())
    }
}

/// Search words as the text is stored: lower-cased, split at white space. The limits are checked
/// before a search runs; cut here all the same, so no caller can make a query of unbounded size.
pub fn terms_of(q: &str) -> Vec<String> {
    q.split_whitespace()
        .map(|t| {
            t.to_lowercase()
                .chars()
                .take(SEARCH_TERM_MAX_CHARS)
                .collect::<String>()
        })
        .filter(|t| !t.is_empty())
        .take(SEARCH_MAX_TERMS)
        .collect()
}

/// A published pledge's public reference: the year it was first published and its number. It
/// never changes, so links to it stay good.
pub fn public_ref(first_published: NaiveDate, pledge_id: i32) -> String {
    use chrono::Datelike;
    format!("P2C-{}-{pledge_id:05}", first_published.year())
}

/// The pledge number in a public reference, if the text is one.
pub fn pledge_id_of_ref(reference: &str) -> Option<i32> {
    let rest = reference.trim().strip_prefix("P2C-")?;
    let (year, number) = rest.split_once('-')?;
    (year.len() == 4 && year.bytes().all(|b| b.is_ascii_digit())).then_some(())?;
    (number.len() >= 5 && number.bytes().all(|b| b.is_ascii_digit())).then_some(())?;
    number.parse().ok()
}

/// Every public field of a published pledge (never its contact person or review notes).
#[derive(Clone, Debug, PartialEq, Eq, Serialize, Deserialize)]
#[cfg_attr(feature = "ssr", derive(utoipa::ToSchema))]
pub struct PublicPledge {
    pub public_ref: String,
    pub title: String,
    pub summary: String,
    pub description: String,
    /// The lead organisation.
    pub organisation_name: String,
    pub stakeholder_type: StakeholderType,
    /// Every partner besides the lead: registered ones that confirmed, then those the lead named.
    pub partners: Vec<String>,
    /// The partners (of `partners`) that the lead organisation named, with no account of their
    /// own: the public page says so.
    #[serde(default)]
    pub named_partners: Vec<String>,
    pub pledge_type: PledgeType,
    pub focus_areas: Vec<FocusArea>,
    pub scope_global: bool,
    pub regions: Vec<ItuRegion>,
    /// ISO 3166-1 alpha-2.
    pub countries: Vec<String>,
    pub amount: Option<Money>,
    pub usd_cents: Option<i64>,
    pub ldc: Benefit,
    pub lldc: Benefit,
    pub sids: Benefit,
    pub targets: Vec<Target>,
    pub start: NaiveDate,
    pub end: NaiveDate,
    pub sdgs: Vec<Sdg>,
    pub kap: Vec<KapPriority>,
    /// The day it was first published.
    pub published_on: NaiveDate,
    /// Its progress after publication, as its public reports tell it.
    #[serde(default)]
    pub progress: crate::domain::progress::ProgressSummary,
    /// The events it was announced at (the organiser accepted the announcement).
    #[serde(default)]
    pub events: Vec<crate::domain::events::EventMention>,
    /// The lead's public profile, when it has one (a verified organisation).
    #[serde(default)]
    pub organisation_profile: Option<String>,
    /// The profiles of `partners`, in the same order (`None` for one without a profile).
    #[serde(default)]
    pub partner_profiles: Vec<Option<String>>,
    /// The opportunities it answers.
    #[serde(default)]
    pub answers: Vec<crate::domain::marketplace::OpportunityMention>,
    /// Organisations that signed on to the open pledge and were approved by ITU.
    #[serde(default)]
    pub cosigners: Vec<crate::domain::marketplace::CoSigner>,
    /// The co-signers' money in US cents: its own line, never in `usd_cents`.
    #[serde(default)]
    pub cosigner_usd_cents: Option<i64>,
    /// Other organisations may sign on now.
    #[serde(default)]
    pub open_sign_on: bool,
}

impl PublicPledge {
    pub fn benefit(&self, group: CountryGroup) -> &Benefit {
        match group {
            CountryGroup::Ldc => &self.ldc,
            CountryGroup::Lldc => &self.lldc,
            CountryGroup::Sids => &self.sids,
        }
    }
}

/// One page of the public list, newest (or highest value) first.
#[derive(Clone, Debug, PartialEq, Eq, Serialize, Deserialize)]
pub struct CompendiumPage {
    pub pledges: Vec<PublicPledge>,
    /// How many pledges the filters find in all.
    pub total: u64,
    /// The cursor of the next page, when there is one.
    pub next: Option<String>,
    /// Whether this is a later page (offer the way back to the first).
    pub later_page: bool,
    pub as_at: DateTime<Utc>,
}

/// Totals of the pledges a filter finds. A pledge counts once, whatever its number of partners;
/// in the splits by focus area and region it counts once in each it names.
#[derive(Clone, Debug, Default, PartialEq, Eq, Serialize, Deserialize)]
pub struct CompendiumStats {
    pub pledges: u64,
    /// Sum of the known USD values, in cents.
    pub usd_cents: i64,
    /// Pledges whose value has no USD figure yet (no exchange rate); not in `usd_cents`.
    pub without_usd: u64,
    /// Distinct organisations, leads and partners.
    pub organisations: u64,
    /// Distinct government organisations among them.
    pub governments: u64,
    /// Distinct countries named in the pledges' scopes.
    pub countries: u64,
    /// Pledges that benefit LDCs (primarily or partly).
    pub benefiting_ldc: u64,
    pub by_focus_area: Vec<(FocusArea, Split)>,
    pub by_type: Vec<(PledgeType, Split)>,
    pub by_stakeholder: Vec<(StakeholderType, Split)>,
    pub by_region: Vec<(ItuRegion, Split)>,
    pub by_group: Vec<(CountryGroup, Split)>,
    pub as_at: Option<DateTime<Utc>>,
    /// Money the newest public reports say was disbursed, in US cents (each pledge once).
    #[serde(default)]
    pub delivered_usd_cents: i64,
    /// Pledges with at least one public progress report.
    #[serde(default)]
    pub reporting: u64,
    /// The approved co-signers' money of these pledges (US cents): its own line, not in
    /// `usd_cents`, so no pledge's amount is counted twice.
    #[serde(default)]
    pub cosigner_usd_cents: i64,
}

/// One bar of a chart: how many pledges, and their known USD value.
#[derive(Clone, Copy, Debug, Default, PartialEq, Eq, Serialize, Deserialize)]
pub struct Split {
    pub pledges: u64,
    pub usd_cents: i64,
    /// Of these pledges, the money their reports say was disbursed (US cents).
    #[serde(default)]
    pub delivered_usd_cents: i64,
}

#[cfg(test)]
mod tests {
    use super::*;

    #[test]
    fn references_round_trip_and_refuse_look_alikes() {
        let day = NaiveDate::from_ymd_opt(2026, 12, 1).unwrap_or_default();
        assert_eq!(public_ref(day, 123), "P2C-2026-00123");
        assert_eq!(public_ref(day, 1_234_567), "P2C-2026-1234567");
        assert_eq!(pledge_id_of_ref("P2C-2026-00123"), Some(123));
        assert_eq!(pledge_id_of_ref(" P2C-2026-1234567 "), Some(1_234_567));
        for bad in [
            "P2C-2026-123",
            "P2C-26-00123",
            "p2c-2026-00123",
            "P2C-2026-00a23",
            "123",
            "",
        ] {
            assert_eq!(pledge_id_of_ref(bad), None, "{bad}");
        }
    }

    #[test]
    fn filters_parse_leniently_and_round_trip_through_the_query() {
        let f = CompendiumFilter {
            q: Some("  Solar   SCHOOLS 宽带 ".into()),
            focus_area: Some("access".into()),
            country: Some("rw".into()),
            usd_min: Some("1,000".into()),
            usd_max: Some("-5".into()),
            year: Some("1999".into()),
            region: Some("atlantis".into()),
            ..Default::default()
        };
        assert_eq!(f.terms(), vec!["solar", "schools", "宽带"]);
        assert_eq!(f.focus_area(), Some(FocusArea::Access));
        assert_eq!(f.country().as_deref(), Some("RW"));
        assert_eq!(f.usd_cents_range(), (Some(100_000), None));
        assert_eq!(f.year(), Some(1999));
        let nonsense = CompendiumFilter {
            year: Some("19x9".into()),
            ..Default::default()
        };
        assert_eq!(nonsense.year(), None);
        assert_eq!(f.region(), None);
        assert_eq!(
            f.query(),
            "q=Solar%20%20%20SCHOOLS%20%E5%AE%BD%E5%B8%A6&focus_area=access&region=atlantis\
             &country=rw&usd_min=1%2C000&usd_max=-5&year=1999"
        );
        assert_eq!(
            CompendiumFilter::default().query_after("x y"),
            "after=x%20y"
        );
    }

    fn searching(q: &str) -> Option<String> {
        CompendiumFilter {
            q: Some(q.into()),
            ..Default::default()
        }
        .search_issue()
        .map(|i| i.code)
    }

    #[test]
    fn searches_outside_the_limits_are_refused_with_their_reason() {
        assert_eq!(searching("  solar   schools 宽带 "), None);
        assert_eq!(searching("宽带"), None);
        assert_eq!(searching(""), None);
        assert_eq!(searching("solar a").as_deref(), Some("search_term_short"));
        assert_eq!(searching("é").as_deref(), Some("search_term_short"));
        // One character is a word in Chinese, Japanese and Korean.
        for word in ["网", "網", "ネ", "망", "𠀀"] {
            assert_eq!(searching(word), None, "{word}");
        }
        let words = ["ab"; SEARCH_MAX_TERMS];
        assert_eq!(searching(&words.join(" ")), None);
        let words = ["ab"; SEARCH_MAX_TERMS + 1];
        assert_eq!(
            searching(&words.join(" ")).as_deref(),
            Some("search_too_many_terms")
        );
        let long = "é".repeat(SEARCH_TERM_MAX_CHARS);
        assert_eq!(searching(&long), None, "characters, not bytes");
        assert_eq!(
            searching(&format!("{long}x")).as_deref(),
            Some("search_term_long")
        );
        let all = format!("{} {}", "x".repeat(100), "y".repeat(100));
        assert_eq!(
            searching(&all).as_deref(),
            Some("search_too_long"),
            "{} characters",
            all.len()
        );
        let refused = CompendiumFilter {
            q: Some("a".into()),
            ..Default::default()
        }
        .check_search();
        assert!(matches!(refused, Err(AppError::Validation(issues)) if issues[0].field == "q"));
    }

    #[test]
    fn the_normal_form_keeps_only_what_changes_the_answer() {
        let mut f = CompendiumFilter::default();
        assert!(f.set("q", " solar ".into()));
        assert!(f.set("focus_area", "access".into()));
        assert!(f.set("pledge_type", "nonsense".into()));
        assert!(f.set("country", "rw".into()));
        assert!(f.set("usd_min", "1,000".into()));
        assert!(f.set("year", "".into()));
        assert!(f.set("sort", "newest".into()));
        assert!(f.set("organisation", "  ".into()));
        assert!(!f.set("x", "1".into()), "no such filter");
        let n = f.normalised();
        assert_eq!(
            n.query(),
            "q=solar&focus_area=access&country=RW&usd_min=1000"
        );
        // Every reading of the filters is the same on the normal form.
        assert_eq!(n.terms(), f.terms());
        assert_eq!(n.focus_area(), f.focus_area());
        assert_eq!(n.pledge_type(), f.pledge_type());
        assert_eq!(n.country(), f.country());
        assert_eq!(n.usd_cents_range(), f.usd_cents_range());
        assert_eq!(n.year(), f.year());
        assert_eq!(n.organisation(), f.organisation());
        assert_eq!(n.by_value(), f.by_value());
        assert_eq!(n.normalised(), n, "normal already");
        assert!(!f.is_everything());
        let mut default_order = CompendiumFilter::default();
        default_order.set("sort", "newest".into());
        default_order.set("region", "atlantis".into());
        assert!(default_order.is_everything());
        default_order.set("sort", "value".into());
        assert!(!default_order.is_everything());
    }
}
