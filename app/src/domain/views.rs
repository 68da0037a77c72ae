//! What server functions return to pages: plain data, no database types.
use chrono::{DateTime, NaiveDate, Utc};
use serde::{Deserialize, Serialize};

use super::{ConsistencyFlag, PledgeContent, PledgeInput};
use crate::leader_lifecycle::LeaderStatus;
use crate::letter_lifecycle::LetterStatus;
use crate::organisation_lifecycle::Verification;
use crate::pledge_lifecycle::{PledgeStatus, Role};
use crate::reference::{FocusArea, PledgeType};

#[derive(Clone, Debug, PartialEq, Eq, Serialize, Deserialize)]
pub struct SessionUser {
    pub user_id: i32,
    pub display_name: String,
    pub email: String,
    pub role: Role,
    pub organisation_id: i32,
    pub organisation_name: String,
}

/// A pledge in a list for its organisations or for reviewers.
#[derive(Clone, Debug, PartialEq, Eq, Serialize, Deserialize)]
pub struct PledgeRow {
    pub id: i32,
    pub version: i32,
    /// The newest title: of the working copy while one is being typed, else of the newest revision.
    pub title: String,
    /// The lead organisation.
    pub organisation_name: String,
    pub pledge_type: Option<PledgeType>,
    pub status: PledgeStatus,
    pub submitted_at: Option<DateTime<Utc>>,
    /// How the viewer's organisation takes part: `lead`, `partner` or `invited`.
    pub part: String,
    /// The newest message a reviewer wrote (changes requested, rejection).
    pub reviewer_message: Option<String>,
    /// Consistency flags of the revision in review (LDC/LLDC/SIDS claim against scope).
    pub flags: Vec<ConsistencyFlag>,
}

/// What the form starts from: the working copy, or the newest revision when there is none.
#[derive(Clone, Debug, PartialEq, Eq, Serialize, Deserialize)]
pub struct EditStart {
    pub pledge_id: Option<i32>,
    pub status: Option<PledgeStatus>,
    pub input: PledgeInput,
    pub saved_at: Option<DateTime<Utc>>,
    /// The pledge may be changed by this person in its present state.
    pub editable: bool,
    /// The server's date: the day the LDC/LLDC/SIDS hints judge against (browsers' clocks are not used).
    pub today: NaiveDate,
    /// Opportunities the pledge may answer (slug, title): the open ones and those it answers.
    #[serde(default)]
    pub opportunities: Vec<(String, String)>,
}

/// The answer to a saved draft.
#[derive(Clone, Debug, PartialEq, Eq, Serialize, Deserialize)]
pub struct DraftSaved {
    pub pledge_id: i32,
    pub saved_at: DateTime<Utc>,
}

#[derive(Clone, Debug, PartialEq, Eq, Serialize, Deserialize)]
pub struct RevisionSummary {
    pub id: i32,
    pub number: i32,
    pub title: String,
    pub created_at: DateTime<Utc>,
    pub is_public: bool,
}

/// One revision as its organisations and ITU read it.
#[derive(Clone, Debug, PartialEq, Eq, Serialize, Deserialize)]
pub struct RevisionView {
    pub id: i32,
    pub number: i32,
    pub created_at: DateTime<Utc>,
    pub content: PledgeContent,
    pub usd_cents: Option<i64>,
    pub usd_rate: Option<String>,
    pub usd_rate_date: Option<NaiveDate>,
    /// The day its LDC/LLDC/SIDS claim is judged against (its submission day).
    pub groups_on: NaiveDate,
    pub flags: Vec<ConsistencyFlag>,
    /// Countries of the scope that were LDCs on `groups_on` and are not any more ("LDC when pledged").
    pub ldc_when_pledged: Vec<String>,
}

#[derive(Clone, Debug, PartialEq, Eq, Serialize, Deserialize)]
pub struct EventView {
    pub at: DateTime<Utc>,
    pub actor: String,
    pub action: String,
    pub from: String,
    pub to: String,
    pub reason: Option<String>,
}

#[derive(Clone, Debug, PartialEq, Eq, Serialize, Deserialize)]
pub struct ParticipantView {
    pub id: i32,
    pub organisation_id: Option<i32>,
    pub name: String,
    /// `lead` or `partner`.
    pub role: String,
    /// `confirmed`, `invited`, `declined` or `named`.
    pub status: String,
}

/// A pledge's page for its organisations: state, revisions, partners and history.
#[derive(Clone, Debug, PartialEq, Eq, Serialize, Deserialize)]
pub struct PledgeDetail {
    pub id: i32,
    pub version: i32,
    pub status: PledgeStatus,
    pub title: String,
    /// `lead`, `partner` or `invited` (an invitation to answer).
    pub part: String,
    pub editable: bool,
    pub may_withdraw: bool,
    pub partners_may_edit: bool,
    pub has_working_copy: bool,
    pub revisions: Vec<RevisionSummary>,
    pub current: Option<RevisionView>,
    pub participants: Vec<ParticipantView>,
    pub history: Vec<EventView>,
    /// Verified organisations the lead may invite.
    pub invitable: Vec<OrganisationSummary>,
    /// What ITU wrote with its newest request for changes, rejection or unpublishing.
    pub reviewer_message: Option<String>,
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
