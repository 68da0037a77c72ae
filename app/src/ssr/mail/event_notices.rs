//! The mails of roundtables and events: an announcement accepted or scheduled, a speaker's slot a
//! week and a day away, and the organisers' notice that a pledge on the programme left it. Words
//! in the Fluent files (`mail-event-…`).
use chrono::NaiveDateTime;

use super::pledge_notices::Parts;
use crate::i18n::{Key, Locale};

#[derive(Clone, Debug, PartialEq, Eq)]
pub enum EventNotice {
    Accepted {
        name: String,
        title: String,
        event: String,
        path: String,
    },
    /// Placed in a session: `at` is local to the event's `zone`.
    Scheduled {
        name: String,
        title: String,
        event: String,
        session: String,
        at: NaiveDateTime,
        zone: String,
        path: String,
    },
    SlotSoon {
        name: String,
        title: String,
        event: String,
        speaker: String,
        at: NaiveDateTime,
        zone: String,
        days: i64,
        path: String,
    },
    /// To organisers: an accepted pledge was withdrawn (or unpublished or rejected).
    Left {
        name: String,
        title: String,
        event: String,
        withdrawn: bool,
        path: String,
    },
}

fn when(locale: Locale, at: &NaiveDateTime, zone: &str) -> String {
    format!(
        "{} ({zone})",
        crate::pledge_text::local_time_text(locale, *at)
    )
}

impl EventNotice {
    pub(super) fn parts(&self, locale: Locale, link: &dyn Fn(&str) -> String) -> Parts {
        let s = |v: &String| v.clone();
        match self {
            EventNotice::Accepted {
                name,
                title,
                event,
                path,
            } => (
                "event_accepted",
                Key::MailEventAcceptedSubject,
                Key::MailEventAcceptedBody,
                vec![
                    ("name", s(name)),
                    ("title", s(title)),
                    ("event", s(event)),
                    ("link", link(path)),
                ],
            ),
            EventNotice::Scheduled {
                name,
                title,
                event,
                session,
                at,
                zone,
                path,
            } => (
                "event_scheduled",
                Key::MailEventScheduledSubject,
                Key::MailEventScheduledBody,
                vec![
                    ("name", s(name)),
                    ("title", s(title)),
                    ("event", s(event)),
                    ("session", s(session)),
                    ("time", when(locale, at, zone)),
                    ("link", link(path)),
                ],
            ),
            EventNotice::SlotSoon {
                name,
                title,
                event,
                speaker,
                at,
                zone,
                days,
                path,
            } => (
                "event_slot_soon",
                if *days > 1 {
                    Key::MailEventWeekSubject
                } else {
                    Key::MailEventDaySubject
                },
                Key::MailEventSlotBody,
                vec![
                    ("name", s(name)),
                    ("title", s(title)),
                    ("event", s(event)),
                    ("speaker", s(speaker)),
                    ("time", when(locale, at, zone)),
                    ("link", link(path)),
                ],
            ),
            EventNotice::Left {
                name,
                title,
                event,
                withdrawn,
                path,
            } => (
                "event_pledge_left",
                Key::MailEventLeftSubject,
                if *withdrawn {
                    Key::MailEventWithdrawnBody
                } else {
                    Key::MailEventUnpublishedBody
                },
                vec![
                    ("name", s(name)),
                    ("title", s(title)),
                    ("event", s(event)),
                    ("link", link(path)),
                ],
            ),
        }
    }
}
