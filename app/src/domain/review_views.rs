//! What the reviewers' queue, the review page, the conversation and the audit log show.
use chrono::{DateTime, Utc};
use serde::{Deserialize, Serialize};

use super::{
    ChecklistInput, ConsistencyFlag, EventView, OrganisationSummary, ParticipantView,
    RevisionSummary, RevisionView,
};
use crate::domain::similarity::SimilarPledge;
use crate::domain::text_diff::DiffPiece;
use crate::organisation_lifecycle::Verification;
use crate::pledge_lifecycle::PledgeStatus;
use crate::reference::PledgeType;

/// The queue's filters exactly as they stand in the URL, so a filtered queue can be shared and
/// bookmarked and works without JavaScript. The service parses them and ignores nonsense.
#[derive(Clone, Debug, Default, PartialEq, Eq, Serialize, Deserialize)]
#[serde(default)]
pub struct QueueFilter {
    pub status: Option<String>,
    pub focus_area: Option<String>,
    pub pledge_type: Option<String>,
    pub stakeholder_type: Option<String>,
    pub region: Option<String>,
    /// Whole US dollars.
    pub usd_min: Option<String>,
    pub usd_max: Option<String>,
    /// Waiting at least this many days.
    pub min_days: Option<String>,
    /// `me`, `none` or a reviewer's id.
    pub assignee: Option<String>,
    /// `oldest` (the default), `newest` or `value`.
    pub sort: Option<String>,
    pub page: Option<String>,
}

impl QueueFilter {
    /// The query string of these filters (without `page` unless given), for links.
    pub fn query(&self, page: Option<u32>) -> String {
        let mut parts = Vec::new();
        let fields = [
            ("status", &self.status),
            ("focus_area", &self.focus_area),
            ("pledge_type", &self.pledge_type),
            ("stakeholder_type", &self.stakeholder_type),
            ("region", &self.region),
            ("usd_min", &self.usd_min),
            ("usd_max", &self.usd_max),
            ("min_days", &self.min_days),
            ("assignee", &self.assignee),
            ("sort", &self.sort),
        ];
        for (name, value) in fields {
            if let Some(v) = value.as_deref().filter(|v| !v.is_empty()) {
                parts.push(format!("{name}={}", urlencode(v)));
            }
        }
        if let Some(p) = page {
            parts.push(format!("page={p}"));
        }
        parts.join("&")
    }
}

/// Percent-encodes a query value; filter values are short codes and numbers, so this stays simple.
pub fn urlencode(v: &str) -> String {
    let mut out = String::with_capacity(v.len());
    for b in v.bytes() {
        match b {
            b'A'..=b'Z' | b'a'..=b'z' | b'0'..=b'9' | b'-' | b'_' | b'.' | b'~' => {
                out.push(char::from(b))
            }
            _ => out.push_str(&format!("%{b:02X}")),
        }
    }
    out
}

#[derive(Clone, Debug, PartialEq, Eq, Serialize, Deserialize)]
pub struct QueueRow {
    pub id: i32,
    pub version: i32,
    pub title: String,
    pub organisation_name: String,
    pub stakeholder_type: String,
    pub pledge_type: Option<PledgeType>,
    pub status: PledgeStatus,
    pub submitted_at: Option<DateTime<Utc>>,
    /// Whole days since submission.
    pub days_waiting: i64,
    pub assignee_id: Option<i32>,
    pub assignee_name: Option<String>,
    pub usd_cents: Option<i64>,
    pub flags: Vec<ConsistencyFlag>,
}

#[derive(Clone, Debug, PartialEq, Eq, Serialize, Deserialize)]
pub struct Colleague {
    pub id: i32,
    pub name: String,
}

#[derive(Clone, Debug, PartialEq, Eq, Serialize, Deserialize)]
pub struct QueuePage {
    pub rows: Vec<QueueRow>,
    /// How many pledges wait in each queue state (with the other filters applied).
    pub counts: Vec<(PledgeStatus, u64)>,
    pub total: u64,
    pub page: u32,
    pub pages: u32,
    pub reviewers: Vec<Colleague>,
    pub me: i32,
}

/// One field of a pledge that changed between two revisions.
#[derive(Clone, Debug, PartialEq, Eq, Serialize, Deserialize)]
pub struct FieldDiff {
    /// The field's name in the reader's language.
    pub label: String,
    pub pieces: Vec<DiffPiece>,
}

#[derive(Clone, Debug, PartialEq, Eq, Serialize, Deserialize)]
pub struct DuplicateView {
    pub id: i32,
    pub title: String,
    pub organisation_name: String,
    pub status: PledgeStatus,
    pub score: u8,
}

