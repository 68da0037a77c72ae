//! Roundtables and events: the only place that decides what an announcement may become and who
//! may move it, when sessions of a room collide, where each announcement's slot falls, and when a
//! speaker's organisation is reminded.
//!
//! ```text
//! (organisation asks) --> requested --accept--> accepted --schedule--> scheduled
//!                             |                  |   ^---unschedule------/ |
//!                             \---decline--------+--> declined             |
//!     (organisation) withdraw: requested | accepted | scheduled --> withdrawn
//!     (the pledge is withdrawn, unpublished or rejected) drop: ... --> dropped
//! ```
//! The public sees accepted and scheduled announcements of pledges it can see.
use chrono::{DateTime, Duration, Utc};
use serde::{Deserialize, Serialize};

use crate::i18n::Key;
use crate::pledge_lifecycle::Role;
use crate::reference::code_enum_for_lifecycle as code_enum;

code_enum! {
    /// Where an event stands; organisations ask to announce only while it is open.
    EventStatus {
        Planned => "planned",
        Open => "open",
        Held => "held",
        Archived => "archived",
    }
}

code_enum! {
    SessionKind {
        HighLevel => "high_level",
        Panel => "panel",
        GroupDiscussion => "group_discussion",
        PlenaryAnnouncements => "plenary_announcements",
        SigningCeremony => "signing_ceremony",
        Other => "other",
    }
}

code_enum! {
    AnnouncementState {
        Requested => "requested",
        Accepted => "accepted",
        Scheduled => "scheduled",
        Declined => "declined",
        Withdrawn => "withdrawn",
        Dropped => "dropped",
    }
}

code_enum! {
    AnnouncementAction {
        Accept => "accept",
        Decline => "decline",
        Schedule => "schedule",
        Unschedule => "unschedule",
        Withdraw => "withdraw",
        Drop => "drop",
    }
}

impl EventStatus {
    pub fn label(self) -> Key {
        match self {
            EventStatus::Planned => Key::EventPlanned,
            EventStatus::Open => Key::EventOpen,
            EventStatus::Held => Key::EventHeld,
            EventStatus::Archived => Key::EventArchived,
        }
    }

    /// Organisations may ask to announce a pledge.
    pub fn takes_requests(self) -> bool {
        match self {
            EventStatus::Open => true,
            EventStatus::Planned | EventStatus::Held | EventStatus::Archived => false,
        }
    }
}

impl SessionKind {
    pub fn label(self) -> Key {
        match self {
            SessionKind::HighLevel => Key::SessionHighLevel,
            SessionKind::Panel => Key::SessionPanel,
            SessionKind::GroupDiscussion => Key::SessionGroupDiscussion,
            SessionKind::PlenaryAnnouncements => Key::SessionPlenary,
            SessionKind::SigningCeremony => Key::SessionSigning,
            SessionKind::Other => Key::SessionOther,
        }
    }

    /// Announcements are placed in plenary announcement sessions only.
    pub fn holds_announcements(self) -> bool {
        self == SessionKind::PlenaryAnnouncements
    }
}

impl AnnouncementState {
    pub fn label(self) -> Key {
        match self {
            AnnouncementState::Requested => Key::AnnouncementRequested,
            AnnouncementState::Accepted => Key::AnnouncementAccepted,
            AnnouncementState::Scheduled => Key::AnnouncementScheduled,
            AnnouncementState::Declined => Key::AnnouncementDeclined,
            AnnouncementState::Withdrawn => Key::AnnouncementWithdrawn,
            AnnouncementState::Dropped => Key::AnnouncementDropped,
        }
    }

    /// The organiser took it: the public sees it (once the pledge is public).
    pub fn is_public(self) -> bool {
        matches!(
            self,
            AnnouncementState::Accepted | AnnouncementState::Scheduled
        )
    }

    /// Still on its way to the plenary: one such request per pledge and event.
    pub fn is_live(self) -> bool {
        matches!(
            self,
            AnnouncementState::Requested
                | AnnouncementState::Accepted
                | AnnouncementState::Scheduled
        )
    }

    /// The codes of [`AnnouncementState::is_public`] states, for queries.
    pub const PUBLIC: [AnnouncementState; 2] =
        [AnnouncementState::Accepted, AnnouncementState::Scheduled];
    pub const LIVE: [AnnouncementState; 3] = [
        AnnouncementState::Requested,
        AnnouncementState::Accepted,
        AnnouncementState::Scheduled,
    ];
}

#[derive(Clone, Copy, Debug, PartialEq, Eq, Serialize, Deserialize, thiserror::Error)]
pub enum AnnouncementError {
    #[error("{action} is not possible from {from}")]
    NotAllowedInState {
        from: AnnouncementState,
        action: AnnouncementAction,
    },
    #[error("this role may not {0}")]
    NotPermitted(AnnouncementAction),
}

/// Who moves an announcement: the event's organisers (and ITU admins), the organisation that asked,
/// or the platform itself when the pledge leaves.
#[derive(Clone, Copy, Debug, PartialEq, Eq)]
pub enum Mover {
    Person(Role),
    /// The pledge was withdrawn, unpublished or rejected.
    Platform,
}

