//! Progress after WTDC: the only place that decides what a progress report may become, who may
//! move it, and what the public reads of a pledge's progress (the traffic light and "inactive").
//!
//! ```text
//! (organisation files) --> filed --accept--> accepted
//!                            |  \--request_more--> more_requested --accept--> accepted
//!                            \------take_down (from any public state)------> taken_down --restore--> filed
//! ```
//! A filed report is public at once; ITU's review is light and after the fact. None of this is a
//! pledge state: a pledge whose work is completed stays published.
use chrono::NaiveDate;
use serde::{Deserialize, Serialize};

use crate::i18n::Key;
use crate::pledge_lifecycle::Role;
use crate::reference::code_enum_for_lifecycle as code_enum;

code_enum! {
    /// What the organisation says of its work.
    ProgressStatus {
        NotStarted => "not_started",
        OnTrack => "on_track",
        Delayed => "delayed",
        Completed => "completed",
        Cancelled => "cancelled",
    }
}

code_enum! {
    /// Where ITU's light review left a filed report.
    ReportState {
        Filed => "filed",
        Accepted => "accepted",
        MoreRequested => "more_requested",
        TakenDown => "taken_down",
    }
}

code_enum! {
    ReportAction {
        Accept => "accept",
        RequestMore => "request_more",
        TakeDown => "take_down",
        Restore => "restore",
    }
}

code_enum! {
    /// Computed from the report, never typed.
    TrafficLight {
        OnTrack => "on_track",
        AtRisk => "at_risk",
        OffTrack => "off_track",
    }
}

impl ProgressStatus {
    pub fn label(self) -> Key {
        match self {
            ProgressStatus::NotStarted => Key::ProgressNotStarted,
            ProgressStatus::OnTrack => Key::ProgressOnTrack,
            ProgressStatus::Delayed => Key::ProgressDelayed,
            ProgressStatus::Completed => Key::ProgressCompleted,
            ProgressStatus::Cancelled => Key::ProgressCancelled,
        }
    }

    /// The statuses that must say why (or what was delivered).
    pub fn needs_reason(self) -> bool {
        match self {
            ProgressStatus::Delayed | ProgressStatus::Completed | ProgressStatus::Cancelled => true,
            ProgressStatus::NotStarted | ProgressStatus::OnTrack => false,
        }
    }

    /// After a report with this status the pledge owes no more reports.
    pub fn is_final(self) -> bool {
        match self {
            ProgressStatus::Completed | ProgressStatus::Cancelled => true,
            ProgressStatus::NotStarted | ProgressStatus::OnTrack | ProgressStatus::Delayed => false,
        }
    }
}

impl ReportState {
    pub fn label(self) -> Key {
        match self {
            ReportState::Filed => Key::ReportFiled,
            ReportState::Accepted => Key::ReportAccepted,
            ReportState::MoreRequested => Key::ReportMoreRequested,
            ReportState::TakenDown => Key::ReportTakenDown,
        }
    }

    /// Whether the public reads the report (and it counts in the totals).
    pub fn is_public(self) -> bool {
        match self {
            ReportState::Filed | ReportState::Accepted | ReportState::MoreRequested => true,
            ReportState::TakenDown => false,
        }
    }
}

impl TrafficLight {
    pub fn label(self) -> Key {
        match self {
            TrafficLight::OnTrack => Key::LightOnTrack,
            TrafficLight::AtRisk => Key::LightAtRisk,
            TrafficLight::OffTrack => Key::LightOffTrack,
        }
    }
}

#[derive(Clone, Copy, Debug, PartialEq, Eq, Serialize, Deserialize, thiserror::Error)]
pub enum ReportError {
    #[error("{action} is not possible from {from}")]
    NotAllowedInState {
        from: ReportState,
        action: ReportAction,
    },
    #[error("only ITU reviewers review progress reports")]
    NotPermitted,
    #[error("a message is required")]
    MessageRequired,
}

/// The state a report moves to when ITU acts on it. Asking for more and taking down must say why:
/// the organisation reads it.
pub fn next_report_state(
    from: ReportState,
    action: ReportAction,
    role: Role,
    message: Option<&str>,
) -> Result<ReportState, ReportError> {
    use ReportAction as A;
    use ReportState as S;
    let to = match (from, action) {
        (S::Filed | S::MoreRequested, A::Accept) => S::Accepted,
        (S::Filed | S::Accepted, A::RequestMore) => S::MoreRequested,
        (S::Filed | S::Accepted | S::MoreRequested, A::TakeDown) => S::TakenDown,
        (S::TakenDown, A::Restore) => S::Filed,
        (S::Accepted, A::Accept)
        | (S::MoreRequested, A::RequestMore)
        | (S::TakenDown, A::Accept | A::RequestMore | A::TakeDown)
        | (S::Filed | S::Accepted | S::MoreRequested, A::Restore) => {
            return Err(ReportError::NotAllowedInState { from, action });
        }
    };
    match role {
        Role::Reviewer | Role::Admin => {}
        Role::Stakeholder | Role::OrgAdmin | Role::Organiser => {
            return Err(ReportError::NotPermitted);
        }
    }
    let needs_message = matches!(action, A::RequestMore | A::TakeDown);
    if needs_message && message.is_none_or(|m| m.trim().is_empty()) {
        return Err(ReportError::MessageRequired);
    }
    Ok(to)
}

/// One SMART target as the light reads it: where it started, where it aims, by when, and what the
/// report says was reached.
#[derive(Clone, Debug, PartialEq)]
pub struct TargetProgress {
    pub baseline: f64,
    pub target: f64,
    pub start: NaiveDate,
    pub due: NaiveDate,
    /// `None` when the report gives no value for it: nothing reached yet.
    pub reached: Option<f64>,
}

