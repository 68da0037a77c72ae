//! The organiser's forms (an event, a session) and the organisation's request to announce a
//! pledge, as typed, and their rules. Whether a time zone exists and whether a video host is
//! allowed only the server can tell; everything else is checked here, in the browser and again on
//! the server.
use chrono::{NaiveDate, NaiveDateTime};
use serde::{Deserialize, Serialize};

use crate::domain::FieldIssue;
use crate::domain::text_rules::one_line;
use crate::event_lifecycle::{EventStatus, SessionKind, parse_clock_length};
use crate::reference::FocusArea;

/// Speakers a session may list.
pub const MAX_SPEAKERS: usize = 20;
pub const TRANSCRIPT_MIN_CHARS: usize = 20;
pub const TRANSCRIPT_MAX_CHARS: usize = 20_000;

fn text(value: &str, min: usize, max: usize) -> Option<String> {
    let v = value.trim();
    let n = v.chars().count();
    (n >= min && n <= max && one_line(v)).then(|| v.to_owned())
}

/// An event as the organiser typed it.
#[derive(Clone, Debug, Default, PartialEq, Eq, Serialize, Deserialize)]
#[serde(default)]
pub struct EventInput {
    pub name: String,
    pub slug: String,
    pub place: String,
    pub time_zone: String,
    pub starts_on: String,
    pub ends_on: String,
    pub status: String,
}

#[derive(Clone, Debug, PartialEq, Eq)]
pub struct EventFields {
    pub name: String,
    pub slug: String,
    pub place: String,
    pub time_zone: String,
    pub starts_on: NaiveDate,
    pub ends_on: NaiveDate,
    pub status: EventStatus,
}

/// The address part of an event: lower-case letters, digits and single hyphens ("wtdc-27").
pub fn slug_is_valid(slug: &str) -> bool {
    (3..=60).contains(&slug.len())
        && slug
            .bytes()
            .all(|b| b.is_ascii_lowercase() || b.is_ascii_digit() || b == b'-')
        && !slug.starts_with('-')
        && !slug.ends_with('-')
        && !slug.contains("--")
}

fn date(v: &str) -> Option<NaiveDate> {
    NaiveDate::parse_from_str(v.trim(), "%Y-%m-%d").ok()
}

impl EventInput {
    pub fn parse(&self) -> Result<EventFields, Vec<FieldIssue>> {
        let mut issues = Vec::new();
        let name = text(&self.name, 3, 200);
        if name.is_none() {
            issues.push(FieldIssue::new("name", "event_name"));
        }
        let slug = self.slug.trim().to_lowercase();
        if !slug_is_valid(&slug) {
            issues.push(FieldIssue::new("slug", "event_slug"));
        }
        let place = text(&self.place, 2, 200);
        if place.is_none() {
            issues.push(FieldIssue::new("place", "event_place"));
        }
        let time_zone = text(&self.time_zone, 1, 64).filter(|z| !z.contains(' '));
        if time_zone.is_none() {
            issues.push(FieldIssue::new("time_zone", "time_zone"));
        }
        let (starts_on, ends_on) = (date(&self.starts_on), date(&self.ends_on));
        if starts_on.is_none() {
            issues.push(FieldIssue::new("starts_on", "pledge_date"));
        }
        if ends_on.is_none() {
            issues.push(FieldIssue::new("ends_on", "pledge_date"));
        }
        if let (Some(s), Some(e)) = (starts_on, ends_on)
            && e < s
        {
            issues.push(FieldIssue::new("ends_on", "date_order"));
        }
        let status = EventStatus::parse(self.status.trim());
        if status.is_none() {
            issues.push(FieldIssue::new("status", "choice"));
        }
        match (name, place, time_zone, starts_on, ends_on, status) {
            (
                Some(name),
                Some(place),
                Some(time_zone),
                Some(starts_on),
                Some(ends_on),
                Some(status),
            ) if issues.is_empty() => Ok(EventFields {
                name,
                slug,
                place,
                time_zone,
                starts_on,
                ends_on,
                status,
            }),
            _ => Err(issues),
        }
    }
}

/// A session as the organiser typed it. Times are local to the event (`datetime-local`); speakers
/// are one per line: "name; title; organisation".
#[derive(Clone, Debug, Default, PartialEq, Eq, Serialize, Deserialize)]
#[serde(default)]
pub struct SessionInput {
    pub kind: String,
    pub title: String,
    pub starts_at: String,
    pub ends_at: String,
    pub room: String,
    pub moderator: String,
    pub focus_area: String,
    pub speakers: String,
}

#[derive(Clone, Debug, PartialEq, Eq, Serialize, Deserialize)]
pub struct SpeakerLine {
    pub name: String,
    pub title: String,
    pub organisation: String,
}

#[derive(Clone, Debug, PartialEq, Eq)]
pub struct SessionFields {
    pub kind: SessionKind,
    pub title: String,
    pub starts_at: NaiveDateTime,
    pub ends_at: NaiveDateTime,
    pub room: String,
    pub moderator: String,
    pub focus_area: Option<FocusArea>,
    pub speakers: Vec<SpeakerLine>,
}

