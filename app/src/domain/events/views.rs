//! What the event server functions return to pages: plain data, no database types. Times are
//! already in the event's own time zone (the browser has no zone tables).
use chrono::{DateTime, NaiveDate, NaiveDateTime, Utc};
use serde::{Deserialize, Serialize};

use crate::domain::{CompendiumStats, PublicPledge};
use crate::event_lifecycle::{AnnouncementState, EventStatus, SessionKind};
use crate::pledge_lifecycle::PledgeStatus;
use crate::reference::{BenefitLevel, FocusArea, PledgeType};

/// An event as lists and headings show it.
#[derive(Clone, Debug, PartialEq, Eq, Serialize, Deserialize)]
pub struct EventSummary {
    pub id: i32,
    pub slug: String,
    pub name: String,
    pub place: String,
    pub time_zone: String,
    pub starts_on: NaiveDate,
    pub ends_on: NaiveDate,
    pub status: EventStatus,
    pub version: i32,
}

/// Where a public pledge was announced, for its permalink and the compendium.
#[derive(Clone, Debug, PartialEq, Eq, Serialize, Deserialize)]
#[cfg_attr(feature = "ssr", derive(utoipa::ToSchema))]
pub struct EventMention {
    pub slug: String,
    pub name: String,
}

#[derive(Clone, Debug, PartialEq, Eq, Serialize, Deserialize)]
pub struct SpeakerView {
    pub name: String,
    pub title: String,
    pub organisation: String,
}

#[derive(Clone, Debug, PartialEq, Eq, Serialize, Deserialize)]
pub struct SessionView {
    pub id: i32,
    pub kind: SessionKind,
    pub title: String,
    pub starts_at: NaiveDateTime,
    pub ends_at: NaiveDateTime,
    pub room: String,
    pub moderator: String,
    pub focus_area: Option<FocusArea>,
    pub speakers: Vec<SpeakerView>,
    /// Changed after the time the run of show was asked "since".
    pub changed: bool,
}

/// A video statement: a link to an allowed host, never embedded, with its text.
#[derive(Clone, Debug, PartialEq, Eq, Serialize, Deserialize)]
pub struct VideoView {
    pub id: i32,
    pub organisation: String,
    pub url: String,
    pub host: String,
    pub seconds: i32,
    pub transcript: String,
    /// The pledge it goes with, when it belongs to an announcement; else a Leader's statement.
    pub pledge_title: Option<String>,
}

/// The public page of an event.
#[derive(Clone, Debug, PartialEq, Serialize, Deserialize)]
pub struct PublicEvent {
    pub event: EventSummary,
    pub sessions: Vec<SessionView>,
    /// The announced pledges the public may see, newest first, and their totals (the compendium's
    /// own, filtered by the event).
    pub pledges: Vec<PublicPledge>,
    pub totals: CompendiumStats,
    pub videos: Vec<VideoView>,
}

/// One request to announce a pledge, as the organiser's desk shows it.
#[derive(Clone, Debug, PartialEq, Eq, Serialize, Deserialize)]
pub struct AnnouncementRow {
    pub id: i32,
    pub version: i32,
    pub state: AnnouncementState,
    pub pledge_id: i32,
    pub pledge_title: String,
    pub pledge_status: PledgeStatus,
    pub organisation: String,
    pub speaker_name: String,
    pub speaker_title: String,
    pub session_id: Option<i32>,
    pub position: Option<i32>,
    pub minutes: i32,
    pub slot: Option<NaiveDateTime>,
    pub requested_at: DateTime<Utc>,
}

/// An organisation on the signing ceremony's list.
#[derive(Clone, Debug, PartialEq, Eq, Serialize, Deserialize)]
pub struct SignatoryView {
    pub organisation: String,
    /// The focus areas it leads; empty for a Member.
    pub leads: Vec<FocusArea>,
    pub signatory_name: Option<String>,
    pub signatory_title: Option<String>,
    pub confirmed_at: Option<DateTime<Utc>>,
}

/// The organiser's desk of one event.
#[derive(Clone, Debug, PartialEq, Eq, Serialize, Deserialize)]
pub struct EventDesk {
    pub event: EventSummary,
    pub sessions: Vec<SessionView>,
    pub announcements: Vec<AnnouncementRow>,
    pub videos: Vec<VideoView>,
    pub signatories: Vec<SignatoryView>,
    /// Nominated Leaders, for a Leader's video statement: (organisation id, name).
    pub leaders: Vec<(i32, String)>,
}

/// One announcement in the run of show.
#[derive(Clone, Debug, PartialEq, Eq, Serialize, Deserialize)]
pub struct RunAnnouncement {
    pub position: i32,
    pub slot: NaiveDateTime,
    pub minutes: i32,
    pub organisation: String,
    pub speaker_name: String,
    pub speaker_title: String,
    pub pledge_title: String,
    pub pledge_type: Option<PledgeType>,
    pub usd_cents: Option<i64>,
    /// The value in its own currency, when it has one.
    pub amount: Option<crate::domain::Money>,
    pub ldc: BenefitLevel,
    pub lldc: BenefitLevel,
    pub sids: BenefitLevel,
    pub video: Option<VideoView>,
    pub changed: bool,
}

#[derive(Clone, Debug, PartialEq, Eq, Serialize, Deserialize)]
pub struct RunSession {
    pub session: SessionView,
    pub announcements: Vec<RunAnnouncement>,
}

/// An announcement taken off the programme since the chosen time.
#[derive(Clone, Debug, PartialEq, Eq, Serialize, Deserialize)]
pub struct RemovedAnnouncement {
    pub organisation: String,
    pub pledge_title: String,
    pub session_title: Option<String>,
    pub at: DateTime<Utc>,
}

/// The organiser's run of show: the programme in time order with every announcement.
#[derive(Clone, Debug, PartialEq, Eq, Serialize, Deserialize)]
pub struct RunOfShow {
    pub event: EventSummary,
    pub since: Option<DateTime<Utc>>,
    pub sessions: Vec<RunSession>,
    pub removed: Vec<RemovedAnnouncement>,
    pub videos: Vec<VideoView>,
}

/// A request the organisation made, as its page shows it.
#[derive(Clone, Debug, PartialEq, Eq, Serialize, Deserialize)]
pub struct MyAnnouncement {
    pub id: i32,
    pub version: i32,
    pub event_name: String,
    pub event_slug: String,
    pub pledge_title: String,
    pub state: AnnouncementState,
    pub session_title: Option<String>,
    pub slot: Option<NaiveDateTime>,
    pub speaker_name: String,
}

/// A signature the organisation is asked to confirm (or has).
#[derive(Clone, Debug, PartialEq, Eq, Serialize, Deserialize)]
pub struct MySignature {
    pub event_id: i32,
    pub event_name: String,
    pub signatory_name: Option<String>,
    pub signatory_title: Option<String>,
    pub confirmed: bool,
}

/// The organisation's events page: where it may ask to announce, what it asked, what it signs.
#[derive(Clone, Debug, PartialEq, Eq, Serialize, Deserialize)]
pub struct MyEvents {
    pub open_events: Vec<EventSummary>,
    /// Its pledges that may be announced: published or under review (id, title).
    pub pledges: Vec<(i32, String)>,
    pub requests: Vec<MyAnnouncement>,
    pub signatures: Vec<MySignature>,
}
