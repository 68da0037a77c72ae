//! What the marketplace's pages show: opportunities with their funding bar, co-signers of open
//! pledges, the reviewers' desks of sign-ons and reports, and organisation profiles.
use chrono::{DateTime, NaiveDate, Utc};
use serde::{Deserialize, Serialize};

use super::matching::Reason;
use crate::domain::Money;
use crate::domain::events::EventMention;
use crate::marketplace_lifecycle::{
    InKind, OpportunityKind, OpportunityStatus, ReportReason, ReportState, ReportSubject,
    SignOnState,
};
use crate::reference::{CountryGroup, FocusArea, ItuRegion, PledgeType, StakeholderType};

/// An organisation named on a public page, with the address of its profile when it has one
/// (registered and verified).
#[derive(Clone, Debug, PartialEq, Eq, Serialize, Deserialize)]
#[cfg_attr(feature = "ssr", derive(utoipa::ToSchema))]
pub struct OrgMention {
    pub name: String,
    pub profile: Option<String>,
}

/// The profile address of an organisation: its number, then its name in Latin letters where it
/// has some ("/organisations/12-ministry-of-ict"), so the link reads well and survives a rename.
pub fn profile_path(id: i32, name: &str) -> String {
    let mut words = String::new();
    for word in name
        .split(|c: char| !c.is_ascii_alphanumeric())
        .filter(|w| !w.is_empty())
    {
        if words.len() + word.len() > 60 {
            break;
        }
        words.push('-');
        words.push_str(&word.to_ascii_lowercase());
    }
    format!("/organisations/{id}{words}")
}

/// The organisation number of a profile address' last part ("12-ministry-of-ict" is 12).
pub fn profile_id(slug: &str) -> Option<i32> {
    let digits = slug.split('-').next()?;
    (!digits.is_empty() && digits.len() <= 9 && digits.bytes().all(|b| b.is_ascii_digit()))
        .then(|| digits.parse().ok())
        .flatten()
}

/// An opportunity a public pledge answers.
#[derive(Clone, Debug, PartialEq, Eq, Serialize, Deserialize)]
#[cfg_attr(feature = "ssr", derive(utoipa::ToSchema))]
pub struct OpportunityMention {
    pub slug: String,
    pub title: String,
}

/// An organisation that signed on to an open pledge and was approved by ITU.
#[derive(Clone, Debug, PartialEq, Eq, Serialize, Deserialize)]
#[cfg_attr(feature = "ssr", derive(utoipa::ToSchema))]
pub struct CoSigner {
    pub organisation: OrgMention,
    pub amount: Option<Money>,
    pub usd_cents: Option<i64>,
    pub in_kind: Vec<InKind>,
    pub role: String,
}

/// Money for an opportunity from the published pledges that answer it, each counted once.
#[derive(Clone, Copy, Debug, Default, PartialEq, Eq, Serialize, Deserialize)]
#[cfg_attr(feature = "ssr", derive(utoipa::ToSchema))]
pub struct Funding {
    pub needed_usd_cents: Option<i64>,
    /// The answering pledges' own values (lead and partners), in US cents.
    pub pledged_usd_cents: i64,
    /// Their co-signers' money: its own line, not in `pledged_usd_cents`.
    pub cosigned_usd_cents: i64,
    /// What their newest public progress reports say was disbursed.
    pub delivered_usd_cents: i64,
    pub pledges: u64,
}

impl Funding {
    pub fn committed_usd_cents(&self) -> i64 {
        self.pledged_usd_cents
            .saturating_add(self.cosigned_usd_cents)
    }

    /// Share of the need that is committed, 0 to 100 (the bar stops full when over-funded).
    pub fn percent(&self) -> Option<u8> {
        let needed = self.needed_usd_cents.filter(|n| *n > 0)?;
        let share = i128::from(self.committed_usd_cents()) * 100 / i128::from(needed);
        Some(u8::try_from(share.clamp(0, 100)).unwrap_or(100))
    }