/// The state an announcement moves to.
pub fn next_announcement_state(
    from: AnnouncementState,
    action: AnnouncementAction,
    by: Mover,
) -> Result<AnnouncementState, AnnouncementError> {
    use AnnouncementAction as A;
    use AnnouncementState as S;
    let to = match (from, action) {
        (S::Requested, A::Accept) => S::Accepted,
        (S::Requested | S::Accepted, A::Decline) => S::Declined,
        (S::Accepted | S::Scheduled, A::Schedule) => S::Scheduled,
        (S::Scheduled, A::Unschedule) => S::Accepted,
        (S::Requested | S::Accepted | S::Scheduled, A::Withdraw) => S::Withdrawn,
        (S::Requested | S::Accepted | S::Scheduled, A::Drop) => S::Dropped,
        (S::Accepted | S::Scheduled, A::Accept)
        | (S::Scheduled, A::Decline)
        | (S::Requested, A::Schedule | A::Unschedule)
        | (S::Accepted, A::Unschedule)
        | (S::Declined | S::Withdrawn | S::Dropped, _) => {
            return Err(AnnouncementError::NotAllowedInState { from, action });
        }
    };
    let allowed = match (action, by) {
        (A::Accept | A::Decline | A::Schedule | A::Unschedule, Mover::Person(role)) => {
            matches!(role, Role::Organiser | Role::Admin)
        }
        (A::Withdraw, Mover::Person(role)) => role.acts_for_organisation(),
        (A::Drop, Mover::Platform) => true,
        (A::Drop, Mover::Person(_))
        | (A::Accept | A::Decline | A::Schedule | A::Unschedule | A::Withdraw, Mover::Platform) => {
            false
        }
    };
    if !allowed {
        return Err(AnnouncementError::NotPermitted(action));
    }
    Ok(to)
}

/// Organisers and ITU admins run events.
pub fn runs_events(role: Role) -> bool {
    matches!(role, Role::Organiser | Role::Admin)
}

/// Two sessions collide when their times overlap; one may start when the other ends.
pub fn sessions_overlap(
    a: (DateTime<Utc>, DateTime<Utc>),
    b: (DateTime<Utc>, DateTime<Utc>),
) -> bool {
    a.0 < b.1 && b.0 < a.1
}

/// The same room, however it was typed ("Plenary hall" and " plenary  Hall ").
pub fn same_room(a: &str, b: &str) -> bool {
    let key = |s: &str| {
        s.split_whitespace()
            .collect::<Vec<_>>()
            .join(" ")
            .to_lowercase()
    };
    key(a) == key(b)
}

/// Where each announcement's slot starts: one after the other from the session's start, in the
/// order given (`minutes` of each, in order).
pub fn slot_starts(session_start: DateTime<Utc>, minutes: &[i32]) -> Vec<DateTime<Utc>> {
    let mut at = session_start;
    minutes
        .iter()
        .map(|m| {
            let start = at;
            at += Duration::minutes(i64::from(*m));
            start
        })
        .collect()
}

/// Whether the slots, end to end, fit in the session.
pub fn slots_fit(session: (DateTime<Utc>, DateTime<Utc>), minutes: &[i32]) -> bool {
    let total: i64 = minutes.iter().map(|m| i64::from(*m)).sum();
    session.0 + Duration::minutes(total) <= session.1
}

code_enum! {
    /// The reminders a speaker's organisation gets before its slot.
    SlotReminder {
        Week => "week",
        Day => "day",
    }
}

/// The reminder due at `now` for a slot starting at `slot`, given those already sent: 7 days
/// before, then 1 day before; nothing once the slot has begun. A late first look sends only the
/// nearer one.
pub fn slot_reminder_due(
    slot: DateTime<Utc>,
    now: DateTime<Utc>,
    week_sent: bool,
    day_sent: bool,
) -> Option<SlotReminder> {
    if now >= slot {
        return None;
    }
    if now >= slot - Duration::days(1) {
        return (!day_sent).then_some(SlotReminder::Day);
    }
    if now >= slot - Duration::days(7) {
        return (!week_sent).then_some(SlotReminder::Week);
    }
    None
}

/// How a video's length reads on the organiser's list: "3:05", "1:02:00".
pub fn clock_length(seconds: i32) -> String {
    let s = seconds.max(0);
    if s >= 3600 {
        format!("{}:{:02}:{:02}", s / 3600, (s / 60) % 60, s % 60)
    } else {
        format!("{}:{:02}", s / 60, s % 60)
    }
}

/// Reads "3:05", "185" or "1:02:00" as seconds.
pub fn parse_clock_length(text: &str) -> Option<i32> {
    let parts: Vec<&str> = text.trim().split(':').collect();
    if parts.len() > 3 || parts.iter().any(|p| p.is_empty() || p.len() > 4) {
        return None;
    }
    let mut total: i32 = 0;
    for (i, p) in parts.iter().enumerate() {
        let n: i32 = p.parse().ok()?;
        if i > 0 && n >= 60 {
            return None;
        }
        total = total.checked_mul(60)?.checked_add(n)?;
    }
    (1..=7200).contains(&total).then_some(total)
}

#[cfg(test)]
#[path = "event_rules_tests.rs"]
mod tests;
