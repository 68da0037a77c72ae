//! Event times: organisers type local times in the event's IANA zone; the database keeps instants.
use chrono::{DateTime, LocalResult, NaiveDateTime, TimeZone, Utc};
use chrono_tz::Tz;

pub fn parse(zone: &str) -> Option<Tz> {
    zone.trim().parse::<Tz>().ok()
}

/// The instant of a local time. A time the clocks skip (spring forward) is not a time; of a time
/// that happens twice (fall back) the first is meant.
pub fn to_instant(local: NaiveDateTime, zone: Tz) -> Option<DateTime<Utc>> {
    match zone.from_local_datetime(&local) {
        LocalResult::Single(t) | LocalResult::Ambiguous(t, _) => Some(t.with_timezone(&Utc)),
        LocalResult::None => None,
    }
}

pub fn to_local(at: DateTime<Utc>, zone: Tz) -> NaiveDateTime {
    at.with_timezone(&zone).naive_local()
}

/// The zone of a stored event; UTC when the stored name is unknown (never written).
pub fn of(name: &str) -> Tz {
    parse(name).unwrap_or(Tz::UTC)
}

#[cfg(test)]
mod tests {
    use super::*;

    #[test]
    fn local_times_become_instants_in_their_zone() {
        let kigali = parse("Africa/Kigali").expect("a zone");
        let local = NaiveDateTime::parse_from_str("2022-06-07T09:00", "%Y-%m-%dT%H:%M").unwrap();
        let at = to_instant(local, kigali).expect("an instant");
        assert_eq!(at.to_rfc3339(), "2022-06-07T07:00:00+00:00");
        assert_eq!(to_local(at, kigali), local);
        assert!(parse("Mars/Olympus").is_none());
        // 02:30 on the last Sunday of March does not happen in Geneva.
        let geneva = parse("Europe/Zurich").unwrap();
        let skipped = NaiveDateTime::parse_from_str("2027-03-28T02:30", "%Y-%m-%dT%H:%M").unwrap();
        assert!(to_instant(skipped, geneva).is_none());
    }
}
