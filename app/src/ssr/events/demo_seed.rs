//! The demo's events, so the event pages are never empty: WTDC-22 in Kigali (held, with the P2C
//! Roundtable on 7–9 June 2022 and two pledges announced in plenary) and WTDC-25 in Baku (held,
//! one pledge announced), and the video hosts an ITU admin would allow.
use chrono::{NaiveDate, NaiveDateTime, Utc};
use sea_orm::{ActiveModelTrait, DatabaseConnection, Set};

use super::zones;
use crate::error::AppError;
use crate::event_lifecycle::{AnnouncementState, EventStatus, SessionKind};
use crate::ssr::entity::events::{announcement, event, session, speaker, video, video_host};
use crate::ssr::errors::internal;
use crate::ssr::write_txn;

/// A pledge to announce: its id, its lead organisation, who speaks, and an optional video.
pub struct DemoAnnouncement<'a> {
    pub pledge_id: i32,
    pub organisation_id: i32,
    pub requested_by: i32,
    pub speaker: (&'a str, &'a str),
    pub video: Option<(&'a str, i32, &'a str)>,
}

fn at(text: &str) -> Result<NaiveDateTime, AppError> {
    NaiveDateTime::parse_from_str(text, "%Y-%m-%d %H:%M").map_err(|e| internal("demo time", e))
}

fn day(text: &str) -> Result<NaiveDate, AppError> {
    NaiveDate::parse_from_str(text, "%Y-%m-%d").map_err(|e| internal("demo date", e))
}

struct DemoSession<'a> {
    kind: SessionKind,
    title: &'a str,
    from: &'a str,
    to: &'a str,
    room: &'a str,
    moderator: &'a str,
    speakers: &'a [(&'a str, &'a str, &'a str)],
}

