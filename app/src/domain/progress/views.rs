//! What the progress server functions return to pages: plain data, no database types.
use chrono::{DateTime, NaiveDate, Utc};
use serde::{Deserialize, Serialize};

use super::ProgressInput;
use crate::domain::{Money, Target};
use crate::progress_lifecycle::{ProgressStatus, ReportState, TrafficLight};

/// What the compendium keeps of a pledge's progress: its newest public report, the money it says
/// was disbursed, and from which day the pledge counts as inactive if no report comes.
#[derive(Clone, Debug, Default, PartialEq, Eq, Serialize, Deserialize)]
#[cfg_attr(feature = "ssr", derive(utoipa::ToSchema))]
#[serde(default)]
pub struct ProgressSummary {
    /// Public reports filed so far.
    pub reports: u32,
    pub status: Option<ProgressStatus>,
    pub light: Option<TrafficLight>,
    pub percent: Option<u8>,
    /// The day of the newest public report.
    pub reported_on: Option<NaiveDate>,
    /// Money disbursed so far, in its currency, and in US cents at the rate of its day.
    pub delivered: Option<Money>,
    pub delivered_usd_cents: Option<i64>,
    /// From this day the pledge is inactive (two due dates in a row without a report), unless a
    /// report comes first. `None`: it cannot become inactive as things stand.
    pub inactive_from: Option<NaiveDate>,
}

impl ProgressSummary {
    pub fn is_inactive_on(&self, today: NaiveDate) -> bool {
        self.inactive_from.is_some_and(|d| d <= today)
    }
}

/// One reporting period and the day its report is due.
#[derive(Clone, Debug, PartialEq, Eq, Serialize, Deserialize)]
#[cfg_attr(feature = "ssr", derive(utoipa::ToSchema))]
pub struct CycleView {
    pub id: i32,
    pub label: String,
    pub period_start: NaiveDate,
    pub period_end: NaiveDate,
    pub due_on: NaiveDate,
}

/// Where a published pledge stands with its reports, for the organisation's list.
#[derive(Clone, Copy, Debug, PartialEq, Eq, Serialize, Deserialize)]
pub enum Duty {
    /// A report is owed and its due date has not passed.
    Due,
    /// A report is owed and its due date has passed.
    Overdue,
    /// Every cycle that ended has its report.
    UpToDate,
    /// The work is completed or cancelled: no more reports are owed.
    Closed,
}

#[derive(Clone, Debug, PartialEq, Eq, Serialize, Deserialize)]
pub struct DutyRow {
    pub pledge_id: i32,
    pub title: String,
    pub public_ref: Option<String>,
    pub duty: Duty,
    /// The owed cycle (the oldest one), when there is one.
    pub cycle: Option<CycleView>,
    pub last_filed: Option<DateTime<Utc>>,
    pub light: Option<TrafficLight>,
    pub inactive: bool,
    pub has_draft: bool,
    /// The viewer may file the report (the lead, or a partner with edit rights).
    pub may_file: bool,
}

/// An evidence file as its readers see it.
#[derive(Clone, Debug, PartialEq, Eq, Serialize, Deserialize)]
pub struct EvidenceFile {
    pub id: i32,
    pub name: String,
    pub media_type: String,
    pub bytes: i64,
    pub public: bool,
}

/// What one target of the pledge had reached by the report.
#[derive(Clone, Debug, PartialEq, Eq, Serialize, Deserialize)]
#[cfg_attr(feature = "ssr", derive(utoipa::ToSchema))]
pub struct TargetReached {
    pub indicator: String,
    pub target: String,
    pub unit: String,
    pub due: NaiveDate,
    pub value: Option<String>,
    pub reached_on: Option<NaiveDate>,
}

#[derive(Clone, Debug, PartialEq, Eq, Serialize, Deserialize)]
pub struct CommentView {
    pub author: String,
    pub organisation: String,
    pub body: String,
    pub at: DateTime<Utc>,
}

/// One filed report, as the timeline shows it. Private evidence is left out for readers who may
/// not see it.
#[derive(Clone, Debug, PartialEq, Eq, Serialize, Deserialize)]
pub struct ReportView {
    pub id: i32,
    /// Moves at each review decision: a reviewer's form carries it (optimistic concurrency).
    pub version: i32,
    pub cycle: Option<String>,
    pub filed_at: DateTime<Utc>,
    pub filed_by_organisation: String,
    pub state: ReportState,
    pub status: ProgressStatus,
    pub status_reason: String,
    pub percent: u8,
    pub light: TrafficLight,
    pub targets: Vec<TargetReached>,
    pub disbursed: Option<Money>,
    pub disbursed_on: Option<NaiveDate>,
    pub disbursed_usd_cents: Option<i64>,
    pub countries: Vec<String>,
    pub beneficiaries: Option<String>,
    pub beneficiaries_unit: String,
    pub narrative: String,
    pub links: Vec<String>,
    pub files: Vec<EvidenceFile>,
    pub comments: Vec<CommentView>,
}

/// The report form's page: the pledge, what is owed, where the form starts, and the timeline.
#[derive(Clone, Debug, PartialEq, Eq, Serialize, Deserialize)]
pub struct ProgressDesk {
    pub pledge_id: i32,
    pub title: String,
    pub public_ref: Option<String>,
    pub targets: Vec<Target>,
    /// The pledge's own currency, offered first for money disbursed.
    pub currency: Option<String>,
    pub owed: Option<CycleView>,
    pub may_file: bool,
    /// May comment (lead and confirmed partners).
    pub may_comment: bool,
    pub start: ProgressInput,
    pub draft_saved_at: Option<DateTime<Utc>>,
    /// Files attached to the draft, not yet filed.
    pub draft_files: Vec<EvidenceFile>,
    pub timeline: Vec<ReportView>,
    pub today: NaiveDate,
}

/// What the public reads of a pledge's progress beside its permalink.
#[derive(Clone, Debug, PartialEq, Eq, Serialize, Deserialize)]
pub struct PublicProgress {
    pub light: Option<TrafficLight>,
    pub inactive: bool,
    pub timeline: Vec<ReportView>,
}

/// A filed report in ITU's list.
#[derive(Clone, Debug, PartialEq, Eq, Serialize, Deserialize)]
pub struct ReportRow {
    pub id: i32,
    pub version: i32,
    pub pledge_id: i32,
    pub title: String,
    pub organisation: String,
    pub filed_at: DateTime<Utc>,
    pub state: ReportState,
    pub status: ProgressStatus,
    pub light: TrafficLight,
    /// The reviewer's own organisation takes part in the pledge: they may not review it.
    pub own: bool,
}

/// Who of an organisation receives the reminders, for its admin.
#[derive(Clone, Debug, PartialEq, Eq, Serialize, Deserialize)]
pub struct RecipientRow {
    pub user_id: i32,
    pub name: String,
    pub email: String,
    pub chosen: bool,
}