    pub fn delivered_percent(&self) -> Option<u8> {
        let needed = self.needed_usd_cents.filter(|n| *n > 0)?;
        let share = i128::from(self.delivered_usd_cents) * 100 / i128::from(needed);
        Some(u8::try_from(share.clamp(0, 100)).unwrap_or(100))
    }
}

#[derive(Clone, Debug, PartialEq, Eq, Serialize, Deserialize)]
#[cfg_attr(feature = "ssr", derive(utoipa::ToSchema))]
pub struct OpportunitySummary {
    pub slug: String,
    pub kind: OpportunityKind,
    pub title: String,
    pub summary: String,
    pub status: OpportunityStatus,
    pub focus_areas: Vec<FocusArea>,
    pub regions: Vec<ItuRegion>,
    /// ISO 3166-1 alpha-2.
    pub countries: Vec<String>,
    pub groups: Vec<CountryGroup>,
    pub needed: Option<Money>,
    pub in_kind: Vec<InKind>,
    pub funding: Funding,
}

/// A published pledge that answers an opportunity.
#[derive(Clone, Debug, PartialEq, Eq, Serialize, Deserialize)]
#[cfg_attr(feature = "ssr", derive(utoipa::ToSchema))]
pub struct AnsweringPledge {
    pub public_ref: String,
    pub title: String,
    pub organisation: OrgMention,
    pub usd_cents: Option<i64>,
    pub cosigner_usd_cents: Option<i64>,
    pub delivered_usd_cents: Option<i64>,
}

#[derive(Clone, Debug, PartialEq, Eq, Serialize, Deserialize)]
#[cfg_attr(feature = "ssr", derive(utoipa::ToSchema))]
pub struct OpportunityDetail {
    pub id: i32,
    pub version: i32,
    #[serde(flatten)]
    pub summary: OpportunitySummary,
    pub description: String,
    pub in_kind_note: String,
    pub starts_on: Option<NaiveDate>,
    pub ends_on: Option<NaiveDate>,
    pub contact_name: String,
    pub contact_email: String,
    pub answers: Vec<AnsweringPledge>,
}

/// An open opportunity ranked for an organisation or a pledge, with why.
#[derive(Clone, Debug, PartialEq, Eq, Serialize, Deserialize)]
pub struct Suggestion {
    pub opportunity: OpportunitySummary,
    pub score: u32,
    pub reasons: Vec<Reason>,
}

#[derive(Clone, Debug, PartialEq, Eq, Serialize, Deserialize)]
pub struct OpportunityList {
    pub items: Vec<OpportunitySummary>,
    /// For a signed-in organisation: open opportunities that fit its pledges and profile.
    pub for_you: Vec<Suggestion>,
    /// The person may post and edit opportunities.
    pub may_post: bool,
}

/// A sign-on as its pledge's lead, the signer and ITU's reviewers see it.
#[derive(Clone, Debug, PartialEq, Eq, Serialize, Deserialize)]
pub struct SignOnRow {
    pub id: i32,
    pub version: i32,
    pub pledge_id: i32,
    pub pledge_title: String,
    pub public_ref: Option<String>,
    pub organisation_name: String,
    pub amount: Option<Money>,
    pub usd_cents: Option<i64>,
    pub in_kind: Vec<InKind>,
    pub role: String,
    pub state: SignOnState,
    pub created_at: DateTime<Utc>,
    pub decision_reason: Option<String>,
}

/// What the public pledge page offers a signed-in organisation about signing on.
#[derive(Clone, Debug, Default, PartialEq, Eq, Serialize, Deserialize)]
pub struct SignOnOffer {
    /// Sign-on is open and this organisation may sign (not the lead, not already signed).
    pub may_sign: bool,
    /// The organisation leads the pledge and may close sign-on.
    pub may_close: bool,
    pub open: bool,
    /// Nobody is signed in: the page offers to sign in to sign on.
    pub anonymous: bool,
    /// This organisation's own sign-on, if any.
    pub mine: Option<SignOnRow>,
}