/// A `datetime-local` value ("2027-06-08T14:00", seconds optional).
pub fn parse_local_time(v: &str) -> Option<NaiveDateTime> {
    let v = v.trim();
    NaiveDateTime::parse_from_str(v, "%Y-%m-%dT%H:%M")
        .or_else(|_| NaiveDateTime::parse_from_str(v, "%Y-%m-%dT%H:%M:%S"))
        .ok()
}

/// The speakers' lines; `None` when a line lacks its name or says too much.
pub fn parse_speakers(text: &str) -> Option<Vec<SpeakerLine>> {
    let mut out = Vec::new();
    for line in text.lines().map(str::trim).filter(|l| !l.is_empty()) {
        let parts: Vec<&str> = line.split(';').map(str::trim).collect();
        if parts.len() > 3 {
            return None;
        }
        let name = parts.first().copied().unwrap_or_default();
        let title = parts.get(1).copied().unwrap_or_default();
        let organisation = parts.get(2).copied().unwrap_or_default();
        let fits = |v: &str, min: usize| (min..=200).contains(&v.chars().count());
        if !fits(name, 2) || !fits(title, 0) || !fits(organisation, 0) {
            return None;
        }
        out.push(SpeakerLine {
            name: name.to_owned(),
            title: title.to_owned(),
            organisation: organisation.to_owned(),
        });
    }
    (out.len() <= MAX_SPEAKERS).then_some(out)
}

impl SessionInput {
    pub fn parse(&self) -> Result<SessionFields, Vec<FieldIssue>> {
        let mut issues = Vec::new();
        let kind = SessionKind::parse(self.kind.trim());
        if kind.is_none() {
            issues.push(FieldIssue::new("kind", "choice"));
        }
        let title = text(&self.title, 3, 200);
        if title.is_none() {
            issues.push(FieldIssue::new("title", "session_title"));
        }
        let (starts_at, ends_at) = (
            parse_local_time(&self.starts_at),
            parse_local_time(&self.ends_at),
        );
        if starts_at.is_none() {
            issues.push(FieldIssue::new("starts_at", "local_time"));
        }
        if ends_at.is_none() {
            issues.push(FieldIssue::new("ends_at", "local_time"));
        }
        if let (Some(s), Some(e)) = (starts_at, ends_at)
            && e <= s
        {
            issues.push(FieldIssue::new("ends_at", "session_times"));
        }
        let room = text(&self.room, 1, 100);
        if room.is_none() {
            issues.push(FieldIssue::new("room", "room"));
        }
        let moderator = text(&self.moderator, 0, 200).unwrap_or_default();
        if self.moderator.trim().chars().count() > 200 {
            issues.push(FieldIssue::new("moderator", "one_line"));
        }
        let focus_area = match self.focus_area.trim() {
            "" => None,
            code => match FocusArea::parse(code) {
                Some(a) => Some(a),
                None => {
                    issues.push(FieldIssue::new("focus_area", "choice"));
                    None
                }
            },
        };
        let speakers = parse_speakers(&self.speakers);
        if speakers.is_none() {
            issues.push(FieldIssue::new("speakers", "speakers"));
        }
        match (kind, title, starts_at, ends_at, room, speakers) {
            (
                Some(kind),
                Some(title),
                Some(starts_at),
                Some(ends_at),
                Some(room),
                Some(speakers),
            ) if issues.is_empty() => Ok(SessionFields {
                kind,
                title,
                starts_at,
                ends_at,
                room,
                moderator,
                focus_area,
                speakers,
            }),
            _ => Err(issues),
        }
    }
}

/// A video statement as typed: a link, its length, and a transcript or summary.
#[derive(Clone, Debug, Default, PartialEq, Eq, Serialize, Deserialize)]
#[serde(default)]
pub struct VideoInput {
    pub video_url: String,
    pub video_length: String,
    pub video_transcript: String,
}

#[derive(Clone, Debug, PartialEq, Eq)]
pub struct VideoFields {
    pub url: String,
    /// The host, lower-cased, for the allowed list.
    pub host: String,
    pub seconds: i32,
    pub transcript: String,
}

/// The host of an `https://` address, or `None`.
pub fn https_host(url: &str) -> Option<String> {
    let rest = url.trim().strip_prefix("https://")?;
    let authority = rest.split(['/', '?', '#']).next()?;
    if authority.contains('@') || authority.is_empty() {
        return None;
    }
    let host = authority.split(':').next()?.to_ascii_lowercase();
    let ok = host
        .bytes()
        .all(|b| b.is_ascii_alphanumeric() || b == b'-' || b == b'.')
        && host.contains('.');
    ok.then_some(host)
}

impl VideoInput {
    pub fn is_empty(&self) -> bool {
        self.video_url.trim().is_empty()
            && self.video_length.trim().is_empty()
            && self.video_transcript.trim().is_empty()
    }

