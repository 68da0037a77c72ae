//! What server functions return to pages: plain data, no database types.
use chrono::{DateTime, NaiveDate, Utc};
use serde::{Deserialize, Serialize};

use crate::leader_lifecycle::LeaderStatus;
use crate::letter_lifecycle::LetterStatus;
use crate::organisation_lifecycle::Verification;
use crate::pledge_lifecycle::{PledgeStatus, Role};
use crate::reference::{BenefitLevel, FocusArea, PledgeType};

#[derive(Clone, Debug, PartialEq, Eq, Serialize, Deserialize)]
pub struct SessionUser {
    pub user_id: i32,
    pub display_name: String,
    pub email: String,
    pub role: Role,
    pub organisation_id: i32,
    pub organisation_name: String,
}

/// A pledge in a list for its organisation or for reviewers.
#[derive(Clone, Debug, PartialEq, Eq, Serialize, Deserialize)]
pub struct PledgeRow {
    pub id: i32,
    pub version: i32,
    pub title: String,
    pub organisation_name: String,
    pub pledge_type: PledgeType,
    pub status: PledgeStatus,
    pub submitted_at: Option<DateTime<Utc>>,
}

/// A published pledge as the public sees it in the compendium.
#[derive(Clone, Debug, PartialEq, Eq, Serialize, Deserialize)]
pub struct PublicPledge {
    pub id: i32,
    pub title: String,
    pub description: String,
    pub organisation_name: String,
    pub pledge_type: PledgeType,
    pub focus_areas: Vec<FocusArea>,
    pub benefit_ldc: BenefitLevel,
    pub benefit_lldc: BenefitLevel,
    pub benefit_sids: BenefitLevel,
    pub published_on: Option<NaiveDate>,
}

/// An organisation as the coalition page and ITU's lists show it.
#[derive(Clone, Debug, PartialEq, Eq, Serialize, Deserialize)]
pub struct OrganisationSummary {
    pub id: i32,
    pub name: String,
    pub stakeholder_type: String,
    pub country: String,
}

/// One focus area on the public coalition page.
#[derive(Clone, Debug, PartialEq, Eq, Serialize, Deserialize)]
pub struct CoalitionArea {
    pub area: FocusArea,
    pub leaders: Vec<OrganisationSummary>,
    pub members: Vec<OrganisationSummary>,
}

#[derive(Clone, Debug, PartialEq, Eq, Serialize, Deserialize)]
pub struct LeaderRow {
    pub id: i32,
    pub organisation: OrganisationSummary,
    pub area: FocusArea,
    pub status: LeaderStatus,
    pub constituency: Option<String>,
    pub commitment: Option<String>,
    pub reason: Option<String>,
}

#[derive(Clone, Debug, PartialEq, Eq, Serialize, Deserialize)]
pub struct LetterRow {
    pub id: i32,
    pub version: i32,
    pub organisation: OrganisationSummary,
    pub areas: Vec<FocusArea>,
    pub status: LetterStatus,
    pub statement: String,
    pub signatory: String,
    pub signed_on: NaiveDate,
    pub has_pdf: bool,
    pub reason: Option<String>,
}

#[derive(Clone, Debug, PartialEq, Eq, Serialize, Deserialize)]
pub struct PersonRow {
    pub id: i32,
    pub name: String,
    pub email: String,
    pub role: Role,
    pub organisation_name: String,
}

/// What an organisation's people see of its place in the coalition.
#[derive(Clone, Debug, PartialEq, Eq, Serialize, Deserialize)]
pub struct MyOrganisation {
    pub summary: OrganisationSummary,
    pub verification: Verification,
    pub verification_reason: Option<String>,
    pub join_requests: Vec<PersonRow>,
    pub leaders: Vec<LeaderRow>,
    pub letters: Vec<LetterRow>,
}

/// ITU admins' desk: organisations to verify, Leader applications and seats, letters, people.
#[derive(Clone, Debug, PartialEq, Eq, Serialize, Deserialize)]
pub struct CoalitionDesk {
    pub pending_organisations: Vec<OrganisationSummary>,
    pub organisations: Vec<OrganisationSummary>,
    pub leaders: Vec<LeaderRow>,
    pub letters: Vec<LetterRow>,
    pub seats: Vec<(FocusArea, i32)>,
    pub people: Vec<PersonRow>,
}