#[derive(Clone, Debug, PartialEq, Eq, Serialize, Deserialize)]
pub struct ReportRow {
    pub id: i32,
    pub reason: ReportReason,
    pub message: String,
    /// Only reviewers see it; never sent to the organisation.
    pub reporter_email: Option<String>,
    pub signed_in: bool,
    pub state: ReportState,
    pub created_at: DateTime<Utc>,
}

/// One reported page with its open reports (counted per item).
#[derive(Clone, Debug, PartialEq, Eq, Serialize, Deserialize)]
pub struct ReportedItem {
    pub subject_kind: ReportSubject,
    pub subject_id: i32,
    pub label: String,
    /// The public address of the page reported.
    pub link: Option<String>,
    pub open: u64,
    pub reports: Vec<ReportRow>,
    /// The reviewer may take the page down: any reviewer for an opportunity or an event; only an
    /// ITU admin for a pledge (the pledge's own rule: admins unpublish).
    pub may_unpublish: bool,
}

/// A coalition role of an organisation: Leader or Member of a focus area.
#[derive(Clone, Debug, PartialEq, Eq, Serialize, Deserialize)]
pub struct ProfileRole {
    pub focus_area: FocusArea,
    pub leader: bool,
}

#[derive(Clone, Debug, PartialEq, Eq, Serialize, Deserialize)]
pub struct ProfilePledge {
    pub public_ref: String,
    pub title: String,
    pub pledge_type: PledgeType,
    pub usd_cents: Option<i64>,
    /// Lead, partner or co-signer.
    pub part: String,
}

#[derive(Clone, Debug, PartialEq, Eq, Serialize, Deserialize)]
pub struct OrganisationProfile {
    pub name: String,
    pub stakeholder_type: StakeholderType,
    /// ISO 3166-1 alpha-2.
    pub country: String,
    pub website: String,
    pub description: String,
    pub roles: Vec<ProfileRole>,
    pub pledges: Vec<ProfilePledge>,
    /// The pledges' known USD values, each pledge once (as lead or partner).
    pub pledged_usd_cents: i64,
    /// What it added as a co-signer.
    pub cosigned_usd_cents: i64,
    pub opportunities: Vec<OpportunityMention>,
    pub events: Vec<EventMention>,
}

#[cfg(test)]
mod tests {
    use super::*;

    #[test]
    fn profile_addresses_read_well_and_lead_back_to_the_number() {
        assert_eq!(
            profile_path(12, "Ministry of ICT and Innovation, Rwanda"),
            "/organisations/12-ministry-of-ict-and-innovation-rwanda"
        );
        assert_eq!(profile_path(7, "华为"), "/organisations/7");
        assert_eq!(profile_id("12-ministry-of-ict"), Some(12));
        assert_eq!(profile_id("7"), Some(7));
        assert_eq!(profile_id("x-12"), None);
        assert_eq!(profile_id("99999999999999"), None);
    }

    #[test]
    fn the_bar_counts_co_signers_once_and_stops_full() {
        let f = Funding {
            needed_usd_cents: Some(800_000_000),
            pledged_usd_cents: 300_000_000,
            cosigned_usd_cents: 100_000_000,
            delivered_usd_cents: 80_000_000,
            pledges: 2,
        };
        assert_eq!(f.committed_usd_cents(), 400_000_000);
        assert_eq!(f.percent(), Some(50));
        assert_eq!(f.delivered_percent(), Some(10));
        let over = Funding {
            pledged_usd_cents: 2_000_000_000,
            ..f
        };
        assert_eq!(over.percent(), Some(100));
        assert_eq!(Funding::default().percent(), None);
    }
}