impl From<(SimilarPledge, String, String, PledgeStatus)> for DuplicateView {
    fn from(
        (m, title, organisation_name, status): (SimilarPledge, String, String, PledgeStatus),
    ) -> Self {
        DuplicateView {
            id: m.id,
            title,
            organisation_name,
            status,
            score: m.score,
        }
    }
}

#[derive(Clone, Debug, PartialEq, Eq, Serialize, Deserialize)]
pub struct MessageView {
    pub id: i64,
    pub at: DateTime<Utc>,
    pub author: String,
    /// Written by ITU (shown as "ITU reviewer" to organisations).
    pub from_itu: bool,
    pub internal: bool,
    pub body: String,
}

/// What the signed-in reviewer may do on the review page now.
#[derive(Clone, Copy, Debug, Default, PartialEq, Eq, Serialize, Deserialize)]
pub struct ReviewMoves {
    pub claim: bool,
    pub release: bool,
    pub assign: bool,
    pub approve: bool,
    pub request_changes: bool,
    pub reject: bool,
    pub unpublish: bool,
}

/// Everything a reviewer needs to decide on one pledge.
#[derive(Clone, Debug, PartialEq, Eq, Serialize, Deserialize)]
pub struct ReviewPage {
    pub id: i32,
    pub version: i32,
    pub status: PledgeStatus,
    pub title: String,
    pub organisation: OrganisationSummary,
    pub verification: Verification,
    pub participants: Vec<ParticipantView>,
    pub current: Option<RevisionView>,
    pub revisions: Vec<RevisionSummary>,
    /// The revision the diff compares against: the one submitted before the current one.
    pub previous: Option<RevisionSummary>,
    pub changes: Vec<FieldDiff>,
    pub duplicates: Vec<DuplicateView>,
    pub history: Vec<EventView>,
    pub messages: Vec<MessageView>,
    pub assignee: Option<Colleague>,
    pub first_approver: Option<Colleague>,
    pub needs_second_approval: bool,
    pub moves: ReviewMoves,
    /// The checklist the reviewer gave last on this revision, to start from.
    pub checklist: ChecklistInput,
    pub reviewers: Vec<Colleague>,
    pub has_public_revision: bool,
    pub me: i32,
}

/// The decision form: one of three buttons, the message and the checklist.
#[derive(Clone, Debug, Default, PartialEq, Eq, Serialize, Deserialize)]
#[serde(default)]
pub struct DecisionInput {
    /// `approve`, `request_changes` or `reject`.
    pub decision: Option<String>,
    pub message: Option<String>,
    pub seen_version: i32,
    #[serde(default)]
    pub checklist: ChecklistInput,
}

#[derive(Clone, Debug, Default, PartialEq, Eq, Serialize, Deserialize)]
#[serde(default)]
pub struct AuditFilter {
    /// Part of the actor's name or e-mail address.
    pub who: Option<String>,
    /// First and last day, `YYYY-MM-DD`, inclusive.
    pub from: Option<String>,
    pub until: Option<String>,
    pub action: Option<String>,
    pub pledge: Option<String>,
    pub page: Option<String>,
    /// What the entries are about: `pledge`, `organisation`, `leader`, `letter`, `account`,
    /// `pledge_partner`; empty for all.
    pub subject: Option<String>,
}

impl AuditFilter {
    pub fn query(&self, page: Option<u32>) -> String {
        let mut parts = Vec::new();
        for (name, value) in [
            ("who", &self.who),
            ("from", &self.from),
            ("until", &self.until),
            ("action", &self.action),
            ("pledge", &self.pledge),
            ("subject", &self.subject),
        ] {
            if let Some(v) = value.as_deref().filter(|v| !v.is_empty()) {
                parts.push(format!("{name}={}", urlencode(v)));
            }
        }
        if let Some(p) = page {
            parts.push(format!("page={p}"));
        }
        parts.join("&")
    }
}

#[derive(Clone, Debug, PartialEq, Eq, Serialize, Deserialize)]
pub struct AuditRow {
    pub id: i64,
    pub at: DateTime<Utc>,
    pub actor: String,
    pub actor_email: String,
    /// The pledge, for a pledge's state change or a change of its partners.
    pub pledge_id: Option<i32>,
    /// `pledge` or the coalition subject (`organisation`, `leader`, `letter`, `account`, …).
    pub subject: String,
    pub subject_id: i32,
    /// The subject in words: the organisation, the person, `#12` for a pledge.
    pub subject_name: String,
    pub revision_id: Option<i32>,
    pub action: String,
    pub from: String,
    pub to: String,
    pub reason: Option<String>,
    /// The checklist given with the decision, as `item=answer (note)` lines.
    pub checklist: Option<String>,
}

#[derive(Clone, Debug, PartialEq, Eq, Serialize, Deserialize)]
pub struct AuditPage {
    pub rows: Vec<AuditRow>,
    pub total: u64,
    pub page: u32,
    pub pages: u32,
}