/// What the light is computed from: the report's status and per cent, the pledge's period, its
/// targets, and the day the report speaks of.
#[derive(Clone, Debug, PartialEq)]
pub struct LightInput {
    pub status: ProgressStatus,
    pub percent: Option<u8>,
    pub pledge_start: NaiveDate,
    pub pledge_end: NaiveDate,
    pub targets: Vec<TargetProgress>,
    pub as_of: NaiveDate,
}

/// A shortfall up to this share of the whole target is still on track.
const ON_TRACK_SLACK: f64 = 0.10;
/// Up to this share it is at risk; beyond it, off track.
const AT_RISK_SLACK: f64 = 0.30;

/// The share of the time from `start` to `due` that has passed on `as_of`, 0 to 1. A target due
/// on or before its start (or already passed) expects everything.
fn elapsed_share(start: NaiveDate, due: NaiveDate, as_of: NaiveDate) -> f64 {
    if as_of >= due || due <= start {
        return 1.0;
    }
    if as_of <= start {
        return 0.0;
    }
    let all = (due - start).num_days() as f64;
    let gone = (as_of - start).num_days() as f64;
    gone / all
}

/// The share of the way from baseline to target that was reached, 0 to 1. A target below its
/// baseline (a reduction) counts the other way.
fn achieved_share(t: &TargetProgress) -> f64 {
    let reached = t.reached.unwrap_or(t.baseline);
    let span = t.target - t.baseline;
    if span == 0.0 {
        return if reached == t.target { 1.0 } else { 0.0 };
    }
    ((reached - t.baseline) / span).clamp(0.0, 1.0)
}

fn light_for_gap(expected: f64, achieved: f64) -> TrafficLight {
    let gap = expected - achieved;
    if gap <= ON_TRACK_SLACK {
        TrafficLight::OnTrack
    } else if gap <= AT_RISK_SLACK {
        TrafficLight::AtRisk
    } else {
        TrafficLight::OffTrack
    }
}

/// The traffic light of a report. The targets decide when there are any (the worst one wins);
/// otherwise the per cent against the pledge's elapsed time. The status then caps it: cancelled
/// is off track, delayed at best at risk, completed on track.
pub fn traffic_light(input: &LightInput) -> TrafficLight {
    match input.status {
        ProgressStatus::Cancelled => return TrafficLight::OffTrack,
        ProgressStatus::Completed => return TrafficLight::OnTrack,
        ProgressStatus::NotStarted | ProgressStatus::OnTrack | ProgressStatus::Delayed => {}
    }
    let measured = if input.targets.is_empty() {
        let expected = elapsed_share(input.pledge_start, input.pledge_end, input.as_of);
        let achieved = match input.status {
            ProgressStatus::NotStarted => 0.0,
            _ => f64::from(input.percent.unwrap_or(0).min(100)) / 100.0,
        };
        light_for_gap(expected, achieved)
    } else {
        input
            .targets
            .iter()
            .map(|t| {
                light_for_gap(
                    elapsed_share(t.start, t.due, input.as_of),
                    achieved_share(t),
                )
            })
            .max()
            .unwrap_or(TrafficLight::OnTrack)
    };
    match input.status {
        ProgressStatus::Delayed => measured.max(TrafficLight::AtRisk),
        _ => measured,
    }
}

/// One reporting cycle a pledge owes, as the "inactive" rule reads it: whether its due date has
/// passed, and whether a report was filed for it.
#[derive(Clone, Copy, Debug, PartialEq, Eq)]
pub struct OwedCycle {
    pub due: NaiveDate,
    pub reported: bool,
}

/// A pledge is inactive when the last two cycles whose due date has passed both went without a
/// report. `cycles` are the ones the pledge owes, in any order. A pledge whose last report was final
/// (completed or cancelled) owes none, so it is never inactive.
pub fn is_inactive(cycles: &[OwedCycle], today: NaiveDate) -> bool {
    let mut past: Vec<&OwedCycle> = cycles.iter().filter(|c| c.due < today).collect();
    past.sort_by_key(|c| c.due);
    matches!(past.as_slice(), [.., a, b] if !a.reported && !b.reported)
}

code_enum! {
    /// The reminders of one owed report: before its due date, then weekly while it is overdue.
    ReminderKind {
        Before30 => "before_30",
        Before7 => "before_7",
        Before1 => "before_1",
        Overdue1 => "overdue_1",
        Overdue2 => "overdue_2",
        Overdue3 => "overdue_3",
        Overdue4 => "overdue_4",
    }
}

impl ReminderKind {
    /// Days from the due date on which this reminder is due (negative: before it).
    pub fn offset_days(self) -> i64 {
        match self {
            ReminderKind::Before30 => -30,
            ReminderKind::Before7 => -7,
            ReminderKind::Before1 => -1,
            ReminderKind::Overdue1 => 1,
            ReminderKind::Overdue2 => 8,
            ReminderKind::Overdue3 => 15,
            ReminderKind::Overdue4 => 22,
        }
    }

    pub fn is_overdue(self) -> bool {
        self.offset_days() > 0
    }
}

/// The reminder to send on `today` for a report due on `due`, if any: the latest whose day has
/// come, unless it (or a later one) was sent. A server that was down for a week sends the latest
/// reminder only, not every one it missed.
pub fn reminder_due(
    due: NaiveDate,
    today: NaiveDate,
    sent: &[ReminderKind],
) -> Option<ReminderKind> {
    let latest = ReminderKind::ALL
        .iter()
        .copied()
        .filter(|k| due + chrono::Duration::days(k.offset_days()) <= today)
        .max()?;
    let already = sent.iter().any(|s| *s >= latest);
    (!already).then_some(latest)
}

#[cfg(test)]
#[path = "progress_rules_tests.rs"]
mod tests;