    /// `Ok(None)`: no video.
    pub fn parse(&self) -> Result<Option<VideoFields>, Vec<FieldIssue>> {
        if self.is_empty() {
            return Ok(None);
        }
        let mut issues = Vec::new();
        let url = self.video_url.trim();
        let host = (url.chars().count() <= 500 && one_line(url))
            .then(|| https_host(url))
            .flatten();
        if host.is_none() {
            issues.push(FieldIssue::new("video_url", "video_url"));
        }
        let seconds = parse_clock_length(&self.video_length);
        if seconds.is_none() {
            issues.push(FieldIssue::new("video_length", "video_length"));
        }
        let transcript = self.video_transcript.trim();
        let n = transcript.chars().count();
        if !(TRANSCRIPT_MIN_CHARS..=TRANSCRIPT_MAX_CHARS).contains(&n) {
            issues.push(FieldIssue::new("video_transcript", "transcript"));
        }
        match (host, seconds) {
            (Some(host), Some(seconds)) if issues.is_empty() => Ok(Some(VideoFields {
                url: url.to_owned(),
                host,
                seconds,
                transcript: transcript.to_owned(),
            })),
            _ => Err(issues),
        }
    }
}

/// Who will speak for the pledge: by the Leaders' rules, the organisation's top leader.
#[derive(Clone, Debug, Default, PartialEq, Eq, Serialize, Deserialize)]
#[serde(default)]
pub struct SpeakerInput {
    pub speaker_name: String,
    pub speaker_title: String,
}

impl SpeakerInput {
    pub fn parse(&self) -> Result<(String, String), Vec<FieldIssue>> {
        let mut issues = Vec::new();
        let name = text(&self.speaker_name, 2, 200);
        if name.is_none() {
            issues.push(FieldIssue::new("speaker_name", "name"));
        }
        let title = text(&self.speaker_title, 2, 200);
        if title.is_none() {
            issues.push(FieldIssue::new("speaker_title", "speaker_title"));
        }
        match (name, title) {
            (Some(n), Some(t)) => Ok((n, t)),
            _ => Err(issues),
        }
    }
}

#[cfg(test)]
mod tests {
    use super::*;

    fn codes(r: Result<impl std::fmt::Debug, Vec<FieldIssue>>) -> Vec<(String, String)> {
        r.err()
            .unwrap_or_default()
            .into_iter()
            .map(|i| (i.field, i.code))
            .collect()
    }

    #[test]
    fn an_event_needs_a_clean_address_and_dates_in_order() {
        let good = EventInput {
            name: "WTDC-27".into(),
            slug: "wtdc-27".into(),
            place: "Geneva".into(),
            time_zone: "Europe/Zurich".into(),
            starts_on: "2027-11-01".into(),
            ends_on: "2027-11-12".into(),
            status: "open".into(),
        };
        assert!(good.parse().is_ok());
        for bad in ["WTDC 27", "-wtdc", "wt", "wtdc--27", "wtdc/27"] {
            assert!(!slug_is_valid(bad), "{bad}");
        }
        let reversed = EventInput {
            ends_on: "2027-10-01".into(),
            ..good.clone()
        };
        assert_eq!(
            codes(reversed.parse()),
            vec![("ends_on".into(), "date_order".into())]
        );
    }

    #[test]
    fn a_session_ends_after_it_starts_and_lists_speakers_by_line() {
        let input = SessionInput {
            kind: "plenary_announcements".into(),
            title: "Pledges in plenary".into(),
            starts_at: "2027-11-02T14:00".into(),
            ends_at: "2027-11-02T15:00".into(),
            room: "Plenary hall".into(),
            moderator: "".into(),
            focus_area: "".into(),
            speakers: "Amina Diallo; Minister; Ministry of ICT\n\nJo Bloggs".into(),
        };
        let parsed = input.parse().expect("valid");
        assert_eq!(parsed.speakers.len(), 2);
        assert_eq!(parsed.speakers[0].organisation, "Ministry of ICT");
        let backwards = SessionInput {
            ends_at: "2027-11-02T14:00".into(),
            ..input.clone()
        };
        assert_eq!(
            codes(backwards.parse()),
            vec![("ends_at".into(), "session_times".into())]
        );
        assert!(parse_speakers("a;b;c;d").is_none());
        assert!(parse_speakers("X").is_none(), "a name of one letter");
    }

    #[test]
    fn a_video_is_an_https_link_with_its_length_and_transcript() {
        let v = VideoInput {
            video_url: "https://www.youtube.com/watch?v=abc".into(),
            video_length: "2:30".into(),
            video_transcript: "The Minister commits the Ministry to connect 300 schools.".into(),
        };
        let parsed = v.parse().expect("valid").expect("a video");
        assert_eq!(parsed.host, "www.youtube.com");
        assert_eq!(parsed.seconds, 150);
        assert_eq!(VideoInput::default().parse(), Ok(None));
        assert_eq!(https_host("http://youtube.com/x"), None);
        assert_eq!(https_host("https://user@evil.example/x"), None);
        assert_eq!(
            https_host("https://Vimeo.com:443/1"),
            Some("vimeo.com".into())
        );
        let no_transcript = VideoInput {
            video_transcript: "short".into(),
            ..v
        };
        assert_eq!(
            codes(no_transcript.parse()),
            vec![("video_transcript".into(), "transcript".into())]
        );
    }
}