#[allow(clippy::too_many_arguments)]
async fn one_event(
    db: &DatabaseConnection,
    organiser: i32,
    (slug, name, place, zone, starts, ends): (&str, &str, &str, &str, &str, &str),
    sessions: &[DemoSession<'_>],
    announced: &[DemoAnnouncement<'_>],
) -> Result<(), AppError> {
    let tz = zones::parse(zone).ok_or_else(|| internal("demo zone", zone))?;
    let now = Utc::now();
    let txn = write_txn(db).await?;
    let e = event::ActiveModel {
        slug: Set(slug.to_owned()),
        name: Set(name.to_owned()),
        place: Set(place.to_owned()),
        time_zone: Set(zone.to_owned()),
        starts_on: Set(day(starts)?),
        ends_on: Set(day(ends)?),
        status: Set(EventStatus::Held.code().to_owned()),
        created_by: Set(Some(organiser)),
        created_at: Set(now),
        updated_at: Set(now),
        version: Set(0),
        ..Default::default()
    }
    .insert(&txn)
    .await?;
    let mut plenary = None;
    for s in sessions {
        let instant = |t: &str| -> Result<_, AppError> {
            zones::to_instant(at(t)?, tz).ok_or_else(|| internal("demo time", t))
        };
        let saved = session::ActiveModel {
            event_id: Set(e.id),
            kind: Set(s.kind.code().to_owned()),
            title: Set(s.title.to_owned()),
            starts_at: Set(instant(s.from)?),
            ends_at: Set(instant(s.to)?),
            room: Set(s.room.to_owned()),
            moderator: Set(s.moderator.to_owned()),
            focus_area: Set(None),
            created_at: Set(now),
            updated_at: Set(now),
            ..Default::default()
        }
        .insert(&txn)
        .await?;
        for (position, (n, t, o)) in (0..).zip(s.speakers) {
            speaker::ActiveModel {
                session_id: Set(saved.id),
                position: Set(position),
                name: Set((*n).to_owned()),
                title: Set((*t).to_owned()),
                organisation_id: Set(None),
                organisation_name: Set((*o).to_owned()),
                ..Default::default()
            }
            .insert(&txn)
            .await?;
        }
        if s.kind.holds_announcements() && plenary.is_none() {
            plenary = Some(saved.id);
        }
    }
    for (position, a) in (1..).zip(announced) {
        let saved = announcement::ActiveModel {
            event_id: Set(e.id),
            pledge_id: Set(a.pledge_id),
            organisation_id: Set(a.organisation_id),
            speaker_name: Set(a.speaker.0.to_owned()),
            speaker_title: Set(a.speaker.1.to_owned()),
            state: Set(AnnouncementState::Scheduled.code().to_owned()),
            session_id: Set(plenary),
            position: Set(Some(position)),
            minutes: Set(3),
            requested_by: Set(a.requested_by),
            created_at: Set(now),
            updated_at: Set(now),
            version: Set(0),
            ..Default::default()
        }
        .insert(&txn)
        .await?;
        if let Some((url, seconds, transcript)) = a.video {
            video::ActiveModel {
                event_id: Set(e.id),
                announcement_id: Set(Some(saved.id)),
                organisation_id: Set(a.organisation_id),
                url: Set(url.to_owned()),
                seconds: Set(seconds),
                transcript: Set(transcript.to_owned()),
                added_by: Set(a.requested_by),
                created_at: Set(now),
                updated_at: Set(now),
                ..Default::default()
            }
            .insert(&txn)
            .await?;
        }
        crate::ssr::compendium::projection::refresh(&txn, a.pledge_id).await?;
    }
    txn.commit().await?;
    Ok(())
}

pub async fn seed(
    db: &DatabaseConnection,
    organiser: i32,
    admin: i32,
    kigali: &[DemoAnnouncement<'_>],
    baku: &[DemoAnnouncement<'_>],
) -> Result<(), AppError> {
    for host in ["www.youtube.com", "youtu.be", "vimeo.com"] {
        video_host::ActiveModel {
            host: Set(host.to_owned()),
            added_by: Set(Some(admin)),
            created_at: Set(Utc::now()),
        }
        .insert(db)
        .await?;
    }
    one_event(
        db,
        organiser,
        (
            "wtdc-22",
            "WTDC-22 Kigali",
            "Kigali Convention Centre, Kigali, Rwanda",
            "Africa/Kigali",
            "2022-06-06",
            "2022-06-16",
        ),
        &[
            DemoSession {
                kind: SessionKind::HighLevel,
                title: "Partner2Connect Digital Development Roundtable: opening high-level segment",
                from: "2022-06-07 09:00",
                to: "2022-06-07 10:30",
                room: "Auditorium",
                moderator: "ITU Telecommunication Development Bureau",
                speakers: &[("Doreen Bogdan-Martin", "Director", "ITU BDT")],
            },
            DemoSession {
                kind: SessionKind::PlenaryAnnouncements,
                title: "Pledges announced in plenary",
                from: "2022-06-07 11:00",
                to: "2022-06-07 12:30",
                room: "Auditorium",
                moderator: "ITU Telecommunication Development Bureau",
                speakers: &[],
            },
            DemoSession {
                kind: SessionKind::Panel,
                title: "Panel: financing the last mile in LDCs and SIDS",
                from: "2022-06-08 14:00",
                to: "2022-06-08 15:30",
                room: "Room MH1",
                moderator: "Pacific Connect Ltd",
                speakers: &[],
            },
            DemoSession {
                kind: SessionKind::SigningCeremony,
                title: "Coalition signing ceremony",
                from: "2022-06-09 16:00",
                to: "2022-06-09 17:00",
                room: "Auditorium",
                moderator: "ITU Telecommunication Development Bureau",
                speakers: &[],
            },
        ],
        kigali,
    )
    .await?;
    one_event(
        db,
        organiser,
        (
            "wtdc-25",
            "WTDC-25 Baku",
            "Baku Congress Centre, Baku, Azerbaijan",
            "Asia/Baku",
            "2025-11-17",
            "2025-11-28",
        ),
        &[DemoSession {
            kind: SessionKind::PlenaryAnnouncements,
            title: "Partner2Connect: pledges announced in plenary",
            from: "2025-11-18 15:00",
            to: "2025-11-18 16:00",
            room: "Plenary hall",
            moderator: "ITU Telecommunication Development Bureau",
            speakers: &[],
        }],
        baku,
    )
    .await
}
